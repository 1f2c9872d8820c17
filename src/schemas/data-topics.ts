import { z } from 'astro/zod';
import { feedLinksSchema, schemaRefSchema, siteLinkSchema } from './data-common';

/** /data/topics.json: every topic, with how many public agenda items it has and its feeds. */
export const topicsDataSchema = z
  .strictObject({
    $schema: schemaRefSchema,
    /** Topics in the site's collation order. */
    topics: z.array(
      z.strictObject({
        /** Stable id, used in agenda items' topics. */
        id: z.string().min(1),
        /** Display name. */
        name: z.string().min(1),
        /** Description, when written. */
        description: z.string().min(1).optional(),
        /** Other words for the topic. */
        keywords: z.array(z.string().min(1)),
        /** Public agenda items filed under it. */
        agendaItems: z.number().int().nonnegative(),
        /** The topic's page. */
        url: siteLinkSchema,
        /** Its feeds, when the site's address is configured. */
        feeds: feedLinksSchema.optional(),
      }),
    ),
  })
  .meta({ title: 'Topics' });

export type TopicsData = z.infer<typeof topicsDataSchema>;
