// Finds Debian's Chromium and launches it with the built extension; the only place that knows launch flags.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** A proxy nobody listens on: whatever the test's routing does not answer never leaves the machine. */
export const DEAD_PROXY = '127.0.0.1:1';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../..', process.env.RAPPORT_OUT_DIR ?? '.output', 'chrome-mv3');

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      "Chromium was not found. The end-to-end tests need Debian's `chromium` package: run `apt-get install -y chromium` (or set CHROMIUM_PATH).",
    );
  }
}

/** The welcome page Rapport opens on install, once it is there (undefined if it does not open within `timeout`). */
export async function welcomePageOf(context, extensionId, { timeout = 5000 } = {}) {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = context.pages().find((candidate) => candidate.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

/**
 * `extensionDir: null` launches the same browser without Rapport, as a baseline for measurements.
 * The welcome page that opens on install is closed unless `keepWelcome`, so tests start with the tabs they open.
 */
export async function launchWithExtension({ lang = 'en-US', headless = true, extensionDir = EXTENSION_DIR, keepWelcome = false, colorScheme = 'light' } = {}) {
  if (extensionDir !== null && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless,
      locale: lang,
      colorScheme,
      viewport: { width: 1280, height: 860 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...(extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
        `--lang=${lang}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Routing answers the pages; anything it misses (a tab an extension opens escapes it) meets a closed port.
        `--proxy-server=${DEAD_PROXY}`,
      ],
    });
    const worker = extensionDir === null ? undefined : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
    const extensionId = worker && new URL(worker.url()).host;
    if (extensionId && !keepWelcome) {
      // On a loaded machine the welcome tab can open late: close it whenever it comes.
      const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
      context.on('page', (page) => {
        page.waitForLoadState('domcontentloaded').then(
          () => (page.url() === welcomeUrl ? page.close() : undefined),
          () => undefined,
        );
      });
      await (await welcomePageOf(context, extensionId))?.close();
    }
    return {
      context,
      worker,
      extensionId,
      async close() {
        await context.close().catch(() => undefined);
        removeProfile();
      },
    };
  } catch (error) {
    removeProfile();
    throw error;
  }
}
