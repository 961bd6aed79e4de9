import type { ContactRow } from '../../../utils/db/contacts-query';
import { CONTACT_KINDS, type ContactKind } from '../../../utils/domain/model';
import { tagKey } from '../../../utils/domain/tags';

export type ContactSortKey = 'name' | 'company' | 'lastContact' | 'nextFollowUp' | 'openAgreements';
export type SortDirection = 'ascending' | 'descending';
export interface ContactSort {
  key: ContactSortKey;
  direction: SortDirection;
}

/** The direction a column sorts in when first chosen: the most useful end first. */
export const FIRST_DIRECTION: Record<ContactSortKey, SortDirection> = {
  name: 'ascending',
  company: 'ascending',
  lastContact: 'descending',
  nextFollowUp: 'ascending',
  openAgreements: 'descending',
};

export interface SearchableRow extends ContactRow {
  /** Name, company, role, addresses and profile, folded for search. */
  searchText: string;
}

/** Case, accents and `ß` ignored: "muller" finds "Müller", "strasse" finds "Straße". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

export function searchableRows(rows: readonly ContactRow[]): SearchableRow[] {
  return rows.map((row) => {
    const { displayName, company, role, emails, linkedinSlug, tags = [] } = row.contact;
    return { ...row, searchText: foldForSearch([displayName, company, role, ...emails, linkedinSlug, ...tags].filter(Boolean).join('\n')) };
  });
}

/** Rows containing every word of the query, in any field. */
export function filterRows(rows: readonly SearchableRow[], query: string): readonly SearchableRow[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
}

/** The kinds and tags the rows have, for the filter: kinds in their fixed order, tags sorted for people. */
export function labelsOf(rows: readonly ContactRow[]): { kinds: ContactKind[]; tags: string[] } {
  const kinds = new Set<ContactKind>();
  const tags = new Map<string, string>();
  for (const { contact } of rows) {
    for (const kind of contact.kinds ?? []) kinds.add(kind);
    for (const tag of contact.tags ?? []) if (!tags.has(tagKey(tag))) tags.set(tagKey(tag), tag);
  }
  return { kinds: CONTACT_KINDS.filter((kind) => kinds.has(kind)), tags: [...tags.values()].sort(collator.compare) };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorted copy; rows without a value (no company, never contacted, no follow-up) come last either way. */
export function sortRows(rows: readonly SearchableRow[], sort: ContactSort): SearchableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const valueOf = VALUE_OF[sort.key];
  const keyed = rows.map((row) => ({ row, value: valueOf(row) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
    } else {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.row.contact.displayName, b.row.contact.displayName) || (a.row.contact.id < b.row.contact.id ? -1 : 1);
  });
  return keyed.map(({ row }) => row);
}

const VALUE_OF: Record<ContactSortKey, (row: ContactRow) => string | number | undefined> = {
  name: (row) => row.contact.displayName.trim() || undefined,
  company: (row) => row.contact.company?.trim() || undefined,
  lastContact: (row) => row.contact.lastContactAt,
  nextFollowUp: (row) => row.contact.nextFollowUp,
  openAgreements: (row) => row.openAgreements,
};

/** Clicking the sorted column flips it; another column starts at its most useful end. */
export function nextSort(current: ContactSort, key: ContactSortKey): ContactSort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
