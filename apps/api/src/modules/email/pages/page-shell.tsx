import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../templates/email-content';
import { PAGE_TEXTS } from './page-texts';

/**
 * One stylesheet for the pages e-mail links open. Contrast at least 4.5:1 (ink #1a1a1a, muted
 * #4b5563, link and button #1d4ed8 on white; white on #1e3a5f), a focus ring that shows on every
 * control, and nothing wider than a 360 px screen: long addresses and titles wrap.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f5f7;color:#1a1a1a;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow-wrap:anywhere}
header{background:#1e3a5f;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-size:1.25rem;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:50vh}
h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.125rem;line-height:1.4;margin:0 0 .5rem}
p{margin:0 0 1rem}
a{color:#1d4ed8}
.meeting{border-left:4px solid #1e3a5f;padding-left:1rem;margin:0 0 1.5rem}
.meeting dl{margin:0}
.meeting dt{font-weight:700}
.meeting dd{margin:0 0 .5rem}
.alert{color:#b91c1c;font-weight:700}
.muted{color:#4b5563}
fieldset{border:1px solid #6b7280;border-radius:.25rem;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem}
.choice input{width:1.25rem;height:1.25rem;margin:0;flex:none;accent-color:#1d4ed8}
button{font:inherit;font-weight:700;color:#fff;background:#1d4ed8;border:2px solid #1d4ed8;border-radius:.25rem;min-height:2.75rem;padding:.5rem 1rem;cursor:pointer;max-width:100%}
button:hover{background:#1e40af;border-color:#1e40af}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #b45309;outline-offset:2px}
`;

/** A complete document: language, viewport, title, the platform's name, then the page's own content under one h1. */
export function renderPage(lang: Lang, title: string, content: ReactNode): string {
  const markup = renderToStaticMarkup(
    <html lang={lang === 'EN' ? 'en' : 'fr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – Concertation`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <p>Concertation</p>
        </header>
        <main>
          <h1>{title}</h1>
          {content}
        </main>
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}

/** A link that is not (or no longer) one this server signed: why, and where to sign in instead. */
export function renderInvalidLinkPage(lang: Lang, message: string, signInUrl: string | undefined): string {
  const texts = PAGE_TEXTS[lang];
  return renderPage(
    lang,
    texts.invalidHeading,
    <>
      <p>{message}</p>
      {signInUrl && (
        <p>
          <a href={signInUrl}>{texts.signIn}</a>
        </p>
      )}
    </>,
  );
}
