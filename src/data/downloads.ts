import { originalFile } from './attachments';
import type { MinutesEntry } from './minutes';
import { dataLinks, minutesDataBody } from './open-data';
import { format, ui, url } from './site';
import { minutesPlainText } from '../utils/minutes-text';
import type { RenderedBody } from '../utils/agenda-sections';

/** One file a reader can download from a minutes page (检索、查阅、下载: 政府信息公开条例 Art. 24). */
export interface Download {
  /** What the file is, e.g. 纯文本（TXT）. */
  label: string;
  href: string;
  /** Its size, shown beside the link. */
  bytes: number;
}

/** The document as plain text, and the address it is published at (below the page, named after the document). */
export function plainTextOf(entry: MinutesEntry, body: RenderedBody = entry.rendered?.html ?? ''): { text: string; href: string; name: string } {
  const name = `${entry.id}.txt`;
  return { text: minutesPlainText(entry.data, body, ui, format), href: `${url('minutes', entry.id)}${encodeURIComponent(name)}`, name };
}

/**
 * What a minutes page offers for download, in order: the original when attached, the plain text, the
 * data record. The page passes its parsed body, so the sizes cost no parse of their own.
 */
export function minutesDownloads(entry: MinutesEntry, body: RenderedBody = entry.rendered?.html ?? ''): Download[] {
  const original = originalFile(entry);
  const text = plainTextOf(entry, body);
  return [
    ...(original ? [{ label: `${ui.downloadOriginal}（${extensionOf(original.file)}）`, href: original.href, bytes: original.bytes }] : []),
    { label: ui.downloadPlainText, href: text.href, bytes: Buffer.byteLength(text.text) },
    { label: ui.downloadData, href: dataLinks.minutesData(entry.id), bytes: Buffer.byteLength(minutesDataBody(entry, body)) },
  ];
}

function extensionOf(file: string): string {
  return (file.split('.').at(-1) ?? '').toUpperCase();
}
