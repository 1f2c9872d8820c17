import type { AgendaKind } from '../schemas/agenda-item';
import type { Topic } from '../schemas/topic';
import type { OrganisationIndex } from '../utils/organisations';
import type { Findings } from './findings';
import { ITEM_HEADING } from './markers';
import { organisationName } from './organisations';
import { suggestTopics } from './topics';
import { splitList, withoutSpaces, type ParsedParagraph } from './text';

/** One agenda item read from the body: its heading paragraph, its points and the fields derived from them. */
export interface ImportedItem {
  heading: ParsedParagraph;
  points: ParsedParagraph[];
  ordinal: string;
  kind: AgendaKind;
  title: string;
  document?: string;
  topics: string[];
  leadDepartments: string[];
  /** A meeting report's item: announced by a sentence inside its paragraph, so the body has no heading for it. */
  inline?: boolean;
}

/** 听取 / 审议 / 研究 from how the heading starts; a heading ending in 汇报 is a report heard. */
export function itemKind(title: string): AgendaKind {
  const start = /^(听取|审议|研究)/u.exec(title)?.[1];
  if (start === '听取' || start === '审议' || start === '研究') return start;
  return /汇报$/u.test(title) ? '听取' : '其他';
}

/** Words that end the unit named in 会后由X根据…: what the unit is told to do starts with one of them. */
const ACTION_START = '根据|按照|依据|牵头|负责|会同|结合|抓紧|尽快|进一步|认真|抓好|做好|对照|组织|按程序|按';
const LEAD_PHRASE = new RegExp(`会后(?:由)?([^，。；,;：:]+?)(?:${ACTION_START})`, 'gu');

/**
 * Lead departments from 会后由市应急局根据… and 会后由沙溪镇、市城管局根据… (由 is sometimes left out:
 * 会后太仓生态环境局根据…). Units are split at 、 and, when the whole is not a known organisation,
 * at 和/及/与. Returned as printed, or in the simplified form when that names a known organisation.
 */
export function leadDepartments(points: readonly ParsedParagraph[], organisations: OrganisationIndex, findings: Findings): string[] {
  const units: string[] = [];
  for (const point of points) {
    for (const match of point.simple.matchAll(LEAD_PHRASE)) {
      const start = (match.index ?? 0) + match[0].indexOf(match[1] ?? '');
      const printed = point.text.slice(start, start + (match[1]?.length ?? 0));
      const simple = match[1] ?? '';
      const parts = splitList(simple, /[、，,]/u).flatMap((part) => (organisations.resolve(part) || organisations.resolve(printed.slice(simple.indexOf(part), simple.indexOf(part) + part.length)) ? [part] : splitList(part, /[和及与]/u)));
      let offset = 0;
      for (const part of parts) {
        const at = simple.indexOf(part, offset);
        offset = at + part.length;
        const { name: value, known } = organisationName(organisations, withoutSpaces(printed.slice(at, at + part.length)), withoutSpaces(part));
        if (!known) findings.doubt(point, { key: 'unknownOrganisation', field: 'leadDepartments', name: value });
        if (!units.includes(value)) units.push(value);
      }
    }
  }
  return units;
}

/**
 * Reads the agenda items: each heading 一、… with the points after it. The title is the heading
 * as printed after its ordinal; the document is the first title in 《》.
 */
export function readItems(paragraphs: readonly ParsedParagraph[], organisations: OrganisationIndex, topics: readonly Topic[], findings: Findings): ImportedItem[] {
  const items: ImportedItem[] = [];
  for (const paragraph of paragraphs) {
    const heading = ITEM_HEADING.exec(paragraph.simple);
    if (heading?.[1]) {
      const title = paragraph.text.slice(heading[0].length).trim();
      items.push({ heading: paragraph, points: [], ordinal: heading[1], kind: itemKind(paragraph.simple.slice(heading[0].length).trim()), title, topics: [], leadDepartments: [] });
    } else {
      items.at(-1)?.points.push(paragraph);
    }
  }
  items.forEach((item, index) => {
    const field = `agenda.${index}`;
    const document = /《([^》]+)》/u.exec(item.title)?.[1];
    if (document) item.document = document;
    item.leadDepartments = leadDepartments(item.points, organisations, findings);
    const simpleTitle = item.heading.simple.slice(item.heading.simple.length - item.title.length);
    item.topics = suggestTopics(topics, simpleTitle, item.points.map((point) => point.simple).join('\n'));
    findings.find(`${field}.title`, `${item.ordinal}、${item.title}`, item.heading);
    findings.find(`${field}.kind`, item.kind, item.heading);
    if (item.document) findings.find(`${field}.document`, item.document, item.heading);
    if (item.topics.length > 0) findings.find(`${field}.topics`, item.topics, item.heading, { key: 'suggested' });
    else findings.miss(`${field}.topics`, { key: 'noTopic', ordinal: item.ordinal });
    if (item.leadDepartments.length > 0) findings.find(`${field}.leadDepartments`, item.leadDepartments, item.heading);
    else findings.miss(`${field}.leadDepartments`, { key: 'noLead', ordinal: item.ordinal });
  });
  return items;
}
