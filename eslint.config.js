import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.cache',
      '.test-site',
      'dist',
      'dist-ssr',
      'public/data',
      'bench/out',
      'test-results',
      'playwright-report',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.strict],
    rules: {
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Document text is data: render it as text, never as HTML.',
        },
      ],
    },
  },
  {
    // The pipeline runs in Node at build time: it may use the pure helpers of src/lib,
    // never the app's UI code.
    files: ['pipeline/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(app|features|components|i18n)(/|$)',
              message: 'pipeline/ must not import UI code; share pure helpers through src/lib.',
            },
            { regex: '^react', message: 'pipeline/ must not import UI code.' },
          ],
        },
      ],
    },
  },
  {
    // Shared text helpers run in the browser and in Node: no DOM, no Node built-ins.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'src/lib must stay free of Node imports.' }] },
      ],
    },
  },
);
