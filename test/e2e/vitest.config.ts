import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // Node 20 has WebSocket (for Firefox's WebDriver BiDi) only behind this flag.
    execArgv: ['--experimental-websocket'],
  },
});
