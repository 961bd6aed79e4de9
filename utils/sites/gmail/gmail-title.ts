import { readAddress } from './gmail-people';

/**
 * The signed-in address from `document.title`: "<view or subject> - you@example.com - Gmail"
 * (Workspace may brand the last part). Only the second-to-last part counts, so an address in a
 * subject cannot pose as the account.
 */
export function accountFromTitle(title: string): string | undefined {
  const parts = title.split(' - ');
  if (parts.length < 3) return undefined;
  return readAddress(parts[parts.length - 2]) || undefined;
}
