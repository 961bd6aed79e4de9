/** Contact data for the drafts UI tests (not imported by the app). */
import { agreement, at, contact, interaction } from '../../utils/drafts/test-fixtures';
import type { DraftContextData } from '../../utils/messaging/requests/drafts';

export const TODAY = '2027-01-12';
export const TIME_ZONE = 'Europe/Berlin';

export function contextData(overrides: Partial<DraftContextData> = {}): DraftContextData {
  return { contact: contact(), agreements: [], interactions: [], colleagues: [], ...overrides };
}

export { agreement, at, contact, interaction };
