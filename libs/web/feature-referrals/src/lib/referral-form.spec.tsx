import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ReferAgendaItemDocument, ReferralTargetsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { provincial, referral, regional } from '../testing/referral-fixtures';
import { ReferItemForm, ReferralForm } from './referral-form';

const up = (id: string, name: string, level: string, parent: unknown = null, archivedAt: string | null = null) => ({
  __typename: 'RoundTable',
  id,
  name,
  level,
  archivedAt,
  parent,
});

/** A regional table whose line goes up to a provincial table, an archived one, then the national table. */
function targets(
  viewerRole: string | null = 'SECRETARY',
  parent: unknown = up(
    'table-prov',
    'Table provinciale fictive',
    'PROVINCIAL',
    up('table-old', 'Ancienne table fictive', 'PROVINCIAL', up('table-nat', 'Table nationale fictive', 'NATIONAL'), '2026-01-01T00:00:00.000Z'),
  ),
) {
  return {
    request: { query: ReferralTargetsDocument, variables: { id: 'table-reg' } },
    result: { data: { table: { __typename: 'RoundTable', id: 'table-reg', name: 'Table régionale fictive', viewerRole, archivedAt: null, parent } } },
  };
}

const input = {
  fromTableId: 'table-reg',
  toTableId: 'table-nat',
  title: 'Harmoniser les protocoles fictifs',
  rationale: 'La question dépasse la province.',
  sourceItemId: 'item-1',
};
const conflict = { errors: [{ message: 'This item is already waiting for an answer from that table.', extensions: { code: 'CONFLICT' } }] };

describe('the refer form', () => {
  afterEach(() => localStorage.clear());

  it('offers only the tables up the line, checks what is missing, and explains a referral already waiting', async () => {
    const onClose = vi.fn();
    const mocks = [targets(), { request: { query: ReferAgendaItemDocument, variables: { input } }, result: conflict }];
    renderWithProviders(<ReferItemForm tableId="table-reg" item={{ id: 'item-1', title: 'Harmoniser les protocoles fictifs' }} onClose={onClose} />, {
      mocks,
      me: viewer(),
    });

    const form = await screen.findByRole('form', { name: 'Référer « Harmoniser les protocoles fictifs » à une table de niveau supérieur' });
    const target = within(form).getByRole('combobox', { name: 'Table destinataire' });
    // Its parent and the tables further up, nearest first; an archived table is left out.
    expect(
      within(target)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir…', 'Table provinciale fictive · Provincial', 'Table nationale fictive · National']);
    const title = within(form).getByRole('textbox', { name: 'Question soumise' });
    expect((title as HTMLInputElement).value).toBe('Harmoniser les protocoles fictifs');

    // Nothing chosen and the question erased: each field says what it needs, and nothing is sent.
    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer la référence' }));
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Choisissez la table à qui envoyer la question.')).toBeInTheDocument();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Ce champ est obligatoire.')).toBeInTheDocument();

    fireEvent.change(target, { target: { value: 'table-nat' } });
    fireEvent.change(title, { target: { value: ' Harmoniser les protocoles fictifs ' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Motif (facultatif)' }), { target: { value: 'La question dépasse la province.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer la référence' }));
    expect(await within(form).findByText('Cette question a déjà été envoyée à cette table et attend sa réponse.')).toBeInTheDocument();
    expect(target.getAttribute('aria-invalid')).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Annuler' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('sends a referral on its own and links to it', async () => {
    const own = { fromTableId: 'table-reg', toTableId: 'table-prov', title: 'Question fictive sans point' };
    const sent = referral({ id: 'referral-7', title: 'Question fictive sans point', rationale: null, fromTable: regional('CHAIR'), toTable: provincial() });
    const oneUp = targets('CHAIR', up('table-prov', 'Table provinciale fictive', 'PROVINCIAL'));
    renderWithProviders(<ReferralForm fromTableId="table-reg" heading="Nouvelle référence" />, {
      mocks: [oneUp, { request: { query: ReferAgendaItemDocument, variables: { input: own } }, result: { data: { referAgendaItem: sent } } }],
      me: viewer(),
    });
    const form = await screen.findByRole('form', { name: 'Nouvelle référence' });
    // The only table up the line is chosen already.
    expect((within(form).getByRole('combobox', { name: 'Table destinataire' }) as HTMLSelectElement).value).toBe('table-prov');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Question soumise' }), { target: { value: 'Question fictive sans point' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer la référence' }));

    expect(await screen.findByText('La question « Question fictive sans point » a été envoyée à Table provinciale fictive.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les références envoyées' }).getAttribute('href')).toBe('/tables/table-reg/referrals#referral-referral-7');
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer une autre question' }));
    expect(((await screen.findByRole('textbox', { name: 'Question soumise' })) as HTMLInputElement).value).toBe('');
  });

  it('tells members and tables at the top of the line why they cannot refer', async () => {
    renderWithProviders(<ReferralForm fromTableId="table-reg" />, { mocks: [targets('MEMBER')], me: viewer() });
    expect(await screen.findByText('Seules la présidence et le secrétariat de la table peuvent envoyer une référence.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Envoyer la référence' })).toBeNull();
  });

  it('says so when the table reports to no table', async () => {
    renderWithProviders(<ReferralForm fromTableId="table-reg" />, { mocks: [targets('CHAIR', null)], me: viewer() });
    expect(await screen.findByText('Cette table ne relève d’aucune table de niveau supérieur : elle ne peut pas envoyer de référence.')).toBeInTheDocument();
  });
});
