import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { indexNumberConfigSchema, type IndexNumberConfig } from '../schemas/index-number';
import { minutesSchema } from '../schemas/minutes';
import { organisationSchema, type Organisation } from '../schemas/organisation';
import { personSchema } from '../schemas/person';
import type { SiteConfig } from '../schemas/site';
import { topicSchema, type Topic } from '../schemas/topic';
import { OrganisationIndex } from '../utils/organisations';
import { loadSiteConfig } from '../utils/project';
import { isPublic } from '../utils/publication';
import { agendaBodyErrors } from './body';
import { localeRuleErrors } from './locale-rules';
import { compareContentErrors, type ContentError } from './content-error';
import { disclosureWarnings, indexNumberFormErrors } from './disclosure-rules';
import { changedIndexNumberErrors, readPreviousCatalogue } from './previous-catalogue';
import {
  ambiguousOrganisationNames,
  attachmentErrors,
  dateOrderErrors,
  duplicateErrors,
  duplicateIds,
  followsErrors,
  reservedSlugErrors,
  unknownReferenceErrors,
  type ValidMinutes,
} from './references';
import { schemaErrors } from './schema-issues';
import { impossibleDateErrors, minutesFiles, readMinutesSource, readYamlSource, yamlSyntaxErrors, type YamlSource } from './source';

export interface ValidationOptions {
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Where attachments whose path starts with / live. */
  publicDir?: string;
  /** The previous build's catalogue (data/minutes.json), to check that no published 索引号 changed. */
  previousCatalogue?: string | undefined;
}

export interface ValidationReport {
  /** Every problem found, ordered by file and line; empty when the content is valid. */
  errors: ContentError[];
  /** What the disclosure rules ask but the build can do without, in the same order; `--strict` counts them as errors. */
  warnings: ContentError[];
  /** What was read. */
  counts: { minutes: number; published: number; organisations: number; topics: number; people: number };
}

/** Reads a list-shaped data file and validates each entry; a missing file is an error only when `required`. */
function readList<T>(contentDir: string, name: string, schema: z.ZodType<T>, cwd: string, required: boolean) {
  const path = join(contentDir, name);
  const source = readYamlSource(path, cwd);
  if (!source) {
    const errors: ContentError[] = required ? [{ file: relative(cwd, path), field: '', message: 'is missing; every content folder needs one' }] : [];
    return { source: null, entries: [] as T[], errors };
  }
  const syntax = yamlSyntaxErrors(source);
  if (syntax.length > 0) return { source, entries: [] as T[], errors: syntax };
  const raw = source.document.toJS() ?? [];
  if (!Array.isArray(raw)) {
    return { source, entries: [] as T[], errors: [{ file: source.file, line: 1, field: '', message: 'must be a list of entries, each starting with "- id:"' }] };
  }
  const entries: T[] = [];
  const errors: ContentError[] = [];
  errors.push(...impossibleDateErrors(source));
  raw.forEach((entry, index) => {
    const result = schemaErrors(source, schema, entry, [index]);
    errors.push(...result.errors.map((error) => ({ ...error, field: `${index}.${error.field}` })));
    if (result.value !== undefined) entries.push(result.value as T);
  });
  return { source, entries, errors };
}

/** The site's language and 索引号 form; an unreadable site.json is reported and the defaults used. */
function siteRules(contentDir: string, cwd: string, errors: ContentError[]): { indexNumber: IndexNumberConfig; lang: SiteConfig['lang'] } {
  try {
    const { indexNumber, lang } = loadSiteConfig(contentDir);
    return { indexNumber, lang };
  } catch (error) {
    errors.push({ file: relative(cwd, join(contentDir, 'site.json')), field: '', message: (error as Error).message.replace(/^[^:]*: /u, '') });
    return { indexNumber: indexNumberConfigSchema.parse({}), lang: 'zh-CN' };
  }
}

/** Validates a whole content folder and returns every problem at once. */
export function validateContent(contentDir: string, options: ValidationOptions = {}): ValidationReport {
  const cwd = options.cwd ?? process.cwd();
  const publicDir = options.publicDir ?? join(cwd, 'public');
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const { indexNumber, lang } = siteRules(contentDir, cwd, errors);
  // The disclosure rules are those of the 政府信息公开条例: they hold for a Chinese site only.
  const chinese = lang === 'zh-CN';

  const organisations = readList<Organisation>(contentDir, 'organisations.yaml', organisationSchema, cwd, true);
  const topics = readList<Topic>(contentDir, 'topics.yaml', topicSchema, cwd, true);
  const people = readList(contentDir, 'people.yaml', personSchema, cwd, false);
  errors.push(...organisations.errors, ...topics.errors, ...people.errors);
  const lists: Array<[YamlSource | null, ReadonlyArray<{ id: string }>, string]> = [
    [organisations.source, organisations.entries, 'organisation'],
    [topics.source, topics.entries, 'topic'],
    [people.source, people.entries, 'person'],
  ];
  for (const [source, entries, what] of lists) if (source) errors.push(...duplicateIds(source, entries, what));
  if (organisations.source) errors.push(...ambiguousOrganisationNames(organisations.source, organisations.entries));

  const index = new OrganisationIndex(organisations.entries);
  const valid: ValidMinutes[] = [];
  const files = minutesFiles(contentDir);
  for (const path of files) {
    const source = readMinutesSource(path, cwd);
    const syntax = yamlSyntaxErrors(source);
    if (syntax.length > 0) {
      errors.push(...syntax);
      continue;
    }
    const data = source.document.toJS() ?? {};
    const result = schemaErrors(source, minutesSchema, data);
    errors.push(...impossibleDateErrors(source), ...result.errors);
    if (!result.value) continue;
    const doc = { source, data: result.value };
    valid.push(doc);
    errors.push(...agendaBodyErrors(source, doc.data.agenda, lang), ...localeRuleErrors(doc, lang), ...dateOrderErrors(doc), ...reservedSlugErrors(doc));
    // Without a readable organisations or topics file every reference would be reported; its own error says enough.
    if (organisations.source && topics.source) errors.push(...unknownReferenceErrors(doc, index, topics.entries));
    errors.push(...attachmentErrors(doc, publicDir));
    if (chinese) errors.push(...indexNumberFormErrors(doc, indexNumber));
    if (chinese) warnings.push(...disclosureWarnings(doc, indexNumber));
  }
  errors.push(...duplicateErrors(valid), ...followsErrors(valid));
  if (options.previousCatalogue) {
    const previous = readPreviousCatalogue(options.previousCatalogue, cwd);
    errors.push(...previous.errors, ...changedIndexNumberErrors(valid, previous.entries));
  }

  return {
    errors: errors.sort(compareContentErrors),
    warnings: warnings.sort(compareContentErrors),
    counts: {
      minutes: files.length,
      published: valid.filter((doc) => isPublic(doc.data.disclosure)).length,
      organisations: organisations.entries.length,
      topics: topics.entries.length,
      people: people.entries.length,
    },
  };
}
