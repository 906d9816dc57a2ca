import { Link } from 'react-router';
import { useDescribeError, useNotificationSettings } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { NotificationSettingsForm } from './notification-settings-form';

/** `/profile/notifications`: how the viewer hears of each kind of notification, and when the daily digest comes. */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { settings, loading, error } = useNotificationSettings();

  return (
    <>
      <PageHeader
        title={t('notifications.settings.title')}
        description={<p>{t('notifications.settings.intro')}</p>}
        actions={<Link to={paths.profile()}>{t('notifications.settings.backToProfile')}</Link>}
      />
      {loading ? (
        <Loading label={t('notifications.settings.loading')} />
      ) : settings ? (
        <NotificationSettingsForm key={settings.id} settings={settings} />
      ) : (
        error && <ErrorMessage>{describe(error)}</ErrorMessage>
      )}
    </>
  );
}
