import { z } from 'astro/zod';

/**
 * Pieces shared by the schemas of the open data files under /data/. Those files are output, not
 * content: days are ISO strings rather than Dates, every field is present or absent as written.
 */

/** A calendar day, YYYY-MM-DD. */
export const isoDaySchema = z.iso.date();

/** An address on the site: absolute when the site's address is configured, else a path from the host's root. */
export const siteLinkSchema = z.string().min(1).describe('absolute URL when the site address is configured, else a path from the root of the host');

/** The `$schema` member every data file starts with: the address of its JSON Schema under /data/schema/. */
export const schemaRefSchema = z.string().min(1).describe('address of the JSON Schema this file follows');

/** The feeds that follow one topic or organisation. */
export const feedLinksSchema = z.strictObject({
  /** RSS 2.0 feed. */
  rss: siteLinkSchema,
  /** Atom feed. */
  atom: siteLinkSchema,
});
