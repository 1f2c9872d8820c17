import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { attachmentFiles, originalFile } from '../../../data/attachments';
import { getArchive } from '../../../data/archive';

/** Attachments and the original kept beside a minutes file are published below that document's address, byte for byte. */
export const getStaticPaths = (async () => {
  const { minutes } = await getArchive();
  return minutes.flatMap((entry) =>
    [originalFile(entry), ...attachmentFiles(entry)].flatMap((attachment) =>
      attachment?.copiedAs === undefined ? [] : [{ params: { id: entry.id, file: attachment.copiedAs }, props: { sourcePath: attachment.sourcePath } }],
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sourcePath: string }> = ({ props }) => new Response(readFileSync(props.sourcePath));
