import { useI18n } from '@concertation/web-i18n';
import type { MeetingDetails } from './types';

/** Present member organizations against the quorum; a polite live region, so that reaching it is heard. */
export function QuorumIndicator({ quorum }: { quorum: MeetingDetails['quorum'] }) {
  const { t, tp } = useI18n();
  const ratio = quorum.required > 0 ? Math.min(1, quorum.present / quorum.required) : 1;
  return (
    <div className={quorum.reached ? 'quorum quorum--reached' : 'quorum'} role="status" aria-live="polite" aria-atomic="true">
      <p className="quorum__state">{t(quorum.reached ? 'live.quorum.reached' : 'live.quorum.notReached')}</p>
      <p className="quorum__count">
        <span className="muted">{t('live.quorum.counted')}</span> {tp('live.quorum.present', quorum.present)} / {tp('live.quorum.required', quorum.required)}
      </p>
      <div className="quorum__bar" aria-hidden="true">
        <span style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
    </div>
  );
}
