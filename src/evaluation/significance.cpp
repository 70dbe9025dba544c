// Paired randomization test over per-query scores.
#include <cmath>
#include <random>

#include "marsad/error.h"
#include "marsad/evaluation.h"

namespace marsad::evaluation {

double randomization_p_value(std::span<const double> a, std::span<const double> b, std::size_t trials,
                             std::uint64_t seed) {
  if (a.size() != b.size())
    throw InputError("randomization test: " + std::to_string(a.size()) + " scores against " +
                     std::to_string(b.size()));
  std::vector<double> diff(a.size());
  double observed = 0;
  for (std::size_t i = 0; i < a.size(); ++i) observed += diff[i] = a[i] - b[i];
  observed = std::abs(observed);
  if (diff.empty() || observed == 0 || trials == 0) return 1.0;
  // Sums are compared with a little slack so that floating-point noise in a permutation whose
  // true sum equals the observed one still counts as "at least as extreme".
  const double slack = 1e-9 * (1.0 + observed);
  std::mt19937_64 rng(seed);
  std::size_t extreme = 0;
  for (std::size_t t = 0; t < trials; ++t) {
    double sum = 0;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < diff.size(); ++i) {
      if (i % 64 == 0) bits = rng();
      sum += (bits >> (i % 64)) & 1 ? diff[i] : -diff[i];
    }
    extreme += std::abs(sum) >= observed - slack;
  }
  // The observed assignment is one of the permutations (Phipson and Smyth 2010): never 0.
  return double(extreme + 1) / double(trials + 1);
}

}  // namespace marsad::evaluation
