import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agendaItemId } from '../../src/utils/agenda';
import { personSlug } from '../../src/utils/people';
import { isoDate } from '../../src/utils/dates';
import { isPublic } from '../../src/utils/publication';
import { readMinutes } from '../support/content';
import { fixtureContentDir, fixtureSiteDir } from '../support/paths';
import { hrefsAcrossPages, shortestClickPaths, sitemapPages, sitePages } from '../support/site-links';
import { pageHtml, siteFiles } from '../support/site-files';

const published = readMinutes(fixtureContentDir)
  .filter((doc) => isPublic(doc.data.disclosure))
  .sort((a, b) => a.data.meeting.date.getTime() - b.data.meeting.date.getTime());
const byId = new Map(published.map((doc) => [doc.id, doc]));
const organisations = parse(readFileSync(join(fixtureContentDir, 'organisations.yaml'), 'utf8')) as Array<{ id: string; name: string; shortNames?: string[] }>;
const people = parse(readFileSync(join(fixtureContentDir, 'people.yaml'), 'utf8')) as Array<{ id: string; name: string; titles: Array<{ title: string }> }>;
const topics = parse(readFileSync(join(fixtureContentDir, 'topics.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
const files = siteFiles();
const siteAddress = (JSON.parse(readFileSync(join(fixtureContentDir, 'site.json'), 'utf8')) as { site: string }).site;

const flat = (text: string) => text.replace(/\s+/g, '');
const hrefs = ($: CheerioAPI, selector: string) => $(selector).map((_, el) => $(el).attr('href') ?? '').get();
const namesOf = (id: string) => {
  const organisation = organisations.find((candidate) => candidate.id === id)!;
  return [organisation.name, ...(organisation.shortNames ?? [])];
};
const listedPeople = new Map(people.map((person) => [person.name, person]));
const personPath = (name: string) => `/people/${personSlug(name, listedPeople)}/`;

describe('a minutes page', () => {
  const doc = byId.get('taicang-changwu-2022-12')!;
  const $ = load(pageHtml(`/minutes/${doc.id}/`));

  it('opens with the disclosure block, every catalogue field in order', () => {
    expect($('article.minutes > section').first().hasClass('disclosure')).toBe(true);
    const labels = $('.disclosure dt').map((_, el) => $(el).text()).get();
    expect(labels).toEqual(['索引号', '发布机构', '文号', '成文日期', '发布日期', '主题分类', '公开属性']);
    expect(flat($('.disclosure').text())).toContain(`发布日期${doc.data.datePublished?.getUTCFullYear()}年12月14日`);
    expect(hrefs($, '.disclosure a')).toEqual(['/organisations/government-office/', '/topics/gas-safety/', '/topics/public-health/']);
    // 有效性 is shown only when the document states one.
    expect(load(pageHtml('/minutes/taicang-changwu-2023-09/'))('.disclosure dt').last().text()).toBe('有效性');
  });

  it('gives each agenda item its kind, document, topics and lead departments as links', () => {
    for (const source of published) {
      const page = load(pageHtml(`/minutes/${source.id}/`));
      for (const item of source.data.agenda) {
        const section = page(`section.agenda-item[aria-labelledby="${agendaItemId(item.ordinal)}"]`);
        expect(section.children().first().attr('id'), `${source.id} ${item.ordinal}`).toBe(agendaItemId(item.ordinal));
        const facts = flat(section.find('.item-facts').text());
        expect(facts).toContain(`议题类别${item.kind}`);
        if (item.document) expect(facts).toContain(`审议文件《${flat(item.document)}》`);
        expect(hrefs(page, `section[aria-labelledby="${agendaItemId(item.ordinal)}"] .item-facts a[href^="/topics/"]`)).toEqual(item.topics.map((topic) => `/topics/${topic}/`));
        const departmentLinks = hrefs(page, `section[aria-labelledby="${agendaItemId(item.ordinal)}"] .item-facts a[href^="/organisations/"]`);
        expect(departmentLinks.map((href) => namesOf(href.split('/')[2]!)).every((names, index) => names.includes(item.leadDepartments[index]!))).toBe(true);
        expect(departmentLinks).toHaveLength(item.leadDepartments.length);
      }
    }
  });

  it('shows the thread of items an item follows and that follow it, both ways', () => {
    const follower = published.flatMap((source) => source.data.agenda.filter((item) => item.follows).map((item) => ({ source, item })))[0];
    expect(follower, 'the fixtures need an item with follows').toBeDefined();
    const { source, item } = follower!;
    const later = load(pageHtml(`/minutes/${source.id}/`));
    const target = `/minutes/${item.follows!.minutes}/#${agendaItemId(item.follows!.ordinal)}`;
    expect(hrefs(later, `section[aria-labelledby="${agendaItemId(item.ordinal)}"] .item-thread a`)).toEqual([target]);
    const earlier = load(pageHtml(`/minutes/${item.follows!.minutes}/`));
    expect(hrefs(earlier, `section[aria-labelledby="${agendaItemId(item.follows!.ordinal)}"] .item-thread a`)).toEqual([`/minutes/${source.id}/#${agendaItemId(item.ordinal)}`]);
    expect(flat(earlier('.item-thread').text())).toContain(`后续议题${source.data.meeting.name}${item.ordinal}、${flat(item.title)}`);
  });

  it('publishes each attachment byte for byte beside the page, with its size and SHA-256', () => {
    expect(doc.data.attachments.length).toBeGreaterThan(0);
    for (const attachment of doc.data.attachments) {
      const link = $('.attachments a').filter((_, el) => $(el).text() === attachment.title);
      const href = link.attr('href') ?? '';
      expect(href).toBe(`/minutes/${doc.id}/${encodeURIComponent(attachment.file)}`);
      const built = readFileSync(join(fixtureSiteDir, decodeURIComponent(href)));
      expect(createHash('sha256').update(built).digest('hex')).toBe(attachment.sha256);
      const facts = flat(link.parent().find('.attachment-facts').text());
      expect(facts).toContain(`大小${statSync(join(fixtureContentDir, 'minutes', attachment.file)).size}B`);
      expect(facts).toContain(`SHA-256校验值${attachment.sha256}`);
    }
  });

  it('carries, for paper only, its own address and that of each attachment', () => {
    expect(flat($('.minutes-header .print-only').text())).toBe(`本文地址：${siteAddress}/minutes/${doc.id}/`);
    expect($('.attachments .print-only').map((_, el) => $(el).text().trim()).get()).toEqual(
      doc.data.attachments.map((attachment) => `${siteAddress}/minutes/${doc.id}/${attachment.file}`),
    );
  });

  it('lists revisions with their dates', () => {
    const revisions = $('.revisions li');
    expect(revisions).toHaveLength(doc.data.revisions.length);
    doc.data.revisions.forEach((revision, index) => {
      expect(revisions.eq(index).find('time').attr('datetime')).toBe(isoDate(revision.date));
      expect(revisions.eq(index).text()).toContain(revision.note);
    });
  });

  it('links attendance to people and organisations, and 主送/抄送 where the name is an organisation', () => {
    expect(hrefs($, '.attendance a[href^="/people/"]').map(decodeURIComponent)).toEqual(
      [...doc.data.attendance.present, ...doc.data.attendance.observers.flatMap((group) => group.people)].map(personPath),
    );
    const distribution = $('.distribution p').filter((_, el) => $(el).text().startsWith('主送'));
    expect(hrefs(load(distribution.html() ?? ''), 'a')).toEqual(['/organisations/housing-construction/']);
    expect(distribution.text()).toContain('各镇人民政府');
  });

  it('links the previous and next meeting in meeting order, and a breadcrumb trail through the year', () => {
    published.forEach((source, index) => {
      const page = load(pageHtml(`/minutes/${source.id}/`));
      expect(hrefs(page, '.adjacent-meetings a[rel="prev"]'), source.id).toEqual(index > 0 ? [`/minutes/${published[index - 1]!.id}/`] : []);
      expect(hrefs(page, '.adjacent-meetings a[rel="next"]'), source.id).toEqual(index < published.length - 1 ? [`/minutes/${published[index + 1]!.id}/`] : []);
      expect(hrefs(page, '.breadcrumbs a')).toEqual(['/', '/minutes/', `/minutes/${source.data.meeting.date.getUTCFullYear()}/`]);
    });
  });
});

describe('organisation pages', () => {
  const index = load(pageHtml('/organisations/'));

  it('exist for every organisation, listed with counts', () => {
    expect(index('.count').first().text()).toBe(`共 ${organisations.length} 个部门单位`);
    expect(hrefs(index, '.name-list a').sort()).toEqual(organisations.map(({ id }) => `/organisations/${id}/`).sort());
    for (const { id } of organisations) expect(files).toContain(`organisations/${id}/index.html`);
    const names = namesOf('housing-construction');
    const assignments = published.flatMap((doc) => doc.data.agenda).filter((item) => item.leadDepartments.some((name) => names.includes(name))).length;
    const meetings = published.filter((doc) => doc.data.attendance.observers.some((group) => names.includes(group.organisation))).length;
    const documents = published.filter((doc) => [...doc.data.recipients, ...doc.data.copies].some((name) => names.includes(name))).length;
    const line = index('.name-list li').filter((_, li) => index(li).find('a').attr('href') === '/organisations/housing-construction/');
    expect(line.find('.count').text().trim()).toBe(`牵头 ${assignments} 项议题、列席 ${meetings} 次会议、收到 ${documents} 份纪要`);
    expect(assignments * meetings * documents).toBeGreaterThan(0);
  });

  it('list assignments, 列席 and documents received from the minutes', () => {
    for (const { id } of organisations) {
      const names = namesOf(id);
      const $ = load(pageHtml(`/organisations/${id}/`));
      const assignments = [...published]
        .reverse()
        .flatMap((doc) => doc.data.agenda.filter((item) => item.leadDepartments.some((name) => names.includes(name))).map((item) => `/minutes/${doc.id}/#${agendaItemId(item.ordinal)}`));
      expect(hrefsAcrossPages(`/organisations/${id}/`, '.agenda-item-list a'), id).toEqual(assignments);
      const observed = [...published].reverse().filter((doc) => doc.data.attendance.observers.some((group) => names.includes(group.organisation)));
      expect(hrefsAcrossPages(`/organisations/${id}/`, 'section[aria-labelledby="observed-heading"] .meeting-list > li > a'), id).toEqual(observed.map((doc) => `/minutes/${doc.id}/`));
      const received = [...published].reverse().filter((doc) => [...doc.data.recipients, ...doc.data.copies].some((name) => names.includes(name)));
      expect(hrefsAcrossPages(`/organisations/${id}/`, 'section[aria-labelledby="received-heading"] .meeting-list > li > a'), id).toEqual(received.map((doc) => `/minutes/${doc.id}/`));
      // Every empty list says why it is empty.
      expect($('.empty').length, id).toBe([assignments, observed, received].filter((list) => list.length === 0).length);
    }
    expect(flat(load(pageHtml('/organisations/cppcc/'))('section[aria-labelledby="received-heading"]').text())).toContain('市政府第15次常务会议抄送');
  });
});

describe('people pages', () => {
  const names = new Set(
    published.flatMap((doc) => [
      doc.data.meeting.chair.name,
      ...doc.data.attendance.present,
      ...doc.data.attendance.absent.map(({ name }) => name),
      ...doc.data.attendance.observers.flatMap((group) => group.people),
    ]),
  );

  it('exist for everyone named in the published minutes and everyone listed, with counts', () => {
    const index = load(pageHtml('/people/'));
    const all = new Set([...names, ...people.map((person) => person.name)]);
    expect(index('.count').first().text()).toBe(`共 ${all.size} 人`);
    expect(hrefs(index, '.name-list a').map(decodeURIComponent).sort()).toEqual([...all].map(personPath).sort());
  });

  it('list meetings chaired, attended, missed and observed', () => {
    for (const name of names) {
      const chaired = [...published].reverse().filter((doc) => doc.data.meeting.chair.name === name);
      expect(hrefsAcrossPages(personPath(name), 'section[aria-labelledby="chaired-heading"] .minutes-summary h3 a'), name).toEqual(chaired.map((doc) => `/minutes/${doc.id}/`));
      const present = [...published].reverse().filter((doc) => doc.data.attendance.present.includes(name));
      expect(hrefsAcrossPages(personPath(name), 'section[aria-labelledby="present-heading"] .meeting-list > li > a'), name).toEqual(present.map((doc) => `/minutes/${doc.id}/`));
      const absent = [...published].reverse().filter((doc) => doc.data.attendance.absent.some((absence) => absence.name === name));
      expect(hrefsAcrossPages(personPath(name), 'section[aria-labelledby="absent-heading"] .meeting-list > li > a'), name).toEqual(absent.map((doc) => `/minutes/${doc.id}/`));
    }
    const listed = people[0]!;
    expect(load(pageHtml(`/people/${listed.id}/`))('section[aria-labelledby="titles-heading"]').text()).toContain(listed.titles[0]!.title);
    // Someone listed but named in no published minutes has a page that says so.
    const absentees = people.filter((person) => !names.has(person.name));
    expect(absentees.length).toBeGreaterThan(0);
    for (const person of absentees) {
      const $ = load(pageHtml(`/people/${person.id}/`));
      expect($('.empty').text(), person.id).toContain('暂无');
      expect($('.count').first().text(), person.id).toBe('0 次会议');
    }
  });
});

describe('the statistics page', () => {
  const $ = load(pageHtml('/stats/'));
  const table = (id: string) =>
    $(`section[aria-labelledby="${id}-heading"] tbody tr`)
      .map((_, row) => ({ label: $(row).find('th').text(), value: Number($(row).find('td').text()) }))
      .get();

  it('draws three charts as inline SVG with a text alternative and a data table, and no script', () => {
    expect($('svg.bar-chart')).toHaveLength(3);
    $('svg.bar-chart').each((_, svg) => {
      expect($(svg).attr('role')).toBe('img');
      expect($(`#${$(svg).attr('aria-labelledby')}`).text()).toBe($(svg).closest('section').find('h2').text());
      expect($(`#${$(svg).attr('aria-describedby')}`).text()).toMatch(/合计 \d+，最多的是/);
      expect($(svg).find('rect.bar')).toHaveLength($(svg).closest('section').find('tbody tr').length);
    });
    // Only the 长者模式 script every page has.
    expect($('script').map((_, script) => $(script).attr('src')).get()).toEqual(['/scripts/elder-mode.js']);
  });

  it('counts meetings per month, items per topic and assignments per lead department', () => {
    const months = table('per-month');
    expect(months[0]?.label).toBe('2022年12月');
    expect(months.at(-1)?.label).toBe('2023年9月');
    expect(months).toHaveLength(10);
    expect(months.reduce((sum, row) => sum + row.value, 0)).toBe(published.length);
    const perTopic = Object.fromEntries(table('per-topic').map((row) => [row.label, row.value]));
    for (const topic of topics) {
      const count = published.flatMap((doc) => doc.data.agenda).filter((item) => item.topics.includes(topic.id)).length;
      expect(perTopic[topic.name] ?? 0, topic.id).toBe(count);
    }
    const perDepartment = table('per-department');
    const housing = published.flatMap((doc) => doc.data.agenda).filter((item) => item.leadDepartments.some((name) => namesOf('housing-construction').includes(name))).length;
    expect(perDepartment.find((row) => row.label === '太仓市住房和城乡建设局')?.value).toBe(housing);
    expect(perDepartment.map((row) => row.value)).toEqual([...perDepartment.map((row) => row.value)].sort((a, b) => b - a));
  });
});

describe('the sitemap', () => {
  it('lists every page of the site exactly once, and nothing else', () => {
    const listed = sitemapPages();
    expect(new Set(listed).size).toBe(listed.length);
    // The 长者模式 copies under /elder/ name the ordinary pages as canonical and stay out (tests/site/elder-pages.test.ts).
    expect([...listed].sort()).toEqual(sitePages().filter((page) => !page.startsWith('/elder/')).sort());
    expect(listed).toContain('/people/汪香元/');
  });
});

describe('every index page', () => {
  it('shows a count', () => {
    const indexes = ['/minutes/', '/topics/', '/organisations/', '/people/', '/stats/', ...sitePages().filter((page) => /^\/minutes\/\d{4}\/$/.test(page))];
    for (const page of indexes) expect(load(pageHtml(page))('main .count').first().text(), page).toMatch(/\d/);
  });
});

describe('the three-click path', () => {
  const clicks = shortestClickPaths('/');

  it('reaches every agenda item of the fixtures from the home page in at most three clicks', () => {
    for (const doc of published) {
      for (const item of doc.data.agenda) {
        const target = `/minutes/${doc.id}/#${agendaItemId(item.ordinal)}`;
        expect(clicks.get(target)?.length ?? Infinity, target).toBeLessThanOrEqual(3);
      }
    }
  });

  it('holds by year, by topic, by lead department and by chair alike', () => {
    const viaSection = (section: string) => {
      // Walk from the section's index page: one click from home, so two more at most.
      const from = shortestClickPaths(section);
      return (target: string) => (from.get(target)?.length ?? Infinity) + 1;
    };
    const byMinutes = viaSection('/minutes/');
    const byTopic = viaSection('/topics/');
    const byOrganisation = viaSection('/organisations/');
    const byPerson = viaSection('/people/');
    for (const doc of published) {
      for (const item of doc.data.agenda) {
        const target = `/minutes/${doc.id}/#${agendaItemId(item.ordinal)}`;
        expect(byMinutes(target), `${target} by year`).toBeLessThanOrEqual(3);
        expect(byTopic(target), `${target} by topic`).toBeLessThanOrEqual(3);
        if (item.leadDepartments.length > 0) expect(byOrganisation(target), `${target} by department`).toBeLessThanOrEqual(3);
        expect(byPerson(target), `${target} by chair`).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('the page budget', () => {
  it('keeps every minutes page within 60 KB of HTML, CSS and script, loading only its stylesheet, the 长者模式 script, the footer mark and the favicon', () => {
    for (const doc of published) {
      const html = pageHtml(`/minutes/${doc.id}/`);
      const $ = load(html);
      const stylesheets = hrefs($, 'link[rel="stylesheet"]');
      expect(stylesheets).toHaveLength(1);
      const resources = $('script[src], img[src], link[rel="preload"], link[rel="modulepreload"], link[rel="icon"], iframe, video, audio, object')
        .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? element.tagName)
        .get();
      expect(resources, doc.id).toEqual(['/favicon.svg', '/scripts/elder-mode.js', '/images/government-site-mark.svg']);
      const bytes = [stylesheets[0]!, ...resources].reduce((sum, file) => sum + statSync(join(fixtureSiteDir, file)).size, Buffer.byteLength(html));
      expect(bytes, doc.id).toBeLessThanOrEqual(60 * 1024);
    }
  });
});
