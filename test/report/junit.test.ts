import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { demoReport, makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';

describe('renderJunit', () => {
  const report = demoReport();
  const xml = renderJunit(report);
  const $ = cheerio.load(xml, { xml: true });

  it('writes one testsuite per article and one testcase per citation', () => {
    expect($('testsuite')).toHaveLength(3);
    expect($('testcase')).toHaveLength(report.summary.citations);
    expect($('testsuites').attr('tests')).toBe('5');
    expect($('testsuite').first().attr('name')).toBe('content/2024/storm.html');
  });

  it('names a testcase by handle, status ID and location, with the source as classname', () => {
    const names = $('testcase')
      .map((_, el) => $(el).attr('name'))
      .get();
    expect(names).toContain('@mayor_office · status 1766000000000000002 at content/2024/storm.html:31:5');
    expect($('testcase').first().attr('classname')).toBe('content/2024/storm.html');
  });

  it('fails error citations with the message and verdict list, and skips unverifiable ones', () => {
    expect($('failure')).toHaveLength(1);
    expect($('failure').attr('message')).toBe('The post was deleted; an archived copy exists.');
    expect($('failure').attr('type')).toBe('status-deleted');
    expect($('failure').text()).toContain('[error] status-deleted (status)');
    expect($('skipped')).toHaveLength(1);
    expect($('testsuites').attr('failures')).toBe('1');
    expect($('testsuites').attr('skipped')).toBe('1');
    expect($('testsuites').attr('time')).toBe('90.500');
  });

  it('keeps warnings and source errors visible without failing', () => {
    expect($('system-out').text()).toContain('text-edited');
    expect($('system-err').text()).toContain('content/drafts/broken.html:4:2: Unclosed blockquote');
  });

  it('escapes markup and replaces characters XML 1.0 forbids', () => {
    const nasty = 'a <b> & "c" \u0001\u0008\u001F \uD800 end';
    const xml2 = renderJunit(
      makeReport([
        {
          source: 'x"<y>.html',
          errors: [],
          results: [
            makeResult({
              citation: makeCitation({ handle: 'h<&>' }),
              verdicts: [makeVerdict({ severity: 'error', message: nasty })],
            }),
          ],
        },
      ]),
    );
    expect([...xml2].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(xml2).not.toMatch(/[\uD800-\uDFFF]/);
    const $2 = cheerio.load(xml2, { xml: true });
    expect($2('failure').attr('message')).toBe('a <b> & "c" \uFFFD\uFFFD\uFFFD \uFFFD end');
    expect($2('testsuite').attr('name')).toBe('x"<y>.html');
    expect($2('testcase').attr('name')).toContain('@h<&>');
  });
});
