#pragma once
// PDFs the extractor tests make themselves with cairo: a plan page layout with two columns,
// running header and footer, hyphenated line ends, a ligature and a table; and a page with no
// text at all (a "scan").

#include <cairo-pdf.h>
#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

namespace planmine::testing {

struct PlacedText {
  double x;
  double y;  // baseline
  std::string text;
  double size = 10;
};

inline void write_pdf(const std::filesystem::path& path,
                      const std::vector<std::vector<PlacedText>>& pages) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  for (const auto& page : pages) {
    for (const PlacedText& text : page) {
      cairo_set_font_size(cr, text.size);
      cairo_move_to(cr, text.x, text.y);
      cairo_show_text(cr, text.text.c_str());
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
}

// Three pages with "Gemeente Proefdorp · Testplan 2010 · versie 1.0" on top and
// "Pagina N van 3" at the bottom of each.
// Page 1: a full-width heading, then two columns of 14 lines each. The left column's lines hold
// "linkerkolom", the right column's "rechterkolom"; the left breaks "dienstverlenings-|concept"
// and "e-|overheid", the right "KCC-|medewerkers"; the left has "ﬁnanciering" (ligature).
// Page 2: a table of 3 columns and 3 rows; row 2's first cell runs over two lines.
// Page 3: prose.
inline std::vector<std::vector<PlacedText>> plan_layout_pages() {
  std::vector<std::vector<PlacedText>> pages(3);
  for (int page = 0; page < 3; ++page) {
    pages[page].push_back({160, 40, "Gemeente Proefdorp · Testplan 2010 · versie 1.0", 9});
    pages[page].push_back({270, 815, "Pagina " + std::to_string(page + 1) + " van 3", 9});
  }
  auto& one = pages[0];
  one.push_back({50, 90, "1 Aanleiding en achtergrond van het plan", 14});
  std::vector<std::string> left(14);
  std::vector<std::string> right(14);
  for (int i = 0; i < 14; ++i) {
    left[i] = "linkerkolom regel " + std::to_string(i + 1) + " met gewone woorden";
    right[i] = "rechterkolom regel " + std::to_string(i + 1) + " met andere woorden";
  }
  left[2] = "linkerkolom regel 3 over het dienstverlenings-";
  left[3] = "concept linkerkolom regel 4 met woorden";
  left[5] = "linkerkolom regel 6 en ook de e-";
  left[6] = "overheid linkerkolom regel 7 met woorden";
  left[9] = "linkerkolom regel 10 over de \uFB01nanciering nu";
  right[4] = "rechterkolom regel 5 voor alle KCC-";
  right[5] = "medewerkers rechterkolom regel 6 en meer";
  for (int i = 0; i < 14; ++i) {
    one.push_back({50, 130 + 14.0 * i, left[i]});
    one.push_back({310, 130 + 14.0 * i, right[i]});
  }
  auto& two = pages[1];
  two.push_back({50, 90, "2 Projecten", 14});
  two.push_back({50, 130, "Project"});
  two.push_back({230, 130, "Budget"});
  two.push_back({380, 130, "Status"});
  two.push_back({50, 158, "Zaaksysteem"});
  two.push_back({230, 158, "€ 120.000"});
  two.push_back({380, 158, "gestart"});
  two.push_back({50, 186, "Digitaal loket en"});
  two.push_back({230, 186, "€ 80.000"});
  two.push_back({380, 186, "gepland"});
  two.push_back({50, 199, "formulieren"});
  two.push_back({50, 227, "Basisregistraties"});
  two.push_back({230, 227, "€ 45.000"});
  two.push_back({380, 227, "afgerond"});
  auto& three = pages[2];
  three.push_back({50, 90, "3 Slot", 14});
  three.push_back({50, 130, "Dit plan is vastgesteld door het college van burgemeester en"});
  three.push_back({50, 144, "wethouders. De financiële paragraaf is leidend voor één jaar."});
  return pages;
}

// One page with a grey rectangle and no text: what a scanned page looks like to poppler.
inline void write_image_only_pdf(const std::filesystem::path& path) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
  cairo_rectangle(cr, 50, 50, 495, 742);
  cairo_fill(cr);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
}

}  // namespace planmine::testing
