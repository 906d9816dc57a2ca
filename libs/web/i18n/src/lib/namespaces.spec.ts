import { describe, expect, it } from 'vitest';
import { en, fr } from './catalogs';
import { loadedTexts, loadNamespaces, NAMESPACES, withNamespaces } from './namespaces';
import { catalogKeys, lookup } from './translate';

// In order: the texts loaded so far belong to the module, as they do to the page.
describe('namespaces', () => {
  it('start with the shell’s texts only', () => {
    expect(lookup(loadedTexts.fr, 'nav.home')).toBe('Accueil');
    expect(lookup(loadedTexts.en, 'nav.home')).toBe('Home');
    expect(lookup(loadedTexts.fr, 'actions.loading')).toBeUndefined();
  });

  it('load a feature’s texts in both languages', async () => {
    await loadNamespaces('actions');
    expect(lookup(loadedTexts.fr, 'actions.loading')).toBe(lookup(fr, 'actions.loading'));
    expect(lookup(loadedTexts.en, 'actions.loading')).toBe(lookup(en, 'actions.loading'));
  });

  it('hand a lazy route its module only once its texts are there', async () => {
    const module = await withNamespaces(Promise.resolve({ page: 'minutes' }), 'minutes');
    expect(module).toEqual({ page: 'minutes' });
    expect(lookup(loadedTexts.fr, 'minutes.loading')).toBe(lookup(fr, 'minutes.loading'));
  });

  it('give, with the shell, every text of the catalog and no other', async () => {
    await loadNamespaces(...NAMESPACES);
    expect(catalogKeys(loadedTexts.fr).sort()).toEqual(catalogKeys(fr).sort());
    expect(catalogKeys(loadedTexts.en).sort()).toEqual(catalogKeys(en).sort());
  });
});
