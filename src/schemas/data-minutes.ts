import { z } from 'astro/zod';
import { agendaKindSchema, ordinalSchema } from './agenda-item';
import { documentKinds } from './document-kind';
import { isoDaySchema, schemaRefSchema, siteLinkSchema } from './data-common';

/** One agenda item with its decisions as plain text. */
export const agendaItemDataSchema = z.strictObject({
  /** Chinese ordinal, e.g. 一. */
  ordinal: ordinalSchema,
  /** 审议, 听取, 研究 or 其他. */
  kind: agendaKindSchema,
  /** Heading text after the ordinal. */
  title: z.string().min(1),
  /** Title of the document reviewed, without 《》. */
  document: z.string().min(1).optional(),
  /** Topic ids. */
  topics: z.array(z.string().min(1)),
  /** 责任单位 as printed. */
  leadDepartments: z.array(z.string().min(1)),
  /** The earlier agenda item this one continues. */
  follows: z.strictObject({ minutes: z.string().min(1), ordinal: ordinalSchema, url: siteLinkSchema }).optional(),
  /** Permanent link to the item on the minutes page (#item-N). */
  url: siteLinkSchema,
  /** The item's heading and paragraphs as plain text, one paragraph per line. */
  text: z.string().min(1),
});

/** Every field of a data file; which are required depends on documentKind (minutesDataSchema). */
const anyMinutesData = z
  .strictObject({
    $schema: schemaRefSchema,
    /** Permanent id: the file name. */
    id: z.string().min(1),
    /** The minutes page (permanent). */
    url: siteLinkSchema,
    /** Title of the minutes page. */
    title: z.string().min(1),
    /** 索引号, when assigned. */
    indexNumber: z.string().min(1).optional(),
    /** 纪要 or 会议报道 (a meeting report, which may have no 文种, 文号, office, 成文日期 or 整理 line). */
    documentKind: documentKinds,
    /** 发文机关. */
    issuer: z.string().min(1),
    /** 文种 (every 纪要 has one). */
    documentType: z.string().min(1).optional(),
    /** 文号 as printed (every 纪要 has one). */
    documentNumber: z.string().min(1).optional(),
    /** Office printed under the number (every 纪要 has one). */
    issuingOffice: z.string().min(1).optional(),
    /** 成文日期 (every 纪要 has one). */
    dateIssued: isoDaySchema.optional(),
    /** 发布日期, when known. */
    datePublished: isoDaySchema.optional(),
    /** 有效性, when stated. */
    validity: z.string().min(1).optional(),
    /** 发布层次 as printed, e.g. 此件公开发布. */
    release: z.string().min(1).optional(),
    /** One-sentence summary. */
    summary: z.string().min(1).optional(),
    /** 主题分类: topic ids. */
    topics: z.array(z.string().min(1)),
    /** The meeting. */
    meeting: z.strictObject({
      /** Name as printed. */
      name: z.string().min(1),
      /** Session number, when the series numbers its meetings. */
      session: z.number().int().positive().optional(),
      /** Day held. */
      date: isoDaySchema,
      /** Time of day as printed (上午, 下午, 14:30). */
      timeOfDay: z.string().min(1).optional(),
      /** Place, when printed. */
      place: z.string().min(1).optional(),
      /** Chair and their title. */
      chair: z.strictObject({ name: z.string().min(1), title: z.string().min(1) }),
    }),
    /** The 整理 line (every 纪要 has one). */
    compiled: z.strictObject({ by: z.string().min(1), date: isoDaySchema }).optional(),
    /** Where the published text was taken from, when recorded. */
    source: z.string().min(1).optional(),
    /** The opening text before the first agenda item, one paragraph per line. */
    opening: z.string(),
    /** Agenda items in order. */
    agenda: z.array(agendaItemDataSchema).min(1),
    /** Who attended. */
    attendance: z.strictObject({
      /** 出席. */
      present: z.array(z.string().min(1)),
      /** 请假, with reasons when given. */
      absent: z.array(z.strictObject({ name: z.string().min(1), reason: z.string().min(1).optional() })),
      /** 列席, by organisation. */
      observers: z.array(z.strictObject({ organisation: z.string().min(1), people: z.array(z.string().min(1)) })),
      /** Other attendees as printed. */
      others: z.array(z.string().min(1)),
    }),
    /** 主送 as printed. */
    recipients: z.array(z.string().min(1)),
    /** 抄送 as printed. */
    copies: z.array(z.string().min(1)),
    /** Files published with the minutes. */
    attachments: z.array(z.strictObject({ title: z.string().min(1), url: siteLinkSchema, bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) })),
    /** Corrections after publication, oldest first. */
    revisions: z.array(z.strictObject({ date: isoDaySchema, note: z.string().min(1) })),
  });

/**
 * /data/minutes/<id>.json: one public minutes document, every structured field and its text. A 纪要
 * has its 文种, 文号, office, 成文日期 and 整理 line; a meeting report (会议报道) may have none of them.
 */
export const minutesDataSchema = z
  .discriminatedUnion('documentKind', [
    anyMinutesData.extend({
      documentKind: z.literal('纪要'),
      documentType: z.string().min(1),
      documentNumber: z.string().min(1),
      issuingOffice: z.string().min(1),
      dateIssued: isoDaySchema,
      compiled: z.strictObject({ by: z.string().min(1), date: isoDaySchema }),
    }),
    anyMinutesData.extend({ documentKind: z.literal('会议报道') }),
  ])
  .meta({ title: 'One minutes document' });

export type AgendaItemData = z.infer<typeof agendaItemDataSchema>;
export type MinutesData = z.infer<typeof minutesDataSchema>;
