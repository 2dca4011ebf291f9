import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// What a pull request controls: a file's name and an article's text. Printed raw, a name holding a newline
// starts a line of its own in the CI log (`::error …` is then a real workflow command) and ESC/BEL drive
// the terminal.
const EVIL_NAME = 'x\n::error file=evil.md::pwned\u001b]0;title\u0007.md';
const EMBED = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Bridge open \u001b[2J\u001b[31mnow\u0007 \u202eevil</p>&mdash; Dana Okafor (@danaokafor_news) <a href="https://twitter.com/danaokafor_news/status/1911000000000000001">April 12, 2025</a></blockquote>`;

/** Controls a terminal or a log acts on (LF only as the end of a line we wrote). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters from file names and post text never reach the terminal raw', () => {
  it('extract prints each citation and each problem on one inert line', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, EVIL_NAME), EMBED);
    const missing = 'gone\u0007\u001bc.md';
    const run = await runCli(['extract', '.', missing], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith('::'))).toBe(false);
    expect(lines.filter((line) => CONTROL.test(line))).toEqual([]);
    expect(lines[0]).toBe('x\\n::error file=evil.md::pwned\\x1b]0;title\\x07.md: 1 citations');
    expect(lines[1]).toContain('@danaokafor_news 1911000000000000001');
    expect(lines).toContain('  error gone\\x07\\x1bc.md: no such file or folder');
  });

  it('verify prints the workflow commands with every control escaped (GITHUB_ACTIONS)', async () => {
    const dir = await tempDir();
    // Dated ten days off the ID's own time: an error even offline, so there is an annotation to print.
    await writeFile(path.join(dir, EVIL_NAME), EMBED.replace('April 12, 2025', 'April 2, 2025'));
    const run = await runCli(['verify', '.', '--offline', '--format', 'json', '--max-unverifiable', '100%'], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true' },
    });
    const lines = run.stdout.trimEnd().split('\n');
    expect(run.code).toBe(1);
    expect(lines.filter((line) => line.startsWith('::error file=evil.md'))).toEqual([]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=x%0A%3A%3Aerror file=evil\.md%3A%3Apwned\\x1b\]0;title\\x07\.md,line=1,col=1,title=citecheck date-mismatch::/,
      ),
    );
    expect(lines.filter((line) => CONTROL.test(line))).toEqual([]);
  });
});
