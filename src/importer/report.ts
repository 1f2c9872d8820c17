import type { Findings } from './findings';

function section(title: string, lines: readonly string[]): string[] {
  return [`${title} (${lines.length}):`, ...(lines.length ? lines.map((line) => `  ${line}`) : ['  none']), ''];
}

/** The import report: every field found with its value, every field not found, every line not placed, everything removed, and what to check. */
export function formatReport(findings: Findings): string {
  return [
    ...section(
      'Found',
      findings.found.map((found) => `${found.field}: ${found.value}${found.line ? `  [line ${found.line}]` : ''}`),
    ),
    ...section(
      'Not found',
      findings.missing.map((missing) => `${missing.field} — ${missing.note}`),
    ),
    ...section(
      'Could not place (kept in the body: move each into its field or delete it)',
      findings.unplaced.map((paragraph) => `line ${paragraph.lines.join('+')}: ${paragraph.text}`),
    ),
    ...section(
      'Removed on purpose',
      findings.removed.map((removal) => `${removal.kind}, page ${removal.page}, line ${removal.line}: ${removal.text}`),
    ),
    ...(findings.ocr.length
      ? section(
          'Read by OCR (to be checked, each line against the scan)',
          findings.ocr.map((line) => `page ${line.page}, line ${line.line}: ${line.text}`),
        )
      : []),
    ...section(
      'Check',
      findings.unsure.map((doubt) => `${doubt.line ? `line ${doubt.line}: ` : ''}${doubt.note}`),
    ),
  ].join('\n');
}
