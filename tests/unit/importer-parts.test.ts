import { describe, expect, it } from 'vitest';
import { removeSpacesBetweenHan, toSimplified } from '../../src/importer/chinese';
import { paragraphsOf, runsOn } from '../../src/importer/layout';
import { bracketsBalanced, startsUnit } from '../../src/importer/markers';
import { splitChair } from '../../src/importer/opening';
import { splitOrganisationAndPerson } from '../../src/importer/organisations';
import { textLines } from '../../src/importer/source-line';
import { suggestTopics } from '../../src/importer/topics';
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
