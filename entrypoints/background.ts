import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start';
import { installWorkerCatalogs } from '../utils/i18n-worker-catalogs';

export default defineBackground(() => {
  installWorkerCatalogs();
  startBackground();
});
