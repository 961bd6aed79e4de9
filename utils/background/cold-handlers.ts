import { readContactMonths, readGoingCold } from '../db/going-cold';
import type { COLD_REQUESTS, ColdOutputs } from '../messaging/requests/cold';
import { todayIn } from '../schedule/calendar';
import type { HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

const SIDEBAR_MONTHS = 12;

/** Reads only: the coldest relationships, and one contact's months of contact. */
export function createColdHandlers(deps: HandlerDeps, now: () => number = Date.now): FeatureHandlers<typeof COLD_REQUESTS, ColdOutputs> {
  return {
    async 'cold.list'({ limit }) {
      const at = now();
      return readGoingCold(await deps.db(), { today: todayIn(undefined, at), now: at, limit });
    },
    async 'cold.months'({ contactId }) {
      const at = now();
      return (await readContactMonths(await deps.db(), contactId, { today: todayIn(undefined, at), now: at, count: SIDEBAR_MONTHS })) ?? null;
    },
  };
}
