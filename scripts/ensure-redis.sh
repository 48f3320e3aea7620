#!/usr/bin/env bash
# Starts a local redis-server on 127.0.0.1:6379 unless one already answers; installs
# Debian's package when the binary is missing. BullMQ needs `maxmemory-policy noeviction`.
# Persistence is on (append-only file, fsync every second, in REDIS_DIR, default
# .cache/redis of the repository): a Redis restart mid-harvest keeps the queues and the
# datasets. The commands warn when the Redis they talk to runs without it.
set -euo pipefail
port="${REDIS_PORT:-6379}"
dir="${REDIS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.cache/redis}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "redis: something already listens on 127.0.0.1:$port"
  if command -v redis-cli >/dev/null && [ "$(redis-cli -p "$port" config get appendonly 2>/dev/null | tail -n 1)" = "no" ]; then
    echo "redis: warning: it runs without persistence (appendonly no); a restart would lose the harvest" >&2
  fi
  exit 0
fi
if ! command -v redis-server >/dev/null; then
  echo "redis: installing Debian's redis-server"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server; else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server; fi
fi
mkdir -p "$dir"
redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --dir "$dir" --save "" \
  --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --logfile "$dir/redis-$port.log"
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "redis: started on $port (append-only file in $dir)"; exit 0; }
  sleep 0.1
done
echo "redis: did not start, see $dir/redis-$port.log" >&2
exit 1
