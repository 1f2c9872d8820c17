import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { fixtureSiteDir } from '../support/paths';

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search in Chromium', () => {
  it('finds the Taicang minutes for 燃气 and opens them from the result', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('燃气')}`);
    const result = page.locator('.search-list > li h2 a', { hasText: '市政府第22次常务会议纪要' });
    await result.waitFor({ timeout: 15_000 });
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/“燃气”共找到 \d+ 份纪要/);
    const excerpt = page.locator('.search-list p', { has: page.locator('mark') }).first();
    await expect(excerpt.textContent()).resolves.toContain('燃气');
    await result.click();
    await page.waitForURL(/\/minutes\/taicang-changwu-2023-05\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('市政府第22次常务会议纪要');
  });

  it('links agenda-item results to their anchor', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('知识产权')}`);
    const item = page.locator('.search-list a[href*="/minutes/taicang-changwu-2023-05/#item-9"]');
    await item.first().waitFor({ timeout: 15_000 });
    await item.first().click();
    await page.waitForURL(/#item-9$/);
    await expect(page.locator('#item-9').textContent()).resolves.toContain('知识产权');
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('zqxjvw')}`);
    await page.locator('.search-status', { hasText: '没有找到' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('.search-list > li').count()).resolves.toBe(0);
  });

  it('submits the header search box as a plain form, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${server.origin}/minutes/`);
    await noScript.fill('#site-search', '燃气');
    await noScript.press('#site-search', 'Enter');
    await noScript.waitForURL(/\/search\/\?q=%E7%87%83%E6%B0%94$/);
    await expect(noScript.locator('noscript').count()).resolves.toBe(1);
    await context.close();
  });

  it('raised no script errors', () => {
    expect(errors).toEqual([]);
  });
});
