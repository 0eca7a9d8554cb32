#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a .deb into a fresh Debian 12 root and starts it there, as a user would on a clean
# machine: `apt-get install ./oauthdesk_*.deb` must pull in every run-time dependency from
# Debian's archive, then the app starts offscreen, opens a new data file and quits
# (--quit-when-loaded), and `oauthdesk-cli --version` and `oauthdesk-cli apps list` answer.
# Needs root (debootstrap, chroot, bind mounts). The minbase root is made once and kept as a
# tarball in $OAUTHDESK_DEBOOTSTRAP_CACHE (default build-release/debootstrap); every run unpacks
# a pristine copy of it, so nothing from an earlier run is left in the root.
# Usage: tests/packaging/install-in-debootstrap.sh DEB
set -euo pipefail
if (($# != 1)); then echo "usage: $0 DEB" >&2; exit 2; fi
deb=$(realpath "$1")
fail() { echo "install-in-debootstrap: FAIL: $*" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || fail "needs root (debootstrap and chroot); run it with sudo"
command -v debootstrap >/dev/null || fail "debootstrap not found: run packaging/install-deps.sh --with-packaging"
mirror=${OAUTHDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${OAUTHDESK_DEBOOTSTRAP_CACHE:-$(dirname "$deb")/debootstrap}
mkdir -p "$cache"
tarball=$cache/bookworm-minbase.tar.gz

start=$SECONDS
if [[ ! -f "$tarball" ]]; then
  echo "install-in-debootstrap: debootstrap --variant=minbase bookworm (once; kept in $tarball)"
  debootstrap --variant=minbase --make-tarball="$tarball.tmp" bookworm "$cache/tarball-work" "$mirror" \
    >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log"; fail "debootstrap --make-tarball"; }
  rm -rf -- "$cache/tarball-work"
  mv "$tarball.tmp" "$tarball"
fi
root=$(mktemp -d /var/tmp/oauthdesk-root.XXXXXX)
cleanup() {
  for m in dev/pts dev proc sys; do
    mountpoint -q "$root/$m" && umount -l "$root/$m" || true
  done
  rm -rf --one-file-system -- "$root"
}
trap cleanup EXIT
echo "install-in-debootstrap: a fresh Debian 12 root in $root"
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" \
  >"$cache/debootstrap-unpack.log" 2>&1 || { tail -20 "$cache/debootstrap-unpack.log"; fail "debootstrap"; }
# The same suites as a Debian 12 machine: the .deb's library versions come from an updated one.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${OAUTHDESK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
echo "install-in-debootstrap: apt-get install ./$name"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  sh -c "apt-get update -qq && cd /tmp && apt-get install -y -qq --no-install-recommends ./$name" \
  >"$cache/apt.log" 2>&1 || { tail -30 "$cache/apt.log"; fail "apt-get install ./$name"; }
echo "install-in-debootstrap: installed; $(chroot "$root" dpkg-query -W -f='${Package} ${Version}, Installed-Size ${Installed-Size} KiB' oauthdesk)"

in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/xdg QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p -m 0700 "$root/tmp/xdg"
version=$(in_root oauthdesk-cli --version) || fail "oauthdesk-cli --version failed"
echo "install-in-debootstrap: oauthdesk-cli --version: $version"
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "the CLI's version ($version) is not the package's"
in_root oauthdesk-cli --data-dir /tmp/data apps list >/dev/null || fail "oauthdesk-cli apps list failed"
echo "install-in-debootstrap: oauthdesk-cli apps list: OK (new data file)"
if ! out=$(in_root timeout 60 oauthdesk --data-dir /tmp/data --quit-when-loaded 2>&1); then
  echo "$out"
  fail "the app did not start and load its data file offscreen"
fi
echo "install-in-debootstrap: oauthdesk --quit-when-loaded: started, loaded, quit (exit 0)"
[[ -z "$out" ]] || echo "$out" | sed 's/^/  app said: /'
echo "install-in-debootstrap: OK in $((SECONDS - start)) s"
