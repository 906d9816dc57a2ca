import { useQuery } from '@apollo/client/react';
import {
  WhatNeedsMeDocument,
  type PendingDecisionFieldsFragment,
  type PendingMembershipFieldsFragment,
  type UrgentActionItemFieldsFragment,
} from '../generated/graphql';

export type PendingDecision = PendingDecisionFieldsFragment;
export type PendingMembership = PendingMembershipFieldsFragment;
export type UrgentActionItem = UrgentActionItemFieldsFragment;

/** The home page in one request: what waits for the viewer's decision, their urgent action items, their next meetings. */
export function useWhatNeedsMe() {
  return useQuery(WhatNeedsMeDocument, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
