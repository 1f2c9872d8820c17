import type { MinutesDoc } from './minutes';

/** A minutes document with the path of its source file, for messages that name the file. */
export interface SourcedDoc extends MinutesDoc {
  filePath?: string | undefined;
}

/** One message per agenda-item topic that names no known topic. */
export function unknownTopicErrors(docs: readonly SourcedDoc[], topicIds: ReadonlySet<string>): string[] {
  const known = [...topicIds].sort().join(', ');
  return docs.flatMap((doc) =>
    doc.data.agenda.flatMap((item, index) =>
      item.topics
        .filter((topic) => !topicIds.has(topic))
        .map(
          (topic) =>
            `${doc.filePath ?? doc.id}: agenda.${index}.topics (item ${item.ordinal}): unknown topic "${topic}"; use one of the ids in topics.yaml: ${known}`,
        ),
    ),
  );
}
