/** The harvesting config: defaults, file, environment, command line, validation, documentation. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, HarvestConfig, loadConfig, OPTION_DOCS, optionsMarkdownTable } from '../src/config/index.ts';

const root = resolve(import.meta.dirname, '../..');

function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && key !== 'hosts' ? leafPaths(inner as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('harvest config', () => {
  it('has a default for every option', () => {
    const config = defaultConfig();
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.redis.prefix).toBe('budget');
    expect(config.fetch.timeoutMs).toBe(60_000);
    expect(config.politeness.hosts).toEqual({});
    expect(config.extract.concurrency).toBe(1);
  });

  it('documents every option, and only options that exist', () => {
    expect(OPTION_DOCS.map((d) => d.path).sort()).toEqual(leafPaths(defaultConfig() as unknown as Record<string, unknown>).sort());
    expect(new Set(OPTION_DOCS.map((d) => d.env)).size).toBe(OPTION_DOCS.length);
  });

  it('config/README.md carries the generated options table', () => {
    expect(readFileSync(join(root, 'config/README.md'), 'utf8')).toContain(optionsMarkdownTable());
  });

  it('config/harvest.example.json holds exactly the defaults', () => {
    const example = JSON.parse(readFileSync(join(root, 'config/harvest.example.json'), 'utf8'));
    expect(HarvestConfig.parse(example)).toEqual(defaultConfig());
    expect(example).toEqual(defaultConfig());
  });

  it('layers file < environment < command line, and resolves the storage directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harvest-config-'));
    const file = join(dir, 'harvest.json');
    writeFileSync(file, JSON.stringify({ fetch: { timeoutMs: 1000, attempts: 2 }, politeness: { hosts: { 'a.gov.cn': { concurrency: 1, requestsPerSecond: 0.5 } } } }));
    const config = loadConfig({
      file,
      env: { HARVEST_FETCH_TIMEOUT_MS: '2000', HARVEST_HOSTS: '{"b.gov.cn":{"concurrency":3,"requestsPerSecond":4}}', HARVEST_STORAGE_DIR: 'relative/store' },
      overrides: { extract: { concurrency: 3 } },
    });
    expect(config.fetch.timeoutMs).toBe(2000);
    expect(config.fetch.attempts).toBe(2);
    expect(config.extract.concurrency).toBe(3);
    expect(Object.keys(config.politeness.hosts).sort()).toEqual(['a.gov.cn', 'b.gov.cn']);
    expect(config.storage.dir).toBe(resolve('relative/store'));
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails fast, naming the option and its environment variable', () => {
    const attempt = () => loadConfig({ file: null, env: { HARVEST_FETCH_TIMEOUT_MS: 'soon', HARVEST_PREFIX: 'has:colon' } });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).name).toBe('ConfigError');
      expect((error as ConfigError).issues.join('\n')).toMatch(/fetch\.timeoutMs.*HARVEST_FETCH_TIMEOUT_MS/);
      expect((error as ConfigError).issues.join('\n')).toMatch(/redis\.prefix.*HARVEST_PREFIX/);
    }
    expect(() => loadConfig({ file: null, env: { HARVEST_HOSTS: '{not json' } })).toThrow(/HARVEST_HOSTS is not valid JSON/);
  });
});
