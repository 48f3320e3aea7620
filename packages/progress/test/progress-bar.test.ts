import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../src/progress-bar.ts';
import { formatDuration } from '../src/format-duration.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

describe('progress bar', () => {
  it('draws counts, share and ETA from the mean time per item', () => {
    expect(progressLine(0, 40, 0, 10)).toBe('[>         ] 0/40 0% ETA ?');
    // 12 done in 36 s: 3 s each, 28 left: 84 s.
    expect(progressLine(12, 40, 36_000, 10)).toBe('[==>       ] 12/40 30% ETA 1m24s');
    expect(progressLine(40, 40, 60_000, 10)).toBe('[==========] 40/40 100% ETA 0s');
    expect(progressLine(0, 0, 0, 4)).toBe('[====] 0/0 100% ETA 0s');
  });

  it('redraws one line in place on a terminal, with messages above it', () => {
    let now = 1_000;
    const { writes, stream } = fakeStream(true);
    const progress = createProgress({ total: 4, stream, now: () => now, width: 4 });
    expect(progress.interactive).toBe(true);
    progress.update(0);
    now += 2_000;
    progress.update(1);
    progress.update(2, 'a failed document');
    progress.finish();
    const screen = writes.join('');
    expect(screen).toContain('\r[>   ] 0/4 0% ETA ?\x1b[K');
    expect(screen).toContain('\r[>   ] 1/4 25% ETA 6s\x1b[K');
    // The message clears the bar, takes its own line, and the bar comes back under it.
    expect(screen).toContain('\r\x1b[Ka failed document\n\r[=>  ] 2/4 50% ETA 2s\x1b[K');
    expect(screen.endsWith('\n')).toBe(true);
  });

  it('prints plain lines only when the output is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const progress = createProgress({ total: 2, stream });
    expect(progress.interactive).toBe(false);
    progress.update(0);
    progress.update(1, '[1/2] ok a.pdf');
    progress.update(2, '[2/2] ok b.pdf');
    progress.finish();
    expect(writes).toEqual(['[1/2] ok a.pdf\n', '[2/2] ok b.pdf\n']);
  });

  it('formats durations for people', () => {
    expect(formatDuration(5)).toBe('5s');
    expect(formatDuration(80)).toBe('1m20s');
    expect(formatDuration(7_500)).toBe('2h05m');
    expect(formatDuration(Number.NaN)).toBe('?');
  });
});

describe('a total known only later', () => {
  it('takes the total given with an update', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgress({ total: 0, stream, now: () => 0 });
    progress.update(1, undefined, 4);
    expect(writes.at(-1)).toContain('1/4 25%');
  });
});
