/**
 * Tests use the real Redis (BullMQ needs Lua) under a prefix of their own, `test-dash-…`,
 * and delete every key under it afterwards: the workers' test helper, with the
 * dashboard's label on its prefixes.
 */
import { testPrefix as workersTestPrefix } from '../../../../workers/test/support/redis.ts';

export { TEST_REDIS_URL, deleteKeys, redisOrNull } from '../../../../workers/test/support/redis.ts';

export function testPrefix(): string {
  return workersTestPrefix('test-dash');
}
