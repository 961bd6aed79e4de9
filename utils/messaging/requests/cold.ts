import * as v from 'valibot';
import type { GoingColdList } from '../../db/going-cold';
import type { CalendarMonth } from '../../cold/months';
import { id } from './fields';
import type { RequestTable } from './table';

/** Who is going cold: the popup's tab and the sidebar's 12-month strip. */
export const COLD_LIST_MAX = 200;

export interface ContactMonths {
  months: CalendarMonth[];
  counts: number[];
}

export const COLD_REQUESTS = {
  'cold.list': {
    from: ['extension-page'],
    input: v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(COLD_LIST_MAX)) }),
  },
  'cold.months': { from: ['extension-page'], input: v.object({ contactId: id }) },
} as const satisfies RequestTable;

export interface ColdOutputs {
  'cold.list': GoingColdList;
  /** The last 12 months of contact; null when there is no such contact. */
  'cold.months': ContactMonths | null;
}
