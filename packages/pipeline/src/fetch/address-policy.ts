/**
 * Which addresses a harvest may connect to. Default deny for everything that is not a
 * public unicast address (loopback, private, link-local and cloud metadata, CGNAT,
 * unique-local, unspecified, multicast, reserved, NAT64 / 6to4 / Teredo wrappers), in
 * every spelling: ipaddr.js parses decimal, hex, short and IPv4-mapped IPv6 forms, and
 * the WHATWG URL parser has already normalised `127.1` or `0x7f000001` in a URL's host.
 * An allow-list (`HARVEST_FETCH_ALLOW_HOSTS`, config `fetch.allowHosts`) names hosts a
 * researcher may harvest on their own network: `host` (any port) or `host:port`.
 */
import ipaddr from 'ipaddr.js';

export const ALLOW_HOSTS_ENV = 'HARVEST_FETCH_ALLOW_HOSTS';

export interface FetchPolicy {
  /** Hosts exempt from the address check, normalised: `host` or `host:port`. Default none. */
  allowHosts: readonly string[];
}

/** `a.gov.cn, 10.0.0.5:8080` → normalised entries; a malformed entry throws with its text. */
export function parseAllowHosts(value: string | readonly string[] | undefined | null): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  return items.map((item) => item.trim()).filter(Boolean).map(normaliseEntry);
}

/** The policy the environment asks for (used by `pnpm extract`; the workers read their config). */
export function policyFromEnvironment(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  return { allowHosts: parseAllowHosts(env[ALLOW_HOSTS_ENV]) };
}

function normaliseEntry(entry: string): string {
  let url: URL;
  try {
    url = new URL(`http://${entry}`);
  } catch {
    throw new TypeError(`${ALLOW_HOSTS_ENV}: "${entry}" is not a host or host:port`);
  }
  if (url.pathname !== '/' || url.username || url.search) throw new TypeError(`${ALLOW_HOSTS_ENV}: "${entry}" is not a host or host:port`);
  return /:\d+$/.test(entry) ? `${url.hostname}:${url.port || '80'}` : url.hostname;
}

/** Whether the URL's host (and port) is on the allow-list. */
export function isAllowedHost(url: URL, policy: FetchPolicy): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allowHosts.includes(url.hostname) || policy.allowHosts.includes(`${url.hostname}:${port}`);
}

/** Null when the address is public; else the name of its range (e.g. "loopback"). */
export function nonPublicRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'unparseable';
  const parsed = ipaddr.process(bare); // IPv4-mapped IPv6 becomes the IPv4 address it wraps
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** An IP literal in a URL host (`[::1]`, `127.0.0.1`), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}
