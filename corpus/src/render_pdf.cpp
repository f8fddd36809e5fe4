// The PDF writer. Placement first (which line of which layout goes where on which page), then
// drawing, so the table of contents and "Pagina x van y" know the final page numbers.

#include "render_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/core.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

namespace planmine::corpus {
namespace {

constexpr double kA4Width = 595.28;
constexpr double kA4Height = 841.89;

using LayoutPtr = std::shared_ptr<PangoLayout>;

LayoutPtr own(PangoLayout* layout) {
  return LayoutPtr(layout, g_object_unref);
}

struct Colour {
  double r = 0, g = 0, b = 0;
};

// One thing to draw on a page.
struct DrawOp {
  enum class Kind { line, layout, rect, stroke_line, dotted_line } kind = Kind::layout;
  LayoutPtr layout;
  int line_index = 0;
  double x = 0, y = 0, w = 0, h = 0;
  Colour colour;
  double width = 0.5;
};

struct Page {
  bool landscape = false;
  std::vector<DrawOp> ops;
};

struct TocEntry {
  int level;
  std::string text;
  int page;
};

bool is_vowel(unsigned char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
bool is_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string add_soft_hyphens(const std::string& text) {
  static const std::string kSoftHyphen = "\xC2\xAD";
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    // Collect a run of ASCII letters (words with other characters are left alone).
    std::size_t j = i;
    while (j < text.size() && is_letter(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i) {
      out += text[i++];
      continue;
    }
    std::string word = text.substr(i, j - i);
    const bool all_caps =
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (word.size() < 11 || all_caps) {
      out += word;
      i = j;
      continue;
    }
    // Break between vowel and consonant+vowel (V-CV) or between two consonants (VC-CV), never
    // within the first or last four letters, at most every four letters.
    std::string hyphenated;
    std::size_t last = 0;
    for (std::size_t k = 0; k < word.size(); ++k) {
      if (k >= 4 && k + 4 <= word.size() && k - last >= 4) {
        unsigned char p = static_cast<unsigned char>(std::tolower(word[k - 1]));
        unsigned char c = static_cast<unsigned char>(std::tolower(word[k]));
        unsigned char n = static_cast<unsigned char>(std::tolower(word[k + 1]));
        // Consonant pairs that start a Dutch syllable stay together (pro-gramma, not prog-ramma).
        static const std::string onsets =
            " bl br dr fl fr gl gr kl kn kr pl pr sl sm sn sp st tr vl vr wr zw ch sc ng ";
        const std::string pair =
            std::string(" ") + static_cast<char>(p) + static_cast<char>(c) + " ";
        bool break_here = (is_vowel(p) && !is_vowel(c) && is_vowel(n)) ||
                          (!is_vowel(p) && !is_vowel(c) && is_vowel(n) && k >= 2 &&
                           is_vowel(static_cast<unsigned char>(std::tolower(word[k - 2]))) &&
                           onsets.find(pair) == std::string::npos);
        if (break_here) {
          hyphenated += kSoftHyphen;
          last = k;
        }
      }
      hyphenated += word[k];
    }
    out += hyphenated;
    i = j;
  }
  return out;
}

namespace {

class Typesetter {
 public:
  Typesetter(const PlanDocument& document, cairo_t* cr)
      : doc_(document), style_(document.style), cr_(cr) {
    accent_ = {style_.accent_r, style_.accent_g, style_.accent_b};
  }

  void place_all();
  void draw_page(cairo_t* cr, std::size_t index) const;
  const std::vector<Page>& pages() const { return pages_; }

 private:
  // --- layouts ---
  LayoutPtr make_layout(const std::string& text, const std::string& font, double width,
                        PangoAlignment align = PANGO_ALIGN_LEFT, bool justify = false,
                        bool hyphenate = true) {
    LayoutPtr layout = own(pango_cairo_create_layout(cr_));
    PangoFontDescription* desc = pango_font_description_from_string(font.c_str());
    pango_layout_set_font_description(layout.get(), desc);
    pango_font_description_free(desc);
    if (width > 0) pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align);
    pango_layout_set_justify(layout.get(), justify);
    pango_layout_set_line_spacing(layout.get(), static_cast<float>(style_.line_spacing));
    const std::string shown = hyphenate ? add_soft_hyphens(text) : text;
    pango_layout_set_text(layout.get(), shown.c_str(), -1);
    return layout;
  }
  std::string body_font(double delta = 0, const char* variant = "") const {
    return fmt::format("{}{} {:.1f}", style_.body_font, variant, style_.body_size + delta);
  }
  std::string heading_font(double size) const {
    return fmt::format("{} Bold {:.1f}", style_.heading_font, size);
  }
  static double height_of(const LayoutPtr& layout) {
    int w, h;
    pango_layout_get_size(layout.get(), &w, &h);
    return h / static_cast<double>(PANGO_SCALE);
  }

  // --- frame ---
  double page_width() const { return pages_.back().landscape ? kA4Height : kA4Width; }
  double page_height() const { return pages_.back().landscape ? kA4Width : kA4Height; }
  double frame_left() const { return style_.margin; }
  double frame_width() const { return page_width() - 2 * style_.margin; }
  double frame_top() const { return style_.margin + (style_.header_style ? 16 : 0); }
  double frame_bottom() const { return page_height() - style_.margin - 12; }
  int columns() const { return in_body_ && !pages_.back().landscape ? style_.columns : 1; }
  double column_gap() const { return 18; }
  double column_width() const {
    return columns() == 1 ? frame_width() : (frame_width() - column_gap()) / columns();
  }
  double column_left() const { return frame_left() + column_ * (column_width() + column_gap()); }

  void new_page(bool landscape = false) {
    pages_.push_back(Page{landscape, {}});
    column_ = 0;
    region_top_ = frame_top();
    y_ = region_top_;
  }
  void next_column() {
    if (column_ + 1 < columns()) {
      ++column_;
      y_ = region_top_;
    } else {
      new_page();
    }
  }
  // Makes room for a full-width element: only possible from the first column.
  void go_full_width() {
    if (columns() > 1 && column_ > 0) new_page();
    if (columns() > 1 && column_ == 0) {
      // Column 1 is where we are; column 2 is still empty below region_top_ on this page only
      // if nothing was set there, which holds because we are in column 1.
    }
  }
  void end_full_width(double bottom) {
    region_top_ = bottom;
    y_ = bottom;
    column_ = 0;
  }

  void place_layout_lines(const LayoutPtr& layout, double x_offset, double space_after,
                          const LayoutPtr& bullet = nullptr, double bullet_x = 0);
  void place_heading(const Block& block);
  void place_paragraph(const std::string& text, double indent = 0,
                       const LayoutPtr& bullet = nullptr);
  void place_bullets(const Block& block);
  void place_table(const Block& block);
  void place_title_page();
  void place_toc(std::size_t toc_page);
  void place_running_parts();

  const PlanDocument& doc_;
  const PageStyle& style_;
  cairo_t* cr_;
  Colour accent_;
  std::vector<Page> pages_;
  std::vector<TocEntry> toc_;
  bool in_body_ = false;
  int column_ = 0;
  double region_top_ = 0;
  double y_ = 0;
  int chapter_ = 0;
  int section_ = 0;
};

void Typesetter::place_layout_lines(const LayoutPtr& layout, double x_offset, double space_after,
                                    const LayoutPtr& bullet, double bullet_x) {
  PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
  int index = 0;
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const double top = logical.y / static_cast<double>(PANGO_SCALE);
    const double height = logical.height / static_cast<double>(PANGO_SCALE);
    const double baseline = pango_layout_iter_get_baseline(iter) / static_cast<double>(PANGO_SCALE);
    if (y_ + height > frame_bottom() && y_ > region_top_ + 1) next_column();
    DrawOp op;
    op.kind = DrawOp::Kind::line;
    op.layout = layout;
    op.line_index = index;
    op.x = column_left() + x_offset;
    op.y = y_ + (baseline - top);
    pages_.back().ops.push_back(op);
    if (index == 0 && bullet) {
      DrawOp b;
      b.kind = DrawOp::Kind::line;
      b.layout = bullet;
      b.line_index = 0;
      b.x = column_left() + bullet_x;
      b.y = op.y;
      pages_.back().ops.push_back(b);
    }
    y_ += height * (index == 0 ? 1.0 : 1.0);
    ++index;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  y_ += space_after;
}

void Typesetter::place_heading(const Block& block) {
  std::string number;
  if (block.numbered && style_.heading_numbering != 3) {
    if (block.level == 1) {
      ++chapter_;
      section_ = 0;
      number = style_.heading_numbering == 0   ? fmt::format("{}. ", chapter_)
               : style_.heading_numbering == 1 ? fmt::format("{}  ", chapter_)
                                               : fmt::format("Hoofdstuk {}  ", chapter_);
    } else if (block.level == 2 && chapter_ > 0) {
      ++section_;
      number = fmt::format("{}.{} ", chapter_, section_);
    }
  }
  const std::string text = number + block.text;
  const double size = block.level == 1   ? style_.body_size + 5.5
                      : block.level == 2 ? style_.body_size + 2
                                         : style_.body_size + 0.5;
  if (block.level == 1 && style_.chapter_new_page && !(pages_.back().ops.empty())) new_page();
  LayoutPtr layout =
      make_layout(text, heading_font(size), column_width(), PANGO_ALIGN_LEFT, false, false);
  const double need = height_of(layout) + 3 * style_.body_size * 1.3;
  if (y_ + need > frame_bottom()) next_column();
  y_ += block.level == 1 ? (y_ > region_top_ + 1 ? 14 : 0) : 6;
  if (block.level <= 2) toc_.push_back({block.level, text, static_cast<int>(pages_.size())});
  // Headings take the accent colour: drawn with a coloured line op before the text.
  const std::size_t first = pages_.back().ops.size();
  place_layout_lines(layout, 0, block.level == 1 ? 8 : 4);
  for (std::size_t i = first; i < pages_.back().ops.size(); ++i)
    pages_.back().ops[i].colour = accent_;
  if (block.level == 1 && style_.table_style == 1) {
    DrawOp rule;
    rule.kind = DrawOp::Kind::stroke_line;
    rule.x = column_left();
    rule.y = y_ - 5;
    rule.w = column_width();
    rule.colour = accent_;
    rule.width = 0.8;
    pages_.back().ops.push_back(rule);
  }
}

void Typesetter::place_paragraph(const std::string& text, double indent, const LayoutPtr& bullet) {
  LayoutPtr layout =
      make_layout(text, body_font(), column_width() - indent, PANGO_ALIGN_LEFT, style_.justify);
  place_layout_lines(layout, indent, bullet ? 2 : style_.body_size * 0.6, bullet, indent - 11);
}

void Typesetter::place_bullets(const Block& block) {
  const std::string glyph = style_.table_style == 0 ? "•" : style_.table_style == 1 ? "–" : "▪";
  for (const auto& item : block.items) {
    LayoutPtr bullet = make_layout(glyph, body_font(), 0, PANGO_ALIGN_LEFT, false, false);
    place_paragraph(item, 16, bullet);
  }
  y_ += style_.body_size * 0.5;
}

void Typesetter::place_table(const Block& block) {
  if (block.rows.empty()) return;
  const bool landscape = block.landscape;
  if (landscape) {
    new_page(true);
  } else {
    go_full_width();
  }
  const double left = frame_left();
  const double width = frame_width();
  const std::size_t ncols = block.rows[0].size();
  // Column widths in proportion to the cell text, but never narrower than the longest word.
  std::vector<double> weight(ncols, 3), longest_word(ncols, 3);
  for (const auto& row : block.rows)
    for (std::size_t c = 0; c < ncols && c < row.size(); ++c) {
      weight[c] = std::max(weight[c], std::min<double>(40, static_cast<double>(row[c].size())));
      std::size_t run = 0;
      for (char ch : row[c]) {
        run = ch == ' ' ? 0 : run + 1;
        longest_word[c] = std::max(longest_word[c], static_cast<double>(run) + 1);
      }
    }
  const double char_width = (style_.body_size - 1) * 0.56;
  std::vector<double> widths(ncols);
  double fixed = 0, total = 0;
  for (std::size_t c = 0; c < ncols; ++c) {
    widths[c] = std::min(longest_word[c], 16.0) * char_width + 8;
    fixed += widths[c];
    total += weight[c];
  }
  const double spare = std::max(0.0, width - fixed);
  for (std::size_t c = 0; c < ncols; ++c) widths[c] += spare * weight[c] / total;
  if (fixed > width)
    for (auto& w : widths) w *= width / fixed;
  const double pad = 3.5;
  const double size = style_.body_size - 1;
  auto cell_font = [&](bool header) {
    return fmt::format("{}{} {:.1f}", style_.body_font, header ? " Bold" : "", size);
  };
  auto make_row = [&](const std::vector<std::string>& row, bool header) {
    std::vector<LayoutPtr> cells;
    double h = 0;
    for (std::size_t c = 0; c < ncols; ++c) {
      const std::string& text = c < row.size() ? row[c] : std::string();
      auto l = make_layout(text, cell_font(header), widths[c] - 2 * pad);
      pango_layout_set_line_spacing(l.get(), 1.0f);
      h = std::max(h, height_of(l));
      cells.push_back(l);
    }
    return std::make_pair(cells, h + 2 * pad);
  };
  if (!block.caption.empty()) {
    auto cap = make_layout(block.caption, body_font(-1, " Italic"), width);
    if (y_ + height_of(cap) + 40 > frame_bottom()) {
      new_page(landscape);
    }
    DrawOp op;
    op.layout = cap;
    op.x = left;
    op.y = y_;
    pages_.back().ops.push_back(op);
    y_ += height_of(cap) + 3;
  }
  auto header = make_row(block.rows[0], true);
  auto draw_row = [&](const std::pair<std::vector<LayoutPtr>, double>& row, bool is_header,
                      std::size_t index) {
    double x = left;
    auto& ops = pages_.back().ops;
    if (is_header && style_.table_style != 0) {
      DrawOp fill;
      fill.kind = DrawOp::Kind::rect;
      fill.x = left;
      fill.y = y_;
      fill.w = width;
      fill.h = row.second;
      fill.colour = style_.table_style == 1 ? accent_ : Colour{0.85, 0.87, 0.9};
      ops.push_back(fill);
    } else if (!is_header && style_.table_style == 2 && index % 2 == 0) {
      DrawOp fill;
      fill.kind = DrawOp::Kind::rect;
      fill.x = left;
      fill.y = y_;
      fill.w = width;
      fill.h = row.second;
      fill.colour = {0.94, 0.95, 0.96};
      ops.push_back(fill);
    }
    for (std::size_t c = 0; c < ncols; ++c) {
      DrawOp op;
      op.layout = row.first[c];
      op.x = x + pad;
      op.y = y_ + pad;
      if (is_header && style_.table_style == 1) op.colour = {1, 1, 1};
      ops.push_back(op);
      if (style_.table_style == 0) {
        DrawOp box;
        box.kind = DrawOp::Kind::rect;
        box.x = x;
        box.y = y_;
        box.w = widths[c];
        box.h = row.second;
        box.width = 0.5;
        box.colour = {0.3, 0.3, 0.3};
        box.line_index = -1;  // stroke, not fill
        ops.push_back(box);
      }
      x += widths[c];
    }
    if (style_.table_style != 0) {
      DrawOp rule;
      rule.kind = DrawOp::Kind::stroke_line;
      rule.x = left;
      rule.y = y_ + row.second;
      rule.w = width;
      rule.width = is_header ? 0.9 : 0.3;
      rule.colour = {0.4, 0.4, 0.4};
      ops.push_back(rule);
    }
    y_ += row.second;
  };
  if (y_ + header.second * 2.5 > frame_bottom()) new_page(landscape);
  draw_row(header, true, 0);
  for (std::size_t r = 1; r < block.rows.size(); ++r) {
    auto row = make_row(block.rows[r], r + 1 == block.rows.size() && block.rows[r][0] == "Totaal");
    if (y_ + row.second > frame_bottom()) {
      new_page(landscape);
      draw_row(header, true, 0);  // the header row repeats on the next page
    }
    draw_row(row, false, r);
  }
  y_ += style_.body_size;
  if (landscape) {
    new_page(false);
  } else {
    end_full_width(y_);
  }
}

void Typesetter::place_title_page() {
  const auto& t = doc_.title_page;
  const double left = style_.margin + (style_.title_layout == 1 ? 30 : 0);
  const double width = kA4Width - 2 * style_.margin - (style_.title_layout == 1 ? 30 : 0);
  const PangoAlignment align = style_.title_layout == 0 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  auto& ops = pages_.back().ops;
  if (style_.title_layout == 1) {
    DrawOp band;
    band.kind = DrawOp::Kind::rect;
    band.x = style_.margin - 10;
    band.y = 0;
    band.w = 18;
    band.h = kA4Height;
    band.colour = accent_;
    ops.push_back(band);
  }
  double y = 150;
  auto add = [&](const std::string& text, const std::string& font, Colour colour, double gap) {
    auto l = make_layout(text, font, width, align, false, false);
    DrawOp op;
    op.layout = l;
    op.x = left;
    op.y = y;
    op.colour = colour;
    ops.push_back(op);
    y += height_of(l) + gap;
  };
  add(style_.title_layout == 2 ? t.municipality : t.municipality,
      heading_font(style_.body_size + 8), accent_, 40);
  add(t.title, heading_font(style_.body_size + 14), {0.1, 0.1, 0.1}, 12);
  if (!t.subtitle.empty()) add(t.subtitle, body_font(5, " Italic"), {0.25, 0.25, 0.25}, 12);
  y = std::max(y + 80, 520.0);
  for (const auto& [key, value] : t.facts) {
    auto k = make_layout(key, body_font(0, " Bold"), 120, PANGO_ALIGN_LEFT, false, false);
    auto v = make_layout(value, body_font(), width - 130, PANGO_ALIGN_LEFT, false, false);
    const double x = style_.title_layout == 0 ? kA4Width / 2 - 150 : left;
    DrawOp kop;
    kop.layout = k;
    kop.x = x;
    kop.y = y;
    ops.push_back(kop);
    DrawOp vop;
    vop.layout = v;
    vop.x = x + 130;
    vop.y = y;
    ops.push_back(vop);
    const double h = std::max(height_of(k), height_of(v)) + 4;
    if (style_.title_layout == 2) {
      DrawOp rule;
      rule.kind = DrawOp::Kind::stroke_line;
      rule.x = x;
      rule.y = y + h - 2;
      rule.w = 330;
      rule.width = 0.3;
      rule.colour = {0.5, 0.5, 0.5};
      ops.push_back(rule);
    }
    y += h;
  }
}

void Typesetter::place_toc(std::size_t toc_page) {
  // Only chapters when the list would not fit on one page.
  std::vector<TocEntry> entries;
  for (const auto& e : toc_)
    if (e.level == 1 || toc_.size() <= 34) entries.push_back(e);
  Page& page = pages_[toc_page];
  double y = style_.margin + (style_.header_style ? 16 : 0);
  const double left = style_.margin;
  const double width = kA4Width - 2 * style_.margin;
  auto title =
      make_layout(doc_.style.heading_numbering == 2 ? "Inhoud" : "Inhoudsopgave",
                  heading_font(style_.body_size + 5.5), width, PANGO_ALIGN_LEFT, false, false);
  DrawOp t;
  t.layout = title;
  t.x = left;
  t.y = y;
  t.colour = accent_;
  page.ops.push_back(t);
  y += height_of(title) + 14;
  for (const auto& e : entries) {
    const double indent = e.level == 1 ? 0 : 18;
    auto text = make_layout(e.text, e.level == 1 ? body_font(0, " Bold") : body_font(),
                            width - indent - 50, PANGO_ALIGN_LEFT, false, false);
    auto number =
        make_layout(std::to_string(e.page), body_font(), 40, PANGO_ALIGN_RIGHT, false, false);
    DrawOp a;
    a.layout = text;
    a.x = left + indent;
    a.y = y;
    page.ops.push_back(a);
    DrawOp b;
    b.layout = number;
    b.x = left + width - 40;
    b.y = y;
    page.ops.push_back(b);
    int tw, th;
    pango_layout_get_pixel_size(text.get(), &tw, &th);
    if (style_.heading_numbering != 1) {
      DrawOp dots;
      dots.kind = DrawOp::Kind::dotted_line;
      dots.x = left + indent + tw + 6;
      dots.y = y + th - 3;
      dots.w = std::max(0.0, width - 45 - indent - tw - 6);
      dots.colour = {0.4, 0.4, 0.4};
      page.ops.push_back(dots);
    }
    y += height_of(text) + (e.level == 1 ? 5 : 2);
  }
}

void Typesetter::place_running_parts() {
  const int total = static_cast<int>(pages_.size());
  for (int i = 1; i < total; ++i) {  // no header or footer on the title page
    Page& page = pages_[static_cast<std::size_t>(i)];
    const double w = page.landscape ? kA4Height : kA4Width;
    const double h = page.landscape ? kA4Width : kA4Height;
    const int number = i + 1;
    std::string footer;
    switch (style_.footer_style) {
      case 0:
        footer = fmt::format("Pagina {} van {}", number, total);
        break;
      case 1:
        footer = fmt::format("blad {}", number);
        break;
      case 2:
        footer = fmt::format("- {} -", number);
        break;
      default:
        footer = std::to_string(number);
        break;
    }
    const PangoAlignment align = style_.footer_style == 2 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT;
    auto f = make_layout(footer, body_font(-2), w - 2 * style_.margin, align, false, false);
    DrawOp op;
    op.layout = f;
    op.x = style_.margin;
    op.y = h - style_.margin + 4;
    op.colour = {0.3, 0.3, 0.3};
    page.ops.push_back(op);
    if (style_.header_style) {
      const std::string text =
          style_.header_style == 1 ? doc_.running_title : doc_.title_page.municipality;
      auto hl = make_layout(text, body_font(-2, " Italic"), w - 2 * style_.margin,
                            style_.header_style == 1 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT, false,
                            false);
      DrawOp hop;
      hop.layout = hl;
      hop.x = style_.margin;
      hop.y = style_.margin - 18;
      hop.colour = {0.35, 0.35, 0.35};
      page.ops.push_back(hop);
      DrawOp rule;
      rule.kind = DrawOp::Kind::stroke_line;
      rule.x = style_.margin;
      rule.y = style_.margin - 2;
      rule.w = w - 2 * style_.margin;
      rule.width = 0.4;
      rule.colour = {0.5, 0.5, 0.5};
      page.ops.push_back(rule);
    }
  }
}

void Typesetter::place_all() {
  new_page();
  place_title_page();
  new_page();  // the table of contents, filled in at the end
  const std::size_t toc_page = pages_.size() - 1;
  new_page();
  in_body_ = true;
  region_top_ = frame_top();
  y_ = region_top_;
  for (const auto& block : doc_.blocks) {
    switch (block.kind) {
      case Block::Kind::heading:
        place_heading(block);
        break;
      case Block::Kind::paragraph:
      case Block::Kind::quote:
        place_paragraph(block.text);
        break;
      case Block::Kind::bullets:
        place_bullets(block);
        break;
      case Block::Kind::table:
        place_table(block);
        break;
      case Block::Kind::page_break:
        new_page();
        break;
    }
  }
  // A landscape table at the end leaves an empty portrait page behind.
  if (pages_.size() > 3 && pages_.back().ops.empty()) pages_.pop_back();
  place_toc(toc_page);
  place_running_parts();
}

void Typesetter::draw_page(cairo_t* cr, std::size_t index) const {
  for (const auto& op : pages_[index].ops) {
    cairo_set_source_rgb(cr, op.colour.r, op.colour.g, op.colour.b);
    switch (op.kind) {
      case DrawOp::Kind::line: {
        PangoLayoutLine* line = pango_layout_get_line_readonly(op.layout.get(), op.line_index);
        cairo_move_to(cr, op.x, op.y);
        pango_cairo_show_layout_line(cr, line);
        break;
      }
      case DrawOp::Kind::layout:
        cairo_move_to(cr, op.x, op.y);
        pango_cairo_show_layout(cr, op.layout.get());
        break;
      case DrawOp::Kind::rect:
        cairo_rectangle(cr, op.x, op.y, op.w, op.h);
        if (op.line_index == -1) {
          cairo_set_line_width(cr, op.width);
          cairo_stroke(cr);
        } else {
          cairo_fill(cr);
        }
        break;
      case DrawOp::Kind::stroke_line:
      case DrawOp::Kind::dotted_line: {
        if (op.kind == DrawOp::Kind::dotted_line) {
          const double dash[] = {0.8, 2.6};
          cairo_set_dash(cr, dash, 2, 0);
        }
        cairo_set_line_width(cr, op.kind == DrawOp::Kind::dotted_line ? 0.8 : op.width);
        cairo_move_to(cr, op.x, op.y);
        cairo_line_to(cr, op.x + op.w, op.y);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        break;
      }
    }
  }
}

void check(cairo_status_t status, const std::filesystem::path& path) {
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(path.string() + ": " + cairo_status_to_string(status));
}

}  // namespace

int render_pdf(const PlanDocument& document, const std::filesystem::path& path,
               const RenderOptions& options) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), kA4Width, kA4Height);
  check(cairo_surface_status(surface), path);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                 options.creation_date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE,
                                 options.creation_date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                 document.title_page.title.c_str());
  if (!document.author.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "planmine corpus");
  cairo_t* cr = cairo_create(surface);
  Typesetter typesetter(document, cr);
  typesetter.place_all();
  const auto& pages = typesetter.pages();
  const std::size_t count =
      options.image_only ? std::min<std::size_t>(pages.size(), options.image_pages) : pages.size();
  for (std::size_t i = 0; i < count; ++i) {
    const bool landscape = pages[i].landscape;
    const double w = landscape ? kA4Height : kA4Width;
    const double h = landscape ? kA4Width : kA4Height;
    cairo_pdf_surface_set_size(surface, w, h);
    if (options.image_only) {
      // A scan: the page as a picture at 100 dpi, no text layer.
      const double scale = 100.0 / 72.0;
      cairo_surface_t* image = cairo_image_surface_create(
          CAIRO_FORMAT_RGB24, static_cast<int>(w * scale), static_cast<int>(h * scale));
      cairo_t* icr = cairo_create(image);
      cairo_set_source_rgb(icr, 1, 1, 1);
      cairo_paint(icr);
      cairo_scale(icr, scale, scale);
      typesetter.draw_page(icr, i);
      cairo_destroy(icr);
      cairo_save(cr);
      cairo_scale(cr, 1 / scale, 1 / scale);
      cairo_set_source_surface(cr, image, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(image);
    } else {
      typesetter.draw_page(cr, i);
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  check(status, path);
  return static_cast<int>(count);
}

}  // namespace planmine::corpus
