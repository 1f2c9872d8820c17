import { z } from 'astro/zod';
import { schemaRules } from './messages';
import { indexNumberConfigSchema } from './index-number';
import { siteFeaturesSchema } from './site-features';
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

/**
 * One site's configuration (`site.json` in the content folder): everything that differs between two
 * deployments of Gongkai. Read and validated once per build by the gongkai() integration.
 */
export const siteConfigSchema = z.strictObject({
  /** Where an editor finds this schema (editors read it for hover help); ignored by the build. */
  $schema: z.string().optional().describe('本文件的 JSON Schema 路径，供编辑器提示；构建时忽略'),
  /** Interface language, also the pages' <html lang>; picks the locale file in src/locales/ and the search strategy. */
  lang: z.enum(['zh-CN', 'en']).describe('界面语言，也是页面的 <html lang>；对应 src/locales/ 中的语言文件和检索方式：zh-CN 或 en'),
  /** Name of the site, shown in the header and in every page title. */
  title: z.string().min(1).describe('网站名称，显示在页头和每个页面标题中'),
  /** The body that publishes these minutes (发布机构), shown in the footer and the open data. */
  publisher: z.string().min(1).describe('发布机构，显示在页脚和开放数据中'),
  /** One sentence describing the site, for the home page and search engines. */
  description: z.string().min(1).describe('一句话介绍本站，用于首页和搜索引擎'),
  /** Absolute URL the site is deployed at, when known; turns on canonical links, the sitemap and the feeds. */
  site: z.url().optional().describe('网站的绝对地址，如 https://jiyao.example.gov.cn；设置后生成规范链接、站点地图和订阅源'),
  /** Path prefix when the site is served below the root of its host, e.g. /minutes-archive. */
  base: z.string().startsWith('/', schemaRules.basePath).default('/').describe('网站不在域名根目录时的路径前缀，如 /jiyao；默认 /'),
  /** Pages this site leaves out; every one is on unless switched off here. */
  features: siteFeaturesSchema.prefault({}).describe('可关闭的页面；未写明的都生成'),
  /** How many of the newest minutes each feed holds; the whole archive is in the data files under /data/. */
  feedEntries: z.number().int().positive().default(20).describe('每个订阅源（RSS/Atom）收录的最新纪要份数，默认 20；全部纪要见 /data/ 下的数据文件'),
  /** IANA time zone the meetings are held in, for calendar times, e.g. Asia/Shanghai. */
  timeZone: z
    .string()
    .refine(isTimeZone, schemaRules.timeZone)
    .default('Asia/Shanghai')
    .describe('会议所在时区（IANA 名称），用于日历中的会议时间，默认 Asia/Shanghai'),
  /** Licence notice for the open data files, shown on the /data/ page; when absent the page says none is declared. */
  dataLicence: z.string().trim().min(1).optional().describe('数据文件的许可声明，显示在“开放数据”页面，如“可自由使用，请注明来源”'),
  /** Identifiers shown in every page's footer (主办单位, 备案号, 网站标识码…); each is optional. */
  footer: siteFooterSchema.prefault({}).describe('页脚标识：主办单位、承办单位、联系方式、网站标识码、备案号'),
  /** The form of this site's 索引号, checked by `npm run check`. */
  indexNumber: indexNumberConfigSchema.prefault({}).describe('索引号的格式和组织机构代码'),
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
    .describe('列表每页条数（某年的会议、某主题的议题……），默认 50；更多条目接续在第 2、3……页'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
