<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Channels</name>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="13"/>
        <source>Yaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="14"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="15"/>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="16"/>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="17"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="18"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="19"/>
        <source>Jaw open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="20"/>
        <source>Jaw shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="21"/>
        <source>Mouth wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="22"/>
        <source>Mouth shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="23"/>
        <source>Smile left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="24"/>
        <source>Smile right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="25"/>
        <source>Pout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="26"/>
        <source>Upper lip raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="27"/>
        <source>Brow raise left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="28"/>
        <source>Brow raise right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="29"/>
        <source>Brow furrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="30"/>
        <source>Blink left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="31"/>
        <source>Blink right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="32"/>
        <source>Eyes wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="33"/>
        <source>Gaze horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="34"/>
        <source>Gaze vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="35"/>
        <source>Lip funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/channel_names.cpp" line="36"/>
        <source>face units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Animate a portrait with a driving video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Open a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Interface language (en, de); remembered for later starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Look (system, light, dark); remembered for later starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Portrait images and driving videos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui</name>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="39"/>
        <source>Portrait images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="40"/>
        <source>Driving videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/media_kind.cpp" line="41"/>
        <source>Marionette projects (*.marionette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="26"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="24"/>
        <source>No face model folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="27"/>
        <source>&apos;%1&apos; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="29"/>
        <source>&apos;%1&apos; holds no face models (install them with packaging/install-models.sh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="36"/>
        <source>Automatic (CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="38"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/editor_settings.cpp" line="40"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::AudioSync</name>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="28"/>
        <source>Sound is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="30"/>
        <source>No audio device: playback is silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/audio_sync.cpp" line="36"/>
        <source>The driver&apos;s sound cannot play: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::CurveEditor</name>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="58"/>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="60"/>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="61"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="62"/>
        <source>keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curves/curve_editor.cpp" line="108"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━&lt;/span&gt;&amp;nbsp;result &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;━&lt;/span&gt;&amp;nbsp;driver &amp;nbsp; &lt;span style=&apos;color:#e6961e&apos;&gt;◆&lt;/span&gt;&amp;nbsp;keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::DialogUserPrompts</name>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="19"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="19"/>
        <source>Save the changes to &apos;%1&apos; first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="27"/>
        <source>Recover Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="28"/>
        <source>Marionette was closed without saving &apos;%1&apos;. Recover the changes from the autosave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="35"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="39"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="45"/>
        <source>Relink Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="45"/>
        <source>Relink Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="51"/>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/user_prompts.cpp" line="52"/>
        <source>&apos;%1&apos; already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Editor</name>
    <message>
        <location filename="../ui/window/editor.cpp" line="113"/>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="114"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="126"/>
        <source>Open &amp;Example Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="131"/>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="133"/>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="137"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="142"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="171"/>
        <source>Example: nod, blink, smile, talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="179"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="180"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="181"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="231"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="253"/>
        <source>Play a Video File as the Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="254"/>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="261"/>
        <location filename="../ui/window/editor.cpp" line="272"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="264"/>
        <location filename="../ui/window/editor.cpp" line="273"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="272"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="273"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="279"/>
        <source>&amp;Copy Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="280"/>
        <source>&amp;Paste Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/editor.cpp" line="281"/>
        <source>&amp;Delete Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="38"/>
        <source>MP4 (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="39"/>
        <source>Matroska (FFV1, lossless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="40"/>
        <source>QuickTime (ProRes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="41"/>
        <source>PNG sequence (folder)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="69"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="74"/>
        <source>Portrait size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="75"/>
        <source>%1 × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="76"/>
        <source>Crop to the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="77"/>
        <source>Side by side (portrait | driver | result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="98"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="266"/>
        <source>Tracking the driving video: frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="267"/>
        <source>Tracking the driving video: frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="81"/>
        <source>Whole clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="82"/>
        <source>In to out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="83"/>
        <source>Include the driving video&apos;s sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="94"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="95"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="96"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="99"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="100"/>
        <source>Audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="101"/>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="112"/>
        <source>Open Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="114"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="131"/>
        <location filename="../ui/export/export_dialog.cpp" line="140"/>
        <source>CRF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="159"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="189"/>
        <source>In to out (frames %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="212"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="212"/>
        <source>Video (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="213"/>
        <source>Export Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="223"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="234"/>
        <source>&apos;%1&apos; names a video file, but a PNG sequence is a folder of frames: choose a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="240"/>
        <source>&apos;%1&apos; does not fit %2, whose files end in .%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="275"/>
        <source>Frame %1 of %2 · %3 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="284"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="288"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="290"/>
        <source>Export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/export_dialog.cpp" line="291"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::ExportRunner</name>
    <message>
        <location filename="../ui/export/export_runner.cpp" line="16"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="47"/>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="82"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="87"/>
        <source>Which face of the portrait is animated (1 = the largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="92"/>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="97"/>
        <source>How much the driver&apos;s landmarks are smoothed while tracking; changing it tracks the driver again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="99"/>
        <source>Tracking smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="112"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="112"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="121"/>
        <source>Keyed at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="131"/>
        <source>Type a value; the slider drags (Shift: finer). Range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="155"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="157"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="172"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="182"/>
        <source>Insert as Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="183"/>
        <source>Keys the checked presets over the whole clip; they play where a track is Keyframed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="244"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="254"/>
        <source>Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector.cpp" line="256"/>
        <source>⚠ %1 beyond what the renderer draws as asked (the marked band): turns are drawn smaller there so the face does not fold; other moves may smear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::LiveController</name>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="24"/>
        <source>pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="24"/>
        <source>expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="50"/>
        <source>Open a portrait first: live mode animates the project&apos;s portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="55"/>
        <source>The face model is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="59"/>
        <source>The face model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="110"/>
        <source>Live: following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="127"/>
        <source>%1. The take so far is kept; press Stop to put it in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="145"/>
        <source>Save the project first: a take&apos;s video is recorded into the project&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="160"/>
        <source>Start the camera first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="165"/>
        <source>The camera has stopped; start it again to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="171"/>
        <source>Select a range on the Pose, Expression or a region row of the timeline to punch in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="240"/>
        <source>%1, %2–%3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="242"/>
        <source>driver, %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="254"/>
        <source>%1&apos;s picture was not saved, so it cannot become the driving video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="271"/>
        <source>%1 is in the timeline (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_controller.cpp" line="306"/>
        <source>driver, recorded earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::LivePanel</name>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="36"/>
        <location filename="../ui/live/live_panel.cpp" line="218"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="38"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="44"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="45"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="46"/>
        <source>Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="47"/>
        <source>Brows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="48"/>
        <source>Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="49"/>
        <source>Set Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="50"/>
        <source>Take the next second of the performer&apos;s face as the calm face motion is measured from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="54"/>
        <source>Follows the performer while checked; unchecked, it stays on the portrait&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="66"/>
        <location filename="../ui/live/live_panel.cpp" line="225"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="67"/>
        <location filename="../ui/live/live_panel.cpp" line="226"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="80"/>
        <source>New driving video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="81"/>
        <source>Punch in over the selected range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="84"/>
        <source> s count-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="85"/>
        <location filename="../ui/live/live_panel.cpp" line="221"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="98"/>
        <source>Double-click a take to put it in the timeline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="137"/>
        <source>Recording in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="146"/>
        <source>Video file as camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="168"/>
        <source>No camera is connected. Choose &quot;Video file as camera…&quot; to perform from a clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="206"/>
        <source>%1 frames, %2 dropped, latency %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="210"/>
        <source>No face in the camera picture. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="211"/>
        <source>● Recording %1 s — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="218"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/live/live_panel.cpp" line="221"/>
        <source>Stop Take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="37"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="58"/>
        <source>⚠ Preview unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="71"/>
        <source>Tracking %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="108"/>
        <source>Open &amp;Portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="109"/>
        <source>Open Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="113"/>
        <source>Open &amp;Driving Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="114"/>
        <source>Open Driving Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="119"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="120"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="123"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="124"/>
        <source>&amp;Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="125"/>
        <source>&amp;Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="126"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="138"/>
        <source>Landmark &amp;&amp; Pose &amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="143"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="144"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="145"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="146"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="152"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="156"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="157"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="158"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="159"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="168"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="171"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="184"/>
        <source>Drop a portrait image and a driving video here, or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="195"/>
        <source>Loading face models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="209"/>
        <source>Face models ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="212"/>
        <source>Face models missing (see Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="230"/>
        <source>%1 × %2 · %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="234"/>
        <source> (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="255"/>
        <source>%1[*] — Marionette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::MediaProblemsBar</name>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="44"/>
        <source>Media missing: the driving video &apos;%1&apos; is not there. Relink it to see its frames and hear its sound; its tracked motion still plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="46"/>
        <source>Media missing: the portrait &apos;%1&apos; is not there. Relink it to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/media_problems_bar.cpp" line="50"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="36"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="37"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="38"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="40"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="44"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="95"/>
        <source>%1 × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="58"/>
        <source>Face Model Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="72"/>
        <source>Face models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="76"/>
        <source>Live camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="77"/>
        <source>Count-in before a take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="130"/>
        <source>The current models stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="70"/>
        <source>Render device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="30"/>
        <source>No camera connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/preferences_dialog.cpp" line="34"/>
        <location filename="../ui/settings/preferences_dialog.cpp" line="105"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="71"/>
        <source>Preview resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="74"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="75"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="78"/>
        <source>A new language applies when Marionette starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewController</name>
    <message>
        <location filename="../ui/preview/preview_controller.cpp" line="23"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::PreviewScheduler</name>
    <message>
        <location filename="../ui/preview/preview_scheduler.cpp" line="170"/>
        <source>The renderer could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectMedia</name>
    <message>
        <location filename="../ui/document/project_media.cpp" line="111"/>
        <source>Unsupported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="112"/>
        <source>&apos;%1&apos; is neither a portrait image, a driving video nor a Marionette project. Drop a JPEG/PNG/WebP portrait, an MP4/MOV/MKV/WebM video or a .marionette file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="122"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="125"/>
        <source>Could not open &apos;%1&apos;:
%2

The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="126"/>
        <source>Could not use &apos;%1&apos;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="133"/>
        <location filename="../ui/document/project_media.cpp" line="209"/>
        <source>Finding the face in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="151"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="157"/>
        <source>Portrait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="159"/>
        <source> (%1 faces; animating face %2 — choose another in the inspector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="219"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="248"/>
        <location filename="../ui/document/project_media.cpp" line="256"/>
        <source>Driving video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="259"/>
        <source>Driving video: %1, %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_media.cpp" line="298"/>
        <source>Tracking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::ProjectSession</name>
    <message>
        <location filename="../ui/document/project_session.cpp" line="39"/>
        <location filename="../ui/document/project_session.cpp" line="114"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="69"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="88"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="88"/>
        <source>Could not open &apos;%1&apos;:
%2

The open project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="99"/>
        <location filename="../ui/document/project_session.cpp" line="120"/>
        <source>Recover Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="100"/>
        <source>The autosave of &apos;%1&apos; cannot be read (%2); the saved project opens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="106"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="120"/>
        <source>The autosave cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="140"/>
        <source>Media changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="160"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="160"/>
        <source>Could not save &apos;%1&apos;:
%2

Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="170"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="178"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="196"/>
        <source>Relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/project_session.cpp" line="196"/>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::SettingsController</name>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="56"/>
        <source>The new language applies when Marionette starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="60"/>
        <location filename="../ui/settings/settings_controller.cpp" line="86"/>
        <source>Face models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="61"/>
        <source>%1
The face models stay those in &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="66"/>
        <source>Loading the face models from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="86"/>
        <source>&apos;%1&apos; holds no usable face models: %2
The face models stay those in &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_controller.cpp" line="92"/>
        <source>Face models loaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="75"/>
        <source>Timecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="77"/>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="79"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="91"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="91"/>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="92"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="92"/>
        <source>Play / pause (Space, J/K/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="93"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="93"/>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="95"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="95"/>
        <source>Loop over in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="102"/>
        <source>The playhead&apos;s time; click to show timecode, frames or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="126"/>
        <source>Set the selected range to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="159"/>
        <source>frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="160"/>
        <source>%1 (frame %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="166"/>
        <source>Frames %1–%2 selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_panel.cpp" line="167"/>
        <source>Drag on a row to select a range, then:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="52"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="54"/>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="56"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="58"/>
        <source>  Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="60"/>
        <source>  Brows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="62"/>
        <source>  Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="107"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="109"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="111"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="113"/>
        <source>Keyframed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="115"/>
        <source>Driving + offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="353"/>
        <source>follows Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="486"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_view.cpp" line="491"/>
        <source>Follow Expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marionette::ui::Viewport</name>
    <message>
        <location filename="../ui/preview/viewport.cpp" line="40"/>
        <source>Drop a portrait image and a driving video here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
