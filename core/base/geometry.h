#pragma once

#include <algorithm>
#include <array>
#include <cmath>

namespace marionette {

struct Vec2 {
  double x = 0, y = 0;
  friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
  friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
  friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
  friend Vec2 operator*(double s, Vec2 a) { return {a.x * s, a.y * s}; }
  friend bool operator==(Vec2 a, Vec2 b) = default;
  double norm() const { return std::hypot(x, y); }
};

struct Vec3 {
  double x = 0, y = 0, z = 0;
  friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
  friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
  friend Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
  friend Vec3 operator*(double s, Vec3 a) { return {a.x * s, a.y * s, a.z * s}; }
  friend bool operator==(Vec3 a, Vec3 b) = default;
  double dot(Vec3 o) const { return x * o.x + y * o.y + z * o.z; }
  Vec3 cross(Vec3 o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
  double norm() const { return std::sqrt(dot(*this)); }
};

// Row-major 3x3 matrix.
struct Mat3 {
  std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};
  double operator()(int r, int c) const { return m[r * 3 + c]; }
  double& operator()(int r, int c) { return m[r * 3 + c]; }
  Vec3 operator*(Vec3 v) const {
    return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z,
            m[6] * v.x + m[7] * v.y + m[8] * v.z};
  }
  Mat3 operator*(const Mat3& o) const {
    Mat3 r;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) r(i, j) = (*this)(i, 0) * o(0, j) + (*this)(i, 1) * o(1, j) + (*this)(i, 2) * o(2, j);
    return r;
  }
  Mat3 transposed() const {
    Mat3 r;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) r(i, j) = (*this)(j, i);
    return r;
  }
};

// Unit quaternion (w, x, y, z) for rotations; interpolation and composition
// stay well-behaved where Euler angles would gimbal-lock.
struct Quaternion {
  double w = 1, x = 0, y = 0, z = 0;

  friend Quaternion operator*(const Quaternion& a, const Quaternion& b) {
    return {a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z, a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x, a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w};
  }
  Quaternion conjugate() const { return {w, -x, -y, -z}; }
  double dot(const Quaternion& o) const { return w * o.w + x * o.x + y * o.y + z * o.z; }
  Quaternion normalized() const {
    double n = std::sqrt(dot(*this));
    if (n == 0) return {};
    return {w / n, x / n, y / n, z / n};
  }

  static Quaternion fromAxisAngle(Vec3 axis, double radians) {
    double n = axis.norm();
    if (n == 0) return {};
    double s = std::sin(radians / 2) / n;
    return {std::cos(radians / 2), axis.x * s, axis.y * s, axis.z * s};
  }
  // Rotation vector (axis * angle), the exponential map used by pose solvers.
  static Quaternion fromRotationVector(Vec3 v) { return fromAxisAngle(v, v.norm()); }

  Mat3 toMatrix() const {
    Quaternion q = normalized();
    Mat3 r;
    r(0, 0) = 1 - 2 * (q.y * q.y + q.z * q.z);
    r(0, 1) = 2 * (q.x * q.y - q.w * q.z);
    r(0, 2) = 2 * (q.x * q.z + q.w * q.y);
    r(1, 0) = 2 * (q.x * q.y + q.w * q.z);
    r(1, 1) = 1 - 2 * (q.x * q.x + q.z * q.z);
    r(1, 2) = 2 * (q.y * q.z - q.w * q.x);
    r(2, 0) = 2 * (q.x * q.z - q.w * q.y);
    r(2, 1) = 2 * (q.y * q.z + q.w * q.x);
    r(2, 2) = 1 - 2 * (q.x * q.x + q.y * q.y);
    return r;
  }

  static Quaternion fromMatrix(const Mat3& r) {
    Quaternion q;
    double trace = r(0, 0) + r(1, 1) + r(2, 2);
    if (trace > 0) {
      double s = std::sqrt(trace + 1.0) * 2;
      q = {0.25 * s, (r(2, 1) - r(1, 2)) / s, (r(0, 2) - r(2, 0)) / s, (r(1, 0) - r(0, 1)) / s};
    } else if (r(0, 0) > r(1, 1) && r(0, 0) > r(2, 2)) {
      double s = std::sqrt(1.0 + r(0, 0) - r(1, 1) - r(2, 2)) * 2;
      q = {(r(2, 1) - r(1, 2)) / s, 0.25 * s, (r(0, 1) + r(1, 0)) / s, (r(0, 2) + r(2, 0)) / s};
    } else if (r(1, 1) > r(2, 2)) {
      double s = std::sqrt(1.0 + r(1, 1) - r(0, 0) - r(2, 2)) * 2;
      q = {(r(0, 2) - r(2, 0)) / s, (r(0, 1) + r(1, 0)) / s, 0.25 * s, (r(1, 2) + r(2, 1)) / s};
    } else {
      double s = std::sqrt(1.0 + r(2, 2) - r(0, 0) - r(1, 1)) * 2;
      q = {(r(1, 0) - r(0, 1)) / s, (r(0, 2) + r(2, 0)) / s, (r(1, 2) + r(2, 1)) / s, 0.25 * s};
    }
    if (q.w < 0) q = {-q.w, -q.x, -q.y, -q.z};
    return q.normalized();
  }

  // Shortest-path spherical interpolation.
  static Quaternion slerp(Quaternion a, Quaternion b, double t) {
    double d = a.dot(b);
    if (d < 0) {
      b = {-b.w, -b.x, -b.y, -b.z};
      d = -d;
    }
    if (d > 0.9995) {
      return Quaternion{a.w + t * (b.w - a.w), a.x + t * (b.x - a.x), a.y + t * (b.y - a.y), a.z + t * (b.z - a.z)}
          .normalized();
    }
    double theta = std::acos(d);
    double sa = std::sin((1 - t) * theta) / std::sin(theta);
    double sb = std::sin(t * theta) / std::sin(theta);
    return {sa * a.w + sb * b.w, sa * a.x + sb * b.x, sa * a.y + sb * b.y, sa * a.z + sb * b.z};
  }

  // Angle in radians between two rotations.
  static double angleBetween(const Quaternion& a, const Quaternion& b) {
    double d = std::abs(a.normalized().dot(b.normalized()));
    return 2 * std::acos(std::min(1.0, d));
  }
};

constexpr double kPi = 3.14159265358979323846;
constexpr double degrees(double radians) { return radians * 180.0 / kPi; }
constexpr double radians(double degrees) { return degrees * kPi / 180.0; }

}  // namespace marionette
