#pragma once
// A plan's structure: its sections with headings, pages and what kind of section each is, so
// evidence and search can tell a risk section from a vision or an appendix.

#include <string>
#include <vector>

#include "planmine/extractors/plan_text.hpp"

namespace planmine {

// What a section is about, recognised from its heading (and position).
enum class SectionKind {
  front,         // title page, colophon, table of contents, version history
  introduction,  // inleiding, aanleiding, voorwoord
  baseline,      // nulmeting, huidige situatie
  vision,        // visie, ambitie, doelen
  projects,      // projecten, bouwstenen, projectenoverzicht
  planning,      // planning, fasering, plateaus, roadmap
  organisation,  // organisatie, sturing, governance
  finance,       // financiën, kosten, budget
  risks,         // risico's, risicoanalyse, aandachtspunten
  communication, // communicatie
  appendix,      // bijlage(n), afkortingen
  other,
};

const char* to_string(SectionKind kind);

struct Section {
  std::string heading;  // as written, empty for text before the first heading
  SectionKind kind = SectionKind::other;
  int first_page = 0;
  int last_page = 0;
  std::string text;  // the section's clean text, heading excluded
  // Byte offsets of each page start within `text`: page_starts[i] is where first_page + i
  // begins, so a position in `text` maps back to a page.
  std::vector<std::size_t> page_starts;
};

std::vector<Section> split_sections(const PlanText& plan);

}  // namespace planmine
