import { useState } from 'react';
import { useFormFailure, useUpdateNotificationPreferences, type NotificationSettings } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, Section, useForm, type AlertTone } from '@concertation/web-ui';
import { ChannelChoice } from './channel-choice';
import { DigestHourField } from './digest-hour-field';
import { changedPreferences, choicesOf, defaultChoices, sameChoices, type NotificationChoices } from './notification-choices';
import { notificationGroups } from './notification-groups';
import { useWarnBeforeUnload } from './use-warn-before-unload';

/**
 * Every kind's channel and the digest's hour. Nothing is sent before « Save », which sends the kinds
 * changed since the last save and the hour; « Reset to defaults » only fills the form.
 */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useI18n();
  const formFailure = useFormFailure();
  const [update] = useUpdateNotificationPreferences();
  const [saved, setSaved] = useState<NotificationChoices>(() => choicesOf(settings));
  const form = useForm<NotificationChoices>(
    () => choicesOf(settings),
    (error) => formFailure(error, { fields: { digestHour: 'digestHour' } }),
  );
  const [notice, setNotice] = useState<{ tone: AlertTone; text: string } | null>(null);
  const { values, busy } = form;
  const dirty = !sameChoices(values, saved);
  useWarnBeforeUnload(dirty);

  const change = (next: NotificationChoices) => {
    setNotice(null);
    form.setValues(next);
  };

  const onSubmit = form.submit(
    () => ({}),
    async (current) => {
      setNotice(null);
      const answer = await update(changedPreferences(saved, current), current.digestHour);
      const now = answer ? choicesOf(answer) : current;
      setSaved(now);
      form.setValues(now);
      setNotice({ tone: 'success', text: t('notifications.settings.saved') });
    },
  );

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="notification-settings">
      {notificationGroups().map(({ group, kinds }) => (
        <Section key={group} title={t(`notifications.settings.groups.${group}`)}>
          <div className="stack">
            {kinds.map((kind) => (
              <ChannelChoice
                key={kind}
                kind={kind}
                channel={values.channels[kind]}
                disabled={busy}
                onChange={(channel) => change({ ...values, channels: { ...values.channels, [kind]: channel } })}
              />
            ))}
          </div>
        </Section>
      ))}
      <Section title={t('notifications.settings.digestTitle')}>
        <div className="stack notification-settings__digest">
          <DigestHourField hour={values.digestHour} timeZone={settings.timeZone} disabled={busy} onChange={(digestHour) => change({ ...values, digestHour })} />
          <p className="muted notification-settings__note">{t('notifications.settings.digestNote')}</p>
        </div>
      </Section>
      <div className="notification-settings__footer">
        {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
        {form.errors.digestHour && <ErrorMessage>{form.errors.digestHour}</ErrorMessage>}
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        <div className="notification-settings__actions">
          <div className="button-row">
            <Button type="submit" busy={busy} disabled={!dirty}>
              {busy ? t('notifications.settings.saving') : t('notifications.settings.save')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                change(defaultChoices());
                setNotice({ tone: 'info', text: t('notifications.settings.resetDone') });
              }}
            >
              {t('notifications.settings.reset')}
            </Button>
          </div>
          {dirty && !busy && <p className="notification-settings__unsaved">{t('notifications.settings.unsaved')}</p>}
        </div>
      </div>
    </form>
  );
}
