// The configuration a command-line start-up (npm start, or the server against an external Neo4j) runs with: read and
// checked once, with the token settings checked before anything is started. A bad setting is said in one line on
// stderr and the process exits with status 1, instead of a stack trace.
import { preflightAuth } from './auth/auth.js';
import { ConfigError, loadConfig, type Config } from './config.js';

function exitWith(message: string): never {
  console.error(`talent-bridge: ${message}`);
  process.exit(1);
}

export function startupConfig(): Config {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) exitWith(e.message);
    throw e;
  }
  try {
    // Token problems (production without tokens, a malformed entry) stop start-up before Neo4j is started.
    preflightAuth(config);
  } catch (e) {
    exitWith((e as Error).message);
  }
  return config;
}
