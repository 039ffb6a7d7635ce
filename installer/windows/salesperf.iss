; Inno Setup script for SalesPerf Desktop (Windows installer).
;
; Build (on Windows, from the repository root, after installer\windows\build_windows.ps1 has made
; installer\dist\salesperf\ with PyInstaller):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\salesperf.iss
; build_windows.ps1 passes the version read from pyproject.toml. Output:
; installer\dist\SalesPerf-Desktop-<version>-setup.exe
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

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese wizard texts are not part of the default Inno Setup install: put the unofficial
; ChineseSimplified.isl / ChineseTraditional.isl (jrsoftware.org, "Inno Setup Translations") into
; Inno Setup's Languages folder and uncomment these lines.
;Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
;Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[CustomMessages]
en.DesktopIcon=Create a desktop shortcut
en.RunNow=Start SalesPerf Desktop now
;zh_CN.DesktopIcon=创建桌面快捷方式
;zh_CN.RunNow=立即启动 SalesPerf Desktop
;zh_TW.DesktopIcon=建立桌面捷徑
;zh_TW.RunNow=立即啟動 SalesPerf Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir folder.
Source: "..\dist\salesperf\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\SalesPerf Desktop"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,SalesPerf Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\SalesPerf Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: only the program folder is removed, never
; %APPDATA%\SalesPerf\salesperf-desktop (the database and its backups).
