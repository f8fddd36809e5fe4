// Reading order from word boxes: a recursive cut of the page along its white space.
//
// A region is cut into prose columns when one vertical gutter runs through all of it and both
// sides read as running text; otherwise it is cut into blocks along horizontal white bands
// (paragraphs, table rows). A block that still has vertical white channels is a table: its
// lines become rows whose cells are joined by tabs. Everything else is prose, line by line.

#include "planmine/extractors/layout.hpp"

#include <algorithm>
#include <cmath>

#include "planmine/extractors/cleaning.hpp"

namespace planmine {
namespace {

using Words = std::vector<const WordBox*>;

struct Interval {
  double low;
  double high;
};

struct Line {
  Words words;  // left to right
  double top = 0;
  double bottom = 0;
};

struct Metrics {
  double word_height;    // median height of a word box
  double paragraph_gap;  // a horizontal white band at least this high separates blocks
  double cell_gap;       // a vertical white channel at least this wide separates cells
  double column_gutter;  // ... and at least this wide separates prose columns
};

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

Metrics measure(const Words& words) {
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const WordBox* word : words) heights.push_back(word->bottom - word->top);
  const double height = std::max(median(std::move(heights)), 1.0);
  return {height, std::max(2.5, 0.45 * height), std::max(7.0, 0.8 * height),
          std::max(9.0, 1.0 * height)};
}

// The white gaps (at least `min_gap` wide) between the union of the given intervals.
std::vector<Interval> white_gaps(std::vector<Interval> spans, double min_gap) {
  std::sort(spans.begin(), spans.end(),
            [](const Interval& a, const Interval& b) { return a.low < b.low; });
  std::vector<Interval> gaps;
  double reach = -1e300;
  for (const Interval& span : spans) {
    if (reach > -1e300 && span.low - reach >= min_gap) gaps.push_back({reach, span.low});
    reach = std::max(reach, span.high);
  }
  return gaps;
}

std::vector<Interval> vertical_gaps(const Words& words, double min_gap) {
  std::vector<Interval> spans;
  spans.reserve(words.size());
  for (const WordBox* word : words) spans.push_back({word->left, word->right});
  return white_gaps(std::move(spans), min_gap);
}

std::vector<Interval> horizontal_gaps(const Words& words, double min_gap) {
  std::vector<Interval> spans;
  spans.reserve(words.size());
  for (const WordBox* word : words) spans.push_back({word->top, word->bottom});
  return white_gaps(std::move(spans), min_gap);
}

// Splits words into the parts between consecutive gaps (gaps sorted, on the x or y axis).
template <typename Position>
std::vector<Words> split_at(const Words& words, const std::vector<Interval>& gaps,
                            Position position) {
  std::vector<Words> parts(gaps.size() + 1);
  for (const WordBox* word : words) {
    const double at = position(*word);
    size_t part = 0;
    while (part < gaps.size() && at >= gaps[part].high) ++part;
    parts[part].push_back(word);
  }
  return parts;
}

// Words whose vertical middles fall within one band form a line.
std::vector<Line> group_into_lines(Words words) {
  std::sort(words.begin(), words.end(), [](const WordBox* a, const WordBox* b) {
    return a->top != b->top ? a->top < b->top : a->left < b->left;
  });
  std::vector<Line> lines;
  for (const WordBox* word : words) {
    const double middle = (word->top + word->bottom) / 2;
    if (!lines.empty() && middle >= lines.back().top && middle <= lines.back().bottom) {
      Line& line = lines.back();
      line.words.push_back(word);
      line.top = std::min(line.top, word->top);
      line.bottom = std::max(line.bottom, word->bottom);
    } else {
      lines.push_back({{word}, word->top, word->bottom});
    }
  }
  for (Line& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [](const WordBox* a, const WordBox* b) { return a->left < b->left; });
  }
  return lines;
}

std::string words_text(const Words& words) {
  std::string text;
  const WordBox* previous = nullptr;
  for (const WordBox* word : words) {
    if (previous != nullptr) {
      // Boxes that touch and were not separated by a space are pieces of one word.
      const double height = word->bottom - word->top;
      const bool touching = word->left - previous->right < 0.15 * height;
      if (previous->space_after || !touching) text.push_back(' ');
    }
    text += word->text;
    previous = word;
  }
  return text;
}

double width_of(const Words& words) {
  double left = 1e300;
  double right = -1e300;
  for (const WordBox* word : words) {
    left = std::min(left, word->left);
    right = std::max(right, word->right);
  }
  return words.empty() ? 0 : right - left;
}

// Two prose columns: exactly two parts, each a real share of the width and both running text
// (several words a line on several lines), not a table's short cells.
bool reads_as_columns(const std::vector<Words>& parts) {
  if (parts.size() != 2) return false;
  double left = 1e300;
  double right = -1e300;
  for (const Words& part : parts) {
    for (const WordBox* word : part) {
      left = std::min(left, word->left);
      right = std::max(right, word->right);
    }
  }
  const double width = right - left;
  for (const Words& part : parts) {
    double part_left = 1e300;
    double part_right = -1e300;
    for (const WordBox* word : part) {
      part_left = std::min(part_left, word->left);
      part_right = std::max(part_right, word->right);
    }
    if (part_right - part_left < 0.25 * width) return false;
    const auto lines = group_into_lines(part);
    if (lines.size() < 2) return false;
    const double words_per_line =
        static_cast<double>(part.size()) / static_cast<double>(lines.size());
    if (words_per_line >= 4.0) continue;
    // Narrow columns in a large type hold only two or three words a line, but prose lines
    // fill their column (justified: to the edge), where a table's cells are ragged.
    double filled = 0;
    for (const Line& line : lines) filled += width_of(line.words);
    const double fill = filled / (static_cast<double>(lines.size()) * (part_right - part_left));
    if (words_per_line < 2.5 || fill < 0.7 || lines.size() < 4) return false;
    // ... are long enough to be sentences, and follow each other closely, where table rows
    // are short and spaced apart.
    double characters = 0;
    size_t close_pairs = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      for (const WordBox* word : lines[i].words)
        characters += static_cast<double>(word->text.size());
      if (i > 0) {
        const double height = lines[i].bottom - lines[i].top;
        if (lines[i].top - lines[i - 1].bottom < 0.45 * height) ++close_pairs;
      }
    }
    if (characters / static_cast<double>(lines.size()) < 12) return false;
    if (static_cast<double>(close_pairs) < 0.6 * static_cast<double>(lines.size() - 1)) {
      return false;
    }
    // ... and have no white channels of their own: those are a table's columns.
    if (!vertical_gaps(part, measure(part).cell_gap).empty()) return false;
  }
  return true;
}

// The prose gutter between two columns: a vertical band, at least `min_width` wide, that is white
// except for a few words poking into it (a hyphen or a long word hanging past a justified
// column's edge). Several thin crossings must not close it, or the columns would be read as a
// table line by line. Returns every such band inside the region, widest first.
std::vector<Interval> soft_gutters(const Words& words, double min_width, size_t line_count) {
  double left = 1e300;
  double right = -1e300;
  for (const WordBox* word : words) {
    left = std::min(left, word->left);
    right = std::max(right, word->right);
  }
  const auto width = static_cast<size_t>(std::ceil(right - left)) + 1;
  if (width < 3) return {};
  // Words covering each point of the width (difference array, then running sum).
  std::vector<int> coverage(width + 1, 0);
  for (const WordBox* word : words) {
    coverage[static_cast<size_t>(word->left - left)] += 1;
    coverage[static_cast<size_t>(std::ceil(word->right - left))] -= 1;
  }
  for (size_t x = 1; x < coverage.size(); ++x) coverage[x] += coverage[x - 1];
  // Prose fills most of each line, so inside a column nearly every line covers a point; a
  // gutter is crossed by far fewer (hanging hyphens at a third of the line ends at most).
  const int allowed = static_cast<int>(std::max<size_t>(1, line_count / 3));
  // The band must also hold a white core wider than any word space, so the words of one
  // full-width line (which pass every point of it) can never make a gutter.
  const double min_core = std::max(7.0, 0.55 * min_width);
  std::vector<Interval> runs;
  size_t run_start = 0;
  bool in_run = false;
  size_t white_start = 0;
  size_t widest_white = 0;
  for (size_t x = 0; x <= width; ++x) {
    const bool low = x < width && coverage[x] <= allowed;
    if (low && !in_run) {
      run_start = x;
      in_run = true;
      widest_white = 0;
    }
    if (low) {
      if (coverage[x] > 0) white_start = x + 1;
      if (x >= run_start && coverage[x] == 0) {
        widest_white = std::max(widest_white, x + 1 - std::max(white_start, run_start));
      }
    } else if (in_run) {
      in_run = false;
      const Interval run{left + static_cast<double>(run_start), left + static_cast<double>(x)};
      const bool inside = run_start > 0 && x < width;
      // A band no word enters at all is a clean gap, already tried as such; taken alone it
      // would cut tables (whose other channels rule out columns) in two.
      const bool crossed = static_cast<double>(widest_white) < run.high - run.low;
      if (inside && crossed && run.high - run.low >= min_width &&
          static_cast<double>(widest_white) >= min_core) {
        runs.push_back(run);
      }
    }
  }
  std::sort(runs.begin(), runs.end(),
            [](const Interval& a, const Interval& b) { return a.high - a.low > b.high - b.low; });
  return runs;
}

// The words left and right of a gutter (by their middles), or nothing when a word runs
// across the whole gutter (a full-width line) or lies mostly inside it (a centred line such as
// a page number): those lines are split off first by the horizontal white bands.
std::vector<Words> parts_beside(const Words& words, const Interval& gutter) {
  const double middle = (gutter.low + gutter.high) / 2;
  std::vector<Words> parts(2);
  for (const WordBox* word : words) {
    if (word->left < gutter.low && word->right > gutter.high) return {};
    const double inside = std::min(word->right, gutter.high) - std::max(word->left, gutter.low);
    if (inside > 0.5 * (word->right - word->left)) return {};
    parts[(word->left + word->right) / 2 < middle ? 0 : 1].push_back(word);
  }
  return parts;
}

std::vector<Words> column_parts(const Words& words, const Metrics& metrics) {
  // A clean gutter first (the common case); else one that only a few overhanging words cross.
  if (const auto gaps = vertical_gaps(words, metrics.column_gutter); !gaps.empty()) {
    auto parts = split_at(words, gaps, [](const WordBox& w) { return w.left; });
    if (reads_as_columns(parts)) return parts;
  }
  const size_t line_count = group_into_lines(words).size();
  // Each side must be one column of prose: a side with white channels of its own is (part
  // of) a table, whose cells are no columns to read one after the other.
  auto single_column = [&](const Words& part) {
    return vertical_gaps(part, metrics.cell_gap).empty();
  };
  for (const Interval& gutter : soft_gutters(words, metrics.column_gutter, line_count)) {
    auto parts = parts_beside(words, gutter);
    if (reads_as_columns(parts) && single_column(parts[0]) && single_column(parts[1])) {
      return parts;
    }
  }
  return {};
}

void add_block_break(std::vector<std::string>& out) {
  if (!out.empty() && !out.back().empty()) out.emplace_back();
}

// A table block: each line's words fall into the cells between the block's vertical white
// channels. A line continues the row above (a cell that wrapped) only when every cell it fills
// had text on the line above, and its first cell is empty or one of its cells really wrapped
// (the cell's text above plus this line's first word would not have fit in the column) while
// it fills fewer cells than the line above. Any other line starts a new row.
void emit_table(const Words& words, const std::vector<Interval>& channels,
                std::vector<std::string>& out) {
  const auto lines = group_into_lines(words);
  const size_t cell_count = channels.size() + 1;
  auto cell_of = [&](const WordBox* word) {
    size_t cell = 0;
    while (cell < channels.size() && word->left >= channels[cell].high) ++cell;
    return cell;
  };
  // The room each column has: from its leftmost word to the next column's start; the last
  // column has no next one, so it gets its widest text plus the least slack the other
  // columns leave before their neighbours.
  std::vector<double> column_left(cell_count, 1e300);
  std::vector<double> column_right(cell_count, -1e300);
  for (const WordBox* word : words) {
    const size_t cell = cell_of(word);
    column_left[cell] = std::min(column_left[cell], word->left);
    column_right[cell] = std::max(column_right[cell], word->right);
  }
  double least_slack = 1e300;
  for (size_t i = 0; i + 1 < cell_count; ++i) {
    least_slack = std::min(least_slack, channels[i].high - column_right[i]);
  }
  std::vector<double> room(cell_count);
  for (size_t i = 0; i < cell_count; ++i) {
    const double end = i + 1 < cell_count ? channels[i].high : column_right[i] + least_slack;
    room[i] = end - column_left[i];
  }

  std::vector<std::string> row;
  std::vector<Words> previous_cells;
  auto flush = [&] {
    if (row.empty()) return;
    while (!row.empty() && row.back().empty()) row.pop_back();
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) text.push_back('\t');
      text += row[i];
    }
    out.push_back(std::move(text));
    row.clear();
  };
  for (const Line& line : lines) {
    std::vector<Words> cells(cell_count);
    for (const WordBox* word : line.words) cells[cell_of(word)].push_back(word);
    // A continuation only fills cells that had text on the line above, and either leaves the
    // first cell empty or shows a real wrap in at least one cell.
    bool continues = !row.empty();
    bool wrapped = cells[0].empty();
    for (size_t i = 0; i < cell_count && continues; ++i) {
      if (cells[i].empty()) continue;
      if (previous_cells[i].empty()) {
        continues = false;
        continue;
      }
      const WordBox* first = cells[i].front();
      const double space = 0.3 * (first->bottom - first->top);
      const double needed = width_of(previous_cells[i]) + space + (first->right - first->left);
      if (needed > room[i]) wrapped = true;
    }
    // A line that fills every cell the line above filled is a row of its own.
    auto filled = [](const std::vector<Words>& row_cells) {
      return std::count_if(row_cells.begin(), row_cells.end(),
                           [](const Words& cell) { return !cell.empty(); });
    };
    if (!cells[0].empty() && filled(cells) >= filled(previous_cells)) wrapped = false;
    continues = continues && wrapped;
    if (!continues) {
      flush();
      row.assign(cell_count, std::string());
    }
    for (size_t i = 0; i < cell_count; ++i) {
      if (cells[i].empty()) continue;
      const std::string text = words_text(cells[i]);
      row[i] = row[i].empty() ? text : join_two_lines(row[i], text);
    }
    previous_cells = std::move(cells);
  }
  flush();
}

void emit_prose(const Words& words, std::vector<std::string>& out) {
  for (const Line& line : group_into_lines(words)) out.push_back(words_text(line.words));
}

void lay_out_region(const Words& words, const Metrics& metrics, std::vector<std::string>& out) {
  if (words.empty()) return;

  // Prose columns running through the whole region are read one after the other.
  if (const auto columns = column_parts(words, metrics); !columns.empty()) {
    for (const Words& column : columns) {
      add_block_break(out);
      lay_out_region(column, metrics, out);
    }
    return;
  }

  // Blocks between horizontal white bands. Neighbouring blocks that together form prose
  // columns (both columns happened to have a paragraph break at the same height) are rejoined,
  // so the columns are still read one after the other.
  const auto bands = horizontal_gaps(words, metrics.paragraph_gap);
  if (!bands.empty()) {
    const auto blocks = split_at(words, bands, [](const WordBox& w) { return w.top; });
    Words group;
    auto flush_group = [&] {
      if (group.empty()) return;
      add_block_break(out);
      lay_out_region(group, metrics, out);
      group.clear();
    };
    for (const Words& block : blocks) {
      if (block.empty()) continue;
      if (!group.empty()) {
        Words joined = group;
        joined.insert(joined.end(), block.begin(), block.end());
        if (!column_parts(joined, metrics).empty()) {
          group = std::move(joined);
          continue;
        }
        flush_group();
      }
      group = block;
    }
    flush_group();
    return;
  }

  // One block: a table when white channels run through it, prose otherwise.
  // Cell gaps scale with the block's own type size: a large title's word spaces are wide.
  const double cell_gap = measure(words).cell_gap;
  const auto channels = vertical_gaps(words, cell_gap);
  // A caption right above a table ("Tabel 1: ...") would hide the table's first channels:
  // when the block without its first line has more channels, the first line goes on its own.
  if (const auto lines = group_into_lines(words); lines.size() >= 3) {
    Words rest;
    for (size_t i = 1; i < lines.size(); ++i) {
      rest.insert(rest.end(), lines[i].words.begin(), lines[i].words.end());
    }
    if (vertical_gaps(lines.front().words, cell_gap).empty() &&
        vertical_gaps(rest, cell_gap).size() > channels.size()) {
      emit_prose(lines.front().words, out);
      add_block_break(out);
      lay_out_region(rest, metrics, out);
      return;
    }
  }
  if (!channels.empty()) {
    emit_table(words, channels, out);
  } else {
    emit_prose(words, out);
  }
}

}  // namespace

std::vector<std::string> lay_out_page(std::vector<WordBox> words) {
  Words pointers;
  pointers.reserve(words.size());
  for (const WordBox& word : words) {
    if (word.right > word.left && word.bottom > word.top && !word.text.empty()) {
      pointers.push_back(&word);
    }
  }
  std::vector<std::string> out;
  if (pointers.empty()) return out;
  lay_out_region(pointers, measure(pointers), out);
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace planmine
