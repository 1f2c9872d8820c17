/** The configuration the gongkai() integration loaded once (src/config/virtual-config.ts). */
declare module 'virtual:gongkai/config' {
  /** The validated site.json. */
  export const site: import('../schemas/site').SiteConfig;
  /** Absolute path of the content folder being built. */
  export const contentDir: string;
  /** Folder of the search bundle inside the built site, e.g. pagefind. */
  export const searchBundle: string;
}
