import { normaliseEmail } from './identity';

/**
 * Legal forms that do not tell two organisations apart: "Müller & Partner GmbH" is "Müller & Partner".
 * Matched as whole trailing words after punctuation is removed, longest first.
 */
const LEGAL_FORMS = [
  'gmbh & co kgaa',
  'gmbh & co kg',
  'gmbh & co',
  'ug haftungsbeschränkt',
  'ag & co kg',
  'mbh',
  'gmbh',
  'ggmbh',
  'kgaa',
  'ag',
  'kg',
  'ohg',
  'gbr',
  'partg',
  'partg mbb',
  'ug',
  'ek',
  'e k',
  'ev',
  'e v',
  's a',
  'b v',
  'n v',
  'se',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'sa',
  'sarl',
  'sas',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'oy',
  'as',
  'aps',
].sort((a, b) => b.length - a.length);

/**
 * Free-mail providers, and the reserved example domains (RFC 2606) that samples and tests use for everyone:
 * an address there says nothing about where its owner works.
 */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 't-online.de', 'freenet.de',
  'arcor.de', 'online.de', '1und1.de', 'posteo.de', 'posteo.net', 'mailbox.org', 'email.de', 'bluewin.ch', 'aon.at',
  'yahoo.com', 'yahoo.de', 'yahoo.co.uk', 'ymail.com', 'outlook.com', 'outlook.de', 'hotmail.com', 'hotmail.de',
  'hotmail.co.uk', 'live.com', 'live.de', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.de',
  'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'zoho.com', 'yandex.com',
  'yandex.ru', 'mail.ru', 'mail.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com',
  'example.com', 'example.org', 'example.net',
]);

/** How organisation names are compared: case, spacing, punctuation and legal form ignored; '' for no name. */
export function organisationKey(name: string | undefined): string {
  const plain = (name ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,;:'"`´’()[\]{}|/\\!?*+_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let key = plain;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (key.endsWith(` ${form}`)) {
        key = key.slice(0, -form.length - 1).trim().replace(/\s*&$/, '').trim();
        changed = true;
        break;
      }
    }
  }
  return key || plain;
}

/** The domain of an address, or undefined when it is no address. */
export function emailDomain(email: string): string | undefined {
  const normalised = normaliseEmail(email);
  return normalised ? normalised.slice(normalised.lastIndexOf('@') + 1) : undefined;
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain);
}

/** The domains among these addresses that can stand for an employer (free-mail providers left out), each once. */
export function organisationDomainsOf(emails: readonly string[]): string[] {
  const domains = new Set<string>();
  for (const email of emails) {
    const domain = emailDomain(email);
    if (domain && !isFreeMailDomain(domain)) domains.add(domain);
  }
  return [...domains];
}

/** A readable name for an organisation known only by its domain: `nordlicht-design.de` -> `nordlicht-design.de`. */
export function cleanOrganisationName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
