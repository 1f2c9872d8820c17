import { z } from 'astro/zod';

/** One site's configuration: everything that differs between two deployments of Gongkai. */
export const siteConfigSchema = z.strictObject({
  /** Interface language; picks the locale file in src/locales/. */
  lang: z.enum(['zh-CN']),
  /** Name of the site, shown in the header and in every page title. */
  title: z.string().min(1),
  /** The body that publishes these minutes, shown in the footer. */
  publisher: z.string().min(1),
  /** One sentence describing the site, for the home page and search engines. */
  description: z.string().min(1),
  /** Absolute URL the site is deployed at, when known; used for canonical links. */
  site: z.url().optional(),
  /** Path prefix when the site is served below the root of its host, e.g. /minutes-archive. */
  base: z.string().startsWith('/').default('/'),
  /**
   * Entries on one page of a listing (a year's meetings, a topic's items, an organisation's or a
   * person's meetings); longer lists continue on numbered pages (…/2/, …/3/), so no page grows with
   * the archive.
   */
  listPageSize: z
    .number()
    .int()
    .min(1)
    .default(50)
    .describe('Entries per page of a listing (meetings of a year, items of a topic…); longer lists continue on pages 2, 3, …'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
