/**
 * `npm run mock-controller -- [--port N] [--host 127.0.0.1] [--seed default|large] [--session-ttl SECONDS] [--log]`
 *
 * Runs the mock Avi controller as a standalone HTTP server for curl, SDKs and the console's
 * real-controller mode.
 */
import { CONTROLLER_API_VERSION } from '@/domain/api-version';
import { DEFAULT_SESSION_TTL_SECONDS } from '../controller/controller';
import { mockUsers } from '../controller/users';
import { isSeedName, seedNames, type SeedName } from '../seeds';
import { startMockControllerServer } from './server';

const USAGE = `Usage: npm run mock-controller -- [options]

  --port N             port to listen on (default 41080; 0 picks a free one)
  --host ADDRESS       interface to bind (default 127.0.0.1)
  --seed NAME          data to start with: ${seedNames.join(' | ')} (default default)
  --session-ttl SECS   idle timeout of login sessions (default ${DEFAULT_SESSION_TTL_SECONDS})
  --log                print one line per request
  --help               show this help
`;

function fail(message: string): never {
  console.error(`mock-controller: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const options = { port: 41080, host: '127.0.0.1', seed: 'default' as SeedName, sessionTtlSeconds: DEFAULT_SESSION_TTL_SECONDS, log: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be 0-65535');
        options.port = port;
        break;
      }
      case '--host':
        options.host = value();
        break;
      case '--seed': {
        const seed = value();
        if (!isSeedName(seed)) fail(`unknown seed "${seed}"`);
        options.seed = seed;
        break;
      }
      case '--session-ttl': {
        const ttl = Number(value());
        if (!Number.isFinite(ttl) || ttl <= 0) fail('--session-ttl must be a positive number of seconds');
        options.sessionTtlSeconds = ttl;
        break;
      }
      case '--log':
        options.log = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        fail(`unknown option ${arg}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const server = await startMockControllerServer(options);
  const admin = mockUsers.find((u) => !u.readOnly)!;
  const viewer = mockUsers.find((u) => u.readOnly)!;
  console.log(`Mock Avi controller ${CONTROLLER_API_VERSION} listening on ${server.url}  (seed "${options.seed}", ${server.controller.store.size} objects, ready in ${Math.round(performance.now() - started)} ms)`);
  console.log('');
  console.log('Demo credentials:');
  for (const user of mockUsers) console.log(`  ${user.username.padEnd(8)} / ${user.password.padEnd(10)} ${user.readOnly ? 'read-only (writes get 403)' : 'full access (System-Admin)'}`);
  console.log('');
  console.log('Try:');
  console.log(`  curl -si -c /tmp/avi.jar -H 'Content-Type: application/json' -d '{"username":"${admin.username}","password":"${admin.password}"}' ${server.url}/login`);
  console.log(`  curl -s -b /tmp/avi.jar -H 'X-Avi-Version: ${CONTROLLER_API_VERSION}' '${server.url}/api/virtualservice?page_size=5&fields=name,enabled'`);
  console.log(`  (writes also need -H "X-CSRFToken: <csrftoken from the jar>"; read-only user: ${viewer.username})`);
  console.log(`  Control API (mock only): POST ${server.url}/__mock__/reset, /__mock__/faults, /__mock__/sessions/expire; GET ${server.url}/__mock__`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('mock-controller:', error instanceof Error ? error.message : error);
  process.exit(1);
});
