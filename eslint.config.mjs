import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Module boundaries, enforced rather than remembered: web never imports api; contracts imports only
// zod; domain imports only contracts.
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/migrations/**', '**/*.js', '**/*.mjs', 'e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/apps/api/**', '@nestjs/*', 'drizzle-orm*'], message: 'web never imports the api' }],
          // The whole table would bring every capability's schemas into whichever chunk imports it.
          paths: [{ name: '@broedplaats/contracts', importNames: ['routes'], message: "import your capability's route group (coreRoutes, agendaRoutes, cycleRoutes...)" }],
        },
      ],
    },
  },
  { files: ['libs/contracts/**/*.ts'], rules: forbid(['@broedplaats/*', '**/apps/**', '**/libs/domain/**', 'react*', '@nestjs/*'], 'contracts imports only zod') },
  { files: ['libs/domain/**/*.ts'], rules: forbid(['@broedplaats/domain', '**/apps/**', 'zod', 'react*', '@nestjs/*', 'drizzle-orm*'], 'domain imports only contracts (types)') },
  { files: ['libs/editor-schema/**/*.ts'], rules: forbid(['@broedplaats/*', '**/apps/**', 'react*', 'zod'], 'the editor schema imports only Tiptap') },
  { files: ['apps/api/**/*.ts'], rules: forbid(['**/apps/web/**', 'react*'], 'api never imports the web') },
  // Dependencies point one way inside the apps too: core and lib know no capability, capabilities
  // form no cycle, and nobody reaches into another package by a relative path.
  {
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.base.json', 'apps/*/tsconfig.json', 'libs/*/tsconfig.json', 'e2e/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-relative-packages': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './apps/api/src/core', from: './apps/api/src', except: ['./core'], message: 'core imports no capability: capabilities plug into core' },
            { target: './apps/web/src/lib', from: './apps/web/src', except: ['./lib', './locales'], message: 'lib imports no feature or app code' },
            // Shared building blocks (panels, page states, confirm buttons) are the exception.
            { target: './apps/web/src/features', from: './apps/web/src/app', except: ['./ConfirmButton.tsx', './PageState.tsx', './Panel.tsx', './PasswordField.tsx'], message: 'features do not import the app shell; the app imports features' },
          ],
        },
      ],
    },
  },
);
