<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="85"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="86"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="87"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="100"/>
        <location filename="../ui/editor.cpp" line="110"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="103"/>
        <location filename="../ui/editor.cpp" line="111"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="110"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="111"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="118"/>
        <source>&amp;Copy Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="119"/>
        <source>&amp;Paste Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="120"/>
        <source>&amp;Delete Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::EditorController</name>
    <message>
        <location filename="../ui/editor_controller.cpp" line="30"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="70"/>
        <source>Unsupported file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="125"/>
        <source>Could not open &apos;%1&apos;:
%2

The project is unchanged.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="63"/>
        <source>Portrait size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="64"/>
        <source>%1 × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="65"/>
        <source>Crop to the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="67"/>
        <source>Whole clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="68"/>
        <source>In to out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="69"/>
        <source>Include the driving video&apos;s sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="80"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="81"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="82"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="84"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="85"/>
        <source>Audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="86"/>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="97"/>
        <source>Open Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="99"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="196"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="200"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="202"/>
        <source>Export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="203"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="53"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="81"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="83"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="97"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="106"/>
        <source>Insert as Keyframes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Tracking %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>Open &amp;Portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Open &amp;Driving Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Open Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>&amp;Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="115"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Loading landmark model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>Landmark model ready</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="34"/>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="35"/>
        <source>Play / pause (Space, J/K/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="36"/>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="37"/>
        <source>Loop over in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_panel.cpp" line="45"/>
        <source>Set selection to:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="56"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="58"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="60"/>
        <source>  Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="62"/>
        <source>  Brows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="64"/>
        <source>  Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="110"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="112"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="114"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="116"/>
        <source>Keyframed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="118"/>
        <source>Driving + offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="239"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="254"/>
        <source>Delete keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="278"/>
        <source>Move keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="368"/>
        <source>follows Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="489"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="494"/>
        <source>Follow Expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/viewport.cpp" line="41"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation type="unfinished"></translation>
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
