import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../../utils/i18n';

export type PopupTab = 'due' | 'cold';
const TABS: ReadonlyArray<{ tab: PopupTab; label: MessageKey }> = [
  { tab: 'due', label: 'coldTabDue' },
  { tab: 'cold', label: 'coldTabCold' },
];

export const tabId = (tab: PopupTab) => `popup-tab-${tab}`;
export const panelId = (tab: PopupTab) => `popup-panel-${tab}`;

/** `popup.html#cold` opens on the going-cold tab. */
export function initialTab(hash: string): PopupTab {
  return hash === '#cold' ? 'cold' : 'due';
}

/** The popup's two lists as tabs: arrow keys, Home and End move between them (the ARIA tabs pattern). */
export function PopupTabs({ selected, onSelect }: { selected: PopupTab; onSelect: (tab: PopupTab) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((each) => each.tab === selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % TABS.length : event.key === 'ArrowLeft' ? (index - 1 + TABS.length) % TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : -1;
    const tab = TABS[next]?.tab;
    if (!tab) return;
    event.preventDefault();
    onSelect(tab);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(tab)}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={t('coldTabsLabel')} className="popup-tabs" onKeyDown={onKeyDown}>
      {TABS.map(({ tab, label }) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          aria-selected={tab === selected}
          aria-controls={panelId(tab)}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
