import type { AgendaItem } from '../schemas/agenda-item';
import { MEETING_REPORT } from '../schemas/document-kind';
import type { UiStrings } from '../schemas/locale';
import type { Minutes } from '../schemas/minutes';
import { agendaItemId } from './agenda';
import { isPublic } from './publication';
import { yearOf } from './dates';
import { fillTemplate, joinWords } from './text';

/** The shape pages use for a minutes document: its stable id (the file name) and validated frontmatter. */
export interface MinutesDoc {
  id: string;
  data: Minutes;
}

/** One agenda item together with the document it belongs to. */
export interface AgendaItemRef<D extends MinutesDoc = MinutesDoc> {
  doc: D;
  item: AgendaItem;
  /** Fragment id of the item on its minutes page. */
  anchor: string;
}

/** Newest meeting first; meetings on the same day by session number, highest first. */
export function compareNewestFirst(a: MinutesDoc, b: MinutesDoc): number {
  return b.data.meeting.date.getTime() - a.data.meeting.date.getTime() || (b.data.meeting.session ?? 0) - (a.data.meeting.session ?? 0);
}

/** The documents the public may read, newest first: the order of every listing and of the search index's pages. */
export function publishedNewestFirst<Doc extends MinutesDoc>(docs: readonly Doc[]): Doc[] {
  return docs.filter((doc) => isPublic(doc.data.disclosure)).sort(compareNewestFirst);
}

/** Most recently published first: by 发布日期, or 成文日期 where none is recorded, then as compareNewestFirst. */
export function compareRecentlyPublishedFirst(a: MinutesDoc, b: MinutesDoc): number {
  const published = (doc: MinutesDoc) => issuedOrPublished(doc.data).getTime();
  return published(b) - published(a) || compareNewestFirst(a, b);
}

/** Documents grouped by meeting year, newest year first, newest meeting first within a year. */
export function groupByYear<D extends MinutesDoc>(docs: readonly D[]): Array<{ year: number; docs: D[] }> {
  const sorted = [...docs].sort(compareNewestFirst);
  return [...Map.groupBy(sorted, (doc) => yearOf(doc.data.meeting.date))].map(([year, grouped]) => ({ year, docs: grouped }));
}

/** Every agenda item of the given documents, newest meeting first, in agenda order within a meeting. */
export function agendaItemsOf<D extends MinutesDoc>(docs: readonly D[]): AgendaItemRef<D>[] {
  return [...docs]
    .sort(compareNewestFirst)
    .flatMap((doc) => doc.data.agenda.map((item) => ({ doc, item, anchor: agendaItemId(item.ordinal) })));
}

/** Agenda items filed under one topic, newest first. */
export function agendaItemsOnTopic<D extends MinutesDoc>(docs: readonly D[], topicId: string): AgendaItemRef<D>[] {
  return agendaItemsOf(docs).filter(({ item }) => item.topics.includes(topicId));
}

/** Agenda items by topic id, each list newest first (agendaItemsOnTopic for every topic in one pass). */
export function agendaItemsByTopic<D extends MinutesDoc>(docs: readonly D[]): Map<string, AgendaItemRef<D>[]> {
  const byTopic = new Map<string, AgendaItemRef<D>[]>();
  for (const ref of agendaItemsOf(docs)) {
    // An item filed twice under one topic is listed once.
    for (const topic of new Set(ref.item.topics)) {
      const list = byTopic.get(topic);
      if (list) list.push(ref);
      else byTopic.set(topic, [ref]);
    }
  }
  return byTopic;
}

/** Whether the document is a meeting report (会议报道) rather than a 纪要. */
export function isMeetingReport(minutes: Pick<Minutes, 'documentKind'>): boolean {
  return minutes.documentKind === MEETING_REPORT;
}

/** The type shown for a document: its 文种 as printed (常务会议纪要), else its kind (会议报道). */
export function documentTypeLabel(minutes: Pick<Minutes, 'documentKind' | 'documentType'>): string {
  return minutes.documentType ?? minutes.documentKind;
}

/** The document's display title: issuer and document type, e.g. 太仓市人民政府常务会议纪要 or 某区人民政府会议报道. */
export function documentTitle(minutes: Minutes): string {
  // Chinese runs the two together (太仓市人民政府常务会议纪要); words of a Latin script are spaced.
  return joinWords(minutes.issuer, documentTypeLabel(minutes));
}

/** The title of a document's page: 市政府第22次常务会议纪要, or for a meeting report 市政府第22次常务会议报道. */
export function minutesPageTitle(minutes: Minutes, ui: Pick<UiStrings, 'minutesPageTitle' | 'reportPageTitle'>): string {
  return fillTemplate(isMeetingReport(minutes) ? ui.reportPageTitle : ui.minutesPageTitle, { meeting: minutes.meeting.name });
}

/** 发布日期, else 成文日期, else (a report without either) the meeting's day: when the document came out at the latest known. */
export function issuedOrPublished(minutes: Minutes): Date {
  return minutes.datePublished ?? minutes.dateIssued ?? minutes.meeting.date;
}

/** The meetings just before and just after a document, in meeting order. */
export function adjacentMeetings<D extends MinutesDoc>(docs: readonly D[], doc: D): { previous: D | undefined; next: D | undefined } {
  const oldestFirst = [...docs].sort(compareNewestFirst).reverse();
  const at = oldestFirst.findIndex((candidate) => candidate.id === doc.id);
  return { previous: at > 0 ? oldestFirst[at - 1] : undefined, next: at >= 0 ? oldestFirst[at + 1] : undefined };
}

/** The meetings just before and just after each document, by document id (adjacentMeetings for all in one sort). */
export function meetingNeighbours<D extends MinutesDoc>(docs: readonly D[]): Map<string, { previous: D | undefined; next: D | undefined }> {
  const oldestFirst = [...docs].sort(compareNewestFirst).reverse();
  return new Map(oldestFirst.map((doc, at) => [doc.id, { previous: oldestFirst[at - 1], next: oldestFirst[at + 1] }]));
}

/** 主题分类 of a document: its own list, or else its items' topics in first-mentioned order. */
export function documentTopics(minutes: Minutes): string[] {
  return minutes.topics ?? [...new Set(minutes.agenda.flatMap((item) => item.topics))];
}
