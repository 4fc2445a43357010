<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>marionette::ui::CurveEditor</name>
    <message>
        <location filename="../ui/curve_editor.cpp" line="42"/>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="44"/>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="46"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="48"/>
        <source>keyframes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Editor</name>
    <message>
        <location filename="../ui/editor.cpp" line="65"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="85"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="86"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="87"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="100"/>
        <location filename="../ui/editor.cpp" line="110"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="103"/>
        <location filename="../ui/editor.cpp" line="111"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="110"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="111"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="118"/>
        <source>&amp;Copy Keyframes</source>
        <translation>Keyframes &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="119"/>
        <source>&amp;Paste Keyframes</source>
        <translation>Keyframes &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="120"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="80"/>
        <source>Finding the face in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="87"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="95"/>
        <source>Portrait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="96"/>
        <source> (%1 faces found; animating the largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="109"/>
        <location filename="../ui/editor_controller.cpp" line="124"/>
        <source>Driving video</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="110"/>
        <source>Driving video: %1, %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="123"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="124"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="125"/>
        <source>Could not open &apos;%1&apos;:
%2

The project is unchanged.</source>
        <translation>'%1' konnte nicht geöffnet werden:
%2

Das Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="33"/>
        <source>MP4 (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="34"/>
        <source>Matroska (FFV1, lossless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="35"/>
        <source>QuickTime (ProRes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="36"/>
        <source>PNG sequence (folder)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="65"/>
        <source>Crop to the face</source>
        <translation>Auf das Gesicht zuschneiden</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="131"/>
        <source>In to out (frames %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="154"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="154"/>
        <source>Video (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="155"/>
        <source>Export Into Folder</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="53"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="53"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="81"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="83"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="97"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="106"/>
        <source>Insert as Keyframes</source>
        <translation>Als Keyframes einfügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="175"/>
        <source>Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="26"/>
        <source>Marionette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="40"/>
        <source>Tracking…</source>
        <translation>Verfolgung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Tracking %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>Open &amp;Portrait…</source>
        <translation>&amp;Porträt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Open &amp;Driving Video…</source>
        <translation>&amp;Steuervideo öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Open Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Porträt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>&amp;Driver</source>
        <translation>&amp;Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation>Landmarken- und &amp;Posen-Overlay</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="115"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Loading landmark model…</source>
        <translation>Landmarkenmodell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>Landmark model ready</source>
        <translation>Landmarkenmodell bereit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="157"/>
        <source>Landmark model missing (see Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>%1 × %2 · %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="175"/>
        <source> (cached)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaLoader</name>
    <message>
        <location filename="../ui/media_loader.cpp" line="126"/>
        <source>No face in %1 of %2 driving frames; the motion there is interpolated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewScheduler</name>
    <message>
        <location filename="../ui/preview_scheduler.cpp" line="157"/>
        <source>The renderer could not start: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play / pause (Space, J/K/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop over in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="45"/>
        <source>Set selection to:</source>
        <translation>Auswahl setzen auf:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="49"/>
        <source>Set the selected range of the selected row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="70"/>
        <source>%1  (frame %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="54"/>
        <source>Driver</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="56"/>
        <source>Pose</source>
        <translation>Kopfhaltung</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="58"/>
        <source>Expression</source>
        <translation>Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="60"/>
        <source>  Eyes</source>
        <translation>  Augen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="62"/>
        <source>  Brows</source>
        <translation>  Brauen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="64"/>
        <source>  Mouth</source>
        <translation>  Mund</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="110"/>
        <source>Driving</source>
        <translation>Steuervideo</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="112"/>
        <source>Source</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="114"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="116"/>
        <source>Keyframed</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="118"/>
        <source>Driving + offset</source>
        <translation>Steuervideo + Versatz</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="239"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="254"/>
        <source>Delete keyframes</source>
        <translation>Keyframes löschen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="278"/>
        <source>Move keyframes</source>
        <translation>Keyframes verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="368"/>
        <source>follows Expression</source>
        <translation>folgt der Mimik</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="489"/>
        <source>Set to %1</source>
        <translation>Auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="494"/>
        <source>Follow Expression</source>
        <translation>Der Mimik folgen</translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/viewport.cpp" line="41"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation>Porträtbild und Steuervideo hierher ziehen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="21"/>
        <source>Animate a portrait with a driving video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="24"/>
        <source>Open a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Portrait images and driving videos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui</name>
    <message>
        <location filename="../ui/media_kind.cpp" line="38"/>
        <source>Portrait images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="39"/>
        <source>Driving videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="40"/>
        <source>Marionette projects (*.marionette)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
