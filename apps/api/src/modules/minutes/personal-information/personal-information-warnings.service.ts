import { Injectable } from '@nestjs/common';
import { type EnumValue, findPersonalInformation, type PersonalInformationKind } from '@concertation/shared-domain';
import type { RequestContext } from '../../../core/graphql/request-context';
import type { AgendaItemEntity } from '../../meetings/agenda-item.entity';
import { MeetingsLoaders } from '../../meetings/meetings.loaders';
import { MeetingsPolicy } from '../../meetings/meetings.policy';
import type { MinutesEntity } from '../minutes.entity';

export interface PersonalInformationWarning {
  kind: EnumValue<PersonalInformationKind>;
  /** `summary`, or the agenda item's id for its notes. */
  field: string;
  excerpt: string;
}

/** The field name of the minutes' summary in a warning; an item's notes go by the item's id. */
export const SUMMARY_FIELD = 'summary';

/** What the shared detector finds in one text of the minutes, as warnings about `field`. */
export function warningsIn(field: string, text: string | null): PersonalInformationWarning[] {
  return text ? findPersonalInformation(text).map(({ kind, excerpt }) => ({ kind, field, excerpt })) : [];
}

/**
 * `Minutes.personalInformationWarnings` and `AgendaItem.personalInformationWarnings`: for the
 * officers of the meeting (those who write the minutes and can correct them), an empty list for
 * anyone else. Officers read every item, in camera ones included, so the minutes' list covers every
 * item's notes. It is not an in-camera read to audit: a warning carries a kind and a masked excerpt,
 * never the notes' words. Saving is never refused for what is found here.
 */
@Injectable()
export class PersonalInformationWarningsService {
  constructor(
    private readonly policy: MeetingsPolicy,
    private readonly meetings: MeetingsLoaders,
  ) {}

  async ofMinutes(ctx: RequestContext, minutes: Pick<MinutesEntity, 'meetingId' | 'summary'>): Promise<PersonalInformationWarning[]> {
    if (!(await this.viewerIsOfficer(ctx, minutes.meetingId))) return [];
    const agenda = await this.meetings.agendaOf(ctx).load(minutes.meetingId);
    return [...warningsIn(SUMMARY_FIELD, minutes.summary), ...agenda.flatMap((item) => warningsIn(item.id, item.notes))];
  }

  async ofItem(ctx: RequestContext, item: Pick<AgendaItemEntity, 'id' | 'meetingId' | 'notes'>): Promise<PersonalInformationWarning[]> {
    if (!(await this.viewerIsOfficer(ctx, item.meetingId))) return [];
    return warningsIn(item.id, item.notes);
  }

  private async viewerIsOfficer(ctx: RequestContext, meetingId: string): Promise<boolean> {
    const meeting = await this.meetings.meeting(ctx).load(meetingId);
    return meeting !== null && this.policy.isOfficer(await this.policy.roleAt(ctx, meeting));
  }
}
