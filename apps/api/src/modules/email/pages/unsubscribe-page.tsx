import type { Lang } from '../templates/email-content';
import { renderInvalidLinkPage, renderPage } from './page-shell';
import { PAGE_TEXTS } from './page-texts';

/** `what`: the e-mails concerned as a readable phrase (a kind's name, or « le résumé quotidien »). */
export type UnsubscribePage = { locale: Lang } & (
  | { state: 'ask'; what: string; formAction: string; preferencesUrl: string }
  | { state: 'done'; what: string; preferencesUrl: string }
  /** `signInUrl`: where to sign in and choose preferences, when the caller knows it. */
  | { state: 'invalid'; signInUrl?: string }
);

/**
 * The page an e-mail's « Ne plus recevoir ces courriels » link opens. Opening it changes nothing
 * (mail scanners follow links): the button posts to `formAction`.
 */
export function renderUnsubscribePage(page: UnsubscribePage): string {
  const texts = PAGE_TEXTS[page.locale];
  const t = texts.unsubscribe;
  switch (page.state) {
    case 'ask':
      return renderPage(
        page.locale,
        t.askHeading,
        <>
          <p>{t.which(page.what)}</p>
          <p>{t.staysInApp}</p>
          <form method="post" action={page.formAction}>
            <p>
              <button type="submit">{t.submit}</button>
            </p>
          </form>
          <p>
            <a href={page.preferencesUrl}>{t.allPreferences}</a>
          </p>
        </>,
      );
    case 'done':
      return renderPage(
        page.locale,
        t.doneHeading,
        <>
          <p>{t.done(page.what)}</p>
          <p>{t.doneInApp}</p>
          <p>
            <a href={page.preferencesUrl}>{t.undo}</a>
          </p>
        </>,
      );
    case 'invalid':
      return renderInvalidLinkPage(page.locale, t.invalid, page.signInUrl);
  }
}
