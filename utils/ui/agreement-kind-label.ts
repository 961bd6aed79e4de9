import type { AgreementKind } from '../domain/model';
import { t, type MessageKey } from '../i18n';

export function agreementKindLabel(kind: AgreementKind): string {
  return t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);
}
