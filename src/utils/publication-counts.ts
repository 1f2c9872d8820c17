import { isMinutesListing, sitePath } from './paths';

/** The public documents one output of the build carries, by minutes id. */
export interface OutputTally {
  /** What was counted, e.g. pages or search records. */
  output: string;
  /** Minutes ids found there; a document with several entries (one per agenda item) counts once. */
  documentIds: readonly string[];
  /** Entries read, when that differs from documents (search records per agenda item). */
  entries?: number;
  /** The output holds only the newest this many documents (a feed). */
  limit?: number;
  /** Agenda items the output holds (one CSV row each), compared with the source files' agenda items. */
  agendaItems?: number;
}

/** Every output compared with the public source files. */
export interface PublicationCount {
  /** Number of public minutes source files. */
  sources: number;
  /** Number of agenda items in those files, when an output holds agenda items. */
  agendaItems?: number;
  /** Distinct documents per output. */
  outputs: Array<{ output: string; documents: number; entries?: number; limit?: number; agendaItems?: number; ids: readonly string[] }>;
}

/** Ids of minutes pages among built files given relative to the output folder: minutes/<id>/index.html. */
export function minutesPageIds(files: readonly string[]): string[] {
  return files.flatMap((file) => /^minutes\/([^/]+)\/index\.html$/u.exec(file.split('\\').join('/'))?.slice(1, 2) ?? []).filter((id) => !isMinutesListing(id));
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
  return rest && !rest.includes('/') && !isMinutesListing(rest) ? decodeURIComponent(rest) : undefined;
}

/** Compares each output with the public sources: every output must carry exactly as many documents. */
export function countPublication(sources: number, tallies: readonly OutputTally[], agendaItems?: number): PublicationCount {
  return {
    sources,
    ...(agendaItems === undefined ? {} : { agendaItems }),
    outputs: tallies.map(({ output, documentIds, entries, limit, agendaItems: items }) => ({
      output,
      documents: new Set(documentIds).size,
      ids: [...new Set(documentIds)].sort(),
      ...(entries === undefined ? {} : { entries }),
      ...(limit === undefined ? {} : { limit }),
      ...(items === undefined ? {} : { agendaItems: items }),
    })),
  };
}

/** How many documents an output must hold: all public ones, or the newest `limit` of them. */
const expectedDocuments = (count: PublicationCount, limit: number | undefined) => (limit === undefined ? count.sources : Math.min(limit, count.sources));

/** Outputs whose document count differs from the sources (within a feed's limit), or whose agenda items differ from theirs. */
export function countMismatches(count: PublicationCount): string[] {
  return count.outputs.flatMap(({ output, documents, ids, limit, agendaItems }) => [
    ...(documents === expectedDocuments(count, limit)
      ? []
      : [
          `${output}: ${documents} documents, ${count.sources} public source files${limit === undefined ? '' : ` (holds the newest ${limit})`} (found: ${ids.join(', ') || 'none'})`,
        ]),
    ...(agendaItems === undefined || agendaItems === count.agendaItems ? [] : [`${output}: ${agendaItems} agenda items, ${count.agendaItems ?? 'unknown'} in the public source files`]),
  ]);
}

/** One line for the build log, e.g. "public minutes: 4 source files · pages 4 · search 4 (9 records) · agenda items 9". */
export function formatPublicationCount(count: PublicationCount): string {
  const outputs = count.outputs.map(({ output, documents, entries, limit, agendaItems }) => {
    const notes = [
      ...(entries === undefined || entries === documents || agendaItems !== undefined ? [] : [`${entries} records`]),
      ...(limit === undefined ? [] : [`newest ${limit}`]),
      ...(agendaItems === undefined ? [] : [`${agendaItems} agenda items`]),
    ];
    return notes.length === 0 ? `${output} ${documents}` : `${output} ${documents} (${notes.join(', ')})`;
  });
  const items = count.agendaItems === undefined ? [] : [`agenda items in source files ${count.agendaItems}`];
  return [`public minutes: ${count.sources} source files`, ...outputs, ...items].join(' · ');
}
