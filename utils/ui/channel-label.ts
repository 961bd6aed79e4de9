import type { Channel } from '../domain/model';
import { t, type MessageKey } from '../i18n';

/** Message names allow only letters, digits and `_`; channels are stored as `in-person`. */
export function channelLabel(channel: Channel): string {
  return t(`channel_${channel.replace('-', '_')}` as MessageKey);
}
