import { Injectable } from '@nestjs/common';
import { shownName, type EnumValue, type TableRole } from '@concertation/shared-domain';
import { notFound } from '../../../core/errors/domain-errors';
import { EntityLoaders } from '../../../core/graphql/entity-loaders';
import type { RequestContext } from '../../../core/graphql/request-context';
import { ActionItemsPolicy } from '../../action-items/action-items.policy';
import type { DecisionEntity } from '../../decisions/decision.entity';
import { DecisionsLoaders } from '../../decisions/decisions.loaders';
import { VotesLoaders } from '../../votes/votes.loaders';
import type { MeetingEntity } from '../../meetings/meeting.entity';
import { MeetingsLoaders } from '../../meetings/meetings.loaders';
import { MeetingsPolicy } from '../../meetings/meetings.policy';
import type { MinutesEntity } from '../minutes.entity';
import { MinutesLoaders } from '../minutes.loaders';
import { MinutesViewsService } from '../minutes-views.service';
import type { DecisionLine, MinutesDocument } from './minutes-document';

const toLine = (d: DecisionEntity): DecisionLine => ({
  text: d.text,
  outcome: d.outcome,
  votesFor: d.votesFor,
  votesAgainst: d.votesAgainst,
  abstentions: d.abstentions,
});

/**
 * Gathers the minutes of a meeting as one reader may see them (MeetingsPolicy for items, notes
 * and decisions; ActionItemsPolicy for action items): in-camera items, their notes, votes,
 * decisions and action items are left out for those who may not see them. Reading in-camera notes here is
 * audited like `AgendaItem.notes` (it goes through MinutesViewsService.notes). Every lookup goes
 * through the per-request loaders.
 */
@Injectable()
export class MinutesDocumentService {
  constructor(
    private readonly policy: MeetingsPolicy,
    private readonly meetings: MeetingsLoaders,
    private readonly minutes: MinutesLoaders,
    private readonly views: MinutesViewsService,
    private readonly decisions: DecisionsLoaders,
    private readonly actionItems: ActionItemsPolicy,
    private readonly entities: EntityLoaders,
    private readonly votes: VotesLoaders,
  ) {}

  /** GET /meetings/:id/minutes.{md,pdf}: NOT_FOUND / FORBIDDEN like `meeting(id)`; NOT_FOUND before the meeting starts. */
  async forDownload(ctx: RequestContext, meetingId: string): Promise<MinutesDocument> {
    const { meeting, role } = await this.policy.readableMeeting(ctx, meetingId);
    const minutes = await this.minutes.ofMeeting(ctx).load(meeting.id);
    if (!minutes) throw notFound('minutes');
    return this.build(ctx, meeting, minutes, role);
  }

  /** `Minutes.markdown`: null when the viewer may not read the meeting (the field then shows nothing). */
  async forMinutes(ctx: RequestContext, minutes: MinutesEntity): Promise<MinutesDocument | null> {
    const meeting = await this.meetings.meeting(ctx).load(minutes.meetingId);
    if (!meeting) return null;
    const role = await this.policy.roleAt(ctx, meeting);
    return this.policy.canRead(role) ? this.build(ctx, meeting, minutes, role) : null;
  }

  private async build(ctx: RequestContext, meeting: MeetingEntity, minutes: MinutesEntity, role: EnumValue<TableRole> | null): Promise<MinutesDocument> {
    const [reader, table, allItems, attendance, allDecisions, actions, allVotes] = await Promise.all([
      ctx.viewer ? this.entities.user(ctx).load(ctx.viewer.userId) : null,
      this.entities.table(ctx).load(meeting.tableId),
      this.meetings.agendaOf(ctx).load(meeting.id),
      this.meetings.attendanceOf(ctx).load(meeting.id),
      this.decisions.ofMeeting(ctx).load(meeting.id),
      this.minutes.actionItemsOf(ctx).load(meeting.id),
      this.votes.ofMeeting(ctx).load(meeting.id),
    ]);
    const locale = reader?.locale === 'EN' ? 'EN' : 'FR';
    const items = allItems.filter((item) => this.policy.canSeeItem(role, item));
    const seen = new Set(items.map((item) => item.id));
    // A decision on an item the reader may not see is left out, and so is an action item from it.
    const decisions = allDecisions.filter((d) => d.agendaItemId === null || seen.has(d.agendaItemId));
    const hiddenDecisions = new Set(allDecisions.filter((d) => !decisions.includes(d)).map((d) => d.id));
    const readable = await Promise.all(
      actions.map(async (a) => (await this.actionItems.mayRead(ctx, a)) && !(a.decisionId && hiddenDecisions.has(a.decisionId))),
    );
    const visibleActions = actions.filter((_, i) => readable[i]);

    const [people, notes, owners] = await Promise.all([
      Promise.all(
        attendance.map(async (a) => {
          const [user, org] = await Promise.all([
            this.entities.user(ctx).load(a.userId),
            a.organizationId ? this.entities.organization(ctx).load(a.organizationId) : null,
          ]);
          return { name: user ? shownName(user.displayName, locale) : '?', organization: org?.name ?? null, status: a.status };
        }),
      ),
      Promise.all(items.map((item) => this.views.notes(ctx, item))),
      Promise.all(
        visibleActions.map(async (a) => {
          const [user, org] = await Promise.all([
            a.assigneeId ? this.entities.user(ctx).load(a.assigneeId) : null,
            a.assigneeOrganizationId ? this.entities.organization(ctx).load(a.assigneeOrganizationId) : null,
          ]);
          return [user ? shownName(user.displayName, locale) : null, org?.name].filter(Boolean).join(', ') || null;
        }),
      ),
    ]);

    const dateLocale = locale === 'FR' ? 'fr-CA' : 'en-CA';
    const when = new Intl.DateTimeFormat(dateLocale, { timeZone: meeting.timeZone, dateStyle: 'full', timeStyle: 'short' }).formatRange(
      meeting.startsAt,
      meeting.endsAt,
    );
    const day = (d: Date) => new Intl.DateTimeFormat(dateLocale, { timeZone: meeting.timeZone, dateStyle: 'long' }).format(d);
    return {
      locale,
      tableName: table?.name ?? '',
      meetingTitle: meeting.title,
      when,
      timeZone: meeting.timeZone,
      location: meeting.location,
      status: minutes.status,
      version: minutes.version,
      approvedOn: minutes.approvedAt ? day(minutes.approvedAt) : null,
      summary: minutes.summary,
      attendance: people.sort((a, b) => a.name.localeCompare(b.name, dateLocale)),
      items: items.map((item, i) => ({
        number: i + 1,
        title: item.title,
        inCamera: item.confidentiality === 'IN_CAMERA',
        notes: notes[i],
        votes: allVotes
          .filter((v) => v.agendaItemId === item.id && v.status === 'CLOSED')
          .map((v) => ({ question: v.question, secret: v.secret, counts: v.results ?? [], passed: v.passed === true })),
        decisions: decisions.filter((d) => d.agendaItemId === item.id).map(toLine),
      })),
      otherDecisions: decisions.filter((d) => d.agendaItemId === null).map(toLine),
      actions: visibleActions.map((a, i) => ({ title: a.title, owner: owners[i], dueOn: a.dueOn, status: a.status })),
    };
  }
}
