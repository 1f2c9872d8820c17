import type { DevStatus } from '../schemas/dev-status';
import { fillTemplate } from '../utils/text';

/** Ids of the two notices, so a later status replaces them instead of adding more. */
export const DEV_NOTICE_ID = 'gongkai-dev-problems';
export const DEV_SEARCH_NOTE_ID = 'gongkai-dev-search-note';

// Styles are set through the CSSOM: the page's Content Security Policy allows no style attribute.
const BOX_STYLE: Partial<CSSStyleDeclaration> = {
  margin: '0',
  padding: '0.75rem 1rem',
  background: '#fff4d6',
  color: '#1a1a1a',
  borderBottom: '3px solid #a3201c',
  fontSize: '1rem',
  lineHeight: '1.6',
};

/** Shows the content's problems at the top of the page, or removes the notice when there are none. */
function renderProblems(doc: Document, status: DevStatus): void {
  doc.getElementById(DEV_NOTICE_ID)?.remove();
  if (status.problems.length === 0) return;
  const box = doc.createElement('section');
  box.id = DEV_NOTICE_ID;
  box.setAttribute('role', 'alert');
  Object.assign(box.style, BOX_STYLE);
  const heading = doc.createElement('p');
  heading.append(Object.assign(doc.createElement('strong'), { textContent: fillTemplate(status.strings.problemsHeading, { count: status.problems.length }) }));
  const list = doc.createElement('ul');
  for (const problem of status.problems) list.append(Object.assign(doc.createElement('li'), { textContent: problem }));
  box.append(heading, list, Object.assign(doc.createElement('p'), { textContent: status.strings.problemsFix }));
  doc.body.prepend(box);
}

/** On the search page, says which index search uses, or that there is none yet. */
function renderSearchNote(doc: Document, status: DevStatus): void {
  doc.getElementById(DEV_SEARCH_NOTE_ID)?.remove();
  const results = doc.querySelector('.search-results');
  if (!results) return;
  const lang = doc.documentElement.lang || undefined;
  const note = doc.createElement('p');
  note.id = DEV_SEARCH_NOTE_ID;
  note.setAttribute('role', 'note');
  Object.assign(note.style, { ...BOX_STYLE, border: '1px solid #a3201c' });
  note.textContent = status.searchIndexBuiltAt
    ? fillTemplate(status.strings.searchIndexFromBuild, {
        date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(status.searchIndexBuiltAt)),
      })
    : status.strings.searchIndexMissing;
  results.before(note);
}

/** Draws both notices for a status; a later status replaces them. */
export function renderDevNotices(doc: Document, status: DevStatus): void {
  renderProblems(doc, status);
  renderSearchNote(doc, status);
}
