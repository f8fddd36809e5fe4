#pragma once
// A plan's structure: its sections with headings, pages and what kind of section each is, so
// evidence and search can tell a risk section from a vision or an appendix.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/extractors/plan_text.hpp"

namespace planmine {

// What a section is about, recognised from its heading (and position).
enum class SectionKind {
  front,          // title page, colophon, table of contents, version history
  introduction,   // inleiding, aanleiding, voorwoord
  baseline,       // nulmeting, huidige situatie
  vision,         // visie, ambitie, doelen
  projects,       // projecten, bouwstenen, projectenoverzicht
  planning,       // planning, fasering, plateaus, roadmap
  organisation,   // organisatie, sturing, governance
  finance,        // financiën, kosten, budget
  risks,          // risico's, risicoanalyse, aandachtspunten
  communication,  // communicatie
  appendix,       // bijlage(n), afkortingen
  other,
};

const char* to_string(SectionKind kind);

// The kind named by `name` ("risks", "vision", ...), as codebooks write it; nullopt if unknown.
std::optional<SectionKind> section_kind_from_string(std::string_view name);

// The kind a heading's words announce ("7 Risico's en beheersmaatregelen" -> risks), nullopt
// when the heading names none of the known kinds.
std::optional<SectionKind> heading_kind(std::string_view heading);

struct Section {
  std::string heading;  // as written, empty for text before the first heading
  SectionKind kind = SectionKind::other;
  int first_page = 0;
  int last_page = 0;
  std::string text;  // the section's clean text, heading excluded
  // Byte offsets of each page start within `text`: page_starts[i] is where first_page + i
  // begins, so a position in `text` maps back to a page.
  std::vector<std::size_t> page_starts;
  // 1 for a chapter (a top-level numbered heading, or any heading of an unnumbered plan), 2 for
  // a sub-section, 0 for the front matter before the first heading.
  int level = 0;
  // Heading of the chapter this section belongs to (its own heading for a chapter).
  std::string chapter;
};

// Splits a plan at its headings (numbered or short title lines; the table of contents is not
// taken for headings). Text before the first heading is one `front` section. Sub-headings
// without a kind of their own inherit their chapter's kind.
std::vector<Section> split_sections(const PlanText& plan);

}  // namespace planmine
