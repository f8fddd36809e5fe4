// planmine serve as a reader and a script meet it: the built binary serves an index of a few
// generated plans plus a hand-made plan full of markup, on a free loopback port. Requests go
// over a plain socket (so paths like /pdf/..%2F.. reach the server unaltered) and through
// Debian's headless Chromium, which searches for a risk, follows a facet link, opens a plan.

#include <arpa/inet.h>
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

#include <chrono>
#include <regex>
#include <thread>

#include "e2e_support.hpp"
#include "planmine/index/plan_index.hpp"
#include "planmine/pipeline/serve.hpp"

namespace planmine::e2e {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// A one-page PDF written by hand: Helvetica text lines and an /Info title, nothing else.
std::string hand_made_pdf(const std::string& title, const std::vector<std::string>& lines) {
  auto literal = [](const std::string& text) {
    std::string out = "(";
    for (char c : text) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  };
  std::string content = "BT /F1 11 Tf 14 TL 60 780 Td\n";
  for (const std::string& line : lines) content += literal(line) + " Tj T*\n";
  content += "ET\n";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      fmt::format("<< /Length {} >>\nstream\n{}endstream", content.size(), content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Title " + literal(title) + " >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const std::size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (std::size_t offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{}\n%%EOF\n",
                     objects.size() + 1, xref);
  return pdf;
}

const std::vector<std::string> kEvilLines = {
    "Realisatieplan <script>alert('plan')</script> dienstverlening",
    "1. Inleiding",
    "De gemeente wil de dienstverlening verbeteren met een Klant Contact Centrum.",
    "In deze tekst staat <script>alert('tekst')</script> als gewone woorden.",
    "2. Risico's",
    "Het grootste risico is de capaciteit: er zijn te weinig mensen <b>beschikbaar</b>.",
    "Ook het budget is krap & de planning is <i>ambitieus</i>.",
};

struct Response {
  int status = 0;
  std::string headers;
  std::string body;
};

// GET `target` exactly as written (no normalisation of .. or %2F) over a fresh connection.
Response http_get(int port, const std::string& target) {
  Response response;
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return response;
  }
  const std::string request =
      "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  ::send(fd, request.data(), request.size(), 0);
  std::string raw;
  char buffer[65536];
  for (ssize_t got; (got = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, got);
  ::close(fd);
  const auto end = raw.find("\r\n\r\n");
  if (raw.size() < 12 || end == std::string::npos) return response;
  response.status = std::atoi(raw.c_str() + 9);
  response.headers = raw.substr(0, end);
  response.body = raw.substr(end + 4);
  return response;
}

bool has_header(const Response& response, const std::string& line) {
  return response.headers.find("\r\n" + line) != std::string::npos;
}

// A running `planmine serve`; stopped with SIGTERM when it goes out of scope.
class Server {
 public:
  Server(const fs::path& database, const fs::path& scratch) {
    fs::create_directories(scratch);
    out_ = scratch / "serve-stdout.txt";
    pid_ = ::fork();
    if (pid_ == 0) {
      const int out = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int err =
          ::open((scratch / "serve-stderr.txt").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(out, 1);
      ::dup2(err, 2);
      ::execl(PLANMINE_BINARY, PLANMINE_BINARY, "serve", "--db", database.c_str(), "--port", "0",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    const std::regex listening(R"(planmine: serving http://127\.0\.0\.1:(\d+)/)");
    for (int i = 0; i < 300 && port_ == 0; ++i) {
      std::smatch match;
      const std::string printed = read_text(out_);
      if (std::regex_search(printed, match, listening))
        port_ = std::stoi(match[1]);
      else
        std::this_thread::sleep_for(100ms);
    }
  }
  ~Server() {
    if (pid_ > 0 && exit_status_ < -1) stop();
  }
  int port() const { return port_; }
  std::string url(const std::string& target) const {
    return fmt::format("http://127.0.0.1:{}{}", port_, target);
  }
  // SIGTERM, then the exit status (-1 when it died of a signal).
  int stop() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return exit_status_;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_status_ = -2;
  fs::path out_;
};

struct TestIndex {
  fs::path database;
  fs::path evil_pdf;
  std::vector<fs::path> plans;
};

// An index of the first plans of the test corpus and the hand-made plan, made once (under a
// lock) and again when planmine is rebuilt.
TestIndex test_index() {
  TestIndex index;
  const fs::path root = fs::path(PLANMINE_TEST_CORPUS).parent_path() / "serve-index";
  index.database = root / "db";
  index.evil_pdf = root / "hand-made" / "evil.pdf";
  std::vector<fs::path> all;
  for (const auto& entry : fs::directory_iterator(test_corpus() / "plans")) {
    if (entry.path().extension() == ".pdf") all.push_back(entry.path());
  }
  std::sort(all.begin(), all.end());
  all.resize(std::min<std::size_t>(all.size(), 8));
  index.plans = all;
  fs::create_directories(root);
  const int lock = ::open((root / ".lock").c_str(), O_RDWR | O_CREAT, 0644);
  ::flock(lock, LOCK_EX);
  const fs::path done = root / "done";
  if (!fs::exists(done) || fs::last_write_time(done) < fs::last_write_time(PLANMINE_BINARY)) {
    fs::remove_all(index.database);
    fs::create_directories(index.evil_pdf.parent_path());
    std::ofstream(index.evil_pdf, std::ios::binary)
        << hand_made_pdf("Plan <script>alert('title')</script>", kEvilLines);
    std::ofstream(index.evil_pdf.parent_path() / "manifest.jsonl")
        << json{{"file", "evil.pdf"},
                {"municipality", "Gemeente <img src=x onerror=alert(1)>"},
                {"kind", "nup"},
                {"size_class", "<10k"},
                {"year", 2010}}
               .dump()
        << "\n";
    std::vector<std::string> argv{PLANMINE_BINARY, "index"};
    for (const fs::path& plan : index.plans) argv.push_back(plan.string());
    argv.push_back(index.evil_pdf.string());
    argv.push_back("--db");
    argv.push_back(index.database.string());
    const Completed indexed = run_program(argv, root / "index-run");
    EXPECT_EQ(indexed.status, 0) << indexed.err;
    std::ofstream(done) << indexed.status;
  }
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return index;
}

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(test_corpus() / "plans")) GTEST_SKIP() << "no test corpus";
    index_ = test_index();
    scratch_ =
        fs::path(PLANMINE_TEST_CORPUS).parent_path() / fmt::format("serve-scratch-{}", ::getpid());
    fs::remove_all(scratch_);
    server_ = std::make_unique<Server>(index_.database, scratch_);
    ASSERT_GT(server_->port(), 0) << read_text(scratch_ / "serve-stderr.txt");
  }
  void TearDown() override {
    if (server_) {
      // Stops cleanly on SIGTERM.
      EXPECT_EQ(server_->stop(), 0) << read_text(scratch_ / "serve-stderr.txt");
      server_.reset();
    }
    if (!HasFailure()) fs::remove_all(scratch_);
  }
  Response get(const std::string& target) const { return http_get(server_->port(), target); }
  std::string evil_id() const { return index::plan_id(index_.evil_pdf); }

  TestIndex index_;
  fs::path scratch_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServeTest, ServesTheIndexedPdfByIdAndNothingElse) {
  const Response pdf = get("/pdf/" + index::plan_id(index_.plans.front()));
  ASSERT_EQ(pdf.status, 200);
  EXPECT_TRUE(has_header(pdf, "Content-Type: application/pdf"));
  EXPECT_EQ(pdf.body, read_text(index_.plans.front()));

  const std::string id = evil_id();
  for (const std::string& target : std::vector<std::string>{
           "/pdf/..%2F..%2Fetc%2Fpasswd", "/pdf/../../etc/passwd", "/pdf/%2Fetc%2Fpasswd",
           "/pdf/..%252F..%252Fetc%252Fpasswd", "/pdf/0000000000000000", "/pdf/" + id + "%00",
           "/pdf/" + id + "/../../../../etc/passwd", "/pdf/" + id + "%2F..%2F..%2Fetc%2Fpasswd",
           "/plan/..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
           "/pdf/" + index_.evil_pdf.string(), "/pdf/" + index_.plans.front().string()}) {
    const Response response = get(target);
    EXPECT_EQ(response.status, 404) << target;
    EXPECT_EQ(response.body.find("root:"), std::string::npos) << target;
    EXPECT_EQ(response.body.find("%PDF"), std::string::npos) << target;
  }
}

TEST_F(ServeTest, MarkupInAPlanIsShownAsText) {
  const Response search = get("/?q=alert");
  ASSERT_EQ(search.status, 200);
  EXPECT_TRUE(has_header(search, "Content-Security-Policy: default-src 'none'"));
  EXPECT_NE(search.body.find("/plan/" + evil_id()), std::string::npos);
  EXPECT_EQ(search.body.find("<script"), std::string::npos);
  EXPECT_EQ(search.body.find("<img"), std::string::npos);
  EXPECT_NE(search.body.find("&lt;script&gt;<mark>alert</mark>"), std::string::npos);

  const Response plan = get("/plan/" + evil_id() + "?q=capaciteit");
  ASSERT_EQ(plan.status, 200);
  EXPECT_EQ(plan.body.find("<script"), std::string::npos);
  EXPECT_EQ(plan.body.find("<img"), std::string::npos);
  EXPECT_EQ(plan.body.find("<b>"), std::string::npos);
  EXPECT_NE(plan.body.find("Realisatieplan &lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(plan.body.find("Plan &lt;script&gt;alert(&#39;title&#39;)"), std::string::npos);
  EXPECT_NE(plan.body.find("Gemeente &lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(plan.body.find("is de <mark>capaciteit</mark>: er zijn te weinig mensen "
                           "&lt;b&gt;beschikbaar&lt;/b&gt;"),
            std::string::npos);
  EXPECT_NE(plan.body.find("href=\"/pdf/" + evil_id() + "#page=1\""), std::string::npos);
}

TEST_F(ServeTest, BadRequestsGetAFriendlyMessageNotAServerError) {
  const std::string too_long(600, 'a');
  for (const std::string& target :
       std::vector<std::string>{"/?q=" + too_long, "/?risk=geen-risico", "/?type=%3Cscript%3E",
                                "/?limit=veel", "/?by=page", "/?size=huge", "/?q=kcc&scans=some",
                                "/search.csv?theme=nope", "/kwic?w=twee%20woorden"}) {
    const Response response = get(target);
    EXPECT_EQ(response.status, 400) << target;
    EXPECT_NE(response.body.find("role=\"alert\""), std::string::npos) << target;
    EXPECT_EQ(response.body.find("<script"), std::string::npos) << target;
  }
  const Response api = get("/api/search?risk=geen-risico");
  EXPECT_EQ(api.status, 400);
  EXPECT_NE(json::parse(api.body).at("error").get<std::string>().find("geen-risico"),
            std::string::npos);
  // Bounded: a limit beyond the maximum lists at most the maximum.
  const Response many = get("/api/search?limit=999999");
  ASSERT_EQ(many.status, 200);
  EXPECT_LE(json::parse(many.body).size(), 201u);
}

TEST_F(ServeTest, AQueryXapianCannotParseIs400WithTheReason) {
  // Which strings the parser refuses is Xapian's business: find one with the CLI first.
  std::string refused;
  for (const std::string candidate : {"AND", "OR NOT", "\"a\" NEAR/ b AND", "a AND (", "NOT"}) {
    const Completed cli = run_program(
        {PLANMINE_BINARY, "search", "--db", index_.database.string(), candidate}, scratch_ / "cli");
    if (cli.status == 2 && cli.err.find("bad query") != std::string::npos) {
      refused = candidate;
      break;
    }
  }
  if (refused.empty()) GTEST_SKIP() << "Xapian accepted every candidate";
  const Response page = get("/?q=" + serve::url_encode(refused));
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("The query could not be read"), std::string::npos);
  EXPECT_NE(page.body.find("<form class=\"search\""), std::string::npos);
}

TEST_F(ServeTest, ApiGivesTheObjectsOfSearchJsonl) {
  // The page's parameters and the same search as `planmine search` options. None of these
  // plans is a scan, so scans=only leaves the facets alone and scans=exclude changes nothing.
  const std::vector<std::pair<std::string, std::vector<std::string>>> searches = {
      {"q=dienstverlening&limit=5", {"--limit", "5", "dienstverlening"}},
      {"risk=capaciteit&by=passage", {"--risk", "capaciteit", "--by", "passage"}},
      {"q=dienstverlening&scans=exclude", {"--scans", "exclude", "dienstverlening"}},
      {"q=dienstverlening&scans=only", {"--scans", "only", "dienstverlening"}}};
  for (const auto& [params, options] : searches) {
    const Response api = get("/api/search?" + params);
    ASSERT_EQ(api.status, 200) << params;
    EXPECT_TRUE(has_header(api, "Content-Type: application/json"));
    std::vector<std::string> argv{PLANMINE_BINARY,          "search",   "--db",
                                  index_.database.string(), "--format", "jsonl"};
    argv.insert(argv.end(), options.begin(), options.end());
    const Completed cli = run_program(argv, scratch_ / "cli");
    ASSERT_EQ(cli.status, 0) << cli.err;
    json expected = json::array();
    std::istringstream lines(cli.out);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) expected.push_back(json::parse(line));
    }
    EXPECT_EQ(expected.size() > 1u, !params.ends_with("scans=only")) << params;
    EXPECT_EQ(json::parse(api.body), expected) << params;
  }
}

TEST_F(ServeTest, CsvHasTheSameHitsAsTheApi) {
  const Response csv = get("/search.csv?risk=capaciteit&limit=6");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(has_header(csv, "Content-Type: text/csv"));
  EXPECT_TRUE(has_header(csv, "Content-Disposition: attachment"));
  const json api = json::parse(get("/api/search?risk=capaciteit&limit=6").body);
  ASSERT_GE(api.size(), 2u);
  std::istringstream lines(csv.body);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line.rfind("rank,path,municipality,type,confidence,", 0), 0u);
  for (std::size_t i = 0; i + 1 < api.size(); ++i) {
    ASSERT_TRUE(std::getline(lines, line));
    EXPECT_EQ(line.rfind(fmt::format("{},{},", i + 1, api[i].at("path").get<std::string>()), 0), 0u)
        << line;
  }
  EXPECT_FALSE(std::getline(lines, line) && !line.empty() && line != "\r");
}

TEST_F(ServeTest, FacetLinksToggleFiltersAndTheirCountsHold) {
  const Response all = get("/?q=gemeente");
  ASSERT_EQ(all.status, 200);
  const std::regex facet(
      R"RE(<li class=""><a class="facet-link" href="([^"]+)" title="[^"]*">([a-z-]+)</a><span class="count">(\d+)</span>)RE");
  int followed = 0;
  for (auto it = std::sregex_iterator(all.body.begin(), all.body.end(), facet);
       it != std::sregex_iterator(); ++it) {
    std::string href = (*it)[1];
    href = std::regex_replace(href, std::regex("&amp;"), "&");
    const int count = std::stoi((*it)[3]);
    const Response narrowed = get(href);
    ASSERT_EQ(narrowed.status, 200) << href;
    EXPECT_NE(narrowed.body.find(fmt::format(">{} plan", count)), std::string::npos) << href;
    // The value is now selected, and its link takes the filter off again.
    EXPECT_NE(
        narrowed.body.find("<li class=\"selected\"><a class=\"facet-link\" href=\"/?q=gemeente\""),
        std::string::npos)
        << href;
    ++followed;
  }
  EXPECT_GE(followed, 4);
}

TEST_F(ServeTest, KwicShowsEveryUseOfAWordWithItsPlanAndPage) {
  const Response kwic = get("/kwic?w=capaciteit");
  ASSERT_EQ(kwic.status, 200);
  EXPECT_NE(kwic.body.find("<td class=\"word\">capaciteit</td>"), std::string::npos);
  EXPECT_NE(kwic.body.find("href=\"/plan/" + evil_id() + "?q=capaciteit#p-1\""), std::string::npos);
}

TEST(ServeWhileIndexing, SeesPlansIndexedAfterItStarted) {
  if (!fs::exists(test_corpus() / "plans")) GTEST_SKIP() << "no test corpus";
  const fs::path scratch =
      fs::path(PLANMINE_TEST_CORPUS).parent_path() / fmt::format("serve-reopen-{}", ::getpid());
  fs::remove_all(scratch);
  fs::create_directories(scratch / "pdf");
  std::ofstream(scratch / "pdf" / "first.pdf", std::ios::binary)
      << hand_made_pdf("first", {"Een plan over dienstverlening en het KCC."});
  std::ofstream(scratch / "pdf" / "second.pdf", std::ios::binary)
      << hand_made_pdf("second", {"Een plan over de zeldzaamwoordtoets van de gemeente."});
  const fs::path database = scratch / "db";
  ASSERT_EQ(run_program({PLANMINE_BINARY, "index", (scratch / "pdf" / "first.pdf").string(), "--db",
                         database.string()},
                        scratch / "first")
                .status,
            0);
  Server server(database, scratch / "server");
  ASSERT_GT(server.port(), 0);
  EXPECT_EQ(json::parse(http_get(server.port(), "/api/search?q=zeldzaamwoordtoets").body).size(),
            1u);  // the facets object only
  ASSERT_EQ(run_program({PLANMINE_BINARY, "index", (scratch / "pdf" / "second.pdf").string(),
                         "--db", database.string()},
                        scratch / "second")
                .status,
            0);
  std::size_t found = 0;
  for (int i = 0; i < 50 && found < 2; ++i) {
    std::this_thread::sleep_for(100ms);
    found = json::parse(http_get(server.port(), "/api/search?q=zeldzaamwoordtoets").body).size();
  }
  EXPECT_EQ(found, 2u);
  EXPECT_EQ(server.stop(), 0);
  if (!::testing::Test::HasFailure()) fs::remove_all(scratch);
}

// ---------------------------------------------------------------------------------------------
// Chromium

std::string first_match(const std::string& text, const std::string& pattern) {
  std::smatch match;
  if (!std::regex_search(text, match, std::regex(pattern))) return {};
  return std::regex_replace(match[1].str(), std::regex("&amp;"), "&");
}

TEST_F(ServeTest, ChromiumSearchesForARiskFollowsAFacetAndOpensAPlan) {
  const std::string browser = chromium_binary();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed (apt-get install chromium)";
  const fs::path shots = fs::path(PLANMINE_TEST_CORPUS).parent_path() / "serve-screenshots";
  fs::create_directories(shots);

  // 1. The risk picker's search, as the form submits it.
  const std::string search_url = server_->url("/?q=&risk=capaciteit&by=plan");
  const Completed search = chromium(browser, scratch_, "search", {"--dump-dom"}, search_url);
  ASSERT_EQ(search.status, 0) << search.err;
  EXPECT_NE(search.out.find("<option value=\"capaciteit\" selected=\"\">"), std::string::npos);
  EXPECT_NE(search.out.find("class=\"hit\""), std::string::npos);
  EXPECT_NE(search.out.find("<mark>"), std::string::npos);
  EXPECT_EQ(search.out.find("<script"), std::string::npos);
  const Completed shot = chromium(
      browser, scratch_, "search-shot",
      {"--screenshot=" + (shots / "search.png").string(), "--window-size=1280,1600"}, search_url);
  ASSERT_EQ(shot.status, 0) << shot.err;
  ASSERT_TRUE(fs::exists(shots / "search.png"));
  EXPECT_GT(fs::file_size(shots / "search.png"), 20'000u);

  // 2. A facet link with plans behind it, followed.
  const std::string facet = first_match(
      search.out,
      R"RE(<li class=""><a class="facet-link" href="([^"]+)"[^>]*>[^<]+</a><span class="count">[1-9])RE");
  ASSERT_FALSE(facet.empty());
  const Completed narrowed =
      chromium(browser, scratch_, "facet", {"--dump-dom"}, server_->url(facet));
  ASSERT_EQ(narrowed.status, 0) << narrowed.err;
  EXPECT_NE(narrowed.out.find("<li class=\"selected\">"), std::string::npos);
  EXPECT_NE(narrowed.out.find("class=\"hit\""), std::string::npos);

  // 3. The first plan of the narrowed list, at its page.
  const std::string plan = first_match(narrowed.out, R"RE(class="plan-link" href="([^"]+)")RE");
  ASSERT_EQ(plan.rfind("/plan/", 0), 0u) << plan;
  const Completed page = chromium(browser, scratch_, "plan", {"--dump-dom"}, server_->url(plan));
  ASSERT_EQ(page.status, 0) << page.err;
  EXPECT_NE(page.out.find("id=\"type-scores\""), std::string::npos);
  EXPECT_NE(page.out.find("id=\"p-1\""), std::string::npos);
  EXPECT_NE(page.out.find("#page="), std::string::npos);
  EXPECT_NE(page.out.find("<mark>"), std::string::npos);
  const Completed plan_shot =
      chromium(browser, scratch_, "plan-shot",
               {"--screenshot=" + (shots / "plan.png").string(), "--window-size=1280,1600"},
               server_->url(plan));
  ASSERT_EQ(plan_shot.status, 0) << plan_shot.err;
  EXPECT_GT(fs::file_size(shots / "plan.png"), 20'000u);

  // 4. The hand-made plan's markup stays text in the browser too.
  const Completed evil =
      chromium(browser, scratch_, "evil", {"--dump-dom"}, server_->url("/?q=alert"));
  ASSERT_EQ(evil.status, 0) << evil.err;
  EXPECT_EQ(evil.out.find("<script"), std::string::npos);
  EXPECT_NE(evil.out.find("&lt;script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace planmine::e2e
