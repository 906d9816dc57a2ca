import { plainTextSelectors } from '@react-email/render';
import { compile } from 'html-to-text';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EmailContent } from './email-content';

/** The doctype React Email's `render` gives its documents (the one mail programs expect of HTML e-mail). */
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * React Email's conversion to plain text, compiled once (its `toPlainText` compiles the same options
 * for every e-mail, five times the cost of converting); html-to-text shouts headings in capitals by
 * default, and the plain-text part keeps the case they are written in.
 */
const toPlainText = compile({
  wordwrap: false,
  selectors: [...plainTextSelectors, ...['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } }))],
});

/**
 * An e-mail's HTML and plain-text parts from one rendering, so that both always say the same.
 * React Email's `render` streams the tree through Suspense and renders it a second time for the
 * plain text; our templates never suspend, so one synchronous rendering, converted to text as
 * `render` would, gives the same two parts in a fraction of the time (the outbox renders thousands
 * when a national table's meeting is scheduled).
 */
export async function renderEmail(subject: string, element: ReactElement): Promise<EmailContent> {
  const html = `${DOCTYPE}${renderToStaticMarkup(element).replace(/<!DOCTYPE.*?>/, '')}`;
  return { subject, html, text: toPlainText(html).trim() };
}
