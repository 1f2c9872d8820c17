/** What the draft is filled with: the date asked for and the content folder's own names. */
export interface DraftParams {
  /** YYYY-MM-DD. */
  date: string;
  year: number;
  month: number;
  day: number;
  /** Name of the issuing body, or undefined when organisations.yaml has none. */
  issuer: string | undefined;
  /** Name of the issuing office, or undefined. */
  office: string | undefined;
  /** A topic id of the folder, or undefined. */
  topic: string | undefined;
}

/**
 * `npm run new`, in Chinese: its usage and refusals, and the draft it writes, with every field of
 * the model and comments on the optional ones. The draft validates as written.
 */
export const scaffoldZhCN = {
  usage: () =>
    '用法：npm run new -- <文件名> [--date YYYY-MM-DD] [--content <文件夹>] [--force]\n  <文件名> 是永久网址：用 - 连接的小写英文字母或数字，如 taicang-changwu-2023-06',
  badDate: ({ date }: { date: string }) => `--date 应写成 YYYY-MM-DD，而不是 "${date}"`,
  impossibleDate: ({ date }: { date: string }) => `--date ${date} 这一天不存在 — 请核对月份和日期`,
  exists: ({ file }: { file: string }) => `${file} 已存在 — 请换一个文件名，或加 --force 覆盖`,
  wrote: ({ file }: { file: string }) => `已写入 ${file}（status: draft）；编辑后运行 npm run check`,
  draft: ({ date, year, month, day, issuer, office, topic }: DraftParams) => {
    const issuerName = issuer ?? '发文机关';
    const officeName = office ?? '印发机关';
    const topicId = topic ?? 'add-a-topic-id';
    return `---
# 索引号：政府信息公开目录分配后填写（此后不得更改）。
# indexNumber: 000000000/${year}-00000
issuer: ${issuerName}
documentType: 常务会议纪要
documentNumber: 第1号
issuingOffice: ${officeName}
dateIssued: ${date}
# datePublished: ${date}
# 仅当发布日期晚于成文日期 20 个工作日以上时填写理由（《政府信息公开条例》第二十六条）。
# publicationDelayReason: 经本机关负责人批准延长公开期限
meeting:
  name: 第1次常务会议
  session: 1
  date: ${date}
  timeOfDay: 上午
  # place: 会议地点
  chair:
    name: 主持人姓名
    title: 主持人职务
compiled:
  by: ${officeName}
  date: ${date}
agenda:
  - ordinal: 一
    kind: 审议
    title: 审议《文件名称》
    document: 文件名称
    topics: [${topicId}]
    leadDepartments: []
    # follows: { minutes: earlier-minutes-file-name, ordinal: 一 }
attendance:
  present: [出席人姓名]
  absent: []
  # absent: [{ name: 请假人姓名, reason: 公务 }]
  observers: []
  # observers: [{ organisation: 列席单位, people: [列席人姓名] }]
  others: []
recipients: []
copies: []
disclosure:
  access: 主动公开
  release: 此件公开发布
  status: draft
# topics: [${topicId}]
# validity: 有效
# summary: 不超过100字的摘要
# 原件（供下载的 PDF 或扫描件）：{ file: <文件名>.pdf, sha256: <sha256sum <文件名>.pdf 的结果> }
# original: { file: 原件.pdf, sha256: 0000000000000000000000000000000000000000000000000000000000000000 }
attachments: []
# attachments: [{ file: 附件1.pdf, title: 附件1：文件名称, sha256: <sha256sum 附件1.pdf 的结果> }]
revisions: []
# revisions: [{ date: ${date}, note: 更正说明 }]
---

${year} 年 ${month} 月 ${day} 日上午，……主持召开……会议，审议《文件名称》。

会议议定以下意见：

## 一、审议《文件名称》

（一）原则同意《文件名称》。会后由……根据会议讨论意见修改完善。
`;
  },
};

export type ScaffoldMessages = typeof scaffoldZhCN;
