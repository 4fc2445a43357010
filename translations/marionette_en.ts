<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Channels</name>
    <message>
        <location filename="../ui/channel_names.cpp" line="13"/>
        <source>Yaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="14"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="15"/>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="16"/>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="17"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="18"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="19"/>
        <source>Jaw open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="20"/>
        <source>Jaw shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="21"/>
        <source>Mouth wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="22"/>
        <source>Mouth shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="23"/>
        <source>Smile left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="24"/>
        <source>Smile right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="25"/>
        <source>Pout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="26"/>
        <source>Upper lip raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="27"/>
        <source>Brow raise left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="28"/>
        <source>Brow raise right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="29"/>
        <source>Brow furrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="30"/>
        <source>Blink left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="31"/>
        <source>Blink right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="32"/>
        <source>Eyes wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channel_names.cpp" line="33"/>
        <source>face units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Animate a portrait with a driving video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Open a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Interface language (en, de); remembered for later starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Portrait images and driving videos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui</name>
    <message>
        <location filename="../ui/media_kind.cpp" line="39"/>
        <source>Portrait images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="40"/>
        <source>Driving videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_kind.cpp" line="41"/>
        <source>Marionette projects (*.marionette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="26"/>
        <source>No landmark model file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="28"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="29"/>
        <source>&apos;%1&apos; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="30"/>
        <source>&apos;%1&apos; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="32"/>
        <source>&apos;%1&apos; is too small to be a 68-point landmark model (the dlib model is about 100 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="39"/>
        <source>Automatic (CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="41"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_settings.cpp" line="43"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::AudioSync</name>
    <message>
        <location filename="../ui/audio_sync.cpp" line="24"/>
        <source>Sound is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio_sync.cpp" line="26"/>
        <source>No audio device: playback is silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audio_sync.cpp" line="32"/>
        <source>The driver&apos;s sound cannot play: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::CurveEditor</name>
    <message>
        <location filename="../ui/curve_editor.cpp" line="43"/>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="45"/>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="47"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curve_editor.cpp" line="49"/>
        <source>keyframes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::DialogUserPrompts</name>
    <message>
        <location filename="../ui/user_prompts.cpp" line="19"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="19"/>
        <source>Save the changes to &apos;%1&apos; first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="27"/>
        <source>Recover Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="28"/>
        <source>Marionette was closed without saving &apos;%1&apos;. Recover the changes from the autosave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="35"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="39"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="45"/>
        <source>Relink Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/user_prompts.cpp" line="45"/>
        <source>Relink Portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Editor</name>
    <message>
        <location filename="../ui/editor.cpp" line="114"/>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="115"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="116"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="127"/>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="128"/>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="131"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="135"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="160"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="161"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="162"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="175"/>
        <location filename="../ui/editor.cpp" line="185"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="178"/>
        <location filename="../ui/editor.cpp" line="186"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="185"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="186"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="192"/>
        <source>&amp;Copy Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="193"/>
        <source>&amp;Paste Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor.cpp" line="194"/>
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
        <location filename="../ui/editor_controller.cpp" line="81"/>
        <source>Finding the face in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="88"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="122"/>
        <source>Portrait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="123"/>
        <source> (%1 faces found; animating the largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="138"/>
        <location filename="../ui/editor_controller.cpp" line="155"/>
        <source>Driving video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="139"/>
        <source>Driving video: %1, %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="154"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="155"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor_controller.cpp" line="156"/>
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
        <source>Side by side (portrait | driver | result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="88"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="198"/>
        <source>Tracking the driving video: frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="199"/>
        <source>Tracking the driving video: frame %1</source>
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
        <location filename="../ui/inspector.cpp" line="54"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="54"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="82"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="84"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="98"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="107"/>
        <source>Insert as Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="176"/>
        <source>Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="26"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="45"/>
        <source>Tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>Tracking %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Open &amp;Portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Open Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Open &amp;Driving Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="83"/>
        <source>Open Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="93"/>
        <source>&amp;Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>&amp;Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="112"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="113"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Loading landmark model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>Landmark model ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>Landmark model missing (see Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>%1 × %2 · %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180"/>
        <source> (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>%1[*] — Marionette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaLoader</name>
    <message>
        <location filename="../ui/media_loader.cpp" line="148"/>
        <source>No face in %1 of %2 driving frames; the motion there is interpolated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaProblemsBar</name>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="44"/>
        <source>Media missing: the driving video &apos;%1&apos; is not there. Relink it to see its frames and hear its sound; its tracked motion still plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="46"/>
        <source>Media missing: the portrait &apos;%1&apos; is not there. Relink it to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/media_problems_bar.cpp" line="50"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="27"/>
        <location filename="../ui/preferences_dialog.cpp" line="73"/>
        <source>%1 × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="41"/>
        <source>Landmark Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="41"/>
        <source>dlib models (*.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="51"/>
        <source>Render device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="52"/>
        <source>Preview resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="53"/>
        <source>Landmark model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="55"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="56"/>
        <source>A new language applies when Marionette starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="97"/>
        <source>The current model stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewScheduler</name>
    <message>
        <location filename="../ui/preview_scheduler.cpp" line="175"/>
        <source>The renderer could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectSession</name>
    <message>
        <location filename="../ui/project_session.cpp" line="41"/>
        <location filename="../ui/project_session.cpp" line="116"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="71"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="90"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="90"/>
        <source>Could not open &apos;%1&apos;:
%2

The open project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="101"/>
        <location filename="../ui/project_session.cpp" line="122"/>
        <source>Recover Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="102"/>
        <source>The autosave of &apos;%1&apos; cannot be read (%2); the saved project opens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="108"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="122"/>
        <source>The autosave cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="142"/>
        <source>Media changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="177"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="177"/>
        <source>Could not save &apos;%1&apos;:
%2

Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="187"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="195"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="213"/>
        <source>Relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_session.cpp" line="213"/>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::SettingsController</name>
    <message>
        <location filename="../ui/settings_controller.cpp" line="47"/>
        <source>The new language applies when Marionette starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="51"/>
        <location filename="../ui/settings_controller.cpp" line="73"/>
        <source>Landmark model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="52"/>
        <source>%1
The landmark model stays &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="57"/>
        <source>Loading the landmark model %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="74"/>
        <source>&apos;%1&apos; is not a usable landmark model: %2
The landmark model stays &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_controller.cpp" line="80"/>
        <source>Landmark model loaded from %1</source>
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
        <location filename="../ui/timeline_view.cpp" line="52"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="54"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="56"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="58"/>
        <source>  Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="60"/>
        <source>  Brows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="62"/>
        <source>  Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="108"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="110"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="112"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="114"/>
        <source>Keyframed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="116"/>
        <source>Driving + offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="237"/>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="252"/>
        <source>Delete keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="276"/>
        <source>Move keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="366"/>
        <source>follows Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="487"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="492"/>
        <source>Follow Expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/viewport.cpp" line="30"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
