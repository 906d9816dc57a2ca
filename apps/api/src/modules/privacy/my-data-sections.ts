/**
 * What `GET /me/data.json` reads, section by section (docs/api-guide.md, "Privacy and erasure"):
 * each list is the viewer's rows of one table, as JSON name → SQL expression, so that a new
 * column is one more line here. `$1` is always the viewer's id. Nothing here reads another
 * person's e-mail or name, a password hash, a token or a calendar secret: rows are the viewer's
 * own, and what they point at is named by its id.
 */
export interface ListSection {
  /** The member of the exported object. */
  name: string;
  /** JSON name → SQL expression. Names starting with `_` are read for `present` and never written. */
  columns: Record<string, string>;
  /** FROM … WHERE …, limited to the viewer's rows. */
  from: string;
  /** The order of the list, oldest first: an instant (never null) and a key unique among the viewer's rows. */
  at: string;
  key: string;
}

export const PARTICIPATIONS: ListSection = {
  name: 'participations',
  columns: {
    id: 'p.id',
    tableId: 'p.table_id',
    tableName: 't.name',
    organizationId: 'p.organization_id',
    role: 'p.role',
    since: 'p.since',
  },
  from: 'table_participant p JOIN round_table t ON t.id = p.table_id WHERE p.user_id = $1::uuid',
  at: 'p.since',
  key: 'p.id::text',
};

export const MEMBERSHIP_REQUESTS: ListSection = {
  name: 'membershipRequests',
  columns: {
    id: 'm.id',
    tableId: 'm.table_id',
    organizationId: 'm.organization_id',
    status: 'm.status',
    message: 'm.message',
    requestedAt: 'm.requested_at',
    decidedAt: 'm.decided_at',
  },
  from: 'table_membership m WHERE m.requested_by_id = $1::uuid',
  at: 'm.requested_at',
  key: 'm.id::text',
};

export const RSVPS: ListSection = {
  name: 'rsvps',
  columns: {
    meetingId: 'r.meeting_id',
    participationId: 'r.participant_id',
    response: 'r.response',
    respondedAt: 'r.responded_at',
  },
  from: 'rsvp r JOIN table_participant p ON p.id = r.participant_id WHERE p.user_id = $1::uuid',
  at: 'r.responded_at',
  key: `r.meeting_id::text || ':' || r.participant_id::text`,
};

export const ATTENDANCE: ListSection = {
  name: 'attendance',
  columns: {
    meetingId: 'a.meeting_id',
    organizationId: 'a.organization_id',
    status: 'a.status',
    recordedAt: 'a.recorded_at',
  },
  from: 'attendance a WHERE a.user_id = $1::uuid',
  at: 'a.recorded_at',
  key: 'a.meeting_id::text',
};

/** Where the viewer was sent as a substitute, was replaced, or sent or withdrew someone. */
export const SUBSTITUTIONS: ListSection = {
  name: 'substitutions',
  columns: {
    id: 's.id',
    meetingId: 's.meeting_id',
    organizationId: 's.organization_id',
    youWereTheSubstitute: 's.substitute_id = $1::uuid',
    youWereReplaced: 'COALESCE(s.replaces_id = $1::uuid, false)',
    youSentIt: 'COALESCE(s.created_by_id = $1::uuid, false)',
    youEndedIt: 'COALESCE(s.ended_by_id = $1::uuid, false)',
    note: 's.note',
    response: 's.response',
    respondedAt: 's.responded_at',
    createdAt: 's.created_at',
    endedAt: 's.ended_at',
  },
  from: 'substitution s WHERE $1::uuid IN (s.substitute_id, s.replaces_id, s.created_by_id, s.ended_by_id)',
  at: 's.created_at',
  key: 's.id::text',
};

/** The ballots the viewer cast, their choice included (a secret vote's choice is its caster's to read). */
export const BALLOTS: ListSection = {
  name: 'ballots',
  columns: {
    voteId: 'b.vote_id',
    organizationId: 'b.organization_id',
    choice: 'b.choice',
    byProxy: 'b.by_proxy',
    castAt: 'b.cast_at',
  },
  from: 'ballot b WHERE b.cast_by_id = $1::uuid',
  at: 'b.cast_at',
  key: `b.vote_id::text || ':' || b.organization_id::text`,
};

export const SPEAKER_REQUESTS: ListSection = {
  name: 'speakerRequests',
  columns: {
    id: 'r.id',
    meetingId: 'r.meeting_id',
    agendaItemId: 'r.agenda_item_id',
    organizationId: 'r.organization_id',
    status: 'r.status',
    requestedAt: 'r.requested_at',
    startedAt: 'r.started_at',
    endedAt: 'r.ended_at',
  },
  from: 'speaker_request r WHERE r.user_id = $1::uuid',
  at: 'r.requested_at',
  key: 'r.id::text',
};

/** Assigned to the viewer by name. Title and description only where the viewer may read the item (MyDataService). */
export const ACTION_ITEMS_ASSIGNED: ListSection = {
  name: 'actionItemsAssigned',
  columns: {
    id: 'x.id',
    tableId: 'x.table_id',
    meetingId: 'x.meeting_id',
    agendaItemId: 'x.agenda_item_id',
    decisionId: 'x.decision_id',
    title: 'x.title',
    description: 'x.description',
    assigneeOrganizationId: 'x.assignee_organization_id',
    dueOn: `to_char(x.due_on, 'YYYY-MM-DD')`,
    status: 'x.status',
    createdAt: 'x.created_at',
    completedAt: 'x.completed_at',
  },
  from: 'action_item x WHERE x.assignee_id = $1::uuid',
  at: 'x.created_at',
  key: 'x.id::text',
};

/** The progress updates the viewer posted, in their own words. */
export const ACTION_ITEM_UPDATES: ListSection = {
  name: 'actionItemUpdates',
  columns: {
    id: 'u.id',
    actionItemId: 'u.action_item_id',
    body: 'u.body',
    status: 'u.status',
    createdAt: 'u.created_at',
  },
  from: 'action_item_update u WHERE u.author_id = $1::uuid',
  at: 'u.created_at',
  key: 'u.id::text',
};

/** Rendered in the viewer's language (MyDataService); the stored parameters are read, not written. */
export const NOTIFICATIONS: ListSection = {
  name: 'notifications',
  columns: {
    id: 'n.id',
    kind: 'n.kind',
    _params: 'n.params',
    tableId: 'n.table_id',
    meetingId: 'n.meeting_id',
    subjectId: 'n.subject_id',
    createdAt: 'n.created_at',
    readAt: 'n.read_at',
  },
  from: 'notification n WHERE n.user_id = $1::uuid',
  at: 'n.created_at',
  key: 'n.id::text',
};

/** Sign-in sessions. Never the token itself: only its row. */
export const SESSIONS: ListSection = {
  name: 'sessions',
  columns: {
    id: 's.id',
    createdAt: 's.created_at',
    expiresAt: 's.expires_at',
    revokedAt: 's.revoked_at',
    lastSeenAt: 's.last_seen_at',
    userAgent: 's.user_agent',
  },
  from: 'auth_session s WHERE s.user_id = $1::uuid',
  at: 's.created_at',
  key: 's.id::text',
};

/** What the viewer did, as the audit log recorded it. */
export const AUDIT_EVENTS: ListSection = {
  name: 'auditEvents',
  columns: {
    id: 'a.id',
    action: 'a.action',
    entityType: 'a.entity_type',
    entityId: 'a.entity_id',
    tableId: 'a.table_id',
    at: 'a.at',
  },
  from: 'audit_event a WHERE a.actor_id = $1::uuid',
  at: 'a.at',
  key: 'a.id::text',
};

/** The account itself. Never the password hash nor the calendar feed's secret: only whether a feed is on. */
export const PROFILE_COLUMNS: Record<string, string> = {
  id: 'u.id',
  email: 'u.email',
  displayName: 'u.display_name',
  platformRole: 'u.platform_role',
  locale: 'u.locale',
  timeZone: 'u.time_zone',
  calendarFeedActive: 'u.calendar_secret IS NOT NULL',
  createdAt: 'u.created_at',
  updatedAt: 'u.updated_at',
};

/** Rows per statement: a person with 100,000 notifications is read 500 at a time. */
export const PAGE_SIZE = 500;

const select = (columns: Record<string, string>) =>
  Object.entries(columns)
    .map(([name, sql]) => `${sql} AS "${name}"`)
    .join(', ');

/** The profile's one row. */
export const profileSql = () => `SELECT ${select(PROFILE_COLUMNS)} FROM app_user u WHERE u.id = $1::uuid`;

/**
 * One page of a section, after the row whose order key is ($2, $3) when `after` (keyset paging:
 * each page is an index range, not an OFFSET that rereads what came before). `_at` and `_key`
 * carry the key of the page's rows.
 */
export function pageSql(section: ListSection, after: boolean): string {
  const key = `(${section.key}) COLLATE "C"`;
  const from = after ? `${section.from} AND (${section.at}, ${key}) > ($2::timestamptz, $3::text)` : section.from;
  return `SELECT ${select(section.columns)}, (${section.at})::text AS "_at", ${key} AS "_key"
            FROM ${from}
           ORDER BY ${section.at}, ${key}
           LIMIT ${PAGE_SIZE}`;
}
