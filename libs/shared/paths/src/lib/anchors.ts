/**
 * The element ids that links point into (`/meetings/:id#item-…`): the page that renders the element
 * and the link that leads to it both take the id from here, so that they keep agreeing.
 */
export const anchors = {
  /** An agenda item's card on its meeting's page. */
  agendaItem: (itemId: string) => `item-${itemId}`,
  /** A decision in its meeting's minutes. */
  decision: (decisionId: string) => `decision-${decisionId}`,
  /** A referral's card on a table's referrals page. */
  referral: (referralId: string) => `referral-${referralId}`,
};
