; Inno Setup 6 script for Grants (safe.brussels). installer\build.ps1 builds and checks the
; PyInstaller folder dist\Grants (installer\grants.spec: Grants.exe windowed, grants-cli.exe console,
; _internal\), then runs:
;   iscc /DAppVersion=0.1.0 installer\grants.iss
; tests/test_installer.py checks that the names, paths and shortcut arguments below match the spec and
; the command line (README "Installer").
; Per-user install by default (no administrator rights needed); per-machine when run elevated.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Grants"
#define AppPublisher "safe.brussels"
#define AppExe "Grants.exe"
#define CliExe "grants-cli.exe"

[Setup]
AppId={{6C1E7B9A-4E2F-4C55-9B0A-3D1F2A9C8E51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://safe.brussels
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Grants-{#AppVersion}-setup
SetupIconFile=..\resources\icons\grants.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Grants\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Grants.exe takes the arguments of the grants command line: no argument opens the application.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (read-only)"; Filename: "{app}\{#AppExe}"; Parameters: "--read-only"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; {app}\{#CliExe} is the same program with a console, for the command line (init, demo, export...).
; The user's data (database, settings, logs) lives in the user's profile and is kept on uninstall.
