import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ImporterMessages } from '../locales/editor/importer.zh-CN';
import { organisationSchema } from '../schemas/organisation';
import { topicSchema } from '../schemas/topic';
import { OrganisationIndex } from '../utils/organisations';
import { validEntries } from '../validation/scaffold';
import { importMinutes, type ImportCollections, type ImportedMinutes } from './import-minutes';
import { readSource, UnreadableSourceError, type Source } from './read-source';
import { minutesMarkdown } from './render';
import { formatReport } from './report';

/** One source imported (or not): what the summary table and its JSON say about it. */
export interface FileOutcome {
  /** The source file as given (or found in a folder). */
  file: string;
  /** The markdown file written, or that would have been written. */
  out: string;
  /** text, pdf, scan (OCR) or docx; absent when the file could not be read. */
  kind?: Source['format'];
  /** 纪要, or 会议报道 for a meeting report. */
  documentKind?: ImportedMinutes['documentKind'];
  /** The 文种 printed, when read. */
  documentType?: string;
  encoding?: string;
  /** Names of the fields found and not found. */
  found: string[];
  missing: string[];
  /** Paragraphs kept in the body because they fit no field. */
  unplaced: number;
  /** Things to check: guesses, conversions, OCR'd lines. */
  warnings: number;
  /** Why the file failed: unreadable, or its output exists and --force was not given. */
  error?: string;
  /** The full import report. */
  report?: string;
}

/** The organisations and topics of a content folder, which references are resolved against. */
export function loadCollections(contentDir: string): ImportCollections {
  return {
    organisations: new OrganisationIndex(validEntries(contentDir, 'organisations.yaml', (entry) => organisationSchema.safeParse(entry).data)),
    topics: validEntries(contentDir, 'topics.yaml', (entry) => topicSchema.safeParse(entry).data),
  };
}

/** Field names without the item number (agenda.3.kind → agenda.kind); findings without a field (a headline) are left out. */
function fieldNames(entries: ReadonlyArray<{ field: string }>): string[] {
  return [...new Set(entries.filter((entry) => entry.field !== '').map((entry) => entry.field.replace(/\.\d+\./u, '.').replace(/\s*\(.*\)$/u, '')))];
}

/** Reads and imports one source; the caller chooses where it goes. Throws UnreadableSourceError. */
export async function readAndImport(file: string, collections: ImportCollections): Promise<{ source: Source; imported: ImportedMinutes }> {
  const source = await readSource(file);
  const imported = importMinutes(source.lines, collections, { sourceName: file });
  imported.findings.unsure.push(...source.notes.map((note) => ({ line: 0, note })));
  return { source, imported };
}

/** Writes the markdown of an imported source, never over an existing file unless `force`. Returns an error sentence or undefined. */
export function writeImported(imported: ImportedMinutes, out: string, force: boolean): string | undefined {
  if (existsSync(out) && !force) return `${out} already exists; pass --force to overwrite it`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, minutesMarkdown(imported));
  return undefined;
}

/** The outcome of a source read and imported, before it is written. */
export function outcomeOf(file: string, out: string, source: Source, imported: ImportedMinutes, messages: ImporterMessages): FileOutcome {
  const { findings } = imported;
  return {
    file,
    out,
    kind: source.format,
    documentKind: imported.documentKind,
    ...(imported.header.documentType ? { documentType: imported.header.documentType } : {}),
    ...(source.encoding ? { encoding: source.encoding } : {}),
    found: fieldNames(findings.found),
    missing: fieldNames(findings.missing),
    unplaced: findings.unplaced.length,
    warnings: findings.unsure.length + findings.ocr.length,
    report: formatReport(findings, messages),
  };
}

/** The outcome of a file that could not be read. */
export function failedOutcome(file: string, out: string, error: unknown): FileOutcome {
  if (!(error instanceof UnreadableSourceError)) throw error;
  return { file, out, found: [], missing: [], unplaced: 0, warnings: 0, error: error.message };
}
