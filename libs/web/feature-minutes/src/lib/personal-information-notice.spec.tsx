import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@concertation/web-testing';
import type { Language } from '@concertation/web-i18n';
import { MinutesTextEditor } from './minutes-text-editor';
import { shortExcerpt } from './personal-information-notice';

// Every number and address below is made up.
const HEALTH_CARD = 'Carte TREM 8503 1512 présentée.';

function renderEditor(language: Language, text = '') {
  const save = vi.fn(async (_version: number, saved: string) => ({ text: saved, version: 2 }));
  const label = language === 'fr' ? 'Texte du résumé' : 'Summary text';
  renderWithProviders(
    <MinutesTextEditor label={label} server={{ text, version: 1 }} save={save} fetchLatest={async () => null} autosaveDelayMs={10} privacyCheckDelayMs={10} />,
    { language },
  );
  const field = screen.getByLabelText(label) as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.change(field, { target: { value } });
  return { field, save, type, status: () => screen.getAllByRole('status').find((node) => node.classList.contains('personal-information-live')) as HTMLElement };
}

const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('shortExcerpt', () => {
  it('keeps the first and last characters of a long excerpt around a short mask', () => {
    expect(shortExcerpt('T************2')).toBe('T***…2');
    expect(shortExcerpt('a***b')).toBe('a***b');
  });
});

describe('personal information beside a text of the minutes', () => {
  it('warns in French as one types, describes the field with it, announces it once, and still saves', async () => {
    const { field, save, type, status } = renderEditor('fr');
    expect(screen.queryByText(/semble contenir/)).toBeNull();
    expect(describedBy(field)).not.toMatch(/semble contenir/);

    type(`Le jeune fictif a montré sa ${HEALTH_CARD}`);
    expect(await screen.findByText('Ce texte semble contenir un numéro d’assurance maladie (T***…2).')).toBeInTheDocument();
    expect(screen.getByText('Les procès-verbaux ne doivent jamais permettre d’identifier une personne.')).toBeInTheDocument();
    expect(describedBy(field)).toContain('Ce texte semble contenir un numéro d’assurance maladie (T***…2).');
    expect(status()).toHaveTextContent(
      'Ce texte semble contenir un numéro d’assurance maladie. Les procès-verbaux ne doivent jamais permettre d’identifier une personne.',
    );
    // Saving is never refused for it.
    await waitFor(() => expect(save).toHaveBeenCalledWith(1, `Le jeune fictif a montré sa ${HEALTH_CARD}`));
    expect(await screen.findByText(/^Enregistré à/)).toBeInTheDocument();
  });

  it('lists several matches, speaks only when the kinds found change, and says when none is left', async () => {
    const { field, type, status } = renderEditor('fr');
    type('Rappeler le 514 555-0199.');
    await screen.findByText('Ce texte semble contenir un numéro de téléphone (5***…9).');
    const live = status();
    expect(live).toHaveTextContent('Ce texte semble contenir un numéro de téléphone.');

    // Typing on, even a second number of the same kind, does not speak again.
    const spoken: string[] = [];
    const observer = new MutationObserver(() => spoken.push(live.textContent ?? ''));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    type('Rappeler le 514 555-0199 ou le 418 555-0142.');
    await screen.findByText('Ce texte semble contenir des renseignements personnels :');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['un numéro de téléphone (5***…9)', 'un numéro de téléphone (4***…2)']);
    expect(spoken).toEqual([]);

    // A new kind is announced, both kinds named.
    type('Rappeler le 514 555-0199 ou écrire à famille.fictive@exemple.test.');
    await screen.findByText('une adresse courriel (f***…t)');
    await waitFor(() => expect(live).toHaveTextContent('Ce texte semble contenir un numéro de téléphone et une adresse courriel.'));
    observer.disconnect();

    type('Rappeler la famille fictive la semaine prochaine.');
    await waitFor(() => expect(live).toHaveTextContent('Plus aucun renseignement personnel repéré dans ce texte.'));
    expect(screen.queryByText(/semble contenir/)).toBeNull();
    expect(describedBy(field)).not.toMatch(/semble contenir/);
  });

  it('counts what it does not list', async () => {
    const { type } = renderEditor('fr');
    type(['514 555-0101', '514 555-0102', '514 555-0103', '514 555-0104', '514 555-0105', '514 555-0106', '514 555-0107'].join(', '));
    expect(await screen.findByText('… et 2 autres.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('shows what the saved text already holds at once, without announcing it', () => {
    const { field, status } = renderEditor('fr', `Résumé fictif. ${HEALTH_CARD}`);
    expect(screen.getByText('Ce texte semble contenir un numéro d’assurance maladie (T***…2).')).toBeInTheDocument();
    expect(describedBy(field)).toContain('Ce texte semble contenir un numéro d’assurance maladie (T***…2).');
    expect(status()).toHaveTextContent('');
  });

  it('says nothing about ordinary minutes', async () => {
    const { type } = renderEditor('fr');
    type('Rencontre du 2024-03-12 à 14 h 30, salle 2.14 : art. 38 LPJ, 12 500 $ et 37 % des signalements.');
    await screen.findByText(/^Enregistré à/);
    expect(screen.queryByText(/semble contenir/)).toBeNull();
  });

  it('warns in English', async () => {
    const { type, status } = renderEditor('en');
    type('Born on April 12, 2010; reach the family at family.fictional@example.test.');
    expect(await screen.findByText('This text seems to contain personal information:')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['a date of birth (A***…0)', 'an email address (f***…t)']);
    expect(screen.getByText('Minutes must never make it possible to identify a person.')).toBeInTheDocument();
    await waitFor(() => expect(status()).toHaveTextContent('This text seems to contain a date of birth and an email address.'));

    type(HEALTH_CARD);
    expect(await screen.findByText('This text seems to contain a health insurance number (T***…2).')).toBeInTheDocument();
  });
});
