import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { corpusIndexAsset } from './cli/corpus-files';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // A second build beside the usual one (the browser test's 10,000-article build) sets its own folder.
  ...(process.env.CROSSLINE_OUT_DIR ? { outDir: process.env.CROSSLINE_OUT_DIR } : {}),
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, command }) => ({
    // Words in public/_locales/<lang>/messages.json: a newsroom adds a language without touching code.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting are not needed: the content script is declared; storage keeps settings;
    // contextMenus for "Compare with other outlets" on a selection; offscreen (Chrome) for the
    // document whose worker keeps the corpus loaded between service worker restarts.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'offscreen'],
    commands: {
      'compare-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCompare__',
      },
    },
    // No inline or evaluated script, and no network: extension pages, the service worker and the
    // engine's worker may fetch only the extension's own files (the corpus index). Built packages
    // only: `wxt` dev mode reloads through a local server.
    ...(command === 'build'
      ? {
          content_security_policy:
            browser === 'firefox'
              ? "script-src 'self'; object-src 'self'; connect-src 'self'"
              : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'" },
        }
      : {}),
    // The side panel needs Chrome 114; chrome.offscreen.hasDocument, 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crossline@crossline.example',
              // data_collection_permissions (no data leaves the browser) is read from Firefox 140, Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The corpus index is built from seeds/ (or $CROSSLINE_CORPUS) at every build and shipped as a file
    // the background loads once, so no page pays for parsing it.
    'build:publicAssets': (_wxt, files) => {
      files.push(corpusIndexAsset());
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // What a store reviewer needs to rebuild the Firefox package (npm ci && npx wxt build -b firefox), and nothing else:
    // no tests, no test tooling, no evaluation or benchmark.
    excludeSources: [
      'test/**',
      '.ci/**',
      'coverage/**',
      '**/*.zip',
      'vitest.config.ts',
      'scripts/test.sh',
      'scripts/ensure-browsers.sh',
      'scripts/lint-firefox.mjs',
      'scripts/summarize-tests.mjs',
      'scripts/check-sources-zip.mjs',
      'cli/bench.ts',
      'cli/evaluate.ts',
      'cli/real-world.ts',
      'cli/brown.ts',
      'cli/bundle.mjs',
      'corpus/real-world-eval.ts',
    ],
  },
});
