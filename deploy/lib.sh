# shellcheck shell=bash
# deploy/lib.sh — shell functions shared by deploy/quickstart, deploy/test and
# deploy/install. Sourced, never run; the caller sets `set -euo pipefail`.
#
# Everything here works as root and as an ordinary user: what needs root goes
# through `as_root`, which uses sudo only when not root and sudo exists.

# The repository root (the folder holding Package.swift).
NETWORKD_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)


# --- Messages -----------------------------------------------------------------

# Prints a step to stderr, prefixed with the script's name.
say() {
    printf '%s: %s\n' "${0##*/}" "$*" >&2
}

# Prints an error to stderr and exits 1.
die() {
    printf '%s: error: %s\n' "${0##*/}" "$*" >&2
    exit 1
}

# --- Root, packages, tools ------------------------------------------------------

# Runs a command as root: directly when root, else through sudo.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' (not root, and no sudo); run it as root, then run me again"
    fi
}

# True when the Debian package is installed.
package_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Installs the packages that are missing, with one `apt-get update` first;
# installs nothing (and needs no root) when all are there.
ensure_packages() {
    local missing=() package
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not Debian (no dpkg-query): make sure these, or their equivalents, are installed: $*"
        return 0
    fi
    for package in "$@"; do
        package_installed "$package" || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    say "installing missing packages: ${missing[*]}"
    if [[ -z ${NETWORKD_APT_UPDATED:-} ]]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        NETWORKD_APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Puts Swift on PATH (preinstalled at /opt/swift), or stops with a clear message.
ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [[ -x /opt/swift/usr/bin/swift ]]; then
            PATH=/opt/swift/usr/bin:$PATH
            export PATH
        else
            die "Swift 6 is not installed: no 'swift' on PATH and no /opt/swift/usr/bin/swift. Install a Swift 6 toolchain from https://www.swift.org/install/ into /opt/swift (apt has none), then run me again."
        fi
    fi
}

# Makes sure building can work: Swift on PATH, and the Debian packages the
# package's system libraries need (libpq, libcrypto through pkg-config).
ensure_build_tools() {
    ensure_swift
    ensure_packages git pkg-config libpq-dev libssl-dev
}

# Makes sure the commands of a run are there: a PostgreSQL server (any
# installed major version will do, else Debian's `postgresql`) and psql.
ensure_postgres_packages() {
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ! command -v initdb >/dev/null 2>&1; then
        ensure_packages postgresql
    fi
    command -v psql >/dev/null 2>&1 || ensure_packages postgresql-client
}

# Makes sure what networkd runs at run time is there: WeasyPrint, which turns
# invoices and credit notes into PDF (/usr/bin/weasyprint), and the font its
# built-in templates name (DejaVu, which has the £ sign and accented names).
ensure_runtime_packages() {
    ensure_packages weasyprint fonts-dejavu-core
}

# Makes sure what the tests call is there: the PostgreSQL server (the test
# harness starts its own cluster), python3 with jsonschema, systemd-analyze,
# WeasyPrint (the invoice-document tests render real PDFs), pdftotext from
# poppler-utils (which reads them back), and for the mail delivery tests msmtp
# (the sendmail they relay through) and python3 with aiosmtpd (the SMTP sink
# they relay to).
ensure_test_tools() {
    ensure_postgres_packages
    command -v python3 >/dev/null 2>&1 || ensure_packages python3
    command -v systemd-analyze >/dev/null 2>&1 || ensure_packages systemd
    ensure_jsonschema
    ensure_runtime_packages
    ensure_packages poppler-utils
    ensure_msmtp
    ensure_aiosmtpd
}

# Makes sure msmtp is there for the mail delivery tests, which run it as the
# daemon runs its sendmail command (`-C rc -t -oi`). Debian's msmtp-mta makes
# /usr/sbin/sendmail msmtp, but it conflicts with every other MTA: it is
# installed only where nothing provides /usr/sbin/sendmail. Beside another MTA
# (postfix, exim, …) plain msmtp is installed instead, and the tests run
# /usr/bin/msmtp (they pick whichever of the two is msmtp).
ensure_msmtp() {
    if [[ -e /usr/sbin/sendmail || -L /usr/sbin/sendmail ]]; then
        [[ $(readlink -f /usr/sbin/sendmail) == */msmtp ]] || ensure_packages msmtp
    else
        ensure_packages msmtp-mta
    fi
}

# Makes `python3 -c 'import aiosmtpd'` work: the mail delivery tests start an
# SMTP sink with it. Uses apt for Debian's own python3, pip for any other (as
# ensure_jsonschema does).
ensure_aiosmtpd() {
    python3 -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
    if [[ $(command -v python3) == /usr/bin/python3 ]]; then
        ensure_packages python3-aiosmtpd
    else
        say "installing the aiosmtpd module for $(command -v python3) with pip"
        python3 -m pip install --quiet aiosmtpd || python3 -m pip install --quiet --user aiosmtpd
    fi
    python3 -c 'import aiosmtpd' >/dev/null 2>&1 ||
        die "python3 cannot import aiosmtpd; install it (apt-get install python3-aiosmtpd, or pip install aiosmtpd)"
}

# Makes `python3 -c 'import jsonschema'` work: the tests validate OpenRPC
# documents with it. Uses apt for Debian's own python3, pip for any other.
ensure_jsonschema() {
    python3 -c 'import jsonschema' >/dev/null 2>&1 && return 0
    if [[ $(command -v python3) == /usr/bin/python3 ]]; then
        ensure_packages python3-jsonschema
    else
        say "installing the jsonschema module for $(command -v python3) with pip"
        python3 -m pip install --quiet jsonschema || python3 -m pip install --quiet --user jsonschema
    fi
    python3 -c 'import jsonschema' >/dev/null 2>&1 ||
        die "python3 cannot import jsonschema; install it (apt-get install python3-jsonschema, or pip install jsonschema)"
}

# Sets PG_BINDIR to the folder of the newest installed PostgreSQL server
# (initdb, postgres, pg_ctl) and puts it on PATH.
find_postgres() {
    local dir
    PG_BINDIR=
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
        [[ -x $dir/initdb && -x $dir/pg_ctl ]] && PG_BINDIR=$dir
    done
    if [[ -z $PG_BINDIR ]] && command -v pg_ctl >/dev/null 2>&1; then
        PG_BINDIR=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
    fi
    [[ -n $PG_BINDIR ]] || die "no PostgreSQL server found (initdb, pg_ctl); install the 'postgresql' package"
    PATH=$PG_BINDIR:$PATH
    export PATH
}

# --- Building --------------------------------------------------------------------

# SwiftPM's build folder: .build, or $NETWORKD_SCRATCH_PATH when set (so that a
# script can build beside someone else's build).
SWIFT_SCRATCH=()
if [[ -n ${NETWORKD_SCRATCH_PATH:-} ]]; then
    SWIFT_SCRATCH=(--scratch-path "$NETWORKD_SCRATCH_PATH")
fi

# Builds with SwiftPM and sets NETWORKD_BIN to the folder holding networkd and
# networkctl. Arguments go to `swift build` (e.g. `-c release`).
swift_build() {
    say "building: swift build${*:+ $*} (a cold build takes a few minutes)"
    (cd "$NETWORKD_REPO" && swift build "${SWIFT_SCRATCH[@]}" "$@")
    NETWORKD_BIN=$(cd "$NETWORKD_REPO" && swift build "${SWIFT_SCRATCH[@]}" "$@" --show-bin-path)
    [[ -x $NETWORKD_BIN/networkd && -x $NETWORKD_BIN/networkctl ]] ||
        die "the build did not produce networkd and networkctl in $NETWORKD_BIN"
}
