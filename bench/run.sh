#!/usr/bin/env bash
# Load benchmark: the app's pages against the two limits of this machine, in one run.
#   - bare Kestrel: bench/bare, a few lines serving the same bytes from memory (what the framework can do);
#   - nginx: the same bytes as a static file (what a static site gets).
# Then the home page, the directory, the API, a wizard step, the letter GET and the letter POST, each as a
# ratio to bare Kestrel with p50/p99; cold start to the first 200 (existing and new database, median of
# 5); peak RSS. Not a test: it measures, prints a table and writes bench/results/latest.md.
# Usage: bash bench/run.sh [seconds per endpoint, default 10]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-10}"
app_port=5099
static_port=5098
bare_port=5097
work="$(mktemp -d)"
cleanup() {
  for pid in "${app_pid:-}" "${bare_pid:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for port in "$app_port" "$static_port" "$bare_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port already answers: stop that server first"; exit 1; fi
done

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
if [[ ${#need[@]} -gt 0 ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

# Published as the Dockerfile publishes it (ReadyToRun for linux-x64).
dotnet publish src/AccountExit.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" --nologo -v quiet
# Built outside the repository so none of its build settings apply: it is not part of the product.
cp -r bench/bare "$work/bare-src"
dotnet publish "$work/bare-src" -c Release -o "$work/bare" --nologo -v quiet

start_app() { # database file; prints the app's pid
  (cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$app_port" ConnectionStrings__AccountExit="Data Source=$1" \
    Serilog__MinimumLevel__Default=Warning AccountExit__RateLimits__Letters__PermitLimit=1000000000 \
    AccountExit__RateLimits__Api__PermitLimit=1000000000 ./AccountExit.Web >>"$work/app.log" 2>&1) &
  echo $!
}

wait_ready() { # url; prints the milliseconds until it first answered 200
  local started now
  started=$(date +%s%N)
  for _ in $(seq 1 1500); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" == 200 ]]; then
      now=$(date +%s%N); echo $(( (now - started) / 1000000 )); return 0
    fi
    sleep 0.02
  done
  echo "never"; return 1
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Cold start: a new database (migrations and seed import) and an existing one, five times each.
cold_new=(); cold_existing=()
for i in 1 2 3 4 5; do
  rm -f "$work/cold.db"*
  pid=$(start_app "$work/cold.db"); cold_new+=("$(wait_ready "http://127.0.0.1:$app_port/")"); kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=$(start_app "$work/cold.db"); cold_existing+=("$(wait_ready "http://127.0.0.1:$app_port/")"); kill "$pid"; wait "$pid" 2>/dev/null || true
done

app_pid=$(start_app "$work/bench.db")
wait_ready "http://127.0.0.1:$app_port/healthz" >/dev/null || { echo "the app did not start:"; cat "$work/app.log"; exit 1; }

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
# nginx's workers do not run as root: they must be able to read the file.
chmod 755 "$work" "$work/static"; chmod 644 "$work/static/directory-jp.html"
/usr/sbin/nginx -c "$work/nginx.conf"
(cd "$work/bare" && exec ./Bare "$work/static/directory-jp.html" "http://127.0.0.1:$bare_port" >"$work/bare.log" 2>&1) &
bare_pid=$!
wait_ready "http://127.0.0.1:$bare_port/" >/dev/null

# The letter POST carries the cookie and token a browser would have after loading the form.
curl -fs -c "$work/cookies" -H 'Accept-Language: en' "http://127.0.0.1:$app_port/close/de/letter" -o "$work/letter.html"
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/letter.html" | sed 's/.*value="//; s/"$//')
cookie=$(awk '$6 == "ae-antiforgery" { print $6 "=" $7 }' "$work/cookies")
[[ -n "$token" && -n "$cookie" ]] || { echo "no antiforgery token or cookie on the letter form"; exit 1; }

bare_rps=""
run() { # name url [lua script and its arguments]
  local name="$1" url="$2" out rps errors ratio
  shift 2
  if [[ $# -gt 0 ]]; then
    local script="$1"
    shift
    out="$(wrk -t2 -c32 -d"${duration}s" -H 'Accept-Language: en' --latency -s "$script" "$url" -- "$@" 2>&1)"
  else
    out="$(wrk -t2 -c32 -d"${duration}s" -H 'Accept-Language: en' --latency "$url" 2>&1)"
  fi
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")"
  [[ -z "$bare_rps" ]] && bare_rps="$rps"
  ratio="$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", a / b }')"
  printf '| %s | %.0f | %s× | %s | %s | %s |\n' "$name" "$rps" "$ratio" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" "${errors:-0}"
}

mkdir -p bench/results
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "wrk, 2 threads, 32 connections, ${duration}s each; app, bare Kestrel and wrk share the machine's $(nproc) cores"
  echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo));"
  echo "app in Release (Production), SQLite, rate limits lifted for the run. Ratios are to bare Kestrel serving the directory's bytes."
  echo
  echo "| endpoint | requests/s | against bare Kestrel | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  run "bare Kestrel: the bytes of /directory?market=jp from memory (bench/bare)" "http://127.0.0.1:$bare_port/"
  run "nginx: the same bytes as a static file" "http://127.0.0.1:$static_port/directory-jp.html"
  run "/ (home page, rendered per request)" "http://127.0.0.1:$app_port/"
  run "/directory?market=jp (output-cached)" "http://127.0.0.1:$app_port/directory?market=jp"
  run "/api/v1/channels?market=jp (output-cached)" "http://127.0.0.1:$app_port/api/v1/channels?market=jp"
  run "/close/de/how (wizard step, output-cached)" "http://127.0.0.1:$app_port/close/de/how"
  run "/close/de/letter GET (form with antiforgery token, per request)" "http://127.0.0.1:$app_port/close/de/letter"
  run "/close/de/letter POST (a valid letter, per request)" "http://127.0.0.1:$app_port/close/de/letter" bench/wrk/letter-post.lua "$cookie" "$token"
  echo
  echo "| start-up to the first 200 on / | median of 5 | all five (ms) |"
  echo "|---|---|---|"
  echo "| new database (migrations and seed import) | $(printf '%s\n' "${cold_new[@]}" | median) ms | ${cold_new[*]} |"
  echo "| existing database | $(printf '%s\n' "${cold_existing[@]}" | median) ms | ${cold_existing[*]} |"
  echo
  echo "Peak RSS of the app after the run (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$app_pid/status")."
} | tee bench/results/latest.md
