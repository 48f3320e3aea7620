/**
 * Resolves the configuration: schema defaults ← JSON file ← environment ← command line,
 * validated once with zod. Fails fast with every problem listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config-error.ts';
import { HarvestConfig } from './harvest-config.ts';
import { OPTION_DOCS } from './option-docs.ts';

/** Environment variable naming a JSON config file. */
export const CONFIG_FILE_ENV = 'HARVEST_CONFIG';
/** The config file used when HARVEST_CONFIG is unset, if it exists. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL('../../../config/harvest.json', import.meta.url));
/** Environment variable carrying the resolved config from a worker to its sandboxed children. */
export const RESOLVED_CONFIG_ENV = 'HARVEST_RESOLVED_CONFIG';

type Plain = Record<string, unknown>;

export interface LoadConfigOptions {
  /** Environment to read HARVEST_* overrides from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** JSON file to read; `null` reads none. Default: `$HARVEST_CONFIG`, else `config/harvest.json` when it exists. */
  file?: string | null;
  /** Command-line overrides, nested like the config; they win over everything. Default `{}`. */
  overrides?: Plain;
}

export function loadConfig(options: LoadConfigOptions = {}): HarvestConfig {
  const env = options.env ?? process.env;
  const file = options.file === undefined ? (env[CONFIG_FILE_ENV] ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : null)) : options.file;
  let merged: Plain = {};
  if (file) merged = deepMerge(merged, readJsonFile(file));
  merged = deepMerge(merged, fromEnvironment(env));
  merged = deepMerge(merged, options.overrides ?? {});
  return parseConfig(merged, file ? `config (file ${file}, environment, command line)` : 'config (environment, command line)');
}

/** The config a worker handed to its sandboxed children (already resolved and validated). */
export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): HarvestConfig {
  const raw = env[RESOLVED_CONFIG_ENV];
  if (!raw) return loadConfig({ env });
  return parseConfig(parseJson(raw, RESOLVED_CONFIG_ENV), RESOLVED_CONFIG_ENV);
}

function parseConfig(input: unknown, where: string): HarvestConfig {
  const parsed = HarvestConfig.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(`invalid ${where}`, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}${envHint(i.path)}`));
  }
  const config = parsed.data;
  return { ...config, storage: { ...config.storage, dir: resolve(config.storage.dir) } };
}

function envHint(path: PropertyKey[]): string {
  const doc = OPTION_DOCS.find((d) => d.path === path.slice(0, d.path.split('.').length).join('.'));
  return doc ? ` (env ${doc.env})` : '';
}

function fromEnvironment(env: NodeJS.ProcessEnv): Plain {
  let out: Plain = {};
  for (const doc of OPTION_DOCS) {
    const value = env[doc.env];
    if (value === undefined || value === '') continue;
    out = deepMerge(out, nest(doc.path, doc.json ? parseJson(value, doc.env) : value));
  }
  return out;
}

function readJsonFile(file: string): Plain {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the config file ${file}: ${(error as Error).message}`);
  }
  const value = parseJson(text, file);
  if (!isPlain(value)) throw new ConfigError(`the config file ${file} must hold a JSON object`);
  return value;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
}

function nest(path: string, value: unknown): Plain {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Plain;
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Plain, extra: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    const current = out[key];
    // Per-host limits are a map: a later source adds hosts rather than replacing the map.
    out[key] = isPlain(current) && isPlain(value) ? deepMerge(current, value) : value;
  }
  return out;
}
