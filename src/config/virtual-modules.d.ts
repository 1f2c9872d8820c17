/** The configuration the gongkai() integration loaded once (src/config/virtual-config.ts). */
declare module 'virtual:gongkai/config' {
  /** The validated site.json. */
  export const site: import('../schemas/site').SiteConfig;
  /** Absolute path of the content folder being built. */
  export const contentDir: string;
  /** Folder of the search bundle inside the built site, e.g. pagefind. */
  export const searchBundle: string;
  /** Where the content sync writes a build's search records; null under `astro dev`. */
  export const searchRecordsFile: string | null;
}
