/** A per-minute bar chart as inline SVG (no script, no library): what the screenshot and a person see. */
import type { MinuteBucket } from '../summary/throughput.ts';
import { html, type SafeHtml } from './html.ts';

export function barChart(buckets: MinuteBucket[], caption: string): SafeHtml {
  const width = 1000;
  const height = 170;
  const left = 40;
  const bottom = 22;
  const top = 14;
  const plotWidth = width - left - 10;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = plotWidth / Math.max(1, buckets.length);
  const bars = buckets.map((b, i) => {
    const h = (b.count / max) * plotHeight;
    const x = left + i * slot + 1;
    return html`<rect x="${x.toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${Math.max(1, slot - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="#2b6cb0"><title>${clock(b.start)}: ${b.count}</title></rect>`;
  });
  const labels = buckets
    .map((b, i) => ({ b, i }))
    .filter(({ i }) => i % 10 === 0 || i === buckets.length - 1)
    .map(({ b, i }) => html`<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${height - 6}" text-anchor="middle">${i === buckets.length - 1 ? 'now' : clock(b.start)}</text>`);
  return html`<figure class="chart" aria-label="${caption}">
<svg viewBox="0 0 ${width} ${height}" role="img" font-size="11" fill="#5b6478">
  <line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="#b4bac6"/>
  <line x1="${left}" y1="${top}" x2="${width - 10}" y2="${top}" stroke="#eef1f6"/>
  <text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text>
  <text x="${left - 6}" y="${top + plotHeight}" text-anchor="end">0</text>
  ${bars}
  ${labels}
</svg>
<figcaption class="hint">${caption}</figcaption>
</figure>`;
}

function clock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
