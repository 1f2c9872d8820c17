/**
 * The search page's only client code: reads ?q= from the URL, queries the Pagefind index and
 * lists matching minutes with their matching agenda items.
 */
import { fillTemplate } from '../utils/text';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

interface Strings {
  loading: string;
  count: string;
  none: string;
  prompt: string;
  failed: string;
}

const SHOWN_RESULTS = 20;

export async function runSearchPage(doc: Document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('.search-results');
  const status = root?.querySelector<HTMLElement>('.search-status');
  const list = root?.querySelector<HTMLOListElement>('.search-list');
  if (!root || !status || !list) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const query = (new URLSearchParams(doc.location.search).get('q') ?? '').trim();
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
  if (!query) return;

  status.textContent = strings.loading;
  try {
    const bundle = root.dataset['bundle'] ?? '/pagefind/';
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.init();
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map((result) => renderResult(doc, result)));
    status.textContent = results.length
      ? fillTemplate(strings.count, { query, count: search.results.length })
      : fillTemplate(strings.none, { query });
  } catch (error) {
    status.textContent = strings.failed;
    console.error(error);
  }
}

function renderResult(doc: Document, result: PagefindResultData): HTMLLIElement {
  const item = doc.createElement('li');
  const heading = doc.createElement('h2');
  const link = doc.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  item.append(heading);
  const subs = result.sub_results.filter((sub) => sub.url.includes('#item-'));
  const shown = subs.length > 0 ? subs : [{ title: '', url: result.url, excerpt: result.excerpt }];
  const subList = doc.createElement('ul');
  for (const sub of shown) {
    const entry = doc.createElement('li');
    if (sub.title) {
      const subLink = doc.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      entry.append(subLink);
    }
    const excerpt = doc.createElement('p');
    // Pagefind excerpts are escaped page text in which only <mark> is markup.
    excerpt.innerHTML = sub.excerpt;
    entry.append(excerpt);
    subList.append(entry);
  }
  item.append(subList);
  return item;
}
