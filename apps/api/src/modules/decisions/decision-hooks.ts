import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { DecisionEntity } from './decision.entity';

/** Runs inside recordDecision's transaction, after the decision and its audit event are written. */
export type DecisionRecordedListener = (manager: EntityManager, viewer: Viewer, decision: DecisionEntity, meeting: MeetingEntity) => Promise<void>;

/**
 * Lets other modules act on a recorded decision (a referral's sending table is told) without
 * this module knowing them: they register a listener at start. Listeners run in the decision's
 * transaction, so that what they write exists exactly when the decision does.
 */
@Injectable()
export class DecisionHooks {
  private readonly listeners: DecisionRecordedListener[] = [];

  onRecorded(listener: DecisionRecordedListener): void {
    this.listeners.push(listener);
  }

  async recorded(manager: EntityManager, viewer: Viewer, decision: DecisionEntity, meeting: MeetingEntity): Promise<void> {
    for (const listener of this.listeners) await listener(manager, viewer, decision, meeting);
  }
}
