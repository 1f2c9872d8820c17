import { z } from 'astro/zod';

/** The kinds a document may be, as the content and the data files write them. */
export const documentKinds = z.enum(['纪要', '会议报道']);

/**
 * What kind of document a minutes file holds: a 纪要 (the formal minutes, with 文号, 整理 and closing
 * lines and 一、 headings; the default) or a 会议报道 (the news-style account of a meeting many
 * governments publish instead of, or beside, a 纪要). A report prints no 文号, 文种, 印发机关,
 * 成文日期, 整理 or 出席 lines and no 一、 headings: its agenda items are its 审议/听取/研究 sentences.
 */
export const documentKindSchema = documentKinds
  .default('纪要')
  .describe('文书类别：纪要（正式会议纪要，默认）或 会议报道（新闻式会议报道，可以没有文号、文种、印发机关、成文日期、整理、出席和“一、”标题）');

export type DocumentKind = z.infer<typeof documentKindSchema>;

/** The kind of a meeting report. */
export const MEETING_REPORT: DocumentKind = '会议报道';

/** Fields every 纪要 prints and a meeting report may leave out. */
export const FIELDS_OF_MINUTES_ONLY = ['documentType', 'documentNumber', 'issuingOffice', 'dateIssued', 'compiled'] as const;

/**
 * The ones the schema requires of every 纪要, in any language. 文号 and the 整理 line are printed by
 * Chinese official documents only, so a Chinese site's check asks for them (src/validation/locale-rules.ts).
 */
const FIELDS_OF_EVERY_MINUTES = ['documentType', 'issuingOffice', 'dateIssued'] as const;

interface KindFields {
  documentKind?: DocumentKind;
  attendance?: { present?: readonly unknown[] };
  [field: string]: unknown;
}

/**
 * The rule the kind sets: a 纪要 must have every field of FIELDS_OF_EVERY_MINUTES and at least one
 * person present (出席); a meeting report need not. Each missing field is one issue at its path,
 * worded like zod's own (a missing field reads "is required but missing").
 */
export function requireFieldsOfMinutes(data: KindFields, ctx: z.RefinementCtx): void {
  if (data.documentKind === MEETING_REPORT) return;
  for (const field of FIELDS_OF_EVERY_MINUTES) {
    if (data[field] === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: field === 'dateIssued' ? 'date' : 'string', input: undefined, path: [field], message: 'Invalid input: a 纪要 needs it (a 会议报道 need not)' });
    }
  }
  const present = data.attendance?.present;
  if (data.attendance !== undefined && present === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'array', input: undefined, path: ['attendance', 'present'], message: 'Invalid input: a 纪要 needs it' });
  } else if (data.attendance === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'object', input: undefined, path: ['attendance'], message: 'Invalid input: a 纪要 needs it' });
  } else if (Array.isArray(present) && present.length === 0) {
    ctx.addIssue({ code: 'too_small', origin: 'array', minimum: 1, inclusive: true, input: present, path: ['attendance', 'present'], message: 'Too small' });
  }
}
