#pragma once
// Progress of a long run: on a terminal one line redrawn in place (files done/total, stage,
// elapsed, ETA); elsewhere plain log lines, one per stage and about every tenth of the files.

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

namespace planmine {

class Progress {
 public:
  // Writes to `out`; `terminal` chooses the redrawn line over log lines.
  Progress(std::FILE* out, bool terminal);
  // Progress on stdout, redrawn when stdout is a terminal.
  static Progress on_stdout();

  // Starts a stage of `total` steps (files), e.g. "extract".
  void start_stage(std::string_view stage, std::size_t total);
  // One more step done; `item` names it (a file), shown on a terminal.
  void advance(std::string_view item = {});
  // A line that stays (e.g. a summary), printed above the progress line.
  void note(std::string_view message);
  // A failed input: "planmine: <path>: <reason>" on stderr, without breaking the progress line.
  void failure(std::string_view path, std::string_view reason);
  // Ends the current stage's line.
  void finish_stage();

  // "1m05s", "42s": how the durations are shown.
  static std::string format_duration(std::chrono::seconds duration);
  // The line shown on a terminal, without the leading '\r' (for tests).
  std::string status_line(std::string_view item) const;

 private:
  void draw(std::string_view item);

  std::FILE* out_;
  bool terminal_;
  std::string stage_;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::size_t last_logged_tenth_ = 0;
  std::chrono::steady_clock::time_point run_start_;
  std::chrono::steady_clock::time_point stage_start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool line_open_ = false;
};

}  // namespace planmine
