import type { CatalogueEntry, CatalogueIndex, CatalogueYear } from '../schemas/data-catalogue';
import type { DataLinks } from './data-links';
import { isoDate } from './dates';
import { documentTopics, groupByYear, type MinutesDoc } from './minutes';

const ifGiven = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** One document's catalogue entry. */
export function catalogueEntry(doc: MinutesDoc, title: string, links: DataLinks): CatalogueEntry {
  const { data } = doc;
  return {
    id: doc.id,
    title,
    ...(data.indexNumber ? { indexNumber: data.indexNumber } : {}),
    documentKind: data.documentKind,
    issuer: data.issuer,
    ...ifGiven('documentType', data.documentType),
    ...ifGiven('documentNumber', data.documentNumber),
    ...ifGiven('dateIssued', data.dateIssued && isoDate(data.dateIssued)),
    ...(data.datePublished ? { datePublished: isoDate(data.datePublished) } : {}),
    meeting: data.meeting.name,
    ...(data.meeting.session ? { session: data.meeting.session } : {}),
    meetingDate: isoDate(data.meeting.date),
    topics: documentTopics(data),
    ...(data.summary ? { summary: data.summary } : {}),
    agendaItems: data.agenda.length,
    url: links.published(links.page('minutes', doc.id)),
    data: links.published(links.minutesData(doc.id)),
  };
}

/** The catalogue: its index file and one file per meeting year, newest first, in one pass over the documents. */
export function catalogueFiles(
  docs: readonly MinutesDoc[],
  titleOf: (doc: MinutesDoc) => string,
  links: DataLinks,
): { index: CatalogueIndex; years: CatalogueYear[] } {
  const years = groupByYear(docs).map(({ year, docs: ofYear }) => ({
    $schema: links.published(links.schema('catalogue-year')),
    year,
    minutes: ofYear.map((doc) => catalogueEntry(doc, titleOf(doc), links)),
  }));
  return {
    index: {
      $schema: links.published(links.schema('catalogue')),
      total: docs.length,
      years: years.map(({ year, minutes }) => ({ year, count: minutes.length, url: links.published(links.catalogueYear(year)) })),
    },
    years,
  };
}
