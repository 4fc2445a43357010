// A face whose mesh would draw a broken surface is warped instead, and the
// reason is one line the user is told.
#include <gtest/gtest.h>

#include <random>

#include "core/motion/canonical_mesh.h"
#include "core/motion/face_model.h"
#include "core/pipeline/analyze_portrait.h"

namespace marionette {
namespace {

constexpr ImageFrame kFrame{512, 512};

PortraitAnalysis analysisWithPose(const HeadPose& pose) {
  PortraitAnalysis analysis;
  analysis.motion.motion.pose = pose;
  FaceMesh mesh;
  mesh.confidence = 0.98;
  for (int v = 0; v < kMeshPointCount; ++v)
    mesh.points[std::size_t(v)] = posePoint(canonicalMesh()[std::size_t(v)], pose, kFrame) + Vec3{0, 0, 40};
  analysis.face.mesh = mesh;
  return analysis;
}

TEST(SurfaceProblem, AWellFittedFaceTurnedUpTo45DegreesIsDrawnAsASurface) {
  for (double yaw : {0.0, -30.0, 45.0}) {
    const auto problem = surfaceProblem(analysisWithPose(HeadPose::fromEuler({yaw, 8, 3}, 0, 0, 120)), kFrame);
    EXPECT_FALSE(problem.has_value()) << yaw << ": " << problem.value_or("");
  }
}

TEST(SurfaceProblem, AnExtremeProfileIsWarpedInstead) {
  const auto problem = surfaceProblem(analysisWithPose(HeadPose::fromEuler({-65, 5, 0}, 0, 0, 120)), kFrame);
  ASSERT_TRUE(problem.has_value());
  EXPECT_NE(problem->find("turned 65°"), std::string::npos) << *problem;
}

TEST(SurfaceProblem, ADoubtfulOrBentMeshIsWarpedInstead) {
  PortraitAnalysis doubtful = analysisWithPose(HeadPose::fromEuler({5, 0, 0}, 0, 0, 120));
  doubtful.face.mesh->confidence = 0.2;
  ASSERT_TRUE(surfaceProblem(doubtful, kFrame).has_value());
  EXPECT_NE(surfaceProblem(doubtful, kFrame)->find("confidence is 0.20"), std::string::npos);

  PortraitAnalysis bent = analysisWithPose(HeadPose::fromEuler({5, 0, 0}, 0, 0, 120));
  std::mt19937 random(7);
  std::normal_distribution<double> noise(0, 0.3 * 120);  // 0.3 face units
  for (Vec3& p : bent.face.mesh->points) p = p + Vec3{noise(random), noise(random), noise(random)};
  const auto problem = surfaceProblem(bent, kFrame);
  ASSERT_TRUE(problem.has_value());
  EXPECT_NE(problem->find("fits poorly"), std::string::npos) << *problem;
  Image image;
  image.width = kFrame.width, image.height = kFrame.height, image.channels = 3;
  image.pixels.assign(std::size_t(image.width * image.height * 3), 128);
  EXPECT_FALSE(sourceFaceFrom(image, bent).mesh.has_value()) << "the renderer gets no mesh to draw";
}

TEST(SurfaceProblem, AFaceWithoutAMeshSaysSo) {
  PortraitAnalysis none = analysisWithPose(HeadPose::fromEuler({0, 0, 0}, 0, 0, 120));
  none.face.mesh.reset();
  ASSERT_TRUE(surfaceProblem(none, kFrame).has_value());
  EXPECT_NE(surfaceProblem(none, kFrame)->find("no dense mesh"), std::string::npos);
}

}  // namespace
}  // namespace marionette
