import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { CreateActionItemInMeetingDocument, RecordDecisionDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { decision, item, minutesMeeting, minutesQuery, noMinutesEvents, samUser } from '../testing/minutes-fixtures';
import { LiveMinutesPanel } from './live-minutes-panel';

const base = minutesMeeting();
const render = (mocks: unknown[]) =>
  renderWithProviders(<LiveMinutesPanel meetingId="meeting-1" currentItemId="item-1" />, { mocks: mocks as never, me: viewer({ id: 'user-camille' }) });

describe('decisions and action items in the live room', () => {
  it('validates the decision form, records it on the current item and shows the vote counts', async () => {
    const recorded = decision('decision-1');
    const after = minutesMeeting({
      agenda: [item('item-1', 1, 'Mot de bienvenue', { decisions: [recorded] }), base.agenda[1]],
      decisions: [recorded],
    });
    const mocks = [
      minutesQuery(base),
      noMinutesEvents,
      {
        request: {
          query: RecordDecisionDocument,
          variables: {
            input: { meetingId: 'meeting-1', agendaItemId: 'item-1', text: recorded.text, outcome: 'ADOPTED', votesFor: 7, votesAgainst: 1, abstentions: 2 },
          },
        },
        result: { data: { recordDecision: recorded } },
      },
      minutesQuery(after),
    ];
    render(mocks);

    expect(await screen.findByText('Aucune décision consignée pour ce point.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Consigner une décision' }));
    const form = screen.getByRole('form', { name: 'Consigner une décision' });
    const votesFor = within(form).getByLabelText('Votes pour');
    fireEvent.change(votesFor, { target: { value: '-1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Consigner la décision' }));
    const text = within(form).getByLabelText('Texte de la décision');
    expect(await within(form).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(votesFor.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Entrez un nombre entier de 0 ou plus, ou laissez vide.')).toBeInTheDocument();

    fireEvent.change(text, { target: { value: recorded.text } });
    fireEvent.change(within(form).getByLabelText('Résultat'), { target: { value: 'ADOPTED' } });
    fireEvent.change(votesFor, { target: { value: '7' } });
    fireEvent.change(within(form).getByLabelText('Votes contre'), { target: { value: '1' } });
    fireEvent.change(within(form).getByLabelText('Abstentions'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Consigner la décision' }));

    expect(await screen.findByText('La décision est consignée.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Consigner une décision' })).toBeNull();
    expect(screen.getByText('Pour 7 · Contre 1 · Abstentions 2')).toBeInTheDocument();
    expect(screen.getByText(recorded.text)).toBeInTheDocument();
    expect(screen.getByText('Adoptée')).toBeInTheDocument();
  });

  it('creates an action item from the item, assigned to a person, and links to it', async () => {
    const created = {
      __typename: 'ActionItem' as const,
      id: 'action-1',
      title: 'Préparer le bilan fictif',
      status: 'OPEN' as const,
      dueOn: '2027-02-15',
      overdue: false,
      assignee: { ...samUser, organization: { __typename: 'Organization' as const, id: 'org-1', name: 'Centre jeunesse fictif', acronym: null } },
      assigneeOrganization: null,
      agendaItem: { __typename: 'AgendaItem' as const, id: 'item-1' },
      decision: null,
    };
    const after = minutesMeeting({ agenda: [item('item-1', 1, 'Mot de bienvenue', { actionItems: [created] }), base.agenda[1]], actionItems: [created] });
    const mocks = [
      minutesQuery(base),
      noMinutesEvents,
      {
        request: {
          query: CreateActionItemInMeetingDocument,
          variables: {
            input: { meetingId: 'meeting-1', tableId: 'table-1', agendaItemId: 'item-1', title: created.title, assigneeId: 'user-sam', dueOn: '2027-02-15' },
          },
        },
        result: { data: { createActionItem: created } },
      },
      minutesQuery(after),
    ];
    render(mocks);

    fireEvent.click(await screen.findByRole('button', { name: 'Nouvelle action' }));
    const form = screen.getByRole('form', { name: 'Nouvelle action' });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer l’action' }));
    expect(await within(form).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Titre de l’action'), { target: { value: created.title } });
    const assignee = within(form).getByLabelText('Responsable (facultatif)');
    // People and member organizations, in two groups.
    expect(within(assignee).getByRole('group', { name: 'Organisations membres' })).toBeInTheDocument();
    fireEvent.change(assignee, { target: { value: 'user:user-sam' } });
    fireEvent.change(within(form).getByLabelText('Échéance (facultatif)'), { target: { value: '2027-02-15' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer l’action' }));

    expect(await screen.findByText('L’action « Préparer le bilan fictif » est créée.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nouvelle action' })).toBeNull();
    const link = screen.getByRole('link', { name: created.title });
    expect(link.getAttribute('href')).toBe('/actions/action-1');
    // Who answers for it, as every list writes it: the name, then the organization.
    const responsible = screen.getByText('Sam Roy').closest('.responsible');
    expect(responsible?.textContent).toBe('Responsable : Sam Roy, Centre jeunesse fictif');
    expect(screen.getByText('À faire')).toBeInTheDocument();
  });
});
