import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { removeSpacesBetweenHan, toSimplified, withoutPinyinGlosses } from '../../src/importer/chinese';
import { decodeText, UndecidableEncodingError } from '../../src/importer/decode-text';
import { Findings } from '../../src/importer/findings';
import { readHeader } from '../../src/importer/header';
import { completeDate, printedDate, type PrintedDate } from '../../src/importer/meeting-date';
import { sayNote, type ImporterNote } from '../../src/importer/notes';
import { sessionAndTerm } from '../../src/importer/session';
import { removeWebPageFurniture } from '../../src/importer/web-page';
import { paragraphsOf, runsOn } from '../../src/importer/layout';
import { bracketsBalanced, startsUnit } from '../../src/importer/markers';
import { splitChair } from '../../src/importer/opening';
import { splitOrganisationAndPerson } from '../../src/importer/organisations';
import { textLines } from '../../src/importer/source-line';
import { suggestTopics } from '../../src/importer/topics';
import { importerMessages } from '../../src/locales/editor';
import { topicSchema } from '../../src/schemas/topic';
import { OrganisationIndex } from '../../src/utils/organisations';

const line = (text: string, extra: object = {}) => ({ text, line: 1, page: 1, ...extra });

describe('importer parts', () => {
  it('converts traditional to simplified without changing the length', () => {
    for (const text of ['會後由市住建局根據會議討論意見修改完善', '聽取全市疫情防控工作情況的彙報', '乾隆年間的後台']) {
      const simple = toSimplified(text);
      expect(simple).toHaveLength(text.length);
    }
    expect(toSimplified('會後由市衛健委')).toBe('会后由市卫健委');
  });

  it('removes spaces between Han characters only', () => {
    expect(removeSpacesBetweenHan('会 议 纪 要，2023 年 4 月')).toBe('会议纪要，2023 年 4 月');
  });

  it('joins a text line cut mid-sentence, never one that ends a sentence, a short title or a heading', () => {
    expect(runsOn(line('（三）区镇板块方面：要进一步完善区镇安委办、消委办，推动形成常态化安'), line('全隐患排查整治格局。'))).toBe(true);
    expect(runsOn(line('七、审议《推动农文旅融合高质量发展'), line('目的地城市三年行动计划》'))).toBe(true);
    expect(runsOn(line('（一）原则同意《行动方案》。会后由市住建局根据会议讨论意见修改完善。'), line('各地各部门要加强协作。'))).toBe(false);
    expect(runsOn(line('太仓市人民政府'), line('常务会议纪要'))).toBe(false);
    expect(runsOn(line('三、听取全市疫情防控工作情况的汇报并研究部署下一步工作'), line('会议听取了市卫健委的汇报。'))).toBe(false);
    expect(runsOn(line('出席人员名单很长很长很长很长很长很长很长很长的一行文字'), line('（二）各地要加强'))).toBe(false);
  });

  it('joins PDF lines by layout: a full line runs on into an unindented one', () => {
    expect(runsOn(line('要紧盯重点行业领域，聚焦事故易发多发的重点场所。', { reachesEnd: true }), line('和重点环节', { startsBlock: false }))).toBe(true);
    expect(runsOn(line('要紧盯重点行业领域', { reachesEnd: false }), line('和重点环节', { startsBlock: false }))).toBe(false);
    expect(runsOn(line('要紧盯重点行业领域', { reachesEnd: true }), line('和重点环节', { startsBlock: true }))).toBe(false);
  });

  it('drops dashed page numbers and repeated headers from a text, reporting them', () => {
    // Past the header lines (the first 8), a line that repeats word for word is a running header.
    const opening = Array.from({ length: 8 }, (_, index) => `正文第${index + 1}段。`);
    const text = [...opening, '- 2 -', '页眉文字', '第九段。', '页眉文字', '第十段。'].join('\n');
    const { paragraphs, removed } = paragraphsOf(textLines(text));
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([...opening, '第九段。', '第十段。']);
    expect(removed.map((removal) => [removal.kind, removal.line])).toEqual([
      ['page number', 9],
      ['repeated header or footer', 10],
      ['repeated header or footer', 12],
    ]);
  });

  it('knows what starts a unit and whether brackets are closed', () => {
    for (const text of ['一、审议', '（一）原则同意', '(二) 各地', '1. 原则', '(1) 会议', '第一，原则', '出席：张三', '列席:李四', '（此件公开发布）', '2023 年 4 月 14 日']) expect(startsUnit(text), text).toBe(true);
    expect(startsUnit('各相关部门要加强统筹')).toBe(false);
    expect(bracketsBalanced('审议《行动计划（2023—2025 年）》')).toBe(true);
    expect(bracketsBalanced('审议《推动农文旅')).toBe(false);
  });

  it('splits a chair printed name first or title first', () => {
    expect(splitChair('吴敬宇常务副市长')).toEqual({ name: '吴敬宇', title: '常务副市长' });
    expect(splitChair('市政府副市长张三')).toEqual({ name: '张三', title: '市政府副市长' });
    expect(splitChair('主持人')).toBeUndefined();
  });

  it('splits 列席 organisation and person with the collection first, then the name-length rule', () => {
    const index = new OrganisationIndex([{ id: 'housing', name: '太仓市住房和城乡建设局', shortNames: ['市住建局'], kind: 'government-department' }]);
    expect(splitOrganisationAndPerson(index, '市住建局陆江', '市住建局陆江')).toEqual({ organisation: '市住建局', person: '陆江', known: true });
    expect(splitOrganisationAndPerson(index, '新城管理处周明', '新城管理处周明')).toEqual({ organisation: '新城管理处', person: '周明', known: false });
    expect(splitOrganisationAndPerson(index, '港务集团欧阳明月', '港务集团欧阳明月')).toBeUndefined();
  });

  it('suggests topics named in the heading, most frequent first, else the most frequent in the points', () => {
    const topics = [
      topicSchema.parse({ id: 'work-safety', name: '安全生产', keywords: ['安全隐患'] }),
      topicSchema.parse({ id: 'gas-safety', name: '城镇燃气', keywords: ['燃气'] }),
    ];
    expect(suggestTopics(topics, '审议《城镇燃气安全生产方案》', '燃气用户，燃气管道')).toEqual(['gas-safety', 'work-safety']);
    expect(suggestTopics(topics, '听取有关工作汇报', '排查安全隐患，燃气安全隐患')).toEqual(['work-safety']);
    expect(suggestTopics(topics, '听取有关工作汇报', '做好各项工作')).toEqual([]);
  });
});

describe('importer parts for other bodies\' formats', () => {
  it('reads the session number and the term in every printed form', () => {
    const forms: Array<[string, { session?: number; term?: number }]> = [
      ['市政府第22次常务会议', { session: 22 }],
      ['第 32 次常务会议', { session: 32 }],
      ['县政府十七届十三次常务会议', { session: 13, term: 17 }],
      ['九届31次常务会议', { session: 31, term: 9 }],
      ['五届四十八次区政府常务会议', { session: 48, term: 5 }],
      ['第十九届市政府第20次常务会议', { session: 20, term: 19 }],
      ['第十六届人民政府第32次常务会议', { session: 32, term: 16 }],
      ['2024年区政府第18次常务会议', { session: 18 }],
      ['区政府第四十四次常务会议', { session: 44 }],
      ['区政府常务会', {}],
    ];
    for (const [name, expected] of forms) expect(sessionAndTerm(name), name).toEqual(expected);
  });

  it('reads dates without a year from the page date or the file name, and reports broken ones instead of guessing', () => {
    const pageDate = { date: new Date(Date.UTC(2024, 0, 2)), label: '发布日期' };
    const complete = (text: string, context = {}) => completeDate(printedDate(text) as PrintedDate, context);
    expect(complete('2023年4月10日下午')).toEqual({ date: new Date(Date.UTC(2023, 3, 10)) });
    expect(complete('12月30日', { pageDate })).toEqual({ date: new Date(Date.UTC(2023, 11, 30)), from: { key: 'yearBeforePage', page: { label: '发布日期' } } });
    expect(complete('25日', { pageDate: { date: new Date(Date.UTC(2019, 11, 26)) } })).toEqual({ date: new Date(Date.UTC(2019, 11, 25)), from: { key: 'monthAndYearFromPage', page: {} } });
    expect(complete('1月8日上午', { numberYear: 2011, fileYear: 2020 })).toEqual({ date: new Date(Date.UTC(2011, 0, 8)), from: { key: 'yearFromNumber' } });
    expect(complete('五月十八日', { fileYear: 1992 })).toEqual({ date: new Date(Date.UTC(1992, 4, 18)), from: { key: 'yearFromFileName' } });
    expect(complete('33日', { pageDate })).toEqual({ problem: { key: 'impossibleDate', printed: '33日' } });
    expect(complete('2025年1127日').problem).toEqual({ key: 'impossibleDate', printed: '2025年1127日' });
    expect(complete('3日').problem).toEqual({ key: 'noMonth', day: 3 });
    expect(complete('6月14日', { pageDate: { date: new Date(Date.UTC(2021, 4, 15)) } }).problem).toEqual({ key: 'afterPage', month: 6, day: 14, page: {} });
  });

  it("says where a date's missing parts came from, and why one cannot be completed, in the site's language", () => {
    const say = (note: ImporterNote) => [sayNote(note, importerMessages('zh-CN').notes), sayNote(note, importerMessages('en').notes)];
    expect(say({ key: 'yearBeforePage', printed: '12月30日', page: { label: '发布日期' } })).toEqual([
      'meeting.date：原文为 "12月30日"，年份为页面的发布日期行的上一年 — 请核对',
      `meeting.date: printed "12月30日", year from the page's 发布日期 line (the year before it); check it`,
    ]);
    expect(say({ key: 'monthAndYearFromPage', printed: '25日', page: {} })).toEqual([
      'meeting.date：原文为 "25日"，月份和年份取自正文上方印的日期 — 请核对',
      'meeting.date: printed "25日", month and year from the date printed above the text; check it',
    ]);
    expect(say({ key: 'impossibleDate', printed: '33日' })).toEqual([
      'meeting.date：原文日期 "33日" 不存在 — 请按原件填写 meeting.date',
      'meeting.date: the date "33日" as printed is impossible; fill in meeting.date from the source',
    ]);
  });

  it('splits chairs printed title first with several titles, name first, and with 同志', () => {
    expect(splitChair('区委书记、区长谭荣兵')).toEqual({ name: '谭荣兵', title: '区委书记、区长' });
    expect(splitChair('吴庆文市长')).toEqual({ name: '吴庆文', title: '市长' });
    expect(splitChair('区长魏海晓同志')).toEqual({ name: '魏海晓', title: '区长' });
    expect(splitChair('浙江省长李强')).toEqual({ name: '李强', title: '浙江省长' });
    expect(splitChair('吕玉印同志')).toBeUndefined();
  });

  it('removes web-page furniture line by line and reports each piece, keeping the page date', () => {
    const lines = ['您现在所在的位置: 网站首页> 政府信息公开 > 会议开放', '发布时间:2023-10-25 14:40 来源:广德市人民政府(办公室) 浏览次数:', '【时政新闻】10月17日,市长钱会主持召开市政府第32次常务会议。', '会议还研究了其他事项。(撰稿人:江婷婷 审稿人:郑李平)', '上一篇:无', '（此件公开发布）'].map((text, index) => ({ text, line: index + 1, page: 1 }));
    const result = removeWebPageFurniture(lines);
    expect(result.lines.map((line) => line.text)).toEqual(['10月17日,市长钱会主持召开市政府第32次常务会议。', '会议还研究了其他事项。', '（此件公开发布）']);
    expect(result.removed.map((removal) => [removal.line, removal.text])).toEqual([
      [1, '您现在所在的位置: 网站首页> 政府信息公开 > 会议开放'],
      [2, '发布时间:2023-10-25 14:40 来源:广德市人民政府(办公室) 浏览次数:'],
      [3, '【时政新闻】'],
      [4, '(撰稿人:江婷婷 审稿人:郑李平)'],
      [5, '上一篇:无'],
    ]);
    expect(result.pageDate).toEqual({ date: new Date(Date.UTC(2023, 9, 25)), label: '发布时间', line: 2 });
  });

  it('takes pinyin glosses out of a garbled traditional copy, never bracketed words', () => {
    expect(withoutPinyinGlosses('區(qū)政府常務(wù)會議(B型)（2023）')).toEqual({ text: '區政府常務會議(B型)（2023）', glosses: ['(qū)', '(wù)'] });
  });

  it('decodes UTF-8, BOMs, GB18030 and Big5, and refuses what it cannot tell', () => {
    const text = '太仓市人民政府常务会议纪要，会议议定以下意见：一、审议《行动方案》。';
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'GB18030' });
    expect(decodeText(iconv.encode(text, 'utf16be', { addBOM: true }))).toEqual({ text, encoding: 'UTF-16BE with BOM' });
    const traditional = '太倉市人民政府常務會議紀要，會議議定以下意見：一、審議《行動方案》，聽取彙報。';
    expect(decodeText(iconv.encode(traditional, 'big5'))).toEqual({ text: traditional, encoding: 'Big5' });
    expect(() => decodeText(Buffer.from([0xcc, 0xab, 0xff, 0xfe]))).toThrow(UndecidableEncodingError);
  });
});

describe('header lines of other bodies', () => {
  const index = new OrganisationIndex([{ id: 'suzhou-government', name: '苏州市人民政府', shortNames: [], kind: 'government' }]);
  const header = (texts: string[]) => {
    const findings = new Findings();
    const paragraphs = texts.map((text, number) => ({ text, simple: toSimplified(text), lines: [number + 1], page: 1 }));
    return { header: readHeader(paragraphs, index, findings), findings };
  };

  it('a title naming the meeting gives no issuer', () => {
    const { header: read, findings } = header(['市政府第51次常务会议纪要']);
    expect(read).toEqual({ documentType: '常务会议纪要', meetingInTitle: '市政府第51次常务会议纪要' });
    expect(findings.unplaced.map((paragraph) => paragraph.text)).toEqual(['市政府第51次']);
  });

  it('a 文号 in ASCII brackets glued to a title line starts at its 机关代字', () => {
    const { header: read, findings } = header(['政府常务会议宜政纪[2011]1号']);
    expect(read.documentNumber).toBe('宜政纪[2011]1号');
    expect(findings.unplaced.map((paragraph) => paragraph.text)).toEqual(['政府常务会议']);
    expect(header(['常务会议纪要〔2023〕37号']).header).toEqual({ documentType: '常务会议纪要', documentNumber: '常务会议纪要〔2023〕37号' });
  });
});
