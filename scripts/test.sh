#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian's chromium, the npm
# linters), builds the solution in Release, runs every test project with TRX
# logging into TestResults/, and prints as its LAST line:
#     N passed, N failed, N skipped
# Exit status is non-zero when the build or the test run failed, when any test
# failed, or when no test passed at all.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results_dir="TestResults"

log() { printf '==> %s\n' "$*"; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }

# --------------------------------------------------------------------------
# (a) Chromium for the Playwright browser tests (Playwright cannot download
#     its own browsers here, see docs/adr/0004).
# --------------------------------------------------------------------------
ensure_chromium() {
    # Debian packages the browser tests need: chromium itself, and a Japanese font so the
    # screenshots in ja show text instead of empty boxes (Arabic is covered by DejaVu).
    local -a packages=()
    if [[ -n "${ACCOUNTEXIT_CHROMIUM:-}" ]]; then
        if [[ -x "${ACCOUNTEXIT_CHROMIUM}" ]]; then
            log "Using Chromium from ACCOUNTEXIT_CHROMIUM=${ACCOUNTEXIT_CHROMIUM}"
        else
            warn "ACCOUNTEXIT_CHROMIUM=${ACCOUNTEXIT_CHROMIUM} is not an executable file."
        fi
    elif [[ -x /usr/bin/chromium ]]; then
        log "Using /usr/bin/chromium"
    else
        packages+=(chromium)
    fi
    if ! { command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=ja 2>/dev/null)" ]]; }; then
        packages+=(fonts-ipafont-gothic)
    fi
    [[ ${#packages[@]} -gt 0 ]] || return 0

    local -a sudo_cmd=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo_cmd=(sudo -n)
        else
            warn "Missing ${packages[*]} and this user is not root and has no sudo." \
                "Install them with 'apt-get install ${packages[*]}' or set ACCOUNTEXIT_CHROMIUM."
            return 0
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        warn "Missing ${packages[*]} and apt-get is not available." \
            "Set ACCOUNTEXIT_CHROMIUM to a Chromium executable."
        return 0
    fi

    log "Installing Debian packages: ${packages[*]}"
    local apt_log
    apt_log="$(mktemp)"
    local -a install=("${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "${packages[@]}")
    # Try without refreshing the package lists first; update only if that fails.
    if ! "${install[@]}" >"$apt_log" 2>&1; then
        log "apt-get install failed with the current package lists; running apt-get update"
        if ! { "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
            && "${install[@]}"; } >>"$apt_log" 2>&1; then
            tail -n 20 "$apt_log" >&2 || true
            warn "Could not install ${packages[*]}. Browser tests will fail without chromium." \
                "Install it with 'apt-get install chromium' or set ACCOUNTEXIT_CHROMIUM."
            rm -f "$apt_log"
            return 0
        fi
    fi
    rm -f "$apt_log"
    if [[ -z "${ACCOUNTEXIT_CHROMIUM:-}" && ! -x /usr/bin/chromium ]]; then
        warn "apt-get finished but /usr/bin/chromium is still missing. Browser tests will fail."
    fi
}

# --------------------------------------------------------------------------
# (b) Linters for the Dockerfile and the workflow (docs/adr/0005).
# --------------------------------------------------------------------------
ensure_linters() {
    if ! command -v npm >/dev/null 2>&1; then
        warn "npm is not on PATH: cannot install tools/lint. The lint tests will fail."
        return 0
    fi
    log "Installing linters: npm ci --prefix tools/lint"
    if ! npm ci --no-audit --no-fund --prefer-offline --prefix tools/lint; then
        warn "npm ci --prefix tools/lint failed. The lint tests will fail."
    fi
}

# --------------------------------------------------------------------------
# (d) Sum <Counters .../> over all TRX files; prints "total executed passed failed".
# --------------------------------------------------------------------------
sum_trx_counters() {
    local dir="$1"
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$dir" <<'PY'
import pathlib
import sys
import xml.etree.ElementTree as ET

totals = {"total": 0, "executed": 0, "passed": 0, "failed": 0}
for trx in sorted(pathlib.Path(sys.argv[1]).rglob("*.trx")):
    try:
        root = ET.parse(trx).getroot()
    except ET.ParseError as exc:
        print(f"==> WARNING: cannot parse {trx}: {exc}", file=sys.stderr)
        continue
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "Counters":
            continue
        for key in totals:
            try:
                totals[key] += int(element.attrib.get(key, "0"))
            except ValueError:
                pass
print(totals["total"], totals["executed"], totals["passed"], totals["failed"])
PY
    else
        # Fallback without python3: flatten each file, take the <Counters ...> tag
        # and read each attribute by name (attribute order does not matter).
        local total=0 executed=0 passed=0 failed=0 tag value f key
        while IFS= read -r -d '' f; do
            tag="$(tr '\r\n' '  ' <"$f" | grep -o '<Counters[^>]*>' | head -n 1 || true)"
            [[ -n "$tag" ]] || continue
            for key in total executed passed failed; do
                value="$(printf '%s' "$tag" | grep -oE "[[:space:]]${key}=\"[0-9]+\"" | grep -oE '[0-9]+' || true)"
                value="${value:-0}"
                case "$key" in
                    total) total=$((total + value)) ;;
                    executed) executed=$((executed + value)) ;;
                    passed) passed=$((passed + value)) ;;
                    failed) failed=$((failed + value)) ;;
                esac
            done
        done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
        echo "$total $executed $passed $failed"
    fi
}

# --------------------------------------------------------------------------
# (c) Build and test.
# --------------------------------------------------------------------------
rm -rf "$results_dir"

ensure_chromium
ensure_linters
# shellcheck source=scripts/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
start_services
trap stop_services EXIT

build_status=0
test_status=0

log "dotnet build AccountExit.sln -c Release"
dotnet build AccountExit.sln -c Release || build_status=$?

if [[ "$build_status" -eq 0 ]]; then
    log "dotnet test AccountExit.sln -c Release --no-build"
    dotnet test AccountExit.sln -c Release --no-build \
        --logger "trx" --results-directory "$results_dir" || test_status=$?
else
    warn "dotnet build failed (exit $build_status); tests were not run."
fi

total=0 executed=0 passed=0 failed=0
if [[ -d "$results_dir" ]]; then
    counters="$(sum_trx_counters "$results_dir" || true)"
    read -r total executed passed failed <<<"$counters" || true
fi
for n in total executed passed failed; do
    [[ "${!n:-}" =~ ^[0-9]+$ ]] || printf -v "$n" '%s' 0
done
skipped=$((total - executed))
if [[ "$skipped" -lt 0 ]]; then
    skipped=0
fi

exit_code=0
if [[ "$build_status" -ne 0 ]]; then
    exit_code=$build_status
elif [[ "$test_status" -ne 0 ]]; then
    warn "dotnet test exited with $test_status."
    exit_code=$test_status
elif [[ "$failed" -gt 0 ]]; then
    exit_code=1
elif [[ "$passed" -eq 0 ]]; then
    warn "No test passed (no TRX results found or every test was skipped)."
    exit_code=1
fi

# Keep this the last line of output.
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$exit_code"
