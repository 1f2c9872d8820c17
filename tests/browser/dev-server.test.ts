import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAstroDev, type DevServer } from '../support/astro-dev';
import { launchChromium } from '../support/browser';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { runCli } from '../support/run-cli';
import { searchSettled } from '../support/search-eval';

// `astro dev` on a copy of the fixture content, with a copy of the fixture build's search index as
// the last build's. The tests run in order: each leaves the content as it found it.
let folder: string;
let contentDir: string;
let outDir: string;
let dev: DevServer;
let browser: Browser;
const pageErrors: string[] = [];

const minutesFile = () => join(contentDir, 'minutes/taicang-changwu-2023-05.md');
const NOTICE = '#gongkai-dev-problems';
const SEARCH_NOTE = '#gongkai-dev-search-note';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gongkai-dev-'));
  contentDir = join(folder, 'content');
  outDir = join(folder, 'dist');
  cpSync(fixtureContentDir, contentDir, { recursive: true });
  cpSync(join(fixtureSiteDir, 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
  [dev, browser] = await Promise.all([startAstroDev(contentDir, outDir), launchChromium()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${dev.origin}${path}`);
  return page;
}

/** The problems `npm run check` prints for the content folder, one line each. */
function checkProblems(): string[] {
  const { stderr } = runCli('check.ts', [contentDir]);
  return stderr.split('\n').filter((line) => /\.(md|yaml|json)(:\d+)?: /u.test(line) && !line.includes('警告：'));
}

describe('npm run dev', () => {
  it('serves the pages styled and within their security policy', async () => {
    const page = await open('/minutes/taicang-changwu-2023-05/');
    // global.css sets the body margin to 0 (a browser's own is 8px): the stylesheet Vite inlines was applied.
    await expect(page.evaluate(() => getComputedStyle(document.body).margin)).resolves.toBe('0px');
    await expect(page.locator(NOTICE).count()).resolves.toBe(0);
    await page.close();
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });

  it('reports a content error introduced while it runs, in the terminal and on the page, and clears it once fixed', { timeout: 60_000 }, async () => {
    const original = readFileSync(minutesFile(), 'utf8');
    const openBefore = await open('/minutes/taicang-changwu-2023-05/');
    const from = dev.output().length;
    writeFileSync(minutesFile(), original.replace('leadDepartments: [市应急局]', 'leadDepartments: [市应急办公室]'));

    const expected = checkProblems();
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(/taicang-changwu-2023-05\.md:\d+: agenda\.0\.leadDepartments\.0: .*市应急办公室/u);
    // The terminal prints the same line as the check, and how many problems there are.
    await dev.waitForOutput(expected[0]!, from);
    await dev.waitForOutput('内容中有 1 个问题', from);

    // A page open before the change shows it without a reload; a page opened afterwards shows it too.
    await openBefore.locator(NOTICE).waitFor();
    const fresh = await open('/minutes/taicang-changwu-2023-05/');
    for (const page of [openBefore, fresh]) {
      await expect(page.locator(`${NOTICE} li`).allTextContents()).resolves.toEqual(expected);
      await expect(page.locator(NOTICE).textContent()).resolves.toContain('内容有 1 处问题');
    }

    const fixedFrom = dev.output().length;
    writeFileSync(minutesFile(), original);
    await dev.waitForOutput(/内容又有效了/u, fixedFrom);
    await openBefore.locator(NOTICE).waitFor({ state: 'detached' });
    await fresh.reload();
    await expect(fresh.locator(NOTICE).count()).resolves.toBe(0);
    await Promise.all([openBefore.close(), fresh.close()]);
    expect(pageErrors).toEqual([]);
  });

  it("searches the last build's index and says so, and says when there is none", { timeout: 60_000 }, async () => {
    const page = await open(`/search/?q=${encodeURIComponent('燃气')}`);
    await searchSettled(page, 20_000);
    await expect(page.locator('.search-hit').count()).resolves.toBeGreaterThan(0);
    const note = await page.locator(SEARCH_NOTE).textContent();
    expect(note).toContain('上次构建');
    expect(note).toContain('npm run build');

    rmSync(join(outDir, 'pagefind'), { recursive: true });
    const before = pageErrors.length;
    await page.reload();
    await expect(page.locator(SEARCH_NOTE).textContent()).resolves.toContain('还没有检索索引');
    await page.close();
    // The failed index load is the page's own error report; only that may be logged.
    expect(pageErrors.slice(before).every((error) => /pagefind|404|search/iu.test(error))).toBe(true);
    pageErrors.length = before;
  });

  it('picks up a change to site.json without being restarted by hand, and serves the index under a new base path', { timeout: 60_000 }, async () => {
    cpSync(join(fixtureSiteDir, 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
    const siteFile = join(contentDir, 'site.json');
    const site = JSON.parse(readFileSync(siteFile, 'utf8')) as { title: string };
    writeFileSync(siteFile, JSON.stringify({ ...site, title: '改名后的测试网站', base: '/jiyao' }));
    const deadline = Date.now() + 40_000;
    let home = '';
    while (Date.now() < deadline && !home.includes('改名后的测试网站')) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      home = await fetch(`${dev.origin}/jiyao/`).then((response) => response.text(), () => '');
    }
    expect(home).toContain('<title>改名后的测试网站</title>');
    expect(home).toContain('href="/jiyao/minutes/"');
    const entry = await fetch(`${dev.origin}/jiyao/pagefind/pagefind-entry.json`);
    expect(entry.status).toBe(200);
    expect(await entry.text()).toBe(readFileSync(join(fixtureSiteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  });
});
