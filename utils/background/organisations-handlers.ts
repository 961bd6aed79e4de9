import { readOrganisationBrief } from '../db/organisation-brief';
import { mergeOrganisations, updateOrganisation } from '../db/organisations-repo';
import type { ORGANISATIONS_REQUESTS, OrganisationsOutputs } from '../messaging/requests/organisations';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createOrganisationsHandlers(deps: HandlerDeps): FeatureHandlers<typeof ORGANISATIONS_REQUESTS, OrganisationsOutputs> {
  const writing = writer(deps);
  return {
    async 'organisation.brief'(person) {
      return (await readOrganisationBrief(await deps.db(), person)) ?? null;
    },
    async 'organisation.merge'({ keepId, mergeId }) {
      return writing((database) => mergeOrganisations(database, keepId, mergeId));
    },
    async 'organisation.update'({ organisationId, name, notes }) {
      return writing((database) => updateOrganisation(database, organisationId, { name, notes }));
    },
  };
}
