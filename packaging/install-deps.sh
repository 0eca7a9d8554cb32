#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, running and testing OAuthDesk needs.
# Idempotent: packages already present are skipped, `apt-get update` runs only when needed.
# Usage: packaging/install-deps.sh [--with-tests] [--with-packaging]
set -euo pipefail

runtime_and_build=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6network6 libqt6concurrent6 libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libqt6keychain1
  # QtKeychain dlopens libsecret at run time and no package pulls it in: without it every
  # keychain call fails with "Unknown error" (docs/architecture.md "libsecret").
  libsecret-1-0 gnome-keyring
  # "Test sign-in" opens the system browser through xdg-open (QDesktopServices).
  xdg-utils
  # Qt's own German (qtbase_de: the wizard's Back/Next, standard buttons), loaded beside ours.
  qt6-translations-l10n
  libssl-dev openssl
  # lib/jose verifies JWS with cjose; its cjose.pc requires jansson.pc, which libcjose-dev
  # does not pull in.
  libcjose-dev libcjose0 libjansson-dev
  # The desktop session bus for the keychain.
  dbus dbus-x11
)
tests=(
  xvfb xauth x11-utils xdotool imagemagick libx11-dev
  libsecret-tools curl
  # The zip checks of the hand-off and bundle tests read the archives the app writes with
  # python3's zipfile and `unzip -t`.
  python3 unzip
  desktop-file-utils appstream
  nodejs npm
  # The second live-test AS (tests/live/with-glewlwyd.sh): Glewlwyd 2.7.5, run as a plain
  # process with its own config and SQLite database, never as the system service.
  glewlwyd
  # The fuzz suite (tests/fuzz, scripts/fuzz.sh): Debian 12's default clang 14 lacks
  # std::expected, clang-19 builds the code; libclang-rt-19-dev holds libFuzzer's runtime
  # (libclang_rt.fuzzer) and ASan/UBSan's, llvm-19 the llvm-symbolizer for readable stacks.
  clang-19 libclang-rt-19-dev llvm-19
  # tst_format (tests/unit/check-format.sh): Debian 12's clang-format, 14, lays out the tree.
  clang-format
)

# The release package and its checks (scripts/package.sh): lintian, and debootstrap for the
# install test in a fresh Debian 12 root; binutils' objcopy/readelf split and check debug info.
packaging=(lintian debootstrap binutils file desktop-file-utils appstream)

want=("${runtime_and_build[@]}")
for arg in "$@"; do
  case $arg in
    --with-tests) want+=("${tests[@]}") ;;
    --with-packaging) want+=("${packaging[@]}") ;;
    *) echo "install-deps: unknown option $arg (--with-tests, --with-packaging)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

# The machine image may carry its own Node.js (not from Debian); keep it rather than fight it.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]}")
fi

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

sudo=()
if [[ "$(id -u)" != 0 ]]; then sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
