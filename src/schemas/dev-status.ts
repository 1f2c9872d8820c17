import { z } from 'astro/zod';
import { template } from './message';

/** The dev server's notices in one language; {name} placeholders are filled by fillTemplate(). */
export const devStringsSchema = z.strictObject({
  /** Heading of the content-problems notice; {count} is the number of problems. */
  problemsHeading: template('count').describe('内容问题提示的标题，{count} 为问题数'),
  /** How the notice goes away. */
  problemsFix: template().describe('说明改正后提示自动消失'),
  /** Note on the search page when the last build's index is served; {date} is when it was built. */
  searchIndexFromBuild: template('date').describe('检索页说明：使用上次构建的索引，{date} 为构建时间'),
  /** Note on the search page when no build has written an index yet. */
  searchIndexMissing: template().describe('检索页说明：尚无检索索引及生成方法'),
});

/**
 * What the dev server tells every page it serves (GET /__gongkai/dev-status.json and the
 * `gongkai:dev-status` update event): the content's problems and the search index in use.
 */
export const devStatusSchema = z.strictObject({
  /** The content's problems, each formatted as `npm run check` prints it; empty when the content is valid. */
  problems: z.array(z.string()).describe('内容问题，格式与 npm run check 相同'),
  /** When the index served under /pagefind/ was written (ISO 8601), or null when no build has written one. */
  searchIndexBuiltAt: z.iso.datetime().nullable().describe('上次构建写入检索索引的时间'),
  /** The notices in the site's language. */
  strings: devStringsSchema,
});

export type DevStrings = z.infer<typeof devStringsSchema>;
export type DevStatus = z.infer<typeof devStatusSchema>;
