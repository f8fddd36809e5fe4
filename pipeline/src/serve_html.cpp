// planmine serve, the printers: pages as HTML from plain values. Every string from a plan or a
// request passes html_escape (or marked_to_html) on its way out; nothing else builds markup.
// No scripts, fonts or images from elsewhere: one inline style sheet.

#include <fmt/core.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "planmine/pipeline/serve.hpp"

namespace planmine::serve {
namespace {

constexpr std::string_view kStyle = R"CSS(
:root{--ink:#1d2433;--muted:#5b6475;--line:#dfe3ea;--bg:#f5f7fa;--accent:#1f5fa8;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "DejaVu Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#17325c;color:#fff;padding:10px 24px;display:flex;align-items:baseline;gap:16px}
header.top a{color:#fff;font-weight:bold;font-size:19px}header.top span{color:#c4d3ea;font-size:13px}
main{max-width:1220px;margin:0 auto;padding:16px 24px}
form.search{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin-bottom:16px}
form.search .row{display:flex;gap:10px;flex-wrap:wrap;align-items:end}
form.search label{font-size:12px;color:var(--muted);display:flex;flex-direction:column;gap:2px}
input[type=search],input[type=text]{font:inherit;padding:7px 10px;border:1px solid #b9c2d0;border-radius:6px;min-width:0}
input.q{flex:1 1 420px;font-size:17px}
select{font:inherit;font-size:14px;padding:5px 6px;border:1px solid #b9c2d0;border-radius:6px;background:#fff;max-width:230px}
button{font:inherit;padding:7px 18px;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer}
.row+.row{margin-top:10px}
.layout{display:grid;grid-template-columns:230px 1fr;gap:18px}
aside .facet{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin-bottom:12px}
aside h3{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
aside ul{list-style:none;margin:0;padding:0}aside li{display:flex;justify-content:space-between;padding:2px 0}
aside li.selected a{font-weight:bold}aside li.selected a::before{content:"\2715  ";color:#a33}
aside li.empty a{color:#9aa3b2}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
.summary{margin:0 0 10px;color:var(--muted)}
.message{background:#fff4f2;border:1px solid #f0b8ad;color:#7a2414;border-radius:8px;padding:10px 14px;margin-bottom:14px}
ol.hits{list-style:none;margin:0;padding:0}
.hit{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin-bottom:10px}
.hit h2{font-size:17px;margin:0 0 4px;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.hit .rank{color:var(--muted);font-size:13px;font-weight:normal}
.meta{font-size:13px;color:var(--muted)}.meta span+span::before{content:" \00b7  "}
.snippet{margin:6px 0 0}
mark{background:var(--mark);padding:0 1px;border-radius:2px}
.badge{display:inline-block;font-size:12px;font-weight:normal;padding:1px 8px;border-radius:10px;background:#e8edf5;color:#24324a}
.type-multi-project{background:#e3effd;color:#174a85}.type-control{background:#e6f4ea;color:#1e5e33}.type-service{background:#fdeee0;color:#8a4511}
.risk{background:#f6e8f3;color:#6d2360}
.tools{font-size:13px;margin-top:14px}.tools a{margin-right:14px}
table{border-collapse:collapse;background:#fff;font-size:14px}td,th{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.chosen td{font-weight:bold}
.kwic td.left{text-align:right;white-space:nowrap}.kwic td.word{font-weight:bold;background:var(--mark);white-space:nowrap}.kwic td.right{white-space:nowrap}
.page{background:#fff;border:1px solid var(--line);border-radius:8px;margin:12px 0}
.page h3{margin:0;padding:6px 14px;font-size:14px;border-bottom:1px solid var(--line);display:flex;justify-content:space-between}
.page pre{margin:0;padding:10px 14px;white-space:pre-wrap;font:14px/1.5 "DejaVu Sans","Liberation Sans",Arial,sans-serif;tab-size:4}
section.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:12px 0}
section.card h2{margin:0 0 8px;font-size:16px}
blockquote{margin:4px 0 10px;padding:4px 12px;border-left:3px solid #b9c2d0;color:#333}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0}dt{color:var(--muted)}dd{margin:0}
nav.pages a{display:inline-block;margin:0 6px 4px 0;padding:1px 8px;border:1px solid var(--line);border-radius:10px;background:#fff;font-size:13px}
)CSS";

void append_head(std::string& out, std::string_view title) {
  out += "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out +=
      fmt::format("<title>{}</title><style>{}</style></head><body>\n", html_escape(title), kStyle);
  out +=
      "<header class=\"top\"><a href=\"/\">planmine</a><span>search the municipal "
      "e-government plans</span></header>\n<main>\n";
}

void append_foot(std::string& out) {
  out += "</main>\n</body></html>\n";
}

std::string percent(double share) {
  return fmt::format("{:.0f}%", share * 100);
}

std::string score_text(double score) {
  return fmt::format("{:.2f}", score);
}

void append_select(std::string& out, std::string_view name, std::string_view title,
                   const std::vector<Choice>& choices, std::string_view selected,
                   std::string_view any) {
  out += fmt::format("<label>{}<select name=\"{}\"><option value=\"\">{}</option>",
                     html_escape(title), html_escape(name), html_escape(any));
  for (const Choice& choice : choices) {
    const std::string shown = choice.label.empty() || choice.label == choice.code
                                  ? choice.code
                                  : fmt::format("{} — {}", choice.code, choice.label);
    out += fmt::format("<option value=\"{}\"{}>{}</option>", html_escape(choice.code),
                       choice.code == selected ? " selected" : "", html_escape(shown));
  }
  out += "</select></label>";
}

void append_search_form(std::string& out, const SearchPage& page) {
  const SearchForm& form = page.form;
  out += "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">\n<div class=\"row\">";
  out += fmt::format(
      "<input class=\"q\" type=\"search\" name=\"q\" value=\"{}\" maxlength=\"{}\" "
      "placeholder=\"words, &quot;a phrase&quot;, KCC AND zaakgericht, bouwsteen*, type:service\" "
      "aria-label=\"query\">",
      html_escape(form.query), kMaxQueryBytes);
  out += "<button type=\"submit\">Search</button></div>\n<div class=\"row\">";
  append_select(out, "theme", "theme", page.themes, form.theme, "any theme");
  append_select(out, "risk", "risk", page.risks, form.risk, "any risk");
  append_select(out, "type", "plan type", page.types, form.type, "all types");
  append_select(out, "kind", "kind", page.kinds, form.kind, "all kinds");
  append_select(out, "size", "size class", page.size_classes, form.size_class, "all sizes");
  append_select(out, "scans", "scanned pages", page.scan_choices, form.scans, "include");
  out += fmt::format(
      "<label>rank<select name=\"by\"><option value=\"plan\"{}>plans</option>"
      "<option value=\"passage\"{}>passages</option></select></label>",
      form.by_passage ? "" : " selected", form.by_passage ? " selected" : "");
  out += "<label>show<select name=\"limit\">";
  bool listed = false;
  for (unsigned limit : {10u, 20u, 50u, 100u, 200u}) {
    listed = listed || limit == form.limit;
    out += fmt::format("<option{}>{}</option>", limit == form.limit ? " selected" : "", limit);
  }
  if (!listed) out += fmt::format("<option selected>{}</option>", form.limit);
  out += "</select></label></div>\n</form>\n";
}

void append_facets(std::string& out, const SearchPage& page) {
  out += "<aside>\n";
  for (const Facet& facet : page.facets) {
    out += fmt::format("<div class=\"facet\" id=\"facet-{}\"><h3>{}</h3><ul>",
                       html_escape(facet.name), html_escape(facet.title));
    for (const FacetValue& value : facet.values) {
      const char* state = value.selected ? "selected" : (value.count == 0 ? "empty" : "");
      out += fmt::format(
          "<li class=\"{}\"><a class=\"facet-link\" href=\"{}\" title=\"{}\">{}</a>"
          "<span class=\"count\">{}</span></li>",
          state, html_escape(value.url), html_escape(value.label), html_escape(value.value),
          value.count);
    }
    out += "</ul></div>\n";
  }
  out +=
      "<div class=\"facet\"><h3>Concordance</h3><form method=\"get\" action=\"/kwic\">"
      "<input type=\"text\" name=\"w\" placeholder=\"one word\" aria-label=\"word\" "
      "style=\"width:100%\"></form></div>\n";
  out += "</aside>\n";
}

void append_badges(std::string& out, const std::string& type, double confidence,
                   const std::string& theme, const std::vector<std::string>& risks) {
  if (!type.empty()) {
    out += fmt::format("<span class=\"badge type-{0}\">{0}{1}</span>", html_escape(type),
                       confidence >= 0 ? " " + percent(confidence) : "");
  }
  if (!theme.empty()) out += fmt::format("<span class=\"badge\">{}</span>", html_escape(theme));
  for (const std::string& risk : risks) {
    out += fmt::format("<span class=\"badge risk\">{}</span>", html_escape(risk));
  }
}

void append_hit(std::string& out, const ResultRow& row, bool by_passage) {
  out += "<li class=\"hit\"><h2>";
  out += fmt::format("<span class=\"rank\">{}.</span><a class=\"plan-link\" href=\"{}\">{}</a>",
                     row.rank, html_escape(row.plan_url),
                     html_escape(row.municipality.empty() ? row.path : row.municipality));
  append_badges(out, row.type, row.confidence, row.leading_theme, row.risks);
  out += "</h2><div class=\"meta\">";
  if (!row.kind.empty()) out += fmt::format("<span>{}</span>", html_escape(row.kind));
  if (!row.size_class.empty()) out += fmt::format("<span>{}</span>", html_escape(row.size_class));
  if (row.year > 0) out += fmt::format("<span>{}</span>", row.year);
  if (row.page > 0) {
    out += fmt::format("<span><a class=\"pdf-link\" href=\"{}#page={}\">PDF p. {}</a></span>",
                       html_escape(row.pdf_url), row.page, row.page);
  }
  // The text shown came from a scan: say so, with Tesseract's confidence (rounded down).
  if (row.ocr_confidence >= 0) {
    out += fmt::format("<span title=\"read by OCR\">OCR {}</span>",
                       static_cast<int>(row.ocr_confidence));
  }
  if (by_passage && !row.section.empty()) {
    out += fmt::format("<span>[{}] {}</span>", html_escape(row.section), html_escape(row.heading));
  }
  out += fmt::format("<span>score {}</span></div>", score_text(row.score));
  if (!row.snippet.empty()) {
    out += fmt::format("<p class=\"snippet\">{}</p>", marked_to_html(row.snippet));
  }
  out += "</li>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        break;  // never valid in HTML text
      default:
        out += c;
    }
  }
  return out;
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.' || byte == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::string marked_to_html(std::string_view marked) {
  std::string out;
  bool open = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= marked.size(); ++i) {
    const bool end = i == marked.size();
    if (!end && marked[i] != kMarkOpen && marked[i] != kMarkClose) continue;
    out += html_escape(marked.substr(start, i - start));
    start = i + 1;
    if (end) break;
    if (marked[i] == kMarkOpen && !open) {
      out += "<mark>";
      open = true;
    } else if (marked[i] == kMarkClose && open) {
      out += "</mark>";
      open = false;
    }
  }
  if (open) out += "</mark>";
  return out;
}

std::string unescape_snippet(std::string_view snippet) {
  std::string out;
  out.reserve(snippet.size());
  for (std::size_t i = 0; i < snippet.size(); ++i) {
    const std::string_view rest = snippet.substr(i);
    if (rest.starts_with("&lt;")) {
      out += '<';
      i += 3;
    } else if (rest.starts_with("&gt;")) {
      out += '>';
      i += 3;
    } else if (rest.starts_with("&amp;")) {
      out += '&';
      i += 4;
    } else {
      out += snippet[i];
    }
  }
  return out;
}

std::string form_url(std::string_view path, const SearchForm& form) {
  std::string url(path);
  char separator = '?';
  auto add = [&](std::string_view name, std::string_view value) {
    if (value.empty()) return;
    url += separator;
    url += name;
    url += '=';
    url += url_encode(value);
    separator = '&';
  };
  add("q", form.query);
  add("theme", form.theme);
  add("risk", form.risk);
  add("type", form.type);
  add("kind", form.kind);
  add("size", form.size_class);
  add("scans", form.scans);
  if (form.by_passage) add("by", "passage");
  if (form.limit != SearchForm{}.limit) add("limit", std::to_string(form.limit));
  return url;
}

std::string render_search_page(const SearchPage& page) {
  std::string out;
  append_head(out, page.form.query.empty() ? "planmine search"
                                           : fmt::format("{} – planmine", page.form.query));
  append_search_form(out, page);
  if (!page.message.empty()) {
    out +=
        fmt::format("<div class=\"message\" role=\"alert\">{}</div>\n", html_escape(page.message));
  }
  out += "<div class=\"layout\">\n";
  append_facets(out, page);
  out += "<div class=\"results\">\n";
  if (!page.searched) {
    out += fmt::format(
        "<p class=\"summary\">{} plans in the index. Type words, pick a theme or a risk, or "
        "narrow by type, kind and size; the counts on the left say how many each filter "
        "leaves.</p>\n",
        page.plans_in_index);
  }
  if (page.message.empty()) {
    out += fmt::format("<p class=\"summary\" id=\"summary\">{} {} matched{}</p>\n", page.matches,
                       page.form.by_passage ? (page.matches == 1 ? "passage" : "passages")
                                            : (page.matches == 1 ? "plan" : "plans"),
                       page.rows.size() < page.matches
                           ? fmt::format(", the first {} shown", page.rows.size())
                           : "");
    out += "<ol class=\"hits\">\n";
    for (const ResultRow& row : page.rows) append_hit(out, row, page.form.by_passage);
    out += "</ol>\n";
    out += fmt::format(
        "<p class=\"tools\"><a id=\"csv\" href=\"{}\">Download CSV</a><a id=\"json\" "
        "href=\"{}\">JSON</a></p>\n",
        html_escape(page.csv_url), html_escape(page.api_url));
  }
  out += "</div>\n</div>\n";
  append_foot(out);
  return out;
}

std::string render_plan_page(const PlanPage& page) {
  std::string out;
  const std::string name = page.municipality.empty() ? page.path : page.municipality;
  append_head(out, fmt::format("{} – planmine", name));
  out += fmt::format("<p><a href=\"{}\">&larr; back to the search</a></p>\n",
                     html_escape(page.back_url));
  out += fmt::format("<h1 id=\"plan-title\">{} ", html_escape(name));
  append_badges(out, page.type, page.confidence, page.leading_theme, {});
  out += "</h1>\n";

  out += "<section class=\"card\" id=\"facts\"><dl class=\"facts\">";
  auto fact = [&out](std::string_view label, std::string_view value) {
    if (value.empty()) return;
    out += fmt::format("<dt>{}</dt><dd>{}</dd>", label, html_escape(value));
  };
  fact("title", page.title);
  fact("file", page.path);
  fact("kind", page.kind);
  fact("size class", page.size_class);
  if (page.year > 0) fact("year", std::to_string(page.year));
  fact("pages", std::to_string(page.page_count));
  if (!page.type.empty()) {
    fact("plan type", fmt::format("{} ({}), confidence {}", page.type, page.type_label,
                                  percent(page.confidence)));
  }
  out += fmt::format("<dt>original</dt><dd><a id=\"pdf\" href=\"{}\">open the PDF</a></dd>",
                     html_escape(page.pdf_url));
  out += "</dl></section>\n";

  auto scores = [&out](std::string_view id, std::string_view title,
                       const std::vector<ScoreRow>& rows) {
    if (rows.empty()) return;
    out += fmt::format("<section class=\"card\" id=\"{}\"><h2>{}</h2><table>", id, title);
    for (const ScoreRow& row : rows) {
      out += fmt::format("<tr{}><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                         row.chosen ? " class=\"chosen\"" : "", html_escape(row.code),
                         html_escape(row.label), score_text(row.score));
    }
    out += "</table></section>\n";
  };
  scores("type-scores", "Plan type scores", page.type_scores);
  scores("theme-scores", "Theme scores", page.theme_scores);

  out += "<section class=\"card\" id=\"risks\"><h2>Risks the plan names</h2>";
  if (page.risks.empty()) out += "<p>none found</p>";
  for (const Choice& risk : page.risks) {
    out += fmt::format("<span class=\"badge risk\" title=\"{}\">{}</span> ",
                       html_escape(risk.label), html_escape(risk.code));
  }
  out += "</section>\n";

  auto evidence = [&out](std::string_view id, std::string_view title,
                         const std::vector<EvidenceRow>& rows) {
    if (rows.empty()) return;
    out += fmt::format("<section class=\"card\" id=\"{}\"><h2>{}</h2>", id, title);
    for (const EvidenceRow& row : rows) {
      out += fmt::format(
          "<div class=\"evidence\"><span class=\"meta\"><span>{}</span><span>{}</span>"
          "<span>weight {}</span>{}{}</span><blockquote>{}</blockquote></div>",
          html_escape(row.code), html_escape(row.indicator), score_text(row.weight),
          row.page > 0 ? fmt::format("<span><a href=\"#p-{0}\">p. {0}</a></span>", row.page) : "",
          row.section.empty() ? "" : fmt::format("<span>{}</span>", html_escape(row.section)),
          html_escape(row.passage));
    }
    out += "</section>\n";
  };
  evidence("type-evidence", "Why this type: evidence", page.type_evidence);
  evidence("risk-evidence", "Where the risks are named", page.risk_evidence);

  out += "<section id=\"text\"><h2>Text, page by page</h2>";
  if (!page.text_message.empty()) {
    out += fmt::format("<div class=\"message\">{}</div>", html_escape(page.text_message));
  }
  std::vector<int> hit_pages;
  for (const PageView& view : page.pages) {
    if (view.hits > 0) hit_pages.push_back(view.number);
  }
  if (!page.highlighted.empty()) {
    out += fmt::format("<p class=\"summary\">Marked: <mark>{}</mark>; {} pages with a mark</p>",
                       html_escape(page.highlighted), hit_pages.size());
    if (!hit_pages.empty()) {
      out += "<nav class=\"pages\">";
      for (int number : hit_pages) out += fmt::format("<a href=\"#p-{0}\">p. {0}</a>", number);
      out += "</nav>";
    }
  }
  for (const PageView& view : page.pages) {
    out += fmt::format(
        "<div class=\"page\" id=\"p-{0}\"><h3><span>page {0}{1}{2}</span><a class=\"pdf-link\" "
        "href=\"{3}#page={0}\">PDF at page {0}</a></h3><pre>{4}</pre></div>\n",
        view.number, view.ocr ? " (OCR)" : "",
        view.hits > 0 ? fmt::format(" · {} marked", view.hits) : "", html_escape(page.pdf_url),
        marked_to_html(view.text));
  }
  out += "</section>\n";
  append_foot(out);
  return out;
}

std::string render_kwic_page(const KwicPage& page) {
  std::string out;
  append_head(out, fmt::format("{} in context – planmine", page.word));
  out += fmt::format(
      "<form class=\"search\" method=\"get\" action=\"/kwic\"><div class=\"row\"><label>word in "
      "context<input type=\"text\" name=\"w\" value=\"{}\" maxlength=\"100\"></label>"
      "<button type=\"submit\">Show</button><a href=\"/?q={}\">search for it</a></div></form>\n",
      html_escape(page.word), html_escape(url_encode(page.word)));
  if (!page.message.empty()) {
    out +=
        fmt::format("<div class=\"message\" role=\"alert\">{}</div>\n", html_escape(page.message));
  } else {
    out += fmt::format("<p class=\"summary\" id=\"summary\">{} occurrences{}</p>\n",
                       page.lines.size(), page.truncated ? " shown (there are more)" : "");
    out += "<table class=\"kwic\">\n";
    for (const KwicLine& line : page.lines) {
      out += fmt::format(
          "<tr><td class=\"left\">{}</td><td class=\"word\">{}</td><td class=\"right\">{}</td>"
          "<td><a href=\"/plan/{}?q={}#p-{}\">{} p. {}</a></td></tr>\n",
          html_escape(line.left), html_escape(line.word), html_escape(line.right),
          html_escape(line.plan_id), html_escape(url_encode(page.word)), line.page,
          html_escape(line.municipality.empty() ? line.path : line.municipality), line.page);
    }
    out += "</table>\n";
  }
  append_foot(out);
  return out;
}

std::string render_message_page(std::string_view title, std::string_view message) {
  std::string out;
  append_head(out, title);
  out += fmt::format("<h1>{}</h1><div class=\"message\" role=\"alert\">{}</div>",
                     html_escape(title), html_escape(message));
  out += "<p><a href=\"/\">to the search page</a></p>";
  append_foot(out);
  return out;
}

}  // namespace planmine::serve
