import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { englishContentDir, englishSiteDir } from '../support/paths';
import { runCli } from '../support/run-cli';
import { pageHtml, siteFiles } from '../support/site-files';

/** The example's minutes as their files say, read with the yaml parser, not with the site's code. */
const minutes = readdirSync(join(englishContentDir, 'minutes'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(join(englishContentDir, 'minutes', name), 'utf8');
    const [, frontmatter = ''] = text.split(/^---$/mu);
    return { id: name.replace(/\.md$/u, ''), data: parseYaml(frontmatter) as { source: string; meeting: { date: Date | string; name: string }; agenda: Array<{ ordinal: string; title: string }> } };
  });

const html = (path: string) => load(pageHtml(path, englishSiteDir));
const text = (path: string) => html(path)('main').text().replace(/\s+/gu, ' ');
const year = (date: Date | string) => String(date instanceof Date ? date.getUTCFullYear() : date).slice(0, 4);

describe('the English example site (examples/en-council)', () => {
  it('publishes the three real minutes, each with a page of its own', () => {
    expect(minutes.map((doc) => doc.id).sort()).toEqual(['port-of-alsea-commission-2020-02', 'portland-council-2011-01-12', 'rtd-board-2012-12-18']);
    for (const doc of minutes) expect(text(`/minutes/${doc.id}/`)).toContain(doc.data.meeting.name);
  });

  it('declares English on every page and prints no Chinese interface text anywhere', () => {
    const pages = siteFiles(englishSiteDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const source = readFileSync(join(englishSiteDir, page), 'utf8');
      expect(load(source)('html').attr('lang'), page).toBe('en');
      // Han characters and the Chinese list comma, full-width colon and brackets of the Chinese locale.
      expect(source.match(/[\p{Script=Han}、：（）]/gu) ?? [], page).toEqual([]);
    }
  });

  it('lists every agenda item under its own ordinal with a working anchor, as printed', () => {
    for (const doc of minutes) {
      const $ = html(`/minutes/${doc.id}/`);
      const contents = $('.agenda-contents a').map((_, a) => $(a).text().trim()).get();
      expect(contents, doc.id).toEqual(doc.data.agenda.map((item) => `${item.ordinal}. ${item.title}`));
      for (const href of $('.agenda-contents a').map((_, a) => $(a).attr('href')).get()) {
        expect($(`[id="${href.slice(1)}"]`).length, `${doc.id} ${href}`).toBe(1);
      }
    }
    // Anchors made from ordinals of every kind: Roman, letter-prefixed, starred and plain numbers.
    expect(html('/minutes/rtd-board-2012-12-18/')('#item-xvii').length).toBe(1);
    expect(html('/minutes/portland-council-2011-01-12/')('#item-s-56').length).toBe(1);
    expect(html('/minutes/portland-council-2011-01-12/')('#item-42').length).toBe(1);
    expect(html('/minutes/port-of-alsea-commission-2020-02/')('#item-7').length).toBe(1);
  });

  it('shows where each text was taken from', () => {
    for (const doc of minutes) expect(text(`/minutes/${doc.id}/`)).toContain(doc.data.source.replace(/\s+/gu, ' ').trim());
  });

  it('counts in English plural forms and writes dates the English way', () => {
    expect(text('/minutes/')).toContain(`${minutes.length} sets of minutes`);
    for (const y of new Set(minutes.map((doc) => year(doc.data.meeting.date)))) {
      const count = minutes.filter((doc) => year(doc.data.meeting.date) === y).length;
      expect(text(`/minutes/${y}/`)).toContain(count === 1 ? '1 set of minutes' : `${count} sets of minutes`);
    }
    const alsea = text('/minutes/port-of-alsea-commission-2020-02/');
    expect(alsea).toContain('February 20, 2020 2:00 PM');
    expect(text('/minutes/2020/')).toContain('7 items');
    expect(alsea).toContain('Board President Rob Bishop');
  });

  it('has the browse pages, linked from the home page', () => {
    const home = html('/');
    for (const path of ['/minutes/', '/topics/', '/organisations/', '/people/', '/stats/', '/search/']) {
      expect(home(`a[href="${path}"]`).length, path).toBeGreaterThan(0);
      expect(pageHtml(path, englishSiteDir).length, path).toBeGreaterThan(0);
    }
  });

  it('passes npm run check', () => {
    const result = runCli('check.ts', ['examples/en-council']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no problems in 3 minutes files (3 published)');
  });
});
