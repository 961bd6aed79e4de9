import { browser } from 'wxt/browser';
import { countDue, type DueCounts } from '../db/due-counts';
import type { RapportDatabase } from '../db/open';
import { todayIn } from '../schedule/calendar';
import { t } from '../i18n';
import { badgeSummary } from '../schedule/due';

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
        : t('badgeTooltip', [String(counts.followUpsOverdue + counts.followUpsDueToday), String(counts.agreementsOverdue)]),
  };
}

export async function refreshBadge(db: RapportDatabase, now = Date.now()): Promise<BadgeView> {
  const view = badgeView(await countDue(db, todayIn(undefined, now)));
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.colour }),
    action.setTitle({ title: view.title }),
  ]);
  return view;
}
