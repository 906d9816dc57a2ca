import type { ActionItemStatus, DecisionOutcome, MinutesStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, type BadgeTone } from '@concertation/web-ui';

const MINUTES_TONES: Record<MinutesStatus, BadgeTone> = { DRAFT: 'neutral', CIRCULATED: 'info', APPROVED: 'success' };

export function MinutesStatusBadge({ status }: { status: MinutesStatus }) {
  const { t } = useI18n();
  return <Badge tone={MINUTES_TONES[status]}>{t(`minutes.status.${status}` as const)}</Badge>;
}

const OUTCOME_TONES: Record<DecisionOutcome, BadgeTone> = { ADOPTED: 'success', CONSENSUS: 'success', REJECTED: 'danger', DEFERRED: 'warning' };

export function DecisionOutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const { t } = useI18n();
  return <Badge tone={OUTCOME_TONES[outcome]}>{t(`minutes.decisions.outcome.${outcome}` as const)}</Badge>;
}

const ACTION_TONES: Record<ActionItemStatus, BadgeTone> = { OPEN: 'neutral', IN_PROGRESS: 'info', BLOCKED: 'warning', DONE: 'success', CANCELLED: 'neutral' };

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useI18n();
  return <Badge tone={ACTION_TONES[status]}>{t(`minutes.actions.status.${status}` as const)}</Badge>;
}
