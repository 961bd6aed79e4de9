import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguage } from '../../utils/i18n';
import { installBundledMessagesIfMissing } from '../../utils/i18n-bundled';
import { installAnnouncer } from './announcer';
import './theme.css';

/** Every extension page starts the same way: language on <html>, one React root. */
export function mountPage(content: ReactNode): void {
  void installBundledMessagesIfMissing().finally(() => render(content));
}

function render(content: ReactNode): void {
  document.documentElement.lang = uiLanguage();
  installAnnouncer();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode>{content}</StrictMode>);
}
