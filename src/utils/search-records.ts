import type { ElementContent, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { SearchRecord } from '../schemas/search-record';
import { agendaItemId } from './agenda';
import { agendaNodeSections } from './agenda-sections';
import { formatDate, isoDate, yearOf } from './dates';
import type { MinutesDoc } from './minutes';
import { documentTitle } from './minutes';

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
export function bodySections(html: string): BodySection[] {
  const { intro, items } = agendaNodeSections(html);
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
  /** Joins names as printed, e.g. 、. */
  listSeparator: string;
  /** The site's language, in which the meeting day is printed. */
  lang: string;
}

/**
 * The search record of one minutes document: its header part (title, number, date line, chair,
 * attendees and the opening paragraph) and one part per agenda item (heading and paragraphs).
 */
export function searchRecord(doc: MinutesDoc, context: RecordContext): SearchRecord {
  const { data } = doc;
  const meetingFilters = { year: [String(yearOf(data.meeting.date))], type: [data.documentType] };
  const sections = bodySections(context.html);
  const opening = sections.find((section) => section.id === null)?.text;
  const { present, observers, others } = data.attendance;
  const header = [
    documentTitle(data),
    data.documentNumber,
    context.title,
    data.meeting.name,
    `${data.meeting.chair.title} ${data.meeting.chair.name}`,
    present.join(context.listSeparator),
    ...observers.map((group) => `${group.organisation}${group.people.join(context.listSeparator)}`),
    ...others,
    opening,
  ].filter((line): line is string => Boolean(line));
  const items = data.agenda.map((item) => {
    const id = agendaItemId(item.ordinal);
    const section = sections.find((candidate) => candidate.id === id);
    if (!section) throw new Error(`${doc.id}: agenda item ${item.ordinal} has no heading ${id} in the body`);
    return {
      id,
      text: section.text,
      filters: {
        topic: item.topics.map((topic) => context.topicNames.get(topic) ?? topic),
        department: item.leadDepartments,
        kind: [item.kind],
      },
    };
  });
  const itemValues = (key: 'topic' | 'department' | 'kind') => [...new Set(items.flatMap((item) => item.filters[key]))];
  return {
    url: context.url,
    title: context.title,
    date: isoDate(data.meeting.date),
    dateText: formatDate(data.meeting.date, context.lang),
    filters: { ...meetingFilters, topic: itemValues('topic'), department: itemValues('department'), kind: itemValues('kind') },
    parts: [{ id: '', text: header.join('\n'), filters: {} }, ...items],
  };
}
