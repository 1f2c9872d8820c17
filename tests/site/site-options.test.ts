import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { scoreQuery, showResults, siteSearchUnits, type PageItem } from '../support/search-eval';
import { pageHtml, siteFiles } from '../support/site-files';
import { internalLinks, sitemapPages, sitePages } from '../support/site-links';

/**
 * One extra build of the fixture content with both optional page sets switched off in site.json and
 * the search bundle in suche/ (tests/fixtures/astro.search-bundle.config.mjs) instead of pagefind/.
 */
const work = join(repoRoot, 'tests/.output/site-options');
const content = join(work, 'content');
const out = join(work, 'site');
let buildOutput = '';

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(fixtureContentDir, content, { recursive: true });
  const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(content, 'site.json'), JSON.stringify({ ...site, features: { statistics: false, people: false } }, null, 2));
  const { status, output } = astroBuild(content, out, {}, ['--config', 'tests/fixtures/astro.search-bundle.config.mjs']);
  buildOutput = output;
  if (status !== 0) throw new Error(`the build with features off failed:\n${output}`);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const isOptional = (path: string) => path.startsWith('/stats/') || path.startsWith('/people/');

describe('statistics and people switched off in site.json', () => {
  it('builds no statistics or people page', () => {
    const pages = sitePages(out);
    expect(pages).toEqual(expect.arrayContaining(['/', '/minutes/', '/topics/', '/organisations/', '/search/', '/data/']));
    expect(pages.filter(isOptional)).toEqual([]);
    expect(siteFiles(out).filter((file) => file.startsWith('stats/') || file.startsWith('people/'))).toEqual([]);
  });

  it('leaves them out of the sitemap', () => {
    const listed = sitemapPages(out);
    expect(listed).toContain('/minutes/');
    expect(listed.filter(isOptional)).toEqual([]);
  });

  it('links to them from no page: not the navigation, the home page, a minutes page nor an organisation page', () => {
    const links = sitePages(out).flatMap((page) => internalLinks(page, out).map((link) => ({ page, href: link.href, path: link.path })));
    expect(links.length).toBeGreaterThan(500);
    expect(links.filter((link) => isOptional(link.path))).toEqual([]);
    const home = load(pageHtml('/', out));
    expect(home('.site-header nav a').map((_, a) => home(a).attr('href')).get()).toEqual(['/minutes/', '/topics/', '/organisations/', '/search/']);
    expect(home('.entry-points a').map((_, a) => home(a).attr('href')).get()).toEqual(['/minutes/', '/topics/', '/organisations/', '/search/', '/data/']);
  });

  it('still prints every name in attendance and the chair, as plain text', () => {
    const minutes = readFileSync(join(fixtureContentDir, 'minutes/taicang-changwu-2023-05.md'), 'utf8');
    const data = parse(minutes.split(/^---$/mu)[1] ?? '') as { meeting: { chair: { name: string } }; attendance: { present: string[] } };
    const $ = load(pageHtml('/minutes/taicang-changwu-2023-05/', out));
    const attendance = $('.attendance').text();
    for (const name of data.attendance.present) expect(attendance).toContain(name);
    expect($('.meeting-facts').text()).toContain(data.meeting.chair.name);
    expect($('.attendance a, .meeting-facts a').map((_, a) => $(a).text()).get()).not.toContain(data.meeting.chair.name);
  });
});

describe('a search bundle folder other than pagefind/', () => {
  it('is where the index is written, named by the search page, its preloads and the build count', () => {
    const files = siteFiles(out);
    expect(files).toEqual(expect.arrayContaining(['suche/pagefind.js', 'suche/pagefind-entry.json']));
    expect(files.filter((file) => file.startsWith('pagefind/'))).toEqual([]);
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    const $ = load(pageHtml('/search/', out));
    expect($('.search-results').attr('data-bundle')).toBe('/suche/');
    const preloads = $('link[rel="preload"], link[rel="modulepreload"]').map((_, link) => $(link).attr('href')).get();
    expect(preloads.length).toBe(4);
    expect(preloads.filter((href) => !href.startsWith('/suche/'))).toEqual([]);
    expect(buildOutput).toContain('indexed 4 minutes into suche/');
    expect(buildOutput).toMatch(/public minutes: 4 source files · pages 4 · search 4 ·/u);
  });

  describe('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let items: PageItem[];
    const failures: string[] = [];

    beforeAll(async () => {
      server = await serveSite(out);
      browser = await launchChromium();
      page = await browser.newPage();
      page.on('pageerror', (error) => failures.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      });
      items = siteSearchUnits(out);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('finds exactly the items that contain the query, loading nothing that is missing', async () => {
      for (const query of ['燃气', '知识产权', '常务副市长吴敬宇']) {
        const score = scoreQuery(items, await showResults(page, server.origin, query));
        expect(score.truth, query).toBeGreaterThan(0);
        expect([score.recall, score.precision], query).toEqual([1, 1]);
      }
      expect(failures).toEqual([]);
    }, 120_000);
  });
});

describe('a site.json with a mistake', () => {
  it('stops the build before anything is built, naming the file, line, field and fix, without a stack trace', () => {
    const broken = join(work, 'broken-content');
    cpSync(fixtureContentDir, broken, { recursive: true });
    const site = JSON.parse(readFileSync(join(broken, 'site.json'), 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify({ ...site, listPageSize: 0, features: { statistic: false } }, null, 2);
    writeFileSync(join(broken, 'site.json'), text);
    const lineOf = (key: string) => text.split('\n').findIndex((line) => line.includes(`"${key}"`)) + 1;
    const target = join(work, 'broken-site');
    const { status, output } = astroBuild(broken, target);
    expect(status).not.toBe(0);
    // Relative to the working directory, as npm run check prints paths.
    const file = 'tests/.output/site-options/broken-content/site.json';
    expect(output).toContain(
      [
        `${file}:${lineOf('listPageSize')}: listPageSize: 不能小于 1，而现在是 0`,
        `${file}:${lineOf('statistic')}: features.statistic: "statistic" 不是已知的字段 — 请删除或改正字段名 — 是否应为 statistics？`,
        `网站配置有 2 个问题；请改正 ${file}（每个字段的说明见 src/schemas/site.ts 和 site.schema.json）后重新构建`,
      ].join('\n'),
    );
    expect(output).not.toMatch(/^\s+at /mu);
    expect(existsSync(target)).toBe(false);
  });
});
