import { useId, useState } from 'react';
import { MAX_SUBSTITUTION_NOTE_LENGTH } from '@concertation/shared-domain';
import { useOrganizationMembers, useSendSubstitute, useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, chosenError, ConfirmDialog, ErrorMessage, Loading, SelectField, TextAreaField, tooLongError, useForm } from '@concertation/web-ui';
import type { MemberOrganization } from './proxy-choices';
import type { Substitution } from './meeting-seat';
import { colleaguesToSend, type Colleague } from './substitute-choices';
import { useSubstitutionFailure } from './substitution-errors';
import type { MeetingDetails } from './types';

interface Pending {
  colleague: Colleague;
  note: string;
}

/**
 * « Envoyer un·e remplaçant·e »: a person of the viewer's organization sends a colleague who does
 * not sit at the table to this meeting. Replacing the organization's standing substitute is asked
 * first, since the one replaced loses the meeting at once.
 */
export function SubstituteForm({
  meeting,
  organization,
  standing,
}: {
  meeting: MeetingDetails;
  organization: MemberOrganization;
  standing: Substitution | null;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const { me } = useSession();
  const members = useOrganizationMembers(organization.id);
  const [send, sending] = useSendSubstitute(meeting.id);
  const failure = useSubstitutionFailure(organization.name);
  const form = useForm({ colleague: '', note: '' }, failure);
  const [pending, setPending] = useState<Pending | null>(null);
  const { values, errors, set } = form;

  const colleagues = colleaguesToSend(members.data?.organization?.members ?? [], meeting, me?.id, language);

  const sendNow = async ({ colleague, note }: Pending) => {
    const ok = await form.run(() => send(organization.id, colleague.id, note.trim() || null));
    setPending(null);
    if (ok) {
      form.setValues({ colleague: '', note: '' });
      form.setNotice(t('meetings.substitutes.sent', { substitute: colleague.displayName, organization: organization.name }));
    }
  };

  const submit = form.submit(
    ({ colleague, note }) => ({
      colleague: chosenError(colleague, t),
      note: tooLongError(note.trim(), MAX_SUBSTITUTION_NOTE_LENGTH, t),
    }),
    async ({ colleague, note }) => {
      const chosen = colleagues.find((item) => item.id === colleague);
      if (!chosen) return;
      if (standing) setPending({ colleague: chosen, note });
      else await sendNow({ colleague: chosen, note });
    },
  );

  const heading = <h3 id={`${id}-send`}>{t('meetings.substitutes.sendTitle')}</h3>;
  if (members.loading && !members.data) {
    return (
      <div className="representation__send">
        {heading}
        <Loading label={t('meetings.substitutes.loadingColleagues', { organization: organization.name })} />
      </div>
    );
  }
  if (members.error && !members.data) {
    return (
      <div className="representation__send">
        {heading}
        <ErrorMessage>{failure(members.error).message}</ErrorMessage>
      </div>
    );
  }

  return (
    <form ref={form.formRef} className="form representation__send" aria-labelledby={`${id}-send`} onSubmit={submit} noValidate>
      {heading}
      <p className="form__note">{t('meetings.substitutes.sendIntro', { organization: organization.name })}</p>
      {form.notice && <Alert tone="success">{form.notice}</Alert>}
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      {colleagues.length === 0 ? (
        <p className="form__note">{t('meetings.substitutes.nobodyToSend', { organization: organization.name })}</p>
      ) : (
        <>
          <SelectField
            label={t('meetings.substitutes.colleague')}
            value={values.colleague}
            placeholder={t('common.choose')}
            onChange={set('colleague')}
            options={colleagues.map((colleague) => ({ value: colleague.id, label: colleague.displayName }))}
            error={errors.colleague ?? undefined}
            required
          />
          <TextAreaField
            label={t('meetings.substitutes.note')}
            hint={t('meetings.substitutes.noteHint', { max: MAX_SUBSTITUTION_NOTE_LENGTH })}
            value={values.note}
            onChange={set('note')}
            error={errors.note ?? undefined}
            rows={3}
          />
          <div className="form__actions">
            <Button type="submit" busy={sending.loading}>
              {t('meetings.substitutes.send')}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={
          pending && standing
            ? t('meetings.substitutes.replaceTitle', { substitute: pending.colleague.displayName, previous: standing.substitute.displayName })
            : ''
        }
        confirmLabel={t('meetings.substitutes.send')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={sending.loading}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void sendNow(pending)}
      >
        {standing && <p>{t('meetings.substitutes.replaceMeaning', { previous: standing.substitute.displayName, organization: organization.name })}</p>}
      </ConfirmDialog>
    </form>
  );
}
