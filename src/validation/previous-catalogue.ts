import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ValidationLocale } from '../locales/editor';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/** One document of the previous build's catalogue: its permalink id and the 索引号 it was published with. */
export interface CatalogueEntry {
  id: string;
  indexNumber: string;
}

/**
 * Reads the previous build's catalogue (/data/minutes.json) loosely: an array of objects, or an object
 * holding one, of which only `id` and `indexNumber` are read, so fields added later change nothing.
 */
export function readPreviousCatalogue(path: string, cwd: string, { disclosure: m }: ValidationLocale): { entries: CatalogueEntry[]; errors: ContentError[] } {
  const file = relative(cwd, path) || path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { entries: [], errors: [{ file, field: '', message: m.previousUnreadable({ detail: (error as Error).message.split('\n')[0] ?? '' }) }] };
  }
  const list = Array.isArray(raw) ? raw : Object.values(raw ?? {}).find((value): value is unknown[] => Array.isArray(value));
  if (!list) return { entries: [], errors: [{ file, field: '', message: m.previousNotCatalogue() }] };
  const entries = list.flatMap((item): CatalogueEntry[] => {
    const { id, indexNumber } = (item ?? {}) as Record<string, unknown>;
    return typeof id === 'string' && typeof indexNumber === 'string' && indexNumber !== '' ? [{ id, indexNumber }] : [];
  });
  return { entries, errors: [] };
}

/** A 索引号 once published never changes, and never moves to another document. */
export function changedIndexNumberErrors(docs: readonly ValidMinutes[], previous: readonly CatalogueEntry[], { disclosure: m }: ValidationLocale): ContentError[] {
  const byId = new Map(previous.map((entry) => [entry.id, entry.indexNumber]));
  const byNumber = new Map(previous.map((entry) => [entry.indexNumber, entry.id]));
  return docs.flatMap(({ source, data }): ContentError[] => {
    const at = { file: source.file, line: lineOf(source, [source.document.has('indexNumber') ? 'indexNumber' : 'dateIssued']), field: 'indexNumber' };
    const published = byId.get(source.slug);
    if (published !== undefined && published !== data.indexNumber) {
      return [{ ...at, message: m.indexNumberChanged({ published, now: data.indexNumber }) }];
    }
    const owner = data.indexNumber ? byNumber.get(data.indexNumber) : undefined;
    if (owner !== undefined && owner !== source.slug) {
      return [{ ...at, message: m.indexNumberMoved({ indexNumber: data.indexNumber ?? '', owner }) }];
    }
    return [];
  });
}
