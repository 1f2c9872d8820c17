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

/** Files of a site that differ from another's, byte for byte, or exist in one only. */
export function siteDifferences(a: string, b: string): string[] {
  const aFiles = siteFiles(a);
  const bFiles = siteFiles(b);
  const inA = new Set(aFiles);
  const inB = new Set(bFiles);
  const onlyOne = [...aFiles.filter((f) => !inB.has(f)), ...bFiles.filter((f) => !inA.has(f))];
  const changed = aFiles.filter((f) => inB.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return [...onlyOne.map((f) => `${f} (in one build only)`), ...changed];
}
