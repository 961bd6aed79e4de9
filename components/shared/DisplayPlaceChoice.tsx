import { useId, useState } from 'react';
import { SITES, type DisplayPlace, type Site } from '../../utils/display/display-place';
import { t, type MessageKey } from '../../utils/i18n';
import { useDisplayPlaces } from './use-display-places';

const SITE_NAMES: Record<Site, MessageKey> = { linkedin: 'panelSiteLinkedIn', gmail: 'panelSiteGmail' };
const PLACE_LABELS: Record<DisplayPlace, MessageKey> = { page: 'panelPlacePage', panel: 'panelPlacePanel' };

/** "Where Rapport appears", per site; saved at once (it is a choice for this browser, see display-place.ts). */
export function DisplayPlaceChoice() {
  const id = useId();
  const [places, save] = useDisplayPlaces();
  const [saved, setSaved] = useState('');
  if (!places) return null;
  const choose = (site: Site, place: DisplayPlace) => {
    setSaved('');
    void save({ [site]: place }).then(() => setSaved(t('panelPlaceSaved')));
  };
  return (
    <div className="display-places">
      {SITES.map((site) => (
        <fieldset key={site} className="place-choice">
          <legend>{t(SITE_NAMES[site])}</legend>
          {(['page', 'panel'] as const).map((place) => (
            <div key={place} className="field check">
              <input
                id={`${id}-${site}-${place}`}
                type="radio"
                name={`${id}-${site}`}
                value={place}
                checked={places[site] === place}
                onChange={() => choose(site, place)}
              />
              <label htmlFor={`${id}-${site}-${place}`}>{t(PLACE_LABELS[place])}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <p className="subtle hint">{t('panelPlaceHint')}</p>
      <p role="status" className="subtle">
        {saved}
      </p>
    </div>
  );
}
