import type { DigestEmail, NotificationEmail } from './email-content';
import { renderDigestEmail, renderNotificationEmail, renderPasswordResetEmail } from './index';

const links = {
  objectUrl: 'https://concertation.example.test/rencontres/11111111-1111-4111-8111-111111111111',
  preferencesUrl: 'https://concertation.example.test/preferences/avis',
  unsubscribeUrl: 'https://api.example.test/email/unsubscribe/jeton-fictif',
};

const meeting = {
  title: 'Rencontre fictive de printemps',
  tableName: 'Table fictive de l’Outaouais',
  // 14:00 in Toronto (EDT, UTC−4), 11:00 in Vancouver.
  startsAt: '2030-07-08T18:00:00Z',
  endsAt: '2030-07-08T19:30:00Z',
  timeZone: 'America/Toronto',
  location: 'Salle fictive 3',
  onlineUrl: 'https://visio.example.test/salle-fictive',
  cancelled: false,
};

const rsvp = {
  attending: 'https://api.example.test/rsvp/jeton?response=ATTENDING',
  tentative: 'https://api.example.test/rsvp/jeton?response=TENTATIVE',
  declined: 'https://api.example.test/rsvp/jeton?response=DECLINED',
};

function notification(overrides: Partial<NotificationEmail> = {}): NotificationEmail {
  return {
    locale: 'FR',
    timeZone: 'America/Toronto',
    recipientName: 'Personne Fictive',
    title: 'Action confiée : Rédiger un avis fictif',
    body: 'Table fictive, échéance le 1 mars 2030.',
    links,
    ...overrides,
  };
}

describe('notification e-mail', () => {
  it('writes the subject in French with a narrow no-break space before the colon, and in English without', async () => {
    expect((await renderNotificationEmail(notification({ title: 'Titre fictif' }))).subject).toBe('Concertation\u202f: Titre fictif');
    expect((await renderNotificationEmail(notification({ locale: 'EN', title: 'Fictitious title' }))).subject).toBe('Concertation: Fictitious title');
  });

  it('declares its language, holds no image, and hides a preview text', async () => {
    const fr = await renderNotificationEmail(notification());
    expect(fr.html).toMatch(/<html[^>]* lang="fr"/);
    expect(fr.html).not.toMatch(/<img/i);
    expect(fr.html).toContain('data-skip-in-text="true"');
    expect(fr.html).toContain('Bonjour Personne Fictive,');
    expect(fr.html).toContain('Ne plus recevoir ces courriels');
    const en = await renderNotificationEmail(notification({ locale: 'EN', title: 'Action item assigned: Fictitious' }));
    expect(en.html).toMatch(/<html[^>]* lang="en"/);
    expect(en.html).toContain('Hello Personne Fictive,');
    expect(en.html).toContain('Stop these e-mails');
    expect(en.html).toContain('Open in Concertation');
  });

  it('escapes what the input holds', async () => {
    const content = await renderNotificationEmail(notification({ title: '<script>alert(1)</script>', body: '<b>gras</b>' }));
    expect(content.html).not.toContain('<script>');
    expect(content.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(content.html).not.toContain('<b>gras</b>');
  });

  it('gives the full addresses of the object, the preferences and the unsubscribe page in the plain text', async () => {
    const { text } = await renderNotificationEmail(notification());
    expect(text).toContain(links.objectUrl);
    expect(text).toContain(links.preferencesUrl);
    expect(text).toContain(links.unsubscribeUrl);
    expect(text).toContain('Action confiée : Rédiger un avis fictif');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('tells a meeting’s time in the reader’s zone, by its name', async () => {
    const en = await renderNotificationEmail(notification({ locale: 'EN', timeZone: 'America/Vancouver', title: 'New meeting: Fictitious', meeting }));
    expect(en.text).toMatch(/11:00\sa\.m\.\s?–\s?12:30\sp\.m\./);
    expect(en.text).toContain('(Pacific Daylight Time)');
    expect(en.text).not.toContain('America/');
    const fr = await renderNotificationEmail(notification({ timeZone: 'America/Toronto', meeting }));
    expect(fr.text).toMatch(/14\sh\s00/);
    expect(fr.text).toContain('(heure avancée de l’Est)');
    expect(fr.text).toContain('Lieu\u202f: Salle fictive 3');
    expect(fr.text).toContain(meeting.onlineUrl);
    expect(fr.html).toContain('Rejoindre la rencontre en ligne');
  });

  it('offers the three answers with their links, and says the answer can be changed', async () => {
    const fr = await renderNotificationEmail(notification({ meeting, rsvp }));
    for (const words of ['Je serai présent·e', 'Peut-être', 'Je ne serai pas présent·e', 'Vous pourrez la changer plus tard']) expect(fr.html).toContain(words);
    for (const url of Object.values(rsvp)) expect(fr.text).toContain(url);
    const en = await renderNotificationEmail(notification({ locale: 'EN', meeting, rsvp }));
    for (const words of ['I will attend', 'Maybe', 'I will not attend', 'You can change it later']) expect(en.html).toContain(words);
  });

  it('marks a cancelled meeting and takes no more answers for it', async () => {
    const fr = await renderNotificationEmail(notification({ meeting: { ...meeting, cancelled: true }, rsvp }));
    expect(fr.html).toContain('Annulée');
    expect(fr.text).not.toContain(rsvp.attending);
    const en = await renderNotificationEmail(notification({ locale: 'EN', meeting: { ...meeting, cancelled: true } }));
    expect(en.html).toContain('Cancelled');
  });
});

describe('digest e-mail', () => {
  const digest = (overrides: Partial<DigestEmail> = {}): DigestEmail => ({
    locale: 'FR',
    timeZone: 'America/Toronto',
    recipientName: 'Personne Fictive',
    preferencesUrl: links.preferencesUrl,
    unsubscribeUrl: links.unsubscribeUrl,
    entries: [
      { title: 'Deuxième avis fictif', body: 'Corps fictif B', url: 'https://concertation.example.test/b', createdAt: '2030-07-08T15:00:00Z' },
      { title: 'Premier avis fictif', body: null, url: 'https://concertation.example.test/a', createdAt: '2030-07-08T13:00:00Z' },
      { title: 'Troisième avis fictif', body: 'Corps fictif C', url: 'https://concertation.example.test/c', createdAt: '2030-07-08T20:00:00Z' },
    ],
    ...overrides,
  });

  it('counts its entries and lists them oldest first, each linked', async () => {
    const fr = await renderDigestEmail(digest());
    expect(fr.subject).toBe('Concertation\u202f: résumé quotidien, 3 nouveaux avis');
    expect(fr.html).toContain('3 nouveaux avis');
    const order = ['Premier', 'Deuxième', 'Troisième'].map((word) => fr.text.indexOf(`${word} avis fictif`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const letter of ['a', 'b', 'c']) expect(fr.text).toContain(`https://concertation.example.test/${letter}`);
    expect(fr.text).toContain(links.preferencesUrl);
    expect(fr.text).toContain(links.unsubscribeUrl);
    expect(fr.text).toContain('heure avancée de l’Est');
  });

  it('speaks English to English readers', async () => {
    const en = await renderDigestEmail(digest({ locale: 'EN', entries: digest().entries.slice(0, 1) }));
    expect(en.subject).toBe('Concertation: daily digest, 1 new notification');
    expect(en.html).toMatch(/<html[^>]* lang="en"/);
    expect(en.html).toContain('Stop these e-mails');
    expect(en.html).not.toMatch(/<img/i);
  });
});

describe('password-reset e-mail', () => {
  const link = 'https://concertation.example.test/mot-de-passe/reinitialiser?jeton=jeton-fictif';

  it('holds the link and nothing about notification preferences', async () => {
    const fr = await renderPasswordResetEmail({ locale: 'FR', recipientName: 'Personne Fictive', link });
    expect(fr.subject).toBe('Concertation\u202f: réinitialisez votre mot de passe');
    expect(fr.html).toMatch(/<html[^>]* lang="fr"/);
    expect(fr.text).toContain(link);
    expect(fr.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
    expect(fr.text).not.toContain('Ne plus recevoir');
    expect(fr.html).not.toMatch(/<img/i);
    const en = await renderPasswordResetEmail({ locale: 'EN', recipientName: 'Personne Fictive', link });
    expect(en.subject).toBe('Concertation: reset your password');
    expect(en.text).toContain(link);
    expect(en.text).not.toContain('Stop these e-mails');
  });
});
