import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import type { EmailContent } from './email-content';

// html-to-text shouts headings in capitals by default; the plain-text part keeps the case they are written in.
const textOptions = {
  selectors: ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } })),
};

/** An e-mail's HTML and plain-text parts from one element, so that both always say the same. */
export async function renderEmail(subject: string, element: ReactElement): Promise<EmailContent> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions: textOptions })]);
  return { subject, html, text: text.trim() };
}
