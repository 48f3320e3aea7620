/**
 * Where the dashboard listens and who may read it. On loopback it is open (only people
 * on this machine reach it); bound to any other address it refuses to start without an
 * access token, because the pages show source URLs, failure details and records.
 * The token comes from the environment only: a command-line argument would show in `ps`.
 */
import { UsageError } from '@budget/progress';
import { z } from 'zod';

export const DASHBOARD_ENV = { host: 'DASHBOARD_HOST', port: 'DASHBOARD_PORT', token: 'DASHBOARD_TOKEN' } as const;
export const MIN_TOKEN_LENGTH = 16;

const PORT = 'wants a whole number from 0 to 65535';
const MS = 'wants a whole number of milliseconds, 0 or more';

export const DashboardOptions = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number({ error: PORT }).int(PORT).min(0, PORT).max(65_535, PORT).default(3100),
  // A blank token is a mistake (an empty variable, a file that was not there), never "no token".
  token: z
    .string()
    .regex(/\S/, { error: 'is blank: give a real token (e.g. `openssl rand -hex 24`) or unset it', abort: true })
    .min(MIN_TOKEN_LENGTH, `must have at least ${MIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -hex 24\`)`)
    .optional(),
  /** How often the pages refresh themselves, ms (0: never). */
  refreshMs: z.coerce.number({ error: MS }).int(MS).min(0, MS).default(5_000),
});

/** Where each option was given, for messages. */
const OPTION_NAMES: Record<string, string> = { host: `--host (${DASHBOARD_ENV.host})`, port: `--port (${DASHBOARD_ENV.port})`, token: DASHBOARD_ENV.token, refreshMs: '--refresh-ms' };
export type DashboardOptions = z.infer<typeof DashboardOptions>;

/** A usage mistake (exit status 2): a bad flag, or a setting in the environment the dashboard cannot run with. */
export class DashboardOptionsError extends UsageError {
  override readonly name = 'DashboardOptionsError';
}

/** Options from the command line (`host`, `port`) over the environment, validated; refuses an open non-loopback address. */
export function resolveDashboardOptions(flags: { host?: string; port?: string; refreshMs?: string }, env: NodeJS.ProcessEnv = process.env): DashboardOptions {
  const parsed = DashboardOptions.safeParse({
    host: flags.host ?? (env[DASHBOARD_ENV.host] || undefined),
    port: flags.port ?? (env[DASHBOARD_ENV.port] || undefined),
    token: env[DASHBOARD_ENV.token],
    refreshMs: flags.refreshMs,
  });
  if (!parsed.success) throw new DashboardOptionsError(parsed.error.issues.map((i) => `${OPTION_NAMES[String(i.path[0])] ?? i.path.join('.')} ${i.message}`).join('; '));
  return checkExposure(parsed.data);
}

export function checkExposure(options: DashboardOptions): DashboardOptions {
  if (options.token !== undefined && !/\S/.test(options.token)) throw new DashboardOptionsError(`the access token (${DASHBOARD_ENV.token}) is blank`);
  if (!isLoopback(options.host) && !options.token) {
    throw new DashboardOptionsError(
      `refusing to listen on ${options.host} without an access token: that address is reachable from other machines. ` +
        `Set ${DASHBOARD_ENV.token} (at least ${MIN_TOKEN_LENGTH} characters, e.g. \`export ${DASHBOARD_ENV.token}=$(openssl rand -hex 24)\`), or bind to 127.0.0.1.`,
    );
  }
  return options;
}

/** Whether only this machine can reach the address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h);
}
