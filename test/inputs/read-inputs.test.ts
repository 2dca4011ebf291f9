import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type InputResult, listInputs, readInputs } from '../../src/inputs/index.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citecheck-inputs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function put(relative: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

describe('listInputs', () => {
  it('recurses into folders for article extensions only, skipping node_modules and dot-folders', async () => {
    await put('b.md', 'x');
    await put('a/page.html', 'x');
    await put('a/notes.wiki', 'x');
    await put('a/image.png', 'x');
    await put('book/OEBPS/ch03.xhtml', 'x');
    await put('quarto/report.qmd', 'x');
    await put('node_modules/pkg/readme.md', 'x');
    await put('.cache/old.md', 'x');
    const listed = await listInputs(['.'], { cwd: dir });
    expect(listed).toEqual([
      path.join(dir, 'a/notes.wiki'),
      path.join(dir, 'a/page.html'),
      path.join(dir, 'b.md'),
      path.join(dir, 'book/OEBPS/ch03.xhtml'),
      path.join(dir, 'quarto/report.qmd'),
    ]);
  });

  it('expands globs, sorts, and lists a file named twice only once', async () => {
    await put('posts/2.md', 'x');
    await put('posts/1.md', 'x');
    await put('posts/other.txt', 'x');
    const listed = await listInputs(['posts/*.md', 'posts/1.md', './posts/../posts/1.md'], { cwd: dir });
    expect(listed).toEqual([path.join(dir, 'posts/1.md'), path.join(dir, 'posts/2.md')]);
  });

  it('keeps stdin and URLs, and reads a file of any extension when it is named directly', async () => {
    await put('page.php', 'x');
    const listed = await listInputs(['https://example.org/b', 'page.php', '-', 'https://example.org/a'], {
      cwd: dir,
    });
    expect(listed).toEqual([
      '-',
      path.join(dir, 'page.php'),
      'https://example.org/a',
      'https://example.org/b',
    ]);
  });
});

describe('readInputs', () => {
  it('yields documents with a relative source name and a format detected from the extension', async () => {
    await put('post.md', '# Title\n');
    await put('page.html', '<p>hi</p>');
    const results = await collect(readInputs(['.'], { cwd: dir }));
    expect(results).toEqual([
      {
        kind: 'document',
        source: 'page.html',
        name: path.join(dir, 'page.html'),
        format: 'html',
        text: '<p>hi</p>',
      },
      {
        kind: 'document',
        source: 'post.md',
        name: path.join(dir, 'post.md'),
        format: 'markdown',
        text: '# Title\n',
      },
    ]);
  });

  it('strips a UTF-8 BOM and decodes UTF-16 LE and BE files that start with a BOM', async () => {
    await put('utf8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café — ok', 'utf8')]));
    await put('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße 🇸🇻', 'utf16le')]));
    const be = Buffer.from('naïve ✓', 'utf16le');
    be.swap16();
    await put('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const texts = (await collect(readInputs(['.'], { cwd: dir }))).map((r) =>
      r.kind === 'document' ? [r.source, r.text] : [r.source, r.message],
    );
    expect(texts).toEqual([
      ['be.txt', 'naïve ✓'],
      ['le.txt', 'Grüße 🇸🇻'],
      ['utf8.txt', 'café — ok'],
    ]);
  });

  it('reports invalid UTF-8 and binary files as errors naming the file, and goes on', async () => {
    await put('bad.md', Buffer.from([0x61, 0xc3, 0x28, 0x62]));
    await put('blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await put('good.md', 'fine');
    const results = await collect(readInputs(['.'], { cwd: dir }));
    expect(results.map((r) => [r.kind, r.source])).toEqual([
      ['error', 'bad.md'],
      ['error', 'blob.txt'],
      ['document', 'good.md'],
    ]);
    expect(results[0]).toMatchObject({ message: expect.stringMatching(/UTF-8/) });
    expect(results[1]).toMatchObject({ message: expect.stringMatching(/binary/) });
  });

  it('refuses files above the size cap with an error entry', async () => {
    await put('big.md', 'x'.repeat(2000));
    await put('small.md', 'x'.repeat(10));
    const results = await collect(readInputs(['.'], { cwd: dir, maxBytes: 1000 }));
    expect(results[0]).toMatchObject({
      kind: 'error',
      source: 'big.md',
      message: expect.stringMatching(/limit/),
    });
    expect(results[1]).toMatchObject({ kind: 'document', source: 'small.md' });
  });

  it('reads stdin from the given stream and sniffs its format', async () => {
    const stdin = Readable.from([Buffer.from('<!doctype html><p>'), Buffer.from('ok</p>')]);
    const results = await collect(readInputs(['-'], { cwd: dir, stdin }));
    expect(results).toEqual([
      { kind: 'document', source: '-', name: 'stdin', format: 'html', text: '<!doctype html><p>ok</p>' },
    ]);
  });

  it('reads URLs through fetchText, and says the fetcher is needed when there is none', async () => {
    const fetched: string[] = [];
    const fetchText = async (url: string) => {
      fetched.push(url);
      return '<html><body>page</body></html>';
    };
    const withFetcher = await collect(readInputs(['https://example.org/post'], { cwd: dir, fetchText }));
    expect(withFetcher).toMatchObject([
      { kind: 'document', source: 'https://example.org/post', format: 'html' },
    ]);
    expect(fetched).toEqual(['https://example.org/post']);
    const without = await collect(readInputs(['https://example.org/post'], { cwd: dir }));
    expect(without).toEqual([
      { kind: 'error', source: 'https://example.org/post', message: expect.stringMatching(/fetcher/) },
    ]);
  });

  it('reports a missing path and a glob that matches nothing as errors', async () => {
    const results = await collect(readInputs(['nope.md', 'none/*.md'], { cwd: dir }));
    expect(results).toEqual([
      { kind: 'error', source: 'nope.md', message: 'no such file or folder' },
      { kind: 'error', source: 'none/*.md', message: 'no files match this pattern' },
    ]);
  });

  it('streams: the next file is not read before the consumer asks for it', async () => {
    await put('1.md', 'one');
    await put('2.md', 'two');
    const iterator = readInputs(['.'], { cwd: dir })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({ source: '1.md', text: 'one' });
    await rm(path.join(dir, '2.md'));
    const second = await iterator.next();
    expect(second.value).toMatchObject({ kind: 'error', source: '2.md' });
  });
});
