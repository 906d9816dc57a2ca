/**
 * ts_headline cuts its fragments at its parser's tokens, not at spaces: « l’organisation »,
 * « sous-comité » or « 2027-01-12 » lose their start or end when a fragment begins or stops
 * inside them, and nothing says that the text goes on. Each fragment is widened here to whole
 * words of the text it was taken from, and an ellipsis says where the text goes on before or
 * after it.
 */

/** What pageSql's ts_headline puts between two fragments. */
export const FRAGMENT_DELIMITER = ' … ';
const ELLIPSIS = '…';
/** A "word" longer than this (a pasted address) is left cut rather than shown whole. */
const MAX_WIDENING = 60;

/** The fragment's text without the tight « » around matched words (French quotes carry spaces: « plan »). */
const withoutMarks = (fragment: string) => fragment.replace(/«([^«»\s](?:[^«»]*[^«»\s])?)»/g, '$1');

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

export function wholeWordSnippet(snippet: string, body: string): string {
  if (!snippet.trim() || !body) return snippet;
  const fragments = snippet.split(FRAGMENT_DELIMITER);
  const widened: string[] = [];
  let from = 0;
  let textBefore = false;
  let textAfter = false;
  fragments.forEach((fragment, index) => {
    const trimmed = fragment.trim();
    const plain = withoutMarks(trimmed);
    let at = body.indexOf(plain, from);
    if (at < 0) at = body.indexOf(plain);
    if (!plain || at < 0) {
      // Not found as written (the text had tight « » of its own): shown as the server made it.
      widened.push(trimmed);
      return;
    }
    let start = at;
    while (!isSpace(body[start - 1]) && at - start < MAX_WIDENING) start -= 1;
    let end = at + plain.length;
    while (!isSpace(body[end]) && end - (at + plain.length) < MAX_WIDENING) end += 1;
    widened.push(`${body.slice(start, at)}${trimmed}${body.slice(at + plain.length, end)}`);
    if (index === 0) textBefore = body.slice(0, start).trim() !== '';
    if (index === fragments.length - 1) textAfter = body.slice(end).trim() !== '';
    from = end;
  });
  return `${textBefore ? `${ELLIPSIS} ` : ''}${widened.join(FRAGMENT_DELIMITER)}${textAfter ? ` ${ELLIPSIS}` : ''}`;
}

/** The fragments of a snippet as text of the body (no marks, no ellipses), to compare with its parts. */
export function snippetFragments(snippet: string): string[] {
  return snippet
    .replace(/[«»]/g, '')
    .replace(new RegExp(`^\\s*${ELLIPSIS}\\s`), '')
    .replace(new RegExp(`\\s${ELLIPSIS}\\s*$`), '')
    .split(FRAGMENT_DELIMITER)
    .map((fragment) => fragment.trim())
    .filter(Boolean);
}
