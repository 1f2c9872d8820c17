import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { fixtureSiteDir } from '../support/paths';
import { unsafeMarkup } from '../support/unsafe-markup';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const INJECTION_PAGE = '/minutes/markup-injection-2023-07/';

/** Everything a page did that it should not: foreign requests, CSP violations, dialogs, errors. */
interface Incidents {
  foreignRequests: string[];
  dialogs: string[];
  errors: string[];
}

/** A fresh context whose pages report CSP violations, dialogs, console errors and foreign requests. */
async function watchedContext(): Promise<{ context: BrowserContext; incidents: Incidents }> {
  const context = await browser.newContext();
  const incidents: Incidents = { foreignRequests: [], dialogs: [], errors: [] };
  // Runs before any page script; init scripts are exempt from the page's CSP.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== server.origin) incidents.foreignRequests.push(request.url());
  });
  context.on('page', (page) => watchPage(page, incidents));
  return { context, incidents };
}

function watchPage(page: Page, incidents: Incidents): void {
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/iu.test(message.text())) incidents.errors.push(message.text());
  });
}

describe('content security policy in Chromium', () => {
  const pageTypes: Array<[string, string, string]> = [
    ['home', '/', 'main'],
    ['minutes listing', '/minutes/', 'section.year'],
    ['year page', '/minutes/2023/2/', '.minutes-summary'],
    ['minutes page', '/minutes/taicang-changwu-2023-05/', '#item-1'],
    ['minutes page with injected markup', INJECTION_PAGE, '.minutes-body'],
    ['topics listing', '/topics/', '.topic-list'],
    ['topic page', '/topics/gas-safety/', '.agenda-item-list'],
    ['search with results', `/search/?q=${encodeURIComponent('燃气')}`, '.search-hit'],
    ['open data page', '/data/', '.data-files'],
    ['not found', '/no-such-page/', 'main'],
  ];

  it.each(pageTypes)('loads the %s with no request to another origin and no violation', async (_type, path, ready) => {
    const { context, incidents } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(incidents).toEqual({ foreignRequests: [], dialogs: [], errors: [] });
  });

  it('reports a violation when a page breaks the policy, so the test above can fail', async () => {
    const { context, incidents } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => 'ranInline' in window)).resolves.toBe(false);
    await context.close();
    expect(incidents.errors.join('\n')).toMatch(/CSP violation: script-src/u);
  });
});

describe('injected markup in Chromium', () => {
  it('runs nothing, even with the Content Security Policy removed', async () => {
    const { context, incidents } = await watchedContext();
    // Strip the policy so this tests the sanitiser alone, not the CSP behind it.
    await context.route(`${server.origin}${INJECTION_PAGE}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '');
      expect(body).not.toContain('Content-Security-Policy');
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}${INJECTION_PAGE}`);
    await page.waitForLoadState('networkidle');
    // Give handlers that fire on their own (autofocus, ontoggle, onload) and on pointer or focus their chance.
    await page.locator('.minutes-body').evaluate((body) => {
      for (const element of body.querySelectorAll('*')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle']) element.dispatchEvent(new Event(type));
      }
    });
    await page.waitForTimeout(300);
    const body = await page.locator('.minutes-body').innerHTML();
    const linkProtocols = await page.locator('.minutes-body a[href]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).protocol));
    await expect(page.locator('.minutes-body p').last().textContent()).resolves.toBe('（样本结束）');
    await context.close();
    expect(incidents).toEqual({ foreignRequests: [], dialogs: [], errors: [] });
    expect(unsafeMarkup(body)).toEqual([]);
    expect(linkProtocols.filter((protocol) => !['http:', 'https:', 'mailto:'].includes(protocol))).toEqual([]);
  });
});
