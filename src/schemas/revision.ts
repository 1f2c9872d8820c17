import { z } from 'astro/zod';

/** A correction made after publication. */
export const revisionSchema = z.strictObject({
  /** Day the correction was published. */
  date: z.date(),
  /** What was corrected and why, for readers. */
  note: z.string().trim().min(1),
});

export type Revision = z.infer<typeof revisionSchema>;
