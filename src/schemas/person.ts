import { z } from 'astro/zod';

/** A person's name as printed in the minutes, e.g. 吴敬宇. */
export const personNameSchema = z.string().trim().min(1);

/** A person together with the title they held at the meeting. */
export const titledPersonSchema = z.strictObject({
  /** The person's name, e.g. 吴敬宇. */
  name: personNameSchema,
  /** The title as printed, e.g. 常务副市长. */
  title: z.string().trim().min(1),
});

export type TitledPerson = z.infer<typeof titledPersonSchema>;
