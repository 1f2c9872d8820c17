import { z } from 'astro/zod';
import { indexNumberConfigSchema } from './index-number';
import { siteFooterSchema } from './site-footer';

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
  /** Identifiers shown in every page's footer (主办单位, 备案号, 网站标识码…); each is optional. */
  footer: siteFooterSchema.prefault({}),
  /** The form of this site's 索引号, checked by `npm run check`. */
  indexNumber: indexNumberConfigSchema.prefault({}),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
