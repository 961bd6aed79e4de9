import type { DraftKind } from '../../utils/drafts';
import { t, type MessageKey } from '../../utils/i18n';

/** Message names allow only letters, digits and `_`; kinds are spelled `call-summary`. */
export function draftKindLabel(kind: DraftKind): string {
  return t(`draftKind_${kind.replaceAll('-', '_')}` as MessageKey);
}
