#!/bin/sh
# Refresh the French and Dutch catalogues over the whole package, then compile them to .qm.
#   1. pyside6-lupdate: collects the marked texts (existing translations kept; -no-obsolete drops
#      the texts that disappeared). Untracked .py files are included: screens being written count.
#   2. bridge.py: adds the texts marked through helpers lupdate cannot follow (see its docstring),
#      with their translations from before step 1.
#   3. translate.py: fills the unfinished messages from catalogue_ui.py / catalogue_rules.py and
#      lists those it has no translation for (add them to a catalogue, run this again).
#   4. pyside6-lrelease: grants_fr.qm and grants_nl.qm.
set -e
cd "$(dirname "$0")/../.."
previous=$(mktemp -d)
trap 'rm -rf "$previous"' EXIT
cp resources/translations/grants_*.ts "$previous"/ 2>/dev/null || true
.venv/bin/pyside6-lupdate $(git ls-files 'grants/*.py' 'grants/**/*.py' | sort -u) $(ls grants/ui/*.py grants/ui/forms/*.py grants/services/*.py 2>/dev/null) -ts resources/translations/grants_fr.ts resources/translations/grants_nl.ts -no-obsolete
.venv/bin/python resources/translations/bridge.py --previous "$previous"
.venv/bin/python resources/translations/translate.py || echo "update.sh: some messages are not translated yet (listed above)" >&2
for lang in fr nl; do
    .venv/bin/pyside6-lrelease resources/translations/grants_$lang.ts -qm resources/translations/grants_$lang.qm
done
