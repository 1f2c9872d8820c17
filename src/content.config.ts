import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { minutesSchema } from './schemas/minutes';
import { topicSchema } from './schemas/topic';
import { resolveProject } from './utils/project';

const { contentDir } = resolveProject(process.env);

export const collections = {
  minutes: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/minutes` }),
    schema: minutesSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
};
