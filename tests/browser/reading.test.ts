import type { Browser, Page, Response } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItemId } from '../../src/utils/agenda';
import { isPublic } from '../../src/utils/publication';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { readMinutes } from '../support/content';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { shortestClickPaths } from '../support/site-links';

const published = readMinutes(fixtureContentDir).filter((doc) => isPublic(doc.data.disclosure));
/** One page of each type. */
const samples = ['/', '/minutes/', '/minutes/2023/', ...published.map((doc) => `/minutes/${doc.id}/`), '/topics/', '/topics/gas-safety/', '/organisations/', '/organisations/housing-construction/', '/people/', '/people/wu-jingyu/', '/stats/', '/search/'];

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the focused element looks like: enough to tell whether focus is visible. */
interface FocusStop {
  tag: string;
  className: string;
  href: string | null;
  outline: string;
  inViewport: boolean;
}

async function focusStop(): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    element.setAttribute('data-reached', '');
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      className: element.className,
      href: element.getAttribute('href'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

describe('keyboard', () => {
  it.each(published.map((doc) => doc.id))('reaches every link of minutes page %s with Tab, skip link first, focus always visible', async (id) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${server.origin}/minutes/${id}/`);
    await page.keyboard.press('Tab');
    const first = await focusStop();
    expect(first?.className).toBe('skip-link');
    expect(first?.inViewport).toBe(true);
    // The skip link takes focus past the header: the next stop is the first link in <main>.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    await page.goto(`${server.origin}/minutes/${id}/`);
    const invisible: string[] = [];
    const total = await page.locator('a[href], input, button').count();
    for (let stop = 0; stop <= total + 1; stop += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusStop();
      if (!focused) break;
      if (!/^solid \d/.test(focused.outline) || Number.parseFloat(focused.outline.split(' ')[1]!) < 2 || !focused.inViewport) {
        invisible.push(`${focused.tag} ${focused.href ?? ''}: outline ${focused.outline}, in viewport ${focused.inViewport}`);
      }
    }
    expect(invisible).toEqual([]);
    // Controls not rendered at all (长者模式's no-JavaScript links while the script runs, its hidden larger step) take no focus.
    const unreached = await page
      .locator('a[href]:not([data-reached]), input:not([data-reached]), button:not([data-reached])')
      .evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).map((element) => element.outerHTML));
    expect(unreached).toEqual([]);
  });
});

describe('the three-click path in Chromium, on a 320 px wide screen', () => {
  const clicks = shortestClickPaths('/');

  it('clicks from the home page to every agenda item and lands on it', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const doc of published) {
      for (const item of doc.data.agenda) {
        const target = `/minutes/${doc.id}/#${agendaItemId(item.ordinal)}`;
        const path = clicks.get(target);
        expect(path?.length ?? Infinity, target).toBeLessThanOrEqual(3);
        await page.goto(`${server.origin}/`);
        for (const href of path!) await page.locator(`a[href="${href}"]`).first().click();
        await page.waitForURL((url) => `${decodeURIComponent(url.pathname)}${url.hash}` === target);
        const landed = await page.evaluate(() => {
          const element = document.querySelector(':target');
          const box = element?.getBoundingClientRect();
          return { id: element?.id, visible: box !== undefined && box.top >= 0 && box.top < innerHeight };
        });
        expect(landed, target).toEqual({ id: agendaItemId(item.ordinal), visible: true });
      }
    }
  });
});

describe('reading on any screen', () => {
  it('fits 320 px without sideways scrolling, with text of at least 16 px', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const problems: string[] = [];
    for (const path of samples) {
      await page.goto(`${server.origin}${path}`);
      const { scrollWidth, fontSize } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        fontSize: Number.parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize),
      }));
      if (scrollWidth > 320) problems.push(`${path}: ${scrollWidth} px wide`);
      if (fontSize < 16) problems.push(`${path}: text of ${fontSize} px`);
    }
    expect(problems).toEqual([]);
  });

  it('reflows text zoomed to 200% on a 640 px window without sideways scrolling', async () => {
    await page.setViewportSize({ width: 640, height: 720 });
    const problems: string[] = [];
    for (const path of samples) {
      await page.goto(`${server.origin}${path}`);
      const scrollWidth = await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
        return document.documentElement.scrollWidth;
      });
      if (scrollWidth > 640) problems.push(`${path}: ${scrollWidth} px wide`);
    }
    expect(problems).toEqual([]);
  });

  it('prints a minutes page as the document alone: no navigation, the body in 仿宋', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.origin}/minutes/${published[0]!.id}/`);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        ['.site-header', '.breadcrumbs', '.agenda-contents', '.adjacent-meetings', '.site-footer', '.minutes-body', '.attendance', '.distribution'].map((selector) => [
          selector,
          getComputedStyle(document.querySelector(selector)!).display !== 'none',
        ]),
      ),
    );
    expect(shown).toEqual({
      '.site-header': false,
      '.breadcrumbs': false,
      '.agenda-contents': false,
      '.adjacent-meetings': false,
      '.site-footer': false,
      '.minutes-body': true,
      '.attendance': true,
      '.distribution': true,
    });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.minutes-body p')!).fontFamily)).toMatch(/FangSong/);
    // The page's address is printed on paper, and only there.
    await expect(page.locator('.minutes-header .print-only').isVisible()).resolves.toBe(true);
    // Printed to PDF as a reader's browser prints it (the page's own @page size, no header or footer of the browser's).
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
    for (let number = 1; number <= pdfDocument.numPages; number += 1) {
      const { width, height } = (await pdfDocument.getPage(number)).getViewport({ scale: 1 });
      // A4 is 210 × 297 mm: 595.28 × 841.89 pt.
      expect([Math.round(width), Math.round(height)], `page ${number}`).toEqual([595, 842]);
    }
    const { text } = await extractText(pdfDocument, { mergePages: true });
    const printed = text.replace(/\s+/gu, '');
    expect(printed).toContain(published[0]!.data.agenda[0]!.title.replace(/\s+/gu, ''));
    // No navigation on paper: the site's title and menu, breadcrumbs, the mode switch, downloads and the footer are not printed.
    for (const navigation of ['测试市人民政府会议纪要', '主题分类', '部门单位', '当前位置', '长者模式', '下载', '纯文本', 'ICP备案号', '上一次会议', '下一次会议']) {
      expect(printed, navigation).not.toContain(navigation);
    }
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.minutes-header .print-only').isVisible()).resolves.toBe(false);
  });

  it('follows the dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}/`);
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).toBe('rgb(22, 22, 22)');
    expect(light).toBe('rgb(255, 255, 255)');
  });
});

describe('the page budget in Chromium', () => {
  it('loads each minutes page with its stylesheet, the 长者模式 script, the footer mark and the favicon, nothing else, within 60 KB', async () => {
    for (const doc of published) {
      // A fresh context has an empty cache: the cold load a first-time reader makes.
      const context = await browser.newContext();
      const cold = await context.newPage();
      const requests: Array<{ type: string; url: string; status: number; bytes: Promise<number> }> = [];
      const record = (response: Response) =>
        requests.push({
          type: response.request().resourceType(),
          url: response.url(),
          status: response.status(),
          bytes: response.status() >= 300 && response.status() < 400 ? Promise.resolve(0) : response.body().then((body) => body.length),
        });
      cold.on('response', record);
      await cold.goto(`${server.origin}/minutes/${doc.id}/`, { waitUntil: 'networkidle' });
      // Responses arrive in no fixed order; the stylesheet's name carries a content hash.
      const loaded = requests.map(({ type, url, status }) => `${type} ${status} ${url.replace(server.origin, '').replace(/^\/_astro\/[^/]+\.css$/u, '/_astro/*.css')}`);
      expect(loaded.sort(), doc.id).toEqual(
        [
          `document 200 /minutes/${doc.id}/`,
          'script 200 /scripts/elder-mode.js',
          'stylesheet 200 /_astro/*.css',
          'image 200 /images/government-site-mark.svg',
          'other 200 /favicon.svg',
        ].sort(),
      );
      const bytes = (await Promise.all(requests.map((request) => request.bytes))).reduce((sum, size) => sum + size, 0);
      expect(bytes, doc.id).toBeLessThanOrEqual(60 * 1024);
      await context.close();
    }
  });
});
