import { saveDisplayPlaces } from '../../utils/display/display-place';
import { t } from '../../utils/i18n';
import { DisplayPlaceChoice } from '../shared/DisplayPlaceChoice';
import { StepActions, type StepProps } from './step-parts';

export function PlaceStep({ next }: StepProps) {
  // The choice saves itself; "Continue" also records the defaults for a user who kept them.
  const keep = () => void saveDisplayPlaces({}).then(next, next);
  return (
    <>
      <p>{t('welcomePlaceIntro')}</p>
      <DisplayPlaceChoice />
      <StepActions next={next} onSave={keep} />
    </>
  );
}
