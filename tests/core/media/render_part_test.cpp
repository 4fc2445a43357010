// What a part of a split render says about itself, and the rules `concat`
// applies to parts that say it: one project, each part once, no gap, no
// overlap, in order. Pure logic on made-up parts (the video round trip is in
// video_concat_test.cpp).
#include "core/media/render_part.h"

#include <gtest/gtest.h>

namespace marionette {
namespace {

constexpr const char* kProject = "0123456789abcdef";
constexpr const char* kOther = "fedcba9876543210";

LabelledPart part(const std::string& path, std::int64_t first, std::int64_t end, const char* project = kProject,
                  std::int64_t frames = 1000) {
  return {path, RenderPart{project, first, end, frames}};
}

LabelledPart clip(const std::string& path) { return {path, std::nullopt}; }

std::string problem(const std::vector<LabelledPart>& parts) {
  auto checked = checkPartsTile(parts);
  return checked ? std::string("(joins)") : checked.error().message;
}

TEST(RenderPart, TagsRoundTripAndAreReadWhateverTheirCase) {
  const RenderPart p{kProject, 250, 500, 1000};
  const VideoTags tags = renderPartTags(p);
  EXPECT_EQ(tags, (VideoTags{{"marionette_project", kProject},
                             {"marionette_frames", "250:500"},
                             {"marionette_project_frames", "1000"}}));
  auto back = renderPartFromTags(tags, "a.mp4");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, p);
  // Matroska stores tag names in capitals.
  auto upper = renderPartFromTags({{"ENCODER", "Lavf"},
                                   {"MARIONETTE_PROJECT", kProject},
                                   {"MARIONETTE_FRAMES", "250:500"},
                                   {"MARIONETTE_PROJECT_FRAMES", "1000"}},
                                  "a.mkv");
  ASSERT_TRUE(upper.ok());
  EXPECT_EQ(*upper, p);
  auto none = renderPartFromTags({{"encoder", "Lavf59"}, {"title", "holiday"}}, "b.mp4");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value()) << "a video from elsewhere says nothing";
}

TEST(RenderPart, DamagedTagsAreRefusedNamingTheFile) {
  const std::vector<VideoTags> damaged = {
      {{"marionette_project", kProject}},
      {{"marionette_project", "xyz"}, {"marionette_frames", "0:10"}, {"marionette_project_frames", "10"}},
      {{"marionette_project", kProject}, {"marionette_frames", "10:5"}, {"marionette_project_frames", "10"}},
      {{"marionette_project", kProject}, {"marionette_frames", "0:20"}, {"marionette_project_frames", "10"}},
      {{"marionette_project", kProject}, {"marionette_frames", "-1:5"}, {"marionette_project_frames", "10"}},
      {{"marionette_project", kProject}, {"marionette_frames", "5"}, {"marionette_project_frames", "10"}},
  };
  for (const VideoTags& tags : damaged) {
    auto read = renderPartFromTags(tags, "p.mp4");
    ASSERT_FALSE(read.ok()) << tags.size();
    EXPECT_EQ(read.error().message.rfind("'p.mp4' carries damaged render information (", 0), 0u)
        << read.error().message;
  }
}

TEST(RenderPart, PartsThatTileOneRenderJoin) {
  auto whole = checkPartsTile({part("a.mp4", 0, 250), part("b.mp4", 250, 500), part("c.mp4", 500, 1000)});
  ASSERT_TRUE(whole.ok()) << whole.error().message;
  EXPECT_EQ(whole->joined, (RenderPart{kProject, 0, 1000, 1000}));
  EXPECT_TRUE(whole->notes.empty());

  auto first = checkPartsTile({part("a.mp4", 0, 250), part("b.mp4", 250, 500)});
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->joined, (RenderPart{kProject, 0, 500, 1000})) << "so the result can be joined again";
  EXPECT_EQ(first->notes, std::vector<std::string>{"the result holds frames 0-499 of the project's 1000"});
}

// One case per line: the parts as given, the one line concat answers.
TEST(RenderPart, EachWayPartsFailToTileGivesOneLine) {
  const std::vector<std::pair<std::vector<LabelledPart>, std::string>> cases = {
      {{part("a.mp4", 0, 250), part("b.mp4", 250, 500, kOther)},
       "'b.mp4' is a part of another project than 'a.mp4' (or of the same project rendered with other settings); "
       "pass --unchecked to join them anyway"},
      {{part("a.mp4", 0, 250), part("b.mp4", 250, 500, kProject, 900)}, "'b.mp4' is a part of another project"},
      {{part("a.mp4", 0, 250), part("a.mp4", 0, 250)}, "'a.mp4' is given twice; give each part once"},
      {{part("a.mp4", 0, 250), part("b.mp4", 250, 500), part("copy.mp4", 0, 250)},
       "'a.mp4' and 'copy.mp4' are the same part (frames 0-249); give it once"},
      {{part("part1.mp4", 0, 250), part("part2.mp4", 500, 750)},
       "frames 250-499 are missing between 'part1.mp4' and 'part2.mp4'"},
      {{part("part1.mp4", 0, 250), part("part2.mp4", 251, 750)},
       "frame 250 is missing between 'part1.mp4' and 'part2.mp4'"},
      {{part("a.mp4", 0, 300), part("b.mp4", 250, 500)},
       "'b.mp4' (frames 250-499) overlaps 'a.mp4' (frames 0-299) in frames 250-299"},
      {{part("b.mp4", 250, 500), part("a.mp4", 0, 250)}, "the parts are out of order; give them as 'a.mp4' 'b.mp4'"},
      {{part("a.mp4", 0, 10), part("c.mp4", 20, 30), part("b.mp4", 10, 20)},
       "the parts are out of order; give them as 'a.mp4' 'b.mp4' 'c.mp4'"},
      // A gap is what reordering cannot mend, so it is named first.
      {{part("c.mp4", 500, 750), part("a.mp4", 0, 250)}, "frames 250-499 are missing between 'a.mp4' and 'c.mp4'"},
  };
  for (const auto& [parts, message] : cases) {
    const std::string got = problem(parts);
    EXPECT_EQ(got.rfind(message, 0), 0u) << "expected: " << message << "\n     got: " << got;
  }
}

TEST(RenderPart, ClipsWithoutRenderInformationJoinAsGivenWithANote) {
  auto clips = checkPartsTile({clip("intro.mp4"), clip("holiday.mp4")});
  ASSERT_TRUE(clips.ok());
  EXPECT_FALSE(clips->joined.has_value());
  ASSERT_EQ(clips->notes.size(), 1u);
  EXPECT_NE(clips->notes[0].find("carry no render information"), std::string::npos) << clips->notes[0];

  // An intro before a whole render: the render's parts are still checked.
  auto mixed = checkPartsTile({clip("intro.mp4"), part("a.mp4", 0, 500), part("b.mp4", 500, 1000)});
  ASSERT_TRUE(mixed.ok()) << mixed.error().message;
  EXPECT_FALSE(mixed->joined.has_value()) << "the result is more than one project's frames";
  EXPECT_EQ(mixed->notes,
            std::vector<std::string>{"'intro.mp4' carries no render information; joined where it stands, unchecked"});
  EXPECT_EQ(problem({clip("intro.mp4"), part("b.mp4", 500, 1000), part("a.mp4", 0, 500)}),
            "the parts are out of order; give them as 'a.mp4' 'b.mp4'");
}

}  // namespace
}  // namespace marionette
