import type { EntityManager } from 'typeorm';
import type { EnumValue, Confidentiality } from '@concertation/shared-domain';

/**
 * A referral is answered by its scheduled item and by the copies of it that
 * carryOverUnfinishedItems made to later meetings (linked by carried_over_from_id): a question
 * deferred to the next meeting is still the same question. Plain SQL, shared by the loaders
 * (one query per request) and by the decision hook (inside recordDecision's transaction).
 */
type Query = Pick<EntityManager, 'query'>;

/** For each item: the referral it answers, itself or through the items it was carried over from. */
export async function referralsAnsweredBy(db: Query, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  // UNION (not UNION ALL) stops on a cycle instead of looping forever.
  const rows: Array<{ origin: string; referral_id: string }> = await db.query(
    `WITH RECURSIVE chain(origin, id) AS (
       SELECT a.id, a.id FROM agenda_item a WHERE a.id = ANY($1::uuid[])
       UNION
       SELECT chain.origin, a.carried_over_from_id FROM agenda_item a JOIN chain ON a.id = chain.id WHERE a.carried_over_from_id IS NOT NULL
     )
     SELECT chain.origin, r.id AS referral_id FROM chain JOIN referral r ON r.scheduled_item_id = chain.id`,
    [[...itemIds]],
  );
  return new Map(rows.map((r) => [r.origin, r.referral_id]));
}

export interface OutcomeRow {
  /** The scheduled item asked about. */
  root: string;
  decisionId: string;
  /** Of the item the decision was recorded on. */
  confidentiality: EnumValue<Confidentiality>;
}

/** The decisions recorded on each scheduled item or on its carried-over copies. */
export async function outcomesOf(db: Query, scheduledItemIds: readonly string[]): Promise<OutcomeRow[]> {
  if (scheduledItemIds.length === 0) return [];
  const rows: Array<{ root: string; decision_id: string; confidentiality: EnumValue<Confidentiality> }> = await db.query(
    `WITH RECURSIVE down(root, id) AS (
       SELECT x, x FROM unnest($1::uuid[]) AS x
       UNION
       SELECT down.root, a.id FROM agenda_item a JOIN down ON a.carried_over_from_id = down.id
     )
     SELECT down.root, d.id AS decision_id, a.confidentiality
       FROM down JOIN decision d ON d.agenda_item_id = down.id JOIN agenda_item a ON a.id = d.agenda_item_id
      ORDER BY d.recorded_at, d.id`,
    [[...scheduledItemIds]],
  );
  return rows.map((r) => ({ root: r.root, decisionId: r.decision_id, confidentiality: r.confidentiality }));
}
