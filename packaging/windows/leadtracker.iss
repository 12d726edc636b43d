; Inno Setup 6 script: the Windows installer of LeadTracker.
;
; Installs the PyInstaller bundle dist\LeadTracker\ for the current user only,
; without administrator rights, into %LOCALAPPDATA%\Programs\LeadTracker, with
; a Start menu entry, an optional desktop icon and an uninstaller.
;
; Build it with packaging\windows\build-installer.ps1, which builds the bundle
; first and then runs
;     ISCC.exe /DAppVersion=<version> packaging\windows\leadtracker.iss
; with the version read from pyproject.toml ([project] version): Inno Setup
; cannot read TOML, so the version comes in as a preprocessor define. The
; default below is only for compiling this script by hand and is kept equal to
; pyproject.toml by tests/packaging/test_desktop_files.py.
;
; Needs Inno Setup 6.3 or later (the x64compatible architecture identifier).
; Relative paths below are relative to this file's folder.
;
; The user's data is NOT in the installation folder: the database and its
; backups live in %LOCALAPPDATA%\LeadTracker\ (platformdirs' user_data_dir of
; "LeadTracker", see leadtracker/cli/__init__.py) and the settings in the
; registry under HKCU\Software\Japan Desk Düsseldorf\LeadTracker (QSettings).
; The uninstaller keeps both unless the user asks to delete them ([Code]).
;
; This file is UTF-8 with a byte order mark, for the umlauts and the Japanese
; messages below.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "LeadTracker"
#define AppExe "LeadTracker.exe"

[Setup]
; Identifies the installation for updates and the uninstaller: never change it.
; (The doubled brace is Inno Setup's escape for a literal "{".)
AppId={{BBDEA1E3-9C39-40D1-8591-FB0ED71807CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Japan Desk, Office of Economic Development Düsseldorf
; Per user, no administrator rights: with PrivilegesRequired=lowest, {autopf}
; is the user's own program folder, %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; The Start menu entry goes straight into the user's Programs ([Icons]).
DisableProgramGroupPage=yes
; The bundle is 64-bit (Python and Qt for x64); Windows 10 or later, as Qt 6 needs.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Running copies of LeadTracker are asked to close before files are replaced.
CloseApplications=yes
; The result: dist\LeadTracker-<version>-setup.exe beside the bundle.
OutputDir=..\..\dist
OutputBaseFilename=LeadTracker-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\leadtracker.ico
; Shown in Settings > Apps; the .ico is installed with the program ([Files]).
UninstallDisplayIcon={app}\leadtracker.ico
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Asks for the language only when the system's language is none of the three.
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
; %1 is the data folder; %n is a line break.
en.DeleteUserData=Also delete your LeadTracker data?%n%n%1%n%nThis folder holds the database (all companies, contacts, projects and notes) and its backups; LeadTracker's settings on this PC are deleted with it. Deleted data cannot be restored. Databases kept in other folders are not touched.%n%nChoose No to keep the data, for example for a later installation.
de.DeleteUserData=Auch Ihre LeadTracker-Daten löschen?%n%n%1%n%nDieser Ordner enthält die Datenbank (alle Unternehmen, Kontakte, Projekte und Notizen) und ihre Sicherungen; die Einstellungen von LeadTracker auf diesem PC werden mit gelöscht. Gelöschte Daten lassen sich nicht wiederherstellen. Datenbanken in anderen Ordnern bleiben unberührt.%n%nWählen Sie „Nein“, um die Daten zu behalten, etwa für eine spätere Installation.
ja.DeleteUserData=LeadTracker のデータも削除しますか？%n%n%1%n%nこのフォルダーにはデータベース（すべての企業・連絡先・案件・メモ）とそのバックアップが保存されています。この PC 上の LeadTracker の設定も併せて削除されます。削除したデータは元に戻せません。他のフォルダーにあるデータベースは削除されません。%n%nデータを残す場合（再インストールする場合など）は「いいえ」を選んでください。
en.DeleteUserDataFailed=Some files in %1 could not be deleted (is LeadTracker still running?). Delete the folder by hand.
de.DeleteUserDataFailed=Einige Dateien in %1 konnten nicht gelöscht werden (läuft LeadTracker noch?). Bitte löschen Sie den Ordner von Hand.
ja.DeleteUserDataFailed=%1 内の一部のファイルを削除できませんでした（LeadTracker が起動したままではありませんか？）。フォルダーを手動で削除してください。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller bundle (LeadTracker.exe, leadtracker-cli.exe, _internal\).
Source: "..\..\dist\LeadTracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The icon for the uninstaller's entry in Settings > Apps.
Source: "..\..\resources\icons\leadtracker.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  // QSettings' place for organisation "Japan Desk Düsseldorf", application
  // "LeadTracker" (leadtracker/ui/startup.py).
  SettingsParentKey = 'Software\Japan Desk Düsseldorf';
  SettingsKey = 'Software\Japan Desk Düsseldorf\LeadTracker';

// After the program files are removed: offer to delete the user's data too.
// The answer defaults to No (the second button). A silent uninstall never
// deletes data, and neither does /SUPPRESSMSGBOXES (it answers the default).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent then
    Exit;
  DataDir := ExpandConstant('{localappdata}\LeadTracker');
  if not DirExists(DataDir) and not RegKeyExists(HKEY_CURRENT_USER, SettingsKey) then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES then
    Exit;
  if DirExists(DataDir) and not DelTree(DataDir, True, True, True) then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserDataFailed'), [DataDir]),
      mbError, MB_OK, IDOK);
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, SettingsKey);
  RegDeleteKeyIfEmpty(HKEY_CURRENT_USER, SettingsParentKey);
end;
