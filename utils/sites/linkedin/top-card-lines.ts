import type { RawFacts } from './facts';

/** "Solenne Robotics · Universidad Politécnica de Madrid": current company, then school. */
const COMPANY_SCHOOL_SEPARATOR = ' · ';

/**
 * Facts from the lines that follow the name in a top card: headline, company, location. When the
 * lines end at the contact-info link, the location is the last of them; otherwise the third.
 */
export function factsFromTopCardLines(lines: string[], endAtContactInfo: boolean): Omit<RawFacts, 'name'> {
  const [headline, second, third] = lines;
  if (!endAtContactInfo) return { headline, company: companyOf(second), location: third };
  return {
    headline,
    company: lines.length >= 3 ? companyOf(second) : undefined,
    location: lines.length >= 2 ? lines.at(-1) : undefined,
  };
}

function companyOf(line: string | undefined): string | undefined {
  return line?.split(COMPANY_SCHOOL_SEPARATOR)[0];
}
