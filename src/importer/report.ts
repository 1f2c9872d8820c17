import type { ImporterMessages } from '../locales/editor/importer.zh-CN';
import type { Findings } from './findings';

/** The import report: every field found with its value, every field not found, every line not placed, everything removed, and what to check, in the site's language. */
export function formatReport(findings: Findings, messages: ImporterMessages): string {
  const section = (title: string, lines: readonly string[]) => [messages.section({ title, count: lines.length }), ...(lines.length ? lines : [messages.none()]).map((line) => `  ${line}`), ''];
  return [
    ...section(messages.found(), findings.found.map((found) => messages.foundLine(found))),
    ...section(messages.notFound(), findings.missing.map((missing) => messages.missingLine(missing))),
    ...section(messages.unplaced(), findings.unplaced.map((paragraph) => messages.unplacedLine(paragraph))),
    ...section(messages.removed(), findings.removed.map((removal) => messages.removedLine(removal))),
    ...(findings.ocr.length ? section(messages.ocr(), findings.ocr.map((line) => messages.ocrLine(line))) : []),
    ...section(messages.check(), findings.unsure.map((doubt) => messages.checkLine(doubt))),
  ].join('\n');
}
