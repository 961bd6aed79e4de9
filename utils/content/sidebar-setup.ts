import type { Site } from '../display/display-place';
import { sidebarSetupFor } from '../display/sidebar-setup';
import type { SidebarSetup } from '../messaging/requests/core';

/**
 * The frame's setup from the first answer to the page's report (the background sends it with every answer), or read
 * here when that answer fails: the page's own storage and catalog cost the host page an API binding each.
 */
export function firstSidebarSetup(site: Site): { setup: Promise<SidebarSetup>; answered: (answer: Promise<SidebarSetup>) => void } {
  let settle: ((setup: Promise<SidebarSetup>) => void) | undefined;
  const setup = new Promise<SidebarSetup>((resolve) => {
    settle = resolve;
  });
  return {
    setup,
    answered: (answer) => {
      if (!settle) return;
      const settleWith = settle;
      settle = undefined;
      settleWith(answer.catch(() => sidebarSetupFor(site)));
    },
  };
}
