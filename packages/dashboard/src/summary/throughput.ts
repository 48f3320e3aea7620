/**
 * How fast the harvest goes: finished items per minute over a recent window, a
 * per-minute series for the chart, and the time left at the current pace.
 */

export interface MinuteBucket {
  /** Start of the minute, ms since the epoch. */
  start: number;
  count: number;
}

/** Counts per minute over the last `minutes` minutes (oldest first, the current minute last). */
export function perMinute(times: Iterable<number>, now: number, minutes: number): MinuteBucket[] {
  const minute = 60_000;
  const last = Math.floor(now / minute) * minute;
  const first = last - (minutes - 1) * minute;
  const buckets = Array.from({ length: minutes }, (_, i) => ({ start: first + i * minute, count: 0 }));
  for (const t of times) {
    if (t < first || t > now) continue;
    buckets[Math.floor((t - first) / minute)]!.count++;
  }
  return buckets;
}

/**
 * Items per minute over the last `windowMs`. The window starts at the first item inside
 * it when that is later (a harvest that began two minutes ago is not averaged over ten).
 * Null when nothing finished in the window.
 */
export function ratePerMinute(times: Iterable<number>, now: number, windowMs: number): number | null {
  const since = now - windowMs;
  let count = 0;
  let first = Infinity;
  for (const t of times) {
    if (t < since || t > now) continue;
    count++;
    first = Math.min(first, t);
  }
  if (count === 0) return null;
  // At least one minute: two documents a second apart are not "120 per minute".
  const spanMs = Math.max(now - first, 60_000);
  return (count / spanMs) * 60_000;
}

/** Seconds until `remaining` items are done at `perMinute`; 0 when nothing remains; null when unknown. */
export function secondsToFinish(remaining: number, perMinute: number | null): number | null {
  if (remaining <= 0) return 0;
  if (!perMinute || perMinute <= 0) return null;
  return (remaining / perMinute) * 60;
}
