import { t } from '../../utils/i18n';
import { ImportSection } from '../options/import/ImportSection';
import { StepActions, type StepProps } from './step-parts';

/** Where the user's network already is, with the exact menus that export it, then the import itself. */
export function NetworkStep({ next }: StepProps) {
  return (
    <>
      <p>{t('welcomeNetworkIntro')}</p>
      <h3>{t('welcomeLinkedinExport')}</h3>
      <ol className="welcome-path">
        <li>{t('welcomeLinkedinPath1')}</li>
        <li>{t('welcomeLinkedinPath2')}</li>
        <li>{t('welcomeLinkedinPath3')}</li>
      </ol>
      <h3>{t('welcomeGoogleExport')}</h3>
      <ol className="welcome-path">
        <li>{t('welcomeGooglePath1')}</li>
        <li>{t('welcomeGooglePath2')}</li>
      </ol>
      <div className="welcome-import">
        <ImportSection />
      </div>
      <StepActions next={next} />
    </>
  );
}
