import type { APIRoute } from 'astro';
import { dataLinks } from '../data/open-data';
import { site } from '../data/site';
import { robotsTxt } from '../utils/robots';

/** robots.txt: everything may be crawled; it names the sitemap when there is one (when site.json gives the site's address). */
export const GET: APIRoute = () => new Response(robotsTxt(site.site ? dataLinks.published(dataLinks.file('sitemap-index.xml')) : undefined));
