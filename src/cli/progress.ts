/** A one-line counter on stderr, drawn only when stderr is a TTY (never in CI logs). */
export interface Progress {
  tick(): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  const active = enabled && stream.isTTY === true;
  let checked = 0;
  let lastDraw = 0;
  let drawn = false;
  return {
    tick() {
      checked++;
      const now = Date.now();
      // Redrawing at most ten times a second keeps a fast warm run from spending its time on the terminal.
      if (!active || now - lastDraw < 100) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\rcitecheck: ${checked} citations checked…`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
