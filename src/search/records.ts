import type { ElementContent, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { UiStrings } from '../schemas/locale';
import type { Minutes } from '../schemas/minutes';
import type { SearchRecord } from '../schemas/search-record';
import { agendaItemId } from '../utils/agenda';
import { agendaNodeSections, type RenderedBody } from '../utils/agenda-sections';
import { formatDate, isoDate, yearOf } from '../utils/dates';
import { formatOf, type LocaleFormat } from '../utils/locale-format';
import type { MinutesDoc } from '../utils/minutes';
import { documentTitle, documentTypeLabel, isMeetingReport } from '../utils/minutes';
import { fillTemplate, joinWords } from '../utils/text';

/** One part of a minutes body: the text before the first agenda heading (id null) or one agenda item. */
export interface BodySection {
  /** The heading's id (item-N), null for the opening text. */
  id: string | null;
  /** Heading text, empty for the opening text. */
  heading: string;
  /** Heading and paragraphs, joined by line breaks. */
  text: string;
}

/** Cuts rendered minutes HTML at its agenda headings, keeping each block's text. */
export function bodySections(body: RenderedBody): BodySection[] {
  const { intro, items } = agendaNodeSections(body);
  const lines = (nodes: readonly RootContent[]) => nodes.flatMap((node) => (node.type === 'element' ? [blockText(node)] : [])).filter(Boolean);
  const opening = lines(intro).join('\n');
  return [
    ...(opening ? [{ id: null, heading: '', text: opening }] : []),
    ...items.map(({ id, heading, content }) => {
      const title = blockText(heading);
      return { id, heading: title, text: [title, ...lines(content)].join('\n') };
    }),
  ];
}

/** Text of a block with its inner line breaks collapsed, as a reader sees it. */
function blockText(node: ElementContent): string {
  return toString(node).replace(/\s*\n\s*/g, '').trim();
}

/** What the records of one document need besides its frontmatter. */
export interface RecordContext {
  /** URL of the minutes page. */
  url: string;
  /** The page's title (…纪要). */
  title: string;
  /** The body as rendered HTML. */
  html: string;
  /** Topic names by id. */
  topicNames: ReadonlyMap<string, string>;
  /** The interface strings the page prints around the fields (labels, separators, brackets). */
  ui: PrintedStrings;
  /** The site's language, in which dates are printed (its LocaleFormat when building many records). */
  lang: string | LocaleFormat;
}

/** The interface strings a minutes page prints in its header and closing blocks. */
export type PrintedStrings = Pick<
  UiStrings,
  'listSeparator' | 'groupSeparator' | 'sentenceEnd' | 'labelSeparator' | 'bracketOpen' | 'bracketClose' | 'present' | 'absent' | 'observers' | 'recipients' | 'copies' | 'compiledBy' | 'agendaKinds'
>;

/**
 * Everything a minutes page prints outside its agenda items, one line per printed block, in the
 * page's order and with the page's own strings (src/pages/minutes/[id].astro and its components):
 * the title block, 索引号, the meeting facts (主持人 as 常务副市长吴敬宇), the opening paragraph,
 * attendance, the 整理 line, the release line, 主送, 抄送, attachment titles and revision notes.
 * Interface labels the page shows beside values (主持人, 附件) are not part of it; nor is the
 * disclosure catalogue (发布机构, 主题分类, 公开属性), which search offers as filters.
 */
export function printedHeaderLines(data: Minutes, title: string, opening: string | undefined, ui: PrintedStrings, lang: string | LocaleFormat): string[] {
  const format = formatOf(lang);
  const { meeting, attendance, compiled, disclosure } = data;
  const { listSeparator, groupSeparator, sentenceEnd, labelSeparator, bracketOpen, bracketClose } = ui;
  const labelled = (label: string, text: string) => `${label}${labelSeparator}${text}${sentenceEnd}`;
  const { present, absent, observers, others } = attendance;
  return [
    isMeetingReport(data) ? documentTypeLabel(data) : documentTitle(data),
    data.documentNumber,
    title,
    data.indexNumber,
    data.issuer,
    documentTypeLabel(data),
    meeting.name,
    joinWords(format.day(meeting.date), meeting.timeOfDay),
    meeting.place,
    joinWords(meeting.chair.title, meeting.chair.name),
    opening,
    present.length > 0 ? labelled(ui.present, present.join(listSeparator)) : undefined,
    absent.length > 0 ? labelled(ui.absent, absent.map(({ name, reason }) => (reason ? `${name}${bracketOpen}${reason}${bracketClose}` : name)).join(listSeparator)) : undefined,
    observers.length > 0 ? labelled(ui.observers, observers.map((group) => joinWords(group.organisation, group.people.join(listSeparator))).join(groupSeparator)) : undefined,
    others.length > 0 ? `${others.join(listSeparator)}${sentenceEnd}` : undefined,
    compiled ? `${fillTemplate(ui.compiledBy, { by: compiled.by })} ${format.day(compiled.date)}` : undefined,
    disclosure.release ? `${bracketOpen}${disclosure.release}${bracketClose}` : undefined,
    data.recipients.length > 0 ? labelled(ui.recipients, data.recipients.join(groupSeparator)) : undefined,
    data.copies.length > 0 ? labelled(ui.copies, data.copies.join(groupSeparator)) : undefined,
    ...data.attachments.map((attachment) => attachment.title),
    ...data.revisions.map((revision) => `${format.day(revision.date)}${labelSeparator}${revision.note}`),
  ].filter((line): line is string => Boolean(line));
}

/**
 * The search record of one minutes document: its header part (everything the page prints outside
 * the agenda items, see printedHeaderLines) and one part per agenda item (heading and paragraphs).
 */
export function searchRecord(doc: MinutesDoc, context: RecordContext): SearchRecord {
  const { data } = doc;
  const meetingFilters = { year: [String(yearOf(data.meeting.date))], type: [documentTypeLabel(data)] };
  const sections = bodySections(context.html);
  const opening = sections.find((section) => section.id === null)?.text;
  const header = printedHeaderLines(data, context.title, opening, context.ui, context.lang);
  const items = data.agenda.map((item) => {
    const id = agendaItemId(item.ordinal);
    // A meeting report's items are sentences of its body (in the header part), not headings: each item part is its sentence.
    const section = isMeetingReport(data) ? { text: item.title } : sections.find((candidate) => candidate.id === id);
    if (!section) throw new Error(`${doc.id}: agenda item ${item.ordinal} has no heading ${id} in the body`);
    return {
      id,
      text: section.text,
      filters: {
        topic: item.topics.map((topic) => context.topicNames.get(topic) ?? topic),
        department: item.leadDepartments,
        kind: [context.ui.agendaKinds[item.kind]],
      },
    };
  });
  const itemValues = (key: 'topic' | 'department' | 'kind') => [...new Set(items.flatMap((item) => item.filters[key]))];
  return {
    url: context.url,
    title: context.title,
    date: isoDate(data.meeting.date),
    published: isoDate(data.datePublished ?? data.dateIssued ?? data.meeting.date),
    dateText: formatDate(data.meeting.date, context.lang),
    filters: { ...meetingFilters, topic: itemValues('topic'), department: itemValues('department'), kind: itemValues('kind') },
    parts: [{ id: '', text: header.join('\n'), filters: {} }, ...items],
  };
}
