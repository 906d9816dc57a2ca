import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditMessageKey } from '@concertation/shared-domain';
import { enTables } from './en-tables';
import { frTables } from './fr-tables';

/**
 * The audit log names every action and kind of object in words. AUDIT_ACTIONS is the API's own list
 * (apps/api's audit-vocabulary spec fails when the API records an action missing from it), so an
 * action the API starts to record cannot reach the page as a code.
 */
describe('the audit log’s words', () => {
  const catalogues = { fr: frTables.audit, en: enTables.audit };

  it.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)('name every action the API records, in %s', (language) => {
    const labels: Record<string, string> = catalogues[language].actions;
    expect(AUDIT_ACTIONS.filter((action) => !labels[auditMessageKey(action)]?.trim())).toEqual([]);
  });

  it.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)('name every kind of object, in %s', (language) => {
    const labels: Record<string, string> = catalogues[language].entities;
    expect(AUDIT_ENTITY_TYPES.filter((type) => !labels[type]?.trim())).toEqual([]);
  });

  it('have no label left for an action the API no longer records', () => {
    const known = new Set<string>(AUDIT_ACTIONS.map(auditMessageKey));
    expect(Object.keys(frTables.audit.actions).filter((key) => !known.has(key))).toEqual([]);
  });
});
