export interface SnippetPart {
  text: string;
  /** One of the words the search matched (the server wrapped it in « and »). */
  marked: boolean;
}

const OPEN = '«';
const CLOSE = '»';

/**
 * Splits a server snippet into plain and matched parts, dropping the « » the server put around
 * matched words. The server writes them tight (`«plan»`), while French quotes in the text itself
 * carry spaces inside (`« plan »`): those, and any guillemet left without its pair, stay as text.
 * The parts are rendered as React text, so nothing in a snippet is ever read as HTML.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };

  let rest = snippet;
  while (rest) {
    const open = rest.indexOf(OPEN);
    if (open < 0) break;
    const close = rest.indexOf(CLOSE, open + 1);
    const inner = close < 0 ? '' : rest.slice(open + 1, close);
    const isMark = inner !== '' && !inner.includes(OPEN) && inner.trim() === inner;
    if (isMark) {
      push(rest.slice(0, open), false);
      push(inner, true);
      rest = rest.slice(close + 1);
    } else {
      // Not a marker: keep the guillemet as written and look further on.
      push(rest.slice(0, open + 1), false);
      rest = rest.slice(open + 1);
    }
  }
  push(rest, false);
  return parts;
}
