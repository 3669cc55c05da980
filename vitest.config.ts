import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Deadlines are local wall-clock times: pin a zone with DST so date tests mean the same everywhere.
          env: { TZ: 'America/New_York' },
          // The note grammar's words are content (content/note-words.yaml), read as the builder reads them.
          setupFiles: ['tests/support/lexicon-setup.ts'],
        },
      },
      {
        // Checks on the built site in dist/ (exact byte budgets, links, headers, build errors): run after `npm run build`.
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
