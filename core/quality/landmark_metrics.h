#pragma once

#include <optional>
#include <span>

#include "core/base/landmarks.h"

namespace marionette {

// Distance between the outer eye corners (points 36 and 45): the face size
// every landmark error is divided by, so errors compare across image sizes.
double interOcularDistance(const Landmarks& landmarks);

// Normalised mean error: the mean distance between corresponding points,
// divided by the inter-ocular distance of `reference`.
double normalizedMeanError(const Landmarks& predicted, const Landmarks& reference);

// x' = a x - b y + tx,  y' = b x + a y + ty: rotation, uniform scale, shift.
struct Similarity2D {
  double a = 1, b = 0, tx = 0, ty = 0;
  Vec2 apply(Vec2 p) const { return {a * p.x - b * p.y + tx, b * p.x + a * p.y + ty}; }
};

// The least-squares similarity taking `from` onto `to` (all 68 points).
Similarity2D fitSimilarity(const Landmarks& from, const Landmarks& to);

// Non-rigid motion between consecutive frames: S is the least-squares
// similarity taking `previous` onto `current`, and the result is
//   mean over the 68 points of |current_i - S(previous_i)|, divided by the
//   inter-ocular distance of `current`.
// Head translation, in-plane rotation and zoom cancel; what remains is the
// face's own deformation (expression, foreshortening) plus landmark noise.
double nonRigidMotion(const Landmarks& previous, const Landmarks& current);

// Non-rigid acceleration at `now`: both neighbours are aligned onto `now` by
// their least-squares similarities Sb and Sa, and the result is
//   mean over the points of |now_i - (Sb(before_i) + Sa(after_i)) / 2|, in
//   inter-ocular distances of `now`.
// Motion that is steady over three frames cancels, so this isolates the
// frame-to-frame shake that smoothing is meant to remove.
double nonRigidAcceleration(const Landmarks& before, const Landmarks& now, const Landmarks& after);

// Temporal stability of a landmark sequence, fed one frame at a time so that
// a whole video never has to be held (memory stays flat).
//   jitter = mean nonRigidMotion over every pair of consecutive frames;
//   shake  = mean nonRigidAcceleration over every three consecutive frames.
// A frame without landmarks (nullopt) breaks the sequence: no pair or triple
// spans it. Both are NaN until there is a pair (or triple).
class JitterMeter {
 public:
  void add(const std::optional<Landmarks>& landmarks);
  double jitter() const;
  double shake() const;
  int pairs() const { return pairs_; }

 private:
  std::optional<Landmarks> previous_, beforePrevious_;
  double motionSum_ = 0, accelerationSum_ = 0;
  int pairs_ = 0, triples_ = 0;
};

// Jitter (as JitterMeter defines it) of a whole sequence.
double landmarkJitter(std::span<const Landmarks> sequence);

}  // namespace marionette
