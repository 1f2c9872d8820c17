import nzh from 'nzh/cn';
import type { Topic } from '../schemas/topic';
import type { OrganisationIndex } from '../utils/organisations';
import type { Findings } from './findings';
import { itemKind, leadDepartments, type ImportedItem } from './items';
import { SENTENCE_END } from './markers';
import { suggestTopics } from './topics';
import type { ParsedParagraph } from './text';

/**
 * A meeting report (会议报道): the news-style account many governments publish instead of, or
 * beside, the formal 纪要. It has no 文号, 整理 or closing lines; its agenda items are the sentences
 * that start a paragraph with 会议审议/听取/研究了…, and it is often headed by a headline.
 */
export { MEETING_REPORT } from '../schemas/document-kind';

/** 会议听取了…, 会议还审议并原则通过了《…》, 会上，听取了…: a paragraph that announces an agenda item. Group 1 is the verb. */
const REPORT_ITEM = /^\s*(?:会议|会上)[，,]?\s*(?:还|分别|首先|先后|又)?\s*(审议|听取|研究|审定|讨论)(?:并原则通过|并原则同意|通过|并)?了?/u;
/** 会议还研究了其他事项: the closing formula, not an item. */
const OTHER_BUSINESS = /^[^。]*其他(?:事项|问题|事宜)\s*[。.]?/u;

/** Whether the source is a meeting report: no 文号 or 文种, no 纪要 in its opening and no 一、 headings. */
export function isMeetingReport(hasHeaderFields: boolean, opening: ParsedParagraph | undefined, hasHeadings: boolean): boolean {
  return Boolean(opening) && !hasHeaderFields && !hasHeadings && !/纪要/u.test(opening?.simple ?? '');
}

/** The headline above a report's opening: a short paragraph that ends no sentence. */
export function isHeadline(paragraph: ParsedParagraph): boolean {
  return paragraph.simple.length <= 60 && !SENTENCE_END.test(paragraph.simple) && !/。/u.test(paragraph.simple);
}

/**
 * The agenda items of a report: each paragraph announcing one (REPORT_ITEM) starts an item whose
 * points are the paragraphs after it. The title is the announcing sentence from its verb, without
 * 了 (听取近期全区市容环境工作的汇报); items are numbered 一、二、… in order. Paragraphs before the
 * first item stay in the preamble.
 */
export function readReportItems(
  paragraphs: readonly ParsedParagraph[],
  organisations: OrganisationIndex,
  topics: readonly Topic[],
  findings: Findings,
): { preamble: ParsedParagraph[]; items: ImportedItem[] } {
  const preamble: ParsedParagraph[] = [];
  const items: ImportedItem[] = [];
  for (const paragraph of paragraphs) {
    const match = REPORT_ITEM.exec(paragraph.simple);
    if (!match?.[1] || OTHER_BUSINESS.test(paragraph.simple)) {
      (items.at(-1)?.points ?? preamble).push(paragraph);
      continue;
    }
    const verbAt = (match.index ?? 0) + match[0].indexOf(match[1]);
    const restAt = (match.index ?? 0) + match[0].length;
    const sentenceEnd = paragraph.simple.slice(restAt).search(/[。；;]/u);
    const end = sentenceEnd >= 0 ? restAt + sentenceEnd : paragraph.simple.length;
    const title = `${paragraph.text.slice(verbAt, verbAt + match[1].length)}${paragraph.text.slice(restAt, end)}`.trim();
    const ordinal = nzh.encodeS(items.length + 1);
    items.push({ heading: paragraph, points: [], ordinal, kind: itemKind(`${match[1]}${paragraph.simple.slice(restAt, end)}`), title, topics: [], leadDepartments: [], inline: true });
  }
  items.forEach((item, index) => {
    const field = `agenda.${index}`;
    const document = /《([^》]+)》/u.exec(item.title)?.[1];
    if (document) item.document = document;
    item.leadDepartments = leadDepartments([item.heading, ...item.points], organisations, findings);
    item.topics = suggestTopics(topics, item.title, [item.heading, ...item.points].map((point) => point.simple).join('\n'));
    findings.find(`${field}.title`, `${item.ordinal}、${item.title}`, item.heading);
    findings.find(`${field}.kind`, item.kind, item.heading);
    if (item.document) findings.find(`${field}.document`, item.document, item.heading);
    if (item.topics.length > 0) findings.find(`${field}.topics`, item.topics, item.heading, { key: 'suggested' });
    else findings.miss(`${field}.topics`, { key: 'noTopic', ordinal: item.ordinal });
  });
  return { preamble, items };
}
