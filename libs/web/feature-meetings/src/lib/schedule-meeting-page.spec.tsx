import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ScheduleMeetingDocument, TableBriefDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { ScheduleMeetingPage } from './schedule-meeting-page';

const route = { route: '/tables/table-1/meetings/new', path: '/tables/:id/meetings/new' };

const tableBrief = {
  request: { query: TableBriefDocument, variables: { id: 'table-1' } },
  result: {
    data: {
      table: {
        __typename: 'RoundTable',
        id: 'table-1',
        name: 'Table régionale de Montréal',
        viewerRole: 'CHAIR',
        archivedAt: null,
        regions: [{ __typename: 'Region', id: 'region-06', timeZone: 'America/Toronto' }],
      },
    },
  },
};

function scheduled(id: string, startsAt: string) {
  return {
    __typename: 'Meeting',
    id,
    title: 'Rencontre mensuelle',
    status: 'DRAFT',
    startsAt,
    endsAt: startsAt,
    timeZone: 'America/Toronto',
    location: null,
    onlineUrl: null,
    seriesId: 'series-1',
    agendaPublishedAt: null,
    cancelledReason: null,
    viewerRsvp: null,
    table: { __typename: 'RoundTable', id: 'table-1', name: 'Table régionale de Montréal' },
  };
}

const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

describe('ScheduleMeetingPage', () => {
  afterEach(() => localStorage.clear());

  it('says what is missing or wrong, next to each field, and sends nothing', async () => {
    renderWithProviders(<ScheduleMeetingPage />, { ...route, mocks: [tableBrief], me: viewer() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Planifier une rencontre' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));
    const title = screen.getByLabelText('Titre');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);

    change('Titre', 'Rencontre mensuelle');
    change('Date', '2027-01-12');
    change('Heure de début', '11:00');
    change('Heure de fin', '10:00');
    change('Lien de visioconférence', 'visio.exemple.ca');
    change('Récurrence', 'WEEKLY');
    change('Nombre de rencontres', '60');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));

    expect(screen.getByText('L’heure de fin doit suivre l’heure de début.')).toBeInTheDocument();
    expect(screen.getByText('Entrez une adresse Web complète, commençant par https://.')).toBeInTheDocument();
    expect(screen.getByText('Entrez un nombre entier de 1 à 52.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByLabelText('Heure de fin'));
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('turns the monthly preset into an RRULE and local times into instants', async () => {
    const created = Array.from({ length: 6 }, (_, index) => scheduled(`meeting-${index + 1}`, '2027-01-12T14:00:00.000Z'));
    const mocks = [
      tableBrief,
      {
        request: {
          query: ScheduleMeetingDocument,
          variables: {
            input: {
              tableId: 'table-1',
              title: 'Rencontre mensuelle',
              startsAt: '2027-01-12T14:00:00.000Z',
              endsAt: '2027-01-12T16:00:00.000Z',
              timeZone: 'America/Toronto',
              location: 'Salle 200',
              recurrence: 'FREQ=MONTHLY;BYDAY=2TU',
              occurrences: 6,
            },
          },
        },
        result: { data: { scheduleMeeting: created } },
      },
    ];
    renderWithProviders(<ScheduleMeetingPage />, { ...route, mocks, me: viewer() });
    await screen.findByRole('heading', { level: 1, name: 'Planifier une rencontre' });

    expect((screen.getByLabelText('Fuseau horaire de la rencontre', { exact: false }) as HTMLSelectElement).value).toBe('America/Toronto');
    change('Titre', 'Rencontre mensuelle');
    change('Date', '2027-01-12');
    change('Heure de début', '09:00');
    change('Heure de fin', '11:00');
    change('Lieu', 'Salle 200');
    const recurrence = screen.getByLabelText('Récurrence', { exact: false });
    expect(within(recurrence).getByRole('option', { name: 'Tous les mois, le deuxième mardi' })).toBeInTheDocument();
    change('Récurrence', 'MONTHLY_NTH_WEEKDAY');
    change('Nombre de rencontres', '6');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/meetings/meeting-1');
  });
});
