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
    change('Lien de visioconférence', 'salle 3');
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
    expect(screen.getByRole('status').textContent).toContain('6 rencontres :');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/meetings/meeting-1');
  });

  it('completes a video link typed without https:// when the field is left, and sends it so', async () => {
    renderWithProviders(<ScheduleMeetingPage />, { ...route, mocks: [tableBrief], me: viewer() });
    await screen.findByRole('heading', { level: 1, name: 'Planifier une rencontre' });
    const link = screen.getByLabelText('Lien de visioconférence', { exact: false }) as HTMLInputElement;
    fireEvent.change(link, { target: { value: ' meet.exemple.test/abc ' } });
    fireEvent.blur(link);
    expect(link.value).toBe('https://meet.exemple.test/abc');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));
    expect(screen.queryByText('Entrez une adresse Web complète, commençant par https://.')).toBeNull();
  });

  it('clears a field’s message as soon as the field is filled', async () => {
    renderWithProviders(<ScheduleMeetingPage />, { ...route, mocks: [tableBrief], me: viewer() });
    await screen.findByRole('heading', { level: 1, name: 'Planifier une rencontre' });
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    change('Titre', 'Rencontre mensuelle');
    expect(screen.getByLabelText('Titre').getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(1);
  });

  it('asks how a series ends instead of creating 12 meetings, and lists its dates in the viewer’s language', async () => {
    renderWithProviders(<ScheduleMeetingPage />, { ...route, mocks: [tableBrief], me: viewer() });
    await screen.findByRole('heading', { level: 1, name: 'Planifier une rencontre' });
    change('Titre', 'Rencontre mensuelle');
    change('Date', '2027-01-14');
    change('Récurrence', 'MONTHLY_NTH_WEEKDAY');
    const count = screen.getByLabelText('Nombre de rencontres', { exact: false }) as HTMLInputElement;
    expect(count.value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Indiquez le nombre de rencontres ou la date de fin pour voir les dates de la série.');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));
    expect(screen.getByText('Entrez un nombre entier de 1 à 52.')).toBeInTheDocument();

    change('Nombre de rencontres', '3');
    const status = screen.getByRole('status');
    expect(within(status).getByText('3 rencontres :')).toBeInTheDocument();
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['14 janv. 2027', '11 févr. 2027', '11 mars 2027']);

    change('Fin de la série', 'UNTIL');
    change('Dernière date possible', '2027-02-28');
    expect(within(screen.getByRole('status')).getByText('2 rencontres :')).toBeInTheDocument();
    change('Dernière date possible', '2040-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Planifier' }));
    expect(screen.getByText('Cette date donnerait plus de 52 rencontres : choisissez une date plus proche.')).toBeInTheDocument();
  });
});
