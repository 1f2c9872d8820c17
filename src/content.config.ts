import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { minutesSchema } from './schemas/minutes';
import { organisationSchema } from './schemas/organisation';
import { personSchema } from './schemas/person';
import { topicSchema } from './schemas/topic';
import { contentDir, searchRecordsFile } from 'virtual:gongkai/config';
import { format, ui, url } from './data/site';
import { withLeanEntries } from './loaders/lean-entries';
import { withSearchRecords } from './loaders/search-records';

/** A list file the content folder may leave out: without it the collection is empty and nothing is logged. */
function optionalFile(path: string): Loader {
  return existsSync(path) ? file(path) : { name: 'optional-file', load: async ({ store }) => store.clear() };
}

export const collections = {
  minutes: defineCollection({
    // The permalink is the file name alone, so editors may sort files into folders (by year, say) freely.
    // The search records are written as soon as the minutes are synced, so the index runs beside the pages.
    loader: withSearchRecords(withLeanEntries(glob({ pattern: '**/*.md', base: `${contentDir}/minutes`, generateId: ({ entry }) => basename(entry, '.md') })), {
      recordsFile: searchRecordsFile,
      contentDir,
      context: { ui, format, minutesUrl: (id) => url('minutes', id) },
    }),
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
    loader: optionalFile(`${contentDir}/people.yaml`),
    schema: personSchema,
  }),
};
