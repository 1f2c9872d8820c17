import type { DisclosureMessages } from './disclosure.zh-CN';
import { englishCount } from './plural';

const workingDays = { one: 'working day', other: 'working days' };

/** The disclosure rules and the previous catalogue, in English; same keys and parameters as disclosure.zh-CN.ts. */
export const disclosureEn = {
  noIndexNumber: ({ example }) => `published minutes without an index number; add the one from the disclosure catalogue, e.g. indexNumber: ${example}`,
  noDatePublished: () =>
    'published minutes without a publication date: the page will say "not stated" and site inspections count it as not updated; add datePublished: YYYY-MM-DD (the day it was published) on the line after dateIssued',
  calendarMissing: ({ years }) =>
    `cannot check the publication deadline: the holiday calendar has no schedule for ${years.join(', ')}; update chinese-days to a version that includes that year`,
  lateDisclosure: ({ published, issued, from, count, limit }) =>
    `the date published, ${published}, is ${englishCount(count, workingDays)} after ${from === 'issued' ? 'the date issued' : 'the meeting'}, ${issued}: more than the ${englishCount(limit, workingDays)} the disclosure regulations allow; check both dates, and if publication was deferred, give the reason in publicationDelayReason`,
  indexNumberForm: ({ indexNumber, readable, example }) =>
    `the index number "${indexNumber}" does not take this site's form ${readable}; write it as the disclosure catalogue does, e.g. ${example} (the form is set in site.json, indexNumber)`,
  previousUnreadable: ({ detail }) => `cannot read the previous catalogue: ${detail}; give the last build's output folder or its data/minutes.json`,
  previousNotCatalogue: () => 'is not a catalogue of minutes: it holds no list of {id, indexNumber} objects; give the output folder of the last build or its data/minutes.json',
  indexNumberChanged: ({ published, now }) =>
    `was published with the index number "${published}", which ${now ? `is now "${now}"` : 'has been removed'}; a published index number never changes, so restore indexNumber: ${published}`,
  indexNumberMoved: ({ indexNumber, owner }) =>
    `the index number "${indexNumber}" was published for ${owner}; an index number never moves to another document, so give this one its own`,
  vanishedUnpublished: ({ id, indexNumber }) =>
    `was published by the previous build${indexNumber ? ` (index number ${indexNumber})` : ''} but is no longer public, so its page /minutes/${id}/ and its data leave the site; unless it is withdrawn on purpose, restore status: published and access: 主动公开. To withdraw it, build once without --strict (later builds no longer warn)`,
  vanishedFile: ({ id, indexNumber }) =>
    `was published by the previous build${indexNumber ? ` (index number ${indexNumber})` : ''} but the file is gone, so its page /minutes/${id}/ breaks; file names are permanent addresses, so restore the file. To withdraw it, build once without --strict (later builds no longer warn)`,
} satisfies DisclosureMessages;
