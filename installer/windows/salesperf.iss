; Inno Setup script for SalesPerf Desktop (Windows installer).
;
; Built by installer\windows\build_windows.ps1 (on Windows, after PyInstaller has made
; installer\dist\salesperf\ and the Chinese wizard texts are in installer\windows\languages\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\salesperf.iss
; build_windows.ps1 passes the version read from pyproject.toml. Output:
; installer\dist\SalesPerf-Desktop-<version>-setup.exe
; Saved as UTF-8 with a byte-order mark (Chinese texts below; Inno Setup before 6.3 needs the mark).
;
; The user's data (database, backups, log) lives in %APPDATA%\SalesPerf\salesperf-desktop and is
; NEVER removed by the uninstaller: this script installs nothing there and has no [UninstallDelete]
; entry for it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SalesPerf Desktop"
#define AppExe "salesperf.exe"

[Setup]
AppId={{8B6F2C1E-5B7A-4C3E-9A51-3F2D7E9C4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SalesPerf
DefaultDirName={autopf}\SalesPerf Desktop
DefaultGroupName=SalesPerf Desktop
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed on an office laptop); can be changed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=SalesPerf-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\salesperf.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running copy before files are replaced.
CloseApplications=yes
; Ask for the language only when Windows' own is none of the three.
ShowLanguageDialog=auto

[Languages]
; The wizard speaks the language of Windows (LanguageDetectionMethod=uilanguage, the default):
; Simplified Chinese first, so it is also the choice when nothing matches. The Chinese texts are
; Inno Setup's unofficial translations, not part of an Inno Setup installation:
; build_windows.ps1 puts them into installer\windows\languages\ (see there).
Name: "zh_CN"; MessagesFile: "languages\ChineseSimplified.isl"
Name: "zh_TW"; MessagesFile: "languages\ChineseTraditional.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DesktopIcon=Create a desktop shortcut
en.RunNow=Start SalesPerf Desktop now
zh_CN.DesktopIcon=创建桌面快捷方式
zh_CN.RunNow=立即启动 SalesPerf Desktop
zh_TW.DesktopIcon=建立桌面捷徑
zh_TW.RunNow=立即啟動 SalesPerf Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir folder: salesperf.exe (the window) and salesperf-cli.exe (the
; command line, run from a terminal in {app}) share _internal\.
Source: "..\dist\salesperf\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\SalesPerf Desktop"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,SalesPerf Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\SalesPerf Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: only the program folder is removed, never
; %APPDATA%\SalesPerf\salesperf-desktop (the database and its backups).
