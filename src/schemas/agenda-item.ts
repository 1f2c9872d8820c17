import { z } from 'astro/zod';
import { schemaRules } from './messages';
import { slugSchema } from './slug';

/** Chinese numerals that number agenda items: 一 … 九十九. */
export const ordinalSchema = z
  .string({ error: schemaRules.chineseNumeral })
  .regex(/^[一二三四五六七八九十]+$/u, schemaRules.chineseNumeral);

/** What the meeting did with an agenda item. */
export const agendaKindSchema = z.enum(['审议', '听取', '研究', '其他']);

/** A link to an agenda item of an earlier meeting. */
export const agendaItemLinkSchema = z.strictObject({
  /** Slug (file name without .md) of the earlier minutes. */
  minutes: slugSchema,
  /** Ordinal of the item in those minutes, e.g. 四. */
  ordinal: ordinalSchema,
});

/** One agenda item (议题) as listed in the frontmatter; its decisions are in the body under a heading. */
export const agendaItemSchema = z.strictObject({
  /** Chinese ordinal as printed before the heading: 一, 二, … 十一. */
  ordinal: ordinalSchema,
  /** 审议 (review a document), 听取 (hear a report), 研究 (study a matter) or 其他. */
  kind: agendaKindSchema,
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
