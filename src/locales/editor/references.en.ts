import { englishCount } from './plural';
import type { DateStep, ListKind, ReferencesMessages } from './references.zh-CN';

const stepNames: Record<DateStep, string> = { meeting: 'the meeting', compiled: 'the date compiled', issued: 'the date issued', published: 'the date published' };
const listNames: Record<ListKind, string> = { organisation: 'organisation', topic: 'topic', person: 'person' };
const items = { one: 'agenda item', other: 'agenda items' };

/** What the checks across files find, in English; same keys and parameters as references.zh-CN.ts. */
export const referencesEn = {
  ambiguousName: ({ name, ids }) => `the name "${name}" belongs to more than one organisation (${ids.join(', ')}); give each organisation its own names`,
  duplicateId: ({ kind, id }) => `repeats the ${listNames[kind]} id "${id}"; ids must be unique`,
  inAgendaItem: ({ ordinal }) => ` in agenda item ${ordinal}`,
  inObservers: () => ' in 列席 (observers)',
  unknownOrganisation: ({ name, place, suggestion }) => `unknown organisation "${name}"${place}${suggestion} (organisations are listed in organisations.yaml)`,
  topicChoice: ({ id, name }) => `${id} (${name ?? ''})`,
  unknownTopic: ({ id, place, suggestion }) => `unknown topic "${id}"${place}${suggestion} (topics are listed by id in topics.yaml)`,
  dateOrder: ({ step, date, previousStep, previous }) =>
    `${stepNames[step].replace(/^the /u, '')} ${date} is before ${stepNames[previousStep]} (${previous}); the dates must run meeting ≤ compiled ≤ issued ≤ published`,
  duplicateSlug: ({ slug, others }) => `the file name "${slug}" is also used by ${others}; file names are permalinks, so rename the newer file`,
  duplicateIndexNumber: ({ indexNumber, others }) => `the index number "${indexNumber}" is also used by ${others}; each document has its own`,
  duplicateDocumentNumber: ({ issuer, documentType, documentNumber, year, others }) =>
    `${issuer}${documentType} ${documentNumber} of ${year} is also the number of ${others}; check the document number`,
  followsField: ({ ordinal }) => ` (agenda item ${ordinal})`,
  followsMissing: ({ minutes, suggestion }) => `names minutes "${minutes}", which do not exist${suggestion}`,
  followsNoItem: ({ minutes, ordinal, items: present }) => `names item ${ordinal} of ${minutes}, which has items ${present.join(', ')}; correct the ordinal`,
  followsUnpublished: ({ minutes }) => `names ${minutes}, which is not published, so the link would lead nowhere; publish it first or remove follows`,
  followsNotEarlier: ({ minutes, date }) => `names ${minutes}, whose meeting (${date}) is not earlier than this one; follows must name an earlier meeting`,
  attachmentMissing: ({ name, path }) => `"${name}" does not exist (looked for ${path}); add the file or correct the path`,
  attachmentHash: ({ stated, actual }) => `is ${stated} but the file's SHA-256 is ${actual}; update it if the new file is the right one`,
  latestSlug: ({ slug }) => `the file name "${slug}" is the address of the list by publication date (/minutes/${slug}/); add words, e.g. changwu-${slug}`,
  reservedSlug: ({ slug }) => `the file name "${slug}" is only digits, which /minutes/<year>/ pages use; add words, e.g. changwu-${slug}`,
  agendaCount: ({ listed, headings }) =>
    `lists ${englishCount(listed, items)} but the body has ${englishCount(headings, { one: 'agenda heading', other: 'agenda headings' })} (## 一、…); list every heading in the frontmatter, in the same order`,
  reportHeading: ({ ordinal, title }) =>
    `is 会议报道, which has no agenda headings, but the body has "## ${ordinal}、${title}"; write it as a paragraph, or make the file a 纪要 (documentKind: 纪要)`,
  agendaOrdinalRepeated: ({ ordinal }) => `is ${ordinal}, like an earlier item; give each agenda item its own ordinal`,
  missingDocumentNumber: () => 'is required but missing (document number, 文号) on a Chinese site; copy it from the original, e.g. documentNumber: 第5号',
  missingSession: () => 'is required but missing (session number) on a Chinese site; write which meeting of the series it is, e.g. session: 22 for 第22次常务会议',
  missingCompiled: () => 'is required but missing (the 整理 line) on a Chinese site; copy compiled.by and compiled.date from the original',
  notChineseOrdinal: ({ ordinal }) => `the agenda ordinal "${ordinal}" is not a Chinese numeral; a Chinese site numbers its items 一, 二, 三… and the body's headings "## 一、…"`,
  agendaOrdinal: ({ ordinal, position }) => `is ${ordinal} but item ${position} of the agenda should be numbered in sequence (一, 二, 三…)`,
  agendaTitle: ({ written, heading, line }) => `"${written}" differs from the body's heading on line ${line}: "${heading}"; make them the same`,
} satisfies ReferencesMessages;
