import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { ContentError } from './content-error';
import type { ValidMinutes } from './references';
import { lineOf } from './source';

/** One document of the previous build's catalogue: its permalink id and the 索引号 it was published with, if any. */
export interface CatalogueEntry {
  id: string;
  indexNumber?: string | undefined;
}

const ASK = '请给出上次构建的输出目录或其中的 data/minutes.json';

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
function readJson(path: string, file: string): { value: unknown } | { error: ContentError } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: { file, field: '', message: `无法读取上一版的纪要目录：${(error as Error).message.split('\n')[0]} — ${ASK}` } };
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
export function readPreviousCatalogue(path: string, cwd: string): { entries: CatalogueEntry[]; errors: ContentError[] } {
  const indexPath = existsSync(path) && statSync(path).isDirectory() ? join(path, 'data', 'minutes.json') : path;
  const file = relative(cwd, indexPath) || indexPath;
  const read = readJson(indexPath, file);
  if ('error' in read) return { entries: [], errors: [read.error] };
  const raw = read.value as Record<string, unknown> | unknown[] | null;
  const years = !Array.isArray(raw) && Array.isArray(raw?.['years']) ? (raw['years'] as unknown[]) : undefined;
  if (years) {
    const entries: CatalogueEntry[] = [];
    const errors: ContentError[] = [];
    for (const { year } of years as Array<{ year?: unknown }>) {
      if (typeof year !== 'number') continue;
      const yearPath = join(dirname(indexPath), 'catalogue', `${year}.json`);
      const yearRead = readJson(yearPath, relative(cwd, yearPath) || yearPath);
      if ('error' in yearRead) errors.push(yearRead.error);
      else entries.push(...entriesOf(((yearRead.value ?? {}) as { minutes?: unknown }).minutes as unknown[] ?? []));
    }
    return { entries, errors };
  }
  const list = Array.isArray(raw) ? raw : Object.values(raw ?? {}).find((value): value is unknown[] => Array.isArray(value));
  if (!list) return { entries: [], errors: [{ file, field: '', message: `不是纪要目录：其中没有由 {id, indexNumber} 对象组成的数组 — ${ASK}` }] };
  return { entries: entriesOf(list), errors: [] };
}

/** A 索引号 once published never changes, and never moves to another document. */
export function changedIndexNumberErrors(docs: readonly ValidMinutes[], previous: readonly CatalogueEntry[]): ContentError[] {
  const numbered = previous.filter((entry): entry is Required<CatalogueEntry> => entry.indexNumber !== undefined);
  const byId = new Map(numbered.map((entry) => [entry.id, entry.indexNumber]));
  const byNumber = new Map(numbered.map((entry) => [entry.indexNumber, entry.id]));
  return docs.flatMap(({ source, data }): ContentError[] => {
    const at = { file: source.file, line: lineOf(source, [source.document.has('indexNumber') ? 'indexNumber' : 'dateIssued']), field: 'indexNumber' };
    const published = byId.get(source.slug);
    if (published !== undefined && published !== data.indexNumber) {
      const now = data.indexNumber ? `改成了 "${data.indexNumber}"` : '被删除了';
      return [{ ...at, message: `上一版发布时的索引号是 "${published}"，现在${now}；已发布的索引号不得更改 — 请改回 indexNumber: ${published}` }];
    }
    const owner = data.indexNumber ? byNumber.get(data.indexNumber) : undefined;
    if (owner !== undefined && owner !== source.slug) {
      return [{ ...at, message: `索引号 "${data.indexNumber}" 上一版发布时属于 ${owner}；索引号不得转给另一份文件 — 请为本文件另取索引号` }];
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
): ContentError[] {
  const bySlug = new Map(docs.map((doc) => [doc.source.slug, doc]));
  const accept = '确需撤回的，不带 --strict 构建一次即可（此后的构建不再提示）';
  return previous.flatMap(({ id, indexNumber }): ContentError[] => {
    const doc = bySlug.get(id);
    if (doc && isPublished(doc)) return [];
    const was = `上一版已公开发布${indexNumber ? `（索引号 ${indexNumber}）` : ''}`;
    if (doc) {
      const at = { file: doc.source.file, line: lineOf(doc.source, ['disclosure', 'status']), field: 'disclosure' };
      return [{ ...at, message: `${was}，本次不再公开，其页面 /minutes/${id}/ 和数据将从网站上消失 — 如非有意撤回，请改回 status: published 和 access: 主动公开；${accept}` }];
    }
    return [{ file: join(minutesDir, `${id}.md`), field: '', message: `${was}，本次内容中已没有这个文件，其页面 /minutes/${id}/ 将失效 — 文件名是纪要的永久地址，请恢复该文件；${accept}` }];
  });
}
