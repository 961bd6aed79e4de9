import { t } from '../../utils/i18n';
import { PageView } from './PageView';
import { useTabContext } from './use-tab-context';

export function SidebarApp() {
  const tab = useTabContext();
  if (tab.status === 'loading') return <p className="subtle">{t('sidebarLoading')}</p>;
  if (tab.status === 'error') return <p role="alert">{t('sidebarError', tab.message)}</p>;
  return <PageView context={tab.context} nobodyText={t('sidebarNothingHere')} />;
}
