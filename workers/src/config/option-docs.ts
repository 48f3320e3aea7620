/**
 * Each option's environment variable and meaning. A test checks that every option of
 * the schema is listed here and that `config/README.md` is the table generated from it.
 */
export interface OptionDoc {
  /** Dotted path in the config object, e.g. `fetch.timeoutMs`. */
  path: string;
  /** Environment variable that overrides the option. */
  env: string;
  /** What it does. */
  doc: string;
  /** The value is JSON in the environment (objects), not a plain string or number. */
  json?: boolean;
}

export const OPTION_DOCS: readonly OptionDoc[] = [
  { path: 'redis.url', env: 'HARVEST_REDIS_URL', doc: 'Redis to use; it must run with `maxmemory-policy noeviction`.' },
  { path: 'redis.prefix', env: 'HARVEST_PREFIX', doc: 'BullMQ key prefix; every key the harvester writes starts with it (tests use their own).' },
  { path: 'sources.roots', env: 'HARVEST_SOURCE_ROOTS', json: true, doc: 'Folders from which a URL list may name local files, JSON: `["/data/disclosures"]` (as `pnpm harvest --root DIR`). A local path in a list outside them is refused; paths typed on the command line are always read.' },
  { path: 'storage.dir', env: 'HARVEST_STORAGE_DIR', doc: 'Where raw files (`raw/`) and canonical records (`records/`) are kept, by content hash. Relative paths are taken from the working directory. Workers on several machines must share it.' },
  { path: 'fetch.concurrency', env: 'HARVEST_FETCH_CONCURRENCY', doc: 'Downloads in flight per worker process (all hosts together).' },
  { path: 'fetch.timeoutMs', env: 'HARVEST_FETCH_TIMEOUT_MS', doc: 'Time limit of one download, headers and body, redirects included.' },
  { path: 'fetch.maxBytes', env: 'HARVEST_FETCH_MAX_BYTES', doc: 'Largest file accepted; larger ones fail at once (not retried).' },
  { path: 'fetch.maxRedirects', env: 'HARVEST_FETCH_MAX_REDIRECTS', doc: 'Redirects followed before a download fails.' },
  { path: 'fetch.attempts', env: 'HARVEST_FETCH_ATTEMPTS', doc: 'Tries of a download that fails transiently (5xx, 408, 429, timeouts, resets); permanent failures (404, HTML instead of a document, too large) are tried once.' },
  { path: 'fetch.backoffMs', env: 'HARVEST_FETCH_BACKOFF_MS', doc: 'First retry delay; doubles with each try, with 50% jitter.' },
  { path: 'fetch.allowHosts', env: 'HARVEST_FETCH_ALLOW_HOSTS', doc: 'Hosts on a private network that may be fetched, comma-separated `host` or `host:port` (a JSON array in a config file). By default loopback, private, link-local, CGNAT, unique-local, unspecified and cloud-metadata addresses are refused, after name resolution and again on every redirect.' },
  { path: 'fetch.userAgent', env: 'HARVEST_USER_AGENT', doc: 'User-Agent header sent with every request.' },
  { path: 'politeness.concurrency', env: 'HARVEST_HOST_CONCURRENCY', doc: 'Requests in flight to one host, across all worker processes.' },
  { path: 'politeness.requestsPerSecond', env: 'HARVEST_HOST_RATE', doc: 'Requests started per second to one host, across all worker processes.' },
  { path: 'politeness.hosts', env: 'HARVEST_HOSTS', json: true, doc: 'Per-host exceptions, JSON: `{"www.example.gov.cn": {"concurrency": 1, "requestsPerSecond": 0.5}}` (host as in the URL, with the port if one is given).' },
  { path: 'extract.concurrency', env: 'HARVEST_EXTRACT_CONCURRENCY', doc: 'Extractions at once per worker process, each in its own sandboxed child process (`pnpm workers --concurrency N`).' },
  { path: 'extract.attempts', env: 'HARVEST_EXTRACT_ATTEMPTS', doc: 'Tries of an extraction whose child process crashed (a broken document is not an error: it gets `status = failed`).' },
  { path: 'extract.maxPages', env: 'HARVEST_MAX_PAGES', doc: 'PDFs with more pages get `status = failed`.' },
  { path: 'extract.timeoutMs', env: 'HARVEST_EXTRACT_TIMEOUT_MS', doc: 'Time limit of one document\'s extraction.' },
  { path: 'extract.killAfterMs', env: 'HARVEST_EXTRACT_KILL_AFTER_MS', doc: 'Hard limit of one extraction: a watchdog kills the child process after this long even if it hangs (the job is then retried, up to `extract.attempts`). Keep it above `extract.timeoutMs`.' },
  { path: 'extract.maxUncompressedBytes', env: 'HARVEST_MAX_UNCOMPRESSED_BYTES', doc: 'Largest inflated size of a DOCX (decompression bombs).' },
  { path: 'extract.memoryMb', env: 'HARVEST_EXTRACT_MEMORY_MB', doc: 'Heap limit of each extraction child process (`--max-old-space-size`).' },
  { path: 'record.concurrency', env: 'HARVEST_RECORD_CONCURRENCY', doc: 'Record jobs (bookkeeping in Redis) at once per worker process.' },
  { path: 'record.attempts', env: 'HARVEST_RECORD_ATTEMPTS', doc: 'Tries of a record job.' },
  { path: 'worker.lockDurationMs', env: 'HARVEST_LOCK_DURATION_MS', doc: 'BullMQ job lock; a worker that dies loses its jobs\' locks after this long and they are taken up again.' },
  { path: 'worker.stalledIntervalMs', env: 'HARVEST_STALLED_INTERVAL_MS', doc: 'How often workers look for stalled jobs (jobs whose lock expired).' },
  { path: 'worker.maxStalledCount', env: 'HARVEST_MAX_STALLED_COUNT', doc: 'Times a job may stall (its worker died) before it fails.' },
  { path: 'worker.shutdownTimeoutMs', env: 'HARVEST_SHUTDOWN_TIMEOUT_MS', doc: 'On SIGTERM / SIGINT, how long running jobs may finish; after that they are handed back to the queue and the process exits.' },
];
