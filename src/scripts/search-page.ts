/**
 * The search page's only client code. Reads the search state from the URL, asks the Pagefind
 * index for candidates under the same two-character terms the index was built with, checks each
 * candidate literally against its original text, and shows the confirmed agenda items grouped
 * under their meetings with excerpts rebuilt from the original text. Filters and sort live in the
 * URL, so results can be shared and the back button returns to the previous state.
 */
import type { SearchFilterKey, SearchPart, SearchRecord } from '../schemas/search-record';
import { withNativeDecompression } from '../utils/native-decompression';
import { byDate, byRelevance, countIn, groupByMeeting, type VerifiedHit } from '../utils/search-ranking';
import {
  SEARCH_FILTER_KEYS,
  pagefindFilters,
  partPassesFilters,
  readSearchState,
  searchStateParams,
  toggleFilter,
  type SearchState,
} from '../utils/search-state';
import { SEARCH_INDEX_LANGUAGE, excerpt, foldQuery, isSearchable, learnSimplified, loadSimplifier, needsSimplifier, pagefindQuery } from '../utils/search-text';
import { fillTemplate } from '../utils/text';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

/** Interface strings, handed over by SearchResults.astro. */
export interface SearchStrings {
  lang: string;
  loading: string;
  count: string;
  countApprox: string;
  none: string;
  noneFiltered: string;
  prompt: string;
  failed: string;
  more: string;
  filtersHeading: string;
  clearFilters: string;
  sortLabel: string;
  sortRelevance: string;
  sortDate: string;
  filterCount: string;
  filterCountNote: string;
  filterLabels: Record<SearchFilterKey, string>;
}

/** Characters of the body shown when only the title matched. */
const EXCERPT_FALLBACK = 80;

/** Results shown at first and added by each "more" click. */
const PAGE_SIZE = 10;

/**
 * Candidate meetings fetched and checked together for one screen of results: all at once, since a
 * round trip costs more than a few extra records of about 2.5 KB. A query whose index words occur
 * in many meetings without the literal text stops there and offers "more" instead of fetching
 * them all.
 */
const CHECK_LIMIT = 10;

/**
 * The language Pagefind starts under. Under the page's zh-CN it would run every query through the
 * browser's Chinese word segmenter, and under any valid tag through an Intl.Segmenter, whose first
 * use costs 15–25 ms (measured: about 50 ms of the time to first results on 5,000 minutes). The
 * coded query terms need neither: under a tag Intl rejects, Pagefind takes the query character by
 * character, and it finds the index by the tag's first subtag, the index language.
 */
const PAGEFIND_START_LANGUAGE = `${SEARCH_INDEX_LANGUAGE}-x`;

/** One search in progress: the candidate meetings still to check and the hits confirmed so far. */
interface Run {
  state: SearchState;
  folded: string;
  candidates: PagefindResult[];
  /** Next candidate to check. */
  next: number;
  hits: VerifiedHit[];
  /** Hits on screen: the first `shown` of `hits`; the rest wait for "more". */
  shown: number;
  filterCounts: Record<string, Record<string, number>>;
}

export async function runSearchPage(doc: Document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('.search-results');
  if (!root) return;
  const page = new SearchPage(doc, root);
  doc.defaultView?.addEventListener('popstate', () => void page.show(readSearchState(new URLSearchParams(doc.location.search))));
  await page.show(readSearchState(new URLSearchParams(doc.location.search)));
}

class SearchPage {
  private readonly strings: SearchStrings;
  private readonly status: HTMLElement;
  private readonly controls: HTMLFormElement;
  private readonly list: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private pagefind: Promise<Pagefind> | null = null;
  private filtersLoaded: Promise<unknown> | null = null;
  private loadingMore = false;
  private run: Run | null = null;
  /** Counts searches, so an answer to an older one is dropped. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
  ) {
    this.strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
    this.status = this.part('.search-status');
    this.controls = this.part<HTMLFormElement>('.search-controls');
    this.list = this.part('.search-list');
    this.more = this.part<HTMLButtonElement>('.search-more');
    this.empty = this.part('.search-empty');
    this.more.addEventListener('click', () => void this.showMore());
    this.controls.addEventListener('change', (event) => this.onControlChange(event));
    this.controls.addEventListener('submit', (event) => event.preventDefault());
  }

  private part<E extends HTMLElement = HTMLElement>(selector: string): E {
    const element = this.root.querySelector<E>(selector);
    if (!element) throw new Error(`search page is missing ${selector}`);
    return element;
  }

  /** Shows the results of a state; the URL is already that state's. */
  async show(state: SearchState): Promise<void> {
    const generation = ++this.generation;
    for (const input of this.doc.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = state.query;
    if (needsSimplifier(state.query)) await loadSimplifier();
    if (generation !== this.generation) return;
    const folded = foldQuery(state.query);
    if (!state.query || !isSearchable(folded)) {
      this.run = null;
      this.list.replaceChildren();
      this.controls.replaceChildren();
      this.more.hidden = true;
      this.empty.hidden = !state.query;
      this.setStatus(state.query ? fillTemplate(this.strings.none, { query: state.query }) : this.strings.prompt, 'done');
      return;
    }
    this.setStatus(this.strings.loading, 'loading');
    delete this.root.dataset['filters'];
    try {
      const pagefind = await this.loadPagefind();
      const search = await pagefind.search(pagefindQuery(folded), {
        filters: pagefindFilters(state.filters),
        ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}),
      });
      if (generation !== this.generation || !search) return;
      const run: Run = { state, folded, candidates: search.results, next: 0, hits: [], shown: 0, filterCounts: search.filters };
      await this.showNextPage(run);
      if (generation !== this.generation) return;
      this.run = run;
      this.render(run, 0);
      performance.mark('gongkai:search-results');
      await this.loadFilterCounts(pagefind, run, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.setStatus(this.strings.failed, 'failed');
      console.error(error);
    }
  }

  /**
   * Filter counts need every filter chunk of the index, so they are fetched after the first results
   * are on screen; then the same search is asked again for its counts (its index chunks are cached).
   */
  private async loadFilterCounts(pagefind: Pagefind, run: Run, generation: number): Promise<void> {
    this.filtersLoaded ??= pagefind.filters();
    await this.filtersLoaded;
    const search = await pagefind.search(pagefindQuery(run.folded), { filters: pagefindFilters(run.state.filters) });
    if (generation !== this.generation || !search) return;
    run.filterCounts = search.filters;
    this.renderControls(run);
    this.root.dataset['filters'] = 'ready';
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const bundle = this.root.dataset['bundle'] ?? '/pagefind/';
      // Pagefind fetches through the page's fetch; its gzip files are then inflated natively, not in JavaScript.
      const view = this.doc.defaultView;
      if (view && typeof DecompressionStream === 'function') view.fetch = withNativeDecompression(view.fetch.bind(view), bundle);
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Length normalisation off and a high saturation: an item with more occurrences ranks higher, however long it is.
      // The search runs on the main thread (noWorker): one file less to fetch, and the page can preload the wasm.
      // The index's hash as cache tag: the page preloads the entry and metadata files under it.
      const metaCacheTag = this.root.dataset['indexTag'] || undefined;
      await pagefind.options({ noWorker: true, ranking: { pageLength: 0, termSaturation: 2 }, ...(metaCacheTag ? { metaCacheTag } : {}) });
      // Pagefind takes its language from <html lang> as it starts; the page's own lang is back
      // before anything can read or announce it.
      const html = this.doc.documentElement;
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
      return pagefind;
    })();
    return this.pagefind;
  }

  /**
   * Puts up to PAGE_SIZE more hits on screen. Unless enough hits wait already, the next
   * CHECK_LIMIT candidate meetings in Pagefind's order are fetched and checked; the new hits are
   * ordered by occurrences (or date), and those beyond the page wait.
   */
  private async showNextPage(run: Run): Promise<void> {
    const target = run.shown + PAGE_SIZE;
    if (run.hits.length < target && run.next < run.candidates.length) {
      const start = run.next;
      const batch = run.candidates.slice(start, start + CHECK_LIMIT);
      run.next += batch.length;
      const meetings = (await Promise.all(batch.map((candidate) => candidate.data()))).map(readMeeting);
      for (const meeting of meetings) learnSimplified(meeting.simplified);
      // Only the texts are folded; filter values (department names) are compared as they are.
      if (meetings.some((meeting) => needsSimplifier(meeting.title) || meeting.parts.some((part) => needsSimplifier(part.text)))) await loadSimplifier();
      const confirmed = meetings.flatMap((meeting, offset) => verify(meeting, run.folded, run.state.filters, start + offset));
      confirmed.sort(run.state.sort === 'date' ? byDate : byRelevance);
      run.hits.push(...confirmed);
    }
    run.shown = Math.min(run.hits.length, target);
  }

  private async showMore(): Promise<void> {
    const run = this.run;
    if (!run || this.loadingMore) return;
    const shownBefore = run.shown;
    // The button stays enabled (a disabled button would drop the keyboard focus); a flag stops double loads.
    this.loadingMore = true;
    this.more.setAttribute('aria-busy', 'true');
    try {
      await this.showNextPage(run);
    } finally {
      this.loadingMore = false;
      this.more.removeAttribute('aria-busy');
    }
    if (run !== this.run) return;
    this.render(run, shownBefore);
  }

  private onControlChange(event: Event): void {
    const run = this.run;
    const target = event.target;
    if (!run || !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    let state = run.state;
    if (target instanceof HTMLSelectElement && target.name === 'sort') {
      state = { ...state, sort: target.value === 'date' ? 'date' : 'relevance' };
    } else if (target instanceof HTMLInputElement && isFilterKey(target.name)) {
      state = toggleFilter(state, target.name, target.value, target.checked);
    } else {
      return;
    }
    this.navigate(state);
  }

  private navigate(state: SearchState): void {
    const query = searchStateParams(state).toString();
    this.doc.defaultView?.history.pushState(null, '', `${this.doc.location.pathname}${query ? `?${query}` : ''}`);
    void this.show(state);
  }

  private setStatus(text: string, state: 'loading' | 'done' | 'failed'): void {
    this.status.textContent = text;
    this.root.dataset['state'] = state;
  }

  /** Draws the hits on screen; when `firstNew` > 0 the focus moves to the first hit added by "more". */
  private render(run: Run, firstNew: number): void {
    const { strings } = this;
    const checkedAll = run.next >= run.candidates.length;
    const exhausted = checkedAll && run.shown >= run.hits.length;
    const filtered = Object.keys(run.state.filters).length > 0;
    this.renderControls(run);
    const shown = run.hits.slice(0, run.shown);
    this.list.replaceChildren(...groupByMeeting(shown).map((hits) => this.renderGroup(hits)));
    this.more.hidden = exhausted;
    this.empty.hidden = run.hits.length > 0 || !checkedAll;
    this.more.textContent = strings.more;
    this.root.dataset['total'] = String(run.hits.length);
    this.root.dataset['shown'] = String(run.shown);
    this.root.dataset['checked'] = String(run.next);
    this.root.dataset['exhausted'] = String(exhausted);
    const meetings = new Set(run.hits.map((hit) => hit.meetingUrl)).size;
    const values = { query: run.state.query, count: run.hits.length, meetings, remaining: run.candidates.length - run.next };
    if (checkedAll && run.hits.length === 0) {
      this.setStatus(fillTemplate(filtered ? strings.noneFiltered : strings.none, values), 'done');
    } else {
      this.setStatus(fillTemplate(checkedAll ? strings.count : strings.countApprox, values), 'done');
    }
    if (firstNew > 0) {
      const firstAdded = run.hits[firstNew];
      const link = firstAdded && this.list.querySelector<HTMLAnchorElement>(`.search-hit h3 a[href="${CSS.escape(firstAdded.url)}"]`);
      link?.focus();
    }
  }

  private renderGroup(hits: Run['hits']): HTMLElement {
    const doc = this.doc;
    const first = hits[0] as Run['hits'][number];
    const section = doc.createElement('section');
    section.className = 'search-group';
    const heading = doc.createElement('h2');
    const link = doc.createElement('a');
    link.href = first.meetingUrl;
    link.textContent = first.meetingTitle;
    const date = doc.createElement('time');
    date.dateTime = first.date;
    date.textContent = first.dateText;
    heading.append(link, ' ', date);
    const list = doc.createElement('ol');
    list.className = 'search-hits';
    for (const hit of hits) {
      const item = doc.createElement('li');
      item.className = 'search-hit';
      const title = doc.createElement('h3');
      const hitLink = doc.createElement('a');
      hitLink.href = hit.url;
      hitLink.append(...marked(doc, excerpt(hit.title, this.run?.folded ?? '', 200), hit.title));
      title.append(hitLink);
      const quote = doc.createElement('p');
      quote.className = 'search-excerpt';
      const body = hit.text.startsWith(`${hit.title}\n`) ? hit.text.slice(hit.title.length + 1) : hit.text;
      const bodyParts = excerpt(body, this.run?.folded ?? '');
      quote.append(...marked(doc, bodyParts, body.length > EXCERPT_FALLBACK ? `${body.slice(0, EXCERPT_FALLBACK)}…` : body));
      item.append(title, quote);
      list.append(item);
    }
    section.append(heading, list);
    return section;
  }

  private renderControls(run: Run): void {
    const { doc, strings } = this;
    const focused = doc.activeElement;
    const focusKey = focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement ? `${focused.name}=${focused.value}` : null;
    const heading = doc.createElement('h2');
    heading.className = 'visually-hidden';
    heading.textContent = strings.filtersHeading;
    const sortLabel = doc.createElement('label');
    sortLabel.className = 'search-sort';
    const sort = doc.createElement('select');
    sort.name = 'sort';
    for (const [value, label] of [['relevance', strings.sortRelevance], ['date', strings.sortDate]] as const) {
      const option = doc.createElement('option');
      option.value = value;
      option.textContent = label;
      option.selected = run.state.sort === value;
      sort.append(option);
    }
    sortLabel.append(strings.sortLabel, ' ', sort);
    const fieldsets = SEARCH_FILTER_KEYS.map((key) => this.renderFilter(run, key)).filter((fieldset) => fieldset !== null);
    const parts: HTMLElement[] = [heading, sortLabel];
    if (fieldsets.length > 0) {
      const note = doc.createElement('p');
      note.className = 'search-filter-note';
      note.textContent = strings.filterCountNote;
      parts.push(note, ...fieldsets);
    }
    if (Object.keys(run.state.filters).length > 0) {
      const clear = doc.createElement('button');
      clear.type = 'button';
      clear.className = 'search-clear';
      clear.textContent = strings.clearFilters;
      clear.addEventListener('click', () => this.navigate({ ...run.state, filters: {} }));
      parts.push(clear);
    }
    this.controls.replaceChildren(...parts);
    if (focusKey) {
      const again = [...this.controls.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].find(
        (control) => `${control.name}=${control.value}` === focusKey || (control.name === 'sort' && focusKey.startsWith('sort=')),
      );
      again?.focus();
    }
  }

  private renderFilter(run: Run, key: SearchFilterKey): HTMLFieldSetElement | null {
    const { doc, strings } = this;
    const counts = run.filterCounts[key] ?? {};
    const chosen = run.state.filters[key] ?? [];
    const values = [...new Set([...Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0), ...chosen])];
    if (values.length === 0) return null;
    const collator = new Intl.Collator(strings.lang, { numeric: true });
    values.sort(key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
    const fieldset = doc.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = doc.createElement('legend');
    legend.textContent = strings.filterLabels[key];
    fieldset.append(legend);
    for (const value of values) {
      const label = doc.createElement('label');
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.includes(value);
      const count = doc.createElement('span');
      count.className = 'search-filter-count';
      count.textContent = fillTemplate(strings.filterCount, { count: counts[value] ?? 0 });
      label.append(box, ' ', value, ' ', count);
      fieldset.append(label);
    }
    return fieldset;
  }
}

function isFilterKey(name: string): name is SearchFilterKey {
  return (SEARCH_FILTER_KEYS as readonly string[]).includes(name);
}

/** A candidate meeting as its search record carries it. */
type Meeting = Pick<SearchRecord, 'url' | 'title' | 'date' | 'dateText' | 'parts'> & {
  /** Its traditional characters with their simplified forms (see learnSimplified). */
  simplified: string;
};

function readMeeting({ url, meta }: PagefindResultData): Meeting {
  return { url, title: meta['title'] ?? '', date: meta['date'] ?? '', dateText: meta['dateText'] ?? '', parts: JSON.parse(meta['parts'] ?? '[]') as SearchPart[], simplified: meta['simplified'] ?? '' };
}

/**
 * The confirmed hits of one candidate meeting: each of its parts (header fields, agenda items) whose
 * original text contains the query and which passes the chosen item filters.
 */
function verify(meeting: Meeting, folded: string, filters: SearchState['filters'], order: number): Run['hits'] {
  return meeting.parts.flatMap((part) => {
    if (!partPassesFilters(part.filters, filters)) return [];
    const count = countIn(part.text, folded);
    if (count === 0) return [];
    const title = part.id ? (part.text.split('\n', 1)[0] as string) : meeting.title;
    const url = part.id ? `${meeting.url}#${part.id}` : meeting.url;
    return [{ url, title, text: part.text, date: meeting.date, dateText: meeting.dateText, meetingUrl: meeting.url, meetingTitle: meeting.title, order, count, titleCount: countIn(title, folded) }];
  });
}

/** Text nodes and <mark> elements for an excerpt; `fallback` when the text holds no match. */
function marked(doc: Document, parts: ReturnType<typeof excerpt>, fallback: string): Node[] {
  if (parts.length === 0) return [doc.createTextNode(fallback)];
  return parts.map((part) => {
    if (!part.mark) return doc.createTextNode(part.text);
    const mark = doc.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
