import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EditMinutesDocument, MinutesMeetingEventsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { conflictError, editedMinutes, minutesMeeting, minutesQuery, noMinutesEvents, withNotes } from '../testing/minutes-fixtures';
import { LiveMinutesPanel } from './live-minutes-panel';

const base = minutesMeeting();
const label = 'Notes du procès-verbal : Mot de bienvenue';
const edit = (expectedVersion: number, notes: string, agendaItemId = 'item-1') => ({
  query: EditMinutesDocument,
  variables: { meetingId: 'meeting-1', expectedVersion, input: { itemNotes: [{ agendaItemId, notes }] } },
});
const render = (mocks: unknown[], autosaveDelayMs = 30, role: 'SECRETARY' | 'OBSERVER' = 'SECRETARY') =>
  renderWithProviders(<LiveMinutesPanel meetingId="meeting-1" currentItemId="item-1" autosaveDelayMs={autosaveDelayMs} />, {
    mocks: mocks as never,
    me: viewer({ id: role === 'SECRETARY' ? 'user-camille' : 'user-sam' }),
  });

describe('the minutes panel of the live room', () => {
  it('saves the notes of the current item after a pause in typing, and says when', async () => {
    const saved = withNotes(base, 'item-1', 'Accueil des membres.', 2);
    render([minutesQuery(base), noMinutesEvents, { request: edit(1, 'Accueil des membres.'), result: { data: { editMinutes: editedMinutes(saved, 2) } } }]);

    const notes = await screen.findByLabelText(label);
    fireEvent.change(notes, { target: { value: 'Accueil des membres.' } });
    expect(await screen.findByText('Modifications non enregistrées')).toBeInTheDocument();
    expect(await screen.findByText(/^Enregistré à \d/)).toBeInTheDocument();
    expect((notes as HTMLTextAreaElement).value).toBe('Accueil des membres.');
  });

  it('on a CONFLICT, stops, compares both texts and saves the merge against the new version', async () => {
    const first = withNotes(base, 'item-1', 'Premier jet', 2);
    const theirs = withNotes(base, 'item-1', 'Texte de Sam', 3);
    const merged = '——— Leur version ———\nTexte de Sam\n\n——— Votre version ———\nPremier jet, suite';
    const resolvedText = 'Texte de Sam\nPremier jet, suite';
    const mocks = [
      minutesQuery(base),
      noMinutesEvents,
      { request: edit(1, 'Premier jet'), result: { data: { editMinutes: editedMinutes(first, 2) } } },
      // Sam saved version 3 in between: the second save is refused.
      { request: edit(2, 'Premier jet, suite'), result: conflictError },
      minutesQuery(theirs),
      { request: edit(3, resolvedText), result: { data: { editMinutes: editedMinutes(withNotes(base, 'item-1', resolvedText, 4), 4) } } },
    ];
    render(mocks, 10_000);

    const notes = await screen.findByLabelText(label);
    fireEvent.change(notes, { target: { value: 'Premier jet' } });
    fireEvent.blur(notes);
    expect(await screen.findByText(/^Enregistré à \d/)).toBeInTheDocument();

    fireEvent.change(notes, { target: { value: 'Premier jet, suite' } });
    fireEvent.blur(notes);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Quelqu’un d’autre a enregistré ce texte avant vous.');
    expect(screen.getByText('Enregistrement automatique suspendu.')).toBeInTheDocument();
    // Nothing typed is lost.
    expect((notes as HTMLTextAreaElement).value).toBe('Premier jet, suite');

    fireEvent.click(screen.getByRole('button', { name: 'Comparer' }));
    const comparison = screen.getByRole('group', { name: 'Comparaison des deux versions' });
    expect(within(comparison).getByText('Leur version (enregistrée)')).toBeInTheDocument();
    expect(within(comparison).getByText('Texte de Sam')).toBeInTheDocument();
    expect(within(comparison).getByText('Votre version (non enregistrée)')).toBeInTheDocument();
    expect(within(comparison).getByText('Premier jet, suite')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Fusionner' }));
    const mergeBox = screen.getByLabelText('Texte fusionné') as HTMLTextAreaElement;
    expect(mergeBox.value).toBe(merged);
    fireEvent.change(mergeBox, { target: { value: resolvedText } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la fusion' }));

    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await screen.findByText(/^Enregistré à \d/)).toBeInTheDocument();
    expect((screen.getByLabelText(label) as HTMLTextAreaElement).value).toBe(resolvedText);
  });

  it('keeps my version only after a confirmation, saved against the version that won', async () => {
    const theirs = withNotes(base, 'item-1', 'Texte de Sam', 2);
    const mocks = [
      minutesQuery(base),
      noMinutesEvents,
      { request: edit(1, 'Mon texte'), result: conflictError },
      minutesQuery(theirs),
      { request: edit(2, 'Mon texte'), result: { data: { editMinutes: editedMinutes(withNotes(base, 'item-1', 'Mon texte', 3), 3) } } },
    ];
    render(mocks, 10_000);
    const notes = await screen.findByLabelText(label);
    fireEvent.change(notes, { target: { value: 'Mon texte' } });
    fireEvent.blur(notes);
    await screen.findByRole('alert');

    fireEvent.click(screen.getByRole('button', { name: 'Garder ma version' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remplacer leur version par la vôtre ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Garder ma version' }));
    expect(await screen.findByText(/^Enregistré à \d/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText(label) as HTMLTextAreaElement).value).toBe('Mon texte');
  });

  it('a live change to the same item while I have unsaved text raises the conflict; taking theirs replaces mine', async () => {
    const theirs = withNotes(base, 'item-1', 'Texte de Sam', 2);
    const event = {
      request: { query: MinutesMeetingEventsDocument, variables: { meetingId: 'meeting-1' } },
      delay: 300,
      result: {
        data: {
          meetingEvents: {
            __typename: 'MeetingEvent',
            kind: 'MINUTES_CHANGED',
            at: new Date().toISOString(),
            actor: theirs.table.participants[1].user,
            meeting: theirs,
          },
        },
      },
    };
    render([minutesQuery(base), event], 10_000);
    const notes = await screen.findByLabelText(label);
    fireEvent.change(notes, { target: { value: 'Mon brouillon' } });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Quelqu’un d’autre a enregistré ce texte avant vous.');
    expect((notes as HTMLTextAreaElement).value).toBe('Mon brouillon');

    fireEvent.click(screen.getByRole('button', { name: 'Prendre la leur' }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Abandonner votre version ?' })).getByRole('button', { name: 'Prendre la leur' }));
    await waitFor(() => expect((screen.getByLabelText(label) as HTMLTextAreaElement).value).toBe('Texte de Sam'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('previews the notes as they will read, in tabs the keyboard can switch', async () => {
    const text = '## Tour de table\n\n- **Police** : présente';
    // Leaving the field saves it, as before the tabs.
    render(
      [
        minutesQuery(base),
        noMinutesEvents,
        { request: edit(1, text), result: { data: { editMinutes: editedMinutes(withNotes(base, 'item-1', text, 2), 2) } } },
      ],
      10_000,
    );
    const notes = await screen.findByLabelText(label);
    fireEvent.change(notes, { target: { value: text } });

    const write = screen.getByRole('tab', { name: 'Écrire' });
    const preview = screen.getByRole('tab', { name: 'Aperçu' });
    expect(screen.getByRole('tablist', { name: 'Écrire ou prévisualiser' })).toBeInTheDocument();
    expect(write).toHaveAttribute('aria-selected', 'true');
    expect(notes).toBeVisible();

    write.focus();
    fireEvent.keyDown(write, { key: 'ArrowRight' });
    expect(preview).toHaveFocus();
    expect(preview).toHaveAttribute('aria-selected', 'true');
    const shown = screen.getByRole('tabpanel', { name: 'Aperçu' });
    // A « # » in the notes is an h3 here, like the item's own sub-headings; « ## » comes under it.
    expect(within(shown).getByRole('heading', { level: 4, name: 'Tour de table' })).toBeInTheDocument();
    expect(within(shown).getByText('Police').tagName).toBe('STRONG');
    expect(shown.textContent).not.toContain('##');
    // The text being written is kept while the preview shows.
    expect(notes).not.toBeVisible();
    expect((notes as HTMLTextAreaElement).value).toContain('## Tour de table');

    fireEvent.keyDown(preview, { key: 'ArrowLeft' });
    expect(write).toHaveFocus();
    expect(notes).toBeVisible();
  });

  it('shows the notes read-only to those who may not edit the minutes, formatted', async () => {
    const observed = withNotes(minutesMeeting({}, 'OBSERVER'), 'item-1', 'Accueil des membres.\n\n## Suivis\n\n1. Écrire à la DPJ', 2);
    render([minutesQuery(observed), noMinutesEvents], 30, 'OBSERVER');
    expect(await screen.findByText('Accueil des membres.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Suivis' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Écrire à la DPJ');
    expect(document.body.textContent).not.toContain('##');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Consigner une décision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nouvelle action' })).toBeNull();
  });
});
