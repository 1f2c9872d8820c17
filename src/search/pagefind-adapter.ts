/**
 * Everything that depends on Pagefind 1.6 itself, in one place and behind one version check
 * (checkPagefindVersion, run by the index build on the bundle Pagefind wrote, before any rewrite). The rest of the search speaks to Pagefind only through openSearchIndex and the build
 * steps below. Each workaround is there for speed, measured in `npm run bench`:
 * - the index chunk size (an unstable environment setting of Pagefind's binary);
 * - Pagefind's start poll, rewritten from 50 ms to a few;
 * - fragments without Pagefind's copy of the coded index text;
 * - preloads of Pagefind's script and wasm, and of the entry and metadata files, named only once
 *   the index is written;
 * - a fetch that inflates Pagefind's gzip files natively;
 * - Pagefind started under a language tag that skips its word segmenter (<html lang> swapped for
 *   the start only).
 * Pagefind is pinned in package.json; a new version stops the build here until each step is checked.
 */
import type { CustomRecord } from 'pagefind';
import type { SearchPart, SearchRecord } from '../schemas/search-record';
import type { Candidate, FilterCounts, Meeting } from './candidate-run';
import type { Folder } from './folding';
import { SEARCH_INDEX_LANGUAGE, indexContent, pagefindQuery } from './index-terms';
import { inSortOrder, placesInOrder, publishedOrderFile } from './page-order';
import { pagefindFilters, type SearchState } from './state';

/** The Pagefind version every workaround below was written and measured against. */
export const PAGEFIND_VERSION = '1.6.0';

/** Fails unless `version` (of the bundle file named by `where`) is PAGEFIND_VERSION. */
export function checkPagefindVersion(version: unknown, where: string): void {
  if (version !== PAGEFIND_VERSION) {
    throw new Error(`${where}: Pagefind ${String(version)} found, the search is adapted to ${PAGEFIND_VERSION} (src/search/pagefind-adapter.ts); check each adaptation before changing the pin`);
  }
}

// ---- Build: records, index settings and rewrites of the written bundle ----

/**
 * The Pagefind record of one minutes document: indexed under the terms of all its parts, and
 * carrying the parts' original text and filters in its metadata (read back by readMeeting), from
 * which the browser checks and shows each part.
 */
export function pagefindRecord(folder: Folder, record: SearchRecord): CustomRecord {
  const pairs = folder.simplifiedPairs([record.title, ...record.parts.map((part) => part.text)]);
  return {
    url: record.url,
    content: indexContent(
      folder,
      record.parts.filter((part) => part.id).map((part) => part.text),
      record.parts.filter((part) => !part.id).map((part) => part.text).join('\n'),
    ),
    language: SEARCH_INDEX_LANGUAGE,
    // The record's traditional characters with their simplified forms, so the browser checks it without the dictionary;
    // every record has the field, empty when it needs none, so every index shard has the same metadata fields.
    meta: { title: record.title, date: record.date, published: record.published, dateText: record.dateText, parts: JSON.stringify(record.parts), simplified: pairs ?? '' },
    filters: record.filters,
    // No sort: the browser orders the pages itself (page-order.ts), and Pagefind's sorts would be in the metadata every search loads.
  };
}

/**
 * Pagefind's target size of one index chunk (the default is about 16,000). Every term of a query
 * costs the browser one chunk, so smaller chunks mean fewer bytes per search; the price is a longer
 * chunk list in the metadata every search loads. Measured on 5,000 generated minutes: chunks
 * 20 KB → 12 KB median, metadata 57 KB → 64 KB.
 */
export const INDEX_CHUNK_SIZE = 10000;

const INDEX_ENVIRONMENT = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) } as const;

/** Puts the index settings into `env` (read by the Pagefind binary the build starts); returns what puts `env` back. */
export function setIndexEnvironment(env: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(INDEX_ENVIRONMENT).map((key) => [key, env[key]]));
  Object.assign(env, INDEX_ENVIRONMENT);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
  };
}

/**
 * Pagefind's search waits for its own start by checking every 50 ms, so a search asked for while
 * the index loads began up to 50 ms after the index was ready (5–45 ms of the time to first
 * results on 5,000 minutes). This is that wait, exactly as the bundled pagefind.js writes it.
 */
const START_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

/** Milliseconds between checks once rewritten. */
export const START_CHECK_MS = 4;

/** Pagefind's script with the shorter wait; fails unless the script holds the wait exactly once. */
export function withPromptStart(script: string): string {
  const found = script.split(START_WAIT).length - 1;
  if (found !== 1) throw new Error(`pagefind.js: expected Pagefind ${PAGEFIND_VERSION}'s start wait once, found it ${found} times; check the Pagefind version`);
  return script.replace(START_WAIT, START_WAIT.replace('asyncSleep(50)', `asyncSleep(${START_CHECK_MS})`));
}

interface Fragment {
  url: string;
  content: string;
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';
}

/**
 * A fragment file's payload (one fragment, or a group keyed by page hash) with every fragment's
 * content empty. Pagefind keeps a record's indexed content there for its own excerpts; ours is the
 * coded terms, which the page never shows (5.7 KB → 2.5 KB per meeting, gzip). Fails on anything
 * else, naming the file, so a change of Pagefind's format stops the build.
 */
export function withoutIndexedContent(payload: string, name: string): string {
  const data: unknown = JSON.parse(payload);
  const empty = (fragment: Fragment) => ({ ...fragment, content: '' });
  if (isFragment(data)) return JSON.stringify(empty(data));
  const group = typeof data === 'object' && data !== null ? Object.entries(data) : [];
  if (group.length > 0 && group.every(([, fragment]) => isFragment(fragment))) {
    return JSON.stringify(Object.fromEntries(group.map(([hash, fragment]) => [hash, empty(fragment as Fragment)])));
  }
  throw new Error(`${name}: neither a Pagefind fragment nor a group of fragments`);
}

/** Pagefind's runtime files the search page preloads with its own script (search.astro): the script and its wasm. */
export const PAGEFIND_RUNTIME = { script: 'pagefind.js', wasm: 'wasm.unknown.pagefind' } as const;

/** What the search page needs to know about a written index. */
export interface IndexFiles {
  /** Public URL of the Pagefind bundle, ending in '/'. */
  bundleUrl: string;
  /** The index's hash (from pagefind-entry.json), used as Pagefind's metaCacheTag. */
  tag: string;
}

/** The attribute the results element carries the tag in; SearchResults.astro writes it empty. */
export const INDEX_TAG_ATTRIBUTE = 'data-index-tag';

/**
 * The search page with preload links for the entry file (as Pagefind asks for it when given the
 * tag) and the metadata file, and the tag on the results element, so the page fetches them with
 * its own script instead of after Pagefind has started. Fails unless the page has exactly one empty
 * tag attribute and one </head>.
 */
export function withIndexPreloads(html: string, { bundleUrl, tag }: IndexFiles): string {
  const empty = `${INDEX_TAG_ATTRIBUTE}=""`;
  if (html.split(empty).length !== 2 || html.split('</head>').length !== 2) {
    throw new Error(`the search page must have one ${empty} and one </head>`);
  }
  const preload = (file: string) => `<link rel="preload" href="${bundleUrl}${file}" as="fetch" crossorigin="anonymous">`;
  const links = preload(`pagefind-entry.json?ts=${encodeURIComponent(tag)}`) + preload(`pagefind.${tag}.pf_meta`);
  return html.replace('</head>', `${links}</head>`).replace(empty, `${INDEX_TAG_ATTRIBUTE}="${tag}"`);
}

// ---- Browser: starting Pagefind and asking it for candidates ----

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

function pathOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * A fetch that inflates gzip responses for files under `bundlePath` with the browser's own
 * DecompressionStream; Pagefind would inflate them in JavaScript (a tenth of the time to first
 * results). Every other response, and bundle files that arrive inflated, pass through unchanged.
 */
export function withNativeDecompression(fetcher: typeof fetch, bundlePath: string): typeof fetch {
  return async (input, init) => {
    const response = await fetcher(input, init);
    if (!response.ok || !pathOf(input).includes(bundlePath)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { status, statusText } = response;
    if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new Response(bytes, { status, statusText });
    // A Response makes the bytes a stream without a Blob's round trip through the browser's blob store (3.5 → 1 ms per file).
    const stream = new Response(bytes).body;
    if (!stream) throw new Error(`no body to inflate for ${pathOf(input)}`);
    return new Response(stream.pipeThrough(new DecompressionStream('gzip')), { status, statusText });
  };
}

/**
 * The language Pagefind starts under. Under the page's zh-CN it would run every query through the
 * browser's Chinese word segmenter, and under any valid tag through an Intl.Segmenter, whose first
 * use costs 15–25 ms (about 50 ms of the time to first results on 5,000 minutes). The coded query
 * terms need neither: under a tag Intl rejects, Pagefind takes the query character by character,
 * and it finds the index by the tag's first subtag, the index language.
 */
const PAGEFIND_START_LANGUAGE = `${SEARCH_INDEX_LANGUAGE}-x`;

interface PagefindResult {
  /** The page's name (page-order.ts). */
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string, options: Record<string, unknown>): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
}

/** The index as the search page uses it. */
export interface SearchIndex {
  /** Candidate meetings for a folded query under the state's filters and sort; null when Pagefind dropped the search for a newer one. */
  search(folded: string, state: SearchState): Promise<{ candidates: Candidate[]; filterCounts: FilterCounts } | null>;
  /** Filter counts for the same search, once every filter chunk is loaded (after the first results). */
  filterCounts(folded: string, state: SearchState): Promise<FilterCounts | null>;
}

/** Pagefind's ranking: length normalisation off and a high saturation, so an item with more occurrences ranks higher, however long it is. */
export const PAGEFIND_RANKING: Readonly<{ pageLength: number; termSaturation: number; termFrequency?: number }> = { pageLength: 0, termSaturation: 2 };

/** Whether a ranking reads the pages' word counts: only to weigh page length, or raw term frequency (termFrequency below its default 1). */
export function rankingReadsWordCounts(ranking: typeof PAGEFIND_RANKING): boolean {
  return ranking.pageLength !== 0 || (ranking.termFrequency ?? 1) !== 1;
}

/** Where the bundle is and the index tag the build wrote into the page. */
export interface IndexLocation {
  bundle: string;
  tag: string | undefined;
}

/** Starts Pagefind from `bundle` in the page's window. */
export async function openSearchIndex(doc: Document, { bundle, tag }: IndexLocation): Promise<SearchIndex> {
  const view = doc.defaultView;
  if (view && typeof DecompressionStream === 'function') view.fetch = withNativeDecompression(view.fetch.bind(view), bundle);
  const pagefind = (await import(/* @vite-ignore */ `${bundle}${PAGEFIND_RUNTIME.script}`)) as Pagefind;
  // On the main thread (noWorker): one file less to fetch, and the page can preload the wasm.
  // The index's hash as cache tag: the page preloads the entry and metadata files under it.
  await pagefind.options({ noWorker: true, ranking: PAGEFIND_RANKING, ...(tag ? { metaCacheTag: tag } : {}) });
  // Pagefind reads its language from <html lang> as it starts; the page's own is back before anything can read or announce it.
  const html = doc.documentElement;
  const pageLang = html.getAttribute('lang');
  html.setAttribute('lang', PAGEFIND_START_LANGUAGE);
  let started: Promise<void>;
  try {
    started = pagefind.init();
  } finally {
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
  }
  await started;
  let filtersLoaded: Promise<unknown> | null = null;
  let publishedPlaces: Promise<Int32Array> | null = null;
  const ask = (folded: string, state: SearchState) => pagefind.search(pagefindQuery(folded), { filters: pagefindFilters(state.filters) });
  return {
    async search(folded, state) {
      // Fetched while Pagefind searches; once per page.
      const places = state.sort === 'published' ? (publishedPlaces ??= readPublishedPlaces(bundle, tag)) : undefined;
      const found = await ask(folded, state);
      if (!found) return null;
      const results = inSortOrder(found.results, state.sort, await places);
      return { candidates: results.map((result) => ({ load: async () => readMeeting(await result.data()) })), filterCounts: found.filters };
    },
    async filterCounts(folded, state) {
      filtersLoaded ??= pagefind.filters();
      await filtersLoaded;
      return (await ask(folded, state))?.filters ?? null;
    },
  };
}

/** Each page's place in the 发布日期 order the index build wrote beside the index (named by the index's hash, read from the entry file when the page has none). */
async function readPublishedPlaces(bundle: string, tag: string | undefined): Promise<Int32Array> {
  const json = async (file: string): Promise<unknown> => {
    const response = await fetch(`${bundle}${file}`);
    if (!response.ok) throw new Error(`${bundle}${file}: ${response.status} ${response.statusText}`);
    return response.json();
  };
  const hash = tag ?? indexHashOf(await json('pagefind-entry.json'));
  const order = await json(publishedOrderFile(hash));
  if (!Array.isArray(order)) throw new Error(`${bundle}${publishedOrderFile(hash)}: not a list of pages`);
  return placesInOrder(order as number[]);
}

/** The hash of the index in pagefind-entry.json. */
function indexHashOf(entry: unknown): string {
  const hash = (entry as { languages?: Record<string, { hash?: unknown }> } | null)?.languages?.[SEARCH_INDEX_LANGUAGE]?.hash;
  if (typeof hash !== 'string') throw new Error(`pagefind-entry.json names no ${SEARCH_INDEX_LANGUAGE} index`);
  return hash;
}

/** A candidate meeting from the metadata its Pagefind record carries (written by the index build). */
export function readMeeting({ url, meta }: { url: string; meta: Record<string, string | undefined> }): Meeting {
  return { url, title: meta['title'] ?? '', date: meta['date'] ?? '', published: meta['published'] ?? '', dateText: meta['dateText'] ?? '', parts: JSON.parse(meta['parts'] ?? '[]') as SearchPart[], simplified: meta['simplified'] ?? '' };
}
