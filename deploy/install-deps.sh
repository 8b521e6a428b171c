#!/usr/bin/env bash
# Installs what building and testing Parley needs on a Debian/Ubuntu machine, only what
# is missing: the C libraries (-dev packages), build tools, kcat, Java and Maven for the
# local Kafka broker, and (with --test) a Python venv for the integration tests.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

pkgs=(build-essential cmake pkg-config librdkafka-dev libjansson-dev libcurl4-openssl-dev
      libcmocka-dev libmicrohttpd-dev libgumbo-dev libjemalloc-dev liblz4-dev kcat python3
      python3-venv)
test_pkgs=(openjdk-17-jre-headless maven clang valgrind)

want=("${pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A JDK/Maven installed outside apt (e.g. a pre-installed toolchain) is fine too.
if command -v java >/dev/null 2>&1; then missing=("${missing[@]/openjdk-17-jre-headless}"); fi
if command -v mvn >/dev/null 2>&1; then missing=("${missing[@]/maven}"); fi
read -r -a missing <<< "${missing[*]}"
if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The fuzz targets link libFuzzer and the sanitizer runtimes, which clang only recommends
# (--no-install-recommends skips them): libclang-rt-<major>-dev on Debian 12, where older
# releases ship them in clang's own packages.
if [ "${1:-}" = "--test" ] && command -v clang >/dev/null 2>&1; then
    major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
    rt="libclang-rt-${major}-dev"
    if [ -n "$major" ] && ! dpkg-query -W -f='${Status}' "$rt" 2>/dev/null | grep -q "install ok installed"; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        apt-cache show "$rt" >/dev/null 2>&1 || $sudo apt-get update -qq
        if apt-cache show "$rt" >/dev/null 2>&1; then
            echo "install-deps: installing $rt" >&2
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$rt" >/dev/null
        fi
    fi
fi

if [ "${1:-}" = "--test" ]; then
    venv="$here/build/venv"
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import confluent_kafka, jsonschema" 2>/dev/null; then
        echo "install-deps: creating $venv (confluent-kafka, jsonschema, pyyaml)" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/tests/requirements.txt"
    fi
fi
