import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start';
import { installBundledMessages } from '../utils/i18n-bundled';

export default defineBackground(() => {
  installBundledMessages();
  startBackground();
});
