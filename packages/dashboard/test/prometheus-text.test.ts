import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parsePrometheusText } from './support/prometheus-text.ts';

describe('the strict Prometheus text parser used by the metrics test', () => {
  it('reads what prom-client writes: HELP, TYPE, labels with escapes, histograms', async () => {
    const registry = new Registry();
    new Gauge({ name: 'g', help: 'a gauge\nwith two lines', labelNames: ['q'], registers: [registry] }).set({ q: 'say "hi"\\ \n' }, 2);
    new Counter({ name: 'c_total', help: 'a counter', registers: [registry] }).inc(3);
    const h = new Histogram({ name: 'h_seconds', help: 'durations', labelNames: ['queue'], buckets: [1, 5], registers: [registry] });
    h.observe({ queue: 'a' }, 0.5);
    h.observe({ queue: 'a' }, 3);
    h.zero({ queue: 'b' });
    const families = parsePrometheusText(await registry.metrics());
    expect(families.get('g')).toMatchObject({ type: 'gauge', help: 'a gauge\nwith two lines', samples: [{ name: 'g', labels: { q: 'say "hi"\\ \n' }, value: 2 }] });
    expect(families.get('c_total')!.samples[0]!.value).toBe(3);
    const histogram = families.get('h_seconds')!;
    expect(histogram.type).toBe('histogram');
    expect(histogram.samples.filter((s) => s.labels.queue === 'a' && s.name === 'h_seconds_bucket').map((s) => [s.labels.le, s.value])).toEqual([['1', 1], ['5', 2], ['+Inf', 2]]);
  });

  it('rejects broken expositions', () => {
    const bad: Array<[string, RegExp]> = [
      ['x 1', /end with a line feed/],
      ['x{a="1} 1\n', /unterminated/],
      ['x{a="1",a="2"} 1\n', /twice/],
      ['x one\n', /bad value/],
      ['x 1\ny 1\nx 2\n', /two places/],
      ['x 1\nx 2\n', /duplicate series/],
      ['# TYPE c counter\nc -1\n', /counter c is -1/],
      ['# TYPE x gauge\n# TYPE x gauge\n', /TYPE|two places/],
      ['# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n', /decrease/],
      ['# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n', /\+Inf/],
      ['# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 1\n', /differs from _count/],
      ['# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n', /_sum or _count missing/],
      ['# TYPE h histogram\nh 1\n', /does not belong/],
    ];
    for (const [text, error] of bad) expect(() => parsePrometheusText(text), JSON.stringify(text)).toThrow(error);
  });
});
