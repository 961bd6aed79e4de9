import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { openSidePanel } from '../../utils/display/open-panel';

/** "Open in the side panel": the window is looked up beforehand, because the panel opens only synchronously in the click. */
export function OpenPanelButton() {
  const [windowId, setWindowId] = useState<number>();
  const [problem, setProblem] = useState('');
  useEffect(() => {
    browser.windows.getCurrent().then(
      (current) => setWindowId(current.id),
      () => undefined,
    );
  }, []);
  const open = () => {
    openSidePanel(windowId).then(
      () => window.close(),
      (error: unknown) => setProblem(t('panelOpenFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  return (
    <>
      <button type="button" onClick={open} disabled={!import.meta.env.FIREFOX && windowId === undefined}>
        {t('panelOpen')}
      </button>
      <p role="alert" className="due-outcome">
        {problem}
      </p>
    </>
  );
}
