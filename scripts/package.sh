#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release .deb (optimised, stripped, with the debug symbols in a separate -dbgsym
# .ddeb), then checks it: lintian (no errors, no warnings) and appstreamcli validate --strict on
# the installed metainfo. The packages land in build-release/.
# Usage: scripts/package.sh [--install-test]
#   --install-test  also installs the .deb into a fresh Debian 12 root made by debootstrap and
#                   starts the app (offscreen) and `oauthdesk-cli --version` there
#                   (tests/packaging/install-in-debootstrap.sh; needs root, downloads ~60 MB).
# The Maintainer field names whoever builds the package: DEBFULLNAME and DEBEMAIL (the Debian
# convention, as for dch), else the checkout's git user.name and user.email; with neither it stops.
# The compiler and linker flags are Debian's own (dpkg-buildflags, hardening=+all).
set -euo pipefail
cd "$(dirname "$0")/.."
install_test=0
for arg in "$@"; do
  case $arg in
    --install-test) install_test=1 ;;
    -h | --help) sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done
packaging/install-deps.sh --with-packaging
build=${OAUTHDESK_RELEASE_BUILD_DIR:-build-release}

name=${DEBFULLNAME:-$(git config user.name 2>/dev/null || true)}
email=${DEBEMAIL:-$(git config user.email 2>/dev/null || true)}
if [[ -z "$email" ]]; then
  echo "package.sh: who maintains this package? Set DEBFULLNAME and DEBEMAIL (or git's user.name" >&2
  echo "and user.email), e.g. DEBFULLNAME='Ada Admin' DEBEMAIL=ada@example.org scripts/package.sh" >&2
  exit 2
fi
maintainer="${name:+$name }<$email>"

# Debian's build flags: -O2 -g, stack protector, _FORTIFY_SOURCE, format checks, RELRO and
# BINDNOW, PIE (lintian's hardening tags). Only a new build directory takes them up.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CFLAGS=$(dpkg-buildflags --get CFLAGS)
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
export CFLAGS CXXFLAGS LDFLAGS

start=$SECONDS
# RelWithDebInfo is -O2 -g: optimised, and the debug information CPack moves into the .ddeb.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOAUTHDESK_BUILD_TESTS=OFF \
  -DOAUTHDESK_WERROR=ON "-DOAUTHDESK_DEB_MAINTAINER=$maintainer"
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/oauthdesk_*.deb "$build"/oauthdesk-dbgsym_*.ddeb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/oauthdesk_*.deb)
ddeb=$(ls "$build"/oauthdesk-dbgsym_*.ddeb)
echo "package.sh: built $deb ($(du -h "$deb" | cut -f1)) and $ddeb ($(du -h "$ddeb" | cut -f1)) in $((SECONDS - start)) s"

# Stripped: the executables in the .deb carry no .debug_info; the .ddeb has it by build ID.
tests/packaging/check-deb.sh "$deb" "$ddeb"

if ((install_test)); then
  tests/packaging/install-in-debootstrap.sh "$deb"
fi
