#!/usr/bin/env bash
# Installs the system packages regdesign needs when they are missing (Debian/Ubuntu, as root or with sudo):
#   chromium   real-browser tests of the explorer and the HTML output (Playwright drives Debian's build)
#   libzbar0   imported by docassemble.base (pyzbar)
#   locales    en_US.UTF-8 and es_CO.UTF-8 (docassemble's currency() refuses the C locale)
#   npm        installs axe-core for the accessibility tests (when Node.js is not already there)
#   g++        compiles the hot modules of the NLP pass (mypyc and Cython, tools/build_native.py)
# It is idempotent and quick when everything is present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || need+=(chromium)
ldconfig -p 2>/dev/null | grep -q 'libzbar\.so\.0' || need+=(libzbar0)
[[ -f /usr/share/i18n/SUPPORTED ]] || need+=(locales)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v npm >/dev/null 2>&1 || need+=(npm)   # fetches axe-core (accessibility tests) from the npm registry
command -v g++ >/dev/null 2>&1 || need+=(g++)   # tools/build_native.py (C extensions of the citation parser)

if ((${#need[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "regdesign: please install these system packages: ${need[*]}" >&2
    exit 1
  fi
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  echo "regdesign: installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! locale -a 2>/dev/null | grep -qi '^en_US\.utf8$' || ! locale -a 2>/dev/null | grep -qi '^es_CO\.utf8$'; then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  for loc in "en_US.UTF-8 UTF-8" "es_CO.UTF-8 UTF-8"; do
    grep -q "^${loc}$" /etc/locale.gen 2>/dev/null || echo "$loc" | $SUDO tee -a /etc/locale.gen >/dev/null
  done
  $SUDO locale-gen >/dev/null
fi
