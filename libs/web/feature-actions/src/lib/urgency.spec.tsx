import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { ActionItemStatus } from '@concertation/web-data-access';
import type { Language } from '@concertation/web-i18n';
import { renderWithProviders } from '@concertation/web-testing';
import { inDays, summary, today } from '../testing/action-fixtures';
import { ActionDueBadge } from './action-badges';
import { sortByUrgency, urgencyOf } from './urgency';

const day = '2027-03-10';
const item = (dueOn: string | null, status: ActionItemStatus = 'OPEN', overdue = false) => ({ dueOn, status, overdue });

describe('urgency', () => {
  it('says how late, how soon, later, undated or finished', () => {
    expect(urgencyOf(item('2027-03-07', 'OPEN', true), day)).toEqual({ kind: 'overdue', days: 3 });
    // Late in the table's zone, still the due day in the viewer's: late, but not « 0 days ».
    expect(urgencyOf(item('2027-03-10', 'OPEN', true), day)).toEqual({ kind: 'overdue', days: 0 });
    expect(urgencyOf(item('2027-03-12', 'BLOCKED'), day)).toEqual({ kind: 'soon', days: 2 });
    expect(urgencyOf(item('2027-03-25'), day)).toEqual({ kind: 'later' });
    expect(urgencyOf(item(null, 'IN_PROGRESS'), day)).toEqual({ kind: 'undated' });
    expect(urgencyOf(item('2027-03-01', 'DONE'), day)).toEqual({ kind: 'finished' });
  });

  it('orders overdue (oldest first), due soon, later, undated, then done or cancelled, as the API does', () => {
    const items = [
      summary({ id: 'later', dueOn: '2027-06-01' }),
      summary({ id: 'done', status: 'DONE', dueOn: '2027-01-01' }),
      summary({ id: 'undated', dueOn: null }),
      summary({ id: 'late-recent', dueOn: '2027-03-08', overdue: true, status: 'BLOCKED' }),
      summary({ id: 'cancelled', status: 'CANCELLED', dueOn: null }),
      summary({ id: 'soon', dueOn: '2027-03-12', status: 'IN_PROGRESS' }),
      summary({ id: 'late-old', dueOn: '2027-02-01', overdue: true }),
      // Same day as « later », created before it: comes first.
      summary({ id: 'later-older', dueOn: '2027-06-01', createdAt: '2027-01-01T10:00:00.000Z' }),
    ];
    expect(sortByUrgency(items).map((one) => one.id)).toEqual(['late-old', 'late-recent', 'soon', 'later-older', 'later', 'undated', 'done', 'cancelled']);
  });
});

describe('urgency in words', () => {
  const badge = (language: Language, fields: Parameters<typeof summary>[0]) => renderWithProviders(<ActionDueBadge item={summary(fields)} />, { language });

  it.each<[Language, Parameters<typeof summary>[0], string]>([
    ['fr', { dueOn: inDays(-3), overdue: true }, 'En retard de 3 jours'],
    ['fr', { dueOn: inDays(-1), overdue: true }, 'En retard d’un jour'],
    ['fr', { dueOn: today(), overdue: true }, 'En retard'],
    ['fr', { dueOn: today() }, 'Échéance aujourd’hui'],
    ['fr', { dueOn: inDays(1) }, 'Échéance demain'],
    ['fr', { dueOn: inDays(2) }, 'Échéance dans 2 jours'],
    ['en', { dueOn: inDays(-3), overdue: true }, '3 days overdue'],
    ['en', { dueOn: inDays(-1), overdue: true }, '1 day overdue'],
    ['en', { dueOn: today() }, 'Due today'],
    ['en', { dueOn: inDays(1) }, 'Due tomorrow'],
    ['en', { dueOn: inDays(7) }, 'Due in 7 days'],
  ])('%s: %o reads « %s »', (language, fields, words) => {
    badge(language, fields);
    expect(screen.getByText(words)).toBeInTheDocument();
  });

  it('says nothing when not pressing or finished', () => {
    badge('fr', { dueOn: inDays(8) });
    badge('fr', { dueOn: inDays(-3), status: 'DONE' });
    expect(document.querySelector('.badge')).toBeNull();
  });
});
