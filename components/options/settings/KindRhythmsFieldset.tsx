import { CONTACT_KINDS, type ContactKind } from '../../../utils/domain/model';
import type { Settings } from '../../../utils/domain/settings';
import { t } from '../../../utils/i18n';
import { kindLabel } from '../../../utils/ui/kind-label';
import { CadencePicker } from '../../shared/CadencePicker';

type KindCadences = Settings['kindCadences'];

/** One rhythm per kind of relationship; "no reminders" leaves the kind out. */
export function KindRhythmsFieldset({ value, onChange }: { value: KindCadences; onChange: (value: KindCadences) => void }) {
  const setKind = (kind: ContactKind, cadence: KindCadences[ContactKind]) => {
    const next: KindCadences = { ...value };
    if (cadence) next[kind] = cadence;
    else delete next[kind];
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{t('tagsSettingsLegend')}</legend>
      <p className="subtle">{t('tagsSettingsHint')}</p>
      {CONTACT_KINDS.map((kind) => (
        <CadencePicker
          key={kind}
          label={kindLabel(kind)}
          value={value[kind]}
          noneLabel={t('tagsSettingsKindNone')}
          onChange={(cadence) => setKind(kind, cadence)}
        />
      ))}
    </fieldset>
  );
}
