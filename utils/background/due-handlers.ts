import { updateContact } from '../db/contacts-repo';
import { countDueUpTo, readDueRows } from '../db/due-list';
import { logInteractions } from '../db/interactions-repo';
import { t } from '../i18n';
import type { DUE_REQUESTS, DueOutputs } from '../messaging/requests/due';
import { todayIn } from '../schedule/calendar';
import { BADGE_MAX } from '../schedule/due';
import { snoozeUntil } from '../schedule/snooze';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

/** The popup's list, and its two actions that change a follow-up: snooze, and "Done, I got in touch". */
export function createDueHandlers(deps: HandlerDeps, now: () => number = Date.now): FeatureHandlers<typeof DUE_REQUESTS, DueOutputs> {
  const writing = writer(deps);

  return {
    async 'due.list'({ limit }) {
      const database = await deps.db();
      const today = todayIn(undefined, now());
      const [rows, counts] = await Promise.all([readDueRows(database, today, limit + 1), countDueUpTo(database, today, BADGE_MAX + 1)]);
      return { today, rows: rows.slice(0, limit), more: rows.length > limit, counts };
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
