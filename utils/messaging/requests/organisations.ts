import * as v from 'valibot';
import type { Organisation } from '../../domain/model';
import type { OrganisationBrief } from '../../db/organisation-brief';
import { emails, id, text } from './fields';
import type { RequestTable } from './table';

/** Organisations: what the sidebar says about a person's, and the options page's merge and rename. */
export const ORGANISATIONS_REQUESTS = {
  /** The organisation a person on a page points to by company or email domain, before they are a contact. */
  'organisation.brief': { from: ['extension-page'], input: v.object({ company: v.optional(text(500)), emails: v.optional(emails) }) },
  'organisation.merge': {
    from: ['extension-page'],
    input: v.pipe(
      v.object({ keepId: id, mergeId: id }),
      v.check(({ keepId, mergeId }) => keepId !== mergeId, 'An organisation cannot be merged with itself.'),
    ),
  },
  'organisation.update': {
    from: ['extension-page'],
    input: v.object({
      organisationId: id,
      name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))),
      notes: v.optional(text(20_000)),
    }),
  },
} as const satisfies RequestTable;

export interface OrganisationsOutputs {
  'organisation.brief': OrganisationBrief | null;
  'organisation.merge': Organisation;
  'organisation.update': Organisation;
}
