import { z } from 'astro/zod';
import { schemaRules } from './messages';

const text = z.string().trim().min(1);

/** The identifiers the national inspection of government websites looks for in every page's footer; each is optional. */
export const siteFooterSchema = z.strictObject({
  /** 主办单位: the body that owns the site, e.g. 某市人民政府办公室. */
  sponsor: text.optional().describe('主办单位'),
  /** 承办单位: the body that runs it day to day. */
  operator: text.optional().describe('承办单位'),
  /** How to reach the site's editors: a telephone number, an address or an e-mail address as printed. */
  contact: text.optional().describe('联系方式，如电话或邮箱'),
  /** 网站标识码 issued by the national government-website register, e.g. 3205850001. */
  siteCode: z.string().regex(/^[0-9A-Za-z]{10}$/, schemaRules.siteCode).optional().describe('网站标识码'),
  /** ICP备案号, e.g. 苏ICP备05001234号-1; linked to the MIIT filing site. */
  icp: text.optional().describe('ICP备案号'),
  /** 公安机关备案号, e.g. 苏公网安备 32058502000123号; linked to the public-security filing site with its number. */
  publicSecurity: z
    .strictObject({
      /** The number as printed. */
      label: text,
      /** The 14-digit record code the filing site looks up (the digits of the number). */
      code: z.string().regex(/^\d{14}$/, schemaRules.policeFilingCode),
    })
    .optional()
    .describe('公安机关备案号'),
  /**
   * The 党政机关网站 identifier (开办资格标识): a local image under public/ and the address of the
   * record it links to. Never a third-party script: the page's security policy allows only this site's files.
   */
  governmentSiteMark: z
    .strictObject({
      /** Path of the image under public/, e.g. /images/dzjg.svg. */
      image: z.string().startsWith('/'),
      /** Where the image links, the record of this site issued by the register. */
      href: z.url(),
    })
    .optional()
    .describe('党政机关网站标识：public/ 下的图片和它链接的地址'),
});

export type SiteFooter = z.infer<typeof siteFooterSchema>;
