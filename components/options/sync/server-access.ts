import { browser } from 'wxt/browser';
import { serverPermissionPattern } from '../../../utils/sync/server-address';

/**
 * Asks for the optional host permission of the server's host, so it is reached even without CORS settings. Must be
 * called in the Connect click itself, before any await: browsers grant permission requests only during a user
 * gesture. Declined, unavailable or failed: false, and Connect goes on relying on the server's CORS.
 */
export function requestServerAccess(address: string): Promise<boolean> {
  const pattern = serverPermissionPattern(address);
  if (!pattern) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
