import { z } from 'astro/zod';
import { agendaItemSchema } from './agenda-item';
import { attachmentSchema } from './attachment';
import { attendanceSchema } from './attendance';
import { disclosureSchema } from './disclosure';
import { documentKindSchema, requireFieldsOfMinutes } from './document-kind';
import { meetingSchema } from './meeting';
import { revisionSchema } from './revision';

/** 文种 seen in real minutes; others are accepted too (the list is open), these are only suggestions. */
export const knownDocumentTypes = ['常务会议纪要', '专题会议纪要', '市长办公会议纪要', '全体会议纪要', '办公会议纪要'] as const;

/** Who compiled (整理) the minutes, and when. */
export const compiledSchema = z.strictObject({
  /** The compiling office as printed, e.g. 某市人民政府办公室; must name an organisation. */
  by: z.string().trim().min(1),
  /** Date on the 整理 line. */
  date: z.date(),
});

/**
 * The frontmatter of one minutes (纪要) or meeting report (会议报道) markdown file. Its permalink is
 * the file name. Fields marked "in a 纪要" are required there and optional in a report.
 */
export const minutesSchema = z.strictObject({
  /** 纪要 (the default) or 会议报道; a report may leave out the fields only a 纪要 prints. */
  documentKind: documentKindSchema,
  /** 索引号 from the disclosure catalogue, when assigned; unique and never changed. */
  indexNumber: z.string().trim().min(1).optional(),
  /** 发文机关: the body that issues the minutes, e.g. 某市人民政府; must name an organisation. */
  issuer: z.string().trim().min(1),
  /** 文种: the document type as printed, e.g. 常务会议纪要 (in a 纪要). */
  documentType: z.string().trim().min(1).optional(),
  /** 文号: the document number exactly as printed, e.g. 第5号 or 常务会议纪要〔2023〕4号 (a Chinese site's 纪要 requires it). */
  documentNumber: z.string().trim().min(1).optional(),
  /** The office that issued the document, printed under the number; must name an organisation (in a 纪要). */
  issuingOffice: z.string().trim().min(1).optional(),
  /** 成文日期: the date printed in the header (in a 纪要). */
  dateIssued: z.date().optional(),
  /** 发布日期: the day the document was published on the disclosure platform, when known. */
  datePublished: z.date().optional(),
  /**
   * Why 发布日期 is more than 20 working days after 成文日期 (政府信息公开条例 Art. 26 allows the
   * deadline to be extended), e.g. 经本机关负责人批准延长公开期限; when given, the check does not warn.
   */
  publicationDelayReason: z.string().trim().min(1).optional().describe('发布日期晚于成文日期 20 个工作日以上的理由'),
  /** The meeting these minutes record. */
  meeting: meetingSchema,
  /** The 整理 line (a Chinese site's 纪要 requires it; English minutes seldom print one). */
  compiled: compiledSchema.optional(),
  /** Agenda items in the order of the body's headings. */
  agenda: z.array(agendaItemSchema).min(1),
  /** 出席, 请假, 列席 and other attendees; a report may name none (in a 纪要, at least one present). */
  attendance: attendanceSchema.prefault({}),
  /** 主送: recipients as printed, in order (organisation names or free text). */
  recipients: z.array(z.string().trim().min(1)).default([]),
  /** 抄送: copies as printed, in order (organisation names or free text). */
  copies: z.array(z.string().trim().min(1)).default([]),
  /** Disclosure status; only 主动公开 + published files are rendered. */
  disclosure: disclosureSchema,
  /** 主题分类 of the whole document (topic ids); when absent, the topics of its agenda items. */
  topics: z.array(z.string().min(1)).optional(),
  /** 有效性, when the catalogue states one, e.g. 有效. */
  validity: z.string().trim().min(1).optional(),
  /** One-sentence summary for listings, at most 100 characters. */
  summary: z.string().trim().min(1).max(100).optional(),
  /** The document as it was issued (its PDF or scan), offered for download beside the page; same path and SHA-256 rules as attachments. */
  original: attachmentSchema.omit({ title: true }).optional(),
  /** Files published with the minutes. */
  attachments: z.array(attachmentSchema).default([]),
  /** Where the published text was taken from (an address or archive reference), shown with the disclosure facts. */
  source: z.string().trim().min(1).optional().describe('Where the published text was taken from, e.g. the address of the page or archive it was copied from'),
  /** Corrections made after publication, oldest first. */
  revisions: z.array(revisionSchema).default([]),
})
  // Checked even when other fields are wrong, so that every problem is reported at once.
  .superRefine(requireFieldsOfMinutes, { when: () => true });

export type Minutes = z.infer<typeof minutesSchema>;
