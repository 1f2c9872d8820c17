import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { ValidationLocale } from '../locales/editor';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/** One document of the previous build's catalogue: its permalink id and the 索引号 it was published with, if any. */
export interface CatalogueEntry {
  id: string;
  indexNumber?: string | undefined;
}

/**
 * The previous build's catalogue index in an output folder: `<out>/data/minutes.json`, or, when a
 * build was killed between the two renames of the swap, the same file in `.<out>.previous` (which
 * the next build puts back). The build reads it before its own output replaces the folder.
 */
export function previousCatalogueIn(outDir: string): string | undefined {
  const candidates = [outDir, join(dirname(outDir), `.${basename(outDir)}.previous`)].map((dir) => join(dir, 'data', 'minutes.json'));
  return candidates.find((file) => existsSync(file));
}

/** Reads a JSON file, or says in one sentence why not. */
function readJson(path: string, file: string, m: ValidationLocale['disclosure']): { value: unknown } | { error: ContentError } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: { file, field: '', message: m.previousUnreadable({ detail: (error as Error).message.split('\n')[0] ?? '' }) } };
  }
}

/** `id` and `indexNumber` of each object in a list; anything else in it is ignored. */
function entriesOf(list: readonly unknown[]): CatalogueEntry[] {
  return list.flatMap((item): CatalogueEntry[] => {
    const { id, indexNumber } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') return [];
    return [typeof indexNumber === 'string' && indexNumber !== '' ? { id, indexNumber } : { id }];
  });
}

/**
 * Reads the previous build's catalogue loosely, so that fields added later change nothing: an
 * output folder or its data/minutes.json, which the build writes as an index of the years whose
 * documents are in data/catalogue/<year>.json (each file is read); or any JSON file holding an
 * array of {id, indexNumber} objects, alone or as a field.
 */
export function readPreviousCatalogue(path: string, cwd: string, { disclosure: m }: ValidationLocale): { entries: CatalogueEntry[]; errors: ContentError[] } {
  const indexPath = existsSync(path) && statSync(path).isDirectory() ? join(path, 'data', 'minutes.json') : path;
  const file = relative(cwd, indexPath) || indexPath;
  const read = readJson(indexPath, file, m);
  if ('error' in read) return { entries: [], errors: [read.error] };
  const raw = read.value as Record<string, unknown> | unknown[] | null;
  const years = !Array.isArray(raw) && Array.isArray(raw?.['years']) ? (raw['years'] as unknown[]) : undefined;
  if (years) {
    const entries: CatalogueEntry[] = [];
    const errors: ContentError[] = [];
    for (const { year } of years as Array<{ year?: unknown }>) {
      if (typeof year !== 'number') continue;
      const yearPath = join(dirname(indexPath), 'catalogue', `${year}.json`);
      const yearRead = readJson(yearPath, relative(cwd, yearPath) || yearPath, m);
      if ('error' in yearRead) errors.push(yearRead.error);
      else entries.push(...entriesOf(((yearRead.value ?? {}) as { minutes?: unknown }).minutes as unknown[] ?? []));
    }
    return { entries, errors };
  }
  const list = Array.isArray(raw) ? raw : Object.values(raw ?? {}).find((value): value is unknown[] => Array.isArray(value));
  if (!list) return { entries: [], errors: [{ file, field: '', message: m.previousNotCatalogue() }] };
  return { entries: entriesOf(list), errors: [] };
}

/** A 索引号 once published never changes, and never moves to another document. */
export function changedIndexNumberErrors(docs: readonly ValidMinutes[], previous: readonly CatalogueEntry[], { disclosure: m }: ValidationLocale): ContentError[] {
  const numbered = previous.filter((entry): entry is Required<CatalogueEntry> => entry.indexNumber !== undefined);
  const byId = new Map(numbered.map((entry) => [entry.id, entry.indexNumber]));
  const byNumber = new Map(numbered.map((entry) => [entry.indexNumber, entry.id]));
  return docs.flatMap(({ source, data }): ContentError[] => {
    // Only a message needs the line, and finding it parses the frontmatter with positions.
    const at = () => ({ file: source.file, line: lineOf(source, [source.document.has('indexNumber') ? 'indexNumber' : 'dateIssued']), field: 'indexNumber' });
    const published = byId.get(source.slug);
    if (published !== undefined && published !== data.indexNumber) {
      return [{ ...at(), message: m.indexNumberChanged({ published, now: data.indexNumber }) }];
    }
    const owner = data.indexNumber ? byNumber.get(data.indexNumber) : undefined;
    if (owner !== undefined && owner !== source.slug) {
      return [{ ...at(), message: m.indexNumberMoved({ indexNumber: data.indexNumber ?? '', owner }) }];
    }
    return [];
  });
}

/**
 * A document the previous build published that this one would not: its page, data and 索引号 leave
 * the site. A warning, since withdrawing a document can be intended; --strict makes it an error,
 * and a build without --strict accepts the withdrawal (the next catalogue no longer lists it).
 */
export function vanishedDocumentWarnings(
  docs: readonly ValidMinutes[],
  isPublished: (doc: ValidMinutes) => boolean,
  previous: readonly CatalogueEntry[],
  minutesDir: string,
  { disclosure: m }: ValidationLocale,
): ContentError[] {
  const bySlug = new Map(docs.map((doc) => [doc.source.slug, doc]));
  return previous.flatMap(({ id, indexNumber }): ContentError[] => {
    const doc = bySlug.get(id);
    if (doc && isPublished(doc)) return [];
    if (doc) {
      const at = { file: doc.source.file, line: lineOf(doc.source, ['disclosure', 'status']), field: 'disclosure' };
      return [{ ...at, message: m.vanishedUnpublished({ id, indexNumber }) }];
    }
    return [{ file: join(minutesDir, `${id}.md`), field: '', message: m.vanishedFile({ id, indexNumber }) }];
  });
}
