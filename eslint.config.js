// Not type-checked: eslint-plugin-solid 0.18 types predate ESLint 10 plugin types, though the rules run fine.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'playwright-report/', 'test-results/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and build scripts assert presence right after checking it; keep `!` allowed there.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The app's own code says with its types what is there.
  { files: ['src/**/*.ts', 'src/**/*.tsx'], rules: { '@typescript-eslint/no-non-null-assertion': 'error' } },
  // Solid's rules for the interactive islands (props reactivity, no destructuring, ...).
  {
    files: ['src/features/**/*.tsx', 'src/core/**/*.tsx'],
    ...solid,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
