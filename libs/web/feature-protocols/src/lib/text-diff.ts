import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface TextDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
}

/**
 * Below this share of common text, a word-by-word diff of a rewritten passage is confetti: the old
 * passage is shown removed whole and the new one added whole, which reads better.
 */
const MIN_COMMON_SHARE = 0.4;

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function kindOf(change: { added: boolean; removed: boolean }): DiffKind {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}

type WordChanges = ReturnType<typeof diffWordsWithSpace>;

/** The word-by-word diff of two passages, or null when they share too little for it to read well. */
function wordsIfClose(before: string, after: string): WordChanges | null {
  const words = diffWordsWithSpace(before, after);
  const common = words.filter((change) => !change.added && !change.removed).reduce((total, change) => total + change.value.trim().length, 0);
  const longest = Math.max(before.trim().length, after.trim().length, 1);
  return common / longest < MIN_COMMON_SHARE ? null : words;
}

const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * One changed passage (lines removed, then lines added): word by word when the passages still share
 * most of their text. Otherwise line by line: a removed line is paired with the next added line close
 * to it (« 24 heures » → « 12 heures », followed by new paragraphs), and the lines left unpaired are
 * removed or added whole. Pairs keep their order, so both texts can still be put back together.
 */
function refine(parts: DiffPart[], before: string, after: string): void {
  const words = wordsIfClose(before, after);
  if (words) {
    for (const change of words) push(parts, kindOf(change), change.value);
    return;
  }
  const added = linesOf(after);
  let next = 0;
  for (const removed of linesOf(before)) {
    let match: WordChanges | null = null;
    let at = next;
    for (; at < added.length && !match; at++) match = removed.trim() && added[at].trim() ? wordsIfClose(removed, added[at]) : null;
    if (!match) {
      push(parts, 'removed', removed);
      continue;
    }
    for (const line of added.slice(next, at - 1)) push(parts, 'added', line);
    for (const change of match) push(parts, kindOf(change), change.value);
    next = at;
  }
  for (const line of added.slice(next)) push(parts, 'added', line);
}

/**
 * What changed from one version's text to another's: lines first, then, inside a changed passage,
 * the words. The parts put back together give the new text (with `removed` left out) or the old one
 * (with `added` left out); `added` and `removed` count the marked passages.
 */
export function compareTexts(before: string, after: string): TextDiff {
  const parts: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let index = 0; index < lines.length; index++) {
    const change = lines[index];
    const next = lines[index + 1];
    if (change.removed && next?.added) {
      refine(parts, change.value, next.value);
      index++;
    } else {
      push(parts, kindOf(change), change.value);
    }
  }
  return {
    parts,
    added: parts.filter((part) => part.kind === 'added').length,
    removed: parts.filter((part) => part.kind === 'removed').length,
  };
}
