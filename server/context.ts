// What every resolver receives. The viewer is decided once per request (server/auth) and the language from the
// request, so resolvers never read headers themselves.
import type { GraphQLResolveInfo } from 'graphql';
import type { Db } from './db.js';
import type { Config } from './config.js';
import type { FieldArgs } from './generated/graphql.js';

export type Role = 'viewer' | 'broker' | 'admin';

export interface Viewer {
  role: Role;
  /** A stable, non-secret name for the caller (token name, JWT subject, or "anonymous"). */
  id: string;
}

export type Lang = 'zh' | 'en';

export interface Context {
  db: Db;
  config: Config;
  viewer: Viewer;
  lang: Lang;
  request: Request;
}

/** A resolver as each file under server/resolvers/<Type>/<field>.ts default-exports it. */
export type Resolver<Args = Record<string, never>, Result = unknown, Parent = unknown> = (
  parent: Parent,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => Result | Promise<Result>;

/**
 * The resolver of `Type.field`, with the field's argument type generated from the SDL (server/generated/graphql.ts,
 * `npm run codegen`). Every file under server/resolvers/ declares its resolver this way, so a field renamed in the
 * SDL fails the type check in the file that still resolves the old name.
 */
export type FieldResolver<
  T extends keyof FieldArgs,
  F extends keyof FieldArgs[T],
  Result = unknown,
  Parent = unknown,
> = Resolver<FieldArgs[T][F], Result, Parent>;
