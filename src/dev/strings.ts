import type { SiteConfig } from '../schemas/site';
import type { DevStrings } from '../schemas/dev-status';

/** The dev server's notices, for editors previewing their work, in every language a site may choose. */
export const devStrings: Record<SiteConfig['lang'], DevStrings> = {
  'zh-CN': {
    problemsHeading: '内容有 {count} 处问题（与 npm run check 列出的相同）',
    problemsFix: '保存改正后的文件，本提示会自动更新；全部改正后消失。',
    searchIndexFromBuild: '预览中的检索使用上次构建（{date}）的索引：此后改动的内容要再运行一次 npm run build 才能检索到。',
    searchIndexMissing: '预览中还没有检索索引：运行 npm run build 生成索引，然后刷新本页即可检索。',
  },
  en: {
    problemsHeading: 'Problems in the content: {count} (the same as npm run check lists)',
    problemsFix: 'Save the corrected file and this notice updates itself; it goes away once everything is fixed.',
    searchIndexFromBuild: 'Search in the preview uses the index of the last build ({date}): run npm run build again to find content changed since.',
    searchIndexMissing: 'The preview has no search index yet: run npm run build to make one, then reload this page.',
  },
};
