// Assembles the resolver map from the files under server/resolvers/<Type>/<field>.ts, one field per file, so a
// new field is a new file and nothing else. Scalars live in scalars.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IResolvers } from '@graphql-tools/utils';
import { scalarResolvers } from './scalars.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function loadResolvers(): Promise<IResolvers> {
  const map: Record<string, Record<string, unknown>> = { ...scalarResolvers } as unknown as Record<string, Record<string, unknown>>;
  for (const type of fs.readdirSync(HERE, { withFileTypes: true })) {
    if (!type.isDirectory()) continue;
    const fields: Record<string, unknown> = (map[type.name] ??= {});
    for (const file of fs.readdirSync(path.join(HERE, type.name))) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts') || /\.(spec|test)\./.test(file)) continue;
      const field = file.replace(/\.(ts|js)$/, '');
      const mod = (await import(pathToFileURL(path.join(HERE, type.name, file)).href)) as { default?: unknown };
      if (mod.default === undefined) throw new Error(`resolver file ${type.name}/${file} has no default export`);
      fields[field] = mod.default;
    }
  }
  return map as IResolvers;
}
