#!/usr/bin/env bash
# Builds the PyInstaller folder dist/Grants (installer/grants.spec) with the .venv of README's test
# command, then runs the built program headless (no display) on a temporary database: --version,
# init, demo, export budget, a --read-only export, a missing database refused, then the main window
# offscreen on the demo (every page shown, in French). Any failure fails the script (and CI).
#   installer/build.sh              build, then check
#   installer/build.sh --check      check an existing dist/Grants only
# README "Installer".
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
dist=dist/Grants
if [ "${1:-}" != "--check" ]; then
  start=$(date +%s)
  # PyInstaller reads the libraries' dependencies with ldd and objdump (binutils)
  if ! command -v objdump >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "installing: binutils"
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
      echo "warning: objdump (binutils) not found: PyInstaller may miss libraries" >&2
    fi
  fi
  # pyinstaller comes with the optional extra "build" (not a runtime dependency)
  "$py" -m pip install -q -e ".[build]"
  "$py" -m PyInstaller installer/grants.spec --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller
  echo "bundle built in $(( $(date +%s) - start )) s: $dist ($(du -sh "$dist" | cut -f1))"
fi

exe="$dist/Grants"
[ -x "$exe" ] || exe="$dist/Grants.exe"
[ -x "$exe" ] || { echo "no built program in $dist" >&2; exit 1; }
tmp=$(mktemp -d /tmp/grants-bundle.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/grants.db"
# headless, as a server or a CI runner: no display, no Qt platform chosen for it; own data folders
run() {
  echo "+ Grants $*" >&2
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u GRANTS_DB \
    HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config" \
    "$exe" "$@"
}
expected="grants $("$py" -c 'import grants; print(grants.__version__)')"
for program in "$exe" "$dist/grants-cli"; do
  [ -x "$program" ] || program="$program.exe"
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$program" --version)
  echo "$program --version: $version"
  [ "$version" = "$expected" ] || { echo "$program says '$version', expected '$expected'" >&2; exit 1; }
done
run --db "$db" init
run --db "$db" demo
run --db "$db" export budget --from 2024 --to 2024 --out "$tmp/budget.xlsx"
run --db "$db" --read-only export budget --from 2024 --to 2024 --out "$tmp/budget-ro.xlsx" --lang nl
for f in budget.xlsx budget-ro.xlsx; do
  "$py" -c 'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], read_only=True); print(sys.argv[1], wb.sheetnames)' "$tmp/$f"
done
# the import reads workbooks with python-calamine (a compiled module): it is in the bundle
"$py" -c 'import sys, openpyxl; wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BudgetLines"; ws.append(["year", "code", "label", "commitment_credits", "payment_credits"]); ws.append([2030, "99.999.99.99", "Bundle check", 1000, 1000]); wb.save(sys.argv[1])' "$tmp/import.xlsx"
run --db "$db" import "$tmp/import.xlsx"
# the GUI starts inside the bundle: main window in French on the demo, every page, a picture
picture="${GRANTS_BUNDLE_PICTURE:-$tmp/dashboard.png}"
echo "+ Grants --db $db (main window, offscreen)" >&2
GRANTS_BUNDLE_GUI_CHECK="$picture" QT_QPA_PLATFORM=offscreen HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" \
  XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" timeout 300 "$exe" --db "$db"
[ -s "$picture" ] || { echo "no picture of the main window: $picture" >&2; exit 1; }
status=0
run --db "$tmp/missing.db" export budget --from 2024 --to 2024 --out "$tmp/none.xlsx" 2>"$tmp/err" || status=$?
[ "$status" = 1 ] || { echo "a missing database: exit $status, expected 1" >&2; cat "$tmp/err" >&2; exit 1; }
echo "bundle checked: $exe"
