import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { minutesSanitizeSchema } from './sanitize-schema';

export interface RehypeSafeHtmlOptions {
  /** The allow-list raw HTML is reduced to; the reviewed minutes schema when absent. */
  schema?: SanitizeSchema;
}

/**
 * Parses the raw HTML that markdown may carry into real elements (as browsers would parse it,
 * broken tags included) and then reduces the whole tree to an allow-list. Must be the first rehype
 * plugin: Astro parses raw HTML only after every user plugin, so without the parse here raw
 * nodes would pass the sanitiser untouched.
 */
export function rehypeSafeHtml(options: RehypeSafeHtmlOptions = {}) {
  const parseRaw = rehypeRaw();
  const sanitize = rehypeSanitize(options.schema ?? minutesSanitizeSchema);
  return (tree: Root, file: Parameters<typeof parseRaw>[1]): Root => sanitize(parseRaw(tree, file));
}
