<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Channels</name>
    <message>
        <location filename="../ui/channel_names.cpp" line="13"/>
        <source>Yaw</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="14"/>
        <source>Pitch</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="15"/>
        <source>Roll</source>
        <translation>Kippen</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="16"/>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="17"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="18"/>
        <source>Scale</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="19"/>
        <source>Jaw open</source>
        <translation>Kiefer offen</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="20"/>
        <source>Jaw shift</source>
        <translation>Kiefer seitlich</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="21"/>
        <source>Mouth wide</source>
        <translation>Mund breit</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="22"/>
        <source>Mouth shift</source>
        <translation>Mund seitlich</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="23"/>
        <source>Smile left</source>
        <translation>Lächeln links</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="24"/>
        <source>Smile right</source>
        <translation>Lächeln rechts</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="25"/>
        <source>Pout</source>
        <translation>Schmollmund</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="26"/>
        <source>Upper lip raise</source>
        <translation>Oberlippe heben</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="27"/>
        <source>Brow raise left</source>
        <translation>Braue heben links</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="28"/>
        <source>Brow raise right</source>
        <translation>Braue heben rechts</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="29"/>
        <source>Brow furrow</source>
        <translation>Stirnrunzeln</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="30"/>
        <source>Blink left</source>
        <translation>Blinzeln links</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="31"/>
        <source>Blink right</source>
        <translation>Blinzeln rechts</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="32"/>
        <source>Eyes wide</source>
        <translation>Augen weit</translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="33"/>
        <source>face units</source>
        <translation>Gesicht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Animate a portrait with a driving video.</source>
        <translation>Ein Porträt mit einem Steuervideo animieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Open a project.</source>
        <translation>Ein Projekt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Interface language (en, de); remembered for later starts.</source>
        <translation>Sprache der Oberfläche (en, de); wird für spätere Starts gemerkt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Portrait images and driving videos.</source>
        <translation>Porträtbilder und Steuervideos.</translation>
    </message>
</context>
<context>
    <name>marionette::ui</name>
    <message>
        <location filename="../ui/media_kind.cpp" line="39"/>
        <source>Portrait images (%1)</source>
        <translation>Porträtbilder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="40"/>
        <source>Driving videos (%1)</source>
        <translation>Steuervideos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="41"/>
        <source>Marionette projects (*.marionette)</source>
        <translation>Marionette-Projekte (*.marionette)</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="26"/>
        <source>No landmark model file was given.</source>
        <translation>Es wurde keine Landmarkenmodell-Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="28"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="29"/>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="30"/>
        <source>&apos;%1&apos; cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="32"/>
        <source>&apos;%1&apos; is too small to be a 68-point landmark model (the dlib model is about 100 MB).</source>
        <translation>„%1“ ist zu klein für ein 68-Punkte-Landmarkenmodell (das dlib-Modell hat etwa 100 MB).</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="39"/>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="41"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="43"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
</context>
<context>
    <name>marionette::ui::AudioSync</name>
    <message>
        <location filename="../ui/audio_sync.cpp" line="24"/>
        <source>Sound is off.</source>
        <translation>Der Ton ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/audio_sync.cpp" line="26"/>
        <source>No audio device: playback is silent.</source>
        <translation>Kein Audiogerät: die Wiedergabe ist stumm.</translation>
    </message>
    <message>
        <location filename="../ui/audio_sync.cpp" line="32"/>
        <source>The driver&apos;s sound cannot play: %1</source>
        <translation>Der Ton des Steuervideos kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::CurveEditor</name>
    <message>
        <location filename="../ui/curve_editor.cpp" line="43"/>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="45"/>
        <source>driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="47"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="49"/>
        <source>keyframes</source>
        <translation>Keyframes</translation>
    </message>
</context>
<context>
    <name>marionette::ui::DialogUserPrompts</name>
    <message>
        <location filename="../ui/user_prompts.cpp" line="19"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="19"/>
        <source>Save the changes to &apos;%1&apos; first?</source>
        <translation>Die Änderungen an „%1“ zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="27"/>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="28"/>
        <source>Marionette was closed without saving &apos;%1&apos;. Recover the changes from the autosave?</source>
        <translation>Marionette wurde beendet, ohne „%1“ zu speichern. Die Änderungen aus der automatischen Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="35"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="39"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="45"/>
        <source>Relink Driving Video</source>
        <translation>Steuervideo neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="45"/>
        <source>Relink Portrait</source>
        <translation>Porträt neu verknüpfen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Editor</name>
    <message>
        <location filename="../ui/editor.cpp" line="114"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="115"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="127"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="128"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="131"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="135"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="160"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="161"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="162"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="175"/>
        <location filename="../ui/editor.cpp" line="185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="178"/>
        <location filename="../ui/editor.cpp" line="186"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="185"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="186"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="192"/>
        <source>&amp;Copy Keyframes</source>
        <translation>Keyframes &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="193"/>
        <source>&amp;Paste Keyframes</source>
        <translation>Keyframes &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="194"/>
        <source>&amp;Delete Keyframes</source>
        <translation>Keyframes &amp;löschen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::EditorController</name>
    <message>
        <location filename="../ui/editor_controller.cpp" line="30"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="70"/>
        <source>Unsupported file</source>
        <translation>Nicht unterstützte Datei</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="71"/>
        <source>&apos;%1&apos; is neither a portrait image, a driving video nor a Marionette project. Drop a JPEG/PNG/WebP portrait, an MP4/MOV/MKV/WebM video or a .marionette file.</source>
        <translation>„%1“ ist weder ein Porträtbild noch ein Steuervideo noch ein Marionette-Projekt. Ziehen Sie ein JPEG/PNG/WebP-Porträt, ein MP4/MOV/MKV/WebM-Video oder eine .marionette-Datei hierher.</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="81"/>
        <source>Finding the face in %1…</source>
        <translation>Gesicht in %1 wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="88"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="122"/>
        <source>Portrait: %1</source>
        <translation>Porträt: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="123"/>
        <source> (%1 faces found; animating the largest)</source>
        <translation> (%1 Gesichter gefunden; das größte wird animiert)</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="138"/>
        <location filename="../ui/editor_controller.cpp" line="155"/>
        <source>Driving video</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="139"/>
        <source>Driving video: %1, %2 frames</source>
        <translation>Steuervideo: %1, %2 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="154"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="155"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="156"/>
        <source>Could not open &apos;%1&apos;:
%2

The project is unchanged.</source>
        <translation>&apos;%1&apos; konnte nicht geöffnet werden:
%2

Das Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="33"/>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="34"/>
        <source>Matroska (FFV1, lossless)</source>
        <translation>Matroska (FFV1, verlustfrei)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="35"/>
        <source>QuickTime (ProRes)</source>
        <translation>QuickTime (ProRes)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="36"/>
        <source>PNG sequence (folder)</source>
        <translation>PNG-Folge (Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="53"/>
        <location filename="../ui/export_dialog.cpp" line="93"/>
        <location filename="../ui/export_dialog.cpp" line="197"/>
        <location filename="../ui/export_dialog.cpp" line="203"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="63"/>
        <source>Portrait size</source>
        <translation>Porträtgröße</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="64"/>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="65"/>
        <source>Crop to the face</source>
        <translation>Auf das Gesicht zuschneiden</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="67"/>
        <source>Side by side (portrait | driver | result)</source>
        <translation>Nebeneinander (Porträt | Steuervideo | Ergebnis)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="88"/>
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="198"/>
        <source>Tracking the driving video: frame %1 of %2</source>
        <translation>Das Steuervideo wird verfolgt: Bild %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="199"/>
        <source>Tracking the driving video: frame %1</source>
        <translation>Das Steuervideo wird verfolgt: Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="67"/>
        <source>Whole clip</source>
        <translation>Ganzer Clip</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="68"/>
        <source>In to out</source>
        <translation>Von In bis Out</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="69"/>
        <source>Include the driving video&apos;s sound</source>
        <translation>Ton des Steuervideos übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="80"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="81"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="82"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="84"/>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="85"/>
        <source>Audio:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="86"/>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="97"/>
        <source>Open Result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="99"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="116"/>
        <location filename="../ui/export_dialog.cpp" line="124"/>
        <source>CRF %1</source>
        <translation>CRF %1</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="131"/>
        <source>In to out (frames %1–%2)</source>
        <translation>Von In bis Out (Bilder %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="154"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="154"/>
        <source>Video (*.%1)</source>
        <translation>Video (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="155"/>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="187"/>
        <source>Frame %1 of %2 · %3 remaining</source>
        <translation>Bild %1 von %2 · noch %3</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="196"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="200"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="202"/>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="203"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportRunner</name>
    <message>
        <location filename="../ui/export_runner.cpp" line="14"/>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="54"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="54"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="82"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="84"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="98"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="107"/>
        <source>Insert as Keyframes</source>
        <translation>Als Keyframes einfügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="176"/>
        <source>Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.</source>
        <translation>Keys wirken, wo eine Spur auf „Keyframes“ oder „Steuervideo + Versatz“ steht; den Modus in der Zeitleiste setzen.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="26"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="45"/>
        <source>Tracking…</source>
        <translation>Verfolgung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>Tracking %p%</source>
        <translation>Verfolgung %p%</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Open &amp;Portrait…</source>
        <translation>&amp;Porträt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Open Portrait</source>
        <translation>Porträt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Open &amp;Driving Video…</source>
        <translation>&amp;Steuervideo öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>Open Driving Video</source>
        <translation>Steuervideo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="93"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Porträt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>&amp;Driver</source>
        <translation>&amp;Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation>Landmarken- und &amp;Posen-Overlay</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="112"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="113"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Loading landmark model…</source>
        <translation>Landmarkenmodell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>Landmark model ready</source>
        <translation>Landmarkenmodell bereit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>Landmark model missing (see Preferences)</source>
        <translation>Landmarkenmodell fehlt (siehe Einstellungen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>%1 × %2 · %3 ms%4</source>
        <translation>%1 × %2 · %3 ms%4</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source> (cached)</source>
        <translation> (zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>%1[*] — Marionette</source>
        <translation>%1[*] — Marionette</translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaLoader</name>
    <message>
        <location filename="../ui/media_loader.cpp" line="148"/>
        <source>No face in %1 of %2 driving frames; the motion there is interpolated.</source>
        <translation>Kein Gesicht in %1 von %2 Bildern des Steuervideos; die Bewegung dort wird interpoliert.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaProblemsBar</name>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="44"/>
        <source>Media missing: the driving video &apos;%1&apos; is not there. Relink it to see its frames and hear its sound; its tracked motion still plays.</source>
        <translation>Medien fehlen: das Steuervideo „%1“ ist nicht da. Verknüpfen Sie es neu, um seine Bilder zu sehen und seinen Ton zu hören; seine verfolgte Bewegung spielt weiter.</translation>
    </message>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="46"/>
        <source>Media missing: the portrait &apos;%1&apos; is not there. Relink it to see the preview.</source>
        <translation>Medien fehlen: das Porträt „%1“ ist nicht da. Verknüpfen Sie es neu, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="50"/>
        <source>Relink…</source>
        <translation>Neu verknüpfen…</translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="27"/>
        <location filename="../ui/preferences_dialog.cpp" line="73"/>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="41"/>
        <source>Landmark Model</source>
        <translation>Landmarkenmodell</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="41"/>
        <source>dlib models (*.dat)</source>
        <translation>dlib-Modelle (*.dat)</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="51"/>
        <source>Render device:</source>
        <translation>Rendergerät:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="52"/>
        <source>Preview resolution:</source>
        <translation>Vorschauauflösung:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="53"/>
        <source>Landmark model:</source>
        <translation>Landmarkenmodell:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="55"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="56"/>
        <source>A new language applies when Marionette starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Marionette.</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="97"/>
        <source>The current model stays in use.</source>
        <translation>Das aktuelle Modell bleibt in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewScheduler</name>
    <message>
        <location filename="../ui/preview_scheduler.cpp" line="175"/>
        <source>The renderer could not start: %1</source>
        <translation>Der Renderer konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectSession</name>
    <message>
        <location filename="../ui/project_session.cpp" line="41"/>
        <location filename="../ui/project_session.cpp" line="116"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="71"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="90"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="90"/>
        <source>Could not open &apos;%1&apos;:
%2

The open project is unchanged.</source>
        <translation>„%1“ konnte nicht geöffnet werden:
%2

Das geöffnete Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="101"/>
        <location filename="../ui/project_session.cpp" line="122"/>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="102"/>
        <source>The autosave of &apos;%1&apos; cannot be read (%2); the saved project opens instead.</source>
        <translation>Die automatische Sicherung von „%1“ ist nicht lesbar (%2); stattdessen wird das gespeicherte Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="108"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="122"/>
        <source>The autosave cannot be read: %1</source>
        <translation>Die automatische Sicherung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="142"/>
        <source>Media changed</source>
        <translation>Medien geändert</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="177"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="177"/>
        <source>Could not save &apos;%1&apos;:
%2

Nothing was overwritten.</source>
        <translation>„%1“ konnte nicht gespeichert werden:
%2

Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="187"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="195"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="213"/>
        <source>Relink</source>
        <translation>Neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="213"/>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>„%1“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>marionette::ui::SettingsController</name>
    <message>
        <location filename="../ui/settings_controller.cpp" line="47"/>
        <source>The new language applies when Marionette starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Marionette.</translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="51"/>
        <location filename="../ui/settings_controller.cpp" line="73"/>
        <source>Landmark model</source>
        <translation>Landmarkenmodell</translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="52"/>
        <source>%1
The landmark model stays &apos;%2&apos;.</source>
        <translation>%1
Das Landmarkenmodell bleibt „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="57"/>
        <source>Loading the landmark model %1…</source>
        <translation>Landmarkenmodell %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="74"/>
        <source>&apos;%1&apos; is not a usable landmark model: %2
The landmark model stays &apos;%3&apos;.</source>
        <translation>„%1“ ist kein brauchbares Landmarkenmodell: %2
Das Landmarkenmodell bleibt „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="80"/>
        <source>Landmark model loaded from %1</source>
        <translation>Landmarkenmodell aus %1 geladen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="34"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="34"/>
        <source>Step back (Left)</source>
        <translation>Ein Bild zurück (Links)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play / pause (Space, J/K/L)</source>
        <translation>Abspielen / Pause (Leertaste, J/K/L)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Step forward (Right)</source>
        <translation>Ein Bild vor (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop over in/out</source>
        <translation>Schleife über In/Out</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="45"/>
        <source>Set selection to:</source>
        <translation>Auswahl setzen auf:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="49"/>
        <source>Set the selected range of the selected row to %1</source>
        <translation>Den gewählten Bereich der gewählten Zeile auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="70"/>
        <source>%1  (frame %2 / %3)</source>
        <translation>%1  (Bild %2 / %3)</translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="52"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="54"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="56"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="58"/>
        <source>  Eyes</source>
        <translation>  Augen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="60"/>
        <source>  Brows</source>
        <translation>  Brauen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="62"/>
        <source>  Mouth</source>
        <translation>  Mund</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="108"/>
        <source>Driving</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="110"/>
        <source>Source</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="112"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="114"/>
        <source>Keyframed</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="116"/>
        <source>Driving + offset</source>
        <translation>Steuervideo + Versatz</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="237"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="252"/>
        <source>Delete keyframes</source>
        <translation>Keyframes löschen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="276"/>
        <source>Move keyframes</source>
        <translation>Keyframes verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="366"/>
        <source>follows Expression</source>
        <translation>folgt der Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="487"/>
        <source>Set to %1</source>
        <translation>Auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="492"/>
        <source>Follow Expression</source>
        <translation>Der Mimik folgen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/viewport.cpp" line="30"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation>Porträtbild und Steuervideo hierher ziehen</translation>
    </message>
</context>
</TS>
