import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/report/content-security-policy.js';
import { renderHtml } from '../../src/report/html.js';
import { demoReport } from './fixture-report.js';
import { HOSTILE_TEXT, hostileReport } from './hostile-report.js';

describe('renderHtml', () => {
  const report = demoReport();
  const html = renderHtml(report);
  const $ = cheerio.load(html);

  it('renders one card per citation with its overall severity in a data attribute', () => {
    const cards = $('.card');
    expect(cards).toHaveLength(report.summary.citations);
    const severities = cards.map((_, el) => $(el).attr('data-severity')).get();
    expect(severities.sort()).toEqual(
      report.articles.flatMap((a) => a.results.map((r) => r.severity)).sort(),
    );
  });

  it('shows the summary counts of the report', () => {
    expect($('[data-summary="citations"]').text()).toBe(String(report.summary.citations));
    expect($('[data-summary="articles"]').text()).toBe('3');
    expect($('[data-severity-count="error"]').text()).toBe('1');
    expect($('[data-severity-count="warning"]').text()).toBe('1');
  });

  it('shows the word diff with removed and added words marked by element, not colour alone', () => {
    expect($('.diff del').text()).toContain('heavy');
    expect($('.diff ins').text()).toContain('light');
    expect($('.legend').text()).toMatch(/struck-through.*only in the article.*underlined.*only in the post/s);
  });

  it('links the live post and the archived copy and shows the source location', () => {
    const deleted = $('.card[data-severity="error"]');
    expect(deleted.find('a[href^="https://x.com/mayor_office/status/1766000000000000002"]')).toHaveLength(1);
    expect(deleted.find('a[href^="https://web.archive.org/"]').length).toBeGreaterThan(0);
    expect(deleted.find('.where code').text()).toBe('content/2024/storm.html:31:5');
  });

  it('shows the redirect chain and how the ID was found', () => {
    const card = $('.card').filter((_, el) => $(el).text().includes('media-link'));
    expect(card.find('.chain li')).toHaveLength(3);
    expect(card.text()).toContain('https://t.co/AbCdEf123');
    expect(card.text()).toContain('pic.twitter.com/AbCdEf123 redirected to the post');
  });

  it('lists source errors and fetcher statistics', () => {
    expect($('.source-errors').text()).toContain('Unclosed blockquote');
    expect($('#fetch-h').parent().find('tbody tr')).toHaveLength(2);
  });

  it('allows exactly its own inline style and script by hash in a strict CSP', () => {
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`style-src ${cspHash($('style').text())}`);
    expect(csp).toContain(`script-src ${cspHash($('script').text())}`);
    expect($('script')).toHaveLength(1);
    expect($('style')).toHaveLength(1);
  });

  it('loads nothing external: no src, no stylesheet links, no inline style attributes', () => {
    expect($('[src]')).toHaveLength(0);
    expect($('link')).toHaveLength(0);
    expect($('[style]')).toHaveLength(0);
  });
});

describe('renderHtml with hostile content', () => {
  const html = renderHtml(hostileReport());
  const $ = cheerio.load(html);

  it('adds no element, attribute or script of its own from report strings', () => {
    expect($('script')).toHaveLength(1);
    expect($('style')).toHaveLength(1);
    expect($('img, svg, iframe, object, embed')).toHaveLength(0);
    const handlers = $('*')
      .toArray()
      .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}))
      .filter((name) => name.startsWith('on'));
    expect(handlers).toEqual([]);
  });

  it('keeps javascript: URLs as text, never as href', () => {
    const hrefs = $('a[href]')
      .map((_, el) => $(el).attr('href'))
      .get();
    for (const href of hrefs) expect(href).toMatch(/^(https?:|#)/);
    expect($('body').text()).toContain('javascript:window.__pwned=1');
  });

  it('shows hostile text verbatim as text', () => {
    expect($('.card h4').first().text().length).toBeGreaterThan(0);
    expect($('main').text()).toContain(HOSTILE_TEXT.slice(0, 40));
    expect($('script').text()).not.toContain('__pwned');
  });
});
