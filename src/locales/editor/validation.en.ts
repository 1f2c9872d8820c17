import { joinChoices } from './list';
import { englishCount } from './plural';
import type { ExpectedType, ValidationMessages } from './validation.zh-CN';

const typeNames: Record<ExpectedType, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  date: 'a date',
  other: 'another kind of value',
};

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const entries = { one: 'entry', other: 'entries' };

/** What one file gets wrong on its own, in English; same keys and parameters as validation.zh-CN.ts. */
export const validationEn = {
  describe: {
    text: ({ text }) => `"${text}"`,
    list: () => 'a list',
    empty: () => 'empty',
    group: () => 'a group of fields',
  },
  required: ({ label }) => `is required but missing${label ? ` (${label})` : ''}; add it`,
  wrongType: ({ expected, value }) => `must be ${typeNames[expected]}, not ${value}`,
  notADate: ({ value }) => `must be a date written as YYYY-MM-DD (e.g. 2023-04-10), not ${value}`,
  quotedDate: ({ written }) => `the date ${written} is in quotes, which makes it text; write it without quotes: ${written}`,
  impossibleDate: ({ written, label, year, month, days }) =>
    `${label ?? 'the date'} ${written} does not exist: ${monthNames[month - 1]} ${year} has ${days} days; check the month and the day`,
  oneOf: ({ allowed, value, suggestion }) => `must be one of ${allowed.join(', ')}, not ${value}${suggestion}`,
  tooFewEntries: ({ minimum }) => `must list at least ${englishCount(minimum, entries)}`,
  empty: () => 'must not be empty',
  tooSmall: ({ minimum, value }) => `must be at least ${minimum}, not ${value}`,
  tooLong: ({ maximum, length }) => `must be at most ${englishCount(maximum, { one: 'character', other: 'characters' })}; it has ${length}`,
  tooManyEntries: ({ maximum }) => `must list at most ${englishCount(maximum, entries)}`,
  tooBig: ({ maximum, value }) => `must be at most ${maximum}, not ${value}`,
  wrongForm: ({ value }) => `has the wrong form: ${value}`,
  unknownField: ({ key, suggestion }) => `"${key}" is not a known field; remove it or correct its name${suggestion}`,
  rule: {
    chineseNumeral: ({ value }) => `must be a Chinese numeral such as 一 or 十二, not ${value}`,
    ordinal: ({ value }) => `must be an ordinal as printed: 一 or 十二 (Chinese), 1, 38 or S-56 (numbers), A (letters) or IV (Roman numerals), not ${value}`,
    sha256Hex: ({ value }) => `must be 64 lower-case hex digits (run: sha256sum <file>), not ${value}`,
    slug: ({ value }) => `must be lower-case ASCII words joined by -, e.g. work-safety, not ${value}`,
    organisationCode: ({ value }) => `must be a 9-character organisation code (组织机构代码) such as 014145300, not ${value}`,
    patternYear: ({ value }) => `must contain YYYY, the year, but is ${value}`,
    timeZone: ({ value }) => `must be an IANA time zone such as Asia/Shanghai, not ${value}`,
    basePath: ({ value }) => `must start with /, e.g. /jiyao, not ${value}`,
    siteCode: ({ value }) => `must be the 10-character 网站标识码 (letters or digits), not ${value}`,
    policeFilingCode: ({ value }) => `must be the 14 digits of the 公安机关备案号, not ${value}`,
  },
  didYouMean: ({ candidates }) => (candidates.length ? ` — did you mean ${joinChoices(candidates, ', ', ' or ')}?` : ''),
  agendaItem: ({ ordinal }) => ` (agenda item ${ordinal})`,
  yamlSyntax: ({ detail }) => `the YAML cannot be read: ${detail}; check this line's indentation, colons and quotes`,
  yamlProblems: {
    MISSING_CHAR: 'a quotation mark or bracket is not closed',
    BAD_INDENT: 'the indentation is wrong',
    TAB_AS_INDENT: 'a tab indents this line; YAML indents with spaces only',
    DUPLICATE_KEY: 'the same field is written twice',
    MULTILINE_IMPLICIT_KEY: 'a colon is missing after a field name, or a value runs over several lines',
    BLOCK_AS_IMPLICIT_KEY: 'a colon is missing after a field name',
    UNEXPECTED_TOKEN: 'a character here is not YAML',
    BAD_SCALAR_START: 'a value cannot start with this character; put it in quotes',
    BAD_DQ_ESCAPE: 'a backslash escape inside double quotes is wrong',
  },
  missingFile: () => 'is missing; every content folder needs one',
  notAList: () => 'must be a list of entries, each starting with "- id:"',
  siteConfig: ({ detail }) => `the site configuration cannot be read: ${detail}`,
  siteConfigMissing: () => 'is missing; every content folder needs its site configuration (copy content/site.json and edit it)',
  invalidJson: ({ reason }) => `is not valid JSON (${reason}); check the quotes and commas there`,
  siteConfigFailed: ({ count, file }) =>
    `${englishCount(count, { one: 'problem', other: 'problems' })} in the site configuration; fix ${file} (every field is described in src/schemas/site.ts and site.schema.json) and build again`,
  fieldLabels: {
    indexNumber: 'index number',
    issuer: 'issuing body',
    documentType: 'document type',
    documentNumber: 'document number',
    issuingOffice: 'issuing office',
    dateIssued: 'date issued',
    datePublished: 'date published',
    'meeting.name': 'meeting name',
    'meeting.session': 'session number',
    'meeting.date': 'meeting date',
    'meeting.chair': 'chair',
    'compiled.by': 'compiling office',
    'compiled.date': 'date compiled',
    agenda: 'agenda',
    'agenda.*.title': 'agenda item title',
    'agenda.*.topics': "agenda item's topics",
    attendance: 'attendance',
    'attendance.present': 'members present',
    disclosure: 'disclosure',
    'disclosure.access': 'access',
    'disclosure.status': 'publication status',
    'revisions.*.date': 'date of the correction',
    'titles.*.from': 'first day in the post',
    'titles.*.to': 'last day in the post',
  },
} satisfies ValidationMessages;
