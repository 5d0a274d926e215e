; Inno Setup script: a Windows installer from the PyInstaller output.
;
; On Windows, after `pyinstaller packaging\coopdesk.spec` (see packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\coopdesk.iss
; reads dist\coopdesk\ and the rendered icon build\icons\coopdesk.ico, writes
; dist\CoopDesk-<version>-setup.exe. The installer registers the .coopdesk file type:
; double-clicking a book runs `coopdesk.exe "BOOK"`, which opens it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z coopdesk.iss (the one in pyproject.toml)
#endif
#define Root "..\.."

[Setup]
AppId={{6B1C2E52-2E4C-4E0B-9C61-3C0A5D7C0D13}
AppName=CoopDesk
AppVersion={#AppVersion}
AppPublisher=CoopDesk
DefaultDirName={autopf}\CoopDesk
DefaultGroupName=CoopDesk
DisableProgramGroupPage=yes
; per user by default (no administrator needed); the user may choose all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=CoopDesk-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\coopdesk.ico
UninstallDisplayIcon={app}\coopdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\coopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CoopDesk"; Filename: "{app}\coopdesk.exe"
Name: "{autodesktop}\CoopDesk"; Filename: "{app}\coopdesk.exe"; Tasks: desktopicon

[Registry]
; the .coopdesk file type (HKA: the current user's or all users' classes, as installed)
Root: HKA; Subkey: "Software\Classes\.coopdesk"; ValueType: string; ValueName: ""; ValueData: "CoopDesk.Book"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.coopdesk\OpenWithProgids"; ValueType: string; ValueName: "CoopDesk.Book"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CoopDesk.Book"; ValueType: string; ValueName: ""; ValueData: "CoopDesk-boek"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CoopDesk.Book\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\coopdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\CoopDesk.Book\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\coopdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\coopdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".coopdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\coopdesk.exe"; Description: "{cm:LaunchProgram,CoopDesk}"; Flags: nowait postinstall skipifsilent
