import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import * as domain from '@concertation/shared-domain';
// The catalogues are read here as data (every text of both languages), not as the web client's code.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { en, fr } from '../../../../libs/web/i18n/src/lib/catalogs';

type Language = 'fr' | 'en';

function leaves(catalog: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (value && typeof value === 'object') leaves(value, path).forEach((text, leaf) => found.set(leaf, text));
  }
  return found;
}

const normalize = (text: string) => text.replace(/[\u00A0\u202F\s]+/g, ' ').trim();

/**
 * The parts of a text between its placeholders that are long enough (three words, sixteen
 * characters) to be told apart from names, loan words and the « de la table » any French title holds.
 */
function phrases(text: string): string[] {
  return text
    .split(/\{[^}]*\}/)
    .map(normalize)
    .map((part) => part.replace(/^[\s,.:;!?«»()…-]+|[\s,.:;!?«»()…-]+$/g, ''))
    .filter((part) => part.split(' ').filter(Boolean).length >= 3 && part.length >= 16);
}

/** For each language, the phrases of the other language's catalogue that this one never says. */
function foreignPhrases(): Record<Language, string[]> {
  const frTexts = leaves(fr);
  const enTexts = leaves(en);
  const own = (texts: Map<string, string>) => normalize([...texts.values()].join('\n'));
  const frAll = own(frTexts);
  const enAll = own(enTexts);
  const differing = (from: Map<string, string>, other: Map<string, string>, otherAll: string) =>
    [...new Set([...from].filter(([key, text]) => other.get(key) !== text).flatMap(([, text]) => phrases(text)))].filter(
      (phrase) => !otherAll.includes(phrase),
    );
  return { en: differing(frTexts, enTexts, enAll), fr: differing(enTexts, frTexts, frAll) };
}

const FOREIGN = foreignPhrases();

/** Every string written in the given sources, and each line of the multi-line ones (Markdown marks dropped), as the page's text nodes hold them. */
function writtenIn(files: string[]): string[] {
  const words = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, single, template] of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`([^`$]*)`/g)) {
      for (const line of (single ?? template ?? '').split('\n')) {
        const text = normalize(line.replace(/^\s*(?:#+|[-*]|\d+\.)\s+/, '').replace(/\*\*|__|`/g, ''));
        if (text.length >= 12) words.add(text);
      }
    }
  }
  return [...words];
}

const filesIn = (folder: string, pattern: RegExp) =>
  readdirSync(folder)
    .filter((name) => pattern.test(name))
    .map((name) => join(folder, name));

/**
 * What people wrote: the demo data (minutes, questions, protocols, notes) and what the other flows
 * type into the product before this one runs (their fixtures, minus the interface's own texts they
 * click on). French on an English page because its authors wrote it in French, which the interface
 * must show as written.
 */
function demoWords(): string[] {
  const interfaceTexts = normalize([...leaves(fr).values(), ...leaves(en).values()].join('\n'));
  const demo = writtenIn(filesIn(resolve(__dirname, '../../../api/src/startup'), /^demo-.*(?<!\.spec)\.ts$/));
  const flows = writtenIn(filesIn(resolve(__dirname, '..'), /\.e2e\.ts$/)).filter((text) => !interfaceTexts.includes(text));
  return [...new Set([...demo, ...flows])].sort((a, b) => b.length - a.length);
}

const DEMO_WORDS = demoWords();
const QUOTABLE_DEMO_WORDS = DEMO_WORDS.filter((words) => words.split(' ').length >= 3);

/** A text node with what the demo's authors wrote taken out: a node of their words is left empty, a sentence quoting them keeps its own words. */
function withoutDemoWords(part: string): string {
  let text = normalize(part);
  if (text.length >= 12 && DEMO_WORDS.some((words) => words.includes(text))) return '';
  // Only sentences are taken out of a longer text: a single demo word (« consultation ») is also the interface's.
  // Replaced by a mark, not a space: « the proxy of Le Phare: » must not read as French spacing « of : ».
  for (const words of QUOTABLE_DEMO_WORDS) if (text.includes(words)) text = text.split(words).join('…');
  return text;
}

/** Codes of the shared enums: those with an underscore, and single words long enough not to be an acronym a person could write (FR, EN). */
const ENUM_CODES = [
  ...new Set(
    Object.values(domain)
      .filter((value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value))
      .flatMap((enumeration) => Object.values(enumeration as Record<string, unknown>))
      .filter((value): value is string => typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(value) && (value.includes('_') || value.length >= 4)),
  ),
];
const ENUM_PATTERN = new RegExp(`(?<![\\w-])(${ENUM_CODES.join('|')})(?![\\w-])`, 'g');
const ZONE_PATTERN = /\b(?:America|Europe|Africa|Asia|Pacific|Atlantic|Australia|Indian|Antarctica|Arctic|Etc)\/[A-Z][A-Za-z_]+(?:\/[A-Za-z_]+)?/g;
const UUID_PATTERN = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const AUDIT_ACTION_PATTERN =
  /\b(?:affiliation|agenda|action|attendance|consultation|decision|file|meeting|membership|minutes|notification|organization|participant|password|profile|protocol|referral|rsvp|session|table|user)\.[a-z][A-Za-z]+\b/g;
const EMAIL_OR_URL = /\S+@\S+|\bhttps?:\/\/\S+|\bwebcal:\/\/\S+/g;
const FRENCH_SPACING = /\S[ \u00A0\u202F]+[:;?!](?=\s|$)/g;

/** The text a person meets: visible text nodes (screen-reader-only text included) and the names and hints given in attributes, one part each. */
async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      if (!parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title], img[alt]'))) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts;
  });
}

function around(text: string, index: number, length: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' '));
}

/** One line per kind of problem: how many times, and the first few with their surroundings. */
function matches(pattern: RegExp, text: string): string[] {
  const found = [...text.matchAll(pattern)];
  if (!found.length) return [];
  const distinct = [...new Map(found.map((match) => [match[0], match])).values()];
  const examples = distinct.slice(0, 3).map((match) => `${match[0]} in ${around(text, match.index ?? 0, match[0].length)}`);
  return [`${found.length}× (${distinct.length} distinct), e.g. ${examples.join('; ')}`];
}

/** What is wrong with the page as it is now, for the given language, one line per problem. */
export async function textProblems(page: Page, language: Language): Promise<string[]> {
  const raw = (await visibleText(page)).map(withoutDemoWords).join('\n');
  const text = normalize(raw.replace(/\n/g, ' \n '));
  const problems: string[] = [];
  for (const phrase of FOREIGN[language]) {
    const index = text.indexOf(phrase);
    if (index >= 0) problems.push(`text in the other language: « ${phrase} » in ${around(text, index, phrase.length)}`);
  }
  const codesText = raw.replace(EMAIL_OR_URL, ' ');
  for (const found of matches(ENUM_PATTERN, codesText)) problems.push(`raw enum code: ${found}`);
  for (const found of matches(ZONE_PATTERN, codesText)) problems.push(`raw time zone id: ${found}`);
  for (const found of matches(UUID_PATTERN, codesText)) problems.push(`raw id (UUID): ${found}`);
  for (const found of matches(AUDIT_ACTION_PATTERN, codesText)) problems.push(`raw audit action: ${found}`);
  if (language === 'en') for (const found of matches(FRENCH_SPACING, codesText)) problems.push(`French spacing before punctuation: ${found}`);
  return problems;
}

export async function horizontalOverflow(page: Page): Promise<string | null> {
  const found = await page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    // The element that sticks out furthest, so that the message says where to look.
    let culprit = '';
    let right = width;
    // Inside a container that scrolls or clips, an element does not widen the page, unless it is
    // positioned against an ancestor outside that container: an absolutely positioned element escapes
    // every clipping box between it and its containing block (a visually hidden label inside a
    // scrolled table, for one), and a fixed one escapes them all.
    const clipped = (element: HTMLElement) => {
      const position = getComputedStyle(element).position;
      if (position === 'fixed') return false;
      let escaping = position === 'absolute';
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        // The containing block itself clips what it contains.
        if (style.position !== 'static') escaping = false;
        if (!escaping && style.overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 1 && element.checkVisibility() && !clipped(element)) {
        right = box.right;
        const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        culprit = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}`;
      }
    }
    return { scrollWidth, width, widest: culprit ? `${culprit} (right edge ${Math.round(right)} px)` : '' };
  });
  if (!found) return null;
  return `horizontal overflow: page is ${found.scrollWidth} px wide for ${found.width} px${found.widest ? `, widest: ${found.widest}` : ''}`;
}
