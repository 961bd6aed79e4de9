import { useId } from 'react';
import type { ContactKind } from '../../utils/domain/model';
import { filterFromValue, filterValue, type ContactFilter } from '../../utils/domain/tags';
import { t } from '../../utils/i18n';
import { kindLabel } from '../../utils/ui/kind-label';

interface LabelFilterProps {
  kinds: readonly ContactKind[];
  tags: readonly string[];
  value: ContactFilter;
  onChange: (filter: ContactFilter) => void;
}

/** "Show: everyone / a kind / a tag", offering only what some contact has; nothing when no contact has any. */
export function LabelFilter({ kinds, tags, value, onChange }: LabelFilterProps) {
  const id = useId();
  const current = filterValue(value);
  if (kinds.length === 0 && tags.length === 0 && current === '') return null;
  return (
    <span className="label-filter">
      <label htmlFor={id}>{t('tagsFilterLabel')}</label>{' '}
      <select id={id} value={current} onChange={(event) => onChange(filterFromValue(event.target.value))}>
        <option value="">{t('tagsFilterEveryone')}</option>
        {kinds.length > 0 && (
          <optgroup label={t('tagsFilterKinds')}>
            {kinds.map((kind) => (
              <option key={kind} value={filterValue({ kind })}>
                {kindLabel(kind)}
              </option>
            ))}
          </optgroup>
        )}
        {tags.length > 0 && (
          <optgroup label={t('tagsFilterTags')}>
            {tags.map((tag) => (
              <option key={tag} value={filterValue({ tag })}>
                {tag}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </span>
  );
}
