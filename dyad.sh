#!/usr/bin/env bash
# Dyad's one entry point for people and CI.
#   ./dyad.sh run    install what is missing, build, open the app on the demo project
#   ./dyad.sh test   install what is missing, build, run every test
#   ./dyad.sh build  install what is missing and build
#   ./dyad.sh bench  build and run the benchmarks (needs ../shared/corpora)
#   ./dyad.sh team-server  start a throw-away PostgreSQL server for team projects (Ctrl+C stops it)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
BUILD_DIR=${DYAD_BUILD_DIR:-build}
JOBS=${DYAD_JOBS:-$(nproc)}

# Debian 12 packages the build, the tests and the screenshots need.
PACKAGES=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  libsqlite3-dev sqlite3 libicu-dev libgtest-dev libgmock-dev libbenchmark-dev
  libquazip1-qt6-dev libxml2-utils xvfb xauth imagemagick fonts-noto-cjk
  qt6-translations-l10n # Qt's own catalogues (qtbase_zh_CN.qm): OK, Cancel, file dialogs
  libpq-dev postgresql) # team projects: the client library, and the server the team tests start

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  install_missing
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_BENCHMARKS=ON
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

case "${1:-}" in
  run)
    build
    demo="$BUILD_DIR/demo/demo.dyad"
    if [ ! -f "$demo" ]; then
      mkdir -p "$(dirname "$demo")"
      "$BUILD_DIR/app/dyad-cli" demo "$demo"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting Dyad on a virtual screen (xvfb-run). Set DISPLAY to see the window." >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/app/dyad" "$demo" --reviewer Alice
    fi
    exec "$BUILD_DIR/app/dyad" "$demo" --reviewer Alice
    ;;
  test)
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS" --timeout 600
    ;;
  build)
    build
    ;;
  bench)
    build
    "$BUILD_DIR/tests/bench/dyad_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
    ;;
  team-server)
    install_missing
    exec tools/pgcluster.sh run
    ;;
  *)
    echo "usage: ./dyad.sh run|test|build|bench|team-server" >&2
    exit 2
    ;;
esac
