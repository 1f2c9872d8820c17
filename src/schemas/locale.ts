import { z } from 'astro/zod';
import { counted, template } from './message';
import { openDataStringsSchema } from './locale-open-data';
import { agendaKindSchema } from './agenda-item';
import { accessSchema } from './disclosure';
import { organisationKindSchema } from './organisation';

/** A UI string without placeholders; those with placeholders are template() or counted() (./message). */
const text = z.string().min(1);

/** Every string the interface shows, one set per language in src/locales/. */
export const uiStringsSchema = z.strictObject({
  /** Link that jumps over the header to the main content. */
  skipToContent: text,
  /** Accessible name of the 长者模式 controls. */
  elderModeGroup: text,
  /** The 长者模式 switch (larger text, stronger contrast, larger targets). */
  elderMode: text,
  /** The larger text step of 长者模式. */
  elderModeLarger: text,
  /** Link that leaves 长者模式 where it works without JavaScript. */
  elderModeExit: text,
  /** Accessible name of the main navigation. */
  mainNavigation: text,
  /** Navigation link to the home page. */
  navHome: text,
  /** Navigation link to the minutes listing. */
  navMinutes: text,
  /** Navigation link to the topics listing. */
  navTopics: text,
  /** Navigation link to the search page. */
  navSearch: text,
  /** Navigation link to the organisations listing. */
  navOrganisations: text,
  /** Navigation link to the people listing. */
  navPeople: text,
  /** Navigation link to the statistics page. */
  navStats: text,
  /** Description of the organisations link on the home page. */
  homeBrowseOrganisations: text,
  /** Description of the people link on the home page. */
  homeBrowsePeople: text,
  /** Description of the statistics link on the home page. */
  homeBrowseStats: text,
  /** Count of one year's minutes on the minutes listing; {count}. */
  yearMinutesCount: counted(),
  /** Title of one year's page; {year}. */
  yearPageTitle: template('year'),
  /** Heading of the list of years on the minutes listing. */
  yearsHeading: text,
  /** Heading of the disclosure catalogue block (索引号 …) on a minutes page. */
  disclosureHeading: text,
  /** 发布机构 label. */
  fieldPublisher: text,
  /** 主题分类 label. */
  fieldTopics: text,
  /** Heading of the thread of items an item follows or that follow it. */
  itemThread: text,
  /** Label of the items an agenda item continues. */
  itemFollows: text,
  /** Label of the later items that continue an agenda item. */
  itemFollowedBy: text,
  /** Label of the page's address, printed on paper. */
  pageAddress: text,
  /** Heading of the attachments block. */
  attachmentsHeading: text,
  /** Label of an attachment's size. */
  attachmentSize: text,
  /** Label of an attachment's SHA-256 checksum. */
  attachmentSha256: text,
  /** Heading of the corrections block. */
  revisionsHeading: text,
  /** Accessible name of the previous/next meeting navigation. */
  adjacentMeetings: text,
  /** Accessible name of a listing's page links. */
  pagination: text,
  /** Link to the previous page of a listing. */
  previousPage: text,
  /** Link to the next page of a listing. */
  nextPage: text,
  /** Where a listing page is among its pages; {page}, {count}. */
  pageOfPages: template('count', 'page'),
  /** Title of a listing page after the first; {title}, {page}. */
  numberedPageTitle: template('page', 'title'),
  /** Label before a year's page links on the minutes listing. */
  yearPages: text,
  /** Label of the link to the previous meeting. */
  previousMeeting: text,
  /** Label of the link to the next meeting. */
  nextMeeting: text,
  /** Title of the organisations listing. */
  organisationsTitle: text,
  /** Count line on the organisations listing; {count} organisations. */
  organisationsCount: counted(),
  /** An organisation's line on the listing; {assignments}, {meetings} (列席) and {documents} (received). */
  organisationSummary: template('assignments', 'documents', 'meetings'),
  /** Heading of an organisation's assignments as lead department. */
  organisationAssignments: text,
  /** Heading of the meetings an organisation attended (列席). */
  organisationObserved: text,
  /** Heading of the documents sent to an organisation (主送/抄送). */
  organisationReceived: text,
  /** Count of assignments; {count}. */
  assignmentCount: counted(),
  /** Count of meetings; {count}. */
  meetingCount: counted(),
  /** Count of documents; {count}. */
  documentCount: counted(),
  /** Shown when an organisation leads no published item. */
  organisationNoAssignments: text,
  /** Shown when an organisation attended no published meeting. */
  organisationNoObserved: text,
  /** Shown when no published document was sent to an organisation by a name that resolves to it. */
  organisationNoReceived: text,
  /** Other names the organisation is printed under. */
  organisationShortNames: text,
  /** Label of an organisation's kind. */
  organisationKind: text,
  /** Display names of organisation kinds. */
  organisationKinds: z.record(organisationKindSchema, text),
  /** Title of the people listing. */
  peopleTitle: text,
  /** Count line on the people listing; {count} people. */
  peopleCount: counted(),
  /** Explains who is listed on the people listing. */
  peopleIntro: text,
  /** Heading of the titles a person held. */
  personTitles: text,
  /** Heading of the meetings a person chaired. */
  personChaired: text,
  /** Heading of the meetings a person attended (出席). */
  personPresent: text,
  /** Heading of the meetings a person missed with leave (请假). */
  personAbsent: text,
  /** Heading of the meetings a person attended without a vote (列席). */
  personObserved: text,
  /** Shown on a person with no published meeting. */
  personNoMeetings: text,
  /** Title of the statistics page. */
  statsTitle: text,
  /** Explains what the statistics cover. */
  statsIntro: text,
  /** Chart title: meetings per month. */
  statsMeetingsPerMonth: text,
  /** Chart title: agenda items per topic. */
  statsItemsPerTopic: text,
  /** Chart title: assignments per lead department. */
  statsAssignmentsPerDepartment: text,
  /** Text alternative of a chart; {title}, {total}, {label} (largest) and {value}. */
  statsChartSummary: template('label', 'title', 'total', 'value'),
  /** Column header of a chart's data table for counts. */
  statsCount: text,
  /** Column header for months. */
  statsMonth: text,
  /** Column header for topics. */
  statsTopic: text,
  /** Column header for departments. */
  statsDepartment: text,
  /** Shown instead of a chart without data. */
  statsEmpty: text,
  /** A month, {year} and {month}. */
  monthLabel: template('month', 'year'),
  /** Label of the header search box. */
  searchLabel: text,
  /** Placeholder of the search box. */
  searchPlaceholder: text,
  /** Submit button of the search box. */
  searchSubmit: text,
  /** Heading of the latest minutes on the home page. */
  homeLatest: text,
  /** Link from the home page's latest minutes to the list by 发布日期. */
  homeLatestAll: text,
  /** Heading of the browse entry points on the home page. */
  homeBrowse: text,
  /** Description of the minutes listing link on the home page. */
  homeBrowseMinutes: text,
  /** Description of the topics link on the home page. */
  homeBrowseTopics: text,
  /** Description of the search link on the home page. */
  homeBrowseSearch: text,
  /** Shown when no minutes are published yet. */
  noMinutes: text,
  /** Title of the minutes listing. */
  minutesTitle: text,
  /** Count line on the minutes listing; {count} documents. */
  minutesCount: counted(),
  /** Link from the minutes listing to the list by 发布日期. */
  minutesByPublication: text,
  /** Title of the list of all minutes by 发布日期 (/minutes/latest/). */
  latestTitle: text,
  /** What that list's order is. */
  latestLead: text,
  /** Heading for one year's minutes; {year}. */
  yearHeading: template('year'),
  /** Number of agenda items of one meeting; {count}. */
  agendaItemCount: counted(),
  /** Title of one minutes page; {meeting} name. */
  minutesPageTitle: template('meeting'),
  /** Title of one meeting report's page (会议报道, not labelled 纪要); {meeting} name. */
  reportPageTitle: template('meeting'),
  /** Heading of the meeting facts block on a minutes page (发文机关, 会议, 主持人 …). */
  metadataHeading: text,
  /** 索引号 label. */
  fieldIndexNumber: text,
  /** 发布日期 label. */
  fieldDatePublished: text,
  /** Shown for 发布日期 when a document does not record one. */
  datePublishedUnknown: text,
  /** 有效性 label. */
  fieldValidity: text,
  /** Meeting place label. */
  fieldPlace: text,
  /** 发文机关 label. */
  fieldIssuer: text,
  /** 文种 label. */
  fieldDocumentType: text,
  /** 文号 label. */
  fieldDocumentNumber: text,
  /** Label of the office that issued the document (印发机关). */
  fieldIssuingOffice: text,
  /** 成文日期 label. */
  fieldDateIssued: text,
  /** Meeting label. */
  fieldMeeting: text,
  /** Meeting date label. */
  fieldMeetingDate: text,
  /** Chair label. */
  fieldChair: text,
  /** 公开属性 label. */
  fieldAccess: text,
  /** Heading of the contents list of agenda items. */
  contentsHeading: text,
  /** Heading of the decisions (body). */
  bodyHeading: text,
  /** Heading of a meeting report's text (body). */
  reportBodyHeading: text,
  /** Label of an item's kind. */
  itemKind: text,
  /** Display names of the agenda kinds (审议, 听取, 研究, 其他). */
  agendaKinds: z.record(agendaKindSchema, text),
  /** An agenda item's ordinal and title as listed, e.g. 一、{title} or 1. {title}; {ordinal}, {title}. */
  agendaHeading: template('ordinal', 'title'),
  /** Display names of the 公开属性 values. */
  accessNames: z.record(accessSchema, text),
  /** Label of where the published text was taken from. */
  fieldSource: text,
  /** Label of an item's document reviewed. */
  itemDocument: text,
  /** Label of an item's topics. */
  itemTopics: text,
  /** Label of an item's lead departments. */
  itemLeadDepartments: text,
  /** Heading of the attendance block. */
  attendanceHeading: text,
  /** 出席 label. */
  present: text,
  /** 请假 label. */
  absent: text,
  /** 列席 label. */
  observers: text,
  /** Label of free-text attendees. */
  otherAttendees: text,
  /** The 整理 line; {by} compiled. */
  compiledBy: template('by'),
  /** Heading of the distribution block. */
  distributionHeading: text,
  /** 主送 label. */
  recipients: text,
  /** 抄送 label. */
  copies: text,
  /** List separator between names, e.g. 、. */
  listSeparator: text,
  /** Separator between groups, e.g. ，. */
  groupSeparator: text,
  /** Sentence end, e.g. 。. */
  sentenceEnd: text,
  /** Label between a field label and its value, e.g. ：. */
  labelSeparator: text,
  /** Opening bracket around the release line. */
  bracketOpen: text,
  /** Closing bracket around the release line. */
  bracketClose: text,
  /** Title of the topics listing. */
  topicsTitle: text,
  /** Count line on the topics listing; {count} topics. */
  topicsCount: counted(),
  /** Count of agenda items on a topic; {count}. */
  topicItemCount: counted(),
  /** Shown on a topic with no published items. */
  topicEmpty: text,
  /** Title of the search page. */
  searchTitle: text,
  /** Shown while the search index loads. */
  searchLoading: text,
  /** Live-region text when every candidate was checked; {query}, {count} results in {meetings} minutes. */
  searchResultCount: counted('meetings', 'query'),
  /** Live-region text while meetings remain to be checked; {query}, {count} results so far, {remaining} meetings left. */
  searchResultCountApprox: counted('query', 'remaining'),
  /** Shown when nothing matches; {query}. */
  searchNoResults: template('query'),
  /** Shown when nothing matches with the chosen filters; {query}. */
  searchNoResultsFiltered: template('query'),
  /** Button that shows the next results. */
  searchMore: text,
  /** Accessible heading of the filters and sort controls. */
  searchFiltersHeading: text,
  /** Button that removes every filter. */
  searchClearFilters: text,
  /** Label of the sort control. */
  searchSortLabel: text,
  /** Sort option: best match first. */
  searchSortRelevance: text,
  /** Sort option: newest meeting first. */
  searchSortDate: text,
  /** Sort option: most recently published (发布日期) first. */
  searchSortPublished: text,
  /** Number of meetings behind one filter value; {count}. */
  searchFilterCount: template('count'),
  /** Explains the filter counts: they count minutes, not agenda items. */
  searchFilterCountNote: text,
  /** Filter heading: meeting year. */
  searchFilterYear: text,
  /** Filter heading: meeting type (文种). */
  searchFilterType: text,
  /** Filter heading: topic. */
  searchFilterTopic: text,
  /** Filter heading: lead department. */
  searchFilterDepartment: text,
  /** Filter heading: agenda kind. */
  searchFilterKind: text,
  /** Advice under an empty result, before the browse links. */
  searchEmptyAdvice: text,
  /** Shown before anything is typed. */
  searchPrompt: text,
  /** Shown when the search script cannot run. */
  searchNeedsJavaScript: text,
  /** Shown when the index fails to load. */
  searchFailed: text,
  /** Title of the 404 page. */
  notFoundTitle: text,
  /** Body of the 404 page. */
  notFoundBody: text,
  /** Accessible name of the breadcrumb navigation. */
  breadcrumbs: text,
  /** Footer line; {publisher}. */
  footerPublisher: template('publisher'),
  /** The open data: /data/ page, feeds, CSV headers. */
  openData: openDataStringsSchema,
  /** Heading of a minutes page's download list. */
  downloadsHeading: text,
  /** Download link to the document as issued; its file type follows in brackets. */
  downloadOriginal: text,
  /** Download link to the document as plain text. */
  downloadPlainText: text,
  /** Download link to the document's data record (/data/minutes/<id>.json). */
  downloadData: text,
  /** 主办单位 label in the footer. */
  footerSponsor: text,
  /** 承办单位 label in the footer. */
  footerOperator: text,
  /** Contact label in the footer. */
  footerContact: text,
  /** 网站标识码 label in the footer. */
  footerSiteCode: text,
  /** ICP备案号 label in the footer. */
  footerIcp: text,
  /** 公安机关备案号 label in the footer. */
  footerPublicSecurity: text,
  /** Text alternative of the 党政机关网站 identifier image. */
  footerGovernmentSiteMark: text,
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
