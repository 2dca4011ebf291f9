import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The embed every "good" article carries: one post, one status link, a date. */
export const GOOD_STATUS_ID = '1921269057030176892';
export const GOOD_EMBED = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Over 300 volunteers pulled 1.2 tonnes of litter from the Millbrook River today.</p>&mdash; Millbrook River Trust (@MbkRiverTrust) <a href="https://twitter.com/MbkRiverTrust/status/${GOOD_STATUS_ID}">May 10, 2025</a></blockquote>`;
export const GOOD_HTML = `<!DOCTYPE html><html><body><article><p>River Day.</p>\n${GOOD_EMBED}\n</article></body></html>\n`;

const MiB = 1024 * 1024;
const PROSE_LINE =
  'The river keeps its secrets, and the council meets on Tuesday to discuss the budget once more.\n';

/** Writes `bytes` of plain prose in 1 MiB chunks (never the whole file in memory), then `tail`. */
export async function writeProse(file: string, bytes: number, tail = ''): Promise<void> {
  const chunk = Buffer.from(PROSE_LINE.repeat(Math.ceil(MiB / PROSE_LINE.length)).slice(0, MiB));
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) {
      await handle.write(chunk, 0, Math.min(chunk.length, bytes - written));
    }
    if (tail !== '') await handle.write(tail);
  } finally {
    await handle.close();
  }
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const low = le[i] as number;
    le[i] = le[i + 1] as number;
    le[i + 1] = low;
  }
  return le;
}

/** Deterministic bytes that are not text: NULs and every other byte value. */
function binaryBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 7;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state >> 16;
  }
  return bytes;
}

/** Hostile-but-small articles, by file name (the big ones are written by the tests that need them). */
export function smallHostileArticles(options: { nestingDepth: number; signatureLines: number }) {
  const { nestingDepth, signatureLines } = options;
  const pair = 'Counted 212 people crossing.\n— Priya Raman (@priyaraman_eng) April 12, 2025\n';
  let nestedEmbeds = '';
  for (let i = 0; i < 2_000; i++) {
    const id = `1921269057030${String(100_000 + i)}`;
    nestedEmbeds += `<blockquote class="twitter-tweet"><p>level ${i}</p>&mdash; A (@a${i}) <a href="https://twitter.com/a${i}/status/${id}">May 10, 2025</a>`;
  }
  nestedEmbeds += '</blockquote>'.repeat(2_000);
  return {
    'good.html': Buffer.from(GOOD_HTML),
    'nested.html': Buffer.from(
      `${'<div>'.repeat(nestingDepth)}${GOOD_EMBED}${'</div>'.repeat(nestingDepth)}`,
    ),
    'binary.html': Buffer.concat([Buffer.from('GIF89a twitter.com '), binaryBytes(64 * 1024)]),
    'invalid-utf8.md': Buffer.from([
      ...Buffer.from('caf'),
      0xc3,
      0x28,
      ...Buffer.from(` https://x.com/a/status/${GOOD_STATUS_ID}\n`),
    ]),
    'utf16le.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_HTML, 'utf16le')]),
    'utf16be.html': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(GOOD_HTML)]),
    'signatures.txt': Buffer.from(pair.repeat(signatureLines / 2)),
    // A good embed, then a tag and an attribute that never close, then a comment that never closes
    // and hides (as in a browser) the embed after it.
    'unterminated.html': Buffer.from(
      `${GOOD_EMBED}\n<p class="x <a href="https://twitter.com/a/status/1921269057030176893\n<!-- never closed\n${GOOD_EMBED.replace(GOOD_STATUS_ID, '1921269057030176894')}\n<blockquote class="twitter-tweet"><p>open`,
    ),
    'nested-embeds.html': Buffer.from(nestedEmbeds),
    'redos.md': Buffer.from(
      [
        '— (@'.repeat(100_000),
        '@'.repeat(200_000),
        '[('.repeat(100_000),
        'twitter.com/a/status/'.repeat(10_000),
        `https://${'a.'.repeat(50_000)}x.com`,
        '{{< tweet '.repeat(20_000),
        '<Tweet id="1'.repeat(20_000),
        '— A (@a) March 28, '.repeat(20_000),
      ].join('\n'),
    ),
  } satisfies Record<string, Buffer>;
}

/** Writes each named article into `dir`. */
export async function writeArticles(dir: string, files: Record<string, Buffer>): Promise<void> {
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
}
