# Build the Windows installer: PyInstaller onedir, a smoke check, then Inno Setup.
# Run from the repository root in PowerShell, with Python 3.12+ (or 3.11 with the PySide6 that
# pyproject.toml allows there) and Inno Setup 6 installed:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[installer]"
# Never bundle a Qt binding known to crash on this Python (PySide6 6.12.0 before Python 3.12).
& $py -m salesperf_desktop.binding_check
if ($LASTEXITCODE -ne 0) { throw "build refused: PySide6 known to crash on this Python" }
& $py -m salesperf_desktop.build_translations
$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$stage = "installer\build\stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
& $py -m pip install -q --no-deps --target $stage .
$env:SALESPERF_STAGE = (Resolve-Path $stage).Path
& $py -m PyInstaller --noconfirm --distpath installer\dist --workpath installer\build\work installer\salesperf.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke check: start offscreen on a new database, quit after 3 s.
$tmp = Join-Path $env:TEMP ("salesperf-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:SALESPERF_DATA_DIR = $tmp
$p = Start-Process -FilePath installer\dist\salesperf\salesperf.exe -ArgumentList "--db", "$tmp\x.sqlite", "--quit-after", "3000" -Wait -PassThru
Remove-Item Env:QT_QPA_PLATFORM
if ($p.ExitCode -ne 0 -or -not (Test-Path "$tmp\x.sqlite")) { throw "smoke check failed ($($p.ExitCode))" }
Write-Host "smoke check passed"

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" installer\windows\salesperf.iss
