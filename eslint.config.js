// Lint enforces the package boundaries from docs/ARCHITECTURE.md: shared/ is pure, electron/ and renderer/ never
// import each other, and components never write to the database directly.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformModules = [
  'electron',
  'electron-store',
  'conf',
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
];

// The renderer reaches the desktop only through the app API. The components' block below repeats this rule with one
// more pattern (a later block's no-restricted-imports replaces an earlier one's, it does not add to it).
const rendererOffDesktop = {
  pattern: {
    group: ['**/electron/**'],
    message: 'The renderer reaches the desktop only through the app API.',
  },
  paths: ['electron', 'electron-store', 'conf'].map((name) => ({
    name,
    message: 'The renderer reaches the desktop only through the app API (renderer/bridge).',
  })),
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.bench/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Benchmarks and the command-line scripts print their results.
    files: ['bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ is pure: it imports no platform code.',
            },
          ],
          paths: platformModules.map((name) => ({
            name,
            message: 'shared/ is pure: it imports no platform.',
          })),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'].map((name) => ({
            name,
            message: 'The Electron shell is thin: no interface or database code here.',
          })),
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [rendererOffDesktop.pattern], paths: rendererOffDesktop.paths },
      ],
    },
  },
  {
    // Components read through hooks and write through repository commands; they never touch Dexie tables.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            rendererOffDesktop.pattern,
            {
              group: ['dexie', '**/db/database', '**/db/teamDb'],
              allowTypeImports: true,
              message:
                'Components read through hooks and write through repository commands, never Dexie directly.',
            },
          ],
          paths: rendererOffDesktop.paths,
        },
      ],
    },
  },
);
