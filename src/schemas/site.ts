import { z } from 'astro/zod';
import { indexNumberConfigSchema } from './index-number';
import { siteFooterSchema } from './site-footer';

/** Whether the runtime knows a time zone by this IANA name. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** One site's configuration: everything that differs between two deployments of Gongkai. */
export const siteConfigSchema = z.strictObject({
  /** Interface language, also the pages' <html lang>; picks the locale file in src/locales/ and the search strategy. */
  lang: z.enum(['zh-CN', 'en']),
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
  /** How many of the newest minutes each feed holds; the whole archive is in the data files under /data/. */
  feedEntries: z.number().int().positive().default(20).describe('每个订阅源（RSS/Atom）收录的最新纪要份数，默认 20；全部纪要见 /data/ 下的数据文件'),
  /** IANA time zone the meetings are held in, for calendar times, e.g. Asia/Shanghai. */
  timeZone: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai')
    .describe('会议所在时区（IANA 名称），用于日历中的会议时间，默认 Asia/Shanghai'),
  /** Licence notice for the open data files, shown on the /data/ page; when absent the page says none is declared. */
  dataLicence: z.string().trim().min(1).optional().describe('数据文件的许可声明，显示在“开放数据”页面，如“可自由使用，请注明来源”'),
  /** Identifiers shown in every page's footer (主办单位, 备案号, 网站标识码…); each is optional. */
  footer: siteFooterSchema.prefault({}),
  /** The form of this site's 索引号, checked by `npm run check`. */
  indexNumber: indexNumberConfigSchema.prefault({}),
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
