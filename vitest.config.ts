import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    restoreMocks: true,
    // Every write to a synced store must carry its pending-sync mark (utils/db/sync-marks.ts).
    setupFiles: ['utils/db/sync-mark-check.test-support.ts'],
  },
});
