import { z } from 'astro/zod';
import { titledPersonSchema } from './person';

/** The meeting a set of minutes records. */
export const meetingSchema = z.strictObject({
  /** The meeting's name as printed, e.g. 市政府第22次常务会议. */
  name: z.string().trim().min(1),
  /** Session number within its series: 第22次常务会议 → 22; a Chinese site's check requires it. */
  session: z.number().int().positive().optional(),
  /** Day the meeting was held. */
  date: z.date(),
  /** Time of day as printed: 上午, 下午, or an exact time such as 14:30. */
  timeOfDay: z.string().trim().min(1).optional(),
  /** Where the meeting was held, when the minutes say. */
  place: z.string().trim().min(1).optional(),
  /** Who chaired the meeting, with their title. */
  chair: titledPersonSchema,
});

export type Meeting = z.infer<typeof meetingSchema>;
