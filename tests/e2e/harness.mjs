// Everything an end-to-end test needs: the browser with Rapport, fixture pages at the real URLs, the sidebar,
// and a guard that fails the test if anything tries to reach the network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './browser.mjs';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const SITE_HOSTS = new Set(['www.linkedin.com', 'mail.google.com']);
/** Where the real pages (and so the fixtures copied from them) load their images and fonts: answered empty. */
const SITE_ASSET_HOSTS = /(^|\.)(gstatic\.com|googleusercontent\.com|licdn\.com)$/;

/**
 * How the routed network answers a request, for either browser: extension files load, the sites' asset hosts
 * answer empty (unless the extension asks), the two sites serve `servedPages` (404 otherwise), anything else
 * is off-site and refused.
 * @returns {{ kind: 'continue' } | { kind: 'off-site' } | { kind: 'fulfill', status: number, contentType: string, body: string }}
 */
export function answerFor(href, servedPages, { fromExtension, allowedOrigins = [] }) {
  const url = new URL(href);
  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:' || url.protocol === 'data:') return { kind: 'continue' };
  // A sync test's own server on 127.0.0.1 (its one origin) is the only other place a request may go.
  if (allowedOrigins.includes(url.origin)) return { kind: 'continue' };
  if (SITE_ASSET_HOSTS.test(url.hostname) && !fromExtension) return { kind: 'fulfill', status: 204, contentType: 'text/plain', body: '' };
  if (!SITE_HOSTS.has(url.hostname)) return { kind: 'off-site' };
  const page = servedPages.get(`${url.origin}${url.pathname}${url.search}`) ?? servedPages.get(`${url.origin}${url.pathname}`);
  if (page === undefined) return { kind: 'fulfill', status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' };
  return { kind: 'fulfill', status: 200, contentType: 'text/html; charset=utf-8', body: typeof page === 'string' ? fixture(page) : page.html };
}

function fromExtension(request) {
  try {
    return request.frame().url().startsWith('chrome-extension:');
  } catch {
    return true; // a service worker's request has no frame
  }
}

export function fixture(relativePath) {
  return readFileSync(path.join(FIXTURES, relativePath), 'utf8');
}

/**
 * @param {{ pages?: Record<string, string | { html: string }>, lang?: string, headless?: boolean, extensionDir?: string, allowedOrigins?: string[] }} options
 *   pages: URL without hash -> fixture path (relative to tests/fixtures) or `{ html }`.
 *   allowedOrigins: origins requests may reach (a sync test's server on 127.0.0.1).
 */
export async function startRapport({ pages = {}, lang, headless, extension = true, extensionDir, keepWelcome, colorScheme, allowedOrigins = [] } = {}) {
  const browser = await launchWithExtension({ lang, headless, keepWelcome, colorScheme, extensionDir: extension ? extensionDir : null });
  const { context, worker, extensionId } = browser;
  const offSite = [];
  const servedPages = new Map(Object.entries(pages));
  context.setDefaultTimeout(10_000);

  await context.route('**/*', (route) => {
    const href = route.request().url();
    const answer = answerFor(href, servedPages, { fromExtension: fromExtension(route.request()), allowedOrigins });
    if (answer.kind === 'continue') return route.continue();
    if (answer.kind === 'fulfill') return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    offSite.push(href);
    return route.abort('blockedbyclient');
  });

  let admin;
  const adminPage = async () => {
    if (!admin || admin.isClosed()) {
      admin = await context.newPage();
      await admin.goto(rapport.extensionUrl('options.html'));
    }
    return admin;
  };
  const rapport = {
    context,
    worker,
    extensionId,
    offSite,
    serve(url, page) {
      servedPages.set(url, page);
    },
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    /** Sends a request as an extension page would (seeding and checking data through the real background). */
    async call(type, input) {
      const reply = await (await adminPage()).evaluate((message) => chrome.runtime.sendMessage(message), { rapport: 1, type, input });
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no reply'}`);
      return reply.value;
    },
    /**
     * Until the returned function has seen one, notes the address of every tab that opens and closes it before
     * it loads (a tab Rapport opens escapes the routing, so it must not load). The function waits for them.
     */
    async recordOpenedTabs() {
      const page = await adminPage();
      await page.evaluate(() => {
        window.openedTabs = [];
        window.recordingTabs = true;
        if (window.tabListener) return;
        window.tabListener = (tab) => {
          if (!window.recordingTabs) return;
          window.openedTabs.push(tab.pendingUrl || tab.url);
          void chrome.tabs.remove(tab.id).catch(() => undefined);
        };
        chrome.tabs.onCreated.addListener(window.tabListener);
      });
      return () =>
        waitUntil(async () => {
          const urls = await page.evaluate(() => {
            if (window.openedTabs.length > 0) window.recordingTabs = false;
            return window.openedTabs;
          });
          return urls.length > 0 && urls;
        }, { message: 'a tab to open' });
    },
    /** The running service worker: after a stop, the next event starts a new one. */
    async currentWorker() {
      const running = context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
      return running ?? (await context.waitForEvent('serviceworker'));
    },
    badge: async () => (await rapport.currentWorker()).evaluate(() => chrome.action.getBadgeText({})),
    /** Stops the extension's service worker through DevTools, as the browser does when it is idle. */
    async stopWorker(page) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const stopped = new Promise((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.every((version) => version.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async close() {
      await browser.close();
    },
  };
  return rapport;
}

/** The sidebar frame inside a host page (an extension page the host page itself cannot read). */
export async function sidebarOf(page, { timeout = 10_000 } = {}) {
  const handle = await page.locator('rapport-sidebar iframe').elementHandle({ timeout });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame.');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * Runs inside the page: a single-page-app navigation as the sites do it. The URL (LinkedIn: History API) or
 * the hash (Gmail) changes first; the content is replaced a moment later. Returns when it started (epoch ms).
 */
export function navigateLikeTheSite({ url, hash, html, delayMs = 80 }) {
  if (url) history.pushState({}, '', url);
  else location.hash = hash;
  const started = Date.now();
  setTimeout(() => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    for (const child of [...document.body.children]) if (child.localName !== 'rapport-sidebar') child.remove();
    document.body.prepend(...next.body.childNodes);
  }, delayMs);
  return started;
}

/** LinkedIn: profile to profile without a page load. */
export function navigateInPage(page, url, html, options = {}) {
  return page.evaluate(navigateLikeTheSite, { url, html, ...options });
}

/** Gmail: thread to thread by hash. */
export function switchGmailThread(page, hash, html, options = {}) {
  return page.evaluate(navigateLikeTheSite, { hash, html, ...options });
}

/** Sends a request from inside the sidebar frame, i.e. as the sidebar of that tab. */
export async function callFromSidebar(sidebar, type, input) {
  const reply = await sidebar.evaluate((message) => chrome.runtime.sendMessage(message), { rapport: 1, type, input });
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no reply'}`);
  return reply.value;
}

export async function waitUntil(check, { timeout = 6000, interval = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`Timed out waiting for ${message}`);
}

export function assertNoOffSiteRequests(rapport, assert) {
  assert.deepEqual(rapport.offSite, [], 'nothing may reach the network');
}
