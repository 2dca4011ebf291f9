/**
 * Child process of the RSS figure: extracts every file under a folder one at a time, keeping only
 * counts, then prints `{ files, citations, maxRssKb }`. Its peak RSS is extraction's own footprint.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractCitations, formatFromName } from '../../src/extract/index.js';

async function main(dir: string): Promise<void> {
  let files = 0;
  let citations = 0;
  for (const name of (await readdir(dir)).sort()) {
    const format = formatFromName(name);
    if (format === undefined) continue;
    const text = await readFile(path.join(dir, name), 'utf8');
    citations += extractCitations(text, { source: name, format }).citations.length;
    files++;
  }
  console.log(JSON.stringify({ files, citations, maxRssKb: process.resourceUsage().maxRSS }));
}

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: rss-child <folder>');
  process.exitCode = 2;
} else {
  await main(dir);
}
