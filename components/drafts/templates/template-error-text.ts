import type { TemplateFieldError } from '../../../utils/drafts';
import { t, type MessageKey } from '../../../utils/i18n';

/** `Message, line 3, column 12: there is no placeholder {fristName}`. */
export function templateErrorText(error: TemplateFieldError): string {
  const field = t(error.field === 'subject' ? 'draftSubject' : 'draftBody');
  const problem = t(`templateError_${error.code.replaceAll('-', '_')}` as MessageKey, error.name ?? '');
  return t('templatesErrorAt', [field, String(error.line), String(error.column), problem]);
}
