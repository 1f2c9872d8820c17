/**
 * A loader whose entries keep only what the site reads: the parsed frontmatter and the rendered
 * HTML. Astro's glob loader also stores each file's markdown source and, in the render's metadata,
 * a second copy of its frontmatter and its headings; no page uses them, and they were half of the
 * data store, which Astro keeps in memory, serialises and bundles on every build.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** An entry without its source and without the render metadata no page reads (image paths are kept). */
export function leanEntry(entry: StoredEntry): StoredEntry {
  const { body: _source, rendered, ...rest } = entry;
  if (!rendered) return rest;
  const { frontmatter: _frontmatter, headings: _headings, ...metadata } = rendered.metadata ?? {};
  return { ...rest, rendered: { html: rendered.html, metadata } };
}

/** `loader`, storing its entries lean. */
export function withLeanEntries(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, store: { ...context.store, set: (entry) => context.store.set(leanEntry(entry)) } }),
  };
}
