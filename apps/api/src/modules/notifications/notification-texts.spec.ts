import { NotificationKind } from '@concertation/shared-domain';
import { NOTIFICATION_TEXTS, type NotificationParamsByKind, renderNotification, timeZoneName } from './notification-texts';

/** Parameters of every kind, as their writers store them. */
const SAMPLES: { [K in NotificationKind]: NotificationParamsByKind[K] } = {
  MEETING_SCHEDULED: {
    meetingTitle: 'Rencontre fictive',
    tableName: 'Table fictive',
    startsAt: '2030-07-08T14:00:00Z',
    location: 'Salle',
    onlineUrl: 'https://example.org',
    seriesCount: 2,
  },
  MEETING_CHANGED: { meetingTitle: 'Rencontre fictive', tableName: 'Table fictive', startsAt: '2030-07-08T14:00:00Z', location: null, onlineUrl: null },
  MEETING_CANCELLED: {
    meetingTitle: 'Rencontre fictive',
    tableName: 'Table fictive',
    startsAt: '2030-07-08T14:00:00Z',
    location: null,
    onlineUrl: null,
    reason: 'Motif fictif',
  },
  AGENDA_PUBLISHED: {
    meetingTitle: 'Rencontre fictive',
    tableName: 'Table fictive',
    startsAt: '2030-07-08T14:00:00Z',
    location: null,
    onlineUrl: null,
    agenda: ['Point fictif'],
  },
  MINUTES_CIRCULATED: { meetingTitle: 'Rencontre fictive' },
  ACTION_ITEM_ASSIGNED: { itemTitle: 'Action fictive', tableName: 'Table fictive', dueOn: '2030-03-01' },
  ACTION_ITEM_DUE: { itemTitle: null, dueOn: '2030-03-01', overdue: true },
  MEMBERSHIP_REQUESTED: { organizationName: 'Organisme fictif', tableName: 'Table fictive', message: 'Message fictif' },
  MEMBERSHIP_DECIDED: { accepted: false, tableName: 'Table fictive', message: null },
  AFFILIATION_REQUESTED: { displayName: 'Personne fictive', organizationName: 'Organisme fictif' },
  AFFILIATION_DECIDED: { accepted: true, organizationName: 'Organisme fictif' },
  REFERRAL_RECEIVED: { fromTableName: 'Table A', toTableName: 'Table B', referralTitle: 'Question fictive', rationale: null },
  REFERRAL_ANSWERED: { answer: 'DECIDED', toTableName: 'Table B', referralTitle: 'Question fictive', outcome: 'ADOPTED', decisionText: 'Texte fictif' },
  CONSULTATION_OPENED: { consultationTitle: 'Consultation fictive', tableName: 'Table fictive', closesAt: '2030-12-12T22:00:00Z' },
  PROTOCOL_PUBLISHED: { protocolTitle: 'Protocole fictif', version: 2, ownerName: 'Table fictive', changeNote: null },
  PROXY_RECEIVED: {
    meetingTitle: 'Rencontre fictive',
    tableName: 'Table fictive',
    startsAt: '2030-07-08T14:00:00Z',
    location: 'Salle fictive',
    onlineUrl: null,
    fromOrganizationName: 'Organisme fictif A',
    toOrganizationName: 'Organisme fictif B',
  },
  SUBSTITUTE_INVITED: {
    meetingTitle: 'Rencontre fictive',
    tableName: 'Table fictive',
    startsAt: '2030-07-08T14:00:00Z',
    location: null,
    onlineUrl: 'https://visio.example.org/fictive',
    organizationName: 'Organisme fictif A',
    senderName: 'Personne fictive',
    note: 'Note fictive',
  },
};

const IANA = /\b(?:America|Europe|Asia|Africa|Pacific|Atlantic|Australia|Etc)\/[A-Za-z_]+/;

describe('notification texts', () => {
  it.each(Object.values(NotificationKind))('%s has a title and a body rule in French and in English', (kind) => {
    for (const locale of ['FR', 'EN'] as const) {
      expect(typeof NOTIFICATION_TEXTS[locale][kind]).toBe('function');
      const text = renderNotification(kind, SAMPLES[kind], { locale, timeZone: 'America/Toronto' });
      expect(text.title.length).toBeGreaterThan(0);
      expect(text.title).not.toMatch(IANA);
      expect(text.body ?? '').not.toMatch(IANA);
      expect(`${text.title}\n${text.body ?? ''}`).not.toContain('undefined');
    }
  });

  it('writes English without French spacing or quotes, and French with a narrow no-break space before ":"', () => {
    for (const kind of Object.values(NotificationKind)) {
      const en = renderNotification(kind, SAMPLES[kind], { locale: 'EN', timeZone: 'America/Toronto' });
      expect(`${en.title}\n${en.body ?? ''}`).not.toMatch(/[ \u00a0\u202f][:;?!]|[«»]/);
      const fr = renderNotification(kind, SAMPLES[kind], { locale: 'FR', timeZone: 'America/Toronto' });
      expect(`${fr.title}\n${fr.body ?? ''}`).not.toMatch(/[^\u202f]:\s/);
    }
  });

  // The web catalogue's glossary (libs/web/i18n/src/lib/glossary.ts): one name for each thing.
  it('names meetings and action items with the words the screens use', () => {
    for (const kind of Object.values(NotificationKind)) {
      const fr = renderNotification(kind, SAMPLES[kind], { locale: 'FR', timeZone: 'America/Toronto' });
      expect(`${fr.title}\n${fr.body ?? ''}`).not.toMatch(/\b(?:réunions?|suivis?|tâches?)\b/i);
      const en = renderNotification(kind, SAMPLES[kind], { locale: 'EN', timeZone: 'America/Toronto' });
      expect(`${en.title}\n${en.body ?? ''}`).not.toMatch(/\b(?:follow-ups?|tasks?)\b/i);
    }
  });

  it('tells instants in the reader’s zone by its name', () => {
    const text = renderNotification(NotificationKind.MEETING_CHANGED, SAMPLES.MEETING_CHANGED, { locale: 'EN', timeZone: 'America/Vancouver' });
    expect(text.body).toContain('7:00');
    expect(text.body).toContain('(Pacific Daylight Time)');
    expect(timeZoneName('America/Toronto', 'FR', new Date('2030-01-08T14:00:00Z'))).toBe('heure normale de l’Est');
  });

  it('reads rows from before parameters as they were written', () => {
    expect(renderNotification('MEETING_CHANGED', { legacy: { title: 'Ancien titre', body: null } }, { locale: 'EN', timeZone: 'America/Toronto' })).toEqual({
      title: 'Ancien titre',
      body: null,
    });
  });
});
