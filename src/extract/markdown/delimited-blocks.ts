/** One block from its opener to the end of its closer. */
export interface DelimitedBlock {
  opener: RegExpExecArray;
  start: number;
  end: number;
}

/**
 * Blocks that run from an opener to the closer it names, scanned left to right and never nested. An opener
 * with no closer ahead opens nothing; once one kind has none, later openers of that kind are skipped
 * without searching again, so the scan stays linear.
 */
export function findDelimitedBlocks(
  text: string,
  openers: RegExp,
  closerFor: (opener: RegExpExecArray) => RegExp,
): DelimitedBlock[] {
  const blocks: DelimitedBlock[] = [];
  const exhausted = new Set<string>();
  const scan = new RegExp(openers.source, openers.flags.includes('g') ? openers.flags : `${openers.flags}g`);
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const closer = closerFor(m);
    if (exhausted.has(closer.source)) continue;
    closer.lastIndex = m.index + m[0].length;
    const close = closer.exec(text);
    if (!close) {
      exhausted.add(closer.source);
      continue;
    }
    const end = close.index + close[0].length;
    blocks.push({ opener: m, start: m.index, end });
    scan.lastIndex = end;
  }
  return blocks;
}
