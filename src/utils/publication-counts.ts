import { sitePath } from './paths';

/** The public documents one output of the build carries, by minutes id. */
export interface OutputTally {
  /** What was counted, e.g. pages or search records. */
  output: string;
  /** Minutes ids found there; a document with several entries (one per agenda item) counts once. */
  documentIds: readonly string[];
  /** Entries read, when that differs from documents (search records per agenda item). */
  entries?: number;
}

/** Every output compared with the public source files. */
export interface PublicationCount {
  /** Number of public minutes source files. */
  sources: number;
  /** Distinct documents per output. */
  outputs: Array<{ output: string; documents: number; entries?: number; ids: readonly string[] }>;
}

/** /minutes/<year>/ lists a year's minutes: digits alone are never a document id (the content check refuses such file names). */
const isYear = (segment: string) => /^\d+$/u.test(segment);

/** Ids of minutes pages among built files given relative to the output folder: minutes/<id>/index.html. */
export function minutesPageIds(files: readonly string[]): string[] {
  return files.flatMap((file) => /^minutes\/([^/]+)\/index\.html$/u.exec(file.split('\\').join('/'))?.slice(1, 2) ?? []).filter((id) => !isYear(id));
}

/**
 * The minutes id a site URL points at (its page or an anchor in it), or undefined for other pages.
 * The base path is optional: Pagefind records URLs relative to the output folder and adds the
 * base only in the browser.
 */
export function minutesIdFromUrl(url: string, base: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').split(/[?#]/u)[0] ?? '';
  const prefix = [sitePath(base, 'minutes'), '/minutes/'].find((candidate) => path.startsWith(candidate));
  if (prefix === undefined) return undefined;
  const rest = path.slice(prefix.length).replace(/\/$/u, '');
  return rest && !rest.includes('/') && !isYear(rest) ? decodeURIComponent(rest) : undefined;
}

/** Compares each output with the public sources: every output must carry exactly as many documents. */
export function countPublication(sources: number, tallies: readonly OutputTally[]): PublicationCount {
  return {
    sources,
    outputs: tallies.map(({ output, documentIds, entries }) => ({
      output,
      documents: new Set(documentIds).size,
      ids: [...new Set(documentIds)].sort(),
      ...(entries === undefined ? {} : { entries }),
    })),
  };
}

/** Outputs whose document count differs from the sources. */
export function countMismatches(count: PublicationCount): string[] {
  return count.outputs
    .filter(({ documents }) => documents !== count.sources)
    .map(({ output, documents, ids }) => `${output}: ${documents} documents, ${count.sources} public source files (found: ${ids.join(', ') || 'none'})`);
}

/** One line for the build log, e.g. "public minutes: 4 source files · pages 4 · search 4 (9 records)". */
export function formatPublicationCount(count: PublicationCount): string {
  const outputs = count.outputs.map(({ output, documents, entries }) =>
    entries === undefined || entries === documents ? `${output} ${documents}` : `${output} ${documents} (${entries} records)`,
  );
  return [`public minutes: ${count.sources} source files`, ...outputs].join(' · ');
}
