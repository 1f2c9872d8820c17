/** What was read, for the summary line. */
export interface ReportCounts {
  minutes: number;
  published: number;
  organisations: number;
  topics: number;
  people: number;
}

/** The summary lines of `npm run check` and of the build's validation, and the mark of a warning, in Chinese. */
export const reportZhCN = {
  warning: ({ message }: { message: string }) => `警告：${message}`,
  counts: ({ minutes, published, organisations, topics, people }: ReportCounts) =>
    `${minutes} 份纪要（已发布 ${published} 份）、${organisations} 个机构、${topics} 个主题、${people} 位人员`,
  warningNote: ({ count, strict }: { count: number; strict: boolean }) =>
    count === 0 ? '' : strict ? `；${count} 条警告（--strict：按问题计）` : `；${count} 条警告（不影响构建，--strict 时按问题计）`,
  checkFailed: ({ problems, dir, counts, note }: { problems: number; dir: string; counts: string; note: string }) => `${dir} 中有 ${problems} 个问题：${counts}${note}`,
  checkPassed: ({ dir, counts, note }: { dir: string; counts: string; note: string }) => `${dir}：没有问题，共 ${counts}${note}`,
  buildValid: ({ minutes, published }: { minutes: number; published: number }) => `内容有效：${minutes} 份纪要，已发布 ${published} 份`,
  buildFailed: ({ problems, strictWarnings = 0 }: { problems: number; strictWarnings?: number }) =>
    `内容中有 ${problems} 个问题${strictWarnings > 0 ? `和 ${strictWarnings} 条警告（--strict）` : ''}（运行 npm run check 可再次列出）`,
  devProblems: ({ problems }: { problems: number }) => `内容中有 ${problems} 个问题；改正之前，预览的每个页面都会列出它们`,
  devValidAgain: ({ minutes, published }: { minutes: number; published: number }) => `内容又有效了：${minutes} 份纪要，已发布 ${published} 份`,
  warningsHeading: ({ count, shown }: { count: number; shown: number | undefined }) => `内容有 ${count} 条警告${shown !== undefined ? `，以下是前 ${shown} 条` : ''}（不影响构建）：`,
  warningsNotShown: ({ rest }: { rest: number }) => `另有 ${rest} 条警告未列出 — 运行 npm run check 查看全部`,
  previousCompared: ({ file }: { file: string }) => `已与上次构建的目录 ${file} 核对索引号和已发布的文件`,
};

export type ReportMessages = typeof reportZhCN;
