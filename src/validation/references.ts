import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidationLocale } from '../locales/editor';
import type { DateStep, ListKind } from '../locales/editor/references.zh-CN';
import type { Minutes } from '../schemas/minutes';
import type { Organisation } from '../schemas/organisation';
import type { Topic } from '../schemas/topic';
import { isoDate } from '../utils/dates';
import { OrganisationIndex } from '../utils/organisations';
import { LATEST_LIST } from '../utils/paths';
import { isPublic } from '../utils/publication';
import type { ContentError } from './content-error';
import { lineOf, type MinutesSource, type YamlSource } from './source';
import { closestNames } from './suggest';

/** A minutes file whose frontmatter passed the schema. */
export interface ValidMinutes {
  source: MinutesSource;
  data: Minutes;
}

/** Names that two organisations both claim, which would make a reference ambiguous. */
export function ambiguousOrganisationNames(source: YamlSource, organisations: readonly Organisation[], { references: m }: ValidationLocale): ContentError[] {
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
      message: m.ambiguousName({ name, ids }),
    }));
}

/** Entries of a data file whose id repeats an earlier one. */
export function duplicateIds(source: YamlSource, entries: ReadonlyArray<{ id: string }>, kind: ListKind, { references: m }: ValidationLocale): ContentError[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return [];
    }
    return [{ file: source.file, line: lineOf(source, [index, 'id']), field: `${index}.id`, message: m.duplicateId({ kind, id: entry.id }) }];
  });
}

type Path = Array<string | number>;

/** Every field of a minutes file that must name an organisation, with the name it gives and where it is, in words. */
function organisationReferences(data: Minutes, m: ValidationLocale['references']): Array<{ path: Path; name: string; place: string }> {
  return [
    { path: ['issuer'], name: data.issuer, place: '' },
    // A meeting report may print neither.
    ...(data.issuingOffice ? [{ path: ['issuingOffice'], name: data.issuingOffice, place: '' }] : []),
    ...(data.compiled ? [{ path: ['compiled', 'by'], name: data.compiled.by, place: '' }] : []),
    ...data.agenda.flatMap((item, index) =>
      item.leadDepartments.map((name, position) => ({ path: ['agenda', index, 'leadDepartments', position], name, place: m.inAgendaItem({ ordinal: item.ordinal }) })),
    ),
    ...data.attendance.observers.map((group, index) => ({ path: ['attendance', 'observers', index, 'organisation'], name: group.organisation, place: m.inObservers() })),
  ];
}

/** References to organisations and topics that name nothing known, each with the closest known names. */
export function unknownReferenceErrors(doc: ValidMinutes, organisations: OrganisationIndex, topics: readonly Topic[], messages: ValidationLocale): ContentError[] {
  const { source, data } = doc;
  const { references: m, validation } = messages;
  const errors: ContentError[] = [];
  for (const { path, name, place } of organisationReferences(data, m)) {
    if (organisations.resolve(name)) continue;
    const suggestion = validation.didYouMean({ candidates: closestNames(name, organisations.byName.keys()) });
    errors.push({ file: source.file, line: lineOf(source, path), field: path.join('.'), message: m.unknownOrganisation({ name, place, suggestion }) });
  }
  const topicIds = new Set(topics.map((topic) => topic.id));
  const topicRefs: Array<{ path: Path; id: string; place: string }> = [
    ...(data.topics ?? []).map((id, index) => ({ path: ['topics', index], id, place: '' })),
    ...data.agenda.flatMap((item, index) => item.topics.map((id, position) => ({ path: ['agenda', index, 'topics', position], id, place: m.inAgendaItem({ ordinal: item.ordinal }) }))),
  ];
  for (const { path, id, place } of topicRefs) {
    if (topicIds.has(id)) continue;
    // Editors often write the topic's name instead of its id: suggest by both.
    const byName = topics.filter((topic) => topic.name === id || closestNames(id, [topic.name], 1).length > 0);
    const byId = closestNames(id, topicIds);
    const choices = [...new Set([...byName.map((topic) => topic.id), ...byId])].map((choice) => m.topicChoice({ id: choice, name: topics.find((topic) => topic.id === choice)?.name }));
    const suggestion = validation.didYouMean({ candidates: choices.slice(0, 3) });
    errors.push({ file: source.file, line: lineOf(source, path), field: path.join('.'), message: m.unknownTopic({ id, place, suggestion }) });
  }
  return errors;
}

/** Meeting ≤ 整理 ≤ 成文 ≤ 发布: each date may not precede the one before it. */
export function dateOrderErrors({ source, data }: ValidMinutes, { references: m }: ValidationLocale): ContentError[] {
  const steps: Array<{ path: Path; step: DateStep; date: Date | undefined }> = [
    { path: ['meeting', 'date'], step: 'meeting', date: data.meeting.date },
    { path: ['compiled', 'date'], step: 'compiled', date: data.compiled?.date },
    { path: ['dateIssued'], step: 'issued', date: data.dateIssued },
    { path: ['datePublished'], step: 'published', date: data.datePublished },
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
        // Written as the editor wrote them, so the two can be found in the file.
        message: m.dateOrder({ step: step.step, date: isoDate(step.date), previousStep: previous.step, previous: isoDate(previous.date) }),
      });
    }
    previous = step;
  }
  return errors;
}

/** Errors for values that must be unique across all minutes: slug, 索引号, and the printed number. Every file of a clash is told. */
export function duplicateErrors(docs: readonly ValidMinutes[], { references: m }: ValidationLocale): ContentError[] {
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
  check((doc) => doc.source.slug, [], (doc, others) => m.duplicateSlug({ slug: doc.source.slug, others }));
  check((doc) => doc.data.indexNumber, ['indexNumber'], (doc, others) => m.duplicateIndexNumber({ indexNumber: doc.data.indexNumber ?? '', others }));
  // Numbers such as 第5号 restart every year, so the year issued is part of what must be unique.
  check(
    // A meeting report has no number to clash.
    (doc) => (doc.data.documentNumber && doc.data.dateIssued ? [doc.data.issuer, doc.data.documentType, doc.data.documentNumber, doc.data.dateIssued.getUTCFullYear()].join('\u0000') : undefined),
    ['documentNumber'],
    ({ data }, others) =>
      m.duplicateDocumentNumber({ ...data, documentType: data.documentType ?? '', documentNumber: data.documentNumber ?? '', year: (data.dateIssued ?? data.meeting.date).getUTCFullYear(), others }),
  );
  return errors;
}

/** `follows` must point at an agenda item of an earlier, published meeting. */
export function followsErrors(docs: readonly ValidMinutes[], { references: m, validation }: ValidationLocale): ContentError[] {
  const bySlug = new Map(docs.map((doc) => [doc.source.slug, doc]));
  return docs.flatMap(({ source, data }) =>
    data.agenda.flatMap((item, index): ContentError[] => {
      if (!item.follows) return [];
      const { minutes, ordinal } = item.follows;
      const path = ['agenda', index, 'follows'];
      const error = (message: string): ContentError[] => [
        { file: source.file, line: lineOf(source, path), field: `${path.join('.')}${m.followsField({ ordinal: item.ordinal })}`, message },
      ];
      const target = bySlug.get(minutes);
      if (!target) return error(m.followsMissing({ minutes, suggestion: validation.didYouMean({ candidates: closestNames(minutes, bySlug.keys()) }) }));
      if (!target.data.agenda.some((other) => other.ordinal === ordinal)) {
        return error(m.followsNoItem({ minutes, ordinal, items: target.data.agenda.map((other) => other.ordinal) }));
      }
      if (isPublic(data.disclosure) && !isPublic(target.data.disclosure)) return error(m.followsUnpublished({ minutes }));
      if (target.data.meeting.date >= data.meeting.date) return error(m.followsNotEarlier({ minutes, date: isoDate(target.data.meeting.date) }));
      return [];
    }),
  );
}

/** Attachments and the original must exist (beside the markdown, or under public/ for paths starting with /) with the stated SHA-256. */
export function attachmentErrors({ source, data }: ValidMinutes, publicDir: string, { references: m }: ValidationLocale): ContentError[] {
  const files: Array<{ file: string; sha256: string; path: Array<string | number> }> = [
    ...(data.original ? [{ ...data.original, path: ['original'] }] : []),
    ...data.attachments.map((attachment, index) => ({ ...attachment, path: ['attachments', index] })),
  ];
  return files.flatMap(({ file: name, sha256, path }): ContentError[] => {
    const file = name.startsWith('/') ? join(publicDir, name) : join(dirname(source.path), name);
    const at = { file: source.file, line: lineOf(source, [...path, 'file']), field: [...path, 'file'].join('.') };
    if (!existsSync(file)) return [{ ...at, message: m.attachmentMissing({ name, path: file }) }];
    const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (actual === sha256) return [];
    return [{ ...at, field: [...path, 'sha256'].join('.'), line: lineOf(source, [...path, 'sha256']), message: m.attachmentHash({ stated: sha256, actual }) }];
  });
}

/**
 * /minutes/<year>/ lists one year's minutes and /minutes/latest/ all of them by 发布日期, so a file
 * name of digits alone, or latest, would take a listing's address.
 */
export function reservedSlugErrors({ source }: ValidMinutes, { references: m }: ValidationLocale): ContentError[] {
  if (source.slug === LATEST_LIST) return [{ file: source.file, line: 1, field: '', message: m.latestSlug({ slug: LATEST_LIST }) }];
  if (!/^\d+$/.test(source.slug)) return [];
  return [{ file: source.file, line: 1, field: '', message: m.reservedSlug({ slug: source.slug }) }];
}
