// Builds the canonical face the motion model fits and renders with, from the
// MediaPipe canonical face mesh (Apache-2.0), and writes it as C++ source:
//   core/motion/canonical_face.cpp  the 68 points the tracker reports
//                                   (meshIndicesFor68), made left-right
//                                   symmetric, lips together;
//   core/motion/canonical_mesh.cpp  all 468 vertices and MediaPipe's
//                                   weighted rigid landmarks for pose fitting.
// Both share one frame: axes x image-right, y image-down, z away from the
// camera; outer eye corners one unit apart; origin at the 68 points' centroid.
//
// Usage: make_canonical_face canonical_face_model.obj geometry_pipeline_metadata_landmarks.pbtxt
//                            canonical_face.cpp canonical_mesh.cpp

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/face/face_mesh.h"

namespace {

struct P3 {
  double x, y, z;
};

using Triangle = std::array<int, 3>;

// Vertices and triangles ("f a/ta b/tb c/tc", 1-based; the texture indices
// are not used).
bool readMesh(const char* path, std::vector<P3>& vertices, std::vector<Triangle>& triangles) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream s(line);
    std::string tag;
    s >> tag;
    if (tag == "v") {
      P3 p;
      s >> p.x >> p.y >> p.z;
      // Mesh: y up, z towards the viewer. Ours: image axes, y down, z away.
      vertices.push_back({p.x, -p.y, -p.z});
    } else if (tag == "f") {
      Triangle t{};
      for (int& corner : t) {
        std::string item;
        s >> item;
        corner = std::atoi(item.c_str()) - 1;
      }
      triangles.push_back(t);
    }
  }
  for (const Triangle& t : triangles)
    for (int corner : t)
      if (corner < 0 || corner >= int(vertices.size())) return false;
  return vertices.size() == marionette::kMeshPointCount && !triangles.empty();
}

bool readRigidWeights(const char* path, std::vector<std::pair<int, double>>& weights) {
  std::ifstream in(path);
  if (!in) return false;
  const std::regex entry(R"(procrustes_landmark_basis\s*\{\s*landmark_id:\s*(\d+)\s+weight:\s*([0-9.eE+-]+)\s*\})");
  std::string line;
  while (std::getline(in, line)) {
    std::smatch match;
    if (std::regex_search(line, match, entry)) weights.emplace_back(std::stoi(match[1]), std::stod(match[2]));
  }
  return !weights.empty();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr,
                 "usage: make_canonical_face canonical_face_model.obj geometry_pipeline_metadata_landmarks.pbtxt "
                 "canonical_face.cpp canonical_mesh.cpp\n");
    return 2;
  }
  std::vector<P3> mesh;
  std::vector<Triangle> triangles;
  std::vector<std::pair<int, double>> weights;
  if (!readMesh(argv[1], mesh, triangles)) {
    std::fprintf(stderr, "cannot read 468 vertices and their triangles from '%s'\n", argv[1]);
    return 1;
  }
  if (!readRigidWeights(argv[2], weights)) {
    std::fprintf(stderr, "cannot read the procrustes landmark weights from '%s'\n", argv[2]);
    return 1;
  }
  const auto& indices = marionette::meshIndicesFor68();
  std::vector<P3> face(68);
  for (int i = 0; i < 68; ++i) face[i] = mesh[static_cast<std::size_t>(indices[static_cast<std::size_t>(i)])];

  // Mirror pairs of the 68-point layout; points on the midline map to themselves.
  std::array<int, 68> mirror{};
  auto pair = [&](int a, int b) { mirror[a] = b, mirror[b] = a; };
  for (int i = 0; i < 68; ++i) mirror[i] = i;
  for (int i = 0; i <= 7; ++i) pair(i, 16 - i);
  for (int i = 17; i <= 21; ++i) pair(i, 43 - i);
  pair(31, 35), pair(32, 34);
  pair(36, 45), pair(37, 44), pair(38, 43), pair(39, 42), pair(40, 47), pair(41, 46);
  pair(48, 54), pair(49, 53), pair(50, 52), pair(55, 59), pair(56, 58), pair(60, 64), pair(61, 63), pair(65, 67);
  std::vector<P3> symmetric(68);
  for (int i = 0; i < 68; ++i) {
    const P3 &a = face[i], &b = face[mirror[i]];
    symmetric[i] = {(a.x - b.x) / 2, (a.y + b.y) / 2, (a.z + b.z) / 2};
  }
  // A neutral template has its lips together.
  for (auto [upper, lower] : std::array<std::array<int, 2>, 3>{{{61, 67}, {62, 66}, {63, 65}}}) {
    double y = (symmetric[upper].y + symmetric[lower].y) / 2;
    symmetric[upper].y = symmetric[lower].y = y;
  }
  const double eyeSpan = std::hypot(symmetric[45].x - symmetric[36].x, symmetric[45].y - symmetric[36].y);
  P3 centroid{0, 0, 0};
  for (const auto& p : symmetric) centroid = {centroid.x + p.x / 68, centroid.y + p.y / 68, centroid.z + p.z / 68};
  auto normalised = [&](const P3& p) {
    return P3{(p.x - centroid.x) / eyeSpan, (p.y - centroid.y) / eyeSpan, (p.z - centroid.z) / eyeSpan};
  };

  FILE* faceOut = std::fopen(argv[3], "w");
  FILE* meshOut = std::fopen(argv[4], "w");
  if (!faceOut || !meshOut) {
    std::fprintf(stderr, "cannot write the output files\n");
    return 1;
  }
  std::fprintf(faceOut,
               "// Generated by app/tools/make_canonical_face.cpp from the MediaPipe canonical face mesh\n"
               "// (Apache-2.0): the 68 mesh points the tracker reports, made symmetric, lips together.\n"
               "// Units: outer eye corners one apart. Axes: x image-right, y image-down, z away from the camera.\n\n"
               "#include \"core/motion/canonical_face.h\"\n\nnamespace marionette {\n\n"
               "const std::array<Vec3, kLandmarkCount>& canonicalFace() {\n"
               "  static const std::array<Vec3, kLandmarkCount> kFace{{\n");
  for (int i = 0; i < 68; ++i) {
    const P3 p = normalised(symmetric[i]);
    std::fprintf(faceOut, "      {%.6f, %.6f, %.6f},  // %d\n", p.x, p.y, p.z, i);
  }
  std::fprintf(faceOut, "  }};\n  return kFace;\n}\n\n}  // namespace marionette\n");

  std::fprintf(meshOut,
               "// Generated by app/tools/make_canonical_face.cpp from the MediaPipe canonical face mesh and its\n"
               "// geometry pipeline metadata (Apache-2.0), in the frame of canonical_face.cpp.\n\n"
               "#include \"core/motion/canonical_mesh.h\"\n\nnamespace marionette {\n\n"
               "const std::array<Vec3, kMeshPointCount>& canonicalMesh() {\n"
               "  static const std::array<Vec3, kMeshPointCount> kMesh{{\n");
  for (std::size_t i = 0; i < mesh.size(); ++i) {
    const P3 p = normalised(mesh[i]);
    std::fprintf(meshOut, "      {%.6f, %.6f, %.6f},  // %zu\n", p.x, p.y, p.z, i);
  }
  std::fprintf(meshOut,
               "  }};\n  return kMesh;\n}\n\nconst std::vector<RigidWeight>& meshRigidWeights() {\n"
               "  static const std::vector<RigidWeight> kWeights{{\n");
  for (const auto& [index, weight] : weights) std::fprintf(meshOut, "      {%d, %.15f},\n", index, weight);
  std::fprintf(meshOut,
               "  }};\n  return kWeights;\n}\n\n"
               "const std::vector<std::array<int, 3>>& meshTriangles() {\n"
               "  static const std::vector<std::array<int, 3>> kTriangles{{\n");
  for (const Triangle& t : triangles) std::fprintf(meshOut, "      {%d, %d, %d},\n", t[0], t[1], t[2]);
  std::fprintf(meshOut, "  }};\n  return kTriangles;\n}\n\n}  // namespace marionette\n");
  std::fclose(faceOut);
  std::fclose(meshOut);
  return 0;
}
