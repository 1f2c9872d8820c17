import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePolicy, sitePolicy } from '../../src/utils/content-security-policy';
import { astroBuild } from '../support/astro-build';
import { launchChromium } from '../support/browser';
import { fixtureContentDir } from '../support/paths';
import { searchSettled } from '../support/search-eval';
import { siteFiles } from '../support/site-files';

// The fixture content built with `"base": "/minutes/"`, served the way a host serves a site below a
// path: only /minutes/ exists, everything else is a 404 the tests see.
const BASE = '/minutes/';
let folder: string;
let siteDir: string;
let siteAddress: URL;
let server: Server;
let origin: string;
/** Every request the server received, and those outside the base path or not found. */
const requests: string[] = [];
const misses: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gongkai-base-'));
  const contentDir = join(folder, 'content');
  siteDir = join(folder, 'dist');
  cpSync(fixtureContentDir, contentDir, { recursive: true });
  const site = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as { site: string };
  writeFileSync(join(contentDir, 'site.json'), JSON.stringify({ ...site, base: BASE }));
  siteAddress = new URL(site.site);
  // Astro lets BASE_URL and DEV variables override import.meta.env; the build must not depend on them.
  const { status, output } = astroBuild(contentDir, siteDir, { BASE_URL: '/', DEV: '1' });
  if (status !== 0) throw new Error(`astro build with base ${BASE} failed:\n${output}`);

  const files = sirv(siteDir, { dev: false, dotfiles: false });
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const miss = () => {
      misses.push(url);
      response.statusCode = 404;
      response.end();
    };
    if (!url.startsWith(BASE)) return miss();
    request.url = url.slice(BASE.length - 1);
    files(request, response, miss);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** Whether a URL found in a file of the site, resolved against that file's own address, points at this site outside the base path. */
function outsideBase(value: string, fileAddress: URL): boolean {
  if (/^(#|mailto:|tel:|data:)/u.test(value)) return false;
  const url = new URL(value, fileAddress);
  return url.host === siteAddress.host && !url.pathname.startsWith(BASE);
}

describe(`a site built with base ${BASE}`, () => {
  it('names only addresses under the base path, in every page and every file', () => {
    const files = siteFiles(siteDir);
    const wrong: string[] = [];
    for (const file of files) {
      const address = new URL(`${BASE}${file}`, siteAddress);
      if (file.endsWith('.html')) {
        const $ = load(readFileSync(join(siteDir, file), 'utf8'));
        $('[href], [src], [action], [data-bundle], meta[property="og:url"], meta[property="og:image"]').each((_, element) => {
          for (const name of ['href', 'src', 'action', 'data-bundle', 'content']) {
            const value = $(element).attr(name);
            if (value !== undefined && outsideBase(value, address)) wrong.push(`${file}: ${name}="${value}"`);
          }
        });
      } else if (/\.(xml|json|csv|ics|txt|css|js)$|^_headers$|^robots\.txt$/u.test(file) && !file.startsWith('pagefind/')) {
        // Absolute addresses of this site anywhere in the data files, feeds, sitemap, robots.txt and scripts.
        // A calendar folds its lines at 75 octets (RFC 5545 §3.1): unfolded, an address reads whole.
        const text = readFileSync(join(siteDir, file), 'utf8').replace(/\r?\n[ \t]/gu, '');
        for (const [found] of text.matchAll(new RegExp(`${siteAddress.origin.replace(/\./gu, '\\.')}[^\\s"'<>,)]*`, 'gu'))) {
          if (outsideBase(found, address)) wrong.push(`${file}: ${found}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    expect(readFileSync(join(siteDir, '_headers'), 'utf8').split('\n')[0]).toBe(`${BASE}*`);
    // The production policy on every page, however the environment is set.
    const policy = serializePolicy(sitePolicy, 'meta');
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      expect(load(readFileSync(join(siteDir, file), 'utf8'))('meta[http-equiv="Content-Security-Policy"]').attr('content'), file).toBe(policy);
    }
  });

  it('has no broken link, asset or anchor when served below the path', { timeout: 120_000 }, async () => {
    const result = await new LinkChecker().check({
      path: [`${origin}${BASE}`, `${origin}${BASE}404.html`],
      recurse: true,
      checkFragments: true,
      checkCss: true,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent ?? '(start)'} → ${link.url} (${link.status ?? 'no status'})`);
    expect(broken).toEqual([]);
    const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => decodeURI(link.url)));
    // Every page of the site was reached by following links from the home page.
    const pages = siteFiles(siteDir).filter((file) => file.endsWith('index.html')).map((file) => `${origin}${BASE}${file.replace(/index\.html$/u, '')}`);
    expect(pages.filter((page) => !checked.has(page))).toEqual([]);
    expect(checked.has(`${origin}${BASE}favicon.svg`)).toBe(true);
    expect(misses).toEqual([]);
  });

  it('searches in the browser without requesting anything outside the path', { timeout: 60_000 }, async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const from = requests.length;
      await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent('燃气')}`);
      await searchSettled(page, 20_000);
      await expect(page.locator('.search-hit').count()).resolves.toBeGreaterThan(0);
      const href = await page.locator('.search-hit a').first().getAttribute('href');
      expect(href?.startsWith(`${BASE}minutes/`)).toBe(true);
      // Counted at the server: Pagefind's own requests do not all show as page events.
      const made = requests.slice(from);
      expect(made.some((url) => url.startsWith(`${BASE}pagefind/`))).toBe(true);
      expect(made.filter((url) => !url.startsWith(BASE))).toEqual([]);
      expect(misses).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
