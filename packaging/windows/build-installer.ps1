#Requires -Version 5.1
# Build the Windows installer of LeadTracker: dist\LeadTracker-<version>-setup.exe.
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
#
# Needs Python 3.11+ (from python.org, with the `py` launcher) and Inno Setup 6.3+.
# Steps: read the version from pyproject.toml; create .venv if missing and install
# LeadTracker with PyInstaller into it; compile the translations (.ts -> .qm, not
# kept in git); build dist\LeadTracker\ from packaging\leadtracker.spec; compile
# packaging\windows\leadtracker.iss with that version (/DAppVersion=...).
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

# Runs a program and stops the script when it fails.
function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed (exit code $LASTEXITCODE)" }
}

# The version: the `version = "..."` line of the [project] table.
$toml = Get-Content -Raw -Encoding UTF8 'pyproject.toml'
if ($toml -notmatch '(?ms)^\[project\][ \t]*\r?\n(.*?)(?=^\[|\z)') {
    throw 'pyproject.toml has no [project] table'
}
if ($Matches[1] -notmatch '(?m)^version\s*=\s*"([^"]+)"') {
    throw 'the [project] table of pyproject.toml has no version'
}
$version = $Matches[1]
Write-Host "Building LeadTracker $version"

# The virtual environment (the same .venv that packaging\bootstrap.py uses).
$python = Join-Path $root '.venv\Scripts\python.exe'
if (-not (Test-Path $python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked 'py' @('-3', '-m', 'venv', '.venv')
    } else {
        Invoke-Checked 'python' @('-m', 'venv', '.venv')
    }
}
Invoke-Checked $python @('-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-e', '.[package]')

$lrelease = Join-Path $root '.venv\Scripts\pyside6-lrelease.exe'
foreach ($ts in Get-ChildItem 'resources\translations\*.ts') {
    Invoke-Checked $lrelease @('-silent', $ts.FullName, '-qm', [IO.Path]::ChangeExtension($ts.FullName, '.qm'))
}

Invoke-Checked $python @('-m', 'PyInstaller', 'packaging\leadtracker.spec', '--noconfirm',
    '--distpath', 'dist', '--workpath', 'build\pyinstaller')

# ISCC.exe: on PATH, or where the Inno Setup 6 installer puts it (all users or per user).
$iscc = $null
$onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
if ($onPath) {
    $iscc = $onPath.Source
} else {
    $folders = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA 'Programs'))
    foreach ($folder in $folders) {
        if ($folder -and (Test-Path (Join-Path $folder 'Inno Setup 6\ISCC.exe'))) {
            $iscc = Join-Path $folder 'Inno Setup 6\ISCC.exe'
            break
        }
    }
}
if (-not $iscc) { throw 'ISCC.exe not found: install Inno Setup 6 (https://jrsoftware.org/isinfo.php)' }

Invoke-Checked $iscc @("/DAppVersion=$version", 'packaging\windows\leadtracker.iss')
Write-Host "Installer: $(Join-Path $root "dist\LeadTracker-$version-setup.exe")"
