// Builds the canonical 68-point 3D face used by the motion model and prints
// it as C++ source (core/motion/canonical_face.cpp).
//
// x and y come from the dlib shape predictor's own mean shape, so the
// template matches what the landmark detector actually outputs. Depth comes
// from the MediaPipe canonical face mesh: the mesh is aligned to the mean
// shape with a similarity transform fitted on eight unambiguous anchors
// (eye corners, nose tip, mouth corners, chin), and each landmark takes the
// depth of the front-most mesh triangle under it (the nearest vertex for
// contour points that fall outside the mesh's outline). The result is made
// left-right symmetric, the inner lips are closed, and it is scaled so that
// the outer eye corners are one unit apart, centred on the point centroid.
//
// Usage: make_canonical_face MODEL.dat canonical_face_model.obj > canonical_face.cpp

#include <dlib/matrix.h>
#include <dlib/serialize.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct P3 {
  double x, y, z;
};

bool readMeanShape(const char* path, std::vector<std::array<double, 2>>& points) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  int version = 0;
  dlib::matrix<float, 0, 1> shape;
  dlib::deserialize(version, in);
  dlib::deserialize(shape, in);
  if (shape.size() != 136) return false;
  for (int i = 0; i < 68; ++i) points.push_back({shape(2 * i), shape(2 * i + 1)});
  return true;
}

bool readMesh(const char* path, std::vector<P3>& vertices, std::vector<std::array<int, 3>>& triangles) {
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
      std::array<int, 3> t;
      for (int k = 0; k < 3; ++k) {
        std::string item;
        s >> item;
        t[k] = std::stoi(item.substr(0, item.find('/'))) - 1;
      }
      triangles.push_back(t);
    }
  }
  return !vertices.empty();
}

// Depth of the front-most (smallest z) triangle containing (x, y), or NaN.
double depthUnder(double x, double y, const std::vector<P3>& v, const std::vector<std::array<int, 3>>& tris) {
  double best = std::numeric_limits<double>::quiet_NaN();
  for (const auto& t : tris) {
    const P3 &a = v[t[0]], &b = v[t[1]], &c = v[t[2]];
    double det = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
    if (std::abs(det) < 1e-12) continue;
    double l1 = ((b.y - c.y) * (x - c.x) + (c.x - b.x) * (y - c.y)) / det;
    double l2 = ((c.y - a.y) * (x - c.x) + (a.x - c.x) * (y - c.y)) / det;
    double l3 = 1 - l1 - l2;
    if (l1 < 0 || l2 < 0 || l3 < 0) continue;
    double z = l1 * a.z + l2 * b.z + l3 * c.z;
    if (std::isnan(best) || z < best) best = z;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_canonical_face MODEL.dat canonical_face_model.obj\n");
    return 2;
  }
  std::vector<std::array<double, 2>> mean;
  std::vector<P3> mesh;
  std::vector<std::array<int, 3>> tris;
  if (!readMeanShape(argv[1], mean)) {
    std::fprintf(stderr, "cannot read the mean shape from '%s'\n", argv[1]);
    return 1;
  }
  if (!readMesh(argv[2], mesh, tris)) {
    std::fprintf(stderr, "cannot read the mesh '%s'\n", argv[2]);
    return 1;
  }

  // dlib index -> MediaPipe vertex, only for points whose meaning is unambiguous.
  const std::array<std::array<int, 2>, 8> anchors{
      {{36, 33}, {45, 263}, {39, 133}, {42, 362}, {30, 1}, {48, 61}, {54, 291}, {8, 152}}};
  // Similarity without rotation (both are frontal and upright): mesh -> mean.
  double mx = 0, my = 0, dx = 0, dy = 0;
  for (auto [d, m] : anchors) {
    mx += mesh[m].x, my += mesh[m].y, dx += mean[d][0], dy += mean[d][1];
  }
  mx /= anchors.size(), my /= anchors.size(), dx /= anchors.size(), dy /= anchors.size();
  double num = 0, den = 0;
  for (auto [d, m] : anchors) {
    num += (mesh[m].x - mx) * (mean[d][0] - dx) + (mesh[m].y - my) * (mean[d][1] - dy);
    den += (mesh[m].x - mx) * (mesh[m].x - mx) + (mesh[m].y - my) * (mesh[m].y - my);
  }
  double scale = num / den;
  for (auto& p : mesh) p = {(p.x - mx) * scale + dx, (p.y - my) * scale + dy, p.z * scale};

  std::vector<P3> face(68);
  for (int i = 0; i < 68; ++i) {
    double x = mean[i][0], y = mean[i][1];
    double z = depthUnder(x, y, mesh, tris);
    if (std::isnan(z)) {
      double bestDistance = std::numeric_limits<double>::max();
      for (const auto& p : mesh) {
        double dd = std::hypot(p.x - x, p.y - y);
        if (dd < bestDistance) bestDistance = dd, z = p.z;
      }
    }
    face[i] = {x, y, z};
  }

  // Mirror pairs of the 68-point layout; points on the midline map to themselves.
  std::array<int, 68> mirror{};
  auto pair = [&](int a, int b) { mirror[a] = b, mirror[b] = a; };
  for (int i = 0; i < 68; ++i) mirror[i] = i;
  for (int i = 0; i <= 7; ++i) pair(i, 16 - i);
  for (int i = 17; i <= 21; ++i) pair(i, 43 - i);
  pair(31, 35), pair(32, 34);
  pair(36, 45), pair(37, 44), pair(38, 43), pair(39, 42), pair(40, 47), pair(41, 46);
  pair(48, 54), pair(49, 53), pair(50, 52), pair(55, 59), pair(56, 58), pair(60, 64), pair(61, 63), pair(65, 67);
  double centreX = 0;
  for (int i : {27, 28, 29, 30, 33, 51, 57, 62, 66, 8}) centreX += face[i].x;
  centreX /= 10;
  std::vector<P3> symmetric(68);
  for (int i = 0; i < 68; ++i) {
    const P3 &a = face[i], &b = face[mirror[i]];
    double x = ((a.x - centreX) - (b.x - centreX)) / 2;
    symmetric[i] = {x, (a.y + b.y) / 2, (a.z + b.z) / 2};
  }
  // A neutral template has its lips together.
  for (auto [upper, lower] : std::array<std::array<int, 2>, 3>{{{61, 67}, {62, 66}, {63, 65}}}) {
    double y = (symmetric[upper].y + symmetric[lower].y) / 2;
    symmetric[upper].y = symmetric[lower].y = y;
  }

  double eyeSpan = std::hypot(symmetric[45].x - symmetric[36].x, symmetric[45].y - symmetric[36].y);
  P3 centroid{0, 0, 0};
  for (const auto& p : symmetric) centroid = {centroid.x + p.x / 68, centroid.y + p.y / 68, centroid.z + p.z / 68};

  std::printf(
      "// Generated by app/tools/make_canonical_face.cpp from the dlib 68-point model's mean shape\n"
      "// and the MediaPipe canonical face mesh (Apache-2.0); see that file for the method.\n"
      "// Units: outer eye corners one apart. Axes: x image-right, y image-down, z away from the camera.\n\n"
      "#include \"core/motion/canonical_face.h\"\n\nnamespace marionette {\n\n"
      "const std::array<Vec3, kLandmarkCount>& canonicalFace() {\n"
      "  static const std::array<Vec3, kLandmarkCount> kFace{{\n");
  for (int i = 0; i < 68; ++i) {
    const P3& p = symmetric[i];
    std::printf("      {%.6f, %.6f, %.6f},  // %d\n", (p.x - centroid.x) / eyeSpan, (p.y - centroid.y) / eyeSpan,
                (p.z - centroid.z) / eyeSpan, i);
  }
  std::printf("  }};\n  return kFace;\n}\n\n}  // namespace marionette\n");
  return 0;
}
