#!/usr/bin/env bash
# Soak benchmark: sustained mixed load while sampling the app's memory, then SIGTERM under load.
# Not a test: it measures, prints a summary and writes bench/results/soak-latest.md.
# Usage: bash bench/soak.sh [seconds of load, default 60]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-60}"
port=5097
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" ${wrk_pids[@]+"${wrk_pids[@]}"} 2>/dev/null || true; rm -rf "$work"' EXIT

# A fresh machine has no package lists, so update before the one install.
if ! command -v wrk >/dev/null; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null
fi

# Another server on the port would answer /healthz and take the load instead of this run's app.
! curl -s -o /dev/null "$base/" || { echo "port $port is already in use"; exit 1; }
dotnet publish src/AccountExit.Web -c Release -o "$work/app" --nologo -v quiet
# exec, so $app_pid is the app itself: its VmRSS is the app's and SIGTERM reaches it directly.
# Limits raised so the soak measures the app, not the rate limiter.
(cd "$work/app" && exec env ASPNETCORE_URLS="$base" ConnectionStrings__AccountExit="Data Source=$work/soak.db" \
  Serilog__MinimumLevel__Default=Warning \
  AccountExit__RateLimits__Letters__PermitLimit=100000000 AccountExit__RateLimits__Reports__PermitLimit=100000000 \
  AccountExit__RateLimits__Api__PermitLimit=100000000 ./AccountExit.Web >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "the app did not start:"; cat "$work/app.log"; exit 1; }

paths=("/directory?market=jp" "/api/v1/channels?market=jp" "/close/de/how" "/close/de/letter")
for p in "${paths[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Language: en' "$base$p")"
  [[ "$code" == 200 ]] || { echo "$p answers $code before any load"; tail -n 30 "$work/app.log"; exit 1; }
done

# Four wrk processes, one per path, so each endpoint gets its own requests/s, p99 and error count.
wrk_pids=()
for i in "${!paths[@]}"; do
  wrk -t1 -c16 -d"${duration}s" --timeout 5s -H 'Accept-Language: en' --latency "$base${paths[$i]}" >"$work/wrk$i.txt" 2>&1 &
  wrk_pids+=($!)
done
rss() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$app_pid/status"; }
# CPU that neither the app nor wrk used during the load: a build or test run sharing the cores shows up here.
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
own() { for p in "$app_pid" "${wrk_pids[@]}"; do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s}'; }
rss_series=()
for ((t = 0; t < duration; t += 5)); do
  rss_series+=("$(rss)")
  ((t > 0)) || { busy0="$(busy)" own0="$(own)" wall0="$(date +%s%N)"; }
  ((t + 5 < duration)) || others=$(( ($(busy) - busy0 - $(own) + own0) * 100 * 1000000000 / ($(date +%s%N) - wall0) / $(getconf CLK_TCK) / $(nproc) ))
  sleep 5
done
wait "${wrk_pids[@]}"
wrk_pids=()
rss_series+=("$(rss)")

non2xx() { awk '/Non-2xx or 3xx/ {print $NF}' "$1" | grep . || echo 0; }
sockerr() { awk '/Socket errors/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) s += $i; print s}' "$1" | grep . || echo 0; }
ms() { awk -v v="$1" 'BEGIN {u = v; gsub(/[0-9.]/, "", u); n = v + 0; print (u == "us" ? n / 1000 : u == "s" ? n * 1000 : n)}'; }
rows=() total_rps=0 total_err=0 worst_p99=0
for i in "${!paths[@]}"; do
  f="$work/wrk$i.txt"
  rps="$(awk '/Requests\/sec/ {print $2}' "$f")"
  p99="$(awk '$1=="99%" {print $2}' "$f")"
  n="$(non2xx "$f")" s="$(sockerr "$f")"
  total_rps="$(awk -v a="$total_rps" -v b="$rps" 'BEGIN {printf "%.2f", a + b}')"
  total_err=$((total_err + n + s))
  worst_p99="$(printf '%s\n' "$worst_p99" "$(ms "$p99")" | sort -g | tail -n1)"
  rows+=("| ${paths[$i]} | $rps | $p99 | $n | $s |")
done
rss_first="${rss_series[0]}" rss_last="${rss_series[-1]}"
rss_max="$(printf '%s\n' "${rss_series[@]}" | sort -n | tail -n1)"

# SIGTERM while a burst is in flight; wait (not kill -0) because the exited app stays a zombie until reaped.
wrk -t2 -c64 -d10s --timeout 5s -H 'Accept-Language: en' "$base/directory?market=jp" >"$work/burst.txt" 2>&1 &
wrk_pids=($!)
sleep 2
t0="$(date +%s%N)"
kill -TERM "$app_pid"
exit_code=0
wait "$app_pid" || exit_code=$?
exit_ms=$((($(date +%s%N) - t0) / 1000000))
app_pid=""
wait "${wrk_pids[@]}" || true
wrk_pids=()

mkdir -p bench/results
{
  echo "# Soak $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, .NET $(dotnet --version); app in Release (Production), SQLite, rate limits raised."
  echo "Load: 4 wrk processes at once (1 thread, 16 connections each, 64 in all), ${duration}s, \`Accept-Language: en\`; wrk runs on the same cores as the app."
  echo "Other processes used ${others}% of the machine's CPU during the load (above a few %, e.g. a concurrent build, the numbers are noisy)."
  echo
  echo "| endpoint | requests/s | p99 | non-2xx/3xx | socket errors |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo "| **total** | **$total_rps** | worst ${worst_p99}ms | | **errors: $total_err** |"
  echo
  echo "RSS (MB) every 5 s from the start of the load, last one after it ended: ${rss_series[*]}"
  echo
  echo "RSS trend: first $rss_first MB, last $rss_last MB, max $rss_max MB, last - first $((rss_last - rss_first)) MB."
  echo
  echo "SIGTERM 2 s into a 10 s burst (64 connections on /directory?market=jp): the app exited after $exit_ms ms with code $exit_code" \
    "(burst: $(awk '/requests in/ {print $1}' "$work/burst.txt") requests, $(non2xx "$work/burst.txt") non-2xx/3xx," \
    "$(sockerr "$work/burst.txt") socket errors, which are expected once the app stops listening)."
} | tee bench/results/soak-latest.md

if ((total_err > 0 || exit_code != 0)); then
  echo; echo "errors or a non-zero exit; the app log ends with:"; tail -n 40 "$work/app.log"
fi
