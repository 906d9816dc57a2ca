import type { DiffKind, DiffPart } from './text-diff';

/*
 * A diff shown as the text it compares: both versions' parts go into one Markdown text, each changed
 * passage between two private-use characters that Markdown leaves alone. Once the text is rendered
 * (headings, lists, emphasis) and sanitized, `rehypeDiffMarks` turns those passages into <ins> and <del>.
 * The parts stay text-diff's: the diff is computed in one place only.
 */
const OPEN: Record<Exclude<DiffKind, 'same'>, string> = { added: '\uE000', removed: '\uE002' };
const CLOSE: Record<Exclude<DiffKind, 'same'>, string> = { added: '\uE001', removed: '\uE003' };
const KIND_OPENED: Readonly<Record<string, Exclude<DiffKind, 'same'>>> = { '\uE000': 'added', '\uE002': 'removed' };
const CLOSERS = new Set(['\uE001', '\uE003']);

/**
 * What makes a line a heading, a list item, a quote or a fence: kept outside the marks, so that a
 * heading added whole is still a heading (with its words marked), never « ## » shown as text.
 */
const LINE_STRUCTURE = /^([ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|`{3,}|~{3,})?)/;

const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** A table row added or removed whole: each cell marked inside its pipes, the row still a row (and « | --- | » left alone). */
function markedRow(kind: Exclude<DiffKind, 'same'>, line: string): string {
  const cells = line.split('|');
  return cells
    .map((cell, index) => {
      const edge = index === 0 || index === cells.length - 1;
      return edge || !cell.trim() || TABLE_DELIMITER_CELL.test(cell) ? cell : ` ${OPEN[kind]}${cell.trim()}${CLOSE[kind]} `;
    })
    .join('|');
}

function marked(kind: Exclude<DiffKind, 'same'>, text: string, atLineStart: boolean): string {
  // A mark never spans a line break: each line is its own Markdown block, or part of one.
  return text
    .split('\n')
    .map((line, index) => {
      const lineStart = index > 0 || atLineStart;
      if (lineStart && TABLE_ROW.test(line)) return markedRow(kind, line);
      const structure = lineStart ? (LINE_STRUCTURE.exec(line)?.[1] ?? '') : '';
      const words = line.slice(structure.length);
      return words.trim() ? `${structure}${OPEN[kind]}${words}${CLOSE[kind]}` : line;
    })
    .join('\n');
}

/** The compared texts as one Markdown text, the changed passages marked (see rehypeDiffMarks). */
export function diffMarkdown(parts: readonly DiffPart[]): string {
  let text = '';
  for (const part of parts) {
    text += part.kind === 'same' ? part.text : marked(part.kind, part.text, text === '' || text.endsWith('\n'));
  }
  return text;
}

export interface DiffLabels {
  /** « Ajouté : », read before each insertion (hidden on screen, where + and underlining say it). */
  added: string;
  removed: string;
}

/** The few shapes of the rendered (hast) tree this step reads and writes. */
interface TreeNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

const HAS_MARK = /[\uE000-\uE003]/;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'pre', 'blockquote']);

const text = (value: string): TreeNode => ({ type: 'text', value });

/**
 * The rendering step that turns marked passages into <ins>/<del>, each passage starting with a
 * visually hidden « Ajouté : » or « Retiré : »: the change is said in words, not shown by colour only.
 * A passage that crosses emphasis or a link is marked piece by piece, and is named once.
 */
export function rehypeDiffMarks(labels: DiffLabels) {
  return () => (tree: TreeNode) => {
    let open: Exclude<DiffKind, 'same'> | null = null;
    let named = false;

    const mark = (kind: Exclude<DiffKind, 'same'>, value: string): TreeNode => {
      const children = named
        ? [text(value)]
        : // The space after the label is outside it, so that every reader keeps the words apart.
          [{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text(labels[kind])] }, text(' '), text(value)];
      // Pieces after the first (past emphasis or a link) continue the passage: no second « + » or label.
      const className = named ? ['diff-part', `diff-part--${kind}`, 'diff-part--continued'] : ['diff-part', `diff-part--${kind}`];
      named = true;
      return { type: 'element', tagName: kind === 'added' ? 'ins' : 'del', properties: { className }, children };
    };

    const split = (value: string): TreeNode[] => {
      const out: TreeNode[] = [];
      let buffer = '';
      // The spaces around a passage stay outside its mark: « Objet [Ajouté : et portée] », not « Objet[Ajouté :  et portée] ».
      const flush = () => {
        const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(buffer) ?? [];
        if (open && words) {
          if (before) out.push(text(before));
          out.push(mark(open, words));
          if (after) out.push(text(after));
        } else if (buffer) {
          out.push(text(buffer));
        }
        buffer = '';
      };
      for (const character of value) {
        if (KIND_OPENED[character]) {
          flush();
          open = KIND_OPENED[character];
          named = false;
        } else if (CLOSERS.has(character)) {
          flush();
          open = null;
        } else {
          buffer += character;
        }
      }
      flush();
      return out;
    };

    const walk = (node: TreeNode) => {
      if (!node.children) return;
      const children: TreeNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value !== undefined && (open || HAS_MARK.test(child.value))) {
          children.push(...split(child.value));
        } else {
          walk(child);
          children.push(child);
          // A passage never runs on past its block, whatever Markdown made of its closing mark.
          if (child.tagName && BLOCKS.has(child.tagName)) open = null;
        }
      }
      node.children = children;
    };

    walk(tree);
  };
}
