import { z } from 'astro/zod';

/**
 * Parts of the site a body may leave out. A page that is switched off is not built, and nothing
 * links to it: not the navigation, the home page, the sitemap nor any other page.
 */
export const siteFeaturesSchema = z.strictObject({
  /** The statistics page (/stats/): meetings per month, items per topic, assignments per department. */
  statistics: z.boolean().default(true).describe('统计页（/stats/）：每月会议数、各主题议题数、各部门承办数；false 时不生成该页及其链接'),
  /**
   * The people pages (/people/…): meetings chaired and attended by each person. When off, names in
   * the minutes stay plain text.
   */
  people: z.boolean().default(true).describe('人员页（/people/…）：每人主持和出席的会议；false 时不生成这些页，纪要中的人名不加链接'),
});

export type SiteFeatures = z.infer<typeof siteFeaturesSchema>;
