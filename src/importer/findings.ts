import type { ImporterNote } from './notes';
import type { Paragraph, Removal } from './source-line';

/** What the importer found, missed, could not place and removed: everything its report says. */
export class Findings {
  /**
   * Fields found, with the value written (or a note saying it, e.g. a count), the source line it
   * came from and, where it matters, how it was read (from the title…). A finding without a field
   * is a part of the text placed without one (a report's headline).
   */
  readonly found: Array<{ field: string; value: string | ImporterNote; line: number; how?: ImporterNote }> = [];
  /** Fields looked for and not found, with why they matter. */
  readonly missing: Array<{ field: string; note: ImporterNote }> = [];
  /** Source paragraphs the importer could not place in a field; they are kept in the body. */
  readonly unplaced: Paragraph[] = [];
  /** What was removed on purpose. */
  readonly removed: Removal[] = [];
  /** Guesses an editor should check (fallback rules, conversions, names not in the collections). */
  readonly unsure: Array<{ line: number; note: ImporterNote }> = [];
  /** Lines read by OCR from a scan: each is to be checked against the image. */
  readonly ocr: Array<{ line: number; page: number; text: string }> = [];

  find(field: string, value: unknown, paragraph: Paragraph | undefined, how?: ImporterNote): void {
    const text = Array.isArray(value) ? value.map(String).join(' | ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    this.found.push({ field, value: text, line: paragraph?.lines[0] ?? 0, ...(how ? { how } : {}) });
  }

  /** A field found whose value the report says in words (a count of organisations and people). */
  findSaid(field: string, value: ImporterNote, paragraph: Paragraph | undefined): void {
    this.found.push({ field, value, line: paragraph?.lines[0] ?? 0 });
  }

  miss(field: string, note: ImporterNote): void {
    this.missing.push({ field, note });
  }

  doubt(paragraph: Paragraph | undefined, note: ImporterNote): void {
    this.unsure.push({ line: paragraph?.lines[0] ?? 0, note });
  }
}
