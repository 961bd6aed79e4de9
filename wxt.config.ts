import { defineConfig } from 'wxt';

const SITES = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];

// The manifest is part of Rapport's privacy promise; tests/e2e/manifest.test.mjs pins every line of it.
export default defineConfig({
  // Separate output folders let several builds (and e2e runs) happen side by side.
  outDir: process.env.RAPPORT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: SITES,
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: SITES, use_dynamic_url: true },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
