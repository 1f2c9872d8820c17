import { importerNotesEn } from './importer-notes.en';
import type { ImporterMessages } from './importer.zh-CN';
import { englishCount } from './plural';

/** The report of `npm run import` and its folder summary, in English; same keys and parameters as importer.zh-CN.ts. */
export const importerEn = {
  section: ({ title, count }) => `${title} (${count}):`,
  none: () => 'none',
  found: () => 'Found',
  notFound: () => 'Not found',
  unplaced: () => 'Could not place (kept in the body: move each into its field or delete it)',
  removed: () => 'Removed on purpose',
  ocr: () => 'Read by OCR (to be checked, each line against the scan)',
  check: () => 'Check',
  readAs: ({ field, how }) => (field ? `${field} (${how})` : `(${how})`),
  foundLine: ({ field, value, line }) => `${field}: ${value}${line ? `  [line ${line}]` : ''}`,
  missingLine: ({ field, note }) => `${field} — ${note}`,
  unplacedLine: ({ lines, text }) => `line ${lines.join('+')}: ${text}`,
  removedLine: ({ kind, page, line, text }) => `${kind}, page ${page}, line ${line}: ${text}`,
  ocrLine: ({ page, line, text }) => `page ${page}, line ${line}: ${text}`,
  checkLine: ({ line, note }) => `${line ? `line ${line}: ` : ''}${note}`,
  sourceKind: ({ kind }) => ({ text: 'text', pdf: 'PDF', scan: 'scanned PDF read by OCR', docx: 'Word' })[kind],
  separator: () => ', ',
  pages: ({ count }) => englishCount(count, { one: 'page', other: 'pages' }),
  lines: ({ count }) => englishCount(count, { one: 'line', other: 'lines' }),
  read: ({ input, described }) => `Read ${input} (${described})`,
  wrote: ({ out }) => `Wrote ${out} (disclosure.status: draft)`,
  next: () => 'Next: review the file against the source, then run npm run check.',
  exists: ({ out }) => `${out} already exists; pass --out <path> to write elsewhere or --force to overwrite it`,
  existsInBatch: ({ out }) => `${out} already exists; pass --force to overwrite it`,
  column: ({ column }) => column,
  failed: () => 'failed',
  tally: ({ files, imported, failed }) => `${englishCount(files, { one: 'file', other: 'files' })}: ${imported} imported, ${failed} failed`,
  notes: importerNotesEn,
  summaryWritten: ({ json }) => `Wrote ${json}; the full report of each file is in it. Next: review each file against its source, then run npm run check.`,
} satisfies ImporterMessages;
