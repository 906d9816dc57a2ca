import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { MeetingEntity } from './meeting.entity';

/** Runs inside adjournMeeting's transaction, before the meeting is saved ADJOURNED. */
export type MeetingAdjournedListener = (manager: EntityManager, viewer: Viewer, meeting: MeetingEntity) => Promise<void>;

/**
 * Lets other modules end what lives only while a meeting runs (its open votes) without this
 * module knowing them: they register at start, and run in the adjournment's transaction.
 */
@Injectable()
export class MeetingHooks {
  private readonly adjournedListeners: MeetingAdjournedListener[] = [];

  onAdjourned(listener: MeetingAdjournedListener): void {
    this.adjournedListeners.push(listener);
  }

  async adjourned(manager: EntityManager, viewer: Viewer, meeting: MeetingEntity): Promise<void> {
    for (const listener of this.adjournedListeners) await listener(manager, viewer, meeting);
  }
}
