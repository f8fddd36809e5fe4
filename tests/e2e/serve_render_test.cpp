// planmine serve's printers on plain values: escaping, marks, links that toggle filters, CSV.

#include <gtest/gtest.h>

#include <string>

#include "planmine/pipeline/serve.hpp"

namespace planmine::serve {
namespace {

std::string marked(std::string_view before, std::string_view word, std::string_view after) {
  std::string text(before);
  text += kMarkOpen;
  text += word;
  text += kMarkClose;
  text += after;
  return text;
}

TEST(ServeEscaping, EscapesEveryCharacterThatStartsMarkupOrEndsAnAttribute) {
  EXPECT_EQ(html_escape("<script>alert('x&y')</script>\"q\""),
            "&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;&quot;q&quot;");
  EXPECT_EQ(html_escape("gewone tekst, café"), "gewone tekst, café");
}

TEST(ServeEscaping, MarksBecomeMarkElementsAroundEscapedText) {
  EXPECT_EQ(marked_to_html(marked("a <b> ", "KCC", " & c")),
            "a &lt;b&gt; <mark>KCC</mark> &amp; c");
  // Unbalanced marks never leave an element open or close one that was not opened.
  EXPECT_EQ(marked_to_html(std::string("x") + kMarkClose + "y" + kMarkOpen + "z"),
            "xy<mark>z</mark>");
  EXPECT_EQ(marked_to_html(std::string(1, kMarkOpen) + kMarkOpen + "w" + kMarkClose + kMarkClose),
            "<mark>w</mark>");
}

TEST(ServeEscaping, UndoesExactlyXapiansSnippetEscaping) {
  // Xapian writes "&lt;script&gt;" for "<script>"; a plan that literally says "&lt;" has it
  // written as "&amp;lt;", which must come back as the five characters "&lt;".
  EXPECT_EQ(unescape_snippet("&lt;script&gt; &amp;lt; R&amp;D \"q\""), "<script> &lt; R&D \"q\"");
  EXPECT_EQ(html_escape(unescape_snippet("&lt;script&gt;")), "&lt;script&gt;");
}

TEST(ServeUrls, FormUrlsCarryOnlyTheFilledFieldsEncoded) {
  SearchForm form;
  EXPECT_EQ(form_url("/", form), "/");
  form.query = "\"klant contact\" & <kcc>";
  form.risk = "capaciteit";
  form.size_class = ">100k";
  form.scans = "exclude";
  form.by_passage = true;
  form.limit = 50;
  EXPECT_EQ(form_url("/search.csv", form),
            "/search.csv?q=%22klant%20contact%22%20%26%20%3Ckcc%3E&risk=capaciteit&size=%3E100k"
            "&scans=exclude&by=passage&limit=50");
  EXPECT_EQ(url_encode("../../etc/passwd"), "..%2F..%2Fetc%2Fpasswd");
}

SearchPage sample_page() {
  SearchPage page;
  page.form.query = "<script>alert(1)</script>";
  page.form.type = "service";
  page.types = {{"multi-project", "multi-projectenplan"},
                {"control", "beheersingsplan"},
                {"service", "dienstverleningsplan"}};
  page.risks = {{"capaciteit", "capaciteit"}, {"budget", "budget en financiering"}};
  page.searched = true;
  Facet type{"type", "Plan type", {}};
  type.values.push_back({"control", "beheersingsplan", 0, false, "/?type=control"});
  type.values.push_back({"service", "dienstverleningsplan", 7, true, "/?q=x&amp=1"});
  page.facets.push_back(type);
  ResultRow row;
  row.rank = 1;
  row.plan_id = "0123456789abcdef";
  row.municipality = "Gemeente <img src=x onerror=alert(1)>";
  row.type = "service";
  row.confidence = 0.734;
  row.risks = {"capaciteit"};
  row.page = 4;
  row.snippet = marked("de <script>steal()</script> ", "capaciteit", " ontbreekt");
  row.plan_url = "/plan/0123456789abcdef?q=capaciteit#p-4";
  row.pdf_url = "/pdf/0123456789abcdef";
  page.rows.push_back(row);
  page.matches = 31;
  page.csv_url = "/search.csv?type=service";
  page.api_url = "/api/search?type=service";
  return page;
}

TEST(ServeSearchPage, ShowsTextFromPlansAndQueriesAsTextNeverAsMarkup) {
  const std::string html = render_search_page(sample_page());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("de &lt;script&gt;steal()&lt;/script&gt; <mark>capaciteit</mark>"),
            std::string::npos);
  EXPECT_NE(html.find("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(html.find("Gemeente &lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

TEST(ServeSearchPage, ShowsHitsWithPageTypeConfidenceAndFacetLinks) {
  const std::string html = render_search_page(sample_page());
  EXPECT_NE(html.find("href=\"/pdf/0123456789abcdef#page=4\""), std::string::npos);
  EXPECT_NE(html.find("PDF p. 4"), std::string::npos);
  EXPECT_NE(html.find(">service 73%<"), std::string::npos);
  EXPECT_NE(html.find("31 plans matched, the first 1 shown"), std::string::npos);
  // The facet's link is escaped as an attribute and the selected value is marked.
  EXPECT_NE(html.find("<li class=\"selected\"><a class=\"facet-link\" href=\"/?q=x&amp;amp=1\""),
            std::string::npos);
  EXPECT_NE(html.find("<li class=\"empty\"><a class=\"facet-link\" href=\"/?type=control\""),
            std::string::npos);
  EXPECT_NE(html.find("<option value=\"service\" selected>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/search.csv?type=service\""), std::string::npos);
  // Nothing is fetched from elsewhere.
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
}

TEST(ServeSearchPage, AHitFromAScannedPageSaysOcrWithItsConfidence) {
  SearchPage page = sample_page();
  EXPECT_EQ(render_search_page(page).find(">OCR "), std::string::npos);
  page.rows[0].ocr_confidence = 87.9;
  EXPECT_NE(render_search_page(page).find(">OCR 87</span>"), std::string::npos);
}

TEST(ServeSearchPage, AFriendlyMessageReplacesTheResults) {
  SearchPage page = sample_page();
  page.message = "The query could not be read (<unbalanced>).";
  const std::string html = render_search_page(page);
  EXPECT_NE(html.find("role=\"alert\">The query could not be read (&lt;unbalanced&gt;).<"),
            std::string::npos);
  EXPECT_EQ(html.find("class=\"hit\""), std::string::npos);
}

TEST(ServePlanPage, EscapesPageTextEvidenceAndMetadataAndLinksEachPageToThePdf) {
  PlanPage page;
  page.plan_id = "0123456789abcdef";
  page.municipality = "Gemeente </title><script>x()</script>";
  page.path = "/plans/a&b.pdf";
  page.type = "control";
  page.type_label = "beheersingsplan";
  page.confidence = 0.5;
  page.type_scores = {{"control", "beheersingsplan", 4.5, true}, {"service", "d", 1, false}};
  page.risks = {{"draagvlak", "draagvlak en betrokkenheid"}};
  page.type_evidence = {{"control", "borging", 2, 3, "Borging", "de <b>borging</b> van"}};
  page.pages = {{1, "eerste pagina <script>evil()</script>", 0, false},
                {2, marked("over ", "draagvlak", " gesproken"), 1, true}};
  page.highlighted = "risk draagvlak";
  page.pdf_url = "/pdf/0123456789abcdef";
  page.back_url = "/?risk=draagvlak";
  const std::string html = render_plan_page(page);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("eerste pagina &lt;script&gt;evil()&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("over <mark>draagvlak</mark> gesproken"), std::string::npos);
  EXPECT_NE(html.find("id=\"p-2\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/pdf/0123456789abcdef#page=2\""), std::string::npos);
  EXPECT_NE(html.find("page 2 (OCR) · 1 marked"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#p-2\">p. 2</a>"), std::string::npos);
  EXPECT_NE(html.find("/plans/a&amp;b.pdf"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"chosen\"><td>control</td>"), std::string::npos);
  EXPECT_NE(html.find("de &lt;b&gt;borging&lt;/b&gt; van"), std::string::npos);
}

TEST(ServeKwicPage, EscapesContextsAndLinksToThePlanPage) {
  KwicPage page;
  page.word = "kcc";
  page.lines.push_back({"het <i>nieuwe</i>", "KCC", "opent in 2010", "0123456789abcdef",
                        "Gemeente X", "/p/x.pdf", 7});
  const std::string html = render_kwic_page(page);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"left\">het &lt;i&gt;nieuwe&lt;/i&gt;</td><td "
                      "class=\"word\">KCC</td>"),
            std::string::npos);
  EXPECT_NE(html.find("href=\"/plan/0123456789abcdef?q=kcc#p-7\""), std::string::npos);
}

TEST(ServeCsv, QuotesSeparatorsDropsMarksAndDisarmsFormulas) {
  ResultRow row;
  row.rank = 1;
  row.path = "/plans/a,b.pdf";
  row.municipality = "=HYPERLINK(\"http://evil\")";
  row.type = "service";
  row.confidence = 0.5;
  row.risks = {"capaciteit", "budget"};
  row.page = 3;
  row.score = 1.5;
  row.snippet = marked("zegt \"", "KCC", "\"");
  const std::string csv = render_csv({row});
  const std::string header =
      "rank,path,municipality,type,confidence,leading_theme,risks,kind,size_class,year,page,"
      "section,score,snippet\r\n";
  ASSERT_EQ(csv.substr(0, header.size()), header);
  EXPECT_EQ(csv.substr(header.size()),
            "1,\"/plans/a,b.pdf\",\"'=HYPERLINK(\"\"http://evil\"\")\",service,0.500,,"
            "capaciteit;budget,,,,3,,1.5000,\"zegt \"\"KCC\"\"\"\r\n");
}

}  // namespace
}  // namespace planmine::serve
