#!/usr/bin/env bash
# The load harness (issue 16): builds Release, starts the app on a fresh SQLite file on a free loopback
# port with the measurement endpoints on, creates data through the public API, runs the wrk scenarios
# and prints one table of figures and ratios.
#
#   bash tools/load/run.sh                      # this checkout only
#   bash tools/load/run.sh --baseline <git-ref> # that commit first, then this checkout, same run, side by side
#   bash tools/load/run.sh --quick              # 10- and 100-student classes, 3 s runs (--seconds to change)
#   bash tools/load/run.sh --reuse <dir>        # measure again the builds a killed or earlier run left in <dir>
#   bash tools/load/run.sh --read-rounds 3      # each read at 1x and 10x three times, back to back; the median counts
#   bash tools/load/run.sh --connections 2000   # open leaderboard connections in the SignalR scenario (1000, --quick 200)
#   bash tools/load/run.sh --redis              # the app with the Redis backplane (ADR 19), on a throwaway redis-server
#   bash tools/load/run.sh --board-refresh      # every open board also fetches its page again after a change, as it does
#   bash tools/load/run.sh --saves-only         # the data, the floors and the saves only (no starts, reads or SignalR)
#   bash tools/load/run.sh --starts-only        # the data and the start-attempt spread and burst only
#
# Not part of `dotnet test` or .ci/run. Needs wrk (Debian: apt-get install wrk) and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tools/load"
baseline="" quick="" seconds="" reuse="" rounds=1 connections="" redis="" refresh="" only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --quick) quick="--quick"; shift ;;
    --seconds) seconds="$2"; shift 2 ;;
    --reuse) reuse="$2"; shift 2 ;;
    --read-rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --redis) redis=1; shift ;;
    --board-refresh) refresh="--board-refresh"; shift ;;
    --saves-only) only="--saves-only"; shift ;;
    --starts-only) only="--starts-only"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

seconds="${seconds:-$([[ -n "$quick" ]] && echo 3 || echo 8)}"
# Each open leaderboard is a socket in the app and one in the client (two while the negotiate request's connection
# stays pooled), so the SignalR scenario needs a few thousand descriptors. The .NET runtime raises its own soft limit
# to the hard limit at start-up, so the hard limit is the one that counts.
if [[ "$(ulimit -Hn)" != unlimited ]] && (( $(ulimit -Hn) < 4 * ${connections:-1000} + 1024 )); then
  echo "warning: ulimit -Hn is $(ulimit -Hn); the SignalR scenario may run out of file descriptors" >&2
fi
work="${reuse:-$(mktemp -d /tmp/irlearn-load.XXXXXX)}"
app_pid="" redis_pid="" redis_env=()
cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [[ -n "$redis_pid" ]]; then kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
  if [[ -d "$work/baseline-src" ]]; then git -C "$root" worktree remove --force "$work/baseline-src" || true; fi
}
trap cleanup EXIT

publish() { # <source checkout> <output folder>
  if [[ -n "$reuse" && -f "$2/IRLearn.Web.dll" ]]; then echo "== reusing the build in $2" >&2; return; fi
  echo "== building Release from $1" >&2
  nice -n 5 dotnet publish "$1/src/IRLearn.Web" -c Release -o "$2" -p:UseAppHost=false -v quiet -nologo >&2
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Hub messages through Redis, as with several instances (one instance here: every message makes the round trip).
if [[ -n "$redis" ]]; then
  command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }
  redis_port="$(free_port)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
  redis_pid=$!
  redis_env=(Redis__ConnectionString="127.0.0.1:$redis_port")
fi

measure() { # <published app> <label>
  local port
  port="$(free_port)"
  echo "== $2: starting on 127.0.0.1:$port" >&2
  (cd "$1" && exec env ASPNETCORE_ENVIRONMENT=LoadTest ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__ConnectionString="Data Source=$work/$2-$$.db" Database__SeedDemoData=true \
      LoadTest__MeasurementEndpoints=true Logging__LogLevel__Default=Warning "${redis_env[@]}" \
      dotnet IRLearn.Web.dll >"$work/$2.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/$2.log" >&2; exit 1; }
    sleep 1
  done
  python3 "$here/load.py" run --url "http://127.0.0.1:$port" --label "$2" --out "$work/$2.json" --seconds "$seconds" --read-rounds "$rounds" \
    --signalr-tool "$work/signalr-load/SignalRLoad.dll" ${connections:+--connections "$connections"} $refresh $only $quick
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# Both builds are published before either is measured, so editing the checkout during a run changes nothing.
results=()
if [[ -n "$baseline" ]]; then
  [[ -d "$work/baseline-src" ]] || git -C "$root" worktree add --detach "$work/baseline-src" "$baseline" >&2
  publish "$work/baseline-src" "$work/baseline-app"
fi
publish "$root" "$work/current-app"
# The SignalR client tool, from this checkout, measures both builds (the hub's protocol is the same).
if [[ -z "$only" ]] && [[ -z "$reuse" || ! -f "$work/signalr-load/SignalRLoad.dll" ]]; then
  echo "== building the SignalR load client" >&2
  nice -n 5 dotnet build "$root/tools/load/SignalRLoad" -c Release -o "$work/signalr-load" -v quiet -nologo >&2
fi
if [[ -n "$baseline" ]]; then
  measure "$work/baseline-app" before
  results+=("$work/before.json")
fi
measure "$work/current-app" after
results+=("$work/after.json")

echo
[[ -n "$redis" ]] && echo "With the Redis backplane (redis-server $(redis-server --version | sed 's/.* v=\([^ ]*\).*/\1/'), loopback)"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
[[ -n "$baseline" ]] && echo "before = $baseline ($(git -C "$root" rev-parse --short "$baseline")), after = $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' + uncommitted changes')"
python3 "$here/load.py" table "${results[@]}"
