/**
 * What the disclosure rules (政府信息公开条例) ask of a published document, and what the previous
 * catalogue says of its 索引号, in Chinese. Dates arrive already written for the locale.
 */
export const disclosureZhCN = {
  noIndexNumber: ({ example }: { example: string }) => `已公开发布的纪要没有索引号 — 请按政府信息公开目录填写，如 indexNumber: ${example}`,
  noDatePublished: () =>
    '已公开发布的纪要没有发布日期，页面将显示“未注明”，网站检查会把它算作未更新 — 请在 dateIssued 下一行写上 datePublished: YYYY-MM-DD（在政府信息公开平台发布的日期）',
  calendarMissing: ({ years }: { years: readonly number[] }) =>
    `无法核对公开时限：节假日日历没有 ${years.join('、')} 年的安排 — 请把 chinese-days 更新到包含该年国务院放假通知的版本`,
  lateDisclosure: ({ published, issued, from, count, limit }: { published: string; issued: string; from: 'issued' | 'meeting'; count: number; limit: number }) =>
    `发布日期 ${published} 是${from === 'issued' ? '成文日期' : '会议日期'} ${issued} 之后的第 ${count} 个工作日，超过《政府信息公开条例》第二十六条规定的 ${limit} 个工作日 — 请核对两个日期；确属延期公开的，把理由写在 publicationDelayReason 中`,
  indexNumberForm: ({ indexNumber, readable, example }: { indexNumber: string; readable: string; example: string }) =>
    `索引号 "${indexNumber}" 不符合本站的格式 ${readable} — 请照政府信息公开目录改为如 ${example} 的形式（格式在 site.json 的 indexNumber 中设置）`,
  previousUnreadable: ({ detail }: { detail: string }) => `无法读取上一版的纪要目录：${detail} — 请给出上次构建的输出目录或其中的 data/minutes.json`,
  previousNotCatalogue: () => '不是纪要目录：其中没有由 {id, indexNumber} 对象组成的数组 — 请给出上次构建的输出目录或其中的 data/minutes.json',
  indexNumberChanged: ({ published, now }: { published: string; now: string | undefined }) =>
    `上一版发布时的索引号是 "${published}"，现在${now ? `改成了 "${now}"` : '被删除了'}；已发布的索引号不得更改 — 请改回 indexNumber: ${published}`,
  indexNumberMoved: ({ indexNumber, owner }: { indexNumber: string; owner: string }) =>
    `索引号 "${indexNumber}" 上一版发布时属于 ${owner}；索引号不得转给另一份文件 — 请为本文件另取索引号`,
  vanishedUnpublished: ({ id, indexNumber }: { id: string; indexNumber: string | undefined }) =>
    `上一版已公开发布${indexNumber ? `（索引号 ${indexNumber}）` : ''}，本次不再公开，其页面 /minutes/${id}/ 和数据将从网站上消失 — 如非有意撤回，请改回 status: published 和 access: 主动公开；确需撤回的，不带 --strict 构建一次即可（此后的构建不再提示）`,
  vanishedFile: ({ id, indexNumber }: { id: string; indexNumber: string | undefined }) =>
    `上一版已公开发布${indexNumber ? `（索引号 ${indexNumber}）` : ''}，本次内容中已没有这个文件，其页面 /minutes/${id}/ 将失效 — 文件名是纪要的永久地址，请恢复该文件；确需撤回的，不带 --strict 构建一次即可（此后的构建不再提示）`,
};

export type DisclosureMessages = typeof disclosureZhCN;
