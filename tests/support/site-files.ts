import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../../src/utils/files';
import { fixtureSiteDir } from './paths';

/** Every file of the built fixture site, as paths relative to its root with / separators. */
export function siteFiles(root: string = fixtureSiteDir): string[] {
  return filesBelow(root);
}

/** The HTML of a built page, by its URL path such as /minutes/. */
export function pageHtml(urlPath: string, root: string = fixtureSiteDir): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(root, file), 'utf8');
}
