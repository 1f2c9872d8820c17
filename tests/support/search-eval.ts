/**
 * The search evaluation shared by the test suite (over the fixture site) and `npm run bench` (over
 * generated minutes): literal-substring ground truth read from the built minutes pages, a driver
 * that reads what the search page shows in Chromium, and the scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { foldQuery, foldText, loadSimplifier, occurrences, pagefindQuery } from '../../src/utils/search-text';

// Ground truth folds traditional characters as the index does.
await loadSimplifier();

/** One agenda item as the built page shows it. */
export interface PageItem {
  /** /minutes/<id>/#item-N */
  url: string;
  /** Heading and paragraphs, one line each. */
  text: string;
  /** The same text folded for matching (NFKC, lower case, simplified). */
  folded: string;
}

/** Every agenda item of a built site, read from the minutes pages' HTML (not from the search records). */
export function siteAgendaItems(siteDir: string): PageItem[] {
  const items: PageItem[] = [];
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
      const lines = [heading.text()];
      $(section)
        .children()
        .not('h2.agenda-heading, .item-facts, .item-thread')
        .each((__, node) => {
          lines.push($(node).text());
        });
      const text = lines.map((line) => line.replace(/\s*\n\s*/g, '').trim()).filter(Boolean).join('\n');
      items.push({ url: `/minutes/${id}/#${heading.attr('id')}`, text, folded: foldText(text).folded });
    });
  }
  return items;
}

/** Items containing the query, with their number of occurrences. */
export function groundTruth(items: readonly PageItem[], query: string): Map<string, number> {
  const folded = foldQuery(query);
  const truth = new Map<string, number>();
  for (const item of items) {
    const count = occurrences(item.folded, folded).length;
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

/** Random substrings of the items' text (1 to maxLength characters, within one line, at least one letter or digit). */
export function sampleSubstrings(items: readonly PageItem[], count: number, seed: number, maxLength = 16): string[] {
  const random = seededRandom(seed);
  const samples: string[] = [];
  while (samples.length < count) {
    const item = items[Math.floor(random() * items.length)] as PageItem;
    const lines = item.text.split('\n');
    const line = [...(lines[Math.floor(random() * lines.length)] as string)];
    const length = 1 + Math.floor(random() * Math.min(maxLength, line.length));
    const start = Math.floor(random() * (line.length - length + 1));
    const sample = line.slice(start, start + length).join('').trim();
    if (/[\p{L}\p{N}]/u.test(sample)) samples.push(sample);
  }
  return samples;
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

/**
 * Every candidate meeting Pagefind returns for a query (its minutes page URL), read in the search
 * page through the same Pagefind instance the page uses, so the recall of the candidate stage can be
 * measured beyond what the page shows; null when there are more than `limit` candidates to load.
 */
export async function candidateUrls(page: Page, query: string, limit: number): Promise<{ count: number; urls: string[] | null }> {
  const term = pagefindQuery(foldQuery(query));
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
   * Share of true items found: of those shown when the page showed everything; otherwise of those
   * whose meeting is among Pagefind's candidates (the literal check keeps every part of a candidate
   * that contains the query), when they were loaded.
   */
  recall: number;
  /** How recall was measured: every result shown, every candidate loaded, or only the first page checked. */
  recallBasis: 'shown' | 'candidates' | 'first-page';
  /** Share of shown items that contain the query. */
  precision: number;
  /** The first shown item has as many occurrences as the best true item; null when nothing matches. */
  bestFirst: boolean | null;
  /** Excerpts or marks that are not original text around the query. */
  badExcerpts: string[];
}

/** Scores shown results against the ground truth; only agenda-item links count for recall and precision. */
export function scoreQuery(items: readonly PageItem[], shown: ShownResults, candidates: string[] | null = null): QueryScore {
  const truth = groundTruth(items, shown.query);
  const folded = foldQuery(shown.query);
  const itemUrls = shown.urls.filter((url) => url.includes('#item-'));
  const correct = itemUrls.filter((url) => truth.has(url)).length;
  const candidateSet = new Set(candidates ?? []);
  const recallBasis = shown.exhausted ? 'shown' : candidates ? 'candidates' : 'first-page';
  const found = recallBasis === 'shown' ? correct : recallBasis === 'candidates' ? [...truth.keys()].filter((url) => candidateSet.has(meetingOf(url))).length : correct;
  const expected = recallBasis === 'first-page' ? Math.min(truth.size, itemUrls.length) : truth.size;
  const best = Math.max(0, ...truth.values());
  const firstCount = itemUrls[0] === undefined ? 0 : (truth.get(itemUrls[0]) ?? 0);
  const byUrl = new Map(items.map((item) => [item.url, item.text]));
  const badExcerpts: string[] = [];
  shown.urls.forEach((url, index) => {
    const text = byUrl.get(url);
    const excerptText = shown.excerpts[index] ?? '';
    if (text === undefined) return;
    for (const piece of excerptText.split('…')) {
      if (!text.replace(/\n/g, '').includes(piece.replace(/\n/g, ''))) badExcerpts.push(`${url}: ${piece}`);
    }
  });
  for (const mark of shown.marks) {
    if (!foldText(mark).folded.includes(folded)) badExcerpts.push(`mark: ${mark}`);
  }
  return {
    query: shown.query,
    truth: truth.size,
    shownItems: itemUrls.length,
    recall: expected === 0 ? 1 : Math.min(found, expected) / expected,
    recallBasis,
    precision: itemUrls.length === 0 ? 1 : correct / itemUrls.length,
    bestFirst: truth.size === 0 ? null : firstCount === best,
    badExcerpts,
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
  ];
}
