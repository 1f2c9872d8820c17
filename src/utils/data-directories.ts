import type { Organisation } from '../schemas/organisation';
import type { OrganisationsData } from '../schemas/data-organisations';
import type { Topic } from '../schemas/topic';
import type { TopicsData } from '../schemas/data-topics';
import type { DataLinks, FeedScope } from './data-links';

/** The feeds of one topic or organisation, when feeds are written (they need the site's address). */
function feedsOf(scope: FeedScope, links: DataLinks, withFeeds: boolean) {
  return withFeeds ? { feeds: { rss: links.published(links.feed(scope, 'rss')), atom: links.published(links.feed(scope, 'atom')) } } : {};
}

/** /data/topics.json: the topics in the order given, each with its number of public agenda items. */
export function topicsData(topics: readonly Topic[], itemCounts: ReadonlyMap<string, number>, links: DataLinks, withFeeds: boolean): TopicsData {
  return {
    $schema: links.published(links.schema('topics')),
    topics: topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      ...(topic.description ? { description: topic.description } : {}),
      keywords: topic.keywords,
      agendaItems: itemCounts.get(topic.id) ?? 0,
      url: links.published(links.page('topics', topic.id)),
      ...feedsOf({ kind: 'topic', id: topic.id }, links, withFeeds),
    })),
  };
}

/** /data/organisations.json: the organisations in the order given, each with its number of public assignments. */
export function organisationsData(
  organisations: readonly Organisation[],
  assignmentCounts: ReadonlyMap<string, number>,
  links: DataLinks,
  withFeeds: boolean,
): OrganisationsData {
  return {
    $schema: links.published(links.schema('organisations')),
    organisations: organisations.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      shortNames: organisation.shortNames,
      kind: organisation.kind,
      assignments: assignmentCounts.get(organisation.id) ?? 0,
      url: links.published(links.page('organisations', organisation.id)),
      ...feedsOf({ kind: 'organisation', id: organisation.id }, links, withFeeds),
    })),
  };
}
