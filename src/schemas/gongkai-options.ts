import { z } from 'astro/zod';

/** Top-level folders the site's own pages and files use; the search bundle cannot take one of them. */
const SITE_FOLDERS = ['_astro', 'data', 'feeds', 'images', 'minutes', 'organisations', 'people', 'scripts', 'search', 'stats', 'topics'];

/** Options of the gongkai() integration in astro.config.mjs: how this checkout builds, not what a site says (that is site.json). */
export const gongkaiOptionsSchema = z.strictObject({
  /** The content folder to build (minutes/, topics.yaml, organisations.yaml, site.json), relative to the working directory. */
  contentDir: z.string().min(1).default('content').describe('The content folder to build, holding site.json'),
  /**
   * Folder inside the built site that receives the Pagefind search bundle; the search page, its
   * preloads and the build's counts all read it from here.
   */
  searchBundle: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/u, 'must be one folder name of lower-case letters, digits, - or _, e.g. pagefind')
    .refine((name) => !SITE_FOLDERS.includes(name), `must not be a folder the site's pages use (${SITE_FOLDERS.join(', ')})`)
    .default('pagefind')
    .describe('Folder of the search bundle inside the built site'),
  /**
   * Search records indexed by one Pagefind process before the shards are merged into one index:
   * Pagefind holds every record it is given until it writes, so this bounds its memory (default 500).
   */
  searchShardSize: z.number().int().min(1).optional().describe('Search records per Pagefind process (bounds its memory); default 500'),
});

export type GongkaiOptions = z.input<typeof gongkaiOptionsSchema>;
export type ResolvedGongkaiOptions = z.output<typeof gongkaiOptionsSchema>;
