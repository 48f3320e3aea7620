/**
 * pnpm workers [--role fetch|extract|record|all]... [--concurrency N]
 * Starts harvesting workers in this process until SIGTERM / SIGINT, then drains.
 */
import { parseCommandLine, UsageError, wholeNumber } from '@budget/progress';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { jsonLogger } from '../log.ts';
import { ROLES, type Role } from '../names.ts';
import { producerConnection, quitQuietly, redisWarnings, workerConnection } from '../redis-connections.ts';
import { WorkerGroup } from '../worker-group.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: pnpm workers [--role fetch|extract|record|all]... [--concurrency N]

  --role R          roles to run in this process (repeatable or comma-separated; default all)
  --concurrency N   extractions at once in this process, each in its own child process
                    (default: config extract.concurrency, 1)
  Everything else comes from config/harvest.json and HARVEST_* variables (config/README.md).
  SIGTERM / SIGINT drain: running jobs may finish within worker.shutdownTimeoutMs, then they
  are handed back to the queue.`;

runCommand(USAGE, async () => {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: { role: { type: 'string', multiple: true }, concurrency: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const roles = parseRoles(values.role ?? ['all']);
  const concurrency = wholeNumber(values.concurrency, '--concurrency');
  const config = loadConfig({ overrides: concurrency ? { extract: { concurrency } } : {} });
  // Fail fast when Redis is down; the workers' own connection would retry for ever.
  const probe = await producerConnection(config.redis.url);
  const warnings = await redisWarnings(probe);
  await probe.quit();
  const log = jsonLogger();
  for (const message of warnings) log('warning', { message });
  // A Redis restart: one line when the connection is lost (with its cause), one when it is back.
  const redis = workerConnection(config.redis.url, (message) => log('redis', { message }));
  const group = new WorkerGroup(createContext(config, redis), { roles, log });
  await group.ready();
  log('ready', { roles, prefix: config.redis.prefix, storage: config.storage.dir, extractConcurrency: config.extract.concurrency });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.once(signal, () => process.exit(1)); // a second signal: leave now
      group.shutdown().then(
        async (report) => {
          log('stopped', { signal, ...report });
          if (report.drained) await quitQuietly(redis);
          // Handed-back jobs' children may still run: exiting closes their IPC channel and they stop.
          else process.exit(0);
          resolve();
        },
        (error: unknown) => {
          log('error', { message: `shutdown failed: ${(error as Error).message}` });
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
});

function parseRoles(values: string[]): Role[] {
  const roles = new Set<Role>();
  for (const value of values.flatMap((v) => v.split(','))) {
    const name = value.trim();
    if (name === 'all') ROLES.forEach((r) => roles.add(r));
    else if ((ROLES as readonly string[]).includes(name)) roles.add(name as Role);
    else throw new UsageError(`unknown role ${JSON.stringify(name)}`);
  }
  return [...roles];
}
