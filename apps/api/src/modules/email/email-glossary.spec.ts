import { DIGEST_NAME, NOTIFICATION_KIND_TEXTS, NotificationKind } from '@concertation/shared-domain';
import { renderRsvpPage, renderUnsubscribePage, type RsvpPage, type UnsubscribePage } from './pages';
import type { Lang, MeetingBlock } from './templates';
import { renderDigestEmail, renderNotificationEmail, renderPasswordResetEmail } from './templates';

/**
 * The words the e-mails and their pages add to what their inputs hold, held to the rules of the
 * notification texts and of the web catalogue's glossary (libs/web/i18n/src/lib/glossary.ts).
 * The fixtures use none of the refused words, so anything found here comes from the templates.
 */
const AVOID: Record<Lang, RegExp> = {
  FR: /\b(?:réunions?|séances?|suivis?|tâches?|comités?|organismes?|comptes? rendus?|renvois?)\b/i,
  EN: /\b(?:follow-ups?|tasks?|committees?|organisations?|gatherings?)\b/i,
};

/** French: narrow no-break space before ':' ';' '?' '!', no-break spaces inside « », typographic apostrophes. English: none of that. */
function typographyFaults(text: string, lang: Lang): string[] {
  const prose = text.replace(/https?:\/\/\S+/g, 'URL');
  const faults: string[] = [];
  if (prose.includes("'")) faults.push('straight apostrophe');
  if (lang === 'FR') {
    if (/[^\u202f]:(?=\s|$)/m.test(prose)) faults.push('colon without a narrow no-break space');
    if (/[^\u202f][;?!]/.test(prose)) faults.push('; ? ! without a narrow no-break space');
    if (/«[^\u00a0]|[^\u00a0]»/.test(prose)) faults.push('« » without no-break spaces');
  } else {
    if (/[ \u00a0\u202f][:;?!]/.test(prose)) faults.push('space before punctuation');
    if (/[«»]/.test(prose)) faults.push('French quotes');
  }
  return faults;
}

/** A page's words: its markup without the stylesheet and the tags. */
function pageText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const meeting: MeetingBlock = {
  title: 'Rencontre fictive',
  tableName: 'Table fictive',
  startsAt: '2030-07-08T18:00:00Z',
  endsAt: '2030-07-08T19:30:00Z',
  timeZone: 'America/Toronto',
  location: 'Salle fictive',
  onlineUrl: 'https://visio.example.test/salle?code=1',
  cancelled: false,
};
const links = {
  objectUrl: 'https://concertation.example.test/o',
  preferencesUrl: 'https://concertation.example.test/p',
  unsubscribeUrl: 'https://api.example.test/u',
};
const rsvp = {
  attending: 'https://api.example.test/r?response=ATTENDING',
  tentative: 'https://api.example.test/r?response=TENTATIVE',
  declined: 'https://api.example.test/r?response=DECLINED',
};

async function everyText(lang: Lang): Promise<string[]> {
  const base = { locale: lang, timeZone: 'America/Vancouver', recipientName: 'Personne Fictive', links };
  const emails = await Promise.all([
    renderNotificationEmail({ ...base, title: 'Titre fictif', body: 'Corps fictif' }),
    renderNotificationEmail({ ...base, title: 'Titre fictif', body: null, meeting, rsvp }),
    renderNotificationEmail({ ...base, title: 'Titre fictif', body: null, meeting: { ...meeting, cancelled: true } }),
    renderDigestEmail({
      ...base,
      preferencesUrl: links.preferencesUrl,
      unsubscribeUrl: links.unsubscribeUrl,
      entries: [{ title: 'Titre fictif', body: null, url: links.objectUrl, createdAt: '2030-07-08T18:00:00Z' }],
    }),
    renderDigestEmail({ ...base, preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl, entries: [] }),
    renderPasswordResetEmail({ locale: lang, recipientName: 'Personne Fictive', link: 'https://concertation.example.test/r?jeton=1' }),
  ]);
  const page = { locale: lang, readerTimeZone: 'America/Vancouver' };
  const rsvpPages: RsvpPage[] = [
    { ...page, state: 'ask', meeting, selected: 'ATTENDING', current: 'TENTATIVE', formAction: 'https://api.example.test/r' },
    { ...page, state: 'recorded', meeting, response: 'DECLINED', meetingUrl: links.objectUrl },
    ...(['CANCELLED', 'ADJOURNED', 'PAST'] as const).map((reason): RsvpPage => ({
      ...page,
      state: 'closed',
      meeting: { ...meeting, cancelled: reason === 'CANCELLED' },
      reason,
    })),
    { ...page, state: 'invalid', signInUrl: links.objectUrl },
  ];
  const unsubscribePages: UnsubscribePage[] = [
    { locale: lang, state: 'ask', what: DIGEST_NAME[lang], formAction: links.unsubscribeUrl, preferencesUrl: links.preferencesUrl },
    { locale: lang, state: 'done', what: NOTIFICATION_KIND_TEXTS[lang].MEETING_SCHEDULED.name, preferencesUrl: links.preferencesUrl },
    { locale: lang, state: 'invalid', signInUrl: links.objectUrl },
  ];
  return [
    ...emails.flatMap((email) => [email.subject, email.text]),
    ...rsvpPages.map((p) => pageText(renderRsvpPage(p))),
    ...unsubscribePages.map((p) => pageText(renderUnsubscribePage(p))),
    ...Object.values(NOTIFICATION_KIND_TEXTS[lang]).flatMap((kind) => [kind.name, kind.description]),
    DIGEST_NAME[lang],
  ];
}

describe.each(['FR', 'EN'] as const)('e-mail and page texts in %s', (lang) => {
  it('use the glossary’s words', async () => {
    for (const text of await everyText(lang)) expect([text.match(AVOID[lang])?.[0], text]).toEqual([undefined, text]);
  });

  it('follow the language’s typography', async () => {
    for (const text of await everyText(lang)) expect([typographyFaults(text, lang), text]).toEqual([[], text]);
  });

  it('name and describe every kind of notification', () => {
    for (const kind of Object.values(NotificationKind)) {
      const { name, description } = NOTIFICATION_KIND_TEXTS[lang][kind];
      expect(name.length).toBeGreaterThan(0);
      expect(description).toMatch(/^[A-ZÀ-Ý].*\.$/);
    }
    expect(Object.keys(NOTIFICATION_KIND_TEXTS[lang]).sort()).toEqual(Object.values(NotificationKind).sort());
  });
});
