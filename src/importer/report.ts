import type { ImporterMessages } from '../locales/editor/importer.zh-CN';
import type { Findings } from './findings';
import { sayNote } from './notes';

/** The import report: every field found with its value, every field not found, every line not placed, everything removed, and what to check, in the site's language. */
export function formatReport(findings: Findings, messages: ImporterMessages): string {
  const say = (note: Parameters<typeof sayNote>[0]) => sayNote(note, messages.notes);
  const section = (title: string, lines: readonly string[]) => [messages.section({ title, count: lines.length }), ...(lines.length ? lines : [messages.none()]).map((line) => `  ${line}`), ''];
  const found = findings.found.map(({ field, value, line, how }) =>
    messages.foundLine({ field: how ? messages.readAs({ field, how: say(how) }) : field, value: typeof value === 'string' ? value : say(value), line }),
  );
  return [
    ...section(messages.found(), found),
    ...section(messages.notFound(), findings.missing.map(({ field, note }) => messages.missingLine({ field, note: say(note) }))),
    ...section(messages.unplaced(), findings.unplaced.map((paragraph) => messages.unplacedLine(paragraph))),
    ...section(messages.removed(), findings.removed.map((removal) => messages.removedLine(removal))),
    ...(findings.ocr.length ? section(messages.ocr(), findings.ocr.map((line) => messages.ocrLine(line))) : []),
    ...section(messages.check(), findings.unsure.map(({ line, note }) => messages.checkLine({ line, note: say(note) }))),
  ].join('\n');
}
