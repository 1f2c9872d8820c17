import type { Browser, Page } from 'playwright-core';
import { stemmer } from 'stemmer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { englishSiteDir, fixtureSiteDir } from '../support/paths';
import { oracleFold, showResults, siteSearchUnits, type PageItem } from '../support/search-eval';

let server: StaticServer;
let browser: Browser;
let page: Page;
let units: PageItem[];

beforeAll(async () => {
  server = await serveSite(englishSiteDir);
  browser = await launchChromium();
  page = await browser.newPage();
  units = siteSearchUnits(englishSiteDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The words of a text as this test reads them: runs of Latin letters of the oracle's folding. */
const wordsOf = (text: string): string[] => oracleFold(text).match(/\p{Script=Latin}+/gu) ?? [];

/** The documented English rule, from the stemmer itself: a printed word the query word starts, or whose stem its stem starts. */
const wordMatches = (query: string, word: string) => word.startsWith(query) || stemmer(word).startsWith(stemmer(query));

/** The units (agenda items, headers) printing a word the one-word query matches, by the oracle over the built pages. */
function wordTruth(query: string): Set<string> {
  const folded = oracleFold(query);
  return new Set(units.filter((unit) => wordsOf(unit.text).some((word) => wordMatches(folded, word))).map((unit) => unit.url));
}

const pageOf = (url: string) => url.replace(/#.*$/u, '');

/** A phrase printed in one document only, with the page it is on. */
const PHRASES = [
  ['selected the harder, solid sample', '/minutes/port-of-alsea-commission-2020-02/'],
  ['moment of silence in honor of the victims', '/minutes/rtd-board-2012-12-18/'],
  ['fair wages at PGE Park', '/minutes/portland-council-2011-01-12/'],
] as const;

describe('search on the English example site in Chromium', () => {
  it.each(PHRASES)('finds “%s” on its page only', async (phrase, url) => {
    const shown = await showResults(page, server.origin, phrase);
    expect(shown.urls.length).toBeGreaterThan(0);
    expect(new Set(shown.urls.map((link) => link.replace(/#.*$/u, '')))).toEqual(new Set([url]));
    expect(shown.marks.map((mark) => mark.toLowerCase())).toContain(phrase.toLowerCase());
  });

  it.each([
    ['meetings', 'meeting', '/minutes/portland-council-2011-01-12/'],
    ['approved', 'approve', '/minutes/port-of-alsea-commission-2020-02/'],
    ['approving', 'approval', '/minutes/rtd-board-2012-12-18/'],
  ])('“%s” finds every word form the stemmer relates to it, “%s” on %s among them', async (query, form, url) => {
    const truth = wordTruth(query);
    // The page printing the form without the query as typed is the case the stemming is for.
    const printing = units.filter((unit) => unit.url.startsWith(url)).map((unit) => wordsOf(unit.text));
    expect(printing.some((words) => words.includes(form))).toBe(true);
    expect(printing.some((words) => words.includes(query))).toBe(false);
    expect([...truth].some((unit) => unit.startsWith(url))).toBe(true);
    const shown = await showResults(page, server.origin, query);
    expect(shown.exhausted).toBe(true);
    expect(new Set(shown.urls)).toEqual(truth);
    expect(shown.urls.some((unit) => unit.startsWith(url))).toBe(true);
    const marked = shown.marks.map((mark) => oracleFold(mark));
    expect(marked).toContain(form);
    expect(marked.filter((mark) => !wordMatches(oracleFold(query), mark))).toEqual([]);
  });

  it('finds a page by a phrase typed in other word forms, and marks the phrase as printed', async () => {
    const shown = await showResults(page, server.origin, 'moments of silences in honor of the victim');
    expect(new Set(shown.urls.map(pageOf))).toEqual(new Set(['/minutes/rtd-board-2012-12-18/']));
    expect(shown.marks.map((mark) => mark.toLowerCase())).toContain('moment of silence in honor of the victims');
  });

  it('finds words from their start only, not a piece inside a word', async () => {
    // Printed inside meeting, which it does not start, and the start of no printed word (by the oracle).
    expect(units.some((unit) => unit.folded.includes('eeting'))).toBe(true);
    expect(wordTruth('eeting')).toEqual(new Set());
    expect((await showResults(page, server.origin, 'eeting')).urls).toEqual([]);
    expect(new Set((await showResults(page, server.origin, 'meet')).urls)).toEqual(wordTruth('meetings'));
  });

  it('leaves a Chinese site with the substring rule: a piece inside a Latin word still finds it', async () => {
    const chinese = await serveSite(fixtureSiteDir);
    try {
      const shown = await showResults(page, chinese.origin, 'pp');
      expect(shown.urls.some((url) => url.startsWith('/minutes/taicang-changwu-2023-09/'))).toBe(true);
      expect(shown.marks.map((mark) => mark.toLowerCase())).toContain('pp');
    } finally {
      await chinese.close();
    }
  });

  it('counts its results in English', async () => {
    await showResults(page, server.origin, 'PLACED ON FILE');
    expect(await page.locator('.search-status').textContent()).toMatch(/^3 results for “PLACED ON FILE”/u);
  });
});
