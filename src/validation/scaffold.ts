import { join } from 'node:path';
import { organisationSchema, type Organisation } from '../schemas/organisation';
import { topicSchema } from '../schemas/topic';
import { readYamlSource } from './source';

/** Entries of a list-shaped data file that pass their schema. */
export function validEntries<T>(contentDir: string, name: string, parse: (entry: unknown) => T | undefined): T[] {
  const source = readYamlSource(join(contentDir, name), contentDir);
  const raw: unknown = source?.document.toJS();
  return Array.isArray(raw) ? raw.flatMap((entry) => parse(entry) ?? []) : [];
}

/**
 * A draft minutes file with every field of the model, dated `date`. References are filled with
 * the content folder's own organisations and topics so the file validates before it is edited.
 */
export function scaffoldMinutes(contentDir: string, date: string): string {
  const organisations = validEntries(contentDir, 'organisations.yaml', (entry) => organisationSchema.safeParse(entry).data);
  const topics = validEntries(contentDir, 'topics.yaml', (entry) => topicSchema.safeParse(entry).data);
  const kind = (wanted: Organisation['kind']) => organisations.find((organisation) => organisation.kind === wanted);
  const issuer = kind('government') ?? organisations[0];
  const office = organisations.find((organisation) => organisation.name.endsWith('办公室')) ?? issuer;
  const topic = topics[0]?.id ?? 'add-a-topic-id';
  const issuerName = issuer?.name ?? '发文机关';
  const officeName = office?.name ?? '印发机关';
  return `---
# 索引号 from the disclosure catalogue, once assigned (never change it afterwards).
# indexNumber: 000000000/${date.slice(0, 4)}-00000
issuer: ${issuerName}
documentType: 常务会议纪要
documentNumber: 第1号
issuingOffice: ${officeName}
dateIssued: ${date}
# datePublished: ${date}
# Only when 发布日期 is more than 20 working days after 成文日期: why (政府信息公开条例 Art. 26).
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
    topics: [${topic}]
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
# topics: [${topic}]
# validity: 有效
# summary: 不超过100字的摘要
# The document as issued, offered for download: { file: <file-name>.pdf, sha256: <sha256sum <file-name>.pdf> }
# original: { file: 原件.pdf, sha256: 0000000000000000000000000000000000000000000000000000000000000000 }
attachments: []
# attachments: [{ file: 附件1.pdf, title: 附件1：文件名称, sha256: <sha256sum 附件1.pdf> }]
revisions: []
# revisions: [{ date: ${date}, note: 更正说明 }]
---

${date.slice(0, 4)} 年 ${Number(date.slice(5, 7))} 月 ${Number(date.slice(8, 10))} 日上午，……主持召开……会议，审议《文件名称》。

会议议定以下意见：

## 一、审议《文件名称》

（一）原则同意《文件名称》。会后由……根据会议讨论意见修改完善。
`;
}
