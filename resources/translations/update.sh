#!/bin/sh
# Refresh the French and Dutch catalogues over the whole package, then compile them to .qm.
#   1. pyside6-lupdate reads the marked texts: self.tr("..."), QCoreApplication.translate("ctx", "..."),
#      QT_TRANSLATE_NOOP("ctx", "...") and, for a plural, self.tr("%n ...", None, n) or
#      rules.tr("%n ...", None, n). Existing translations are kept; -no-obsolete drops the texts
#      that disappeared. Untracked .py files are included: screens being written count.
#   2. pyside6-lrelease: grants_fr.qm and grants_nl.qm.
# New texts come out unfinished: translate them in Qt Linguist (or fold a catalogue file in with
# fold.py, then run this again). tests/test_translations.py fails while one is unfinished.
set -e
cd "$(dirname "$0")/../.."
bin=.venv/bin
$bin/pyside6-lupdate -locations none -no-obsolete \
    $( (git ls-files 'grants/*.py' 'grants/**/*.py'; git ls-files --others --exclude-standard 'grants/*.py' 'grants/**/*.py') | sort -u) \
    -ts resources/translations/grants_fr.ts resources/translations/grants_nl.ts
for lang in fr nl; do
    $bin/pyside6-lrelease resources/translations/grants_$lang.ts -qm resources/translations/grants_$lang.qm
done
