#!/usr/bin/env bash
# Where the time goes on the uncached path: a sampled trace of the app (Release, Production) while wrk
# loads one page, summarized by method with `dotnet-trace report topN` (exclusive and inclusive), plus the
# runtime's counters over the same load. Not a test. Writes bench/results/profile-latest.md.
# Usage: bash bench/profile.sh [path, default /close/de/letter] [seconds, default 15]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target="${1:-/close/de/letter}"
seconds="${2:-15}"
port=5099
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port already answers: stop that server first"; exit 1; fi
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null
dotnet tool restore >/dev/null
dotnet publish src/AccountExit.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" --nologo -v quiet
(cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__AccountExit="Data Source=$work/profile.db" \
  Serilog__MinimumLevel__Default=Warning AccountExit__RateLimits__Letters__PermitLimit=1000000000 \
  AccountExit__RateLimits__Api__PermitLimit=1000000000 ./AccountExit.Web >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# Warm up (JIT, tiered compilation, caches), then trace and count over the same load.
wrk -t2 -c32 -d10s -H 'Accept-Language: en' "http://127.0.0.1:$port$target" >/dev/null
duration=$(printf '00:00:00:%02d' "$seconds")
dotnet tool run dotnet-trace -- collect -p "$app_pid" --profile dotnet-sampled-thread-time --duration "$duration" -o "$work/trace.nettrace" >"$work/trace.log" 2>&1 &
trace_pid=$!
dotnet tool run dotnet-counters -- collect -p "$app_pid" --counters System.Runtime,Microsoft.AspNetCore.Hosting --duration "$duration" \
  --format csv -o "$work/counters.csv" >"$work/counters.log" 2>&1 &
counters_pid=$!
sleep 1
load="$(wrk -t2 -c32 -d"$((seconds - 2))s" -H 'Accept-Language: en' --latency "http://127.0.0.1:$port$target")"
wait "$trace_pid" "$counters_pid" || true

mkdir -p bench/results
{
  echo "# Profile of $target, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "App in Release (Production) on $(nproc) cores, wrk 2 threads / 32 connections sharing them; trace: dotnet-trace"
  echo "\`dotnet-sampled-thread-time\` (thread stacks sampled at about 100 Hz) over ${seconds} s of load."
  echo
  echo '## Load'
  echo '```'
  echo "$load"
  echo '```'
  echo
  echo '## Top methods by inclusive time (on the stack)'
  echo '```'
  dotnet tool run dotnet-trace -- report "$work/trace.nettrace" topN -n 40 --inclusive 2>&1
  echo '```'
  echo
  echo '## Top methods by exclusive time (at the top of the stack)'
  echo '```'
  dotnet tool run dotnet-trace -- report "$work/trace.nettrace" topN -n 25 2>&1
  echo '```'
  echo
  echo '## Counters (highest sample of each over the load)'
  echo '```'
  if [[ -s "$work/counters.csv" ]]; then
    awk -F, 'NR > 1 && ($NF + 0 > max[$3] + 0 || !($3 in max)) { max[$3] = $NF } END { for (k in max) print k ": " max[k] }' "$work/counters.csv" | sort
  else
    cat "$work/counters.log"
  fi
  echo '```'
} | tee bench/results/profile-latest.md
