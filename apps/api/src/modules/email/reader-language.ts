import type { Request } from 'express';
import type { Lang } from './templates/email-content';

/** For a page shown to nobody known (a changed link): English when the browser prefers it over French, else French. */
export function browserLanguage(req: Request): Lang {
  const preferred = req.acceptsLanguages('fr', 'en');
  return preferred === 'en' ? 'EN' : 'FR';
}

/** Pages that answer e-mail links: HTML, never cached or framed, never indexed. */
export function sendPage(res: import('express').Response, status: number, html: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex');
  // The token is in the URL: no page it links to may learn it.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.send(html);
}
