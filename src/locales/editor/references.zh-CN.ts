/** Which list an id belongs to. */
export type ListKind = 'organisation' | 'topic' | 'person';

/** The four dates whose order is checked: meeting ≤ 整理 ≤ 成文 ≤ 发布. */
export type DateStep = 'meeting' | 'compiled' | 'issued' | 'published';

const listNames: Record<ListKind, string> = { organisation: '机构', topic: '主题', person: '人员' };
const stepNames: Record<DateStep, string> = { meeting: '会议日期', compiled: '整理日期', issued: '成文日期', published: '发布日期' };

/**
 * What the checks across files find, in Chinese: references to organisations and topics,
 * duplicates, `follows` links, attachments, the order of the dates, and the agenda against the
 * body's headings. Dates are shown as the editor wrote them (YYYY-MM-DD), so they can be found in the file.
 */
export const referencesZhCN = {
  ambiguousName: ({ name, ids }: { name: string; ids: readonly string[] }) => `名称 "${name}" 同时属于多个机构（${ids.join('、')}） — 请让每个机构的名称各不相同`,
  duplicateId: ({ kind, id }: { kind: ListKind; id: string }) => `${listNames[kind]} id "${id}" 重复 — 每个 id 必须唯一，请改用另一个`,
  inAgendaItem: ({ ordinal }: { ordinal: string }) => `（议题${ordinal}）`,
  inObservers: () => '（列席）',
  unknownOrganisation: ({ name, place, suggestion }: { name: string; place: string; suggestion: string }) =>
    `未知的机构 "${name}"${place}${suggestion}（机构列在 organisations.yaml 中）`,
  topicChoice: ({ id, name }: { id: string; name: string | undefined }) => `${id}（${name ?? ''}）`,
  unknownTopic: ({ id, place, suggestion }: { id: string; place: string; suggestion: string }) =>
    `未知的主题 "${id}"${place}${suggestion}（主题按 id 列在 topics.yaml 中）`,
  dateOrder: ({ step, date, previousStep, previous }: { step: DateStep; date: string; previousStep: DateStep; previous: string }) =>
    `${stepNames[step]} ${date} 早于${stepNames[previousStep]} ${previous} — 日期须按 会议 ≤ 整理 ≤ 成文 ≤ 发布 的顺序`,
  duplicateSlug: ({ slug, others }: { slug: string; others: string }) => `文件名 "${slug}" 也被 ${others} 使用；文件名就是永久网址 — 请给较新的文件改名`,
  duplicateIndexNumber: ({ indexNumber, others }: { indexNumber: string; others: string }) => `索引号 "${indexNumber}" 也被 ${others} 使用 — 每份文件的索引号各不相同`,
  duplicateDocumentNumber: ({ issuer, documentType, documentNumber, year, others }: { issuer: string; documentType: string; documentNumber: string; year: number; others: string }) =>
    `${year} 年的 ${issuer}${documentType} ${documentNumber} 也是 ${others} 的文号 — 请核对文号`,
  followsField: ({ ordinal }: { ordinal: string }) => `（议题${ordinal}）`,
  followsMissing: ({ minutes, suggestion }: { minutes: string; suggestion: string }) => `指向的纪要 "${minutes}" 不存在${suggestion}`,
  followsNoItem: ({ minutes, ordinal, items }: { minutes: string; ordinal: string; items: readonly string[] }) =>
    `指向 ${minutes} 的议题${ordinal}，但该纪要只有议题 ${items.join('、')} — 请改正 ordinal`,
  followsUnpublished: ({ minutes }: { minutes: string }) => `指向的 ${minutes} 尚未发布，链接将无处可去 — 请先发布它，或删去 follows`,
  followsNotEarlier: ({ minutes, date }: { minutes: string; date: string }) => `指向的 ${minutes} 的会议（${date}）不早于本次会议 — follows 只能指向更早的会议`,
  attachmentMissing: ({ name, path }: { name: string; path: string }) => `文件 "${name}" 不存在（查找的位置：${path}） — 请放入该文件或改正路径`,
  attachmentHash: ({ stated, actual }: { stated: string; actual: string }) => `写的是 ${stated}，但文件的 SHA-256 是 ${actual} — 如果新文件无误，请改成后者`,
  latestSlug: ({ slug }: { slug: string }) => `文件名“${slug}”是按发布日期排列的列表的地址（/minutes/${slug}/）— 请加上其他词，如 changwu-${slug}`,
  reservedSlug: ({ slug }: { slug: string }) => `文件名 "${slug}" 只有数字，与 /minutes/<年份>/ 页面的网址冲突 — 请加上文字，如 changwu-${slug}`,
  agendaCount: ({ listed, headings }: { listed: number; headings: number }) =>
    `列出了 ${listed} 个议题，但正文有 ${headings} 个议题标题（## 一、…） — 请在前言中按相同顺序列出每个标题`,
  reportHeading: ({ ordinal, title }: { ordinal: string; title: string }) =>
    `本文件是会议报道，会议报道没有议题标题，但正文有“## ${ordinal}、${title}” — 请改写成段落，或把文件改为纪要（documentKind: 纪要）`,
  agendaOrdinalRepeated: ({ ordinal }: { ordinal: string }) => `序号 ${ordinal} 与前面的议题相同 — 每个议题要有自己的序号`,
  missingDocumentNumber: () => '缺少此必填项（文号） — 请照原件填写，如 documentNumber: 第5号',
  missingSession: () => '缺少此必填项（会议次序） — 请写会议是本系列的第几次，如“第22次常务会议”写 session: 22',
  missingCompiled: () => '缺少此必填项（整理行） — 请照原件填写 compiled 的 by（整理单位）和 date（整理日期）',
  notChineseOrdinal: ({ ordinal }: { ordinal: string }) => `议题序号“${ordinal}”不是中文数字 — 中文站点的议题按 一、二、三…… 编号，正文标题写作“## 一、……”`,
  agendaOrdinal: ({ ordinal, position }: { ordinal: string; position: number }) => `序号是 ${ordinal}，但这是第 ${position} 个议题 — 序号须按 一、二、三…… 连续编排`,
  agendaTitle: ({ written, heading, line }: { written: string; heading: string; line: number }) =>
    `"${written}" 与正文第 ${line} 行的标题 "${heading}" 不一致 — 请改成一样`,
};

export type ReferencesMessages = typeof referencesZhCN;
