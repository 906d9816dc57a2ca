import { Link } from 'react-router';
import { useSession } from '@concertation/web-data-access';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { PageHeader, Section } from '@concertation/web-ui';

/** The page's parts, each a heading and its points, in the order people ask: what, why, how long, who, and what they can do. */
const PARTS: ReadonlyArray<{ title: MessageKey; points: readonly MessageKey[] }> = [
  {
    title: 'privacy.stored.title',
    points: [
      'privacy.stored.account',
      'privacy.stored.participation',
      'privacy.stored.work',
      'privacy.stored.notices',
      'privacy.stored.sessions',
      'privacy.stored.audit',
    ],
  },
  { title: 'privacy.why.title', points: ['privacy.why.tables', 'privacy.why.notices', 'privacy.why.security', 'privacy.why.nothingElse'] },
  {
    title: 'privacy.retention.title',
    points: [
      'privacy.retention.notifications',
      'privacy.retention.sessions',
      'privacy.retention.emails',
      'privacy.retention.uploads',
      'privacy.retention.records',
      'privacy.retention.account',
    ],
  },
  { title: 'privacy.who.title', points: ['privacy.who.name', 'privacy.who.email', 'privacy.who.inCamera', 'privacy.who.ballot', 'privacy.who.audit'] },
];

/**
 * What the platform keeps about people, why, for how long, who sees it, and how to get it or erase
 * it (Quebec's Law 25). Open to everyone, signed in or not: people read it before they register.
 */
export function PrivacyPage() {
  const { t } = useI18n();
  const { token } = useSession();
  return (
    <div className="privacy">
      <PageHeader title={t('privacy.title')} description={t('privacy.intro')} />
      {PARTS.map((part) => (
        <Section key={part.title} title={t(part.title)}>
          <ul className="privacy__points">
            {part.points.map((point) => (
              <li key={point}>{t(point)}</li>
            ))}
          </ul>
        </Section>
      ))}
      <Section title={t('privacy.rights.title')}>
        <p>{t('privacy.rights.export')}</p>
        <p>{t('privacy.rights.erase')}</p>
        <p>{t('privacy.rights.onlyChair')}</p>
        <p>
          {token ? (
            <Link to={paths.profile()}>{t('privacy.rights.profileLink')}</Link>
          ) : (
            <Link to={paths.signIn({ next: paths.profile() })}>{t('privacy.rights.signInLink')}</Link>
          )}
        </p>
        <p>{t('privacy.rights.questions')}</p>
      </Section>
    </div>
  );
}
