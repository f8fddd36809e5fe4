#pragma once
// PDFs the extractor tests make themselves with cairo: a plan page layout with two columns,
// running header and footer, hyphenated line ends, a ligature and a table; and a page with no
// text at all (a "scan").

#include <cairo-pdf.h>
#include <cairo.h>

#include <filesystem>
#include <fstream>
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
// Page 2: a table of 3 columns and 5 rows; the GBA row, right under another, has an empty last
// cell; the next row's first cell wraps onto a second line (it would not fit in the column).
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
  two.push_back({150, 130, "Budget"});
  two.push_back({300, 130, "Status"});
  two.push_back({50, 158, "Zaaksysteem"});
  two.push_back({150, 158, "€ 120.000"});
  two.push_back({300, 158, "gestart"});
  two.push_back({50, 172, "GBA"});
  two.push_back({150, 172, "\u20AC 10.000"});
  two.push_back({50, 200, "Digitaal loket en"});
  two.push_back({150, 200, "\u20AC 80.000"});
  two.push_back({300, 200, "gepland"});
  two.push_back({50, 213, "formulieren"});
  two.push_back({50, 241, "Basisregistraties"});
  two.push_back({150, 241, "\u20AC 45.000"});
  two.push_back({300, 241, "afgerond"});
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

// A hostile PDF of a few KiB that makes poppler spin: form XObject k draws form k-1 `fan`
// times, `levels` deep, so the page shows its one word fan^levels times (10^8 for 8 and 10).
inline void write_form_bomb_pdf(const std::filesystem::path& path, int levels, int fan) {
  std::vector<std::string> objects;
  auto stream = [](const std::string& dictionary, const std::string& content) {
    return "<< " + dictionary + " /Length " + std::to_string(content.size()) + " >>\nstream\n" +
           content + "\nendstream";
  };
  const int top_form = 6 + levels;  // object number of the outermost form
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  objects.push_back(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
      "/XObject << /X" +
      std::to_string(levels) + " " + std::to_string(top_form) + " 0 R >> >> /Contents 5 0 R >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back(
      stream("", "BT /F1 12 Tf 50 800 Td (Titel) Tj ET /X" + std::to_string(levels) + " Do"));
  const std::string form = "/Type /XObject /Subtype /Form /BBox [0 0 595 842] ";
  objects.push_back(
      stream(form + "/Resources << /Font << /F1 4 0 R >> >>", "BT /F1 10 Tf 50 50 Td (lus) Tj ET"));
  for (int k = 1; k <= levels; ++k) {
    std::string content;
    for (int i = 0; i < fan; ++i) content += "/X" + std::to_string(k - 1) + " Do ";
    objects.push_back(stream(form + "/Resources << /XObject << /X" + std::to_string(k - 1) + " " +
                                 std::to_string(6 + k - 1) + " 0 R >> >>",
                             content));
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  std::ofstream(path, std::ios::binary) << pdf;
}

}  // namespace planmine::testing
