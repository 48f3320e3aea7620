#!/usr/bin/env bash
# Starts a local redis-server on 127.0.0.1:6379 unless one already answers; installs
# Debian's package when the binary is missing. BullMQ needs `maxmemory-policy noeviction`.
set -euo pipefail
port="${REDIS_PORT:-6379}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "redis: something already listens on 127.0.0.1:$port"
  exit 0
fi
if ! command -v redis-server >/dev/null; then
  echo "redis: installing Debian's redis-server"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server; else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server; fi
fi
redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
  --maxmemory-policy noeviction --logfile /tmp/redis-"$port".log
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "redis: started on $port"; exit 0; }
  sleep 0.1
done
echo "redis: did not start, see /tmp/redis-$port.log" >&2
exit 1
