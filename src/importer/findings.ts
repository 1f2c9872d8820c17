import type { Paragraph, Removal } from './source-line';

/** What the importer found, missed, could not place and removed: everything its report says. */
export class Findings {
  /** Fields found, with the value written and the source line it came from. */
  readonly found: Array<{ field: string; value: string; line: number }> = [];
  /** Fields looked for and not found, with why they matter. */
  readonly missing: Array<{ field: string; note: string }> = [];
  /** Source paragraphs the importer could not place in a field; they are kept in the body. */
  readonly unplaced: Paragraph[] = [];
  /** What was removed on purpose. */
  readonly removed: Removal[] = [];
  /** Guesses an editor should check (fallback rules, conversions, names not in the collections). */
  readonly unsure: Array<{ line: number; note: string }> = [];
  /** Lines read by OCR from a scan: each is to be checked against the image. */
  readonly ocr: Array<{ line: number; page: number; text: string }> = [];

  find(field: string, value: unknown, paragraph: Paragraph | undefined): void {
    const text = Array.isArray(value) ? value.map(String).join(' | ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    this.found.push({ field, value: text, line: paragraph?.lines[0] ?? 0 });
  }

  miss(field: string, note: string): void {
    this.missing.push({ field, note });
  }

  doubt(paragraph: Paragraph | undefined, note: string): void {
    this.unsure.push({ line: paragraph?.lines[0] ?? 0, note });
  }
}
