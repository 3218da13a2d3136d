# Windows: builds dist\Grants (installer\grants.spec), checks it like installer/build.sh, then packs
# dist\Grants-<version>-setup.exe with Inno Setup 6 when iscc.exe is on the PATH. From the repository
# root, after README's test command (.venv):   powershell -File installer\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = ".venv\Scripts\python.exe"
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" } }
& $py -m pip install -q -e ".[build]"; Check "pip install"
& $py -m PyInstaller installer\grants.spec --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller; Check "pyinstaller"
$cli = "dist\Grants\grants-cli.exe"    # the console twin of Grants.exe: its output reaches this window
$tmp = Join-Path ([IO.Path]::GetTempPath()) ("grants-bundle-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp | Out-Null
try {
    $db = Join-Path $tmp "grants.db"
    & $cli --version; Check "--version"
    & $cli --db $db init; Check "init"
    & $cli --db $db demo; Check "demo"
    & $cli --db $db export budget --from 2024 --to 2024 --out (Join-Path $tmp "budget.xlsx"); Check "export budget"
    & $cli --db $db --read-only export budget --from 2024 --to 2024 --out (Join-Path $tmp "budget-ro.xlsx"); Check "read-only export"
} finally { Remove-Item -Recurse -Force $tmp }
$version = (& $py -c "import grants; print(grants.__version__)").Trim()
if (Get-Command iscc.exe -ErrorAction SilentlyContinue) {
    iscc.exe "/DAppVersion=$version" installer\grants.iss; Check "iscc"
} else { Write-Warning "iscc.exe (Inno Setup 6) not on the PATH: dist\Grants built and checked, no setup.exe" }
