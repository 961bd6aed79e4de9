import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import type { AliasOptions } from 'vite';
import { SITE_PAGES } from './utils/sites/site-pages';
import { SERVER_PERMISSION_SCOPE } from './utils/sync/server-address';

/**
 * PouchDB turns JavaScript text from design documents (string filters and views) into functions with the Function
 * constructor. Rapport never uses those, extension CSPs forbid it, and AMO's linter rejects it: the one place that
 * does it is replaced by an error, and the build fails if a PouchDB upgrade moves it.
 */
function pouchdbWithoutEval(): Plugin {
  const EVAL = 'return Function.apply(null, keys).apply(null, values);';
  return {
    name: 'rapport:pouchdb-without-eval',
    transform(code, id) {
      if (!/[\\/]pouchdb-browser[\\/]lib[\\/]/.test(id)) return null;
      if (!code.includes(EVAL)) this.error(`pouchdb-browser changed: ${EVAL} not found in ${id}; check for eval again.`);
      return { code: code.replace(EVAL, "throw new Error('Rapport runs no code from documents.');"), map: null };
    },
  };
}

/**
 * WXT 0.21 announces every starting content script twice: a CustomEvent on the document, which the scripts it builds
 * listen for, and `window.postMessage` for scripts built by WXT before 0.20, which Rapport never shipped. The message
 * reaches every `message` listener of LinkedIn and Gmail with Rapport's extension id in it, and cost about 3 ms per
 * page load in traces: it is left out, and the build fails if a WXT upgrade moves it.
 */
function wxtWithoutPagePostMessage(): Plugin {
  const POST_MESSAGE = /window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,\s*contentScriptName: this\.contentScriptName,\s*messageId: this\.id\s*\}, "\*"\);/;
  return {
    name: 'rapport:wxt-without-page-post-message',
    transform(code, id) {
      if (!/[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      if (!POST_MESSAGE.test(code)) this.error(`wxt changed: the content script's window.postMessage was not found in ${id}.`);
      return { code: code.replace(POST_MESSAGE, ''), map: null };
    },
  };
}

// The manifest is part of Rapport's privacy promise; tests/e2e/manifest.test.mjs pins every line of it.
export default defineConfig({
  // Separate output folders let several builds (and e2e runs) happen side by side.
  outDir: process.env.RAPPORT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: (env) => ({
    plugins: [pouchdbWithoutEval(), wxtWithoutPagePostMessage()],
    // Firefox's background parses LinkedIn's page copy with its own DOMParser: linkedom (370 KB, and innerHTML
    // assignments AMO's linter flags) stays out of its build.
    resolve: env.browser === 'firefox' ? { alias: { linkedom: fileURLToPath(new URL('./utils/background/linkedom-left-out.ts', import.meta.url)) } } : {},
    // Extension pages load every chunk through the browser's extension protocol, a few ms each on a busy machine:
    // without this the popup loaded 27 small shared chunks. Chunks under 20 KB are merged into one its pages load anyway.
    // RAPPORT_NO_MINIFY=1 keeps function names for CPU profiles (scripts/profile-sync-pull.mjs).
    build: { rollupOptions: { output: { experimentalMinChunkSize: 20_000 } }, ...(process.env.RAPPORT_NO_MINIFY ? { minify: false } : {}) },
  }),
  hooks: {
    // Content scripts use the browsers' own promise-based API (Chrome MV3, Firefox): the polyfill the module above
    // puts behind `wxt/browser` is 2.8 KB gzip of the 15 KB each content script may weigh. Extension pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...aliasList(config.resolve?.alias)] };
    },
    // The locale files ship without indentation: a fifth smaller, and nothing reads them but the browser.
    'build:publicAssets': (_wxt, files) => {
      for (const [index, file] of files.entries()) {
        if (!('absoluteSrc' in file) || !/^_locales[\\/][^\\/]+[\\/]messages\.json$/.test(file.relativeDest)) continue;
        files[index] = { relativeDest: file.relativeDest, contents: JSON.stringify(JSON.parse(readFileSync(file.absoluteSrc, 'utf8'))) };
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // notifications: asked for only when the user turns on the daily reminder in the settings. The sync server's host:
    // asked for on Connect, that one host only (nothing is granted at install); the server's CORS is the alternative.
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['notifications', ...SERVER_PERMISSION_SCOPE] }
      : { optional_permissions: ['notifications'], optional_host_permissions: [...SERVER_PERMISSION_SCOPE] }),
    host_permissions: SITE_PAGES,
    action: { default_title: '__MSG_extName__' },
    // Listed in the browser's shortcut settings (chrome://extensions/shortcuts, about:addons), where users change them.
    commands: {
      'open-rapport': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_panelCommandOpen__' },
      'new-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_panelCommandNewNote__' },
    },
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: SITE_PAGES, use_dynamic_url: true },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Rapport collects nothing: everything stays on the user's computer. From 147 Firefox has the
            // Navigation API, which WXT's location watcher needs to follow LinkedIn without polling.
            gecko: { id: 'rapport@rapport.invalid', strict_min_version: '147.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});

function aliasList(alias: AliasOptions | undefined): Exclude<AliasOptions, Record<string, string>> {
  if (!alias) return [];
  return Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}
