import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One-way imports: domain <- api <- components <- features <- app. The mock controller may use the
 * domain only, and the console never imports the mock controller except through `src/demo`, lazily.
 */
const noRouterLibrary = { group: ['wouter', 'wouter/*', 'regexparam'], message: 'Route with @/components/routing: it alone uses wouter.' };
const restrict = (patterns, { router = false } = {}) => ({ 'no-restricted-imports': ['error', { patterns: router ? patterns : [...patterns, noRouterLibrary] }] });
const noMocks = { group: ['@mocks/*', '**/mocks/*'], message: 'Only src/demo may load the mock controller.' };
const noFeatures = { group: ['@/features/*', '**/features/*'], message: 'Lower layers must not import features.' };
const noApp = { group: ['@/app/*', '**/app/*'], message: 'Lower layers must not import the app shell.' };
const noApi = { group: ['@/api/*', '**/api/*'], message: 'The domain is pure: no API client.' };
const noComponents = { group: ['@/components/*'], message: 'The domain has no UI.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', '.e2e-builds', 'bench/.out', 'test-results*', 'playwright-report*', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/**', 'mocks/**', 'e2e/**', 'bench/**'], rules: restrict([]) },
  { files: ['src/domain/**'], rules: restrict([noMocks, noFeatures, noApp, noApi, noComponents]) },
  { files: ['src/api/**'], rules: restrict([noMocks, noFeatures, noApp, noComponents]) },
  { files: ['src/components/**'], rules: restrict([noMocks, noFeatures, noApp]) },
  { files: ['src/components/routing/**'], rules: restrict([noMocks, noFeatures, noApp], { router: true }) },
  { files: ['src/features/**'], rules: restrict([noMocks, { group: ['@/app/*', '!@/app/paths'], message: 'Features may use app/paths only.' }]) },
  { files: ['mocks/**'], rules: restrict([noFeatures, noApp, noApi, noComponents]) },
  { files: ['mocks/server/**', 'bench/**', 'scripts/**', 'e2e/**'], rules: { 'no-console': 'off' } },
);
