import { locales } from '../locales';
import { localeFormat } from '../utils/locale-format';
import { sitePath } from '../utils/paths';
import { contentDir, searchBundle, site } from 'virtual:gongkai/config';

/** The configuration of the site being built (site.json, read once by the gongkai() integration), its content folder and search bundle folder. */
export { contentDir, searchBundle, site };

/** The site's optional pages that are on (site.json `features`). */
export const features = site.features;

/** Days, numbers, plural forms and file sizes in the site's language, with one set of Intl objects for the whole build. */
export const format = localeFormat(site.lang);

/** A calendar day as the site's readers write it, e.g. 2023年4月10日. */
export const formatDay = format.day;

/** Interface strings in the site's language. */
export const ui = locales[site.lang];

/**
 * A URL inside this site, under its base path. The base comes from site.json, not from
 * import.meta.env.BASE_URL, which a BASE_URL variable in the environment overrides.
 */
export function url(...segments: string[]): string {
  return sitePath(site.base, ...segments);
}

/** The absolute address of a site URL, for paper; undefined when site.json does not give the site's address. */
export function absoluteUrl(path: string): string | undefined {
  return site.site ? decodeURI(new URL(path, site.site).href) : undefined;
}
