import * as v from 'valibot';
import type { CalendarDate, Contact, Interaction } from '../../domain/model';
import type { DueRow } from '../../db/due-list';
import type { LabelsInUse } from '../../db/tags-query';
import { CONTACT_KINDS } from '../../domain/model';
import type { DueCounts } from '../../schedule/due';
import { calendarDate, id, text } from './fields';
import type { RequestTable } from './table';

/** Who is due: the popup's follow-up list and its actions. */
export const DUE_LIST_MAX = 500;

const SnoozeSchema = v.union([v.picklist(['1-day', '1-week', '1-month']), v.object({ until: calendarDate })]);

export interface DuePage {
  today: CalendarDate;
  /** The most overdue first, at most `limit`. */
  rows: DueRow[];
  /** More rows follow these. */
  more: boolean;
  /** What the badge counts, as the badge reads them: each up to `BADGE_MAX + 1`, which stands for "more than 99". */
  counts: DueCounts;
  /** The kinds and tags some contact has: what the list can be filtered by. */
  labels: LabelsInUse;
  /** With a filter: what the shown rows stand for (all matching rows were read). */
  filteredCounts?: DueCounts;
}

/** One kind or one tag; none = everyone. */
export const DueFilterSchema = v.union([v.object({ kind: v.picklist(CONTACT_KINDS) }), v.object({ tag: v.pipe(text(120), v.minLength(1)) })]);

export const DUE_REQUESTS = {
  'due.list': {
    from: ['extension-page'],
    input: v.object({
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DUE_LIST_MAX)),
      filter: v.optional(DueFilterSchema),
    }),
  },
  /** "Done" on an important date's reminder: this occurrence is handled, the next one will come. */
  'due.dateDone': { from: ['extension-page'], input: v.object({ contactId: id, dateId: id, occursOn: calendarDate }) },
  'due.snooze': { from: ['extension-page'], input: v.object({ contactId: id, snooze: SnoozeSchema }) },
  'due.done': { from: ['extension-page'], input: v.object({ contactId: id }) },
} as const satisfies RequestTable;

export interface DueOutputs {
  'due.list': DuePage;
  'due.snooze': Contact;
  /** The interaction logged for "Done, I got in touch". */
  'due.done': Interaction;
  'due.dateDone': Contact;
}

export type { DueRow };
