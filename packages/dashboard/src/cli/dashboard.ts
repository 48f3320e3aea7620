/**
 * pnpm dashboard [--host H] [--port N] [--refresh-ms N]
 * Serves the harvest page, bull-board and /metrics for the harvest configured like the
 * workers (config/harvest.json, HARVEST_* variables). Stops on SIGINT / SIGTERM.
 */
import { parseCommandLine } from '@budget/progress';
import { loadConfig } from '@budget/workers';
import { dashboardConnection } from '../read/dashboard-connection.ts';
import { DASHBOARD_ENV, resolveDashboardOptions } from '../web/dashboard-options.ts';
import { redactedUrl, startDashboard } from '../web/dashboard-server.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: pnpm dashboard [--host H] [--port N] [--refresh-ms N]

  --host H          address to listen on (default 127.0.0.1, env ${DASHBOARD_ENV.host}); any
                    address other than loopback needs ${DASHBOARD_ENV.token} (16+ characters)
  --port N          port (default 3100, env ${DASHBOARD_ENV.port}; 0 picks a free one)
  --refresh-ms N    how often the pages refresh themselves (default 5000; 0: never)
  The harvest (Redis URL, prefix, storage) is configured as for pnpm workers:
  config/harvest.json and HARVEST_* variables (config/README.md).`;

runCli(USAGE, async () => {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: { host: { type: 'string' }, port: { type: 'string' }, 'refresh-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const options = resolveDashboardOptions({ host: values.host, port: values.port, refreshMs: values['refresh-ms'] });
  const config = loadConfig();
  const redis = await dashboardConnection(config.redis.url);
  const server = await startDashboard({ config, redis, options });
  console.error(`dashboard: harvest ${config.redis.prefix} on ${redactedUrl(config.redis.url)}, records in ${config.storage.dir}`);
  console.error(`dashboard: ${server.url}/harvest  (queues: ${server.url}/queues, metrics: ${server.url}/metrics)${options.token ? ' — token required' : ''}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await redis.quit();
  return 0;
});
