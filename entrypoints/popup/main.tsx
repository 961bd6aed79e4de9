import { PopupApp } from '../../components/popup/PopupApp';
import { startFirstRead } from '../../components/shared/first-read';
import { mountPage } from '../../components/shared/mount';
import { firstReadOf } from '../../components/shared/page-first-reads';

// Opened on the going-cold tab, its read has begun in the page's first script (or begins now), while the page's code is evaluated and rendered.
const first = firstReadOf('popup', window.location.hash);
if (first) startFirstRead(first.key, first.read);
mountPage(<PopupApp />);
