import { z } from 'astro/zod';

/** What the meeting did with an agenda item. */
export const agendaKindSchema = z.enum(['审议', '听取', '研究', '其他']);

/** One agenda item (议题) as listed in the frontmatter; its decisions are in the body under a heading. */
export const agendaItemSchema = z.strictObject({
  /** Chinese ordinal as printed before the heading: 一, 二, … 十一. */
  ordinal: z.string().regex(/^[一二三四五六七八九十百]+$/u, 'must be a Chinese numeral such as 一 or 十二'),
  /** 审议 (review a document), 听取 (hear a report), 研究 (study a matter) or 其他. */
  kind: agendaKindSchema,
  /** The heading text after the ordinal, exactly as in the body. */
  title: z.string().trim().min(1),
  /** Title of the document reviewed, without 《》, when the item has one. */
  document: z.string().trim().min(1).optional(),
  /** Topic ids (from the topics collection) this item is about. */
  topics: z.array(z.string().min(1)).min(1),
  /** Units told to act on the decision, as named in the minutes, e.g. 市住建局. */
  leadDepartments: z.array(z.string().trim().min(1)).default([]),
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaKind = z.infer<typeof agendaKindSchema>;
