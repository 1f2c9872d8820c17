import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** A person's name as printed in the minutes, e.g. 吴敬宇. */
export const personNameSchema = z.string().trim().min(1);

/** A person together with the title they held at the meeting. */
export const titledPersonSchema = z.strictObject({
  /** The person's name, e.g. 吴敬宇. */
  name: personNameSchema,
  /** The title as printed, e.g. 常务副市长. */
  title: z.string().trim().min(1),
});

/** A title held for a period; either end may be unknown. */
export const heldTitleSchema = z.strictObject({
  /** The title, e.g. 常务副市长. */
  title: z.string().trim().min(1),
  /** First day in the post, when known. */
  from: z.date().optional(),
  /** Last day in the post, when known. */
  to: z.date().optional(),
});

/** A person in the people collection. */
export const personSchema = z.strictObject({
  /** Stable URL slug, e.g. wu-jingyu. */
  id: slugSchema,
  /** Name as printed in the minutes. */
  name: personNameSchema,
  /** Titles over time, earliest first. */
  titles: z.array(heldTitleSchema).default([]),
});

export type TitledPerson = z.infer<typeof titledPersonSchema>;
export type Person = z.infer<typeof personSchema>;
