#!/usr/bin/env bash
# Load benchmark: the app's pages against the same bytes served as a static file by nginx.
# Not a test: it measures, prints a table and writes bench/results/latest.md.
# Usage: bash bench/run.sh [seconds per endpoint, default 10]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-10}"
app_port=5099
static_port=5098
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" 2>/dev/null || true; [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
if [[ ${#need[@]} -gt 0 ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

dotnet publish src/AccountExit.Web -c Release -o "$work/app" --nologo -v quiet
# exec, so the pid the trap kills is the app itself and no server outlives the run.
(cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$app_port" ConnectionStrings__AccountExit="Data Source=$work/bench.db" \
  Serilog__MinimumLevel__Default=Warning ./AccountExit.Web >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null || { echo "the app did not start:"; cat "$work/app.log"; exit 1; }

mkdir -p "$work/static"
curl -fs -H 'Accept-Language: en' "http://127.0.0.1:$app_port/directory?market=jp" -o "$work/static/directory-jp.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$static_port; root $work/static; }
}
CONF
/usr/sbin/nginx -c "$work/nginx.conf"

run() { # name url
  local out
  out="$(wrk -t2 -c32 -d"${duration}s" -H 'Accept-Language: en' --latency "$2")"
  printf '| %s | %s | %s | %s |\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" \
    "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

mkdir -p bench/results
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "wrk, 2 threads, 32 connections, ${duration}s each, on $(nproc) cores; app in Release (Production), SQLite."
  echo
  echo "| endpoint | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
  run "static file, same bytes as /directory?market=jp (nginx)" "http://127.0.0.1:$static_port/directory-jp.html"
  run "/directory?market=jp (output-cached)" "http://127.0.0.1:$app_port/directory?market=jp"
  run "/api/v1/channels?market=jp (output-cached)" "http://127.0.0.1:$app_port/api/v1/channels?market=jp"
  run "/close/de/how (wizard step, output-cached)" "http://127.0.0.1:$app_port/close/de/how"
  run "/prime/jp/call (wizard step, output-cached)" "http://127.0.0.1:$app_port/prime/jp/call"
  run "/close/de/letter (letter form, rendered per request: antiforgery token)" "http://127.0.0.1:$app_port/close/de/letter"
} | tee bench/results/latest.md
