import { browser } from 'wxt/browser';
import type { DueCounts } from '../db/due-counts';
import { countDueUpTo } from '../db/due-list';
import type { RapportDatabase } from '../db/open';
import { todayIn } from '../schedule/calendar';
import { t } from '../i18n';
import { BADGE_MAX, badgeSummary } from '../schedule/due';

const OVERDUE_COLOUR = '#b3261e';
const DUE_TODAY_COLOUR = '#8a5a00';

export interface BadgeView {
  text: string;
  colour: string;
  title: string;
}

export function badgeView(counts: DueCounts): BadgeView {
  const badge = badgeSummary(counts);
  return {
    text: badge.text,
    colour: badge.state === 'overdue' ? OVERDUE_COLOUR : DUE_TODAY_COLOUR,
    title:
      badge.count === 0
        ? t('badgeNothingDue')
        : counts.datesDue
          ? t('datesBadgeTooltip', [
              countText(counts.followUpsOverdue + counts.followUpsDueToday),
              countText(counts.agreementsOverdue),
              countText(counts.datesDue),
            ])
          : t('badgeTooltip', [countText(counts.followUpsOverdue + counts.followUpsDueToday), countText(counts.agreementsOverdue)]),
  };
}

/** Counts beyond what the badge shows are only known to be more than that. */
const countText = (count: number) => (count > BADGE_MAX ? `${BADGE_MAX}+` : String(count));

export async function refreshBadge(db: RapportDatabase, now = Date.now()): Promise<BadgeView> {
  const view = badgeView(await countDueUpTo(db, todayIn(undefined, now), BADGE_MAX + 1));
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.colour }),
    action.setTitle({ title: view.title }),
  ]);
  return view;
}
