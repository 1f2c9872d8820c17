import { statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import type { Attachment } from '../schemas/attachment';
import type { MinutesEntry } from './minutes';
import { url } from './site';

/** An attachment as a page shows it. */
export interface AttachmentFile extends Attachment {
  /** Where the file is on disk. */
  sourcePath: string;
  /** Its URL on the site. */
  href: string;
  /** Its size in bytes. */
  bytes: number;
  /** Path below the minutes page's folder, when the build copies it there; undefined for files under public/. */
  copiedAs: string | undefined;
}

/**
 * The attachments of a document with their sizes. Files beside the markdown are published below the
 * document's own address (/minutes/<id>/<file>); paths starting with / are already in public/.
 */
export function attachmentFiles(entry: MinutesEntry): AttachmentFile[] {
  return entry.data.attachments.map((attachment) => publishedFile(entry, attachment));
}

/** The document as issued, when its file is given, published the same way as an attachment. */
export function originalFile(entry: MinutesEntry): AttachmentFile | undefined {
  const { original } = entry.data;
  return original && publishedFile(entry, { ...original, title: original.file.split('/').at(-1) ?? original.file });
}

/** The address and size of each file a document's pages list (its original and attachments): what its pages show of them. */
export function publishedFileSizes(entry: MinutesEntry): Array<[href: string, bytes: number]> {
  return [originalFile(entry), ...attachmentFiles(entry)].flatMap((file) => (file ? [[file.href, file.bytes] as [string, number]] : []));
}

function publishedFile(entry: MinutesEntry, attachment: Attachment): AttachmentFile {
  const markdownDir = dirname(resolve(entry.filePath ?? ''));
  const fromPublic = attachment.file.startsWith('/');
  const sourcePath = fromPublic ? join(resolve('public'), attachment.file) : join(markdownDir, attachment.file);
  // A file beside the markdown is published below the page's folder, so it may not climb out of it.
  if (!fromPublic && posix.normalize(attachment.file).startsWith('..')) {
    throw new Error(`${entry.filePath}: attachment "${attachment.file}" lies outside the minutes folder; keep it beside the markdown or under public/`);
  }
  const href = fromPublic ? url(attachment.file).replace(/\/$/, '') : `${url('minutes', entry.id)}${attachment.file.split('/').map(encodeURIComponent).join('/')}`;
  return { ...attachment, sourcePath, href, bytes: statSync(sourcePath).size, copiedAs: fromPublic ? undefined : attachment.file };
}
