import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings, their agendas, invitations (RSVP), attendance, and the files attached to agenda items. */
export class Meetings1764400000000 implements MigrationInterface {
  name = 'Meetings1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES round_table(id),
        -- shared by the meetings created from one recurrence rule
        series_id uuid,
        title varchar(200) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'SCHEDULED', 'IN_PROGRESS', 'ADJOURNED', 'CANCELLED')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone varchar(64) NOT NULL,
        location varchar(500),
        online_url varchar(1000),
        agenda_published_at timestamptz,
        current_item_id uuid,
        cancelled_reason text,
        -- iCalendar SEQUENCE: grows with every change a calendar must pick up
        sequence integer NOT NULL DEFAULT 0,
        created_by_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      );
      CREATE INDEX meeting_table_starts_idx ON meeting(table_id, starts_at);
      CREATE INDEX meeting_starts_idx ON meeting(starts_at);
      CREATE INDEX meeting_series_idx ON meeting(series_id) WHERE series_id IS NOT NULL;

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        -- 1..n within the meeting, kept contiguous by the service
        position integer NOT NULL CHECK (position > 0),
        title varchar(200) NOT NULL,
        description text,
        kind varchar(16) NOT NULL DEFAULT 'DISCUSSION' CHECK (kind IN ('INFORMATION', 'DISCUSSION', 'DECISION')),
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'IN_PROGRESS', 'DONE', 'DEFERRED')),
        confidentiality varchar(16) NOT NULL DEFAULT 'MEMBERS' CHECK (confidentiality IN ('MEMBERS', 'IN_CAMERA')),
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
        presenter_id uuid REFERENCES app_user(id),
        presenter_organization_id uuid REFERENCES organization(id),
        carried_over_from_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        -- the item's part of the minutes
        notes text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX agenda_item_meeting_idx ON agenda_item(meeting_id, position);
      ALTER TABLE meeting ADD CONSTRAINT meeting_current_item_fk
        FOREIGN KEY (current_item_id) REFERENCES agenda_item(id) ON DELETE SET NULL;

      CREATE TABLE rsvp (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES table_participant(id) ON DELETE CASCADE,
        response varchar(16) NOT NULL CHECK (response IN ('ATTENDING', 'TENTATIVE', 'DECLINED')),
        responded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, participant_id)
      );

      CREATE TABLE attendance (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        -- the organization the person sat for when attendance was taken
        organization_id uuid REFERENCES organization(id),
        status varchar(16) NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, user_id)
      );

      -- A file uploaded with POST /uploads; it becomes an attachment once attached to an agenda item.
      -- Its bytes live in file_chunk, so that a download streams chunk by chunk.
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uploaded_by_id uuid NOT NULL REFERENCES app_user(id),
        file_name varchar(255) NOT NULL,
        content_type varchar(127) NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE CASCADE,
        attached_at timestamptz
      );
      CREATE INDEX stored_file_agenda_item_idx ON stored_file(agenda_item_id) WHERE agenda_item_id IS NOT NULL;
      CREATE INDEX stored_file_unattached_idx ON stored_file(uploaded_at) WHERE agenda_item_id IS NULL;

      CREATE TABLE file_chunk (
        file_id uuid NOT NULL REFERENCES stored_file(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (file_id, seq)
      );

      ALTER TABLE notification ADD COLUMN meeting_id uuid REFERENCES meeting(id) ON DELETE SET NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification DROP COLUMN meeting_id;
      DROP TABLE file_chunk, stored_file, attendance, rsvp;
      ALTER TABLE meeting DROP CONSTRAINT meeting_current_item_fk;
      DROP TABLE agenda_item, meeting;
    `);
  }
}
