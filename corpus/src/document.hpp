#pragma once
// A plan as structured text, before layout: what the composer writes and the PDF writer sets.

#include <string>
#include <vector>

namespace planmine::corpus {

struct Block {
  enum class Kind { heading, paragraph, bullets, table, page_break, quote };
  Kind kind = Kind::paragraph;
  int level = 1;                               // headings: 1 chapter, 2 section, 3 sub
  std::string text;                            // heading or paragraph text
  std::vector<std::string> items;              // bullets
  std::vector<std::vector<std::string>> rows;  // tables: rows[0] is the header row
  std::string caption;                         // tables: "Tabel 2: ..."
  bool landscape = false;                      // tables: set on a landscape page of its own
  bool numbered = true;                        // headings: takes part in chapter numbering
};

struct TitlePage {
  std::string municipality;  // "Gemeente Westerbroek"
  std::string title;         // "Realisatieplan e-overheid 2009-2011"
  std::string subtitle;
  std::vector<std::pair<std::string, std::string>> facts;  // Versie, Datum, Status, ...
};

// How a plan looks on paper: each plan draws its own house style.
struct PageStyle {
  std::string body_font = "DejaVu Serif";
  std::string heading_font = "DejaVu Sans";
  double body_size = 10.5;  // points
  double line_spacing = 1.15;
  int columns = 1;  // 1 or 2 for body text
  bool justify = false;
  double margin = 70;         // points
  int header_style = 0;       // 0 none, 1 title left, 2 municipality right + rule
  int footer_style = 0;       // page number: 0 "Pagina 3 van 12", 1 "blad 3", 2 "- 3 -", 3 "3"
  int heading_numbering = 0;  // 0 "1.", 1 "1", 2 "Hoofdstuk 1", 3 none
  double accent_r = 0.1, accent_g = 0.2, accent_b = 0.45;
  int table_style = 0;   // 0 grid, 1 header shaded + rules, 2 zebra
  int title_layout = 0;  // 0 centred, 1 left with band, 2 facts table
  bool chapter_new_page = false;
};

struct PlanDocument {
  PageStyle style;
  TitlePage title_page;
  std::string running_title;  // for running headers
  std::string author;         // PDF metadata
  std::vector<Block> blocks;
};

// Plain text of a document as a reader sees it (title page, headings, paragraphs, items, cells).
std::string document_text(const PlanDocument& document);

}  // namespace planmine::corpus
