#pragma once
// A portable random source: std::mt19937_64 is specified bit for bit by the standard, the std::
// distributions are not, so uniform draws and choices are written here.

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace planmine::corpus {

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t next() { return engine_(); }

  // Uniform in [low, high], both included; rejection sampling keeps it unbiased.
  long long between(long long low, long long high) {
    if (high <= low) return low;
    const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t value;
    do value = engine_();
    while (value >= limit);
    return low + static_cast<long long>(value % span);
  }

  // Uniform in [0, 1).
  double unit() { return static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0); }

  bool chance(double probability) { return unit() < probability; }

  std::size_t index(std::size_t size) {
    return static_cast<std::size_t>(between(0, static_cast<long long>(size) - 1));
  }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[index(items.size())];
  }

  // Index drawn in proportion to the weights.
  std::size_t weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double target = unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (target < weights[i]) return i;
      target -= weights[i];
    }
    return weights.size() - 1;
  }

  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[index(i)]);
  }

  // A seed for a child generator, so each plan's text does not depend on the others.
  std::uint64_t fork() { return engine_() ^ 0x9E3779B97F4A7C15ULL; }

 private:
  std::mt19937_64 engine_;
};

}  // namespace planmine::corpus
