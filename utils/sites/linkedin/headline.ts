export interface RoleAtCompany {
  role: string;
  company: string;
}

// No `u` flag on the case-insensitive patterns read at every page load: with it V8 builds Unicode case-folding
// tables on first use (0.5 ms each), and ASCII words need none.
const ROLE_AT_COMPANY = /^(.+?)\s+(?:(?:at|bei)\s+|@\s*)(.+)$/i;
/** Headlines chain claims: "CTO at Acme | Speaker · Author". */
const CLAIM_SEPARATOR = /\s+[|·•–—-]\s+/u;
const MAX_ROLE_LENGTH = 80;

/** "Head of Data at Fjällbacka AB" / "Leiter Vertrieb bei Nordlicht GmbH" / "CTO @Acme"; else undefined. */
export function roleAtCompany(headline: string): RoleAtCompany | undefined {
  const [firstClaim = ''] = headline.split(CLAIM_SEPARATOR);
  const [, role = '', company = ''] = ROLE_AT_COMPANY.exec(firstClaim.trim()) ?? [];
  // "Founder at A and Advisor at B" names two jobs: which one is "the" role is a guess.
  if (!role || !company || role.length > MAX_ROLE_LENGTH || ROLE_AT_COMPANY.test(company)) return undefined;
  return { role: role.trim(), company: company.trim() };
}
