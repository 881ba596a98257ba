// Vite builds the web app from web/ into web/dist (served by the GraphQL server at /). Vitest runs four tiers:
// unit (pure), db (EXPLAIN on every .cypher file and the GraphQL API against a real Neo4j started by the global
// setup), and e2e (a real Chromium against the product as `npm start` runs it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
// Tests load project code through Vite, which would pick graphql's ESM build, while yoga and graphql-tools load its
// CJS build through Node: two copies, so `instanceof GraphQLError` fails and typed errors get masked. One copy:
const graphqlOneCopy = [{ find: /^graphql$/, replacement: path.join(root, 'node_modules', 'graphql', 'index.js') }];

export default defineConfig({
  root: path.join(root, 'web'),
  plugins: [react()],
  build: {
    outDir: path.join(root, 'web', 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  test: {
    projects: [
      {
        root,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts', 'web/src/**/*.spec.ts', 'server/**/*.spec.ts', 'seed/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        root,
        resolve: { alias: graphqlOneCopy },
        test: {
          name: 'db',
          include: ['tests/cypher/**/*.spec.ts', 'tests/integration/**/*.spec.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/setup/product.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
