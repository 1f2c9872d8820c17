import { originalFile } from './attachments';
import type { MinutesEntry } from './minutes';
import { dataLinks, minutesDataBody } from './open-data';
import { format, ui, url } from './site';
import { minutesPlainText } from '../utils/minutes-text';

/** One file a reader can download from a minutes page (检索、查阅、下载: 政府信息公开条例 Art. 24). */
export interface Download {
  /** What the file is, e.g. 纯文本（TXT）. */
  label: string;
  href: string;
  /** Its size, shown beside the link. */
  bytes: number;
}

/** The document as plain text, and the address it is published at (below the page, named after the document). */
export function plainTextOf(entry: MinutesEntry): { text: string; href: string; name: string } {
  const name = `${entry.id}.txt`;
  return { text: minutesPlainText(entry.data, entry.rendered?.html ?? '', ui, format), href: `${url('minutes', entry.id)}${encodeURIComponent(name)}`, name };
}

/** What a minutes page offers for download, in order: the original when attached, the plain text, the data record. */
export function minutesDownloads(entry: MinutesEntry): Download[] {
  const original = originalFile(entry);
  const text = plainTextOf(entry);
  return [
    ...(original ? [{ label: `${ui.downloadOriginal}（${extensionOf(original.file)}）`, href: original.href, bytes: original.bytes }] : []),
    { label: ui.downloadPlainText, href: text.href, bytes: Buffer.byteLength(text.text) },
    { label: ui.downloadData, href: dataLinks.minutesData(entry.id), bytes: Buffer.byteLength(minutesDataBody(entry)) },
  ];
}

function extensionOf(file: string): string {
  return (file.split('.').at(-1) ?? '').toUpperCase();
}
