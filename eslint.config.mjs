import js from '@eslint/js';
import tseslint from 'typescript-eslint';
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
    rules: { ...reactHooks.configs.recommended.rules, ...forbid(['**/apps/api/**', '@nestjs/*', 'drizzle-orm*'], 'web never imports the api') },
  },
  { files: ['libs/contracts/**/*.ts'], rules: forbid(['@broedplaats/*', '**/apps/**', '**/libs/domain/**', 'react*', '@nestjs/*'], 'contracts imports only zod') },
  { files: ['libs/domain/**/*.ts'], rules: forbid(['@broedplaats/domain', '**/apps/**', 'zod', 'react*', '@nestjs/*', 'drizzle-orm*'], 'domain imports only contracts (types)') },
  { files: ['apps/api/**/*.ts'], rules: forbid(['**/apps/web/**', 'react*'], 'api never imports the web') },
);
