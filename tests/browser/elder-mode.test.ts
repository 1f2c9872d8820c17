import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { fixtureSiteDir } from '../support/paths';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG A and AA as in accessibility.test.ts, plus the AAA rule for 7:1 contrast (color-contrast-enhanced) that 长者模式 promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'wcag2aaa'];

/** One page of each type. */
const samples = ['/', '/minutes/', '/minutes/2023/', '/minutes/taicang-changwu-2022-12/', '/topics/gas-safety/', '/organisations/housing-construction/', '/people/wu-jingyu/', '/stats/', '/search/'];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript({ content: axeSource });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const toggle = () => page.getByRole('button', { name: '长者模式' });
const larger = () => page.getByRole('button', { name: '更大字号' });
const modeOn = () => page.evaluate(() => document.documentElement.classList.contains('elder'));

async function axeViolations(path: string): Promise<string[]> {
  return axeViolationsIn(page, path);
}

async function axeViolationsIn(page: Page, path: string): Promise<string[]> {
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  )) as AxeResults;
  if (!results.passes.some((rule) => rule.id === 'color-contrast-enhanced') && !results.violations.some((rule) => rule.id === 'color-contrast-enhanced')) {
    throw new Error(`${path}: axe did not run color-contrast-enhanced`);
  }
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${path}: ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}

/** What the mode promises, measured in the page: text sizes and line heights, and target sizes. */
async function measure(minFontSize: number): Promise<string[]> {
  return measureIn(page, minFontSize);
}

async function measureIn(page: Page, minFontSize: number): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && box.bottom + scrollY > 0;
    };
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 20)}"`;
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('svg') && element.tagName !== 'text') continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText || !visible(element)) continue;
      const style = getComputedStyle(element);
      const size = Number.parseFloat(style.fontSize);
      if (size < min - 0.01) problems.push(`${name(element)}: ${size} px text`);
      const lineHeight = Number.parseFloat(style.lineHeight);
      if (!(element instanceof SVGElement) && lineHeight / size < 1.5 - 0.01) problems.push(`${name(element)}: line height ${lineHeight / size}`);
    }
    for (const target of document.querySelectorAll('a[href], button, input, select, summary')) {
      // Links inside a sentence of the minutes are exempt (WCAG 2.5.5 inline exception); the skip link sits off screen until focused.
      if (target.matches('.minutes-body p a, .skip-link') || !visible(target)) continue;
      const box = target.getBoundingClientRect();
      if (box.width < 44 - 0.01 || box.height < 44 - 0.01) problems.push(`${name(target)}: target ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
    }
    return problems;
  }, minFontSize);
}

describe('长者模式 with JavaScript', () => {
  it('is off at first: a real toggle button, not pressed, on every page', async () => {
    for (const path of samples) {
      await page.goto(`${server.origin}${path}`);
      await expect(toggle().getAttribute('aria-pressed'), path).resolves.toBe('false');
      expect(await modeOn()).toBe(false);
    }
    expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize))).toBe(16);
    // The measures below can fail: the ordinary mode does not meet them.
    expect((await measure(18)).length).toBeGreaterThan(0);
  });

  it('is switched on from the keyboard and stays on while browsing', async () => {
    await page.goto(`${server.origin}/`);
    await toggle().focus();
    await page.keyboard.press('Enter');
    await expect(toggle().getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await modeOn()).toBe(true);
    await page.locator('.site-header nav a', { hasText: '会议纪要' }).click();
    await page.waitForURL(`${server.origin}/minutes/`);
    expect(await modeOn()).toBe(true);
    await expect(toggle().getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('gives text of at least 18 px with line height of at least 1.5, and targets of at least 44 × 44 px, on every page type', async () => {
    const problems: string[] = [];
    for (const path of samples) {
      await page.goto(`${server.origin}${path}`);
      problems.push(...(await measure(18)).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize))).toBe(18);
  }, 60_000);

  it('finds no axe violation, 7:1 contrast included, in the light and the dark colour scheme', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of samples) {
        await page.goto(`${server.origin}${path}`);
        expect(await modeOn()).toBe(true);
        found.push(...(await axeViolations(`${colorScheme} ${path}`)));
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  }, 120_000);

  it('has a larger step, also reached with Space, that keeps the measures', async () => {
    await page.goto(`${server.origin}/minutes/taicang-changwu-2022-12/`);
    await larger().focus();
    await page.keyboard.press('Space');
    await expect(larger().getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.minutes-body p')!).fontSize))).toBe(22);
    expect(await measure(22)).toEqual([]);
    expect(await axeViolations('larger')).toEqual([]);
  });

  it('loses nothing at 200% zoom (a 1280 px window seen as 640 CSS px), in both steps', async () => {
    const zoomed = await context.newPage();
    await zoomed.setViewportSize({ width: 640, height: 720 });
    const problems: string[] = [];
    for (const path of samples) {
      await zoomed.goto(`${server.origin}${path}`);
      const { scrollWidth, larger: isLarger } = await zoomed.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, larger: document.documentElement.classList.contains('elder-larger') }));
      expect(isLarger).toBe(true);
      if (scrollWidth > 640) problems.push(`${path}: ${scrollWidth} px wide`);
    }
    await zoomed.close();
    expect(problems).toEqual([]);
  });

  it('is switched off again, and stays off', async () => {
    await page.goto(`${server.origin}/`);
    await toggle().click();
    await expect(toggle().getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(larger().isVisible()).resolves.toBe(false);
    await page.goto(`${server.origin}/topics/`);
    expect(await modeOn()).toBe(false);
    expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize))).toBe(16);
    expect(await axeViolations('off')).toEqual([]);
  });
});

describe('长者模式 without JavaScript', () => {
  let noScript: BrowserContext;
  let plain: Page;
  const size = (selector = 'main p') => plain.evaluate((css) => Number.parseFloat(getComputedStyle(document.querySelector(css)!).fontSize), selector);
  const path = () => new URL(plain.url()).pathname;

  beforeAll(async () => {
    noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
    plain = await noScript.newPage();
  });
  afterAll(async () => noScript?.close());

  it('is switched on through a link and stays on while browsing, until its exit link', async () => {
    await plain.goto(`${server.origin}/minutes/taicang-changwu-2022-12/`);
    await expect(plain.getByRole('button', { name: '长者模式' }).count()).resolves.toBe(0);
    expect(await size('.minutes-body p')).toBe(16);
    await plain.getByRole('link', { name: '长者模式', exact: true }).click();
    expect(path()).toBe('/elder/minutes/taicang-changwu-2022-12/');
    expect(await size('.minutes-body p')).toBe(18);
    // Through the navigation, a year, a meeting and a topic: every page stays in the mode.
    await plain.locator('.site-header nav a', { hasText: '会议纪要' }).click();
    expect(path()).toBe('/elder/minutes/');
    expect(await size()).toBe(18);
    await plain.locator('main a', { hasText: '2023年' }).first().click();
    expect(path()).toBe('/elder/minutes/2023/');
    await plain.locator('main .minutes-summary h2 a').first().click();
    expect(path()).toMatch(/^\/elder\/minutes\/[a-z0-9-]+\/$/u);
    expect(await size('.minutes-body p')).toBe(18);
    await plain.locator('main a[href*="/topics/"]').first().click();
    expect(path()).toMatch(/^\/elder\/topics\//u);
    expect(await size()).toBe(18);
    // The larger step, on the page being read.
    await plain.getByRole('link', { name: '更大字号' }).click();
    expect(await size()).toBe(22);
    const topic = path();
    await plain.getByRole('link', { name: '退出长者模式' }).click();
    expect(path()).toBe(topic.replace(/^\/elder/u, ''));
    expect(await size()).toBe(16);
    await plain.locator('.site-header nav a', { hasText: '会议纪要' }).click();
    expect(path()).toBe('/minutes/');
    expect(await size()).toBe(16);
  });

  it('meets the measures and finds no axe violation, 7:1 contrast included, on every page type', async () => {
    // axe needs timers, which do not run with scripts off: each page is loaded and drawn without
    // JavaScript (so none of its own scripts ran), then scripts are allowed for axe alone.
    const cdp = await noScript.newCDPSession(plain);
    const problems: string[] = [];
    for (const sample of samples) {
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await plain.goto(`${server.origin}/elder${sample}`);
      expect(await plain.evaluate(() => document.documentElement.classList.contains('elder-mode-scripted')), sample).toBe(false);
      problems.push(...(await measureIn(plain, 18)).map((problem) => `${sample}: ${problem}`));
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
      await plain.evaluate(axeSource);
      problems.push(...(await axeViolationsIn(plain, `elder${sample}`)));
    }
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('a copy under /elder/ with JavaScript', () => {
  it('is in the mode, pressed, and switching it off leads to the ordinary page', async () => {
    await page.goto(`${server.origin}/elder/topics/`);
    expect(await modeOn()).toBe(true);
    await expect(toggle().getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle().click();
    await page.waitForURL(`${server.origin}/topics/`);
    expect(await modeOn()).toBe(false);
    await expect(toggle().getAttribute('aria-pressed')).resolves.toBe('false');
  });
});
