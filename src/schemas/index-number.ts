import { z } from 'astro/zod';
import { schemaRules } from './messages';

/** The default 索引号 form of the national disclosure catalogue, e.g. 000014349/2017-00110. */
export const defaultIndexNumberPattern = '{code}/YYYY-NNNNN';

/** How this site's 索引号 are formed; `npm run check` holds every published document to it. */
export const indexNumberConfigSchema = z.strictObject({
  /** 组织机构代码 of the publishing body, the part before the slash, e.g. 014145300; any 9-character code when absent. */
  organisationCode: z
    .string()
    .regex(/^[0-9A-Z]{8}[0-9X]$/, schemaRules.organisationCode)
    .optional()
    .describe('组织机构代码，索引号斜杠前的部分'),
  /**
   * The form every 索引号 takes: `{code}` is the organisation code, `YYYY` the year (of 成文日期 or 发布日期),
   * each `N` one digit; every other character stands for itself.
   */
  pattern: z
    .string()
    .refine((pattern) => pattern.includes('YYYY'), schemaRules.patternYear)
    .default(defaultIndexNumberPattern)
    .describe('索引号格式：{code} 为组织机构代码，YYYY 为年份，每个 N 为一位数字'),
});

export type IndexNumberConfig = z.infer<typeof indexNumberConfigSchema>;
