export const TIMED_OUT = Symbol('timed out');

/**
 * `work`'s value, or TIMED_OUT after `ms` of real time (it bounds real I/O such as a stalled Redis, whose
 * socket stays open and never answers). A rejection arriving after the timeout is dropped.
 */
export function within<T>(ms: number, work: Promise<T>): Promise<T | typeof TIMED_OUT> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    // Through setImmediate: after the loop was blocked (our own CPU work), an answer already waiting on
    // the socket is read in the poll phase first, and wins, instead of counting as a timeout
    timer = setTimeout(() => setImmediate(() => resolve(TIMED_OUT)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
