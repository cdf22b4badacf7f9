#!/usr/bin/env bash
# Sourced by scripts/test.sh: a throwaway PostgreSQL cluster and Redis on loopback for the
# multi-instance tests (tests/AccountExit.Web.Tests/MultiInstance). Installs Debian's postgresql
# and redis-server when they are missing; when that is impossible it says so, and those tests fail
# (ACCOUNTEXIT_TEST_POSTGRES stays unset), so they never pass silently.

services_dir=""
services_pg_bin=""

start_services() {
    local -a sudo_cmd=()
    if [[ "$(id -u)" -ne 0 ]] && command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo -n)
    fi
    local -a missing=()
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    if [[ ${#missing[@]} -gt 0 ]]; then
        log "Installing Debian packages: ${missing[*]}"
        local -a install=("${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}")
        if ! "${install[@]}" >/tmp/accountexit-services-apt.log 2>&1; then
            "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >>/tmp/accountexit-services-apt.log 2>&1 || true
            if ! "${install[@]}" >>/tmp/accountexit-services-apt.log 2>&1; then
                tail -n 20 /tmp/accountexit-services-apt.log >&2 || true
                warn "Could not install ${missing[*]}: the PostgreSQL and Redis tests will fail."
                return 0
            fi
        fi
    fi

    services_pg_bin="$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)")"
    services_dir="$(mktemp -d /tmp/accountexit-services.XXXXXX)"
    chmod 755 "$services_dir"
    local -a as_postgres=()
    if [[ "$(id -u)" -eq 0 ]]; then
        # initdb refuses to run as root; Debian's package creates the postgres user.
        chown postgres "$services_dir"
        as_postgres=(runuser -u postgres --)
    fi
    if ! "${as_postgres[@]}" "$services_pg_bin/initdb" -D "$services_dir/pg" -A trust -U postgres >"$services_dir/initdb.log" 2>&1 \
        || ! "${as_postgres[@]}" "$services_pg_bin/pg_ctl" -D "$services_dir/pg" -l "$services_dir/pg.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p 55432 -k $services_dir -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
        cat "$services_dir/initdb.log" "$services_dir/pg.log" >&2 2>/dev/null || true
        warn "PostgreSQL did not start: the PostgreSQL tests will fail."
        return 0
    fi
    if ! redis-server --port 56379 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --pidfile "$services_dir/redis.pid" --logfile "$services_dir/redis.log" >/dev/null 2>&1; then
        warn "Redis did not start: the multi-instance tests will fail."
        return 0
    fi
    export ACCOUNTEXIT_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
    export ACCOUNTEXIT_TEST_REDIS="127.0.0.1:56379"
    log "PostgreSQL on 127.0.0.1:55432 and Redis on 127.0.0.1:56379 ($services_dir)"
}

stop_services() {
    [[ -n "$services_dir" ]] || return 0
    if [[ -f "$services_dir/redis.pid" ]]; then
        kill "$(cat "$services_dir/redis.pid")" 2>/dev/null || true
    fi
    if [[ -d "$services_dir/pg" ]]; then
        if [[ "$(id -u)" -eq 0 ]]; then
            runuser -u postgres -- "$services_pg_bin/pg_ctl" -D "$services_dir/pg" -m immediate stop >/dev/null 2>&1 || true
        else
            "$services_pg_bin/pg_ctl" -D "$services_dir/pg" -m immediate stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$services_dir"
}
