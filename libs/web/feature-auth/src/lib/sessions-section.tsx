import { useNavigate } from 'react-router';
import { useDescribeError, useMySessions, useRevokeSession, useSignOut, type SignedInSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Badge, Button, ConfirmDialog, ErrorMessage, Loading, useConfirmedAction } from '@concertation/web-ui';
import { deviceOf } from './device-name';

/** « Chrome sur Linux », from what the browser said of itself at sign-in. */
function useDeviceName(): (session: SignedInSession) => string {
  const { t } = useI18n();
  return (session) => {
    const { browser, system } = deviceOf(session.userAgent);
    if (!browser && !system) return t('security.sessions.unknownDevice');
    return t('security.sessions.device', {
      browser: browser ?? t('security.sessions.unknownBrowser'),
      system: system ?? t('security.sessions.unknownSystem'),
    });
  };
}

/**
 * The viewer's signed-in devices, last used first, each with a button that signs it out (after a
 * question). Signing out the device in hand is signing out: the person goes to the sign-in page.
 */
export function SessionsSection() {
  const { t, tp, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const deviceName = useDeviceName();
  const { data, loading, error } = useMySessions();
  const [revoke, { loading: revoking }] = useRevokeSession();
  const [signOut, { loading: signingOut }] = useSignOut();
  const action = useConfirmedAction<string>(describe);
  const sessions = data?.mySessions ?? [];

  const signOutHere = async (everywhere: boolean) => {
    await signOut(everywhere);
    navigate(paths.signIn(), { replace: true });
  };

  if (!data) return loading ? <Loading label={t('security.sessions.loading')} /> : error ? <ErrorMessage>{describe(error)}</ErrorMessage> : null;

  return (
    <div className="stack">
      <p>{t('security.sessions.intro')}</p>
      {action.notice && <Alert tone="success">{action.notice}</Alert>}
      {action.error && <ErrorMessage>{action.error}</ErrorMessage>}
      <p className="muted">{tp('security.sessions.count', sessions.length)}</p>
      <ul className="card-list sessions" aria-label={t('security.sessions.title')}>
        {sessions.map((session) => {
          const name = deviceName(session);
          return (
            <li key={session.id} className="card session">
              <div className="session__main">
                <h3 className="card__title">{name}</h3>
                {session.current && <Badge tone="info">{t('security.sessions.current')}</Badge>}
                <dl className="session__times">
                  <div>
                    <dt>{t('security.sessions.signedInAt')}</dt>
                    <dd>
                      <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('security.sessions.lastUsed')}</dt>
                    <dd>
                      <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                    </dd>
                  </div>
                </dl>
              </div>
              <Button variant="secondary" size="small" aria-label={t('security.sessions.revokeFor', { device: name })} onClick={() => action.ask(session.id)}>
                {t('security.sessions.revoke')}
              </Button>
              <ConfirmDialog
                {...action.dialog(session.id)}
                title={t('security.sessions.revokeTitle')}
                confirmLabel={t('security.sessions.revoke')}
                cancelLabel={t('common.cancel')}
                busy={revoking || signingOut}
                onConfirm={() =>
                  session.current ? void signOutHere(false) : void action.run(() => revoke(session.id), t('security.sessions.revoked', { device: name }))
                }
              >
                <p>{t(session.current ? 'security.sessions.revokeCurrentQuestion' : 'security.sessions.revokeQuestion', { device: name })}</p>
              </ConfirmDialog>
            </li>
          );
        })}
      </ul>
      <p>{t('security.sessions.signOutEverywhereIntro')}</p>
      <div className="button-row">
        <Button variant="secondary" busy={signingOut} onClick={() => void signOutHere(true)}>
          {t('security.sessions.signOutEverywhere')}
        </Button>
      </div>
    </div>
  );
}
