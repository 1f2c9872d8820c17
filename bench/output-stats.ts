/**
 * What a build left on disk: the site's size and file count, its largest HTML page, and its
 * Pagefind index (files, bytes, and the metadata file every search loads first). Used for our site
 * and for the peer's, so both are counted the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../src/utils/files';

export interface OutputStats {
  files: number;
  bytes: number;
  htmlPages: number;
  largestHtml: { path: string; bytes: number };
  index: { files: number; bytes: number; metadataBytes: number };
}

/** Pagefind's metadata files, named by its entry file: one per indexed language. */
function metadataBytes(indexDir: string): number {
  const entryFile = join(indexDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return 0;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + statSync(join(indexDir, `pagefind.${language.hash}.pf_meta`)).size, 0);
}

/** Counts `siteDir`; the index is the `pagefind/` folder inside it. */
export function outputStats(siteDir: string): OutputStats {
  let bytes = 0;
  let htmlPages = 0;
  let largestHtml = { path: '', bytes: 0 };
  const index = { files: 0, bytes: 0, metadataBytes: metadataBytes(join(siteDir, 'pagefind')) };
  const files = filesBelow(siteDir);
  for (const file of files) {
    const size = statSync(join(siteDir, file)).size;
    bytes += size;
    if (file.startsWith('pagefind/')) {
      index.files += 1;
      index.bytes += size;
    }
    if (file.endsWith('.html')) {
      htmlPages += 1;
      if (size > largestHtml.bytes) largestHtml = { path: `/${file.replace(/(^|\/)index\.html$/u, '$1')}`, bytes: size };
    }
  }
  return { files: files.length, bytes, htmlPages, largestHtml, index };
}
