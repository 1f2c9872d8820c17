import type { ScaffoldMessages } from './scaffold.zh-CN';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `npm run new`, in English; same keys and parameters as scaffold.zh-CN.ts. The agenda is numbered 一 as today's schema requires. */
export const scaffoldEn = {
  usage: () =>
    'usage: npm run new -- <slug> [--date YYYY-MM-DD] [--content <folder>] [--force]\n  <slug> is the permanent file name: lower-case ASCII words joined by -, e.g. council-2023-06',
  badDate: ({ date }) => `--date must be written YYYY-MM-DD, not "${date}"`,
  impossibleDate: ({ date }) => `--date ${date} is not a day of the calendar; check the month and the day`,
  exists: ({ file }) => `${file} already exists; choose another name or pass --force to overwrite it`,
  wrote: ({ file }) => `wrote ${file} (status: draft); edit it, then run npm run check`,
  draft: ({ date, year, month, day, issuer, office, topic }) => {
    const issuerName = issuer ?? 'Issuing body';
    const officeName = office ?? 'Issuing office';
    const topicId = topic ?? 'add-a-topic-id';
    return `---
# The index number from the disclosure catalogue, once assigned (never change it afterwards).
# indexNumber: 000000000/${year}-00000
issuer: ${issuerName}
documentType: Minutes
documentNumber: No. 1
issuingOffice: ${officeName}
dateIssued: ${date}
# datePublished: ${date}
# Only when the date published is more than 20 working days after the date issued: why.
# publicationDelayReason: Publication deferred with the approval of the head of the body
meeting:
  name: Regular Meeting
  session: 1
  date: ${date}
  timeOfDay: '10:00'
  # place: Where the meeting was held
  chair:
    name: Name of the chair
    title: Chair
compiled:
  by: ${officeName}
  date: ${date}
agenda:
  - ordinal: 一
    kind: 审议
    title: Review of the document
    document: Title of the document
    topics: [${topicId}]
    leadDepartments: []
    # follows: { minutes: earlier-minutes-file-name, ordinal: 一 }
attendance:
  present: [Name of a member present]
  absent: []
  # absent: [{ name: Name of a member absent, reason: Other business }]
  observers: []
  # observers: [{ organisation: Organisation attending, people: [Name] }]
  others: []
recipients: []
copies: []
disclosure:
  access: 主动公开
  release: Published
  status: draft
# topics: [${topicId}]
# validity: In force
# summary: A summary of at most 100 characters
# The document as issued, offered for download: { file: <file-name>.pdf, sha256: <sha256sum <file-name>.pdf> }
# original: { file: original.pdf, sha256: 0000000000000000000000000000000000000000000000000000000000000000 }
attachments: []
# attachments: [{ file: attachment-1.pdf, title: 'Attachment 1: title', sha256: <sha256sum attachment-1.pdf> }]
revisions: []
# revisions: [{ date: ${date}, note: What was corrected }]
---

On ${day} ${monthNames[month - 1]} ${year}, … chaired the … meeting, which reviewed the document.

The meeting agreed as follows:

## 一、Review of the document

The meeting approved the document in principle.
`;
  },
} satisfies ScaffoldMessages;
