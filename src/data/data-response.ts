import type { DataFile } from './open-data';

/** Media types of the open-data files, by extension; the charset matters for the Chinese text. */
const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** A built file as an endpoint's response. */
export function dataResponse(path: string, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
}

/** The static paths of the data files below one folder (data/ or feeds/), for a [...file] route there. */
export function pathsBelow(files: readonly DataFile[], folder: string): Array<{ params: { file: string }; props: { path: string; body: string } }> {
  return files
    .filter((file) => file.path.startsWith(`${folder}/`))
    .map((file) => ({ params: { file: file.path.slice(folder.length + 1) }, props: { path: file.path, body: file.body } }));
}
