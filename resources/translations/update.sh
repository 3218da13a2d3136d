#!/bin/sh
# Refresh the catalogues over the whole package, then compile them to .qm. The .ts files are the
# only source of the translations.
#   1. pyside6-lupdate reads the marked texts: self.tr("..."), QCoreApplication.translate("ctx", "..."),
#      QT_TRANSLATE_NOOP("ctx", "...") and, for a count, self.tr("%n row(s)", None, n) or (below the
#      UI) rules.tr("%n ...", None, n). Existing translations are kept; -no-obsolete drops the texts
#      that disappeared. Untracked .py files are included: screens being written count.
#      grants_fr.ts and grants_nl.ts hold every text; grants_en.ts only the English plural forms.
#   2. pyside6-lrelease: grants_fr.qm, grants_nl.qm and grants_en.qm.
# New texts come out unfinished: translate them in Qt Linguist (or fold catalogue files in with
# fold.py, then run this again). tests/test_translations.py fails while one is unfinished.
set -e
cd "$(dirname "$0")/../.."
bin=.venv/bin
dir=resources/translations
sources=$( (git ls-files 'grants/*.py' 'grants/**/*.py'; git ls-files --others --exclude-standard 'grants/*.py' 'grants/**/*.py') | sort -u)
$bin/pyside6-lupdate -locations none -no-obsolete $sources -ts $dir/grants_fr.ts $dir/grants_nl.ts
$bin/pyside6-lupdate -locations none -no-obsolete -pluralonly -target-language en_GB $sources -ts $dir/grants_en.ts
for lang in fr nl en; do
    $bin/pyside6-lrelease $dir/grants_$lang.ts -qm $dir/grants_$lang.qm
done
