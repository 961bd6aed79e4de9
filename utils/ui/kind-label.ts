import type { ContactKind } from '../domain/model';
import { t, type MessageKey } from '../i18n';

export function kindLabel(kind: ContactKind): string {
  return t(`tagsKind_${kind.replace(/-/g, '_')}` as MessageKey);
}
