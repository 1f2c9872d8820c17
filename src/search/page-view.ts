/**
 * The search page's view: draws a run's hits and the filter controls from the <template>s in
 * SearchResults.astro, which hold the markup and its fixed strings; this file only fills them.
 */
import type { SearchFilterKey } from '../schemas/search-record';
import { fillTemplate } from '../utils/text';
import { runProgress, type Run } from './candidate-run';
import { excerpt, type ExcerptPart } from './excerpts';
import { SEARCH_FILTER_KEYS } from './filter-keys';
import type { Folder } from './folding';
import type { QueryMatcher } from './matching';
import { groupByMeeting, type VerifiedHit } from './ranking';
import { filterLabelKey, type SearchStrings } from './strings';

/** Characters of the body shown when only the title matched. */
const EXCERPT_FALLBACK = 80;

/** The page's parts, found once. */
export interface ViewParts {
  root: HTMLElement;
  status: HTMLElement;
  controls: HTMLFormElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
}

/** Status of the page, mirrored in data-state for tests and the benchmark. */
export type ViewState = 'loading' | 'done' | 'failed';

export class SearchView {
  private readonly doc: Document;

  constructor(
    readonly parts: ViewParts,
    private readonly strings: SearchStrings,
    private readonly folder: Folder,
    /** The page's language, for ordering filter values. */
    private readonly lang: string,
  ) {
    this.doc = parts.root.ownerDocument;
  }

  /** Finds the page's parts under the results element; fails when one is missing. */
  static partsOf(root: HTMLElement): ViewParts {
    const part = <E extends HTMLElement>(selector: string): E => {
      const element = root.querySelector<E>(selector);
      if (!element) throw new Error(`search page is missing ${selector}`);
      return element;
    };
    return { root, status: part('.search-status'), controls: part<HTMLFormElement>('.search-controls'), list: part('.search-list'), more: part<HTMLButtonElement>('.search-more'), empty: part('.search-empty') };
  }

  setStatus(text: string, state: ViewState): void {
    this.parts.status.textContent = text;
    this.parts.root.dataset['state'] = state;
  }

  /** No results to show: the prompt, or "nothing found" for an unsearchable query. */
  clear(query: string): void {
    const { list, controls, more, empty } = this.parts;
    list.replaceChildren();
    controls.replaceChildren();
    more.hidden = true;
    empty.hidden = !query;
    this.setStatus(query ? fillTemplate(this.strings.searchNoResults, { query }) : this.strings.searchPrompt, 'done');
  }

  /** Draws the run's shown hits; when `firstNew` > 0 the focus moves to the first hit added by "more". */
  render(run: Run, firstNew: number, onClear: () => void): void {
    const { strings, parts } = this;
    const progress = runProgress(run);
    this.renderControls(run, onClear);
    parts.list.replaceChildren(...groupByMeeting(run.hits.slice(0, run.shown)).map((hits) => this.renderGroup(hits, run.matcher)));
    parts.more.hidden = progress.exhausted;
    parts.empty.hidden = run.hits.length > 0 || !progress.checkedAll;
    Object.assign(parts.root.dataset, { total: String(run.hits.length), shown: String(run.shown), checked: String(run.next), exhausted: String(progress.exhausted) });
    const values = { query: run.state.query, count: run.hits.length, meetings: progress.meetings, remaining: progress.remaining };
    const filtered = Object.keys(run.state.filters).length > 0;
    const none = progress.checkedAll && run.hits.length === 0;
    // The page's language picks the plural form of the counts (1 result, 2 results).
    const lang = this.doc.documentElement.lang;
    const status = none
      ? fillTemplate(filtered ? strings.searchNoResultsFiltered : strings.searchNoResults, values)
      : progress.checkedAll
        ? fillTemplate(strings.searchResultCount, values, lang)
        : fillTemplate(strings.searchResultCountApprox, values, lang);
    this.setStatus(status, 'done');
    const firstAdded = firstNew > 0 ? run.hits[firstNew] : undefined;
    if (firstAdded) parts.list.querySelector<HTMLAnchorElement>(`.search-hit h3 a[href="${CSS.escape(firstAdded.url)}"]`)?.focus();
  }

  /** A copy of the first element of the <template> with this id. */
  private fromTemplate<E extends Element>(id: string): E {
    const template = this.doc.getElementById(id);
    if (!(template instanceof HTMLTemplateElement)) throw new Error(`search page is missing <template id="${id}">`);
    return (template.content.firstElementChild as E).cloneNode(true) as E;
  }

  /** The element of a copied template under `selector`; fails when the template lacks it. */
  private slot<E extends Element>(within: Element, selector: string): E {
    const found = within.querySelector<E>(selector);
    if (!found) throw new Error(`search template is missing ${selector}`);
    return found;
  }

  private renderGroup(hits: VerifiedHit[], matcher: QueryMatcher): HTMLElement {
    const first = hits[0] as VerifiedHit;
    const group = this.fromTemplate<HTMLElement>('search-group-template');
    const link = this.slot<HTMLAnchorElement>(group, '.search-group-link');
    link.href = first.meetingUrl;
    link.textContent = first.meetingTitle;
    // The one element made here: an empty <time> in the template would be invalid HTML.
    const date = this.doc.createElement('time');
    date.dateTime = first.date;
    date.textContent = first.dateText;
    this.slot(group, '.search-group-date').replaceWith(date);
    this.slot(group, '.search-hits').append(...hits.map((hit) => this.renderHit(hit, matcher)));
    return group;
  }

  private renderHit(hit: VerifiedHit, matcher: QueryMatcher): HTMLElement {
    const item = this.fromTemplate<HTMLElement>('search-hit-template');
    const link = this.slot<HTMLAnchorElement>(item, '.search-hit-link');
    link.href = hit.url;
    link.append(...this.marked(excerpt(this.folder, hit.title, matcher, 200), hit.title));
    const body = hit.text.startsWith(`${hit.title}\n`) ? hit.text.slice(hit.title.length + 1) : hit.text;
    const fallback = body.length > EXCERPT_FALLBACK ? `${body.slice(0, EXCERPT_FALLBACK)}…` : body;
    this.slot(item, '.search-excerpt').append(...this.marked(excerpt(this.folder, body, matcher), fallback));
    return item;
  }

  /** Text nodes and <mark> elements for an excerpt; `fallback` when the text holds no match. */
  private marked(parts: ExcerptPart[], fallback: string): Node[] {
    if (parts.length === 0) return [this.doc.createTextNode(fallback)];
    return parts.map((part) => {
      if (!part.mark) return this.doc.createTextNode(part.text);
      const mark = this.doc.createElement('mark');
      mark.textContent = part.text;
      return mark;
    });
  }

  /** Sort, filters and "clear", redrawn with the run's counts; the focused control keeps the focus. */
  renderControls(run: Run, onClear: () => void): void {
    const { doc, parts } = this;
    const focused = doc.activeElement;
    const focusKey = focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement ? `${focused.name}=${focused.value}` : null;
    const sort = this.fromTemplate<HTMLElement>('search-sort-template');
    this.slot<HTMLSelectElement>(sort, 'select').value = run.state.sort;
    const fieldsets = SEARCH_FILTER_KEYS.flatMap((key) => this.renderFilter(run, key));
    const controls: Element[] = [this.fromTemplate('search-filters-heading-template'), sort];
    if (fieldsets.length > 0) controls.push(this.fromTemplate('search-filter-note-template'), ...fieldsets);
    if (Object.keys(run.state.filters).length > 0) {
      const clear = this.fromTemplate<HTMLButtonElement>('search-clear-template');
      clear.addEventListener('click', onClear);
      controls.push(clear);
    }
    parts.controls.replaceChildren(...controls);
    if (focusKey) {
      const again = [...parts.controls.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].find(
        (control) => `${control.name}=${control.value}` === focusKey || (control.name === 'sort' && focusKey.startsWith('sort=')),
      );
      again?.focus();
    }
  }

  private renderFilter(run: Run, key: SearchFilterKey): HTMLFieldSetElement[] {
    const counts = run.filterCounts[key] ?? {};
    const chosen = run.state.filters[key] ?? [];
    const values = [...new Set([...Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0), ...chosen])];
    if (values.length === 0) return [];
    const collator = new Intl.Collator(this.lang, { numeric: true });
    values.sort(key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
    const fieldset = this.fromTemplate<HTMLFieldSetElement>('search-filter-template');
    this.slot(fieldset, 'legend').textContent = this.strings[filterLabelKey(key)];
    for (const value of values) {
      const label = this.fromTemplate<HTMLLabelElement>('search-filter-value-template');
      const box = this.slot<HTMLInputElement>(label, 'input');
      box.name = key;
      box.value = value;
      box.checked = chosen.includes(value);
      this.slot(label, '.search-filter-value').textContent = value;
      this.slot(label, '.search-filter-count').textContent = fillTemplate(this.strings.searchFilterCount, { count: counts[value] ?? 0 });
      fieldset.append(label);
    }
    return [fieldset];
  }
}
