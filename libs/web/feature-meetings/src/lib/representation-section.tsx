import { useId, useState, type FormEvent } from 'react';
import { isMeetingClosed, isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useGrantProxy, useRevokeProxy, useSession, useWithdrawSubstitute, type ErrorOverrides } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, EmptyState, ErrorMessage, SelectField } from '@concertation/web-ui';
import { substitutionOf, type Substitution } from './meeting-seat';
import { mayGive, receiversFor, situationOf, type MemberOrganization, type Proxy } from './proxy-choices';
import { delegateName } from './substitute-choices';
import { SubstituteForm } from './substitute-form';
import type { MeetingDetails } from './types';

type Question =
  | { kind: 'give'; from: MemberOrganization; to: MemberOrganization }
  | { kind: 'withdraw'; proxy: Proxy }
  | { kind: 'withdrawSubstitute'; substitution: Substitution };

/**
 * « Représentation »: who represents each member organization at the meeting, in words (the
 * colleagues sent in a delegate's place, the proxies), where the viewer's organization stands, and,
 * while the meeting is not over, sending or withdrawing a substitute and giving or withdrawing a
 * proxy. People act for their own (confirmed) organization; the table's officers may withdraw for
 * any member organization and give any one's proxy. A substitute is told why they see the meeting,
 * and offered nothing that only those who sit at the table may do.
 */
export function RepresentationSection({ meeting }: { meeting: MeetingDetails }) {
  const { t, language } = useI18n();
  const describe = useDescribeError();
  const id = useId();
  const { me } = useSession();
  const [grant, granting] = useGrantProxy(meeting.id);
  const [revoke, revoking] = useRevokeProxy(meeting.id);
  const [withdrawSubstitute, withdrawingSubstitute] = useWithdrawSubstitute(meeting.id);
  const [question, setQuestion] = useState<Question | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fromChoice, setFromChoice] = useState('');
  const [toChoice, setToChoice] = useState('');
  const [showChoiceErrors, setShowChoiceErrors] = useState(false);

  const proxies = meeting.proxies;
  const substitutions = meeting.substitutions;
  // Sent to this meeting: the seat is for this meeting only, not at the table.
  const sentHere = substitutionOf(meeting, me?.id);
  const members = activeMembers(meeting, language);
  const role = meeting.table.viewerRole;
  const isOfficer = isOfficerRole(role);
  // The viewer speaks for their organization only where it is a member and they sit at the table.
  const own = role !== null && me?.organization ? (members.find((member) => member.id === me.organization?.id) ?? null) : null;
  const open = !isMeetingClosed(meeting.status);
  const canAct = open && (isOfficer || own !== null);

  const givers = isOfficer ? members.filter((member) => mayGive(member.id, proxies)) : own && mayGive(own.id, proxies) ? [own] : [];
  const from = givers.find((giver) => giver.id === fromChoice) ?? (own && givers.some((giver) => giver.id === own.id) ? own : null);
  const receivers = from ? receiversFor(from.id, members, proxies) : [];
  const to = receivers.find((receiver) => receiver.id === toChoice) ?? null;
  // Officers acting for their own organization see the same words as its people.
  const forOwn = !isOfficer || (from !== null && from.id === own?.id);

  const proxyErrors: ErrorOverrides = {
    CONFLICT: t('meetings.representation.errors.conflict'),
    BAD_USER_INPUT: t('meetings.representation.errors.badInput'),
    FORBIDDEN: t('meetings.representation.errors.forbidden'),
  };
  const substituteErrors: ErrorOverrides = {
    CONFLICT: t('meetings.substitutes.errors.conflict'),
    NOT_FOUND: t('meetings.substitutes.errors.notFound'),
    FORBIDDEN: t('meetings.substitutes.errors.forbidden'),
  };

  const run = async (action: () => Promise<unknown>, done: string, overrides: ErrorOverrides = proxyErrors) => {
    setNotice(null);
    setError(null);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (caught) {
      setError(describe(caught, overrides));
      return false;
    } finally {
      setQuestion(null);
    }
  };

  const askToGive = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) {
      setShowChoiceErrors(true);
      return;
    }
    setShowChoiceErrors(false);
    setQuestion({ kind: 'give', from, to });
  };

  const confirm = async () => {
    if (!question) return;
    if (question.kind === 'give') {
      const names = { from: question.from.name, to: question.to.name };
      if (await run(() => grant(question.from.id, question.to.id), t('meetings.representation.given', names))) {
        setFromChoice('');
        setToChoice('');
      }
    } else if (question.kind === 'withdraw') {
      const { proxy } = question;
      await run(() => revoke(proxy.id), t('meetings.representation.withdrawn', { from: proxy.from.name }));
    } else {
      const { substitution } = question;
      const names = { substitute: substitution.substitute.displayName, organization: substitution.organization.name };
      await run(() => withdrawSubstitute(substitution.id), t('meetings.substitutes.withdrawn', names), substituteErrors);
    }
  };

  const situation = own ? situationOf(own.id, proxies) : null;
  const ownSubstitution = own ? (substitutions.find((substitution) => substitution.organization.id === own.id) ?? null) : null;
  const ownDelegate = own ? delegateName(meeting, own.id) : null;
  const busy = granting.loading || revoking.loading || withdrawingSubstitute.loading;

  return (
    <div className="representation">
      {sentHere && (
        <div className="representation__mine">
          <p>
            <strong>{t('meetings.substitutes.you', { organization: sentHere.organization.name, sender: sentHere.createdBy.displayName })}</strong>
          </p>
          <SubstitutionNote substitution={sentHere} />
          <p>{t('meetings.substitutes.youMeaning')}</p>
        </div>
      )}
      <p className="representation__intro">{t('meetings.representation.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}

      <h3 id={`${id}-substitutes`}>{t('meetings.substitutes.listTitle')}</h3>
      {substitutions.length === 0 ? (
        <EmptyState title={t('meetings.substitutes.none')} />
      ) : (
        <ul className="representation__list" aria-labelledby={`${id}-substitutes`}>
          {substitutions.map((substitution) => (
            <li key={substitution.id}>
              <div>
                <span>
                  {t('meetings.substitutes.represents', {
                    substitute: substitution.substitute.displayName,
                    organization: substitution.organization.name,
                    sender: substitution.createdBy.displayName,
                  })}
                </span>
                <SubstitutionNote substitution={substitution} />
              </div>
              {/* The viewer's own organization's substitute is withdrawn from its own block below. */}
              {open && isOfficer && substitution.organization.id !== own?.id && (
                <Button variant="secondary" size="small" disabled={busy} onClick={() => setQuestion({ kind: 'withdrawSubstitute', substitution })}>
                  {t('meetings.substitutes.withdrawOf', { organization: substitution.organization.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 id={`${id}-list`}>{t('meetings.representation.listTitle')}</h3>
      {proxies.length === 0 ? (
        <EmptyState title={t('meetings.representation.none')} />
      ) : (
        <ul className="representation__list" aria-labelledby={`${id}-list`}>
          {proxies.map((proxy) => (
            <li key={proxy.id}>
              <span>{t('meetings.representation.entrusts', { from: proxy.from.name, to: proxy.to.name })}</span>
              {/* The viewer's own organization's proxy is withdrawn from its own block below. */}
              {open && isOfficer && proxy.from.id !== own?.id && (
                <Button variant="secondary" size="small" disabled={busy} onClick={() => setQuestion({ kind: 'withdraw', proxy })}>
                  {t('meetings.representation.withdrawOf', { from: proxy.from.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      {!open && (
        <p className="muted">{t(meeting.status === 'CANCELLED' ? 'meetings.representation.closedCancelled' : 'meetings.representation.closedAdjourned')}</p>
      )}

      {own && situation && (
        <div className="representation__own">
          <h3>{t('meetings.representation.yoursTitle')}</h3>
          <p>
            {ownDelegate
              ? t('meetings.substitutes.delegate', { organization: own.name, name: ownDelegate })
              : t('meetings.substitutes.noDelegate', { organization: own.name })}
          </p>
          {ownSubstitution ? (
            <>
              <p>
                {ownSubstitution.replaces
                  ? t('meetings.substitutes.standing', {
                      substitute: ownSubstitution.substitute.displayName,
                      organization: own.name,
                      delegate: ownSubstitution.replaces.displayName,
                      sender: ownSubstitution.createdBy.displayName,
                    })
                  : t('meetings.substitutes.standingNoDelegate', {
                      substitute: ownSubstitution.substitute.displayName,
                      organization: own.name,
                      sender: ownSubstitution.createdBy.displayName,
                    })}
              </p>
              <SubstitutionNote substitution={ownSubstitution} />
              {open && (
                <p>
                  <Button variant="secondary" disabled={busy} onClick={() => setQuestion({ kind: 'withdrawSubstitute', substitution: ownSubstitution })}>
                    {t('meetings.substitutes.withdrawOurs')}
                  </Button>
                </p>
              )}
            </>
          ) : (
            <p>{t('meetings.substitutes.noneForUs', { organization: own.name })}</p>
          )}
          <p>
            {situation.kind === 'gave'
              ? t('meetings.representation.gave', { organization: own.name, to: situation.proxy.to.name })
              : situation.kind === 'holds'
                ? t('meetings.representation.holds', { organization: own.name, from: situation.proxy.from.name })
                : t('meetings.representation.neither', { organization: own.name })}
          </p>
          {open && situation.kind === 'gave' && (
            <Button variant="secondary" disabled={busy} onClick={() => setQuestion({ kind: 'withdraw', proxy: situation.proxy })}>
              {t('meetings.representation.withdrawOurs')}
            </Button>
          )}
          {open && !isOfficer && situation.kind === 'holds' && <p className="form__note">{t('meetings.representation.holdsCannotGive')}</p>}
        </div>
      )}

      {open && own && <SubstituteForm meeting={meeting} organization={own} standing={ownSubstitution} />}

      {canAct && givers.length > 0 && (
        <form className="form representation__give" aria-labelledby={`${id}-give`} onSubmit={askToGive} noValidate>
          <h3 id={`${id}-give`}>{t(isOfficer ? 'meetings.representation.giveAny' : 'meetings.representation.giveOurs')}</h3>
          <div className="form-row">
            {isOfficer && (
              <SelectField
                label={t('meetings.representation.from')}
                value={from?.id ?? ''}
                placeholder={t('common.choose')}
                onChange={(event) => {
                  setFromChoice(event.target.value);
                  setToChoice('');
                }}
                options={givers.map((giver) => ({ value: giver.id, label: giver.name }))}
                error={showChoiceErrors && !from ? t('validation.choose') : undefined}
                required
              />
            )}
            {from && receivers.length === 0 ? (
              <p className="form__note">{t('meetings.representation.nobodyCanReceive')}</p>
            ) : (
              <SelectField
                label={t(forOwn ? 'meetings.representation.toOurs' : 'meetings.representation.to')}
                value={to?.id ?? ''}
                placeholder={t('common.choose')}
                onChange={(event) => setToChoice(event.target.value)}
                options={receivers.map((receiver) => ({ value: receiver.id, label: receiver.name }))}
                disabled={!from}
                error={showChoiceErrors && from && !to ? t('validation.choose') : undefined}
                required
              />
            )}
          </div>
          <div className="form__actions">
            <Button type="submit" busy={granting.loading} disabled={revoking.loading || (from !== null && receivers.length === 0)}>
              {t('meetings.representation.give')}
            </Button>
          </div>
        </form>
      )}
      {canAct && isOfficer && givers.length === 0 && <p className="form__note">{t('meetings.representation.nobodyCanGive')}</p>}

      <ConfirmDialog
        open={question !== null}
        title={
          question?.kind === 'give'
            ? t('meetings.representation.giveTitle', { from: question.from.name, to: question.to.name })
            : question?.kind === 'withdraw'
              ? t('meetings.representation.withdrawTitle', { from: question.proxy.from.name })
              : question?.kind === 'withdrawSubstitute'
                ? t('meetings.substitutes.withdrawTitle', { organization: question.substitution.organization.name })
                : ''
        }
        confirmLabel={t(
          question?.kind === 'withdraw'
            ? 'meetings.representation.withdraw'
            : question?.kind === 'withdrawSubstitute'
              ? 'meetings.substitutes.withdraw'
              : 'meetings.representation.give',
        )}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={busy}
        onCancel={() => setQuestion(null)}
        onConfirm={() => void confirm()}
      >
        {question?.kind === 'give' && (
          <>
            <p>{t('meetings.representation.giveMeaning', { from: question.from.name, to: question.to.name })}</p>
            <p>{t('meetings.representation.quorumNote')}</p>
          </>
        )}
        {question?.kind === 'withdraw' && <p>{t('meetings.representation.withdrawMeaning', { from: question.proxy.from.name, to: question.proxy.to.name })}</p>}
        {question?.kind === 'withdrawSubstitute' && (
          <p>
            {t('meetings.substitutes.withdrawMeaning', {
              substitute: question.substitution.substitute.displayName,
              organization: question.substitution.organization.name,
            })}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** The sender's note to the colleague, as they wrote it. */
function SubstitutionNote({ substitution }: { substitution: Substitution }) {
  const { t } = useI18n();
  if (!substitution.note) return null;
  return (
    <p className="representation__note">
      <span className="muted">{t('meetings.substitutes.noteFrom', { sender: substitution.createdBy.displayName })}</span> {substitution.note}
    </p>
  );
}

/** The table's ACTIVE member organizations, once each, by name as the reader's language sorts them. */
function activeMembers(meeting: MeetingDetails, language: string): MemberOrganization[] {
  const byId = new Map<string, MemberOrganization>();
  for (const membership of meeting.table.memberships) byId.set(membership.organization.id, membership.organization);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, language));
}
