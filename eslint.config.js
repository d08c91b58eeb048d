import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'public', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs', '.size-limit.mjs', 'examples/vite-app/scripts/*.mjs'],
          // The build and test scripts (one default project for a dozen small files).
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  {
    // Layering: the Cognito core never imports React, queries never import components,
    // and shipped code never imports the simulator.
    files: ['src/cognito/**'],
    ignores: ['src/**/*.test.*', 'src/**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@tanstack/*', '../queries/*', '../components/*', '../testing/*'] }],
    },
  },
  {
    files: ['src/queries/**'],
    ignores: ['src/**/*.test.*', 'src/**/*.test-d.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../components/*', '../testing/*'] }] },
  },
  {
    files: ['src/components/**'],
    ignores: ['src/components/**/*.test.*', 'src/components/**/*.stories.*'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/testing/*', '**/testing'] }],
      // React 18 (in the peer range) does not pass `ref` to function components: name it.
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSPropertySignature[key.name='ref']",
          message: 'React 18 drops a `ref` prop on function components: call it sectionRef, inputRef…',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['examples/vite-app/scripts/*.mjs'],
    languageOptions: { globals: { fetch: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
  },
);
