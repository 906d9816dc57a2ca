import type { MeetingBlock } from '../templates/email-content';
import { renderRsvpPage, renderUnsubscribePage } from './index';

const meeting: MeetingBlock = {
  title: 'Rencontre fictive de printemps',
  tableName: 'Table fictive de l’Outaouais',
  startsAt: '2030-07-08T18:00:00Z',
  endsAt: '2030-07-08T19:30:00Z',
  timeZone: 'America/Toronto',
  location: 'Salle fictive 3',
  onlineUrl: 'https://visio.example.test/salle-fictive',
  cancelled: false,
};
const formAction = 'https://api.example.test/rsvp/jeton-fictif';

/** What every page owes its readers: a document in their language, usable on a phone, under one h1. */
function expectDocument(html: string, lang: 'fr' | 'en') {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain(`<html lang="${lang}">`);
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  expect(html).toContain(':focus-visible');
  expect(html).not.toMatch(/<img/i);
}

describe('RSVP page', () => {
  it('asks with the selected answer checked, posts to the form action, and says nothing is recorded yet', () => {
    const html = renderRsvpPage({
      locale: 'FR',
      readerTimeZone: 'America/Vancouver',
      state: 'ask',
      meeting,
      selected: 'TENTATIVE',
      current: 'DECLINED',
      formAction,
    });
    expectDocument(html, 'fr');
    expect(html).toContain(`<form action="${formAction}" method="post">`);
    expect(html.match(/<input type="radio"[^>]*>/g)).toHaveLength(3);
    expect(html.match(/<input[^>]*checked[^>]*>/g)).toEqual([expect.stringContaining('value="TENTATIVE"')]);
    for (const value of ['ATTENDING', 'TENTATIVE', 'DECLINED']) {
      const input = html.match(new RegExp(`<input[^>]*id="response-${value}"[^>]*>`))?.[0] ?? '';
      expect(input).toContain('name="response"');
      expect(input).toContain(`value="${value}"`);
      expect(html).toContain(`<label for="response-${value}">`);
    }
    expect(html).toContain('<fieldset><legend>Serez-vous présent·e à cette rencontre\u202f?</legend>');
    expect(html).toContain('Votre réponse actuelle\u202f: Je ne serai pas présent·e');
    expect(html).toContain('Rien n’est enregistré');
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Confirmer ma réponse</button>');
    expect(html).toContain(meeting.title);
    expect(html).toContain('11 h 00');
    expect(html).toContain('heure avancée du Pacifique');
    expect(html).not.toContain('America/');
  });

  it('asks in English with nothing checked when no answer was chosen', () => {
    const html = renderRsvpPage({ locale: 'EN', readerTimeZone: 'America/Toronto', state: 'ask', meeting, selected: null, current: null, formAction });
    expectDocument(html, 'en');
    expect(html).not.toMatch(/<input[^>]*checked/);
    expect(html).not.toContain('Your current answer');
    expect(html).toContain('Confirm my answer</button>');
    expect(html).toContain('Eastern Daylight Time');
  });

  it('escapes what the meeting holds', () => {
    const html = renderRsvpPage({
      locale: 'FR',
      readerTimeZone: 'America/Toronto',
      state: 'ask',
      meeting: { ...meeting, title: '<script>alert(1)</script>' },
      selected: null,
      current: null,
      formAction,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('confirms a recorded answer with a link to the meeting', () => {
    const html = renderRsvpPage({
      locale: 'EN',
      readerTimeZone: 'America/Toronto',
      state: 'recorded',
      meeting,
      response: 'ATTENDING',
      meetingUrl: 'https://concertation.example.test/m/1',
    });
    expectDocument(html, 'en');
    expect(html).toContain('Answer recorded');
    expect(html).toContain('Your answer: I will attend.');
    expect(html).toContain('<a href="https://concertation.example.test/m/1">View the meeting in Concertation</a>');
    expect(html).not.toContain('<form');
  });

  it('takes no answer for a cancelled or past meeting', () => {
    const html = renderRsvpPage({
      locale: 'FR',
      readerTimeZone: 'America/Toronto',
      state: 'closed',
      meeting: { ...meeting, cancelled: true },
      reason: 'CANCELLED',
    });
    expectDocument(html, 'fr');
    expect(html).toContain('Cette rencontre a été annulée.');
    expect(html).not.toContain('<form');
    expect(renderRsvpPage({ locale: 'EN', readerTimeZone: 'America/Toronto', state: 'closed', meeting, reason: 'PAST' })).toContain('This meeting is over.');
  });

  it('says an unknown link is not valid, and how to answer instead', () => {
    const fr = renderRsvpPage({ locale: 'FR', readerTimeZone: 'America/Toronto', state: 'invalid' });
    expectDocument(fr, 'fr');
    expect(fr).toContain('<h1>Ce lien n’est pas valide</h1>');
    expect(fr).toContain('Connectez-vous');
    expect(fr).not.toContain('<form');
    const en = renderRsvpPage({ locale: 'EN', readerTimeZone: 'America/Toronto', state: 'invalid', signInUrl: 'https://concertation.example.test/connexion' });
    expect(en).toContain('<h1>This link is not valid</h1>');
    expect(en).toContain('<a href="https://concertation.example.test/connexion">Sign in to Concertation</a>');
  });
});

describe('unsubscribe page', () => {
  const preferencesUrl = 'https://concertation.example.test/preferences/avis';

  it('asks with one button that posts', () => {
    const html = renderUnsubscribePage({
      locale: 'FR',
      state: 'ask',
      what: 'le résumé quotidien',
      formAction: 'https://api.example.test/email/unsubscribe/jeton',
      preferencesUrl,
    });
    expectDocument(html, 'fr');
    expect(html).toContain('<form action="https://api.example.test/email/unsubscribe/jeton" method="post">');
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Courriels visés\u202f: le résumé quotidien');
    expect(html).toContain(`<a href="${preferencesUrl}">`);
  });

  it('says what stops, that notifications stay, and how to undo', () => {
    const html = renderUnsubscribePage({ locale: 'EN', state: 'done', what: 'Meeting scheduled', preferencesUrl });
    expectDocument(html, 'en');
    expect(html).toContain('E-mails stopped: Meeting scheduled');
    expect(html).toContain('The notifications stay in Concertation.');
    expect(html).toContain(`<a href="${preferencesUrl}">Turn these e-mails back on in my preferences</a>`);
    expect(html).not.toContain('<form');
  });

  it('says an unknown link is not valid', () => {
    const html = renderUnsubscribePage({ locale: 'EN', state: 'invalid' });
    expectDocument(html, 'en');
    expect(html).toContain('This link is not valid');
    expect(html).not.toContain('<form');
  });
});
