import type { Plugin } from 'vite';
import type { SiteConfig } from '../schemas/site';

/** What every part of a build reads about the site: loaded and validated once by the gongkai() integration. */
export interface GongkaiConfig {
  /** The validated site.json. */
  site: SiteConfig;
  /** Absolute path of the content folder being built. */
  contentDir: string;
  /** Folder of the search bundle inside the built site, e.g. pagefind. */
  searchBundle: string;
  /**
   * Where the content sync writes the search records of a build (absolute), for the index to start
   * on while the pages render; null under `astro dev`, which indexes nothing.
   */
  searchRecordsFile: string | null;
}

/** The module pages, components and the content configuration import the configuration from (typed in virtual-modules.d.ts). */
export const VIRTUAL_CONFIG_ID = 'virtual:gongkai/config';

const resolvedId = `\0${VIRTUAL_CONFIG_ID}`;

/** The module's source: one named export per field, as plain data. */
export function virtualConfigSource(config: GongkaiConfig): string {
  return Object.entries(config)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

/** A Vite plugin serving `virtual:gongkai/config` from the configuration the integration loaded. */
export function virtualConfigPlugin(config: GongkaiConfig): Plugin {
  const source = virtualConfigSource(config);
  return {
    name: 'gongkai:virtual-config',
    resolveId: (id) => (id === VIRTUAL_CONFIG_ID ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? source : undefined),
  };
}
