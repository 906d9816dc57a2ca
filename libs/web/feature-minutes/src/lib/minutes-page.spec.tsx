import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApproveMinutesDocument, CirculateMinutesDocument, MinutesApprovalMeetingsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { decision, item, minutes, minutesMeeting, minutesQuery, noMinutesEvents } from '../testing/minutes-fixtures';
import { MinutesPage } from './minutes-page';

const route = { route: '/meetings/meeting-1/minutes', path: '/meetings/:id/minutes' };
const render = (mocks: unknown[], role: 'SECRETARY' | 'MEMBER' = 'SECRETARY') =>
  renderWithProviders(<MinutesPage />, { ...route, mocks: mocks as never, me: viewer({ id: role === 'SECRETARY' ? 'user-camille' : 'user-sam' }) });

describe('the minutes page', () => {
  it('shows the minutes as a document, and circulates them after a confirmation', async () => {
    const adjourned = minutesMeeting({
      status: 'ADJOURNED',
      agenda: [
        item('item-1', 1, 'Mot de bienvenue', { notes: 'Accueil des membres.', decisions: [decision('decision-1')] }),
        item('item-2', 2, 'Bilan des signalements'),
      ],
      decisions: [decision('decision-1'), decision('decision-2', { text: 'Reporter la tournée fictive.', agendaItem: null })],
      minutes: minutes({ summary: 'Rencontre fictive.', version: 3 }),
    });
    const circulated = minutes({ summary: 'Rencontre fictive.', version: 3, status: 'CIRCULATED', circulatedAt: '2027-01-13T15:00:00.000Z' });
    render([
      minutesQuery(adjourned),
      noMinutesEvents,
      { request: { query: CirculateMinutesDocument, variables: { meetingId: 'meeting-1' } }, result: { data: { circulateMinutes: circulated } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Procès-verbal : Rencontre de janvier' })).toBeInTheDocument();
    expect(screen.getByText('Brouillon')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '1. Mot de bienvenue' })).toBeInTheDocument();
    expect(screen.getAllByText('Pour 7 · Contre 1 · Abstentions 2')).toHaveLength(2);
    // Search results link to a decision by its anchor; one recorded outside the agenda has one too.
    expect(document.getElementById('decision-decision-1')?.textContent).toContain('Pour 7');
    const outside = screen.getByRole('region', { name: 'Hors de l’ordre du jour' });
    expect(within(outside).getByText('Reporter la tournée fictive.').closest('li')?.id).toBe('decision-decision-2');
    expect((screen.getByLabelText('Texte du résumé') as HTMLTextAreaElement).value).toBe('Rencontre fictive.');
    expect(screen.getByRole('button', { name: 'Télécharger en Markdown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger en PDF' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Versions du procès-verbal, de la plus récente à la plus ancienne' });
    expect(within(history).getByText('Camille Tremblay')).toBeInTheDocument();
    // Circulating comes before approving.
    expect(screen.queryByRole('button', { name: 'Approuver le procès-verbal' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Diffuser le procès-verbal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Diffuser le procès-verbal ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Diffuser' }));
    expect(await screen.findByText('Le procès-verbal a été diffusé.')).toBeInTheDocument();
    expect(screen.getByText('Diffusé')).toBeInTheDocument();
    expect(screen.getByText(/^Diffusé le /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approuver le procès-verbal' })).toBeInTheDocument();
  });

  it('approves circulated minutes at a later meeting, after a confirmation; then they are frozen', async () => {
    const circulated = minutesMeeting({
      status: 'ADJOURNED',
      minutes: minutes({ status: 'CIRCULATED', circulatedAt: '2027-01-13T15:00:00.000Z', version: 2 }),
    });
    const february = {
      __typename: 'Meeting' as const,
      id: 'meeting-2',
      title: 'Rencontre de février',
      startsAt: '2027-02-09T14:00:00.000Z',
      timeZone: 'America/Toronto',
      status: 'SCHEDULED' as const,
    };
    const approved = minutes({
      status: 'APPROVED',
      version: 2,
      circulatedAt: '2027-01-13T15:00:00.000Z',
      approvedAt: '2027-02-09T15:00:00.000Z',
      approvedAtMeeting: { __typename: 'Meeting', id: 'meeting-2', title: 'Rencontre de février', startsAt: february.startsAt, timeZone: february.timeZone },
    });
    const mocks = [
      minutesQuery(circulated),
      noMinutesEvents,
      {
        request: { query: MinutesApprovalMeetingsDocument, variables: { tableId: 'table-1', from: circulated.endsAt } },
        result: {
          data: {
            table: {
              __typename: 'RoundTable',
              id: 'table-1',
              meetings: [
                {
                  __typename: 'Meeting',
                  id: 'meeting-1',
                  title: circulated.title,
                  startsAt: circulated.startsAt,
                  timeZone: circulated.timeZone,
                  status: 'ADJOURNED',
                },
                february,
              ],
            },
          },
        },
      },
      {
        request: { query: ApproveMinutesDocument, variables: { meetingId: 'meeting-1', atMeetingId: 'meeting-2' } },
        result: { data: { approveMinutes: approved } },
      },
    ];
    render(mocks);

    fireEvent.click(await screen.findByRole('button', { name: 'Approuver le procès-verbal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Approuver le procès-verbal ?' });
    const where = await within(dialog).findByLabelText('Approuvé à la rencontre (facultatif)');
    // Only later meetings are offered, not this one.
    expect(within(where).queryByRole('option', { name: /Rencontre de janvier/ })).toBeNull();
    fireEvent.change(where, { target: { value: 'meeting-2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approuver' }));

    expect(await screen.findByText('Ce procès-verbal est approuvé : il est figé et ne peut plus être modifié.')).toBeInTheDocument();
    expect(screen.getByText(/^Approuvé à la rencontre « Rencontre de février »/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Consigner une décision' })).toBeNull();
  });

  it('frozen minutes offer no editing at all', async () => {
    const frozen = minutesMeeting({
      status: 'ADJOURNED',
      agenda: [item('item-1', 1, 'Mot de bienvenue', { notes: 'Accueil des membres.\n\n# Présences\n\nTable *fictive* au complet.' })],
      minutes: minutes({ status: 'APPROVED', approvedAt: '2027-02-09T15:00:00.000Z', summary: 'Rencontre fictive.' }),
    });
    render([minutesQuery(frozen), noMinutesEvents]);
    expect(await screen.findByText('Ce procès-verbal est approuvé : il est figé et ne peut plus être modifié.')).toBeInTheDocument();
    expect(screen.getByText('Approuvé')).toBeInTheDocument();
    expect(screen.getByText('Rencontre fictive.')).toBeInTheDocument();
    expect(screen.getByText('Accueil des membres.')).toBeInTheDocument();
    // Under the item's h3, the notes' first-level heading is an h4.
    expect(screen.getByRole('heading', { level: 4, name: 'Présences' })).toBeInTheDocument();
    expect(screen.getByText('fictive').tagName).toBe('EM');
    expect(document.body.textContent).not.toContain('##');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Diffuser le procès-verbal' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Approuver le procès-verbal' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Consigner une décision' })).toBeNull();
  });

  it('says so when the viewer may not read the minutes', async () => {
    render([{ request: minutesQuery(minutesMeeting()).request, result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } }], 'MEMBER');
    expect(await screen.findByText('Ce procès-verbal est réservé aux personnes qui siègent à la table de la rencontre.')).toBeInTheDocument();
  });
});
