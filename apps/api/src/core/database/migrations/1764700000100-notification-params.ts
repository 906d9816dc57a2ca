import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications stored as their kind and parameters instead of a French sentence, so that each
 * reader reads them in their own language. Existing rows keep their text as `legacy`; where the
 * text's known wording gives the parameters back, they are stored beside it and the row reads in
 * either language. This migration parses the wording of its time: it is not to follow later texts.
 */
export class NotificationParams1764700000100 implements MigrationInterface {
  name = 'NotificationParams1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb`);
    const rows: Array<{ id: string; kind: string; title: string; body: string | null }> = await q.query(`SELECT id, kind, title, body FROM notification`);
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500).map((row) => ({ id: row.id, params: legacyNotificationParams(row.kind, row.title, row.body) }));
      await q.query(
        `UPDATE notification n SET params = b.params
           FROM jsonb_to_recordset($1::jsonb) AS b(id uuid, params jsonb)
          WHERE n.id = b.id`,
        [JSON.stringify(batch)],
      );
    }
    await q.query(`ALTER TABLE notification DROP COLUMN title, DROP COLUMN body`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN title varchar NOT NULL DEFAULT '', ADD COLUMN body text`);
    await q.query(`UPDATE notification SET title = COALESCE(params->'legacy'->>'title', kind), body = params->'legacy'->>'body'`);
    await q.query(`ALTER TABLE notification ALTER COLUMN title DROP DEFAULT, DROP COLUMN params`);
  }
}

type Params = Record<string, unknown>;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Any space French typography put before a colon or inside quotes: normal, no-break, narrow no-break. */
const S = '[ \\u00a0\\u202f]';
const COLON = `${S}?:${S}`;

function match(text: string | null, pattern: string): RegExpMatchArray | null {
  return text === null ? null : new RegExp(`^${pattern}$`, 'su').exec(text);
}

/** « 1 mars 2030 » (fr-CA, dateStyle long) as 2030-03-01. */
function frenchDay(text: string): string | null {
  const m = new RegExp(`^(\\d{1,2})(?:er)?${S}(\\p{L}+)${S}(\\d{4})$`, 'u').exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The UTC instant of a wall-clock time in a zone (two passes cover a change of offset). */
function zonedInstant(day: string, hour: number, minute: number, timeZone: string): string | null {
  try {
    const wall = Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const offsetAt = (at: number) => {
      const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
      return Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`) - at;
    };
    let at = wall - offsetAt(wall);
    at = wall - offsetAt(at);
    return Number.isNaN(at) ? null : new Date(at).toISOString();
  } catch {
    return null;
  }
}

/** « mardi 12 janvier 2027 à 09 h 00 » or « 12 janvier 2027 à 09 h 00 », read in `timeZone`. */
function frenchInstant(text: string, timeZone: string): string | null {
  const m = new RegExp(`^(?:\\p{L}+${S})?(.+?)${S}à${S}(\\d{1,2})${S}h${S}(\\d{2})$`, 'u').exec(text.trim());
  const day = m ? frenchDay(m[1]) : null;
  return m && day ? zonedInstant(day, Number(m[2]), Number(m[3]), timeZone) : null;
}

/** A meeting notice's body: its details, then what follows a blank line. */
function meetingFacts(title: string | null, body: string | null): { facts: Params; rest: string | null } | null {
  if (!title || !body) return null;
  const [head, ...more] = body.split('\n\n');
  const lines = head.split('\n');
  const field = (label: string) => {
    const line = lines.find((l) => new RegExp(`^${label}${COLON}`, 'u').test(l));
    return line ? line.replace(new RegExp(`^${label}${COLON}`, 'u'), '') : null;
  };
  const tableName = field('Table');
  const date = field('Date');
  const when = date ? new RegExp(`^(.+?)${S}\\((?:fuseau${S})?([A-Za-z_]+/[A-Za-z_/-]+)\\)$`, 'u').exec(date) : null;
  const startsAt = when ? frenchInstant(when[1], when[2]) : null;
  if (!tableName || !startsAt) return null;
  return { facts: { meetingTitle: title, tableName, startsAt, location: field('Lieu'), onlineUrl: field('En ligne') }, rest: more.length ? more.join('\n\n') : null };
}

const OUTCOMES: Record<string, string> = { Adoptée: 'ADOPTED', Rejetée: 'REJECTED', Consensus: 'CONSENSUS', Reportée: 'DEFERRED' };

/** The parameters the text of one kind gives back, or null where its wording is not the known one. */
function parse(kind: string, title: string, body: string | null): Params | null {
  let m: RegExpMatchArray | null;
  switch (kind) {
    case 'MEETING_SCHEDULED': {
      const t = match(title, `Nouvelle réunion${COLON}(.+)`);
      const f = meetingFacts(t?.[1] ?? null, body);
      if (!f) return null;
      const series = f.rest ? new RegExp(`^Série de (\\d+) réunions`, 'u').exec(f.rest) : null;
      const { facts } = f;
      return { ...facts, seriesCount: series ? Number(series[1]) : 1 };
    }
    case 'MEETING_CHANGED': {
      const f = meetingFacts(match(title, `Réunion modifiée${COLON}(.+)`)?.[1] ?? null, body);
      if (!f) return null;
      const { facts } = f;
      return facts;
    }
    case 'MEETING_CANCELLED': {
      const f = meetingFacts(match(title, `Réunion annulée${COLON}(.+)`)?.[1] ?? null, body);
      if (!f) return null;
      const { facts, rest } = f;
      return { ...facts, reason: rest ? (match(rest, `Motif${COLON}(.+)`)?.[1] ?? null) : null };
    }
    case 'AGENDA_PUBLISHED': {
      const f = meetingFacts(match(title, `Ordre du jour publié${COLON}(.+)`)?.[1] ?? null, body);
      if (!f) return null;
      const { facts, rest } = f;
      return { ...facts, agenda: rest ? rest.split('\n').map((line) => line.replace(/^\d+\.\s/, '')) : [] };
    }
    case 'MINUTES_CIRCULATED':
      m = match(title, `Procès-verbal diffusé${COLON}(.+)`);
      return m ? { meetingTitle: m[1] } : null;
    case 'ACTION_ITEM_ASSIGNED': {
      m = match(title, `Une action vous a été confiée \\((.+)\\)`);
      if (m) return { itemTitle: null, tableName: m[1], dueOn: null };
      const t = match(title, `Action confiée${COLON}(.+)`);
      const due = match(body, `(.+), échéance le (.+)\\.`);
      if (t && due && frenchDay(due[2])) return { itemTitle: t[1], tableName: due[1], dueOn: frenchDay(due[2]) };
      const plain = match(body, `(.+)\\.`);
      return t && plain ? { itemTitle: t[1], tableName: plain[1], dueOn: null } : null;
    }
    case 'ACTION_ITEM_DUE': {
      m = match(title, `Une action (était|est) due le (.+)`);
      if (m) return frenchDay(m[2]) ? { itemTitle: null, dueOn: frenchDay(m[2]), overdue: m[1] === 'était' } : null;
      const t = match(title, `(En retard|Échéance proche)${COLON}(.+)`);
      const due = match(body, `Cette action (?:était|est) due le (.+)\\.`);
      return t && due && frenchDay(due[1]) ? { itemTitle: t[2], dueOn: frenchDay(due[1]), overdue: t[1] === 'En retard' } : null;
    }
    case 'MEMBERSHIP_REQUESTED': {
      const b = match(body, `(.+?) demande à se joindre à «${S}?(.+?)${S}?»\\.(?:\\n\\n(.+))?`);
      return b && match(title, `Demande d’adhésion de (.+)`) ? { organizationName: b[1], tableName: b[2], message: b[3] ?? null } : null;
    }
    case 'MEMBERSHIP_DECIDED':
      m = match(title, `Adhésion (acceptée|refusée)${COLON}(.+)`);
      return m ? { accepted: m[1] === 'acceptée', tableName: m[2], message: body } : null;
    case 'AFFILIATION_REQUESTED':
      m = match(body, `(.+?) (?:indique travailler|dit travailler|says they work) (?:pour|for) (.+)\\.`);
      return m ? { displayName: m[1], organizationName: m[2] } : null;
    case 'AFFILIATION_DECIDED': {
      m = match(body, `Votre (?:demande d’)?affiliation à (.+) a été (confirmée|refusée)\\.`);
      if (m) return { accepted: m[2] === 'confirmée', organizationName: m[1] };
      m = match(body, `Your affiliation with (.+) has been (confirmed|declined)\\.`);
      return m ? { accepted: m[2] === 'confirmed', organizationName: m[1] } : null;
    }
    case 'REFERRAL_RECEIVED': {
      const t = match(title, `Référence reçue de (.+?)${COLON}(.+)`);
      const b = match(body, `«${S}?(.+?)${S}?» soumet une question à «${S}?(.+?)${S}?»\\.(?:\\n\\n(.+))?`);
      return t && b ? { fromTableName: b[1], toTableName: b[2], referralTitle: t[2], rationale: b[3] ?? null } : null;
    }
    case 'REFERRAL_ANSWERED': {
      m = match(title, `Une référence a été refusée par (.+)`);
      if (m) return { answer: 'DECLINED', toTableName: m[1], referralTitle: null, response: null };
      m = match(title, `Une décision a été prise par (.+) sur une référence`);
      if (m)
        return { answer: 'DECIDED', toTableName: m[1], referralTitle: null, outcome: null, decisionText: null };
      m = match(title, `Référence refusée par (.+?)${COLON}(.+)`);
      if (m) {
        const standard = match(body, `«${S}?.+?${S}?» a refusé cette référence\\.`);
        return { answer: 'DECLINED', toTableName: m[1], referralTitle: m[2], response: standard ? null : body };
      }
      m = match(title, `Décision de (.+?) sur la référence${COLON}(.+)`);
      if (m) {
        if (body === 'Décision prise à huis clos.') return { answer: 'DECIDED', toTableName: m[1], referralTitle: m[2], outcome: null, decisionText: null };
        const d = match(body, `(\\p{L}+)${COLON}(.+)`);
        return d && OUTCOMES[d[1]] ? { answer: 'DECIDED', toTableName: m[1], referralTitle: m[2], outcome: OUTCOMES[d[1]], decisionText: d[2] } : null;
      }
      return null;
    }
    case 'CONSULTATION_OPENED': {
      const t = match(title, `Consultation${COLON}(.+)`);
      const b = match(body, `(.+) sollicite l’avis de votre organisation jusqu’au (.+?) \\(heure de l’Est\\)\\.`);
      const closesAt = b ? frenchInstant(b[2], 'America/Toronto') : null;
      return t && b && closesAt ? { consultationTitle: t[1], tableName: b[1], closesAt } : null;
    }
    case 'PROTOCOL_PUBLISHED': {
      const t = match(title, `Nouveau protocole${COLON}(.+)`) ?? match(title, `Protocole mis à jour${COLON}(.+) \\(version \\d+\\)`);
      const b = match(body, `Version (\\d+) publiée par «${S}?(.+?)${S}?»\\.(?:\\n\\n(.+))?`);
      return t && b ? { protocolTitle: t[1], version: Number(b[1]), ownerName: b[2], changeNote: b[3] ?? null } : null;
    }
    default:
      return null;
  }
}

/** A stored notification's parameters from its old text: those its wording gives back, and always the text itself. */
export function legacyNotificationParams(kind: string, title: string, body: string | null): Params {
  return { ...(parseOrNull(kind, title, body) ?? {}), legacy: { title, body } };
}

function parseOrNull(kind: string, title: string, body: string | null): Params | null {
  try {
    return parse(kind, title, body);
  } catch {
    return null;
  }
}
