// The environment is validated once; a bad value names the variable and what is wrong with it.
import { describe, expect, it } from 'vitest';
import { chromiumPath, ConfigError, loadConfig, loadNeo4jConnection } from '../../server/config.js';

describe('loadConfig', () => {
  it('gives defaults that start the embedded Neo4j on loopback', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(4000);
    expect(c.embedded.boltPort).toBe(7687);
    expect(c.embedded.dataDir.endsWith('.data/neo4j')).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_BOLT_PORT: '-1' }, 'NEO4J_BOLT_PORT'],
    [{ TB_NEO4J_HEAP: 'lots' }, 'TB_NEO4J_HEAP'],
    [{ TB_LOAD_DEMO: 'maybe' }, 'TB_LOAD_DEMO'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ TB_QUERY_TIMEOUT_MS: '5' }, 'TB_QUERY_TIMEOUT_MS'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message.startsWith(variable)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never quotes a secret, nor credentials inside a URI, when refusing a value', () => {
    const refused = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('accepted');
    };
    const short = refused({ TB_JWT_SECRET: 'shortSecretValue' });
    expect(short.variable).toBe('TB_JWT_SECRET');
    expect(short.message).toBe('TB_JWT_SECRET must be at least 32 characters (16 characters, not shown)');
    const uri = refused({ NEO4J_URI: 'http://neo4j:hunter2pass@db:7474' });
    expect(uri.message).not.toContain('hunter2pass');
    expect(uri.message).toContain('//***@db:7474');
    // Values that are not secret are still quoted, which is what makes the message useful.
    expect(refused({ PORT: 'eighty' }).message).toContain("(got 'eighty')");
  });

  it('reads TB_JWT_MAX_AGE as seconds and TB_PUBLIC_ORIGIN as origins', () => {
    expect(loadConfig({}).auth.jwtMaxAgeSeconds).toBeUndefined();
    expect(loadConfig({ TB_JWT_MAX_AGE: '3600' }).auth.jwtMaxAgeSeconds).toBe(3600);
    expect(loadConfig({ TB_JWT_MAX_AGE: '90s' }).auth.jwtMaxAgeSeconds).toBe(90);
    expect(loadConfig({ TB_JWT_MAX_AGE: '12h' }).auth.jwtMaxAgeSeconds).toBe(43_200);
    expect(loadConfig({ TB_JWT_MAX_AGE: '7d' }).auth.jwtMaxAgeSeconds).toBe(604_800);
    for (const bad of ['0', '1w', '-5', '400d', 'soon']) expect(() => loadConfig({ TB_JWT_MAX_AGE: bad }), bad).toThrow(/^TB_JWT_MAX_AGE /);
    expect(loadConfig({ TB_PUBLIC_ORIGIN: 'https://Talent.Example.org/, http://10.0.0.5:8080' }).publicOrigins).toEqual([
      'https://talent.example.org',
      'http://10.0.0.5:8080',
    ]);
    expect(loadConfig({}).publicOrigins).toEqual([]);
    for (const bad of ['talent.example.org', 'https://talent.example.org/app', 'ftp://x.example', 'https://u:p@x.example']) {
      expect(() => loadConfig({ TB_PUBLIC_ORIGIN: bad }), bad).toThrow(/^TB_PUBLIC_ORIGIN must list origins/);
    }
  });

  it('accepts every Bolt URI scheme a Neo4j 5 server, Aura or a cluster uses', () => {
    for (const uri of ['bolt://db:7687', 'bolt+s://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j+ssc://x']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('turns GraphiQL off in production whatever TB_GRAPHIQL says', () => {
    expect(loadConfig({ NODE_ENV: 'production', TB_GRAPHIQL: 'true' }).graphiql).toBe(false);
    expect(loadConfig({ TB_GRAPHIQL: 'false' }).graphiql).toBe(false);
  });

  it('reads the Neo4j connection alone for tools, with the same checks, and the tools\' settings', () => {
    expect(loadNeo4jConnection({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw', TB_QUERY_TIMEOUT_MS: 'not read here' })).toEqual({
      uri: 'bolt://db:7687',
      username: 'neo4j',
      password: 'pw',
      database: undefined,
    });
    expect(() => loadNeo4jConnection({ NEO4J_URI: 'http://db' })).toThrow(/^NEO4J_URI must be a bolt/);
    expect(loadConfig({ TB_NEO4J_VERBOSE: 'yes' }).embedded.verbose).toBe(true);
    expect(loadConfig({}).embedded.verbose).toBe(false);
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
