/**
 * `pnpm dashboard` and `pnpm status` given mistakes on the command line or a blank token:
 * one line with the usage, exit status 2, before Redis is asked anything (real processes).
 */
import { describe, it } from 'vitest';
import { expectUsageMistake } from '../../progress/test/support/command-process.ts';

const NO_REDIS = { HARVEST_REDIS_URL: 'redis://127.0.0.1:1', HARVEST_CONFIG: '', DASHBOARD_TOKEN: undefined, DASHBOARD_HOST: undefined, DASHBOARD_PORT: undefined };
const DASHBOARD = 'packages/dashboard/src/cli/dashboard.ts';
const STATUS = 'packages/dashboard/src/cli/status.ts';

describe.concurrent('pnpm dashboard and pnpm status, told something they cannot take', () => {
  it.each([
    [['--bogus'], {}, 'unknown option --bogus'],
    [['--port', 'abc'], {}, '--port (DASHBOARD_PORT) wants a whole number from 0 to 65535'],
    [['--port'], {}, '--port needs a value'],
    [['--host', '--port', '3'], {}, '--host needs a value, not the option --port'],
    [['--refresh-ms=-5'], {}, '--refresh-ms wants a whole number of milliseconds'],
    [['--host', '0.0.0.0'], {}, 'refusing to listen on 0.0.0.0 without an access token'],
    [['--port', '0'], { DASHBOARD_TOKEN: '    ' }, 'DASHBOARD_TOKEN is blank'],
    [['--port', '0'], { DASHBOARD_TOKEN: '' }, 'DASHBOARD_TOKEN is blank'],
  ])('pnpm dashboard %j %j', async (args, env, mentions) => {
    await expectUsageMistake('dashboard', DASHBOARD, args, mentions, { ...NO_REDIS, ...env });
  });

  it.each([
    [['--jsn'], 'unknown option --jsn'],
    [['extra'], 'unexpected argument "extra"'],
  ])('pnpm status %j', async (args, mentions) => {
    await expectUsageMistake('status', STATUS, args, mentions, NO_REDIS);
  });
});
