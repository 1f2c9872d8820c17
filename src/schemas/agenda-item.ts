import { z } from 'astro/zod';
import { schemaRules } from './messages';
import { ORDINAL_PATTERN } from '../utils/agenda';
import { slugSchema } from './slug';

/**
 * The ordinal an agenda item is printed with: Chinese numerals (一 … 九十九), or, on an English site, a number as
 * printed (1, 38, *42, S-56), a Roman numeral (IV) or a letter (A). A Chinese site's check accepts Chinese numerals only.
 */
export const ordinalSchema = z
  .string({ error: schemaRules.ordinal })
  .regex(ORDINAL_PATTERN, schemaRules.ordinal);

/** What the meeting did with an agenda item. */
export const agendaKindSchema = z.enum(['审议', '听取', '研究', '其他']);

/** English names an English site's editors may write for the kinds; stored as the Chinese name, shown through the locale. */
export const agendaKindAliases: Record<string, z.infer<typeof agendaKindSchema>> = { review: '审议', report: '听取', study: '研究', other: '其他' };

/** The kind as frontmatter writes it: the Chinese name or its English alias. */
const agendaKindInputSchema = z.preprocess((value) => (typeof value === 'string' ? (agendaKindAliases[value] ?? value) : value), agendaKindSchema);

/** A link to an agenda item of an earlier meeting. */
export const agendaItemLinkSchema = z.strictObject({
  /** Slug (file name without .md) of the earlier minutes. */
  minutes: slugSchema,
  /** Ordinal of the item in those minutes, e.g. 四. */
  ordinal: ordinalSchema,
});

/** One agenda item (议题) as listed in the frontmatter; its decisions are in the body under a heading. */
export const agendaItemSchema = z.strictObject({
  /** Ordinal as printed before the heading: 一, 二, … 十一 on a Chinese site; 1, A, IV or 38 on an English one (an unquoted 1 reads as a number). */
  ordinal: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), ordinalSchema),
  /** 审议 (review a document), 听取 (hear a report), 研究 (study a matter) or 其他; in English review, report, study or other. */
  kind: agendaKindInputSchema,
  /** The heading text after the ordinal, exactly as in the body. */
  title: z.string().trim().min(1),
  /** Title of the document reviewed, without 《》, when the item has one. */
  document: z.string().trim().min(1).optional(),
  /** Topic ids (from topics.yaml) this item is about. */
  topics: z.array(z.string().min(1)).min(1),
  /** Units told to act on the decision, as printed, e.g. 市住建局; each must name an organisation. */
  leadDepartments: z.array(z.string().trim().min(1)).default([]),
  /** The agenda item of an earlier meeting this item continues. */
  follows: agendaItemLinkSchema.optional(),
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaKind = z.infer<typeof agendaKindSchema>;
export type AgendaItemLink = z.infer<typeof agendaItemLinkSchema>;
