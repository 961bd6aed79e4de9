import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../components/shared/early-read';

// A classic script in the <head> of the options page and the popup: it starts the page's first database read before
// the browser has fetched and parsed the page's modules (components/shared/early-read.ts).
export default defineUnlistedScript(() => startEarlyRead(new URL(window.location.href)));
