import { RsvpResponse as RsvpResponseEnum } from '@concertation/shared-domain';
import type { Lang, MeetingBlock } from '../templates/email-content';
import { MeetingSummary } from './meeting-summary';
import { renderInvalidLinkPage, renderPage } from './page-shell';
import { PAGE_TEXTS, type RsvpResponse } from './page-texts';

export type { RsvpResponse } from './page-texts';

export const RSVP_RESPONSES: readonly RsvpResponse[] = Object.values(RsvpResponseEnum);

export type RsvpPage = { locale: Lang; readerTimeZone: string } & (
  | { state: 'ask'; meeting: MeetingBlock; selected: RsvpResponse | null; current: RsvpResponse | null; formAction: string }
  | { state: 'recorded'; meeting: MeetingBlock; response: RsvpResponse; meetingUrl: string }
  | { state: 'closed'; meeting: MeetingBlock; reason: 'CANCELLED' | 'ADJOURNED' | 'PAST' }
  /** `signInUrl`: where to sign in and answer from the meeting's page, when the caller knows it. */
  | { state: 'invalid'; signInUrl?: string }
);

/**
 * The page an invitation's answer buttons open. Following the link records nothing (mail scanners
 * follow links too): the reader confirms with the form's button, which posts to `formAction`.
 */
export function renderRsvpPage(page: RsvpPage): string {
  const texts = PAGE_TEXTS[page.locale];
  const t = texts.rsvp;
  switch (page.state) {
    case 'ask':
      return renderPage(
        page.locale,
        t.askHeading,
        <>
          <MeetingSummary meeting={page.meeting} locale={page.locale} readerTimeZone={page.readerTimeZone} />
          {page.current && <p>{t.current(t.answers[page.current])}</p>}
          <form method="post" action={page.formAction}>
            <fieldset>
              <legend>{t.legend}</legend>
              {RSVP_RESPONSES.map((response) => (
                <div className="choice" key={response}>
                  <input type="radio" id={`response-${response}`} name="response" value={response} defaultChecked={page.selected === response} required />
                  <label htmlFor={`response-${response}`}>{t.answers[response]}</label>
                </div>
              ))}
            </fieldset>
            <p className="muted" id="rsvp-note">
              {t.notYet}
            </p>
            <button type="submit" aria-describedby="rsvp-note">
              {t.submit}
            </button>
          </form>
        </>,
      );
    case 'recorded':
      return renderPage(
        page.locale,
        t.recordedHeading,
        <>
          <p>{t.recorded(t.answers[page.response])}</p>
          <MeetingSummary meeting={page.meeting} locale={page.locale} readerTimeZone={page.readerTimeZone} />
          <p>{t.changeLater}</p>
          <p>
            <a href={page.meetingUrl}>{t.openMeeting}</a>
          </p>
        </>,
      );
    case 'closed':
      return renderPage(
        page.locale,
        t.closedHeading,
        <>
          <p>{t.closed[page.reason]}</p>
          <MeetingSummary meeting={page.meeting} locale={page.locale} readerTimeZone={page.readerTimeZone} />
        </>,
      );
    case 'invalid':
      return renderInvalidLinkPage(page.locale, t.invalid, page.signInUrl);
  }
}
