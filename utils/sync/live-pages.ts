import { callBackground } from '../messaging/client';

export const LIVE_PING_MS = 20_000;
/** Live sync stops this long after the last open page stopped asking for it. */
export const LIVE_GRACE_MS = 45_000;

/**
 * For an extension page: while it is open it asks the background every 20 s to keep sync live (changes arrive
 * within a second), and the messages keep the worker awake. Returns the stop function.
 */
export function holdSyncLive(): () => void {
  const ask = () => void callBackground('sync.live', {}).catch(() => undefined);
  ask();
  const ping = setInterval(ask, LIVE_PING_MS);
  return () => clearInterval(ping);
}
