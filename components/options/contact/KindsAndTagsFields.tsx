import { useId } from 'react';
import { CONTACT_KINDS, type ContactKind } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { kindLabel } from '../../../utils/ui/kind-label';

interface KindsAndTagsFieldsProps {
  kinds: readonly ContactKind[];
  tagsText: string;
  onKinds: (kinds: ContactKind[]) => void;
  onTagsText: (text: string) => void;
}

/** The kinds of a relationship (several may apply) and the user's own tags, typed with commas between them. */
export function KindsAndTagsFields({ kinds, tagsText, onKinds, onTagsText }: KindsAndTagsFieldsProps) {
  const id = useId();
  const toggle = (kind: ContactKind, on: boolean) => onKinds(CONTACT_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <>
      <fieldset className="kinds">
        <legend>{t('tagsKindsLegend')}</legend>
        {CONTACT_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} /> {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('tagsTagsLabel')}</label>
        <input
          id={`${id}-tags`}
          value={tagsText}
          maxLength={3000}
          aria-describedby={`${id}-tags-hint`}
          onChange={(event) => onTagsText(event.target.value)}
        />
        <p id={`${id}-tags-hint`} className="subtle">
          {t('tagsTagsHint')}
        </p>
      </div>
    </>
  );
}
