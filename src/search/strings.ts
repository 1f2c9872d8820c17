/**
 * The search page's strings: every locale key that starts with `search`, handed to the page as
 * they are, so a new string needs no mapping here.
 */
import type { UiStrings } from '../schemas/locale';
import type { SearchFilterKey } from '../schemas/search-record';

/** The locale's search strings under their own keys. */
export type SearchStrings = Pick<UiStrings, Extract<keyof UiStrings, `search${string}`>>;

/** The locale key of a filter's label: searchFilterYear for year. */
export function filterLabelKey(key: SearchFilterKey): `searchFilter${Capitalize<SearchFilterKey>}` {
  return `searchFilter${(key.charAt(0).toUpperCase() + key.slice(1)) as Capitalize<SearchFilterKey>}`;
}

/** The search strings of a locale. */
export function searchStrings(ui: UiStrings): SearchStrings {
  return Object.fromEntries(Object.entries(ui).filter(([key]) => key.startsWith('search'))) as SearchStrings;
}
