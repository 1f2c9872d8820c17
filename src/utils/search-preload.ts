/**
 * Lets the search page fetch Pagefind's entry and metadata files together with its own script,
 * instead of one after the other once Pagefind has started: their names are known only after the
 * index is written, so the page is completed then.
 */

/** What the search page needs to know about a written index. */
export interface IndexFiles {
  /** Public URL of the Pagefind bundle, ending in '/'. */
  bundleUrl: string;
  /** The index's hash (from pagefind-entry.json), used as Pagefind's metaCacheTag. */
  tag: string;
}

/** Marks the attribute the results element carries for the tag; SearchResults.astro writes it empty. */
export const INDEX_TAG_ATTRIBUTE = 'data-index-tag';

/**
 * The search page with preload links for the entry file (as Pagefind asks for it when given the
 * tag) and the metadata file, and the tag on the results element. Fails when the page does not
 * have exactly one empty tag attribute and one </head>.
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
