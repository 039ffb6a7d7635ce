# Build the Windows installer: the PyInstaller folder (salesperf.exe, the window, and
# salesperf-cli.exe, the command line), a smoke check of both, then Inno Setup with the Chinese
# wizard. Run from anywhere, on Windows 10/11 with Python 3.12+ and Inno Setup 6:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
#   ... -Python C:\path\to\python.exe   # a Python that has the project installed (CI does this)
#   ... -NoInstaller                    # stop after the smoke check (no Inno Setup needed)
# Python 3.12 or newer (or 3.11 with the PySide6 that pyproject.toml allows there): PySide6
# 6.12.0 aborts on Python 3.11 (issue 20), and the build refuses that pair.
#
# The Chinese wizard texts (ChineseSimplified.isl, ChineseTraditional.isl) are not part of an
# Inno Setup installation. They are the unofficial translations kept in Inno Setup's own source
# repository (jrsoftware/issrc, Files\Languages\Unofficial). Unless they are already in
# installer\windows\languages\, this script downloads them from there, at the tag of the installed
# Inno Setup version (is-6_x_y) so the messages match the compiler, falling back to the main branch.
param(
    [string]$Python = "",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Join-Path $PSScriptRoot "..\..")
$root = (Get-Location).Path

# Windows PowerShell 5.1 does not stop on a failing program: check every exit code.
function Invoke-Native {
    param([string]$What, [scriptblock]$Block)
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not $Python) {
    if (-not (Test-Path .venv\Scripts\python.exe)) {
        Invoke-Native "creating .venv" { py -3.12 -m venv .venv }
    }
    $Python = (Resolve-Path .venv\Scripts\python.exe).Path
    Invoke-Native "pip install" { & $Python -m pip install -q --upgrade pip }
    Invoke-Native "pip install" { & $Python -m pip install -q -e ".[installer]" }
}
Write-Host "build: Python $(& $Python --version)"
# Never bundle a Qt binding known to crash on this Python (PySide6 6.12.0 before Python 3.12).
Invoke-Native "the Qt binding check (PySide6 known to crash on this Python)" {
    & $Python -m salesperf_desktop.binding_check
}

Invoke-Native "compiling translations" { & $Python -m salesperf_desktop.build_translations }
$version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "reading the version failed" }

# The package staged as the wheel installs it (the wheel build compiles the .qm files).
$stage = Join-Path $root "installer\build\stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
Invoke-Native "staging the package" { & $Python -m pip install -q --no-deps --target $stage . }
$env:SALESPERF_STAGE = $stage
Invoke-Native "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN --distpath installer\dist `
        --workpath installer\build\work installer\salesperf.spec
}
Remove-Item Env:SALESPERF_STAGE

$bundle = Join-Path $root "installer\dist\salesperf"
$internal = Join-Path $bundle "_internal\salesperf_desktop"
foreach ($f in @("$bundle\salesperf.exe", "$bundle\salesperf-cli.exe",
                 "$internal\translations\salesperf_zh_CN.qm", "$internal\translations\salesperf_zh_TW.qm",
                 "$internal\resources\fonts\wqy-microhei.ttc", "$internal\resources\icons\salesperf.ico",
                 "$internal\storage\migrations\env.py", "$internal\storage\migrations\script.py.mako")) {
    if (-not (Test-Path $f)) { throw "missing in the bundle: $f" }
}
$size = (Get-ChildItem -Recurse $bundle | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("build: bundle {0:N0} MB in {1}" -f $size, $bundle)

# Smoke check, in a folder whose name holds a Chinese user name (U+5F20 U+4F1F) and a space, as under
# C:\Users\<name>: the window starts offscreen on a new database, migrates it and quits after 5 s;
# the command line then reads that database. Logs go to installer\build\smoke for the CI artifact.
$smokeLogs = Join-Path $root "installer\build\smoke"
New-Item -ItemType Directory -Force $smokeLogs | Out-Null
$name = "salesperf smoke " + [string][char]0x5F20 + [char]0x4F1F + " " + [guid]::NewGuid().ToString("N").Substring(0, 8)
$tmp = Join-Path $env:TEMP $name
New-Item -ItemType Directory $tmp | Out-Null
$db = Join-Path $tmp "x.sqlite"
$env:QT_QPA_PLATFORM = "offscreen"
$env:SALESPERF_DATA_DIR = Join-Path $tmp "data"
try {
    # Start-Process joins arguments with spaces: quote the path ourselves.
    $p = Start-Process -FilePath "$bundle\salesperf.exe" -Wait -PassThru `
        -ArgumentList @("--db", "`"$db`"", "--lang", "zh_CN", "--quit-after", "5000") `
        -RedirectStandardOutput "$smokeLogs\window-stdout.log" -RedirectStandardError "$smokeLogs\window-stderr.log"
    if ($p.ExitCode -ne 0) { throw "smoke check: salesperf.exe exited with $($p.ExitCode)" }
    if (-not (Test-Path -LiteralPath $db)) { throw "smoke check: no database was created" }
    $head = & $Python -c "from salesperf_desktop.storage.database import head_revision; print(head_revision())"
    $got = & $Python -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select version_num from alembic_version').fetchone()[0])" $db
    if ($got -ne $head) { throw "smoke check: schema '$got', expected '$head'" }
    Write-Host "build: smoke check of salesperf.exe passed (database at schema $got)"
    # Windows PowerShell 5.1 turns a native program's stderr into errors under "Stop".
    $ErrorActionPreference = "Continue"
    $out = & "$bundle\salesperf-cli.exe" --db $db info 2>&1 | Out-String
    $ErrorActionPreference = "Stop"
    $out | Set-Content -Encoding utf8 "$smokeLogs\cli.log"
    if ($LASTEXITCODE -ne 0 -or $out -notmatch "schema:\s+$head") { throw "smoke check: salesperf-cli.exe info failed:`n$out" }
    Write-Host "build: smoke check of salesperf-cli.exe passed"
} finally {
    Remove-Item Env:QT_QPA_PLATFORM, Env:SALESPERF_DATA_DIR -ErrorAction SilentlyContinue
    if (Test-Path -LiteralPath (Join-Path $tmp "data\salesperf.log")) {
        Copy-Item -LiteralPath (Join-Path $tmp "data\salesperf.log") "$smokeLogs\salesperf.log"
    }
    Remove-Item -Recurse -Force -LiteralPath $tmp -ErrorAction SilentlyContinue
}
if ($NoInstaller) { exit 0 }

# Inno Setup and its Chinese wizard texts.
$iscc = $null
foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
    $candidate = Join-Path $folder "Inno Setup 6\ISCC.exe"
    if ($folder -and (Test-Path $candidate)) { $iscc = $candidate; break }
}
if (-not $iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if (-not $found) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
    $iscc = $found.Source
}
$innoVersion = (Get-Item $iscc).VersionInfo.ProductVersion.Trim()
Write-Host "build: Inno Setup $innoVersion ($iscc)"
$languages = Join-Path $PSScriptRoot "languages"
New-Item -ItemType Directory -Force $languages | Out-Null
$tag = "is-" + (($innoVersion -split "[^0-9]+" | Where-Object { $_ } | Select-Object -First 3) -join "_")
foreach ($pair in @(@("ChineseSimplified.isl", '$0804'), @("ChineseTraditional.isl", '$0404'))) {
    $file, $languageId = $pair
    $target = Join-Path $languages $file
    if (-not (Test-Path $target)) {
        $got = $false
        foreach ($ref in @($tag, "main")) {
            $url = "https://raw.githubusercontent.com/jrsoftware/issrc/$ref/Files/Languages/Unofficial/$file"
            try {
                Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $target
                Write-Host "build: $file from $url"
                $got = $true
                break
            } catch {
                Write-Host "build: $file not at $url"
            }
        }
        if (-not $got) { throw "could not obtain $file; put it into $languages" }
    }
    if (-not (Select-String -LiteralPath $target -SimpleMatch "LanguageID=$languageId" -Quiet)) {
        throw "$target is not the expected Inno Setup language file (LanguageID=$languageId)"
    }
}
Invoke-Native "Inno Setup" { & $iscc "/DAppVersion=$version" installer\windows\salesperf.iss }
$setup = Join-Path $root "installer\dist\SalesPerf-Desktop-$version-setup.exe"
if (-not (Test-Path $setup)) { throw "Inno Setup wrote no $setup" }
Write-Host "build: installer $setup"
