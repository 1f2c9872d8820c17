/**
 * The search page's only client code: reads the search state from the URL, asks the index for
 * candidate meetings (pagefind-adapter.ts), checks them a page at a time (candidate-run.ts) and
 * draws the confirmed hits (page-view.ts). Filters and sort live in the URL, so results can be
 * shared and the back button returns to the previous state.
 */
import type { SearchFilterKey } from '../schemas/search-record';
import { showNextPage, startRun, type Run } from './candidate-run';
import { SEARCH_FILTER_KEYS } from './filter-keys';
import { createFolder, isSearchable, type Folder } from './folding';
import { queryMatcher, searchStrategyOf, type SearchStrategy } from './matching';
import { openSearchIndex, type SearchIndex } from './pagefind-adapter';
import { SearchView } from './page-view';
import { readSearchState, searchSortOf, searchStateParams, toggleFilter, type SearchState } from './state';
import type { SearchStrings } from './strings';

export async function runSearchPage(doc: Document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('.search-results');
  if (!root) return;
  const page = new SearchPage(doc, root);
  const stateOfUrl = () => readSearchState(new URLSearchParams(doc.location.search));
  doc.defaultView?.addEventListener('popstate', () => void page.show(stateOfUrl()));
  await page.show(stateOfUrl());
}

class SearchPage {
  private readonly folder: Folder = createFolder();
  private readonly view: SearchView;
  private readonly strings: SearchStrings;
  /** How queries match, from the page's language: the one place the rule is chosen. */
  private readonly strategy: SearchStrategy;
  private index: Promise<SearchIndex> | null = null;
  private loadingMore = false;
  private run: Run | null = null;
  /** Counts searches, so an answer to an older one is dropped. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
  ) {
    this.strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
    this.view = new SearchView(SearchView.partsOf(root), this.strings, this.folder, doc.documentElement.lang);
    this.strategy = searchStrategyOf(doc.documentElement.lang);
    const { more, controls } = this.view.parts;
    more.addEventListener('click', () => void this.showMore());
    controls.addEventListener('change', (event) => this.onControlChange(event));
    controls.addEventListener('submit', (event) => event.preventDefault());
  }

  /** Shows the results of a state; the URL is already that state's. */
  async show(state: SearchState): Promise<void> {
    const generation = ++this.generation;
    const { strings } = this;
    for (const input of this.doc.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = state.query;
    if (this.folder.needsDictionary(state.query)) await this.folder.loadDictionary();
    if (generation !== this.generation) return;
    const folded = this.folder.foldQuery(state.query);
    if (!state.query || !isSearchable(folded)) {
      this.run = null;
      this.view.clear(state.query);
      return;
    }
    this.view.setStatus(strings.searchLoading, 'loading');
    delete this.root.dataset['filters'];
    try {
      const matcher = queryMatcher(this.strategy, folded);
      const index = await this.openIndex();
      const found = await index.search(matcher.lookup, state);
      if (generation !== this.generation || !found) return;
      const run = startRun(state, matcher, found.candidates, found.filterCounts);
      await showNextPage(run, this.folder);
      if (generation !== this.generation) return;
      this.run = run;
      this.render(run, 0);
      performance.mark('gongkai:search-results');
      // Filter counts need every filter chunk of the index: fetched once the first results are on screen.
      const counts = await index.filterCounts(matcher.lookup, state);
      if (generation !== this.generation || !counts) return;
      run.filterCounts = counts;
      this.view.renderControls(run, this.clearFilters(run));
      this.root.dataset['filters'] = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.view.setStatus(strings.searchFailed, 'failed');
      console.error(error);
    }
  }

  private openIndex(): Promise<SearchIndex> {
    const bundle = this.root.dataset['bundle'];
    // The page always names its bundle folder (the gongkai() option); guessing one would hide a broken build.
    if (!bundle) return Promise.reject(new Error('the search page names no search bundle (data-bundle)'));
    this.index ??= openSearchIndex(this.doc, { bundle, tag: this.root.dataset['indexTag'] || undefined });
    return this.index;
  }

  private render(run: Run, firstNew: number): void {
    this.view.render(run, firstNew, this.clearFilters(run));
  }

  private clearFilters(run: Run): () => void {
    return () => this.navigate({ ...run.state, filters: {} });
  }

  private async showMore(): Promise<void> {
    const run = this.run;
    if (!run || this.loadingMore) return;
    const shownBefore = run.shown;
    const { more } = this.view.parts;
    // The button stays enabled (a disabled button would drop the keyboard focus); a flag stops double loads.
    this.loadingMore = true;
    more.setAttribute('aria-busy', 'true');
    try {
      await showNextPage(run, this.folder);
    } finally {
      this.loadingMore = false;
      more.removeAttribute('aria-busy');
    }
    if (run === this.run) this.render(run, shownBefore);
  }

  private onControlChange(event: Event): void {
    const run = this.run;
    const target = event.target;
    if (!run) return;
    if (target instanceof HTMLSelectElement && target.name === 'sort') {
      this.navigate({ ...run.state, sort: searchSortOf(target.value) });
    } else if (target instanceof HTMLInputElement && isFilterKey(target.name)) {
      this.navigate(toggleFilter(run.state, target.name, target.value, target.checked));
    }
  }

  private navigate(state: SearchState): void {
    const query = searchStateParams(state).toString();
    this.doc.defaultView?.history.pushState(null, '', `${this.doc.location.pathname}${query ? `?${query}` : ''}`);
    void this.show(state);
  }
}

function isFilterKey(name: string): name is SearchFilterKey {
  return (SEARCH_FILTER_KEYS as readonly string[]).includes(name);
}
