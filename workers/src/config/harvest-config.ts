/**
 * The harvesting configuration: one zod schema with every option's default. This file is
 * the single source of truth; `option-docs.ts` names each option's environment variable
 * and says what it does, and `config/README.md` is generated from both.
 */
import { z } from 'zod';
import { parseAllowHosts } from '@budget/pipeline';

const positiveInt = () => z.coerce.number().int().positive();
const nonNegativeInt = () => z.coerce.number().int().nonnegative();

/** Politeness towards one host: how many requests at once and how many per second. */
export const HostLimit = z.object({
  concurrency: positiveInt(),
  requestsPerSecond: z.coerce.number().positive(),
});
export type HostLimit = z.infer<typeof HostLimit>;

export const HarvestConfig = z.object({
  redis: z
    .object({
      url: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
      prefix: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, _ . - (no colon)').default('budget'),
    })
    .prefault({}),
  sources: z
    .object({
      roots: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  storage: z
    .object({
      dir: z.string().min(1).default('.cache/harvest'),
    })
    .prefault({}),
  fetch: z
    .object({
      concurrency: positiveInt().default(8),
      timeoutMs: positiveInt().default(60_000),
      maxBytes: positiveInt().default(200 * 1024 * 1024),
      maxRedirects: nonNegativeInt().default(5),
      attempts: positiveInt().default(5),
      backoffMs: positiveInt().default(2_000),
      userAgent: z.string().min(1).default('budget-disclosures-harvester/0.1'),
      allowHosts: z
        .union([z.string(), z.array(z.string())])
        .transform((value, ctx) => {
          try {
            return parseAllowHosts(value);
          } catch (error) {
            ctx.addIssue({ code: 'custom', message: (error as Error).message });
            return z.NEVER;
          }
        })
        .default([]),
    })
    .prefault({}),
  politeness: z
    .object({
      concurrency: positiveInt().default(2),
      requestsPerSecond: z.coerce.number().positive().default(2),
      hosts: z.record(z.string().min(1), HostLimit).default({}),
    })
    .prefault({}),
  extract: z
    .object({
      concurrency: positiveInt().default(1),
      attempts: positiveInt().default(3),
      maxPages: positiveInt().default(500),
      timeoutMs: positiveInt().default(120_000),
      killAfterMs: positiveInt().default(180_000),
      maxUncompressedBytes: positiveInt().default(200 * 1024 * 1024),
      memoryMb: positiveInt().default(2_048),
    })
    .prefault({}),
  record: z
    .object({
      concurrency: positiveInt().default(4),
      attempts: positiveInt().default(5),
    })
    .prefault({}),
  worker: z
    .object({
      lockDurationMs: positiveInt().default(30_000),
      stalledIntervalMs: positiveInt().default(30_000),
      maxStalledCount: nonNegativeInt().default(2),
      shutdownTimeoutMs: positiveInt().default(30_000),
    })
    .prefault({}),
});
export type HarvestConfig = z.infer<typeof HarvestConfig>;
/** What a caller may override: any subset of the options. */
export type HarvestConfigInput = z.input<typeof HarvestConfig>;

/** Every default, resolved (for documentation and tests). */
export function defaultConfig(): HarvestConfig {
  return HarvestConfig.parse({});
}
