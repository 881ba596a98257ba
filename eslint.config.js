// Lint rules for the whole project: typescript-eslint's recommended set on strict TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'neo4j/target/', 'bench/results/', 'coverage/', '.data/', 'server/generated/', 'web/src/core/api/generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Types say what a value is outside tests; `unknown` and a check where the shape is not known.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Data moves one way: the server never imports the seed tools (the start-up that loads the demo excepted), so
    // the API cannot pull in importer code; tests/unit/import-direction.spec.ts checks the same.
    files: ['server/**/*.ts'],
    ignores: ['server/start.ts', 'server/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/seed/**'], message: 'server/ must not import from seed/ (see docs/architecture.md)' }] }],
    },
  },
  {
    files: ['seed/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/resolvers/**'], message: 'seed/ must not reach into the resolvers' }] }],
    },
  },
  {
    // server/config.ts is the only reader of process.env (it hands child processes theirs: childProcessEnv; the
    // benchmarks and the evaluation read theirs through it too). Tests may set and read it.
    files: ['server/**/*.ts', 'seed/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx', 'bench/**/*.ts', 'eval/**/*.ts'],
    ignores: ['server/config.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'read configuration through server/config.ts' }],
    },
  },
  {
    // Tests read JSON answers whose shape the assertions check, so they may hold them as any.
    files: ['tests/**/*.ts', '**/*.spec.ts', '**/*.spec.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
