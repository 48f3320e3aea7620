import { describe, expect, it } from 'vitest';
import { perMinute, ratePerMinute, secondsToFinish } from '../src/summary/throughput.ts';
import { SnapshotCache } from '../src/summary/snapshot-cache.ts';

const MIN = 60_000;

describe('throughput', () => {
  const now = 100 * MIN + 30_000;

  it('counts per minute, the current minute last', () => {
    const buckets = perMinute([now, now - 10_000, now - MIN, now - 5 * MIN, now - 99 * MIN], now, 5);
    expect(buckets.map((b) => b.count)).toEqual([0, 0, 0, 1, 2]);
    expect(buckets[4]!.start).toBe(100 * MIN);
  });

  it('measures the pace from the first item in the window, over at least a minute', () => {
    const times = [now - 4 * MIN, now - 3 * MIN, now - 2 * MIN, now - MIN];
    expect(ratePerMinute(times, now, 10 * MIN)).toBeCloseTo(1);
    expect(ratePerMinute([now - 1_000, now - 2_000], now, 10 * MIN)).toBeCloseTo(2);
    expect(ratePerMinute([now - 20 * MIN], now, 10 * MIN)).toBeNull();
  });

  it('estimates the time to finish', () => {
    expect(secondsToFinish(30, 10)).toBe(180);
    expect(secondsToFinish(0, null)).toBe(0);
    expect(secondsToFinish(5, null)).toBeNull();
  });

  it('serves one snapshot for a while and shares a read in progress', async () => {
    let clock = 0;
    let reads = 0;
    const cache = new SnapshotCache(async () => ++reads, 1_000, () => clock);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    clock = 999;
    expect(await cache.get()).toBe(1);
    clock = 1_000;
    expect(await cache.get()).toBe(2);
  });
});
