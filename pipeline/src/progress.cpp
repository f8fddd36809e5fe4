// Progress reporting for planmine run.

#include "planmine/pipeline/progress.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>

namespace planmine {

namespace {

constexpr int kBarWidth = 24;
constexpr std::size_t kItemWidth = 40;

std::chrono::seconds seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start);
}

}  // namespace

Progress::Progress(std::FILE* out, bool terminal)
    : out_(out),
      terminal_(terminal),
      run_start_(std::chrono::steady_clock::now()),
      stage_start_(run_start_),
      last_draw_(run_start_) {}

Progress Progress::on_stdout() {
  return Progress(stdout, ::isatty(::fileno(stdout)) == 1);
}

std::string Progress::format_duration(std::chrono::seconds duration) {
  const long long total = duration.count();
  if (total < 60) return fmt::format("{}s", total);
  if (total < 3600) return fmt::format("{}m{:02}s", total / 60, total % 60);
  return fmt::format("{}h{:02}m", total / 3600, (total % 3600) / 60);
}

std::string Progress::status_line(std::string_view item) const {
  const double fraction = total_ == 0 ? 1.0 : static_cast<double>(done_) / total_;
  const int filled = static_cast<int>(fraction * kBarWidth);
  std::string bar(filled, '#');
  bar.resize(kBarWidth, '.');
  // The ETA comes from this stage's pace so far; none before the first step is done.
  std::string eta = "--";
  if (done_ > 0 && done_ < total_) {
    const double per_step =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - stage_start_).count() /
        done_;
    eta = format_duration(
        std::chrono::seconds(static_cast<long long>(per_step * (total_ - done_) + 0.5)));
  } else if (done_ >= total_) {
    eta = "0s";
  }
  std::string shown(item.substr(item.size() > kItemWidth ? item.size() - kItemWidth : 0));
  return fmt::format("{:<8} [{}] {:>4}/{:<4} elapsed {:>6}  eta {:>6}  {}", stage_, bar, done_,
                     total_, format_duration(seconds_since(run_start_)), eta, shown);
}

void Progress::draw(std::string_view item) {
  // Clear the rest of the previous line (ANSI erase to end of line).
  fmt::print(out_, "\r{}\x1b[K", status_line(item));
  std::fflush(out_);
  line_open_ = true;
  last_draw_ = std::chrono::steady_clock::now();
}

void Progress::start_stage(std::string_view stage, std::size_t total) {
  finish_stage();
  stage_ = stage;
  total_ = total;
  done_ = 0;
  last_logged_tenth_ = 0;
  stage_start_ = std::chrono::steady_clock::now();
  if (terminal_) {
    draw({});
  } else {
    fmt::print(out_, "planmine: {}: {} file{} (elapsed {})\n", stage_, total_,
               total_ == 1 ? "" : "s", format_duration(seconds_since(run_start_)));
    std::fflush(out_);
  }
}

void Progress::advance(std::string_view item) {
  ++done_;
  if (terminal_) {
    // Redrawing more than ~20 times a second only costs time.
    if (done_ == total_ ||
        std::chrono::steady_clock::now() - last_draw_ > std::chrono::milliseconds(50)) {
      draw(item);
    }
    return;
  }
  const std::size_t tenth = total_ == 0 ? 10 : done_ * 10 / total_;
  if (tenth > last_logged_tenth_ && done_ < total_) {
    last_logged_tenth_ = tenth;
    fmt::print(out_, "planmine: {}: {}/{} done (elapsed {})\n", stage_, done_, total_,
               format_duration(seconds_since(run_start_)));
    std::fflush(out_);
  }
}

void Progress::note(std::string_view message) {
  if (terminal_ && line_open_) fmt::print(out_, "\r\x1b[K");
  fmt::print(out_, "planmine: {}\n", message);
  if (terminal_ && line_open_) draw({});
  std::fflush(out_);
}

void Progress::failure(std::string_view path, std::string_view reason) {
  if (terminal_ && line_open_) {
    fmt::print(out_, "\r\x1b[K");
    std::fflush(out_);
  }
  fmt::print(stderr, "planmine: {}: {}\n", path, reason);
  std::fflush(stderr);
  if (terminal_ && line_open_) draw({});
}

void Progress::finish_stage() {
  if (stage_.empty()) return;
  if (terminal_) {
    if (line_open_) {
      draw({});
      fmt::print(out_, "\n");
      line_open_ = false;
    }
  } else {
    fmt::print(out_, "planmine: {}: {}/{} done in {}\n", stage_, done_, total_,
               format_duration(seconds_since(stage_start_)));
  }
  std::fflush(out_);
  stage_.clear();
}

}  // namespace planmine
