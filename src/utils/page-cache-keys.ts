/**
 * Keys for Astro's incremental build: a page whose `cacheKey` (and code) is the same as in the
 * previous build is copied from that build instead of rendered. A key must change whenever
 * anything the page shows changes, so the keys here are deliberately coarse:
 *
 * - every page a route lists (years, topics, organisations, people, latest) shows other
 *   documents' frontmatter only, so its key is the **site key**: the site's configuration, the
 *   frontmatter of every published document in order, and the topics, organisations and people;
 * - a document's own pages (its page, its .txt, its .json) also show its rendered body and its
 *   attachments' sizes, so their **document key** adds those to the site key.
 *
 * An edit of one document's text changes one document key; an edit of any frontmatter, reference
 * file or site.json changes the site key, and every page is rendered again.
 */
import { createHash } from 'node:crypto';

/** What a page may show of a document. */
export interface KeyedDocument {
  id: string;
  data: unknown;
  rendered?: { html: string } | undefined;
}

/** Everything besides the documents that pages show. */
export interface KeyInput<Doc extends KeyedDocument> {
  /** The site's configuration. */
  config: unknown;
  /** The reference collections (topics, organisations, people). */
  references: unknown;
  /** What else a document's own pages show of it besides its frontmatter and body (its attachments' sizes). */
  documentExtra?: (doc: Doc) => unknown;
}

export interface PageCacheKeys<Doc extends KeyedDocument = KeyedDocument> {
  /** The key of pages that show documents' frontmatter only. */
  readonly site: string;
  /** The key of a document's own pages. */
  document(doc: Doc): string;
}

function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/**
 * The keys of one build's pages. The site key is computed on first use (the dev server never
 * asks); a document's key once, though three routes ask for it (its page, .txt and .json).
 */
export function pageCacheKeys<Doc extends KeyedDocument>(documents: readonly Doc[], { config, references, documentExtra }: KeyInput<Doc>): PageCacheKeys<Doc> {
  let site: string | undefined;
  const siteKey = () =>
    (site ??= digest(
      JSON.stringify(config) ?? '',
      JSON.stringify(references) ?? '',
      ...documents.map((doc) => `${doc.id}\n${JSON.stringify(doc.data)}`),
    ));
  const documentKeys = new Map<Doc, string>();
  return {
    get site() {
      return siteKey();
    },
    document: (doc) => {
      let key = documentKeys.get(doc);
      if (key === undefined) {
        key = digest(siteKey(), doc.id, doc.rendered?.html ?? '', JSON.stringify(documentExtra?.(doc)) ?? '');
        documentKeys.set(doc, key);
      }
      return key;
    },
  };
}
