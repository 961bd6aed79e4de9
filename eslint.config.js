import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noDatabaseOrUi = {
  patterns: [
    { group: ['idb', 'react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Content scripts stay tiny: no React, no IndexedDB.' },
    { group: ['**/db/**', '**/components/**'], message: 'Data and UI live in the extension origin, not on the host page.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.cache/**', 'demo-screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from pages and files is shown as text.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes with textContent; text from pages and files is never markup.' },
        { property: 'outerHTML', message: 'Build nodes with textContent; text from pages and files is never markup.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes with textContent; text from pages and files is never markup.' },
      ],
    },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'utils/sites/**', 'utils/content/**'],
    rules: { 'no-restricted-imports': ['error', noDatabaseOrUi] },
  },
  {
    files: ['utils/domain/**', 'utils/schedule/**', 'utils/drafts/**', 'utils/transfer/**', 'utils/cold/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt/*', 'react', 'idb', '**/db/**', '**/components/**'], message: 'Domain logic is pure.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    // Node scripts whose callbacks run inside the browser under test (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
