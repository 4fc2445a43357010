<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Channels</name>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="13"/>
        <source>Yaw</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="14"/>
        <source>Pitch</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="15"/>
        <source>Roll</source>
        <translation>Kippen</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="16"/>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="17"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="18"/>
        <source>Scale</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="19"/>
        <source>Jaw open</source>
        <translation>Kiefer offen</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="20"/>
        <source>Jaw shift</source>
        <translation>Kiefer seitlich</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="21"/>
        <source>Mouth wide</source>
        <translation>Mund breit</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="22"/>
        <source>Mouth shift</source>
        <translation>Mund seitlich</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="23"/>
        <source>Smile left</source>
        <translation>Lächeln links</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="24"/>
        <source>Smile right</source>
        <translation>Lächeln rechts</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="25"/>
        <source>Pout</source>
        <translation>Schmollmund</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="26"/>
        <source>Upper lip raise</source>
        <translation>Oberlippe heben</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="27"/>
        <source>Brow raise left</source>
        <translation>Braue heben links</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="28"/>
        <source>Brow raise right</source>
        <translation>Braue heben rechts</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="29"/>
        <source>Brow furrow</source>
        <translation>Stirnrunzeln</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="30"/>
        <source>Blink left</source>
        <translation>Blinzeln links</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="31"/>
        <source>Blink right</source>
        <translation>Blinzeln rechts</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="32"/>
        <source>Eyes wide</source>
        <translation>Augen weit</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="33"/>
        <source>Gaze horizontal</source>
        <translation>Blick waagrecht</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="34"/>
        <source>Gaze vertical</source>
        <translation>Blick senkrecht</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="35"/>
        <source>Lip funnel</source>
        <translation>Lippentrichter</translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="36"/>
        <source>face units</source>
        <translation>Gesicht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Animate a portrait with a driving video.</source>
        <translation>Ein Porträt mit einem Steuervideo animieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Open a project.</source>
        <translation>Ein Projekt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Interface language (en, de); remembered for later starts.</source>
        <translation>Sprache der Oberfläche (en, de); wird für spätere Starts gemerkt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Look (system, light, dark); remembered for later starts.</source>
        <translation>Aussehen (system, light, dark); wird für spätere Starts gemerkt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Portrait images and driving videos.</source>
        <translation>Porträtbilder und Steuervideos.</translation>
    </message>
</context>
<context>
    <name>marionette::ui</name>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="39"/>
        <source>Portrait images (%1)</source>
        <translation>Porträtbilder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="40"/>
        <source>Driving videos (%1)</source>
        <translation>Steuervideos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="41"/>
        <source>Marionette projects (*.marionette)</source>
        <translation>Marionette-Projekte (*.marionette)</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="26"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="24"/>
        <source>No face model folder was given.</source>
        <translation>Es wurde kein Ordner mit Gesichtsmodellen angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="27"/>
        <source>&apos;%1&apos; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="29"/>
        <source>&apos;%1&apos; holds no face models (install them with packaging/install-models.sh).</source>
        <translation>„%1“ enthält keine Gesichtsmodelle (installieren mit packaging/install-models.sh).</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="36"/>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="38"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="40"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
</context>
<context>
    <name>marionette::ui::AudioSync</name>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="28"/>
        <source>Sound is off.</source>
        <translation>Der Ton ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="30"/>
        <source>No audio device: playback is silent.</source>
        <translation>Kein Audiogerät: die Wiedergabe ist stumm.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="36"/>
        <source>The driver&apos;s sound cannot play: %1</source>
        <translation>Der Ton des Steuervideos kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::CurveEditor</name>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="58"/>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="60"/>
        <source>driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="61"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="62"/>
        <source>keyframes</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="108"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━&lt;/span&gt;&amp;nbsp;result &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;━&lt;/span&gt;&amp;nbsp;driver &amp;nbsp; &lt;span style=&apos;color:#e6961e&apos;&gt;◆&lt;/span&gt;&amp;nbsp;keys</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;━&lt;/span&gt;&amp;nbsp;Ergebnis &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;━&lt;/span&gt;&amp;nbsp;Steuervideo &amp;nbsp; &lt;span style=&apos;color:#e6961e&apos;&gt;◆&lt;/span&gt;&amp;nbsp;Keys</translation>
    </message>
</context>
<context>
    <name>marionette::ui::DialogUserPrompts</name>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="19"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="19"/>
        <source>Save the changes to &apos;%1&apos; first?</source>
        <translation>Die Änderungen an „%1“ zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="27"/>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="28"/>
        <source>Marionette was closed without saving &apos;%1&apos;. Recover the changes from the autosave?</source>
        <translation>Marionette wurde beendet, ohne „%1“ zu speichern. Die Änderungen aus der automatischen Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="35"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="39"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="45"/>
        <source>Relink Driving Video</source>
        <translation>Steuervideo neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="45"/>
        <source>Relink Portrait</source>
        <translation>Porträt neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="51"/>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="52"/>
        <source>&apos;%1&apos; already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Editor</name>
    <message>
        <location filename="../ui/window/editor.cpp" line="113"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="114"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="126"/>
        <source>Open &amp;Example Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="131"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="133"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="137"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="142"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="171"/>
        <source>Example: nod, blink, smile, talk</source>
        <translation>Beispiel: nicken, blinzeln, lächeln, sprechen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="179"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="180"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="181"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="231"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="253"/>
        <source>Play a Video File as the Camera</source>
        <translation>Videodatei als Kamera abspielen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="254"/>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm)</source>
        <translation>Videos (*.mp4 *.mov *.mkv *.avi *.webm)</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="261"/>
        <location filename="../ui/window/editor.cpp" line="272"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="264"/>
        <location filename="../ui/window/editor.cpp" line="273"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="272"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="273"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="279"/>
        <source>&amp;Copy Keyframes</source>
        <translation>Keyframes &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="280"/>
        <source>&amp;Paste Keyframes</source>
        <translation>Keyframes &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="281"/>
        <source>&amp;Delete Keyframes</source>
        <translation>Keyframes &amp;löschen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="38"/>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="39"/>
        <source>Matroska (FFV1, lossless)</source>
        <translation>Matroska (FFV1, verlustfrei)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="40"/>
        <source>QuickTime (ProRes)</source>
        <translation>QuickTime (ProRes)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="41"/>
        <source>PNG sequence (folder)</source>
        <translation>PNG-Folge (Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="63"/>
        <location filename="../ui/export/export_dialog.cpp" line="108"/>
        <location filename="../ui/export/export_dialog.cpp" line="223"/>
        <location filename="../ui/export/export_dialog.cpp" line="234"/>
        <location filename="../ui/export/export_dialog.cpp" line="240"/>
        <location filename="../ui/export/export_dialog.cpp" line="285"/>
        <location filename="../ui/export/export_dialog.cpp" line="291"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="69"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="74"/>
        <source>Portrait size</source>
        <translation>Porträtgröße</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="75"/>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="76"/>
        <source>Crop to the face</source>
        <translation>Auf das Gesicht zuschneiden</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="77"/>
        <source>Side by side (portrait | driver | result)</source>
        <translation>Nebeneinander (Porträt | Steuervideo | Ergebnis)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="98"/>
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="266"/>
        <source>Tracking the driving video: frame %1 of %2</source>
        <translation>Das Steuervideo wird verfolgt: Bild %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="267"/>
        <source>Tracking the driving video: frame %1</source>
        <translation>Das Steuervideo wird verfolgt: Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="81"/>
        <source>Whole clip</source>
        <translation>Ganzer Clip</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="82"/>
        <source>In to out</source>
        <translation>Von In bis Out</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="83"/>
        <source>Include the driving video&apos;s sound</source>
        <translation>Ton des Steuervideos übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="94"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="95"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="96"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="99"/>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="100"/>
        <source>Audio:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="101"/>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="112"/>
        <source>Open Result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="114"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="131"/>
        <location filename="../ui/export/export_dialog.cpp" line="140"/>
        <source>CRF %1</source>
        <translation>CRF %1</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="159"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="189"/>
        <source>In to out (frames %1–%2)</source>
        <translation>Von In bis Out (Bilder %1–%2)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="212"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="212"/>
        <source>Video (*.%1)</source>
        <translation>Video (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="213"/>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="223"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="234"/>
        <source>&apos;%1&apos; names a video file, but a PNG sequence is a folder of frames: choose a folder name.</source>
        <translation>„%1“ ist der Name einer Videodatei, eine PNG-Folge ist aber ein Ordner mit Bildern: wählen Sie einen Ordnernamen.</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="240"/>
        <source>&apos;%1&apos; does not fit %2, whose files end in .%3.</source>
        <translation>„%1“ passt nicht zu %2, dessen Dateien auf .%3 enden.</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="275"/>
        <source>Frame %1 of %2 · %3 remaining</source>
        <translation>Bild %1 von %2 · noch %3</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="284"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="288"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="290"/>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="291"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportRunner</name>
    <message>
        <location filename="../ui/export/export_runner.cpp" line="16"/>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="47"/>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="82"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="87"/>
        <source>Which face of the portrait is animated (1 = the largest)</source>
        <translation>Welches Gesicht des Porträts animiert wird (1 = das größte)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="92"/>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="97"/>
        <source>How much the driver&apos;s landmarks are smoothed while tracking; changing it tracks the driver again</source>
        <translation>Wie stark die Landmarken des Steuervideos beim Tracking geglättet werden; eine Änderung trackt das Video neu</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="99"/>
        <source>Tracking smoothing</source>
        <translation>Tracking-Glättung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="112"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="112"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="121"/>
        <source>Keyed at the playhead</source>
        <translation>Key am Abspielkopf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="131"/>
        <source>Type a value; the slider drags (Shift: finer). Range %1</source>
        <translation>Wert eintippen; der Regler zieht (Umschalt: feiner). Bereich %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="155"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="157"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="172"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="182"/>
        <source>Insert as Keyframes</source>
        <translation>Als Keyframes einfügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="183"/>
        <source>Keys the checked presets over the whole clip; they play where a track is Keyframed</source>
        <translation>Setzt die gewählten Vorlagen als Keys über den ganzen Clip; sie wirken, wo eine Spur auf „Keyframes“ steht</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="244"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="254"/>
        <source>Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.</source>
        <translation>Keys wirken, wo eine Spur auf „Keyframes“ oder „Steuervideo + Versatz“ steht; den Modus in der Zeitleiste setzen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="256"/>
        <source>⚠ %1 beyond what the renderer draws as asked (the marked band): turns are drawn smaller there so the face does not fold; other moves may smear.</source>
        <translation>⚠ %1 außerhalb dessen, was der Renderer wie verlangt zeichnet (das markierte Band): Drehungen werden dort kleiner gezeichnet, damit sich das Gesicht nicht faltet; andere Bewegungen können verschmieren.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::LiveController</name>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="24"/>
        <source>pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="24"/>
        <source>expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="50"/>
        <source>Open a portrait first: live mode animates the project&apos;s portrait.</source>
        <translation>Öffnen Sie zuerst ein Porträt: der Live-Modus animiert das Porträt des Projekts.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="55"/>
        <source>The face model is still loading; try again in a moment.</source>
        <translation>Das Gesichtsmodell wird noch geladen; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="59"/>
        <source>The face model could not be loaded: %1</source>
        <translation>Das Gesichtsmodell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="110"/>
        <source>Live: following %1</source>
        <translation>Live: folgt %1</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="127"/>
        <source>%1. The take so far is kept; press Stop to put it in the timeline.</source>
        <translation>%1. Die Aufnahme bis hierher bleibt erhalten; „Aufnahme beenden“ legt sie in die Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="145"/>
        <source>Save the project first: a take&apos;s video is recorded into the project&apos;s folder.</source>
        <translation>Speichern Sie zuerst das Projekt: das Video einer Aufnahme wird im Ordner des Projekts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="160"/>
        <source>Start the camera first.</source>
        <translation>Starten Sie zuerst die Kamera.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="165"/>
        <source>The camera has stopped; start it again to record.</source>
        <translation>Die Kamera ist stehen geblieben; starten Sie sie neu, um aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="171"/>
        <source>Select a range on the Pose, Expression or a region row of the timeline to punch in.</source>
        <translation>Wählen Sie in der Zeitleiste einen Bereich auf der Zeile Kopfhaltung, Mimik oder einer Gesichtsregion, um einzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="240"/>
        <source>%1, %2–%3 s</source>
        <translation>%1, %2–%3 s</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="242"/>
        <source>driver, %1 s</source>
        <translation>Steuervideo, %1 s</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="254"/>
        <source>%1&apos;s picture was not saved, so it cannot become the driving video.</source>
        <translation>Das Bild von %1 wurde nicht gespeichert; es kann nicht zum Steuervideo werden.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="271"/>
        <source>%1 is in the timeline (%2)</source>
        <translation>%1 ist in der Zeitleiste (%2)</translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="306"/>
        <source>driver, recorded earlier</source>
        <translation>Steuervideo, früher aufgenommen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::LivePanel</name>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="36"/>
        <location filename="../ui/live/live_panel.cpp" line="218"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="38"/>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="44"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="45"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="46"/>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="47"/>
        <source>Brows</source>
        <translation>Brauen</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="48"/>
        <source>Mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="49"/>
        <source>Set Neutral</source>
        <translation>Neutral setzen</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="50"/>
        <source>Take the next second of the performer&apos;s face as the calm face motion is measured from</source>
        <translation>Die nächste Sekunde des Gesichts als ruhiges Gesicht nehmen, von dem aus Bewegung gemessen wird</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="54"/>
        <source>Follows the performer while checked; unchecked, it stays on the portrait&apos;s own</source>
        <translation>Folgt der Darstellerin oder dem Darsteller, solange angehakt; sonst bleibt der eigene Wert des Porträts</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="66"/>
        <location filename="../ui/live/live_panel.cpp" line="225"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="67"/>
        <location filename="../ui/live/live_panel.cpp" line="226"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="80"/>
        <source>New driving video</source>
        <translation>Neues Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="81"/>
        <source>Punch in over the selected range</source>
        <translation>Über den gewählten Bereich einfügen</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="84"/>
        <source> s count-in</source>
        <translation> s Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="85"/>
        <location filename="../ui/live/live_panel.cpp" line="221"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="98"/>
        <source>Double-click a take to put it in the timeline again</source>
        <translation>Doppelklick legt eine Aufnahme wieder in die Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="137"/>
        <source>Recording in %1…</source>
        <translation>Aufnahme in %1…</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="146"/>
        <source>Video file as camera…</source>
        <translation>Videodatei als Kamera…</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="168"/>
        <source>No camera is connected. Choose &quot;Video file as camera…&quot; to perform from a clip.</source>
        <translation>Keine Kamera angeschlossen. Mit „Videodatei als Kamera…“ kann ein Clip vorspielen.</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="206"/>
        <source>%1 frames, %2 dropped, latency %3 ms</source>
        <translation>%1 Bilder, %2 ausgelassen, Latenz %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="210"/>
        <source>No face in the camera picture. </source>
        <translation>Kein Gesicht im Kamerabild. </translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="211"/>
        <source>● Recording %1 s — </source>
        <translation>● Aufnahme %1 s — </translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="218"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="221"/>
        <source>Stop Take</source>
        <translation>Aufnahme beenden</translation>
    </message>
</context>
<context>
    <name>marionette::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="37"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="58"/>
        <source>⚠ Preview unavailable</source>
        <translation>⚠ Vorschau nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="71"/>
        <source>Tracking %p%</source>
        <translation>Verfolgung %p%</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="108"/>
        <source>Open &amp;Portrait…</source>
        <translation>&amp;Porträt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="109"/>
        <source>Open Portrait</source>
        <translation>Porträt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="113"/>
        <source>Open &amp;Driving Video…</source>
        <translation>&amp;Steuervideo öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="114"/>
        <source>Open Driving Video</source>
        <translation>Steuervideo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="119"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="123"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="124"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Porträt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="125"/>
        <source>&amp;Driver</source>
        <translation>&amp;Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="126"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="138"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation>Landmarken- und &amp;Posen-Overlay</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="143"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="144"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="145"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="146"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="152"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="156"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="157"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="158"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="159"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="168"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="171"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="184"/>
        <source>Drop a portrait image and a driving video here, or:</source>
        <translation>Porträtbild und Steuervideo hier ablegen, oder:</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="195"/>
        <source>Loading face models…</source>
        <translation>Gesichtsmodelle werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="209"/>
        <source>Face models ready</source>
        <translation>Gesichtsmodelle bereit</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="212"/>
        <source>Face models missing (see Preferences)</source>
        <translation>Gesichtsmodelle fehlen (siehe Einstellungen)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="230"/>
        <source>%1 × %2 · %3 ms%4</source>
        <translation>%1 × %2 · %3 ms%4</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="234"/>
        <source> (cached)</source>
        <translation> (zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="255"/>
        <source>%1[*] — Marionette</source>
        <translation>%1[*] — Marionette</translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaProblemsBar</name>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="44"/>
        <source>Media missing: the driving video &apos;%1&apos; is not there. Relink it to see its frames and hear its sound; its tracked motion still plays.</source>
        <translation>Medien fehlen: das Steuervideo „%1“ ist nicht da. Verknüpfen Sie es neu, um seine Bilder zu sehen und seinen Ton zu hören; seine verfolgte Bewegung spielt weiter.</translation>
    </message>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="46"/>
        <source>Media missing: the portrait &apos;%1&apos; is not there. Relink it to see the preview.</source>
        <translation>Medien fehlen: das Porträt „%1“ ist nicht da. Verknüpfen Sie es neu, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="50"/>
        <source>Relink…</source>
        <translation>Neu verknüpfen…</translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="36"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="37"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="38"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="40"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="95"/>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="58"/>
        <source>Face Model Folder</source>
        <translation>Ordner der Gesichtsmodelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="72"/>
        <source>Face models:</source>
        <translation>Gesichtsmodelle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="76"/>
        <source>Live camera:</source>
        <translation>Live-Kamera:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="77"/>
        <source>Count-in before a take:</source>
        <translation>Vorlauf vor einer Aufnahme:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="130"/>
        <source>The current models stay in use.</source>
        <translation>Die bisherigen Modelle bleiben in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Render device:</source>
        <translation>Rendergerät:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="30"/>
        <source>No camera connected</source>
        <translation>Keine Kamera angeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/preferences_dialog.cpp" line="34"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="105"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Preview resolution:</source>
        <translation>Vorschauauflösung:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="74"/>
        <source>Theme:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="75"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="78"/>
        <source>A new language applies when Marionette starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Marionette.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewController</name>
    <message>
        <location filename="../ui/preview/preview_controller.cpp" line="23"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewScheduler</name>
    <message>
        <location filename="../ui/preview/preview_scheduler.cpp" line="170"/>
        <source>The renderer could not start: %1</source>
        <translation>Der Renderer konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectMedia</name>
    <message>
        <location filename="../ui/document/project_media.cpp" line="111"/>
        <source>Unsupported file</source>
        <translation>Nicht unterstützte Datei</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="112"/>
        <source>&apos;%1&apos; is neither a portrait image, a driving video nor a Marionette project. Drop a JPEG/PNG/WebP portrait, an MP4/MOV/MKV/WebM video or a .marionette file.</source>
        <translation>„%1“ ist weder ein Porträtbild noch ein Steuervideo noch ein Marionette-Projekt. Legen Sie ein JPEG/PNG/WebP-Porträt, ein MP4/MOV/MKV/WebM-Video oder eine .marionette-Datei ab.</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="122"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="125"/>
        <source>Could not open &apos;%1&apos;:
%2

The project is unchanged.</source>
        <translation>„%1“ konnte nicht geöffnet werden:
%2

Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="126"/>
        <source>Could not use &apos;%1&apos;:
%2</source>
        <translation>„%1“ kann nicht verwendet werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="133"/>
        <location filename="../ui/document/project_media.cpp" line="209"/>
        <source>Finding the face in %1…</source>
        <translation>Suche das Gesicht in %1 …</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="151"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="157"/>
        <source>Portrait: %1</source>
        <translation>Porträt: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="159"/>
        <source> (%1 faces; animating face %2 — choose another in the inspector)</source>
        <translation> (%1 Gesichter; animiert wird Gesicht %2 – ein anderes im Inspektor wählen)</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="219"/>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="248"/>
        <location filename="../ui/document/project_media.cpp" line="256"/>
        <source>Driving video</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="259"/>
        <source>Driving video: %1, %2 frames</source>
        <translation>Steuervideo: %1, %2 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="298"/>
        <source>Tracking %1…</source>
        <translation>Tracke %1 …</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectSession</name>
    <message>
        <location filename="../ui/document/project_session.cpp" line="39"/>
        <location filename="../ui/document/project_session.cpp" line="114"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="69"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="88"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="88"/>
        <source>Could not open &apos;%1&apos;:
%2

The open project is unchanged.</source>
        <translation>„%1“ konnte nicht geöffnet werden:
%2

Das geöffnete Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="99"/>
        <location filename="../ui/document/project_session.cpp" line="120"/>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="100"/>
        <source>The autosave of &apos;%1&apos; cannot be read (%2); the saved project opens instead.</source>
        <translation>Die automatische Sicherung von „%1“ ist nicht lesbar (%2); stattdessen wird das gespeicherte Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="106"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="120"/>
        <source>The autosave cannot be read: %1</source>
        <translation>Die automatische Sicherung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="140"/>
        <source>Media changed</source>
        <translation>Medien geändert</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="160"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="160"/>
        <source>Could not save &apos;%1&apos;:
%2

Nothing was overwritten.</source>
        <translation>„%1“ konnte nicht gespeichert werden:
%2

Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="170"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="178"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="196"/>
        <source>Relink</source>
        <translation>Neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="196"/>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>„%1“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>marionette::ui::SettingsController</name>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="56"/>
        <source>The new language applies when Marionette starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Marionette.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="60"/>
        <location filename="../ui/settings/settings_controller.cpp" line="86"/>
        <source>Face models</source>
        <translation>Gesichtsmodelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="61"/>
        <source>%1
The face models stay those in &apos;%2&apos;.</source>
        <translation>%1
Es bleiben die Gesichtsmodelle aus „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="66"/>
        <source>Loading the face models from %1…</source>
        <translation>Gesichtsmodelle werden aus %1 geladen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="86"/>
        <source>&apos;%1&apos; holds no usable face models: %2
The face models stay those in &apos;%3&apos;.</source>
        <translation>„%1“ enthält keine brauchbaren Gesichtsmodelle: %2
Es bleiben die Gesichtsmodelle aus „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="92"/>
        <source>Face models loaded from %1</source>
        <translation>Gesichtsmodelle aus %1 geladen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="75"/>
        <source>Timecode</source>
        <translation>Timecode</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="77"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="79"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="91"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="91"/>
        <source>Step back (Left)</source>
        <translation>Ein Bild zurück (Links)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="92"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="92"/>
        <source>Play / pause (Space, J/K/L)</source>
        <translation>Abspielen / Pause (Leertaste, J/K/L)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="93"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="93"/>
        <source>Step forward (Right)</source>
        <translation>Ein Bild vor (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="95"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="95"/>
        <source>Loop over in/out</source>
        <translation>Schleife über In/Out</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="102"/>
        <source>The playhead&apos;s time; click to show timecode, frames or seconds</source>
        <translation>Zeit des Abspielkopfs; klicken für Timecode, Bilder oder Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="126"/>
        <source>Set the selected range to %1</source>
        <translation>Den gewählten Bereich auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="159"/>
        <source>frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="160"/>
        <source>%1 (frame %2)</source>
        <translation>%1 (Bild %2)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="166"/>
        <source>Frames %1–%2 selected:</source>
        <translation>Bilder %1–%2 gewählt:</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="167"/>
        <source>Drag on a row to select a range, then:</source>
        <translation>Auf einer Zeile ziehen, um einen Bereich zu wählen, dann:</translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="52"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="54"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="56"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="58"/>
        <source>  Eyes</source>
        <translation>  Augen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="60"/>
        <source>  Brows</source>
        <translation>  Brauen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="62"/>
        <source>  Mouth</source>
        <translation>  Mund</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="107"/>
        <source>Driving</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="109"/>
        <source>Source</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="111"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="113"/>
        <source>Keyframed</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="115"/>
        <source>Driving + offset</source>
        <translation>Steuervideo + Versatz</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="353"/>
        <source>follows Expression</source>
        <translation>folgt der Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="486"/>
        <source>Set to %1</source>
        <translation>Auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="491"/>
        <source>Follow Expression</source>
        <translation>Der Mimik folgen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/preview/viewport.cpp" line="40"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation>Porträtbild und Steuervideo hierher ziehen</translation>
    </message>
</context>
</TS>
