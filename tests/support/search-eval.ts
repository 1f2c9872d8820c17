/**
 * The search evaluation shared by the test suite (over the fixture site) and `npm run bench` (over
 * generated minutes): ground truth read from the built minutes pages and folded by an oracle of its
 * own (NFKC, the full OpenCC traditional → simplified converter, lower case, whitespace as the
 * documented rule says), never by the search code; a driver that reads what the search page shows
 * in Chromium; and the scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import * as OpenCC from 'opencc-js';
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Page } from 'playwright-core';
import { zhCN } from '../../src/locales/zh-CN';
import { createFolder } from '../../src/search/folding';
import { pagefindQuery } from '../../src/search/index-terms';

/** OpenCC's full traditional → simplified conversion (phrases and characters), not the search's character table. */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Letters and digits of alphabetic scripts: a space between two of them separates words. */
const ALPHABETIC = /^[\p{Alphabetic}\p{Nd}\p{M}]$/u;
const EAST_ASIAN = /^[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]$/u;
const isWordChar = (char: string | undefined) => char !== undefined && ALPHABETIC.test(char) && !EAST_ASIAN.test(char);

/**
 * The oracle's folding of a whole text: NFKC, OpenCC t → cn, lower case; then the text is cut at
 * every whitespace run and the pieces are joined again with one space where both sides are
 * letters or digits of an alphabetic script, and with nothing elsewhere.
 */
export function oracleFold(text: string): string {
  const pieces = toSimplified(text.normalize('NFKC')).toLowerCase().split(/\s+/u).filter(Boolean);
  let joined = '';
  for (const piece of pieces) {
    const before = [...joined].at(-1);
    joined += (isWordChar(before) && isWordChar([...piece][0]) ? ' ' : '') + piece;
  }
  return joined;
}

/** One unit the search shows as one result: an agenda item, or the meeting's header (everything printed outside its items). */
export interface PageItem {
  /** /minutes/<id>/#item-N for an item, /minutes/<id>/ for the header. */
  url: string;
  /** The printed text, one line per printed block. */
  text: string;
  /** The same text as the oracle folds it. */
  folded: string;
}

/** A unit from its printed lines. */
function unit(url: string, lines: readonly string[]): PageItem {
  const text = lines.map((line) => line.trim()).filter(Boolean).join('\n');
  return { url, text, folded: oracleFold(text) };
}

/**
 * The header of a minutes page as printed, in the page's order: the title block, 索引号, the
 * meeting facts, the opening paragraphs, attendance, the 整理 and release lines, 主送, 抄送,
 * attachment titles and revisions. Interface labels beside values (dt, headings), text hidden
 * from sight or only printed, and the disclosure catalogue (a filter, not search text) are left out.
 */
function headerLines($: CheerioAPI): string[] {
  $('.visually-hidden, .print-only, .attachment-facts').remove();
  const texts = (selector: string) => $(selector).toArray().map((node) => $(node).text());
  const indexNumber = $('.disclosure .facts > div')
    .toArray()
    .filter((fact) => $(fact).children('dt').text() === zhCN.fieldIndexNumber)
    .map((fact) => $(fact).children('dd').text());
  return [
    ...texts('.minutes-header > *'),
    ...indexNumber,
    ...texts('.meeting-facts dd'),
    ...texts('.minutes-body > :not(section.agenda-item)'),
    ...texts('.attendance p'),
    ...texts('.distribution p'),
    ...texts('.attachments li > a'),
    ...texts('.revisions li'),
  ];
}

/** Every unit of a built site, read from the minutes pages' HTML (not from the search records). */
export function siteSearchUnits(siteDir: string): PageItem[] {
  const units: PageItem[] = [];
  const minutesDir = join(siteDir, 'minutes');
  for (const id of readdirSync(minutesDir).sort()) {
    let html: string;
    try {
      html = readFileSync(join(minutesDir, id, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const $ = load(html);
    // An item's text is its heading and the decisions under it, as published; the facts and the
    // thread the page adds around them are not part of the minutes' text.
    $('.minutes-body section.agenda-item').each((_, section) => {
      const heading = $(section).children('h2.agenda-heading[id]').first();
      const lines = [heading.text(), ...$(section).children().not('h2.agenda-heading, .item-facts, .item-thread').toArray().map((node) => $(node).text())];
      units.push(unit(`/minutes/${id}/#${heading.attr('id')}`, lines));
    });
    units.push(unit(`/minutes/${id}/`, headerLines($)));
  }
  return units;
}

/** Whether a unit is a meeting's header rather than one of its agenda items. */
export function isHeaderUnit(url: string): boolean {
  return !url.includes('#');
}

/** Units containing the query, with their number of occurrences, by the oracle. */
export function groundTruth(units: readonly PageItem[], query: string): Map<string, number> {
  const folded = oracleFold(query);
  const truth = new Map<string, number>();
  if (!folded) return truth;
  for (const item of units) {
    let count = 0;
    for (let at = item.folded.indexOf(folded); at !== -1; at = item.folded.indexOf(folded, at + 1)) count += 1;
    if (count > 0) truth.set(item.url, count);
  }
  return truth;
}

/** A small seeded generator (mulberry32), so sampled queries are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Random substrings of the units' printed text (1 to maxLength characters, within one line, at
 * least one letter or digit), headers included: every part of the printed document is drawn from.
 */
export function sampleSubstrings(units: readonly PageItem[], count: number, seed: number, maxLength = 16): string[] {
  const random = seededRandom(seed);
  const samples: string[] = [];
  while (samples.length < count) {
    const item = units[Math.floor(random() * units.length)] as PageItem;
    const lines = item.text.split('\n');
    const line = [...(lines[Math.floor(random() * lines.length)] as string)];
    const length = 1 + Math.floor(random() * Math.min(maxLength, line.length));
    const start = Math.floor(random() * (line.length - length + 1));
    const sample = line.slice(start, start + length).join('').trim();
    if (/[\p{L}\p{N}]/u.test(sample)) samples.push(sample);
  }
  return samples;
}

/** Spaces a query may be typed or copied with: ASCII, full-width, non-breaking, a line break. */
const SPACES = [' ', '\u3000', '\u00a0', '\n', '  '];

/**
 * The same substrings spaced differently: every space taken out of those that have some, and a
 * random space put between two characters of those that have none. The oracle decides what they
 * should find (a space between two Latin letters separates words).
 */
export function respaced(samples: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  return samples.flatMap((sample) => {
    if (/\s/u.test(sample)) return [sample.replace(/\s+/gu, '')];
    const chars = [...sample];
    if (chars.length < 2) return [];
    const at = 1 + Math.floor(random() * (chars.length - 1));
    return [[...chars.slice(0, at), SPACES[Math.floor(random() * SPACES.length)], ...chars.slice(at)].join('')];
  });
}

/**
 * The random queries of an evaluation: `count` substrings drawn from every printed part, a quarter
 * of them with their spacing changed (respaced), so queries typed with and without spaces are both measured.
 */
export function randomQueries(units: readonly PageItem[], count: number, seed: number): string[] {
  const spacedCount = Math.floor(count / 4);
  const plain = sampleSubstrings(units, count - spacedCount, seed);
  const spaced = respaced(sampleSubstrings(units, spacedCount * 2, seed + 1), seed + 2).slice(0, spacedCount);
  return [...plain, ...spaced];
}

/** What the search page showed for one query. */
export interface ShownResults {
  query: string;
  /** Agenda-item and meeting links in the order shown. */
  urls: string[];
  /** Excerpt text of each shown hit, … marking cuts. */
  excerpts: string[];
  /** Text of every <mark>. */
  marks: string[];
  /** The count in data-total once loading stopped. */
  total: number;
  /** True when every candidate was checked (no "more" button left). */
  exhausted: boolean;
  /** Milliseconds from navigation start to the first results on screen. */
  firstResultsMs: number;
}

/** When showResults stops clicking "more". */
export interface ShowLimits {
  /** Stop once this many results are on screen. */
  maxShown?: number;
  /** Stop once this many candidate meetings were checked. */
  maxChecked?: number;
  /** Runs once the first results are on screen, before any "more" click (the benchmark counts bytes there). */
  onFirstResults?: () => Promise<void>;
}

/**
 * Waits until the search page has shown its results (or failed), and fails on failure. Watched
 * from inside the page with a MutationObserver rather than a Playwright locator: a locator's first
 * use compiles Playwright's selector engine in the page, while the page is still searching, and
 * that cost 22 ms of the median time to first results on 5,000 minutes.
 */
export async function searchSettled(page: Page, timeoutMs = 60_000): Promise<void> {
  // Source text, so that nothing but this expression runs in the page.
  const state = await page.evaluate(`new Promise((resolve) => {
    const root = document.querySelector('.search-results');
    if (!root) return resolve('no .search-results');
    const settled = () => root.dataset.state === 'done' || root.dataset.state === 'failed';
    if (settled()) return resolve(root.dataset.state);
    const timer = setTimeout(() => resolve('still ' + root.dataset.state + ' after ${timeoutMs} ms'), ${timeoutMs});
    new MutationObserver((_, observer) => {
      if (!settled()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(root.dataset.state);
    }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  })`);
  if (state !== 'done') throw new Error(`search page did not show results: ${String(state)}`);
}

/** Opens /search/?q=… and waits for its results; returns the milliseconds from navigation start to the first results on screen. */
export async function openSearch(page: Page, origin: string, query: string): Promise<number> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  return page.evaluate(() => performance.getEntriesByName('gongkai:search-results')[0]?.startTime ?? performance.now());
}

/**
 * Opens /search/?q=… and reads the results; clicks "more" until everything is shown or a limit is
 * reached.
 */
export async function showResults(page: Page, origin: string, query: string, limits: ShowLimits = {}): Promise<ShownResults> {
  const { maxShown = Infinity, maxChecked = Infinity, onFirstResults } = limits;
  const firstResultsMs = await openSearch(page, origin, query);
  await onFirstResults?.();
  const more = page.locator('.search-more');
  const root = page.locator('.search-results');
  while ((await more.isVisible()) && (await page.locator('.search-hit').count()) < maxShown) {
    // Each click shows results already checked or checks further meetings, whether or not they add results.
    const progress = async () => `${await root.getAttribute('data-shown')}/${await root.getAttribute('data-checked')}`;
    if (Number(await root.getAttribute('data-checked')) >= maxChecked) break;
    const before = await progress();
    await more.click();
    await page.waitForFunction(
      (previous) => {
        const { shown, checked } = document.querySelector<HTMLElement>('.search-results')?.dataset ?? {};
        return `${shown}/${checked}` !== previous;
      },
      before,
    );
  }
  return page.evaluate(
    ({ query, firstResultsMs }) => {
      const root = document.querySelector<HTMLElement>('.search-results');
      const hits = [...document.querySelectorAll('.search-hit')];
      return {
        query,
        urls: hits.map((hit) => new URL(hit.querySelector<HTMLAnchorElement>('h3 a')?.href ?? '').href.replace(location.origin, '')),
        excerpts: hits.map((hit) => hit.querySelector('.search-excerpt')?.textContent ?? ''),
        marks: [...document.querySelectorAll('.search-list mark')].map((mark) => mark.textContent ?? ''),
        total: Number(root?.dataset['total'] ?? 0),
        exhausted: root?.dataset['exhausted'] === 'true',
        firstResultsMs,
      };
    },
    { query, firstResultsMs },
  );
}

/** The search's own folding, for asking the index the page's own question (candidate recall), never for ground truth. */
const candidateFolder = createFolder(ConverterFactory([TSCharacters]));

/**
 * Every candidate meeting Pagefind returns for a query (its minutes page URL), read in the search
 * page through the same Pagefind instance the page uses, so the recall of the candidate stage can be
 * measured beyond what the page shows; null when there are more than `limit` candidates to load.
 */
export async function candidateUrls(page: Page, query: string, limit: number): Promise<{ count: number; urls: string[] | null }> {
  const term = pagefindQuery(candidateFolder.foldQuery(query));
  // Passed as source text: the test runner would otherwise rewrite import() inside the function.
  return page.evaluate(`(async () => {
    const bundle = document.querySelector('.search-results')?.dataset.bundle ?? '/pagefind/';
    const pagefind = await import(bundle + 'pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(term)});
    if (results.length > ${limit}) return { count: results.length, urls: null };
    return { count: results.length, urls: (await Promise.all(results.map((result) => result.data()))).map((data) => data.url) };
  })()`);
}

/** The minutes page an agenda-item URL belongs to. */
function meetingOf(url: string): string {
  return url.split('#', 1)[0] as string;
}

/** How one query scored. */
export interface QueryScore {
  query: string;
  truth: number;
  shownItems: number;
  /**
   * Share of true units (items and headers) found: of those shown when the page showed everything;
   * otherwise of those whose meeting is among Pagefind's candidates (the literal check keeps every
   * part of a candidate that contains the query), when they were loaded.
   */
  recall: number;
  /** How recall was measured: every result shown, every candidate loaded, or only the first page checked. */
  recallBasis: 'shown' | 'candidates' | 'first-page';
  /** Share of shown units that contain the query. */
  precision: number;
  /** The first shown agenda item has as many occurrences as the best true item; null when no item matches. */
  bestFirst: boolean | null;
  /** Excerpts or marks that are not printed text around the query. */
  badExcerpts: string[];
  /** Units the oracle expects and the page did not show (when it showed everything), and units shown that do not contain the query. */
  missed: string[];
  wrong: string[];
}

/** Text with every whitespace removed, for comparing excerpts with the printed text. */
const unspaced = (text: string) => text.replace(/\s+/gu, '');

/** Scores shown results against the oracle's ground truth, headers and agenda items alike. */
export function scoreQuery(units: readonly PageItem[], shown: ShownResults, candidates: string[] | null = null): QueryScore {
  const truth = groundTruth(units, shown.query);
  const folded = oracleFold(shown.query);
  const correct = shown.urls.filter((url) => truth.has(url));
  const wrong = shown.urls.filter((url) => !truth.has(url));
  const candidateSet = new Set(candidates ?? []);
  const recallBasis = shown.exhausted ? 'shown' : candidates ? 'candidates' : 'first-page';
  const shownSet = new Set(shown.urls);
  const missed = recallBasis === 'shown' ? [...truth.keys()].filter((url) => !shownSet.has(url)) : [];
  const found = recallBasis === 'shown' ? correct.length : recallBasis === 'candidates' ? [...truth.keys()].filter((url) => candidateSet.has(meetingOf(url))).length : correct.length;
  const expected = recallBasis === 'first-page' ? Math.min(truth.size, shown.urls.length) : truth.size;
  const itemTruth = [...truth].filter(([url]) => !isHeaderUnit(url));
  // A loop, not Math.max(...): a query such as 的 holds in hundreds of thousands of items at 50,000 minutes, more arguments than a call takes.
  const best = itemTruth.reduce((most, [, count]) => Math.max(most, count), 0);
  const firstItem = shown.urls.find((url) => !isHeaderUnit(url));
  const firstCount = firstItem === undefined ? 0 : (truth.get(firstItem) ?? 0);
  const byUrl = new Map(units.map((item) => [item.url, unspaced(item.text)]));
  const badExcerpts: string[] = [];
  shown.urls.forEach((url, index) => {
    const text = byUrl.get(url);
    if (text === undefined) return;
    for (const piece of (shown.excerpts[index] ?? '').split('…')) {
      if (!text.includes(unspaced(piece))) badExcerpts.push(`${url}: ${piece}`);
    }
  });
  for (const mark of shown.marks) {
    if (!oracleFold(mark).includes(folded)) badExcerpts.push(`mark: ${mark}`);
  }
  return {
    query: shown.query,
    truth: truth.size,
    shownItems: shown.urls.filter((url) => !isHeaderUnit(url)).length,
    recall: expected === 0 ? 1 : Math.min(found, expected) / expected,
    recallBasis,
    precision: shown.urls.length === 0 ? 1 : correct.length / shown.urls.length,
    bestFirst: itemTruth.length === 0 ? null : firstCount === best,
    badExcerpts,
    missed,
    wrong,
  };
}

/**
 * The benchmark's fixed query list (the bench adds seeded random substrings of the corpus): short,
 * long, across word boundaries, names, document numbers, mixed, Latin, variants. `names` are people
 * who appear in the corpus; the first four are queried.
 */
export function benchQueries(names: readonly string[]): string[] {
  return [
    '的', '气', '燃', '德合', '燃气', '作方', '安全', '内燃气', '领域内燃气', '水生态环境', '疫情防控', '知识产权', '对德合作',
    '安全生产重点工作', '原则同意', '会后由市住建局根据会议讨论意见修改完善', '进一步加强相关工作的通知',
    '第22次', '第5号', '2023 年', '〔2021〕', '太政发〔2021〕12号', '〔2019〕3', '12号',
    'PPP', '5G', 'GDP', 'PM2.5', 'app',
    '（一）', '(一)', '燃氣', '環境', 'ＰＰＰ',
    ...names.slice(0, 4),
    // Spaced otherwise than printed, and Latin spaces that count.
    '2021年', '第 7 次', '第7次常务会议', '安全生产 重点工作', 'PM 2.5', 'P PP',
    // Header fields as printed.
    `常务副市长${names[0] ?? ''}`, '基准测试市人民政府办公室 整理', '主送：各镇人民政府', '（此件公开发布）',
  ];
}
