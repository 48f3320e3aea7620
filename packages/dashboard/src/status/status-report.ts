/**
 * The one-screen terminal summary of `pnpm status`: counts per queue and state, documents,
 * pace and time to finish, and the top failure reasons. Plain text, no colours, so it
 * reads the same in a terminal, a log and an e-mail.
 */
import { displayLocation } from '@budget/model';
import { formatCount, formatEta, formatRate, formatTime } from '../web/format.ts';
import type { HarvestSnapshot } from '../summary/harvest-snapshot.ts';

export interface StatusReportOptions {
  redisUrl: string;
  /** Longest line (terminal width). Default 100. */
  width?: number;
  /** Failure reasons listed at most. Default 5. */
  reasons?: number;
}

const COLUMNS: Array<{ head: string; value: (q: HarvestSnapshot['queues'][number]) => number }> = [
  { head: 'waiting', value: (q) => q.counts.waiting + q.counts.prioritized },
  { head: 'children', value: (q) => q.counts['waiting-children'] },
  { head: 'active', value: (q) => q.counts.active },
  { head: 'delayed', value: (q) => q.counts.delayed },
  { head: 'failed', value: (q) => q.counts.failed },
  { head: 'done/1h', value: (q) => q.completedLastHour },
  { head: 'fail/1h', value: (q) => q.failedLastHour },
];

export function statusReport(s: HarvestSnapshot, options: StatusReportOptions): string {
  const width = options.width ?? 100;
  const fit = (line: string) => (line.length > width ? `${line.slice(0, width - 1)}…` : line);
  const lines: string[] = [];
  lines.push(`harvest ${s.prefix} on ${options.redisUrl}, ${formatTime(s.takenAt)}`, '');

  const nameWidth = Math.max(5, ...s.queues.map((q) => q.name.length)) + 2;
  lines.push('queue'.padEnd(nameWidth) + COLUMNS.map((c) => c.head.padStart(9)).join(''));
  for (const q of s.queues) lines.push(q.name.padEnd(nameWidth) + COLUMNS.map((c) => formatCount(c.value(q)).padStart(9)).join(''));
  lines.push('');

  const byStatus = Object.entries(s.totals.byStatus).sort((a, b) => b[1] - a[1]).map(([status, n]) => `${status} ${formatCount(n)}`).join(', ');
  lines.push(`documents   ${formatCount(s.totals.recorded)} processed of ${formatCount(s.totals.sources)} sources${byStatus ? ` (${byStatus})` : ''}, ${formatCount(s.totals.pages)} pages`);
  lines.push(`in flight   ${formatCount(s.inFlight)} document(s)`);
  lines.push(`throughput  ${formatRate(s.throughput.documentsPerMinute, 'docs')}, ${formatRate(s.throughput.pagesPerMinute, 'pages')} (last 10 min)`);
  lines.push(`to finish   ${s.inFlight === 0 ? 'nothing in flight' : s.etaSeconds === null ? 'unknown (nothing finished in the last 10 min)' : `${formatEta(s.etaSeconds)} at the current pace`}`);

  const limit = options.reasons ?? 5;
  const reasons = s.failedDocumentReasons.slice(0, limit);
  if (reasons.length) {
    lines.push('', 'top failure reasons (failed documents)');
    for (const r of reasons) lines.push(fit(`${formatCount(r.count).padStart(6)}  ${r.reason.padEnd(28)}  ${r.example}`));
  }
  const jobReasons = s.queues.flatMap((q) => q.failureReasons.map((r) => ({ ...r, queue: q.name }))).sort((a, b) => b.count - a.count).slice(0, limit);
  if (jobReasons.length) {
    lines.push('', 'failed jobs by reason (pnpm retry-failed queues them again)');
    for (const r of jobReasons) lines.push(fit(`${formatCount(r.count).padStart(6)}  ${r.queue.padEnd(nameWidth)}${r.reason}`));
  }
  if (s.datasets.length) lines.push('', fit(`datasets    ${s.datasets.map((d) => `${d.name} ${formatCount(d.recorded)}/${formatCount(d.sources)}`).join(', ')}`));
  // Sources and reasons come from documents and servers: no control codes reach the terminal.
  return `${lines.map(displayLocation).join('\n')}\n`;
}
