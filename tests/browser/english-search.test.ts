import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { englishSiteDir } from '../support/paths';
import { showResults } from '../support/search-eval';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveSite(englishSiteDir);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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

  it('counts its results in English', async () => {
    await showResults(page, server.origin, 'PLACED ON FILE');
    expect(await page.locator('.search-status').textContent()).toMatch(/^3 results for “PLACED ON FILE”/u);
  });
});
