import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sirv from 'sirv';
import { DEV_SERVER_FLAG, DEV_STATUS_EVENT, DEV_STATUS_PATH, REVALIDATE_DELAY_MS } from '../dev/protocol';
import { devStrings } from '../dev/strings';
import type { DevStatus } from '../schemas/dev-status';
import { validationMessages } from '../locales/editor';
import type { SiteConfig } from '../schemas/site';
import { formatContentError, formatContentWarning, warningLines } from '../validation/content-error';
import { validateContent, type ValidationReport } from '../validation/validate-content';

export interface DevServerOptions {
  /** The content folder being previewed. */
  contentDir: string;
  /** Its site configuration, read when the server starts (a change to site.json restarts it). */
  site: SiteConfig;
  /** The folder `npm run build` writes the site to; the dev server serves its search index. */
  siteDir: string;
  /** Folder inside the site that holds the search index. */
  bundleDir?: string;
}

/** The client script that shows the status on every page. */
const NOTICE_MODULE = fileURLToPath(new URL('../dev/notice.ts', import.meta.url));

/** When the last build wrote its search index, or null when there is none. */
function searchIndexBuiltAt(indexDir: string): string | null {
  try {
    return statSync(join(indexDir, 'pagefind-entry.json')).mtime.toISOString();
  } catch {
    return null;
  }
}

/** Whether `path` is inside `folder`. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, resolve(path));
  return rel !== '' && !rel.startsWith('..');
}

/**
 * Prints a re-validation the way the build's validation does: warnings as their count and the first
 * few (the page's notice and `npm run check` list them all), and only when they changed.
 */
function printReport(logger: AstroIntegrationLogger, report: ValidationReport, previous: ValidationReport): void {
  const { report: m } = validationMessages(report.locale);
  const changed = report.warnings.map((warning) => formatContentWarning(warning, m)).join('\n') !== previous.warnings.map((warning) => formatContentWarning(warning, m)).join('\n');
  if (changed) for (const line of warningLines(report.warnings, m)) logger.warn(line);
  const { errors, counts } = report;
  if (errors.length > 0) {
    for (const error of errors) logger.error(formatContentError(error));
    logger.warn(m.devProblems({ problems: errors.length }));
  } else if (previous.errors.length > 0) {
    logger.info(m.devValidAgain(counts));
  }
}

/**
 * `npm run dev` that tells the truth: re-validates the content folder after every change (debounced)
 * with the validator `npm run check` uses, prints the problems in the terminal and shows them on every
 * page until they are fixed; restarts the server when site.json changes (the configuration is read
 * when the server starts); and serves the last build's search index, which the search page names.
 */
export function devServer(options: DevServerOptions): AstroIntegration {
  const { contentDir } = options;
  const indexDir = join(options.siteDir, options.bundleDir ?? 'pagefind');
  const siteFile = join(contentDir, 'site.json');
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'gongkai:dev-server',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile, injectScript, updateConfig }) => {
        updateConfig({ vite: { define: { [DEV_SERVER_FLAG]: JSON.stringify(command === 'dev') } } });
        if (command !== 'dev') return;
        // Astro restarts the dev server when a watched file changes, so the new configuration reaches every part.
        addWatchFile(siteFile);
        injectScript('page', `import { watchDevStatus } from ${JSON.stringify(NOTICE_MODULE)};\nwatchDevStatus(document);`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const strings = devStrings[options.site.lang];
        let report = validateContent(contentDir, { site: options.site });
        const status = (): DevStatus => ({ problems: report.errors.map(formatContentError), searchIndexBuiltAt: searchIndexBuiltAt(indexDir), strings });

        server.middlewares.use(DEV_STATUS_PATH, (_request, response) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(JSON.stringify(status()));
        });
        // Astro's own dev middleware has already taken the base path off the request's URL.
        server.middlewares.use(`/${options.bundleDir ?? 'pagefind'}`, sirv(indexDir, { dev: true }));

        const revalidate = () => {
          const previous = report;
          report = validateContent(contentDir, { site: options.site });
          printReport(logger, report, previous);
          server.environments.client.hot.send(DEV_STATUS_EVENT, status());
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!isInside(contentDir, path) || resolve(path) === siteFile) return;
          clearTimeout(timer);
          timer = setTimeout(revalidate, REVALIDATE_DELAY_MS);
        });
      },
      'astro:server:done': () => clearTimeout(timer),
    },
  };
}
