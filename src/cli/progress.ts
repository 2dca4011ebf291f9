/** A one-line progress bar on stderr, drawn only when stderr is a TTY (never in CI logs). */
export interface Progress {
  tick(label?: string): void;
  addTotal(count: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  const active = enabled && stream.isTTY === true;
  let total = 0;
  let current = 0;
  let lastDraw = 0;
  const draw = (force: boolean) => {
    if (!active) return;
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 30;
    const filled = total === 0 ? 0 : Math.round((current / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${current}/${total} citations`);
  };
  return {
    tick() {
      current++;
      draw(false);
    },
    addTotal(count) {
      total += count;
      draw(false);
    },
    done() {
      if (active) stream.write('\r\x1b[K');
    },
  };
}
