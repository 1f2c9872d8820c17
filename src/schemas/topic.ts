import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** A topic (主题分类) that agenda items are filed under. */
export const topicSchema = z.strictObject({
  /** Stable URL slug, e.g. work-safety. */
  id: slugSchema,
  /** Display name, e.g. 安全生产. */
  name: z.string().trim().min(1),
  /** One or two sentences shown on the topic's page. */
  description: z.string().trim().min(1).optional(),
  /** Other words citizens use for the topic, e.g. 安全隐患; used by search. */
  keywords: z.array(z.string().trim().min(1)).default([]),
});

export type Topic = z.infer<typeof topicSchema>;
