import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { SiteConfig } from '../schemas/site';
import type { EditorLocale, ValidationLocale } from '../locales/editor';
import type { ListKind } from '../locales/editor/references.zh-CN';
import { minutesSchema } from '../schemas/minutes';
import { organisationSchema, type Organisation } from '../schemas/organisation';
import { personSchema } from '../schemas/person';
import { topicSchema, type Topic } from '../schemas/topic';
import { OrganisationIndex } from '../utils/organisations';
import { isMeetingReport } from '../utils/minutes';
import { isPublic } from '../utils/publication';
import { agendaBodyErrors } from './body';
import { localeRuleErrors } from './locale-rules';
import { compareContentErrors, type ContentError } from './content-error';
import { disclosureWarnings, indexNumberFormErrors } from './disclosure-rules';
import { changedIndexNumberErrors, readPreviousCatalogue, vanishedDocumentWarnings } from './previous-catalogue';
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
import { readSiteSettings } from './site-config';
import { minutesFiles, readMinutesSource, readYamlSource, yamlSyntaxErrors, type YamlSource } from './source';

export interface ValidationOptions {
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Where attachments whose path starts with / live. */
  publicDir?: string;
  /**
   * The previous build's catalogue (its output folder or data/minutes.json), to check that no published
   * 索引号 changed (an error) and no published document vanished (a warning).
   */
  previousCatalogue?: string | undefined;
  /** The site configuration, when the caller has already read and validated it (the build has); otherwise site.json is read here. */
  site?: SiteConfig | undefined;
  /** The language of the messages; by default the one of site.json `lang`. */
  locale?: EditorLocale | undefined;
}

export interface ValidationReport {
  /** The language the messages are in, for whoever prints the report. */
  locale: EditorLocale;
  /** Every problem found, ordered by file and line; empty when the content is valid. */
  errors: ContentError[];
  /** What the disclosure rules ask but the build can do without, in the same order; `--strict` counts them as errors. */
  warnings: ContentError[];
  /** What was read. */
  counts: { minutes: number; published: number; organisations: number; topics: number; people: number };
}

/** Reads a list-shaped data file and validates each entry; a missing file is an error only when `required`. */
function readList<T>(contentDir: string, name: string, schema: z.ZodType<T>, cwd: string, required: boolean, messages: ValidationLocale) {
  const path = join(contentDir, name);
  const source = readYamlSource(path, cwd);
  const m = messages.validation;
  if (!source) {
    const errors: ContentError[] = required ? [{ file: relative(cwd, path), field: '', message: m.missingFile() }] : [];
    return { source: null, entries: [] as T[], errors };
  }
  const syntax = yamlSyntaxErrors(source, m);
  if (syntax.length > 0) return { source, entries: [] as T[], errors: syntax };
  const raw = source.document.toJS() ?? [];
  if (!Array.isArray(raw)) {
    return { source, entries: [] as T[], errors: [{ file: source.file, line: 1, field: '', message: m.notAList() }] };
  }
  const entries: T[] = [];
  const errors: ContentError[] = [];
  raw.forEach((entry, index) => {
    const result = schemaErrors(source, schema, entry, messages, [index]);
    errors.push(...result.errors.map((error) => ({ ...error, field: `${index}.${error.field}` })));
    if (result.value !== undefined) entries.push(result.value as T);
  });
  return { source, entries, errors };
}

/** Validates a whole content folder and returns every problem at once. */
export function validateContent(contentDir: string, options: ValidationOptions = {}): ValidationReport {
  const cwd = options.cwd ?? process.cwd();
  const publicDir = options.publicDir ?? join(cwd, 'public');
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const site = readSiteSettings(contentDir, cwd, options.locale, options.site);
  const { messages, indexNumber } = site;
  errors.push(...site.errors);
  const lang = site.lang;
  // The disclosure rules are those of the 政府信息公开条例: they hold for a Chinese site only.
  const chinese = lang === 'zh-CN';

  const organisations = readList<Organisation>(contentDir, 'organisations.yaml', organisationSchema, cwd, true, messages);
  const topics = readList<Topic>(contentDir, 'topics.yaml', topicSchema, cwd, true, messages);
  const people = readList(contentDir, 'people.yaml', personSchema, cwd, false, messages);
  errors.push(...organisations.errors, ...topics.errors, ...people.errors);
  const lists: Array<[YamlSource | null, ReadonlyArray<{ id: string }>, ListKind]> = [
    [organisations.source, organisations.entries, 'organisation'],
    [topics.source, topics.entries, 'topic'],
    [people.source, people.entries, 'person'],
  ];
  for (const [source, entries, kind] of lists) if (source) errors.push(...duplicateIds(source, entries, kind, messages));
  if (organisations.source) errors.push(...ambiguousOrganisationNames(organisations.source, organisations.entries, messages));

  const index = new OrganisationIndex(organisations.entries);
  const valid: ValidMinutes[] = [];
  const files = minutesFiles(contentDir);
  for (const path of files) {
    const source = readMinutesSource(path, cwd);
    const syntax = yamlSyntaxErrors(source, messages.validation);
    if (syntax.length > 0) {
      errors.push(...syntax);
      continue;
    }
    const data = source.data ?? {};
    const result = schemaErrors(source, minutesSchema, data, messages);
    errors.push(...result.errors);
    if (!result.value) continue;
    const doc = { source, data: result.value };
    valid.push(doc);
    errors.push(
      ...agendaBodyErrors(source, doc.data.agenda, messages, isMeetingReport(doc.data), lang),
      ...localeRuleErrors(doc, lang, messages),
      ...dateOrderErrors(doc, messages),
      ...reservedSlugErrors(doc, messages),
    );
    // Without a readable organisations or topics file every reference would be reported; its own error says enough.
    if (organisations.source && topics.source) errors.push(...unknownReferenceErrors(doc, index, topics.entries, messages));
    errors.push(...attachmentErrors(doc, publicDir, messages));
    if (chinese) errors.push(...indexNumberFormErrors(doc, indexNumber, messages));
    if (chinese) warnings.push(...disclosureWarnings(doc, indexNumber, messages));
  }
  errors.push(...duplicateErrors(valid, messages), ...followsErrors(valid, messages));
  if (options.previousCatalogue) {
    const previous = readPreviousCatalogue(options.previousCatalogue, cwd, messages);
    errors.push(...previous.errors, ...changedIndexNumberErrors(valid, previous.entries, messages));
    warnings.push(...vanishedDocumentWarnings(valid, (doc) => isPublic(doc.data.disclosure), previous.entries, relative(cwd, join(contentDir, 'minutes')), messages));
  }

  return {
    locale: site.locale,
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
