/**
 * Groups failure messages into a few reasons a person can act on, and that are safe as
 * Prometheus label values (bounded: no URLs, paths, ids or byte counts). A reason is the
 * error's class name as the workers write it (`HttpStatusError: GET … answered 404`),
 * with the HTTP status or system error code when there is one; messages without a class
 * name keep their first words, with numbers and paths masked.
 */

/** Wrappers the record job puts around a child's failure, removed before grouping. */
const WRAPPERS = [/^cannot read input:\s*/i, /^extraction did not finish:\s*/i];
const ERROR_NAME = /^([A-Z][A-Za-z0-9]*(?:Error|Exception))\b/;
const MAX_LENGTH = 60;

export function failureReason(message: string | null | undefined): string {
  let text = (message ?? '').trim();
  if (!text) return 'unknown';
  for (let changed = true; changed; ) {
    changed = false;
    for (const wrapper of WRAPPERS) {
      if (wrapper.test(text)) {
        text = text.replace(wrapper, '');
        changed = true;
      }
    }
  }
  const name = ERROR_NAME.exec(text)?.[1];
  if (name) {
    const status = /\banswered (\d{3})\b/.exec(text)?.[1];
    const code = /\(([A-Z][A-Z0-9_]{2,})\)/.exec(text)?.[1];
    return [name, status ?? code].filter(Boolean).join(' ');
  }
  const masked = text
    .split(/[:\n]/)[0]!
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>')
    .replace(/(?:[A-Za-z]:)?[\\/][^\s,;]+/g, '<path>')
    .replace(/\d+(?:\.\d+)?/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
  return (masked.length > MAX_LENGTH ? `${masked.slice(0, MAX_LENGTH - 1)}…` : masked) || 'unknown';
}

export interface ReasonCount {
  reason: string;
  count: number;
  /** One full message of this reason, to show what it looks like. */
  example: string;
}

/** Reasons with their counts, most frequent first (ties by name). */
export function countReasons(messages: Iterable<string | null | undefined>): ReasonCount[] {
  const byReason = new Map<string, ReasonCount>();
  for (const message of messages) {
    const reason = failureReason(message);
    const current = byReason.get(reason);
    if (current) current.count++;
    else byReason.set(reason, { reason, count: 1, example: message ?? '' });
  }
  return [...byReason.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
