import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { AuditLogDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { auditEvent, auditLog } from '../testing/table-fixtures';
import { AuditLogList } from './audit-log-list';
import { PlatformAuditPage } from './platform-audit-page';

const logMock = (variables: Record<string, unknown>, data: ReturnType<typeof auditLog>) => ({
  request: { query: AuditLogDocument, variables: { first: 25, ...variables } },
  result: { data },
});

const meetingEvent = auditEvent('e1', {
  action: 'meeting.scheduled',
  entityType: 'meeting',
  entityId: 'd53e96dd-0000-4000-8000-000000000001',
  entityTitle: 'Rencontre d’automne',
  entityPath: '/meetings/d53e96dd-0000-4000-8000-000000000001',
});
const hiddenItemEvent = auditEvent('e2', {
  action: 'agendaItem.read_in_camera',
  entityType: 'agendaItem',
  entityId: 'aaaaaaaa-0000-4000-8000-000000000002',
  entityTitle: null,
  entityPath: '/meetings/m1#item-aaaaaaaa-0000-4000-8000-000000000002',
  actor: { __typename: 'User', id: 'user-sam', displayName: 'Sam Roy' },
});
const sessionEvent = auditEvent('e3', {
  action: 'session.opened',
  entityType: 'user',
  entityId: 'user-sam',
  entityTitle: 'Sam Roy',
  entityPath: null,
  actor: { __typename: 'User', id: 'user-sam', displayName: 'Sam Roy' },
  table: null,
});
const futureEvent = auditEvent('e4', { action: 'meeting.teleported', entityType: 'hologram', entityTitle: null, entityPath: null, actor: null });

function renderList(route: string, mocks: ReturnType<typeof logMock>[], language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<AuditLogList tableId="table-1" caption="Journal d’audit de la table" />, {
    route,
    path: '/tables/:id/journal',
    mocks,
    me: viewer(),
    language,
  });
}

describe('AuditLogList', () => {
  afterEach(() => localStorage.clear());

  it('says what happened in words, never with a code or an id', async () => {
    renderList('/tables/table-1/journal', [logMock({ tableId: 'table-1' }, auditLog([meetingEvent, hiddenItemEvent, futureEvent]))]);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Rencontre planifiée')).toBeInTheDocument();
    expect(within(table).getByText('Point à huis clos consulté')).toBeInTheDocument();
    expect(within(table).getByText('Autre action')).toBeInTheDocument();
    expect(within(table).getByText('Autre objet')).toBeInTheDocument();
    expect(within(table).getByText('Système')).toBeInTheDocument();
    expect(table.textContent).not.toMatch(/meeting\.scheduled|agendaItem|read_in_camera|d53e96dd|aaaaaaaa|hologram|teleported/);
  });

  it('links each object to its page, by its title where the API gives it, else by its kind', async () => {
    renderList('/tables/table-1/journal', [logMock({ tableId: 'table-1' }, auditLog([meetingEvent, hiddenItemEvent]))]);
    expect(await screen.findByRole('link', { name: 'Rencontre d’automne' })).toHaveAttribute('href', '/meetings/d53e96dd-0000-4000-8000-000000000001');
    // The in-camera item's title is not given: the link says what kind of object it is.
    expect(screen.getByRole('link', { name: 'Point de l’ordre du jour' })).toHaveAttribute('href', '/meetings/m1#item-aaaaaaaa-0000-4000-8000-000000000002');
  });

  it('names the actions in English too', async () => {
    renderList('/tables/table-1/journal', [logMock({ tableId: 'table-1' }, auditLog([meetingEvent]))], 'en');
    expect(await screen.findByText('Meeting scheduled')).toBeInTheDocument();
    expect(screen.getByText('Meeting')).toBeInTheDocument();
  });

  it('filters by action from a list in words, through the address', async () => {
    renderList('/tables/table-1/journal', [
      logMock({ tableId: 'table-1' }, auditLog([meetingEvent, hiddenItemEvent])),
      logMock({ tableId: 'table-1', action: 'meeting.scheduled' }, auditLog([meetingEvent])),
    ]);
    await screen.findByRole('link', { name: 'Rencontre d’automne' });
    const select = screen.getByRole('combobox', { name: 'Action' });
    expect(within(select).getByRole('option', { name: 'Ordre du jour publié' })).toHaveAttribute('value', 'agenda.published');
    fireEvent.change(select, { target: { value: 'meeting.scheduled' } });
    expect(await screen.findByText('Événements affichés : 1 sur 1')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('meeting.scheduled');
    expect(within(screen.getByRole('table')).queryByText('Point à huis clos consulté')).toBeNull();
  });

  it('filters by person from their name in the « By » column, and back to everyone', async () => {
    renderList('/tables/table-1/journal', [
      logMock({ tableId: 'table-1' }, auditLog([meetingEvent, hiddenItemEvent])),
      logMock({ tableId: 'table-1', actorId: 'user-sam' }, auditLog([hiddenItemEvent])),
      logMock({ tableId: 'table-1' }, auditLog([meetingEvent, hiddenItemEvent])),
    ]);
    const byName = await screen.findByRole('link', { name: 'Ne voir que les actions de Sam Roy' });
    expect(byName).toHaveAttribute('href', '/tables/table-1/journal?actor=user-sam');
    fireEvent.click(byName);
    expect(await screen.findByText('Événements affichés : 1 sur 1')).toBeInTheDocument();
    const filters = screen.getByRole('group', { name: 'Filtrer le journal' });
    expect(within(filters).getByText('Sam Roy')).toBeInTheDocument();
    fireEvent.click(within(filters).getByRole('link', { name: 'Voir les actions de tout le monde' }));
    expect(await screen.findByText('Événements affichés : 2 sur 2')).toBeInTheDocument();
  });

  it('reads the filters of a shared address, and offers to clear them when nothing matches', async () => {
    renderList('/tables/table-1/journal?action=agenda.published&actor=user-9', [
      logMock({ tableId: 'table-1', action: 'agenda.published', actorId: 'user-9' }, auditLog([])),
    ]);
    expect(await screen.findByText('Aucun événement ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('agenda.published');
    expect(screen.getByText('La personne choisie')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retirer les filtres' })).toHaveAttribute('href', '/tables/table-1/journal');
  });
});

describe('PlatformAuditPage', () => {
  it('gives coordinators the same words, links and filters, with each event’s table', async () => {
    renderWithProviders(<PlatformAuditPage />, {
      route: '/audit?action=session.opened',
      path: '/audit',
      mocks: [logMock({ action: 'session.opened' }, auditLog([sessionEvent]))],
      me: viewer({ platformRole: 'COORDINATOR' }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’audit de la plateforme' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Connexion')).toBeInTheDocument();
    expect(within(table).getByText('Compte')).toBeInTheDocument();
    expect(within(table).getByText('—')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('session.opened');
    expect(screen.getByRole('link', { name: 'Ne voir que les actions de Sam Roy' })).toHaveAttribute('href', '/audit?action=session.opened&actor=user-sam');
  });
});
