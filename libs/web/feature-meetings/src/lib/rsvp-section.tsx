import { useState } from 'react';
import { isMeetingClosed, RSVP_RESPONSES } from '@concertation/shared-domain';
import { useDescribeError, useRespondToInvitation, type RsvpResponse } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, EmptyState, ErrorMessage } from '@concertation/web-ui';
import type { MeetingDetails } from './types';

const RESPONSES: readonly RsvpResponse[] = RSVP_RESPONSES;

/** The viewer's answer (three toggle buttons) and everyone's answers, grouped. */
export function RsvpSection({ meeting }: { meeting: MeetingDetails }) {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const [respond, { loading }] = useRespondToInvitation(meeting.id);
  const [sending, setSending] = useState<RsvpResponse | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A colleague sent to this meeting answers for the seat it gives them.
  const canAnswer = meeting.viewerRole !== null && !isMeetingClosed(meeting.status);

  const answer = async (response: RsvpResponse) => {
    setNotice(null);
    setError(null);
    setSending(response);
    try {
      await respond(response);
      setNotice(t('rsvp.saved', { answer: t(`rsvp.answers.${response}` as const) }));
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setSending(null);
    }
  };

  return (
    <div className="rsvp">
      {canAnswer && (
        <div className="rsvp__mine">
          <p className="rsvp__question" id={`rsvp-question-${meeting.id}`}>
            {t('rsvp.question')}
          </p>
          <div className="segmented" role="group" aria-labelledby={`rsvp-question-${meeting.id}`}>
            {RESPONSES.map((response) => (
              <button
                key={response}
                type="button"
                className="segmented__button"
                aria-pressed={meeting.viewerRsvp === response}
                disabled={loading}
                aria-busy={sending === response || undefined}
                onClick={() => answer(response)}
              >
                {t(`rsvp.answers.${response}` as const)}
              </button>
            ))}
          </div>
        </div>
      )}
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <h3 className="rsvp__title">{t('rsvp.answersTitle')}</h3>
      {meeting.rsvps.length === 0 ? (
        <EmptyState title={t('rsvp.none')} />
      ) : (
        <div className="rsvp__groups">
          {RESPONSES.map((response) => {
            const people = meeting.rsvps.filter((rsvp) => rsvp.response === response);
            return (
              <div key={response} className="rsvp__group">
                <h4>{tp(`rsvp.groups.${response}` as const, people.length)}</h4>
                {people.length > 0 && (
                  <ul className="item-list">
                    {people.map((rsvp) => (
                      <li key={rsvp.participant.id}>
                        {rsvp.participant.user.displayName}
                        {rsvp.participant.organization && <span className="muted"> · {rsvp.participant.organization.name}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
