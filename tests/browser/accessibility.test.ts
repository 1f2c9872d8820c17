import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { englishSiteDir, fixtureSiteDir } from '../support/paths';
import { sitemapPages } from '../support/site-links';

/** axe-core's browser bundle, added to every document before its own scripts (init scripts are not subject to the page's CSP). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. No rule is disabled. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page of the fixture build: those its sitemap lists, and the 404 page. */
const pages = [...sitemapPages(), '/404.html'];

/** Pages checked side by side: the checks wait mostly on layout, so two tabs keep both cores busy. */
const TABS = 2;

/** Every page of the English example's build, checked the same way. */
const englishPages = [...sitemapPages(englishSiteDir), '/404.html'];

let server: StaticServer;
let englishServer: StaticServer;
let browser: Browser;
let context: BrowserContext;
let tabs: Page[];

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  englishServer = await serveSite(englishSiteDir);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript({ content: axeSource });
  tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await englishServer?.close();
});

async function violations(page: Page, path: string, origin: string): Promise<string[]> {
  await page.goto(`${origin}${path}`);
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  )) as AxeResults;
  // A check that ran nothing would pass silently.
  if (results.passes.length + results.violations.length < 10) throw new Error(`${path}: axe ran only ${results.passes.length} rules`);
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${path}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}

/** Checks the paths, spread over the tabs, and returns every violation found. */
async function checkAll(paths: readonly string[], origin: string = server.origin): Promise<string[]> {
  const queue = [...paths];
  const found: string[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) found.push(...(await violations(tab, path, origin)));
    }),
  );
  return found.sort();
}

describe('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  it('covers every page type of the build', () => {
    for (const pattern of [/^\/$/, /^\/minutes\/$/, /^\/minutes\/\d{4}\/$/, /^\/minutes\/[a-z]/, /^\/topics\/.+/, /^\/organisations\/.+/, /^\/people\/.+/, /^\/stats\/$/, /^\/search\/$/]) {
      expect(pages.some((path) => pattern.test(path)), String(pattern)).toBe(true);
    }
  });

  it('finds no violation on any page in the light colour scheme', async () => {
    for (const tab of tabs) await tab.emulateMedia({ colorScheme: 'light' });
    expect(await checkAll(pages)).toEqual([]);
  }, 300_000);

  it('finds no violation on any page of the English example in the light colour scheme', async () => {
    for (const tab of tabs) await tab.emulateMedia({ colorScheme: 'light' });
    expect(englishPages.length).toBeGreaterThan(10);
    expect(await checkAll(englishPages, englishServer.origin)).toEqual([]);
  }, 300_000);

  it('finds no violation in the dark colour scheme, one page of each type', async () => {
    for (const tab of tabs) await tab.emulateMedia({ colorScheme: 'dark' });
    const samples = ['/', '/minutes/', '/minutes/2023/', '/minutes/taicang-changwu-2022-12/', '/topics/gas-safety/', '/organisations/housing-construction/', '/people/wu-jingyu/', '/stats/', '/search/'];
    expect(await checkAll(samples)).toEqual([]);
  }, 120_000);
});
