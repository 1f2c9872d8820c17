import type { ImporterNotes } from '../locales/editor/importer-notes.zh-CN';

/** The values a note's message takes: none for a message without parameters. */
type ParamsOf<F> = F extends () => string ? unknown : F extends (params: infer P) => string ? P : never;

/**
 * A note of the import report, kept as the key of its message and the values it says, so the
 * importer reads a source the same way whatever the site's language, and the report says it in
 * that language (src/locales/editor/importer-notes.*.ts).
 */
export type ImporterNote = { [K in keyof ImporterNotes]: { key: K } & ParamsOf<ImporterNotes[K]> }[keyof ImporterNotes];

/** The note with key K. */
export type NoteOf<K extends ImporterNote['key']> = Extract<ImporterNote, { key: K }>;

/** A note in the language of `notes`. */
export function sayNote(note: ImporterNote, notes: ImporterNotes): string {
  return (notes[note.key] as (params: ImporterNote) => string)(note);
}
