import { z } from 'astro/zod';
import { personNameSchema } from './person';

/** People of one organisation who attended without a vote (列席). */
export const observerGroupSchema = z.strictObject({
  /** The organisation as printed, e.g. 市住建局; must name an organisation in organisations.yaml. */
  organisation: z.string().trim().min(1),
  /** Its people, in printed order. */
  people: z.array(personNameSchema).min(1),
});

/** A member who sent apologies (请假). */
export const absenceSchema = z.strictObject({
  /** The person's name as printed. */
  name: personNameSchema,
  /** The reason, when the minutes give one, e.g. 公务. */
  reason: z.string().trim().min(1).optional(),
});

/** Who was at the meeting. */
export const attendanceSchema = z.strictObject({
  /** 出席: members present, in printed order (a 纪要 names at least one; minutes.ts checks it). */
  present: z.array(personNameSchema).default([]),
  /** 请假: members absent with leave. */
  absent: z.array(absenceSchema).default([]),
  /** 列席: non-voting attendees grouped by organisation, in printed order. */
  observers: z.array(observerGroupSchema).default([]),
  /** Other attendees as printed free text, e.g. 邮政公司、移动公司代表. */
  others: z.array(z.string().trim().min(1)).default([]),
});

export type Attendance = z.infer<typeof attendanceSchema>;
export type ObserverGroup = z.infer<typeof observerGroupSchema>;
