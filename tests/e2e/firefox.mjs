// Debian's Firefox ESR with the built add-on. Playwright's Firefox cannot load extensions, so this drives the
// stock browser over WebDriver BiDi with puppeteer-core, which installs the add-on through `webExtension.install`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { DEAD_PROXY } from './browser.mjs';
import { answerFor } from './harness.mjs';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../..', process.env.RAPPORT_OUT_DIR ?? '.output', 'firefox-mv2');

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error("Firefox was not found. The Firefox end-to-end test needs Debian's `firefox-esr` package: run `apt-get install -y firefox-esr` (or set FIREFOX_PATH).");
}

/**
 * @param {{ pages?: Record<string, string | { html: string }>, allowedOrigins?: string[] }} options
 *   pages: URL without hash -> fixture path or `{ html }`.
 *   allowedOrigins: `http://127.0.0.1:<port>` origins requests may reach (a sync test's server), past the dead proxy.
 */
export async function startRapportInFirefox({ pages = {}, allowedOrigins = [] } = {}) {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // As in Chromium: what the page's routing does not answer (a tab Rapport opens) meets a closed port.
      ...deadProxyPrefs(DEAD_PROXY),
      ...(allowedOrigins.length > 0 ? loopbackPastProxyPrefs(allowedOrigins) : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const servedPages = new Map(Object.entries(pages));
  const offSite = [];
  return {
    offSite,
    async newPage() {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const answer = answerFor(request.url(), servedPages, { fromExtension: isExtensionFrame(request.frame()), allowedOrigins });
        if (answer.kind === 'continue') return void request.continue();
        if (answer.kind === 'fulfill') return void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
        offSite.push(request.url());
        return void request.abort('blockedbyclient');
      });
      return page;
    },
    /** Waits for a tab whose address passes `test` (a tab Rapport opened), closes it and returns the address. */
    async openedTab(test) {
      const target = await browser.waitForTarget((candidate) => test(requestedAddress(candidate.url())), { timeout: 5000 });
      await (await target.page())?.close();
      return requestedAddress(target.url());
    },
    close: () => browser.close(),
  };
}

/** A tab that met the dead proxy shows Firefox's error page, which carries the address it was asked for. */
function requestedAddress(url) {
  return url.startsWith('about:neterror?') ? (new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('u') ?? url) : url;
}

function deadProxyPrefs(hostAndPort) {
  const [host, port] = hostAndPort.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': true,
  };
}

/** The background page's requests meet no request interception: only the proxy settings keep them in. */
function loopbackPastProxyPrefs(origins) {
  const hosts = [...new Set(origins.map((origin) => new URL(origin).hostname))];
  if (hosts.some((host) => host !== '127.0.0.1')) throw new Error('Only a server on 127.0.0.1 may be reached past the dead proxy.');
  // Firefox sends even loopback through a configured proxy unless told otherwise.
  return { 'network.proxy.allow_hijacking_localhost': false, 'network.proxy.no_proxies_on': hosts.join(',') };
}

function isExtensionFrame(frame) {
  try {
    return !frame || frame.url().startsWith('moz-extension:');
  } catch {
    return true;
  }
}

/** The sidebar's frame in `page`: a moz-extension page the host page cannot read, but the test can. */
export async function firefoxSidebarOf(page, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const inSidebar = await frame.evaluate(() => location.protocol === 'moz-extension:' && document.readyState !== 'loading').catch(() => false);
      if (inSidebar) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No Rapport sidebar frame in the page.');
}

/** Waits until the sidebar frame shows `text` and returns all it shows. */
export async function waitForSidebarText(page, text, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  let shown = '';
  while (Date.now() < deadline) {
    const frame = await firefoxSidebarOf(page, { timeout: Math.max(deadline - Date.now(), 1) }).catch(() => undefined);
    shown = (frame && (await frame.evaluate(() => document.body.innerText).catch(() => ''))) ?? '';
    if (shown.includes(text)) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The sidebar did not show "${text}"; it shows:\n${shown}`);
}
