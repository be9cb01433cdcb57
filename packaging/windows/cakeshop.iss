; Inno Setup script: the Windows installer of the PyInstaller bundle dist\cakeshop (build.spec).
;
;   pyinstaller --noconfirm build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\cakeshop.iss
;
; writes dist\cakeshop-<version>-windows-x64-setup.exe. The release workflow
; (.github/workflows/release.yml) does both on windows-latest. Needs Inno Setup 6.3 or newer
; (x64compatible). Paths are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Cakeshop"
#define AppExe "cakeshop.exe"
#define BundleDir "..\..\dist\cakeshop"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C9E3E58-4B7A-4F0B-9C55-2E1D4A7B8C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Cakeshop Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default; a user without admin rights may install for themselves only.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=cakeshop-{#AppVersion}-windows-x64-setup
SetupIconFile=cakeshop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Cakeshop before files are replaced on an upgrade.
CloseApplications=yes
; The shop's data, settings and logs live in the user's folders (%LOCALAPPDATA%\cakeshop):
; an upgrade or an uninstall leaves them alone.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
