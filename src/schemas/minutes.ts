import { z } from 'astro/zod';
import { agendaItemSchema } from './agenda-item';
import { attendanceSchema } from './attendance';
import { disclosureSchema } from './disclosure';
import { meetingSchema } from './meeting';

/** Who compiled (整理) the minutes, and when. */
export const compiledSchema = z.strictObject({
  /** The compiling office as printed, e.g. 太仓市人民政府办公室. */
  by: z.string().trim().min(1),
  /** Date on the 整理 line. */
  date: z.date(),
});

/** The frontmatter of one minutes (纪要) markdown file. */
export const minutesSchema = z.strictObject({
  /** 发文机关: the body that issues the minutes, e.g. 太仓市人民政府. */
  issuer: z.string().trim().min(1),
  /** 文种: the document type as printed, e.g. 常务会议纪要. */
  documentType: z.string().trim().min(1),
  /** 文号: the document number exactly as printed, e.g. 第5号. */
  documentNumber: z.string().trim().min(1),
  /** The office that issued the document, printed under the number. */
  issuingOffice: z.string().trim().min(1),
  /** 成文日期: the date printed in the header. */
  dateIssued: z.date(),
  /** The meeting these minutes record. */
  meeting: meetingSchema,
  /** The 整理 line. */
  compiled: compiledSchema,
  /** Agenda items in the order of the body's headings. */
  agenda: z.array(agendaItemSchema).min(1),
  /** 出席, 列席 and other attendees. */
  attendance: attendanceSchema,
  /** 主送: recipients as printed, in order. */
  recipients: z.array(z.string().trim().min(1)).default([]),
  /** 抄送: copies as printed, in order. */
  copies: z.array(z.string().trim().min(1)).default([]),
  /** Disclosure status; only 主动公开 + published files are rendered. */
  disclosure: disclosureSchema,
});

export type Minutes = z.infer<typeof minutesSchema>;
