import { z } from 'astro/zod';

/** A topic (主题分类) that agenda items are filed under; the entry id is its URL slug. */
export const topicSchema = z.strictObject({
  /** Stable URL slug, lower-case ASCII, e.g. work-safety. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by -'),
  /** Display name, e.g. 安全生产. */
  name: z.string().trim().min(1),
  /** One or two sentences shown on the topic's page. */
  description: z.string().trim().min(1).optional(),
});

export type Topic = z.infer<typeof topicSchema>;
