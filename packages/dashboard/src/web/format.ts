/** Figures and times as the pages print them. */
import { formatDuration } from '@budget/progress';

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatRate(perMinute: number | null, unit: string): string {
  return `${formatPace(perMinute)} ${unit}/min`;
}

/** Items per minute: one decimal below 10, none above; a dash when unknown. */
export function formatPace(perMinute: number | null): string {
  if (perMinute === null) return '–';
  return perMinute >= 10 ? perMinute.toFixed(0) : perMinute.toFixed(1);
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'unknown';
  return seconds === 0 ? 'done' : formatDuration(seconds);
}

/** Local time `YYYY-MM-DD HH:MM:SS` (the operator's clock, not UTC). */
export function formatTime(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** `3 min ago`, `2 h ago`; for lists where recency matters more than the date. */
export function formatAgo(ms: number | null, now: number): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  const seconds = Math.max(0, (now - ms) / 1000);
  if (seconds < 60) return `${Math.round(seconds)} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return formatTime(ms);
}
