import type { ReportMessages } from '../locales/editor/report.zh-CN';

/** One problem in the content, located as precisely as the source allows. */
export interface ContentError {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line of the field, when known. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. agenda.3.leadDepartments.0; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, as a sentence. */
  message: string;
}

/** `file:line: field: message`, the form editors' tools and terminals link to. */
export function formatContentError(error: ContentError): string {
  const where = error.line ? `${error.file}:${error.line}` : error.file;
  return error.field ? `${where}: ${error.field}: ${error.message}` : `${where}: ${error.message}`;
}

/** Orders errors by file, then line, so a long report reads top to bottom. */
export function compareContentErrors(a: ContentError, b: ContentError): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field);
}

/** A warning in the same form, marked in the site's language so it reads apart from the problems: `file:line: field: 警告：message`. */
export function formatContentWarning(warning: ContentError, report: ReportMessages): string {
  return formatContentError({ ...warning, message: report.warning({ message: warning.message }) });
}

/** Warnings a build prints in full; the rest are counted, and `npm run check` lists them all. */
export const BUILD_WARNINGS_SHOWN = 5;

/**
 * The build log's lines for content warnings: a count, the first `shown` in full, and where the
 * rest are listed, so an archive missing one field in every file does not print a line per file.
 */
export function warningLines(warnings: readonly ContentError[], report: ReportMessages, shown = BUILD_WARNINGS_SHOWN): string[] {
  if (warnings.length === 0) return [];
  const rest = warnings.length - Math.min(shown, warnings.length);
  return [
    report.warningsHeading({ count: warnings.length, shown: rest > 0 ? shown : undefined }),
    ...warnings.slice(0, shown).map((warning) => formatContentWarning(warning, report)),
    ...(rest > 0 ? [report.warningsNotShown({ rest })] : []),
  ];
}
