import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type StaticServer } from '../support/browser';
import { isPublic } from '../../src/utils/publication';
import { readMinutes } from '../support/content';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { groundTruth, isHeaderUnit, respaced, sampleSubstrings, scoreQuery, searchSettled, showResults, siteSearchUnits, type PageItem } from '../support/search-eval';

let server: StaticServer;
let browser: Browser;
let page: Page;
let items: PageItem[];
const errors: string[] = [];

beforeAll(async () => {
  server = await serveSite(fixtureSiteDir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  items = siteSearchUnits(fixtureSiteDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const encode = encodeURIComponent;

async function waitForResults(target: Page = page): Promise<void> {
  await searchSettled(target, 15_000);
}

/** Fixed queries of every kind the search must handle: short, long, across words, names, numbers, Latin. */
const FIXED_QUERIES = [
  '燃气', '气', '的', '安全', '德合', '作方', '水生态环境', '疫情防控', '知识产权', '对德合作',
  '第22次', '2023', '2023 年', '吴敬宇', '市住建局', '液化石油气', '长三角休闲旅游目的地', '会后由市卫健委',
  '（一）', '原则同意《太仓市着力提升城镇燃气本质安全水平三年行动方案》', '三年行动', '（2023—2025 年）',
];

/** Queries typed or copied with other spacing than the page prints, and Latin words whose spaces count. */
const SPACING_QUERIES = [
  '2023年太仓市对德合作工作要点', '德企发展30年大会', '第 30 次', '第 22 次', '第２２次', '2023\u3000年\u00a0太仓', '城镇燃气\n本质安全',
  'App', 'app store', 'AppStore', 'Ap p', 'PM2.5', 'PM 2.5', '安全App', '安全 App 与',
];

/** What the meeting header prints: facts as printed, attendance, 主送, 抄送, the 整理 and release lines, attachments, revisions, 索引号. */
const HEADER_QUERIES = [
  '常务副市长吴敬宇', '常务副市长 吴敬宇', '健雄学院', '市人大常委会办公室', '太仓市人民政府办公室 整理', '太仓市人民政府办公室整理2023年4月14日',
  '（此件公开发布）', '(此件公开发布)', '请假：张展（公务）', '列席：市政协张培明', '邮政公司、移动公司代表', '市政府第一会议室', '2023年9月11日下午',
  '附件：太仓市瓶装液化石油气安全管理工作方案', '更正第一项议题中责任单位的名称', '014145300/2023-00957', '主送：各镇人民政府',
];

/** Disclosure catalogue values, which are filters and must not be found as text where nothing else prints them. */
const CATALOGUE_ONLY = ['有效性', '主动公开'];

/** Traditional text printed as such, found from its simplified form and from itself. */
const TRADITIONAL_QUERIES = ['全国垃圾分类示范城市万人行工作方案', '廣州市創', '修改完善后', '会议学习了外地经验'];

describe('search correctness in Chromium (literal substring ground truth over the fixture site)', () => {
  it('reads the agenda items of every published minutes page', () => {
    expect(items.length).toBeGreaterThan(10);
    expect(items.some((item) => item.text.includes('燃气'))).toBe(true);
  });

  it('reads a header unit per meeting holding everything printed outside the items, and not the catalogue', () => {
    const header = items.find((item) => item.url === '/minutes/taicang-changwu-2023-05/');
    expect(header?.folded).toContain('常务副市长吴敬宇');
    expect(header?.folded).toContain('抄送:市委各委办局');
    expect(header?.folded).toContain('(此件公开发布)');
    for (const value of CATALOGUE_ONLY) expect(groundTruth(items, value).size, value).toBe(0);
  });

  it('shows every unit containing the query and nothing else, whatever its spacing, best match first, excerpts from the printed text', async () => {
    const random = sampleSubstrings(items, 24, 20_231_104);
    const headerRandom = sampleSubstrings(items.filter((item) => isHeaderUnit(item.url)), 12, 20_231_105);
    const queries = [...FIXED_QUERIES, ...SPACING_QUERIES, ...HEADER_QUERIES, ...TRADITIONAL_QUERIES, ...CATALOGUE_ONLY, ...random, ...headerRandom, ...respaced([...random.slice(0, 12), ...headerRandom.slice(0, 6)], 7)];
    const scores = [];
    for (const query of queries) scores.push(scoreQuery(items, await showResults(page, server.origin, query)));
    const failures = scores.filter((score) => score.recall < 1 || score.precision < 1 || score.badExcerpts.length > 0);
    expect(failures).toEqual([]);
    // Each fixed query of the spacing, header and traditional lists finds something, bar the Latin ones the rule keeps apart.
    const empty = scores.filter((score) => score.truth === 0).map((score) => score.query);
    expect(empty.filter((query) => [...SPACING_QUERIES, ...HEADER_QUERIES, ...TRADITIONAL_QUERIES].includes(query))).toEqual(['AppStore', 'Ap p', 'PM 2.5']);
    // The page showed every result of every query ("more" until none left), so recall is over everything shown.
    expect(scores.every((score) => score.recallBasis === 'shown')).toBe(true);
    const ranked = scores.filter((score) => score.bestFirst !== null);
    expect(ranked.length).toBeGreaterThan(40);
    const bestFirst = ranked.filter((score) => score.bestFirst).length / ranked.length;
    expect(bestFirst, JSON.stringify(ranked.filter((score) => !score.bestFirst).map((score) => score.query))).toBeGreaterThanOrEqual(0.9);
  }, 240_000);

  it('matches full-width, half-width, traditional and simplified forms alike', async () => {
    for (const [variant, canonical] of [['(一)', '（一）'], ['燃氣', '燃气'], ['疫情防控工作情況', '疫情防控工作情况'], ['２０２３', '2023']] as const) {
      const shown = await showResults(page, server.origin, variant);
      const expected = [...groundTruth(items, canonical).keys()];
      expect(expected.length, canonical).toBeGreaterThan(0);
      expect([...shown.urls].sort(), variant).toEqual(expected.sort());
    }
  });

  it('downloads the traditional → simplified dictionary only for a query that needs it', async () => {
    const dictionaryRequests = async (query: string) => {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      const requests: string[] = [];
      fresh.on('request', (request) => requests.push(request.url()));
      await fresh.goto(`${server.origin}/search/?q=${encode(query)}`);
      await waitForResults(fresh);
      await expect(fresh.locator('.search-hit').count()).resolves.toBeGreaterThan(0);
      await context.close();
      return requests.filter((url) => url.includes('TSCharacters')).length;
    };
    // The item found is led by 市太誅集团: a traditional character in a filter value, which is never folded.
    await expect(dictionaryRequests('校园安全')).resolves.toBe(0);
    await expect(dictionaryRequests('燃氣')).resolves.toBeGreaterThan(0);
  });

  it('finds meeting header fields: chair, attendees, document number, 主送 and 抄送', async () => {
    for (const query of ['郑丙华', '第5号', '常务副市长吴敬宇', '健雄学院', '市人大常委会办公室']) {
      const shown = await showResults(page, server.origin, query);
      expect(shown.urls, query).toContain('/minutes/taicang-changwu-2023-05/');
    }
  });

  it('groups items under their meeting and opens an item at its anchor', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('知识产权')}`);
    await waitForResults();
    const group = page.locator('.search-group', { has: page.locator('h2 a', { hasText: '市政府第22次常务会议纪要' }) });
    await expect(group.locator('.search-hit').count()).resolves.toBeGreaterThan(0);
    await expect(group.locator('h2 time').evaluate((time) => [time.getAttribute('datetime'), time.textContent])).resolves.toEqual(['2023-04-10', '2023年4月10日']);
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/“知识产权”共找到 \d+ 条结果，分属 \d+ 份纪要/);
    await group.locator('a[href$="#item-9"]').click();
    await page.waitForURL(/\/minutes\/taicang-changwu-2023-05\/#item-9$/);
    await expect(page.locator('#item-9').textContent()).resolves.toContain('知识产权');
  });

  it('says so when nothing matches, and offers other ways in', async () => {
    await page.goto(`${server.origin}/search/?q=zqxjvw`);
    await waitForResults();
    await expect(page.locator('.search-status').textContent()).resolves.toContain('没有找到包含“zqxjvw”');
    await expect(page.locator('.search-hit').count()).resolves.toBe(0);
    await expect(page.locator('.search-empty a[href="/topics/"]').isVisible()).resolves.toBe(true);
  });
});

describe('filters, sort and URL state', () => {
  it('narrows by a filter, counts per value, and the back button returns to the unfiltered results', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('燃气')}`);
    await waitForResults();
    await page.locator('.search-results[data-filters="ready"]').waitFor();
    const all = await page.locator('.search-hit').count();
    const topic = page.locator('.search-filter', { hasText: '主题' }).locator('label', { hasText: '城镇燃气' });
    const count = Number((await topic.locator('.search-filter-count').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await topic.locator('input').check();
    await page.waitForURL(/[?&]topic=%E5%9F%8E%E9%95%87%E7%87%83%E6%B0%94/);
    await waitForResults();
    // Counts are of meetings: every counted meeting shows its items on that topic.
    await expect(page.locator('.search-group').count()).resolves.toBe(count);
    expect(await page.locator('.search-hit').count()).toBeGreaterThanOrEqual(count);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('topic='));
    await page.waitForFunction((expected) => document.querySelectorAll('.search-hit').length === expected, all);
    await expect(page.locator('.search-filter input[name="topic"]:checked').count()).resolves.toBe(0);
  });

  it('restores query, filters and sort from a shared URL', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('安全')}&year=2022&sort=date`);
    await waitForResults();
    const urls = await page.locator('.search-hit h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url?.startsWith('/minutes/taicang-changwu-2022-12/'))).toBe(true);
    await expect(page.locator('#site-search').inputValue()).resolves.toBe('安全');
    await page.locator('.search-results[data-filters="ready"]').waitFor();
    await expect(page.locator('input[name="year"][value="2022"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('select[name="sort"]').inputValue()).resolves.toBe('date');
  });

  it('sorts by date, newest meeting first', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('安全')}`);
    await waitForResults();
    await page.locator('select[name="sort"]').selectOption('date');
    await page.waitForURL(/sort=date/);
    await waitForResults();
    const dates = await page.locator('.search-group h2 time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sorts by 发布日期, most recently published first, the same day by meeting date', async () => {
    // From the frontmatter: 发布日期, or 成文日期 where none is given, as /minutes/latest/ orders them.
    const day = (doc: ReturnType<typeof readMinutes>[number]) => (doc.data.datePublished ?? doc.data.dateIssued ?? doc.data.meeting.date).getTime();
    const oracle = readMinutes(fixtureContentDir)
      .filter((doc) => isPublic(doc.data.disclosure))
      .sort((a, b) => day(b) - day(a) || b.data.meeting.date.getTime() - a.data.meeting.date.getTime())
      .map((doc) => `/minutes/${doc.id}/`);
    await page.goto(`${server.origin}/search/?q=${encode('会议')}`);
    await waitForResults();
    await page.locator('select[name="sort"]').selectOption('published');
    await page.waitForURL(/sort=published/);
    await waitForResults();
    const shown = await page.locator('.search-group-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual(oracle.filter((url) => shown.includes(url)));
    // The fixture tells it apart from the meeting-date order.
    const byMeeting = readMinutes(fixtureContentDir).sort((a, b) => b.data.meeting.date.getTime() - a.data.meeting.date.getTime()).map((doc) => `/minutes/${doc.id}/`);
    expect(shown).not.toEqual(byMeeting.filter((url) => shown.includes(url)));
    await expect(page.locator('select[name="sort"]').inputValue()).resolves.toBe('published');
  });
});

describe('keyboard and assistive technology', () => {
  it('announces the count in a polite live region', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('燃气')}`);
    await waitForResults();
    const status = page.locator('.search-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toMatch(/共找到 \d+ 条结果/);
    // Pagefind starts under the index's language; the page's own stays for assistive technology.
    await expect(page.evaluate(() => document.documentElement.getAttribute('lang'))).resolves.toBe('zh-CN');
  });

  it('works from the keyboard: a filter toggles with Space, "more" moves focus to the first new result', async () => {
    await page.goto(`${server.origin}/search/?q=${encode('的')}`);
    await waitForResults();
    await page.locator('.search-results[data-filters="ready"]').waitFor();
    const more = page.locator('.search-more');
    await expect(more.isVisible()).resolves.toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.closest('.search-hit') !== null);
    expect(focused).toBe(true);
    await page.locator('input[name="kind"]').first().focus();
    for (let presses = 0; presses < 40; presses += 1) {
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'kind')) break;
      await page.keyboard.press('Tab');
    }
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('kind') === value);
    await waitForResults();
    await page.locator('.search-results[data-filters="ready"]').waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).resolves.toBe('kind');
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
