import { t } from '../i18n';
import type { SidebarLabels } from '../messaging/requests/core';

export function sidebarLabels(): SidebarLabels {
  return { title: t('sidebarTitle'), tab: t('extName'), show: t('sidebarShow'), hide: t('sidebarHide') };
}
