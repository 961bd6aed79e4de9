import { PopupApp } from '../../components/popup/PopupApp';
import { initialTab } from '../../components/popup/PopupTabs';
import { COLD_PAGE_SIZE, COLD_TAB_READ, readColdList } from '../../components/popup/use-cold-list';
import { startFirstRead } from '../../components/shared/first-read';
import { mountPage } from '../../components/shared/mount';

// Opened on the going-cold tab, its read starts now, while the page's code is evaluated and rendered.
if (initialTab(window.location.hash) === 'cold') startFirstRead(COLD_TAB_READ, (db) => readColdList(db, COLD_PAGE_SIZE));
mountPage(<PopupApp />);
