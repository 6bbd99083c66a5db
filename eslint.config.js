// Lint also enforces where code may run: shared/ is pure, renderer/ never reaches Node or main/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'worker_threads'];
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`), 'node:*'];

export default tseslint.config(
  { ignores: ['.tmp-*/**', 'dist/**', 'release/**', 'node_modules/**', '.native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.atelier.' }],
          patterns: [
            { group: ['**/main/**', '../../main/*'], message: 'The renderer never imports main-process code.' },
            { group: nodeImports, message: 'The renderer has no Node.js.' },
          ],
        },
      ],
      // User text is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never inject HTML.' },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure: no Electron.' }],
          patterns: [
            { group: nodeImports, message: 'shared/ is pure: no Node.js built-ins.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports neither main/ nor renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // The report template is rendered by react-dom/server in main and by the renderer: pure
    // components only (no effects, no DOM), and user text is never HTML.
    files: ['shared/report/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never inject HTML.' },
        { selector: "CallExpression[callee.name=/^use(Effect|LayoutEffect|InsertionEffect|State|Ref)$/]", message: 'Report components are pure: no effects or state.' },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowTypeImports: true, message: 'Only main/electron/ may import electron, so services run under plain Node.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
