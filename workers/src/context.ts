/** What every harvester component works with, built once from the resolved config. */
import type { Redis } from 'ioredis';
import type { HarvestConfig } from './config/index.ts';
import { ContentStore } from './content-store.ts';
import { DatasetRegistry } from './dataset-registry.ts';
import { harvestKeys, type HarvestKeys } from './names.ts';

export interface HarvestContext {
  config: HarvestConfig;
  redis: Redis;
  keys: HarvestKeys;
  store: ContentStore;
  registry: DatasetRegistry;
}

export function createContext(config: HarvestConfig, redis: Redis): HarvestContext {
  const keys = harvestKeys(config.redis.prefix);
  return { config, redis, keys, store: new ContentStore(config.storage.dir), registry: new DatasetRegistry(redis, keys) };
}
