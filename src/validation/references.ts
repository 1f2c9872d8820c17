import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Minutes } from '../schemas/minutes';
import type { Organisation } from '../schemas/organisation';
import type { Topic } from '../schemas/topic';
import { isoDate } from '../utils/dates';
import { OrganisationIndex } from '../utils/organisations';
import { isPublic } from '../utils/publication';
import type { ContentError } from './content-error';
import { lineOf, type MinutesSource, type YamlSource } from './source';
import { closestNames, didYouMean } from './suggest';

/** A minutes file whose frontmatter passed the schema. */
export interface ValidMinutes {
  source: MinutesSource;
  data: Minutes;
}

/** Names that two organisations both claim, which would make a reference ambiguous. */
export function ambiguousOrganisationNames(source: YamlSource, organisations: readonly Organisation[]): ContentError[] {
  const owners = new Map<string, string[]>();
  for (const organisation of organisations) {
    for (const name of new Set([organisation.name, ...organisation.shortNames])) owners.set(name, [...(owners.get(name) ?? []), organisation.id]);
  }
  return [...owners]
    .filter(([, ids]) => ids.length > 1)
    .map(([name, ids]) => ({
      file: source.file,
      line: lineOf(source, [organisations.findIndex((organisation) => organisation.id === ids[1])]),
      field: '',
      message: `the name "${name}" belongs to more than one organisation (${ids.join(', ')}); give each organisation its own names`,
    }));
}

/** Entries of a data file whose id repeats an earlier one. */
export function duplicateIds(source: YamlSource, entries: ReadonlyArray<{ id: string }>, what: string): ContentError[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return [];
    }
    return [{ file: source.file, line: lineOf(source, [index, 'id']), field: `${index}.id`, message: `repeats the ${what} id "${entry.id}"; ids must be unique` }];
  });
}

type Path = Array<string | number>;

/** Every field of a minutes file that must name an organisation, with the name it gives. */
function organisationReferences(data: Minutes): Array<{ path: Path; name: string; context: string }> {
  return [
    { path: ['issuer'], name: data.issuer, context: '' },
    { path: ['issuingOffice'], name: data.issuingOffice, context: '' },
    ...(data.compiled ? [{ path: ['compiled', 'by'], name: data.compiled.by, context: '' }] : []),
    ...data.agenda.flatMap((item, index) =>
      item.leadDepartments.map((name, position) => ({
        path: ['agenda', index, 'leadDepartments', position],
        name,
        context: ` in agenda item ${item.ordinal}`,
      })),
    ),
    ...data.attendance.observers.map((group, index) => ({
      path: ['attendance', 'observers', index, 'organisation'],
      name: group.organisation,
      context: ' in 列席',
    })),
  ];
}

/** References to organisations and topics that name nothing known, each with the closest known names. */
export function unknownReferenceErrors(doc: ValidMinutes, organisations: OrganisationIndex, topics: readonly Topic[]): ContentError[] {
  const { source, data } = doc;
  const errors: ContentError[] = [];
  for (const { path, name, context } of organisationReferences(data)) {
    if (organisations.resolve(name)) continue;
    errors.push({
      file: source.file,
      line: lineOf(source, path),
      field: path.join('.'),
      message: `unknown organisation "${name}"${context}${didYouMean(closestNames(name, organisations.byName.keys()))} (organisations are listed in organisations.yaml)`,
    });
  }
  const topicIds = new Set(topics.map((topic) => topic.id));
  const topicRefs: Array<{ path: Path; id: string; context: string }> = [
    ...(data.topics ?? []).map((id, index) => ({ path: ['topics', index], id, context: '' })),
    ...data.agenda.flatMap((item, index) =>
      item.topics.map((id, position) => ({ path: ['agenda', index, 'topics', position], id, context: ` in agenda item ${item.ordinal}` })),
    ),
  ];
  for (const { path, id, context } of topicRefs) {
    if (topicIds.has(id)) continue;
    // Editors often write the topic's name instead of its id: suggest by both.
    const byName = topics.filter((topic) => topic.name === id || closestNames(id, [topic.name], 1).length > 0);
    const byId = closestNames(id, topicIds);
    const suggestions = [...new Set([...byName.map((topic) => topic.id), ...byId])].map(
      (suggestion) => `${suggestion} (${topics.find((topic) => topic.id === suggestion)?.name})`,
    );
    errors.push({
      file: source.file,
      line: lineOf(source, path),
      field: path.join('.'),
      message: `unknown topic "${id}"${context}${didYouMean(suggestions.slice(0, 3))} (topics are listed by id in topics.yaml)`,
    });
  }
  return errors;
}

/** Meeting ≤ 整理 ≤ 成文 ≤ 发布: each date may not precede the one before it. */
export function dateOrderErrors({ source, data }: ValidMinutes): ContentError[] {
  const steps: Array<{ path: Path; label: string; date: Date | undefined }> = [
    { path: ['meeting', 'date'], label: 'the meeting', date: data.meeting.date },
    { path: ['compiled', 'date'], label: 'the 整理 date', date: data.compiled?.date },
    { path: ['dateIssued'], label: 'the 成文日期', date: data.dateIssued },
    { path: ['datePublished'], label: 'the 发布日期', date: data.datePublished },
  ];
  const errors: ContentError[] = [];
  let previous = steps[0];
  for (const step of steps.slice(1)) {
    if (!step.date || !previous?.date) continue;
    if (step.date < previous.date) {
      errors.push({
        file: source.file,
        line: lineOf(source, step.path),
        field: step.path.join('.'),
        message: `is ${isoDate(step.date)}, before ${previous.label} (${isoDate(previous.date)}); the dates must run meeting ≤ 整理 ≤ 成文 ≤ 发布`,
      });
    }
    previous = step;
  }
  return errors;
}

/** Errors for values that must be unique across all minutes: slug, 索引号, and the printed number. Every file of a clash is told. */
export function duplicateErrors(docs: readonly ValidMinutes[]): ContentError[] {
  const errors: ContentError[] = [];
  const check = (keyOf: (doc: ValidMinutes) => string | undefined, path: Path, describe: (doc: ValidMinutes, others: string) => string) => {
    const groups = Map.groupBy(
      docs.filter((doc) => keyOf(doc) !== undefined),
      (doc) => keyOf(doc),
    );
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const doc of group) {
        const others = group.filter((other) => other !== doc).map((other) => other.source.file).join(', ');
        errors.push({ file: doc.source.file, line: path.length ? lineOf(doc.source, path) : undefined, field: path.join('.'), message: describe(doc, others) });
      }
    }
  };
  check((doc) => doc.source.slug, [], (doc, others) => `the file name "${doc.source.slug}" is also used by ${others}; file names are permalinks, so rename the newer file`);
  check((doc) => doc.data.indexNumber, ['indexNumber'], (doc, others) => `索引号 "${doc.data.indexNumber}" is also used by ${others}; each document has its own`);
  // Numbers such as 第5号 restart every year, so the year issued is part of what must be unique.
  check(
    (doc) => doc.data.documentNumber && [doc.data.issuer, doc.data.documentType, doc.data.documentNumber, doc.data.dateIssued.getUTCFullYear()].join('\u0000'),
    ['documentNumber'],
    (doc, others) =>
      `${doc.data.issuer}${doc.data.documentType} ${doc.data.documentNumber} of ${doc.data.dateIssued.getUTCFullYear()} is also the number of ${others}; check the document number`,
  );
  return errors;
}

/** `follows` must point at an agenda item of an earlier, published meeting. */
export function followsErrors(docs: readonly ValidMinutes[]): ContentError[] {
  const bySlug = new Map(docs.map((doc) => [doc.source.slug, doc]));
  return docs.flatMap(({ source, data }) =>
    data.agenda.flatMap((item, index): ContentError[] => {
      if (!item.follows) return [];
      const path = ['agenda', index, 'follows'];
      const error = (message: string): ContentError[] => [
        { file: source.file, line: lineOf(source, path), field: `${path.join('.')} (agenda item ${item.ordinal})`, message },
      ];
      const target = bySlug.get(item.follows.minutes);
      if (!target) {
        return error(`names minutes "${item.follows.minutes}", which do not exist${didYouMean(closestNames(item.follows.minutes, bySlug.keys()))}`);
      }
      if (!target.data.agenda.some((other) => other.ordinal === item.follows?.ordinal)) {
        return error(`names item ${item.follows.ordinal} of ${item.follows.minutes}, which has items ${target.data.agenda.map((other) => other.ordinal).join('、')}`);
      }
      if (isPublic(data.disclosure) && !isPublic(target.data.disclosure)) {
        return error(`names ${item.follows.minutes}, which is not published, so the link would lead nowhere`);
      }
      if (target.data.meeting.date >= data.meeting.date) {
        return error(`names ${item.follows.minutes}, whose meeting (${isoDate(target.data.meeting.date)}) is not earlier than this one`);
      }
      return [];
    }),
  );
}

/** Attachments and the original must exist (beside the markdown, or under public/ for paths starting with /) with the stated SHA-256. */
export function attachmentErrors({ source, data }: ValidMinutes, publicDir: string): ContentError[] {
  const files: Array<{ file: string; sha256: string; path: Array<string | number> }> = [
    ...(data.original ? [{ ...data.original, path: ['original'] }] : []),
    ...data.attachments.map((attachment, index) => ({ ...attachment, path: ['attachments', index] })),
  ];
  return files.flatMap(({ file: name, sha256, path }): ContentError[] => {
    const file = name.startsWith('/') ? join(publicDir, name) : join(dirname(source.path), name);
    const at = { file: source.file, line: lineOf(source, [...path, 'file']), field: [...path, 'file'].join('.') };
    if (!existsSync(file)) return [{ ...at, message: `"${name}" does not exist (looked for ${file})` }];
    const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (actual === sha256) return [];
    return [{ ...at, field: [...path, 'sha256'].join('.'), line: lineOf(source, [...path, 'sha256']), message: `is ${sha256} but the file's SHA-256 is ${actual}; update it if the new file is the right one` }];
  });
}

/** /minutes/<year>/ lists one year's minutes, so a file name of digits alone would take a year's address. */
export function reservedSlugErrors({ source }: ValidMinutes): ContentError[] {
  if (!/^\d+$/.test(source.slug)) return [];
  return [{ file: source.file, line: 1, field: '', message: `the file name "${source.slug}" is only digits, which /minutes/<year>/ pages use; add words, e.g. changwu-${source.slug}` }];
}
