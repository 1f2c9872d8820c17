import type { SearchFilterKey } from '../schemas/search-record';
import { ITEM_FILTER_KEYS, SEARCH_FILTER_KEYS } from './filter-keys';

export { SEARCH_FILTER_KEYS };

/** How results are ordered: best match first, newest meeting first, or most recently published (发布日期) first. */
export type SearchSort = 'relevance' | 'date' | 'published';

/** The sort named by a URL or a control's value; anything else is relevance. */
export function searchSortOf(value: string | null): SearchSort {
  return value === 'date' || value === 'published' ? value : 'relevance';
}

/** Everything the search page shows, as held in its URL (?q=燃气&topic=城镇燃气&sort=date). */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
}


/** Reads the search state from URL parameters; unknown parameters are ignored, repeated filter values kept once. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: searchSortOf(params.get('sort')) };
}

/** The URL parameters of a search state, in a stable order so equal states give equal URLs. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: SearchFilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((existing) => existing !== value);
  const filters = { ...state.filters };
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return { ...state, filters };
}

/** Pagefind's filter argument: any of the chosen values within a key, every key at once. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}

/**
 * Whether one part of a meeting passes the chosen item filters (topic, lead department, kind):
 * Pagefind narrows to meetings with some item of that topic, and this keeps only those items.
 * The header part has no item values, so it drops out once an item filter is chosen.
 */
export function partPassesFilters(partFilters: SearchState['filters'], chosen: SearchState['filters']): boolean {
  return ITEM_FILTER_KEYS.every((key) => {
    const wanted = chosen[key];
    return !wanted || wanted.some((value) => partFilters[key]?.includes(value));
  });
}
