import { z } from 'astro/zod';

/** A UI string; {name} placeholders are filled by fillTemplate(). */
const text = z.string().min(1);

/** Every string the interface shows, one set per language in src/locales/. */
export const uiStringsSchema = z.strictObject({
  /** Link that jumps over the header to the main content. */
  skipToContent: text,
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
  /** Label of the header search box. */
  searchLabel: text,
  /** Placeholder of the search box. */
  searchPlaceholder: text,
  /** Submit button of the search box. */
  searchSubmit: text,
  /** Heading of the latest minutes on the home page. */
  homeLatest: text,
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
  minutesCount: text,
  /** Heading for one year's minutes; {year}. */
  yearHeading: text,
  /** Number of agenda items of one meeting; {count}. */
  agendaItemCount: text,
  /** Title of one minutes page; {meeting} name. */
  minutesPageTitle: text,
  /** Heading of the official metadata block on a minutes page. */
  metadataHeading: text,
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
  /** Label of an item's kind. */
  itemKind: text,
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
  /** 列席 label. */
  observers: text,
  /** Label of free-text attendees. */
  otherAttendees: text,
  /** The 整理 line; {by} compiled. */
  compiledBy: text,
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
  topicsCount: text,
  /** Count of agenda items on a topic; {count}. */
  topicItemCount: text,
  /** Shown on a topic with no published items. */
  topicEmpty: text,
  /** Title of the search page. */
  searchTitle: text,
  /** Shown while the search index loads. */
  searchLoading: text,
  /** Live-region text when every candidate was checked; {query}, {count} results in {meetings} minutes. */
  searchResultCount: text,
  /** Live-region text while more candidates remain; {query}, about {count} results, {shown} shown. */
  searchResultCountApprox: text,
  /** Shown when nothing matches; {query}. */
  searchNoResults: text,
  /** Shown when nothing matches with the chosen filters; {query}. */
  searchNoResultsFiltered: text,
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
  /** Number of results behind one filter value; {count}. */
  searchFilterCount: text,
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
  footerPublisher: text,
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
