/**
 * Dev server only (injected into every page by src/integrations/dev-server.ts): asks the server for
 * the content's problems and the search index in use, shows them, and redraws them whenever the
 * server re-validates the content.
 */
import { devStatusSchema } from '../schemas/dev-status';
import { renderDevNotices } from './notice-view';
import { DEV_STATUS_EVENT, DEV_STATUS_PATH } from './protocol';

export function watchDevStatus(doc: Document, statusUrl: string = DEV_STATUS_PATH): void {
  let updated = false;
  const show = (data: unknown) => renderDevNotices(doc, devStatusSchema.parse(data));
  import.meta.hot?.on(DEV_STATUS_EVENT, (data: unknown) => {
    updated = true;
    show(data);
  });
  void fetch(statusUrl)
    .then((response) => response.json())
    .then((data: unknown) => {
      // An update that arrived while the first answer was on its way is newer.
      if (!updated) show(data);
    });
}
