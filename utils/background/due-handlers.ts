import { updateContact } from '../db/contacts-repo';
import { countDueUpTo, filteredCounts, readDueRows } from '../db/due-list';
import { markDateHandled } from '../db/important-dates-repo';
import { readLabelsInUse } from '../db/tags-query';
import { logInteractions } from '../db/interactions-repo';
import { t } from '../i18n';
import { DUE_LIST_MAX, type DUE_REQUESTS, type DueOutputs } from '../messaging/requests/due';
import { todayIn } from '../schedule/calendar';
import { BADGE_MAX } from '../schedule/due';
import { snoozeUntil } from '../schedule/snooze';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

/** The popup's list, and its two actions that change a follow-up: snooze, and "Done, I got in touch". */
export function createDueHandlers(deps: HandlerDeps, now: () => number = Date.now): FeatureHandlers<typeof DUE_REQUESTS, DueOutputs> {
  const writing = writer(deps);

  return {
    async 'due.list'({ limit, filter }) {
      const database = await deps.db();
      const today = todayIn(undefined, now());
      // Counted first: the count brings passed dates' reminders forward before the rows are read.
      const counts = await countDueUpTo(database, today, BADGE_MAX + 1);
      const [rows, labels] = await Promise.all([readDueRows(database, today, filter ? DUE_LIST_MAX + 1 : limit + 1, filter), readLabelsInUse(database)]);
      return {
        today,
        rows: rows.slice(0, limit),
        more: rows.length > limit,
        counts,
        labels,
        ...(filter ? { filteredCounts: filteredCounts(rows) } : {}),
      };
    },
    async 'due.dateDone'({ contactId, dateId, occursOn }) {
      return writing((database) => markDateHandled(database, contactId, dateId, occursOn, now()));
    },
    async 'due.snooze'({ contactId, snooze }) {
      const today = todayIn(undefined, now());
      const until = snoozeUntil(snooze, today);
      if (until <= today) throw new Error(`A snooze ends after today (${today}), not on ${until}.`);
      return writing((database) => updateContact(database, contactId, { snoozedUntil: until }, now()));
    },
    async 'due.done'({ contactId }) {
      return writing(async (database) => {
        const at = now();
        const [logged] = await logInteractions(
          database,
          [{ contactId, at, channel: 'note', direction: 'outbound', summary: t('dueDoneSummary') }],
          at,
        );
        if (!logged) throw new Error('Nothing was logged.');
        return logged;
      });
    },
  };
}
