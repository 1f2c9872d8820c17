import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageHtml, siteFiles } from './site-files';
import { fixtureSiteDir } from './paths';

/** A link on a built page: the URL path of the page it leads to (decoded) and its fragment, if any. */
export interface SiteLink {
  path: string;
  fragment: string | undefined;
  href: string;
}

/** URL paths of every HTML page of a built site, e.g. /minutes/x/; the 404 page is left out. */
export function sitePages(root: string = fixtureSiteDir): string[] {
  return siteFiles(root)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** URL paths (decoded) of every page the built sitemap lists, read from sitemap-index.xml and the sitemaps it names. */
export function sitemapPages(root: string = fixtureSiteDir): string[] {
  const locations = (file: string) => load(readFileSync(join(root, file), 'utf8'), { xml: true })('loc').map((_, loc) => new URL(load(loc).text()).pathname).get();
  return locations('sitemap-index.xml').flatMap((sitemap) => locations(sitemap.replace(/^\//, ''))).map(decodeURIComponent);
}

/** The links of one built page that stay on the site, resolved against the page. */
export function internalLinks(path: string, root: string = fixtureSiteDir): SiteLink[] {
  const $ = load(pageHtml(path, root));
  return $('a[href]')
    .map((_, element) => $(element).attr('href') ?? '')
    .get()
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      const [target = '', fragment] = href.split('#');
      return { path: target === '' ? path : decodeURIComponent(target), fragment: fragment || undefined, href };
    });
}

/**
 * Breadth-first walk of the built site from `start`: for every page and every page#fragment a link
 * points at, the fewest clicks it takes and the hrefs clicked on the way.
 */
export function shortestClickPaths(start: string, root: string = fixtureSiteDir): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start, []]]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const clicks = paths.get(page)!;
    for (const link of internalLinks(page, root)) {
      if (link.fragment && !paths.has(`${link.path}#${link.fragment}`)) paths.set(`${link.path}#${link.fragment}`, [...clicks, link.href]);
      // A click on page#fragment lands on the page too; files other than pages are not walked.
      if (paths.has(link.path)) continue;
      paths.set(link.path, [...clicks, link.href]);
      if (link.path.endsWith('/')) queue.push(link.path);
    }
  }
  return paths;
}

/**
 * Every page of a paginated listing, in order, as the first page's page links name them; a listing
 * that fits on one page is just itself.
 */
export function listingPages(path: string, root: string = fixtureSiteDir): string[] {
  const $ = load(pageHtml(path, root));
  const numbered = $('nav.pagination a:not([rel])')
    .map((_, element) => decodeURIComponent($(element).attr('href') ?? ''))
    .get();
  return numbered.length > 0 ? numbered : [path];
}

/** The href of every element matching `selector` over all pages of a listing, in page order. */
export function hrefsAcrossPages(path: string, selector: string, root: string = fixtureSiteDir): string[] {
  return listingPages(path, root).flatMap((page) => {
    const $ = load(pageHtml(page, root));
    return $(selector)
      .map((_, element) => $(element).attr('href') ?? '')
      .get();
  });
}
