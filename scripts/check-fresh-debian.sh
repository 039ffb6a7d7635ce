#!/usr/bin/env bash
# The fresh-machine check: do the README's two commands work on a stock Debian 12?
#
#   sudo scripts/check-fresh-debian.sh            # about 15 minutes; needs root and the network
#   sudo scripts/check-fresh-debian.sh --keep     # keep the Debian root afterwards (to look in)
#
# Builds a minimal Debian 12 root with debootstrap (git, python3, ca-certificates and sudo only,
# as on a freshly installed machine), puts a clone of this repository's committed HEAD into the
# home folder of a new user `officer` who may use sudo, and runs there, as that user:
#   1. scripts/run-tests.sh          (every test, offscreen)
#   2. scripts/run-app.sh --demo     (the window, on the virtual X screen run-app.sh starts),
#      with --quit-after 8000 (the program quits by itself 8 s after start) and --screenshot
#      (a picture of the window, copied out as fresh-debian-window.png): it must exit 0 and say
#      SALESPERF_SHOWN (printed once the window is on screen).
# Uncommitted changes are NOT part of the check. Run it before claiming any set-up change; it is
# not part of the regular CI. The full output is kept in WORK/check.log (WORK is printed).
#
# Machine plumbing, not product behaviour: the networks this was written on inspect TLS, so the
# host's CA bundle is copied into the root and pip is pointed at it (/etc/pip.conf there). On a
# network that does not, this changes nothing. apt uses the host's Debian mirror (plain http).
set -euo pipefail

KEEP=0
[[ "${1:-}" == "--keep" ]] && KEEP=1
if [[ $(id -u) -ne 0 ]]; then
    exec sudo "$0" "$@"
fi
REPO="$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)"
HEAD_SHA="$(git -C "$REPO" rev-parse HEAD)"
WORK="$(mktemp -d /var/tmp/salesperf-fresh.XXXXXX)"
ROOTFS="$WORK/root"
LOG="$WORK/check.log"
USER_NAME=officer
SUITE=bookworm

exec > >(tee "$LOG") 2>&1
say() { echo "check: $(date +%H:%M:%S) $*"; }

# The Debian mirror the host uses (deb822 .sources first, then sources.list), else the default.
MIRROR="${MIRROR:-}"
if [[ -z "$MIRROR" ]]; then
    MIRROR="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' \
        | grep -v security | head -n1 || true)"
fi
if [[ -z "$MIRROR" ]]; then
    MIRROR="$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security \
        | head -n1 || true)"
fi
MIRROR="${MIRROR:-http://deb.debian.org/debian}"

mounted=()
cleanup() {
    local code=$?
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if ((KEEP)); then
        echo "check: the Debian root is kept in $ROOTFS"
    elif [[ -d "$ROOTFS" ]]; then
        # Never delete through a mount that is still there (that would be the host's /dev).
        if grep -q " $ROOTFS/" /proc/mounts; then
            echo "check: $ROOTFS still has mounts; not deleting it" >&2
        else
            rm -rf --one-file-system "$ROOTFS"
        fi
    fi
    echo "check: log kept in $LOG"
    exit "$code"
}
trap cleanup EXIT
mount_in() {  # mount_in TARGET-IN-ROOT mount-args...
    local target="$ROOTFS$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

say "repository $REPO at $HEAD_SHA ($(git -C "$REPO" log -1 --format=%s "$HEAD_SHA"))"
if [[ -n "$(git -C "$REPO" status --porcelain --untracked-files=no)" ]]; then
    say "note: uncommitted changes are not part of this check"
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap \
        >"$WORK/host-apt.log" 2>&1 || { cat "$WORK/host-apt.log"; exit 1; }
fi

say "debootstrap --variant=minbase $SUITE from $MIRROR (about 2 minutes)"
start=$(date +%s)
debootstrap --variant=minbase --include=git,python3,ca-certificates,sudo \
    "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -n 30 "$WORK/debootstrap.log"; exit 1; }
say "debootstrap done in $(($(date +%s) - start)) s"

mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
mount_in /dev/shm -t tmpfs -o mode=1777 tmpfs
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"

# Plumbing of this network (see the top): the host's CA bundle for pip.
if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    install -m 0644 /etc/ssl/certs/ca-certificates.crt "$ROOTFS/usr/local/share/host-ca-bundle.crt"
    printf '[global]\ncert = /usr/local/share/host-ca-bundle.crt\n' >"$ROOTFS/etc/pip.conf"
fi

say "creating user $USER_NAME (may use sudo) and cloning the repository as that user"
chroot "$ROOTFS" useradd --create-home --shell /bin/bash "$USER_NAME"
echo "$USER_NAME ALL=(ALL) NOPASSWD:ALL" >"$ROOTFS/etc/sudoers.d/$USER_NAME"
chmod 0440 "$ROOTFS/etc/sudoers.d/$USER_NAME"
BARE="$ROOTFS/home/$USER_NAME/salesperf.git"
git init -q --bare "$BARE"
git -C "$REPO" push -q "$BARE" "$HEAD_SHA:refs/heads/main"
git --git-dir "$BARE" symbolic-ref HEAD refs/heads/main
# git refuses a repository owned by someone else ("dubious ownership"): the user owns it.
chroot "$ROOTFS" chown -R "$USER_NAME:$USER_NAME" "/home/$USER_NAME/salesperf.git"

as_user() {  # a login shell of the user in the fresh root, with none of the host's environment
    chroot "$ROOTFS" /usr/bin/env -i TERM=dumb /usr/sbin/runuser -l "$USER_NAME" -c "$1"
}
as_user "git clone -q ~/salesperf.git ~/salesperf && git -C ~/salesperf log -1 --oneline"

status=0
say "1/2 scripts/run-tests.sh (as $USER_NAME)"
start=$(date +%s)
if as_user "cd ~/salesperf && scripts/run-tests.sh -q -p no:cacheprovider"; then
    say "run-tests.sh passed in $(($(date +%s) - start)) s"
else
    say "run-tests.sh FAILED (exit $?) after $(($(date +%s) - start)) s"
    status=1
fi

say "2/2 scripts/run-app.sh --demo (as $USER_NAME; quits by itself after 8 s)"
start=$(date +%s)
if as_user "cd ~/salesperf && timeout 300 scripts/run-app.sh --demo --quit-after 8000 \
        --screenshot ~/window.png" >"$WORK/app.log" 2>&1 \
        && grep -q SALESPERF_SHOWN "$WORK/app.log"; then
    cat "$WORK/app.log"
    say "run-app.sh --demo: the window was shown and the program exited 0 ($(($(date +%s) - start)) s)"
    cp "$ROOTFS/home/$USER_NAME/window.png" "$WORK/fresh-debian-window.png" 2>/dev/null \
        && say "screenshot of the window: $WORK/fresh-debian-window.png"
else
    cat "$WORK/app.log"
    say "run-app.sh --demo FAILED"
    status=1
fi

say "second run of both set-ups (must be quick and silent)"
start=$(date +%s)
as_user "cd ~/salesperf && scripts/setup.sh --gui"
say "second set-up took $(($(date +%s) - start)) s"

if ((status == 0)); then
    say "PASSED: both README commands work on a fresh Debian 12 ($HEAD_SHA)"
else
    say "FAILED ($HEAD_SHA)"
fi
exit "$status"
