#!/usr/bin/env bash
# Set up a development environment from a fresh clone, then run the app or the tests.
#   bash packaging/dev.sh run    # opens the window on the demo project
#   bash packaging/dev.sh test   # runs the whole test suite (what CI runs)
#   bash packaging/dev.sh setup  # only sets up
#   bash packaging/dev.sh packages  # only the Debian packages (what packaging/build needs)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian libraries Qt needs (offscreen and on an X11/Wayland desktop) and fonts.
DEBIAN_PACKAGES=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libxrender1 libxi6 fonts-dejavu-core
    # OCR language data (the tesserocr wheel bundles the engine itself)
    tesseract-ocr-fra tesseract-ocr-eng
    # independent references the fidelity tests compare the PDF text against (pdftotext)
    poppler-utils
    # checked by the packaging tests: desktop entry, MIME type, Windows installer script
    desktop-file-utils shared-mime-info nsis
    # packaging/build: PyInstaller's objdump and strip, the glibc version the bundle needs;
    # packaging/smoke-test: pgrep, to find the processes the installed app starts
    binutils procps
    # tests/server and packaging/smoke-test start a throwaway PostgreSQL cluster of their
    # own (initdb, pg_ctl)
    postgresql
    # packaging/build compiles psycopg's C layer against the system's libpq
    gcc libpq-dev python3-dev
)

install_debian_packages() {
    command -v dpkg-query >/dev/null || return 0
    local missing=()
    for package in "${DEBIAN_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

make_venv() {
    local python="${PYTHON:-python3}"
    if [ ! -x .venv/bin/python ]; then
        if ! "$python" -m venv .venv 2>/dev/null; then
            rm -rf .venv
            install_debian_packages python3-venv
            "$python" -m venv .venv
        fi
    fi
    # pip takes seconds even with nothing to do: skip it while pyproject.toml is the one
    # installed and the installed package imports (from outside the checkout)
    local stamp=.venv/.installed-pyproject venv_python="$PWD/.venv/bin/python" wanted
    wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x .venv/bin/annotator ] \
            && (cd / && "$venv_python" -c "import annotator") 2>/dev/null; then
        return 0
    fi
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    echo "$wanted" > "$stamp"
}

command="${1:-run}"
shift || true
case "$command" in
    run)
        install_debian_packages
        make_venv
        exec .venv/bin/annotator --demo "$@"
        ;;
    setup)
        install_debian_packages
        make_venv
        ;;
    packages)
        install_debian_packages
        ;;
    test)
        install_debian_packages
        make_venv
        export QT_QPA_PLATFORM=offscreen
        .venv/bin/ruff check annotator tests benchmarks packaging
        .venv/bin/mypy annotator
        exec .venv/bin/python -m pytest -q "$@"
        ;;
    *)
        echo "usage: bash packaging/dev.sh run|test|setup|packages" >&2
        exit 2
        ;;
esac
