/**
 * The harvest page: what an operator checks during a nationwide harvest, most urgent
 * first. Tiles (documents, in flight, pace, ETA, failures), every queue's counts, the
 * pace over the last hour, recent failures with their reasons, documents by status,
 * province and year, findings by check, datasets, and the latest documents with a link
 * to each canonical record.
 */
import { JOB_STATES } from '../read/queue-counts.ts';
import type { DocumentView } from '../read/harvest-documents.ts';
import type { FailedJob } from '../read/failed-jobs.ts';
import { UNKNOWN, type HarvestSnapshot } from '../summary/harvest-snapshot.ts';
import { barChart } from './bar-chart.ts';
import { formatAgo, formatCount, formatEta, formatPace, formatRate, formatTime } from './format.ts';
import { html, query, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';

const LIST_LENGTH = 15;
const STATE_LABELS: Record<string, string> = { 'waiting-children': 'waiting for children' };

export interface PageContext {
  redisUrl: string;
  storageDir: string;
  refreshMs: number;
}

export function harvestPage(s: HarvestSnapshot, page: PageContext): string {
  const subtitle = html`Prefix <code>${s.prefix}</code> on ${page.redisUrl} · records in <code>${page.storageDir}</code> · read ${formatTime(s.takenAt)}${page.refreshMs ? html` · refreshes every ${Math.round(page.refreshMs / 1000)} s` : ''}`;
  const body = html`
${tiles(s)}
<h2 id="queues">Queues</h2>
${queueTable(s)}
<h2 id="throughput">Throughput</h2>
${barChart(s.throughput.series, `Documents processed per minute over the last hour. Pace over the last 10 minutes: ${formatRate(s.throughput.documentsPerMinute, 'documents')}, ${formatRate(s.throughput.pagesPerMinute, 'pages')}.`)}
<h2 id="failures">Recent failures</h2>
<div class="grid2">
  <div>${failedDocumentsTable(s)}</div>
  <div>${failedJobsTable(s)}</div>
</div>
<h2 id="documents">Documents</h2>
<div class="grid2">
  <div>${statusTable(s)}</div>
  <div>${provinceYearTable(s)}</div>
</div>
<h2 id="findings">Findings by check</h2>
${findingsTable(s)}
<h2 id="datasets">Datasets</h2>
${datasetTable(s)}
<h2 id="latest">Latest documents</h2>
${documentList(s.documents.slice(0, LIST_LENGTH), s.takenAt)}
<p class="hint"><a href="/harvest/documents">All documents</a> · failed jobs are queued again with <code>pnpm retry-failed</code></p>`;
  return layout({ title: 'Harvest', current: 'harvest', subtitle, body, refreshMs: page.refreshMs });
}

function tiles(s: HarvestSnapshot): SafeHtml {
  const failedDocs = s.totals.byStatus.failed ?? 0;
  const tile = (label: string, value: string, note: string, bad = false) =>
    html`<div class="tile${bad ? ' bad' : ''}"><div class="label">${label}</div><div class="value">${value}</div><div class="note">${note}</div></div>`;
  return html`<section class="tiles">
${tile('Documents processed', formatCount(s.totals.recorded), `of ${formatCount(s.totals.sources)} sources, ${formatCount(s.totals.pages)} pages`)}
${tile('In flight', formatCount(s.inFlight), 'documents queued or running')}
${tile('Throughput, docs/min', formatPace(s.throughput.documentsPerMinute), `${formatRate(s.throughput.pagesPerMinute, 'pages')}, last 10 min`)}
${tile('Time to finish', formatEta(s.etaSeconds), s.inFlight ? 'at the current pace' : 'nothing in flight')}
${tile('Failed documents', formatCount(failedDocs), 'status failed', failedDocs > 0)}
${tile('Failed jobs', formatCount(s.totals.failedJobs), 'in the failed sets', s.totals.failedJobs > 0)}
</section>`;
}

function queueTable(s: HarvestSnapshot): SafeHtml {
  const cell = (n: number, href?: string) => html`<td class="num${n === 0 ? ' zero' : ''}">${href && n > 0 ? html`<a href="${href}">${formatCount(n)}</a>` : formatCount(n)}</td>`;
  return html`<table>
<thead><tr><th>queue</th>${JOB_STATES.map((state) => html`<th class="num">${STATE_LABELS[state] ?? state}</th>`)}<th class="num">done, last hour</th><th class="num">failed, last hour</th></tr></thead>
<tbody>
${s.queues.map((q) => html`<tr>
  <td><a href="/queues/queue/${encodeURIComponent(q.name)}">${q.name}</a></td>
  ${JOB_STATES.map((state) => cell(q.counts[state], `/queues/queue/${encodeURIComponent(q.name)}?status=${state === 'waiting' ? 'waiting' : state}`))}
  ${cell(q.completedLastHour)}${cell(q.failedLastHour)}
</tr>`)}
</tbody></table>
<p class="hint">Finished jobs are removed from the queues (their results are in the datasets), so <em>completed</em> stays near 0; <em>done, last hour</em> counts them from the queues' event streams.</p>`;
}

function failedDocumentsTable(s: HarvestSnapshot): SafeHtml {
  const docs = s.failedDocuments.slice(0, LIST_LENGTH);
  if (docs.length === 0) return html`<h3>Failed documents</h3><p class="empty">No document has failed.</p>`;
  return html`<h3>Failed documents (${formatCount(s.failedDocuments.length)})</h3>
<table><thead><tr><th>when</th><th>source</th><th>reason</th></tr></thead><tbody>
${docs.map((d) => html`<tr><td class="when">${formatAgo(d.recordedAt, s.takenAt)}</td><td class="source">${sourceCell(d)}</td><td class="reason">${d.error ?? 'no reason recorded'}</td></tr>`)}
</tbody></table>
${reasonList(s.failedDocumentReasons)}
${s.failedDocuments.length > docs.length ? html`<p class="hint"><a href="/harvest/documents${query({ status: 'failed' })}">all ${formatCount(s.failedDocuments.length)} failed documents</a></p>` : ''}`;
}

function failedJobsTable(s: HarvestSnapshot): SafeHtml {
  const jobs: FailedJob[] = s.queues.flatMap((q) => q.failedJobs).sort((a, b) => (b.failedAt ?? 0) - (a.failedAt ?? 0)).slice(0, LIST_LENGTH);
  if (jobs.length === 0) return html`<h3>Failed jobs</h3><p class="empty">No job in a failed set.</p>`;
  return html`<h3>Failed jobs (${formatCount(s.totals.failedJobs)})</h3>
<table><thead><tr><th>when</th><th>queue</th><th>source</th><th class="num">tries</th><th>reason</th></tr></thead><tbody>
${jobs.map((j) => html`<tr><td class="when">${formatAgo(j.failedAt, s.takenAt)}</td><td><a href="/queues/queue/${encodeURIComponent(j.queue)}?status=failed">${j.queue}</a></td><td class="source">${j.source ?? j.id}</td><td class="num">${j.attemptsMade}</td><td class="reason">${j.reason}</td></tr>`)}
</tbody></table>`;
}

function reasonList(reasons: HarvestSnapshot['failedDocumentReasons']): SafeHtml {
  if (reasons.length === 0) return html``;
  return html`<p class="hint">By reason: ${reasons.slice(0, 6).map((r, i) => html`${i ? ', ' : ''}<strong>${r.reason}</strong> ${r.count}`)}</p>`;
}

function statusTable(s: HarvestSnapshot): SafeHtml {
  const rows = Object.entries(s.totals.byStatus).sort((a, b) => b[1] - a[1]);
  return html`<h3>By status</h3><table><thead><tr><th>status</th><th class="num">documents</th></tr></thead><tbody>
${rows.length === 0 ? html`<tr><td colspan="2" class="empty">No document processed yet.</td></tr>` : rows.map(([status, n]) => html`<tr><td>${statusBadge(status)}</td><td class="num"><a href="/harvest/documents${query({ status })}">${formatCount(n)}</a></td></tr>`)}
<tr><td>not processed yet</td><td class="num">${formatCount(Math.max(0, s.totals.sources - s.totals.recorded))}</td></tr>
</tbody></table>`;
}

function provinceYearTable(s: HarvestSnapshot): SafeHtml {
  const { provinces, years, counts } = s.byProvinceYear;
  if (provinces.length === 0) return html`<h3>By province and year</h3><p class="empty">No document processed yet.</p>`;
  const link = (province: string, year: string | null, n: number) =>
    html`<a href="/harvest/documents${query({ province, year })}">${formatCount(n)}</a>`;
  return html`<h3>By province and year</h3><table><thead><tr><th>province</th>${years.map((y) => html`<th class="num">${y}</th>`)}<th class="num">total</th></tr></thead><tbody>
${provinces.map((p) => {
  const row = counts[p]!;
  const total = Object.values(row).reduce((a, b) => a + b, 0);
  return html`<tr><td>${p === UNKNOWN ? html`<em>unknown</em>` : p}</td>${years.map((y) => (row[y] ? html`<td class="num">${link(p, y, row[y]!)}</td>` : html`<td class="num zero">0</td>`))}<td class="num">${link(p, null, total)}</td></tr>`;
})}
</tbody></table>`;
}

function findingsTable(s: HarvestSnapshot): SafeHtml {
  if (s.findingsByCheck.length === 0) return html`<p class="empty">No findings in the processed documents.</p>`;
  const severities = ['error', 'warning', 'info'];
  const totals = s.totals.findingsBySeverity;
  return html`<table><thead><tr><th>check</th>${severities.map((sev) => html`<th class="num">${sev}</th>`)}<th class="num">total</th><th class="num">documents</th></tr></thead><tbody>
${s.findingsByCheck.slice(0, 25).map((f) => html`<tr><td><code>${f.check}</code></td>${severities.map((sev) => html`<td class="num${f.bySeverity[sev] ? '' : ' zero'}">${formatCount(f.bySeverity[sev] ?? 0)}</td>`)}<td class="num">${formatCount(f.total)}</td><td class="num">${formatCount(f.documents)}</td></tr>`)}
<tr><th>all checks</th>${severities.map((sev) => html`<th class="num">${formatCount(totals[sev] ?? 0)}</th>`)}<th class="num">${formatCount(Object.values(totals).reduce((a, b) => a + b, 0))}</th><th></th></tr>
</tbody></table>${s.findingsByCheck.length > 25 ? html`<p class="hint">${s.findingsByCheck.length - 25} more checks not shown.</p>` : ''}`;
}

function datasetTable(s: HarvestSnapshot): SafeHtml {
  if (s.datasets.length === 0) return html`<p class="empty">No dataset yet: start one with <code>pnpm harvest … --dataset NAME</code>.</p>`;
  return html`<table><thead><tr><th>dataset</th><th class="num">sources</th><th class="num">processed</th><th>by status</th><th class="num">pages</th></tr></thead><tbody>
${s.datasets.map((d) => html`<tr><td><a href="/harvest/documents${query({ dataset: d.name })}">${d.name}</a></td><td class="num">${formatCount(d.sources)}</td><td class="num">${formatCount(d.recorded)}</td><td>${Object.entries(d.byStatus).map(([status, n]) => html`${statusBadge(status)} ${n} `)}</td><td class="num">${formatCount(d.pages)}</td></tr>`)}
</tbody></table>`;
}

/** A table of documents with their status, region, year and a link to the canonical JSON. */
export function documentList(docs: DocumentView[], now: number): SafeHtml {
  if (docs.length === 0) return html`<p class="empty">No documents.</p>`;
  return html`<table><thead><tr><th>processed</th><th>dataset</th><th>source</th><th>status</th><th>province</th><th class="num">year</th><th class="num">pages</th><th class="num">findings</th><th>record</th></tr></thead><tbody>
${docs.map((d) => html`<tr>
<td class="when">${formatAgo(d.recordedAt, now)}</td><td>${d.dataset}</td><td class="source">${d.source}${d.error ? html`<div class="reason">${d.error}</div>` : ''}</td>
<td>${statusBadge(d.status)}</td><td>${d.facts?.province ?? '–'}${d.facts?.city ? html` ${d.facts.city}` : ''}</td><td class="num">${d.facts?.year ?? '–'}</td><td class="num">${d.facts?.pages ?? '–'}</td>
<td class="num">${d.facts ? formatCount(d.facts.findings.reduce((n, f) => n + f.count, 0)) : '–'}</td>
<td>${d.recordKey ? html`<a href="${recordHref(d.recordKey)}">JSON</a>` : '–'}</td>
</tr>`)}
</tbody></table>`;
}

export function recordHref(recordKey: string): string {
  return `/harvest/records/${recordKey}.json`;
}

function sourceCell(d: DocumentView): SafeHtml {
  return d.recordKey ? html`${d.source} <a href="${recordHref(d.recordKey)}">JSON</a>` : html`${d.source}`;
}

function statusBadge(status: string): SafeHtml {
  return html`<span class="status status-${status.replace(/[^a-z_]/g, '')}">${status}</span>`;
}
