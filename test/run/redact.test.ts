import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/run/redact.js';
import { readJsonReport } from '../support/e2e-report.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

describe('secrets never reach a report', () => {
  it('drops URL credentials and secret-named query values, keeping the rest', () => {
    expect(redactSecrets('http://user:pass@127.0.0.1:8080/x')).toBe('http://***@127.0.0.1:8080/x');
    expect(redactSecrets('see https://tok@example.org/a?token=abc&page=2#k')).toBe(
      'see https://***@example.org/a?token=***&page=2#k',
    );
    expect(redactSecrets('https://example.org/a?API_KEY=1&sig=2')).toBe(
      'https://example.org/a?API_KEY=***&sig=***',
    );
    expect(redactSecrets('https://x.com/@handle/status/1?s=20')).toBe('https://x.com/@handle/status/1?s=20');
    expect(redactSecrets('content/a@b.md')).toBe('content/a@b.md');
  });

  it('--upstream and URL inputs with credentials are written without them in every format', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), 'See https://x.com/a/status/1911000000000000001');
    const run = await runCli(
      [
        'verify',
        'post.md',
        'http://reader:hunter2@127.0.0.1:9/article.html?token=t0ps3cret',
        '--offline',
        '--upstream',
        'http://user:s3cret@127.0.0.1:9/',
        '--format',
        'html,json,junit,md',
        '--out',
        'out',
        '--no-progress',
        '--max-unverifiable',
        '100%',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(1); // the URL input cannot be read offline: an error entry
    const out = path.join(dir, 'out');
    const files = await readdir(out);
    expect(files.sort()).toEqual(['citecheck.html', 'citecheck.json', 'citecheck.junit.xml', 'citecheck.md']);
    for (const file of files) {
      const text = await readFile(path.join(out, file), 'utf8');
      for (const secret of ['s3cret', 'hunter2', 't0ps3cret'])
        expect(text, `${file}: ${secret}`).not.toContain(secret);
    }
    const report = await readJsonReport(out);
    expect(report.run.options.upstream).toBe('http://***@127.0.0.1:9/');
    expect(report.run.inputs).toContain('http://***@127.0.0.1:9/article.html?token=***');
    expect(report.articles.map((a) => a.source)).toContain('http://***@127.0.0.1:9/article.html?token=***');
    expect(run.stdout).not.toContain('s3cret');
  });
});
