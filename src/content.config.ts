import { basename } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { minutesSchema } from './schemas/minutes';
import { organisationSchema } from './schemas/organisation';
import { personSchema } from './schemas/person';
import { topicSchema } from './schemas/topic';
import { resolveProject } from './utils/project';

const { contentDir } = resolveProject(process.env);

export const collections = {
  minutes: defineCollection({
    // The permalink is the file name alone, so editors may sort files into folders (by year, say) freely.
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/minutes`, generateId: ({ entry }) => basename(entry, '.md') }),
    schema: minutesSchema,
  }),
  topics: defineCollection({
    loader: file(`${contentDir}/topics.yaml`),
    schema: topicSchema,
  }),
  organisations: defineCollection({
    loader: file(`${contentDir}/organisations.yaml`),
    schema: organisationSchema,
  }),
  people: defineCollection({
    loader: file(`${contentDir}/people.yaml`),
    schema: personSchema,
  }),
};
