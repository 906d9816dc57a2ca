import { describe, expect, it } from 'vitest';
import { affiliationDomains, emailDomainOf, websiteDomainOf } from './affiliations';

describe('affiliationDomains', () => {
  it('matches the same domain, whatever the case and a www. before the site', () => {
    expect(affiliationDomains('Sam.Roy@Refuge-Fictif.CA', 'https://www.refuge-fictif.ca/nous-joindre')).toEqual({
      emailDomain: 'refuge-fictif.ca',
      websiteDomain: 'refuge-fictif.ca',
      matches: true,
    });
  });

  it('matches a subdomain either way', () => {
    expect(affiliationDomains('sam@montreal.refuge-fictif.ca', 'https://refuge-fictif.ca').matches).toBe(true);
    expect(affiliationDomains('sam@refuge-fictif.ca', 'https://jeunesse.refuge-fictif.ca').matches).toBe(true);
    expect(affiliationDomains('sam@refuge-fictif.ca', 'refuge-fictif.ca').matches).toBe(true);
  });

  it('does not match another domain, nor one that only ends the same way', () => {
    expect(affiliationDomains('sam@courriel-fictif.test', 'https://refuge-fictif.ca').matches).toBe(false);
    expect(affiliationDomains('sam@faux-refuge-fictif.ca', 'https://refuge-fictif.ca').matches).toBe(false);
    expect(affiliationDomains('sam@police.gouv-fictif.ca', 'https://sante.gouv-fictif.ca').matches).toBe(false);
  });

  it('has nothing to compare without an address or a site', () => {
    expect(affiliationDomains('sam@refuge-fictif.ca', null)).toEqual({ emailDomain: 'refuge-fictif.ca', websiteDomain: null, matches: null });
    expect(affiliationDomains(null, 'https://refuge-fictif.ca')).toEqual({ emailDomain: null, websiteDomain: 'refuge-fictif.ca', matches: null });
    expect(affiliationDomains('sam@refuge-fictif.ca', 'javascript:alert(1)').matches).toBeNull();
  });

  it('reads the domains out of what people typed', () => {
    expect(emailDomainOf(' sam@Exemple.TEST ')).toBe('exemple.test');
    expect(emailDomainOf('sans-arobase')).toBeNull();
    expect(emailDomainOf('@exemple.test')).toBeNull();
    expect(websiteDomainOf('WWW.Exemple.test.')).toBe('exemple.test');
    expect(websiteDomainOf('http://localhost')).toBeNull();
  });
});
