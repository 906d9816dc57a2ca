import { useEffect, useId, useRef, useState } from 'react';
import {
  useDescribeError,
  useEndSpeech,
  useGiveFloor,
  useRequestToSpeak,
  useWithdrawRequestToSpeak,
  type ErrorOverrides,
  type MeetingFloor,
  type SpeakerRequest,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage } from '@concertation/web-ui';
import { useAnnouncer } from './announcer';
import { formatClock } from './durations';
import { useElapsedSeconds } from './item-clock';
import type { MeetingDetails } from './types';

export interface SpeakersPanelProps {
  meeting: MeetingDetails;
  floor: MeetingFloor;
  isOfficer: boolean;
  viewerId: string | null;
}

/** « Lou Hébergement (vous) », then « Maison d’hébergement Le Phare · Milieu communautaire ». */
function Speaker({ request, viewerId }: { request: SpeakerRequest; viewerId: string | null }) {
  const { t } = useI18n();
  return (
    <span className="speaker">
      <span className="speaker__name">
        {request.user.displayName}
        {request.user.id === viewerId && <> {t('speakers.you')}</>}
      </span>
      {request.organization && (
        <span className="speaker__organization muted">
          {t('speakers.of', { organization: request.organization.name, sector: t(`sectors.${request.organization.sector}` as const) })}
        </span>
      )}
    </span>
  );
}

/** How long the current speaker has spoken, from when the floor was given (the server's time), each second. */
function SpeakingTime({ startedAt }: { startedAt: string | null }) {
  const { t } = useI18n();
  const since = startedAt === null ? Number.NaN : Date.parse(startedAt);
  const seconds = useElapsedSeconds(Number.isNaN(since) ? null : since);
  return (
    <p className="speaking-time">
      <span className="muted">{t('speakers.elapsed')}</span> {/* A timer is not read aloud as it ticks (role="timer" is not a live region). */}
      <span className="speaking-time__clock" role="timer">
        {formatClock(seconds)}
      </span>
    </p>
  );
}

/**
 * « Tour de parole » of the current item: who has the floor and for how long, who waits in the
 * order they will be called (every organization before anyone twice, as the server orders it), and
 * who has spoken. Anyone with a seat raises a hand and lowers it; officers give the floor, end a
 * speech and withdraw a request. Who gets the floor is said in a polite live region.
 */
export function SpeakersPanel({ meeting, floor, isOfficer, viewerId }: SpeakersPanelProps) {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const id = useId();
  const { announce, region } = useAnnouncer();
  const [request, requesting] = useRequestToSpeak(meeting.id);
  const [withdraw, withdrawing] = useWithdrawRequestToSpeak(meeting.id);
  const [give, giving] = useGiveFloor(meeting.id);
  const [end, ending] = useEndSpeech(meeting.id);
  const [error, setError] = useState<string | null>(null);
  const busy = requesting.loading || withdrawing.loading || giving.loading || ending.loading;

  const speaking = floor.speakers.find((item) => item.status === 'SPEAKING') ?? null;
  const waiting = floor.speakers.filter((item) => item.status === 'WAITING');
  const past = floor.speakers.filter((item) => item.status === 'DONE' || item.status === 'WITHDRAWN');
  const ownWaiting = waiting.findIndex((item) => item.user.id === viewerId);
  const ownSpeaking = speaking !== null && speaking.user.id === viewerId;
  // Those at the table, and the colleagues sent to this meeting (the server's viewerRole says both), ask to speak.
  const hasSeat = meeting.viewerRole !== null;
  useFloorAnnouncements(speaking, viewerId, announce);

  const run = async (action: () => Promise<unknown>, said: string | null, overrides: ErrorOverrides) => {
    setError(null);
    try {
      await action();
      if (said) announce(said);
    } catch (caught) {
      setError(describe(caught, { NOT_FOUND: t('speakers.errors.notFound'), ...overrides }));
    }
  };
  const changeRefused = { FORBIDDEN: t('speakers.errors.changeForbidden') };

  if (!meeting.currentItem) {
    return (
      <div className="speakers">
        {region}
        <p className="muted">{t('speakers.noItem')}</p>
      </div>
    );
  }

  return (
    <div className="speakers">
      {region}
      <p className="form__note">{t('speakers.rule')}</p>
      {error && <ErrorMessage>{error}</ErrorMessage>}

      <h3 className="speakers__heading">{t('speakers.speaking')}</h3>
      {speaking ? (
        <div className="speakers__now">
          <Speaker request={speaking} viewerId={viewerId} />
          <SpeakingTime startedAt={speaking.startedAt} />
          {isOfficer && (
            <Button
              variant="secondary"
              size="small"
              busy={ending.loading}
              disabled={busy}
              aria-label={t('speakers.endOf', { name: speaking.user.displayName })}
              onClick={() => run(end, t('speakers.announce.ended'), changeRefused)}
            >
              {t('speakers.end')}
            </Button>
          )}
        </div>
      ) : (
        <p className="muted">{t('speakers.nobody')}</p>
      )}

      <h3 id={`${id}-waiting`} className="speakers__heading">
        {t('speakers.waiting')}
      </h3>
      {waiting.length === 0 ? (
        <p className="muted">{t('speakers.waitingEmpty')}</p>
      ) : (
        <ol className="speakers__queue" aria-labelledby={`${id}-waiting`}>
          {waiting.map((item) => {
            const own = item.user.id === viewerId;
            return (
              <li key={item.id} className="speakers__waiting">
                <Speaker request={item} viewerId={viewerId} />
                {(isOfficer || own) && (
                  <span className="button-row">
                    {isOfficer && (
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={t('speakers.giveTo', { name: item.user.displayName })}
                        onClick={() => run(() => give(item.id), null, changeRefused)}
                      >
                        {t('speakers.give')}
                      </Button>
                    )}
                    {/* The viewer's own request is taken back with the button below. */}
                    {isOfficer && !own && (
                      <Button
                        variant="ghost"
                        size="small"
                        disabled={busy}
                        aria-label={t('speakers.withdrawOf', { name: item.user.displayName })}
                        onClick={() => run(() => withdraw(item.id), null, changeRefused)}
                      >
                        {t('speakers.withdraw')}
                      </Button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {meeting.status === 'IN_PROGRESS' && hasSeat && (
        <div className="speakers__own">
          {ownSpeaking && <p className="speakers__you">{t('speakers.youSpeak')}</p>}
          {ownWaiting >= 0 && <p>{t('speakers.yourPlace', { position: ownWaiting + 1 })}</p>}
          {ownWaiting >= 0 ? (
            <Button
              variant="secondary"
              busy={withdrawing.loading}
              disabled={busy}
              onClick={() => run(() => withdraw(waiting[ownWaiting].id), t('speakers.announce.lowered'), changeRefused)}
            >
              {t('speakers.lowerHand')}
            </Button>
          ) : (
            !ownSpeaking && (
              <Button
                busy={requesting.loading}
                disabled={busy}
                onClick={() =>
                  run(request, t('speakers.announce.requested'), { CONFLICT: t('speakers.errors.conflict'), FORBIDDEN: t('speakers.errors.requestForbidden') })
                }
              >
                {t('speakers.raiseHand')}
              </Button>
            )
          )}
        </div>
      )}

      {past.length > 0 && (
        <details className="disclosure speakers__past">
          <summary>{tp('speakers.past', past.length)}</summary>
          <ul>
            {past.map((item) => (
              <li key={item.id}>
                <Speaker request={item} viewerId={viewerId} />{' '}
                <span className="muted">
                  {item.status === 'WITHDRAWN' ? t('speakers.withdrawn') : t('speakers.spoke', { duration: formatClock(spokenSeconds(item)) })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function spokenSeconds(request: SpeakerRequest): number {
  if (!request.startedAt || !request.endedAt) return 0;
  return (Date.parse(request.endedAt) - Date.parse(request.startedAt)) / 1000;
}

/** « Lou Hébergement a la parole. » whenever the floor goes to someone new; nothing for who had it when the room opened. */
function useFloorAnnouncements(speaking: SpeakerRequest | null, viewerId: string | null, announce: (text: string) => void) {
  const { t } = useI18n();
  const previous = useRef<string | null | undefined>(undefined);
  const id = speaking?.id ?? null;
  const name = speaking?.user.displayName ?? '';
  const mine = speaking !== null && speaking.user.id === viewerId;
  useEffect(() => {
    if (previous.current !== undefined && id !== null && id !== previous.current)
      announce(mine ? t('speakers.announce.you') : t('speakers.announce.floor', { name }));
    previous.current = id;
  }, [id, name, mine, announce, t]);
}
