/**
 * What a coordinator checks before confirming that a person works for an organization: whether
 * the domain of the person's e-mail address is the organization's web site's. A hint, not a
 * proof (many people write from a personal address), so the page says it in words and lets the
 * coordinator decide.
 */
import { completeWebUrl, isWebUrl } from './meetings';

export interface AffiliationDomains {
  /** « refuge.exemple.ca », lower-cased; null without a usable address. */
  emailDomain: string | null;
  /** The site's host without « www. », lower-cased; null without a web site. */
  websiteDomain: string | null;
  /** Null when one of them is missing: there is nothing to compare. */
  matches: boolean | null;
}

const normalizeHost = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');

export function emailDomainOf(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 1) return null;
  const domain = normalizeHost(email.slice(at + 1));
  return /^[^\s@.]+(\.[^\s@.]+)+$/.test(domain) ? domain : null;
}

export function websiteDomainOf(website: string | null | undefined): string | null {
  const url = completeWebUrl(website ?? '');
  if (!isWebUrl(url)) return null;
  const host = normalizeHost(new URL(url).hostname);
  return host.includes('.') ? host : null;
}

/** One is the other, or a subdomain of it (« montreal.refuge.ca » and « refuge.ca »); a bare top-level domain never counts. */
function sameOrganizationDomain(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.includes('.') && longer.endsWith(`.${shorter}`);
}

export function affiliationDomains(email: string | null | undefined, website: string | null | undefined): AffiliationDomains {
  const emailDomain = emailDomainOf(email);
  const websiteDomain = websiteDomainOf(website);
  return { emailDomain, websiteDomain, matches: emailDomain && websiteDomain ? sameOrganizationDomain(emailDomain, websiteDomain) : null };
}
