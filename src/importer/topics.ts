import type { Topic } from '../schemas/topic';

/** How often any of a topic's words (its name and keywords) occurs in `text`; overlapping words (燃气 in 城镇燃气) count once. */
function occurrences(topic: Topic, text: string): number {
  const words = [topic.name, ...topic.keywords].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return text.match(new RegExp(words.join('|'), 'gu'))?.length ?? 0;
}

/**
 * Topic ids suggested for an agenda item. The rule: the topics whose name or one of whose
 * keywords occurs in the item's heading, most frequent in the whole item (heading and points)
 * first, ties in the order of topics.yaml. When the heading names none, the one topic most
 * frequent in the points, if any.
 */
export function suggestTopics(topics: readonly Topic[], heading: string, points: string): string[] {
  const whole = `${heading}\n${points}`;
  const ranked = topics
    .map((topic, order) => ({ topic, order, inHeading: occurrences(topic, heading), inItem: occurrences(topic, whole) }))
    .filter(({ inItem }) => inItem > 0)
    .sort((a, b) => b.inItem - a.inItem || a.order - b.order);
  const named = ranked.filter(({ inHeading }) => inHeading > 0);
  return (named.length > 0 ? named : ranked.slice(0, 1)).map(({ topic }) => topic.id);
}
