// The index on hand-made plans: Dutch matching (stems, compounds, accents, synonyms), risks as
// risks, filters and facets, replacing and removing plans, shards and a remote shard.

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "index_support.hpp"
#include "planmine/index/schema.hpp"
#include "planmine/index/search.hpp"

namespace planmine {
namespace {

using testing::make_plan;
using testing::SectionSpec;
using testing::TemporaryFolder;

Coding coded(const std::string& type, const std::string& theme, std::vector<std::string> risks) {
  Coding coding;
  coding.type = type;
  coding.confidence = 0.8;
  coding.leading_theme = theme;
  coding.risks = std::move(risks);
  return coding;
}

std::vector<index::IndexedPlan> sample_plans() {
  std::vector<index::IndexedPlan> plans;
  plans.push_back(
      make_plan("registers.pdf",
                {{SectionKind::vision, "Visie",
                  "Wij richten de basisregistraties in en verbeteren het gegevensbeheer."},
                 {SectionKind::risks, "Risico's",
                  "Er is te weinig capaciteit: de bezetting van het team is krap."}},
                coded("control", "basisregistraties", {"capaciteit"})));
  plans.push_back(make_plan(
      "kcc.pdf",
      {{SectionKind::vision, "Visie", "Het klantcontactcentrum wordt de ingang voor alle vragen."},
       {SectionKind::projects, "Projecten", "De capaciteit van het KCC wordt 12 fte."},
       {SectionKind::risks, "Risico's", "Het draagvlak bij medewerkers is gering."}},
      coded("service", "dienstverlening", {"draagvlak"})));
  plans.push_back(make_plan(
      "loket.pdf",
      {{SectionKind::vision, "Ambitie", "Een Klant Contact Centrum voor de inwoners in 2012."},
       {SectionKind::finance, "Financiën", "De financiële middelen zijn beperkt."}},
      coded("service", "dienstverlening", {"budget"})));
  plans.push_back(make_plan(
      "zaken.pdf",
      {{SectionKind::projects, "Projecten",
        "Zaakgericht werken met een zaaksysteem en scannen. Elke e-zaak krijgt een nummer."},
       {SectionKind::risks, "Risico's",
        "Capaciteit is een groot risico; er zijn te weinig mensen."}},
      coded("multi-project", "zaakgericht", {"capaciteit"})));
  return plans;
}

void write_database(const std::filesystem::path& folder,
                    const std::vector<index::IndexedPlan>& plans) {
  index::PlanIndexWriter writer(folder);
  writer.set_synonyms(
      SynonymMatcher(testing::codebook_with_synonyms(), Tokenizer::standard()).entries());
  for (const index::IndexedPlan& plan : plans) writer.replace_plan(plan);
  writer.commit();
}

std::vector<std::string> hit_files(const index::SearchResult& result) {
  std::vector<std::string> files;
  for (const index::Hit& hit : result.hits) {
    files.push_back(std::filesystem::path(hit.plan.path).filename().string());
  }
  return files;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

class PlanSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TemporaryFolder();
    write_database(folder_->path() / "db", sample_plans());
  }
  static void TearDownTestSuite() { delete folder_; }

  index::SearchResult search(const std::string& query, bool by_passage = false) const {
    index::SearchRequest request;
    request.query = query;
    request.by_passage = by_passage;
    return searcher_.search(request);
  }

  static TemporaryFolder* folder_;
  index::PlanSearcher searcher_{{(folder_->path() / "db").string()}, search_stemmer(), {}};
};
TemporaryFolder* PlanSearchTest::folder_ = nullptr;

TEST_F(PlanSearchTest, RegistratieFindsAPlanThatOnlySaysBasisregistraties) {
  EXPECT_EQ(hit_files(search("registratie")), std::vector<std::string>{"registers.pdf"});
}

TEST_F(PlanSearchTest, KccFindsEverySpellingOfTheKlantContactCentrum) {
  const auto files = hit_files(search("KCC"));
  EXPECT_TRUE(contains(files, "kcc.pdf"));
  EXPECT_TRUE(contains(files, "loket.pdf")) << "\"Klant Contact Centrum\" not found by KCC";
  EXPECT_FALSE(contains(files, "zaken.pdf"));
  // And the other way round: the compound finds the abbreviation and the three words.
  const auto by_compound = hit_files(search("klantcontactcentrum"));
  EXPECT_TRUE(contains(by_compound, "kcc.pdf"));
  EXPECT_TRUE(contains(by_compound, "loket.pdf"));
  EXPECT_EQ(hit_files(search("\"klant contact centrum\"")), std::vector<std::string>{"loket.pdf"});
}

TEST_F(PlanSearchTest, AccentsDoNotMatter) {
  EXPECT_EQ(hit_files(search("financiele")), std::vector<std::string>{"loket.pdf"});
  EXPECT_EQ(hit_files(search("financiële")), std::vector<std::string>{"loket.pdf"});
  EXPECT_EQ(hit_files(search("Financiele")), std::vector<std::string>{"loket.pdf"});
}

TEST_F(PlanSearchTest, BooleanPhraseWildcardAndNear) {
  EXPECT_EQ(hit_files(search("capaciteit AND NOT (draagvlak OR zaaksysteem)")),
            std::vector<std::string>{"registers.pdf"});
  EXPECT_EQ(hit_files(search("zaak*")), std::vector<std::string>{"zaken.pdf"});
  EXPECT_EQ(hit_files(search("\"te weinig mensen\"")), std::vector<std::string>{"zaken.pdf"});
  EXPECT_EQ(hit_files(search("weinig NEAR/3 bezetting")),
            std::vector<std::string>{"registers.pdf"});
  EXPECT_EQ(hit_files(search("financiele type:service")), std::vector<std::string>{"loket.pdf"});
  EXPECT_TRUE(search("financiele type:control").hits.empty());
}

// The index holds stems only; a wildcard expands over the words the plans spell.
TEST_F(PlanSearchTest, AWildcardMatchesEveryWordThatStartsSo) {
  // The words financiële and Financiën (loket.pdf) start so; their stems need not.
  EXPECT_EQ(hit_files(search("financ*")), std::vector<std::string>{"loket.pdf"});
  // A compound's part: basisregistraties has the part registraties.
  EXPECT_EQ(hit_files(search("regist*")), std::vector<std::string>{"registers.pdf"});
  // Passages, with the matched word highlighted.
  const index::SearchResult passages = search("zaaks*", true);
  ASSERT_EQ(passages.hits.size(), 1u);
  EXPECT_NE(passages.hits[0].snippet.find("**zaaksysteem**"), std::string::npos)
      << passages.hits[0].snippet;
  // With the boolean and love/hate operators around it (kcc.pdf has capacity, not as a risk).
  const auto without_zaken = hit_files(search("capaciteit AND NOT zaak*"));
  EXPECT_EQ(without_zaken.size(), 2u);
  EXPECT_FALSE(contains(without_zaken, "zaken.pdf"));
  EXPECT_EQ(hit_files(search("+capac* -(zaak*) -kcc")), std::vector<std::string>{"registers.pdf"});
  // Inside quotes a star is no wildcard (Xapian drops it; "zaak" is a part of "Zaakgericht").
  EXPECT_EQ(hit_files(search("\"zaak* werken\"")), hit_files(search("\"zaak werken\"")));
  // A hyphenated word is one word ("e-zaak"), also with a star.
  EXPECT_EQ(hit_files(search("e-zaak*")), std::vector<std::string>{"zaken.pdf"});
  EXPECT_EQ(hit_files(search("-e-zaak* capaciteit")).size(), 2u);
  // Nothing starts so: no hit, no error.
  EXPECT_TRUE(search("xyzzy*").hits.empty());
  EXPECT_TRUE(search("xyzzy* AND capaciteit").hits.empty());
  EXPECT_EQ(hit_files(search("xyzzy* OR draagvlak")), std::vector<std::string>{"kcc.pdf"});
}

TEST_F(PlanSearchTest, BadQueriesAreQueryErrors) {
  for (const char* bad : {"capaciteit AND", "NOT", "OR kcc", "capaciteit NOT",
                          "kcc OR NEAR/3 loket", "(capaciteit AND NEAR/2 fte)"}) {
    index::SearchRequest request;
    request.query = bad;
    EXPECT_THROW(searcher_.search(request), index::QueryError) << bad;
  }
}

TEST_F(PlanSearchTest, RiskFindsPlansNamingItAsARiskNotEveryMention) {
  index::SearchRequest request;
  request.risk = "capaciteit";
  request.risk_query = "capaciteit OR bezetting OR fte";
  const auto files = hit_files(searcher_.search(request));
  EXPECT_EQ(files.size(), 2u);
  EXPECT_TRUE(contains(files, "registers.pdf"));
  EXPECT_TRUE(contains(files, "zaken.pdf"));
  EXPECT_FALSE(contains(files, "kcc.pdf")) << "capacity of the KCC is no risk";

  // Passages: the risk-section passages come first; the KCC's capacity trails them.
  request.by_passage = true;
  const index::SearchResult passages = searcher_.search(request);
  ASSERT_GE(passages.hits.size(), 3u);
  EXPECT_EQ(passages.hits[0].section_kind, "risks");
  EXPECT_EQ(passages.hits[1].section_kind, "risks");
  EXPECT_EQ(passages.hits[2].section_kind, "projects");
  EXPECT_EQ(passages.hits[2].page, 2);
}

TEST_F(PlanSearchTest, ThemeRanksPlansCodedWithItFirst) {
  index::SearchRequest request;
  request.theme = "dienstverlening";
  request.theme_query = "dienstverlening OR klantcontactcentrum OR KCC OR loket";
  const auto files = hit_files(searcher_.search(request));
  ASSERT_GE(files.size(), 2u);
  EXPECT_TRUE(contains({files[0], files[1]}, "kcc.pdf"));
  EXPECT_TRUE(contains({files[0], files[1]}, "loket.pdf"));
}

TEST_F(PlanSearchTest, FiltersAndFacets) {
  index::SearchRequest request;
  request.type = "service";
  index::SearchResult result = searcher_.search(request);
  EXPECT_EQ(result.hits.size(), 2u);
  request.type.clear();
  result = searcher_.search(request);
  EXPECT_EQ(result.hits.size(), 4u);
  EXPECT_EQ(result.facets["type"]["service"], 2u);
  EXPECT_EQ(result.facets["type"]["control"], 1u);
  EXPECT_EQ(result.facets["theme"]["dienstverlening"], 2u);
}

TEST_F(PlanSearchTest, SnippetsHighlightTheMatchAndGiveThePage) {
  const index::SearchResult result = search("draagvlak");
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].page, 3);
  EXPECT_NE(result.hits[0].snippet.find("**draagvlak**"), std::string::npos)
      << result.hits[0].snippet;
}

TEST(PlanIndexWriter, ReplacesAndRemovesEveryDocumentOfAPlan) {
  TemporaryFolder folder;
  const auto db = folder.path() / "db";
  write_database(db, sample_plans());
  {
    index::PlanIndexWriter writer(db);
    writer.replace_plan(
        make_plan("zaken.pdf", {{SectionKind::vision, "Visie", "Alleen nog archivering."}}));
    writer.remove_plan(index::plan_id("/plans/kcc.pdf"));
    writer.commit();
  }
  const index::PlanSearcher searcher({db.string()}, search_stemmer(), {});
  index::SearchRequest request;
  request.query = "zaaksysteem OR draagvlak";
  request.by_passage = true;
  EXPECT_TRUE(searcher.search(request).hits.empty());
  request.query = "archivering";
  EXPECT_EQ(searcher.search(request).hits.size(), 1u);
  const auto plans = index::list_plans(searcher.database());
  ASSERT_EQ(plans.size(), 3u);
  EXPECT_EQ(plans[0].path, "/plans/loket.pdf");
  EXPECT_EQ(plans[0].type, "service");
  EXPECT_EQ(plans[0].risks, std::vector<std::string>{"budget"});
}

TEST(PlanIndexWriter, WorkNotCheckpointedIsNotVisible) {
  TemporaryFolder folder;
  const auto db = folder.path() / "db";
  const auto plans = sample_plans();
  {
    index::PlanIndexWriter writer(db);
    writer.replace_plan(plans[0]);
    writer.checkpoint();
    writer.replace_plan(plans[1]);
    // Destroyed without commit, as a killed run would leave it.
  }
  EXPECT_EQ(index::list_plans(Xapian::Database(db.string())).size(), 1u);
}

// What another process would see of the database right now.
std::size_t committed_plans(const std::filesystem::path& db) {
  return index::list_plans(Xapian::Database(db.string())).size();
}

TEST(PlanIndexWriter, CheckpointsWhenThePolicySaysSo) {
  TemporaryFolder folder;
  const auto db = folder.path() / "db";
  const auto plans = sample_plans();
  index::PlanIndexWriter writer(db);
  writer.checkpoint();
  const index::CheckpointPolicy every_two{2, std::chrono::hours(1)};
  writer.replace_plan(plans[0]);
  writer.checkpoint_when_due(every_two);
  EXPECT_EQ(committed_plans(db), 0u);
  writer.replace_plan(plans[1]);
  writer.checkpoint_when_due(every_two);
  EXPECT_EQ(committed_plans(db), 2u);
  writer.remove_plan(index::plan_id(plans[0].record.path));
  writer.checkpoint_when_due(every_two);
  EXPECT_EQ(committed_plans(db), 2u);
  // A while after the last commit, one plan is enough; nothing new, nothing to commit.
  const index::CheckpointPolicy at_once{1000, std::chrono::seconds(0)};
  writer.checkpoint_when_due(at_once);
  EXPECT_EQ(committed_plans(db), 1u);
  writer.replace_plan(plans[2]);
  writer.checkpoint_when_due(at_once);
  EXPECT_EQ(committed_plans(db), 2u);
}

std::vector<std::pair<std::string, double>> ranked(const index::SearchResult& result) {
  std::vector<std::pair<std::string, double>> ranking;
  for (const index::Hit& hit : result.hits)
    ranking.emplace_back(hit.plan.path + "#" + std::to_string(hit.page), hit.score);
  return ranking;
}

std::vector<index::SearchRequest> comparison_requests() {
  std::vector<index::SearchRequest> requests(4);
  requests[0].query = "capaciteit OR KCC OR financiele";
  requests[1].query = requests[0].query;
  requests[1].by_passage = true;
  requests[2].risk = "capaciteit";
  requests[2].risk_query = "capaciteit OR bezetting";
  requests[3].theme = "dienstverlening";
  requests[3].theme_query = "dienstverlening OR klantcontactcentrum OR KCC";
  requests[3].by_passage = true;
  return requests;
}

TEST(Shards, TwoShardsSearchLikeOneDatabase) {
  TemporaryFolder folder;
  const auto plans = sample_plans();
  write_database(folder.path() / "all", plans);
  write_database(folder.path() / "shard1", {plans[0], plans[1]});
  write_database(folder.path() / "shard2", {plans[2], plans[3]});
  const index::PlanSearcher one({(folder.path() / "all").string()}, search_stemmer(), {});
  const index::PlanSearcher two(
      {(folder.path() / "shard1").string(), (folder.path() / "shard2").string()}, search_stemmer(),
      {});
  for (const index::SearchRequest& request : comparison_requests()) {
    const auto expected = one.search(request);
    const auto actual = two.search(request);
    EXPECT_FALSE(expected.hits.empty());
    EXPECT_EQ(ranked(actual), ranked(expected)) << request.query << request.risk << request.theme;
    EXPECT_EQ(actual.facets, expected.facets);
  }
}

// A free TCP port on loopback (bound and released; good enough for a test).
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  const int port = ntohs(address.sin_port);
  close(fd);
  return port;
}

TEST(Shards, ARemoteShardSearchesLikeALocalOne) {
  TemporaryFolder folder;
  const auto plans = sample_plans();
  write_database(folder.path() / "all", plans);
  write_database(folder.path() / "shard1", {plans[0], plans[1]});
  write_database(folder.path() / "shard2", {plans[2], plans[3]});
  const int port = free_port();
  const std::string shard2 = (folder.path() / "shard2").string();
  const std::string port_text = std::to_string(port);
  const pid_t server = fork();
  ASSERT_GE(server, 0);
  if (server == 0) {
    // Its own process group: xapian-tcpsrv takes its whole group down when terminated.
    setpgid(0, 0);
    execlp("xapian-tcpsrv", "xapian-tcpsrv", "--quiet", "--port", port_text.c_str(), "--interface",
           "127.0.0.1", shard2.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const std::vector<index::SynonymEntry> synonyms =
      SynonymMatcher(testing::codebook_with_synonyms(), Tokenizer::standard()).entries();
  std::unique_ptr<index::PlanSearcher> mixed;
  for (int attempt = 0; attempt < 100 && !mixed; ++attempt) {
    try {
      mixed = std::make_unique<index::PlanSearcher>(
          std::vector<std::string>{(folder.path() / "shard1").string(),
                                   "tcp:127.0.0.1:" + port_text},
          search_stemmer(), synonyms);
    } catch (const index::DatabaseError&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  const index::PlanSearcher one({(folder.path() / "all").string()}, search_stemmer(), {});
  if (mixed) {
    for (const index::SearchRequest& request : comparison_requests()) {
      const auto expected = one.search(request);
      const auto actual = mixed->search(request);
      EXPECT_EQ(ranked(actual), ranked(expected)) << request.query << request.risk << request.theme;
    }
    // Synonyms work over the remote shard too: loket.pdf (on it) says "Klant Contact Centrum".
    index::SearchRequest kcc;
    kcc.query = "KCC";
    EXPECT_TRUE(contains(hit_files(mixed->search(kcc)), "loket.pdf"));
  }
  const bool connected = mixed != nullptr;
  mixed.reset();
  kill(server, SIGTERM);
  waitpid(server, nullptr, 0);
  EXPECT_TRUE(connected) << "xapian-tcpsrv on port " << port << " never answered";
}

// A plan whose page 2 of 3 was a scan: the plan and that page's passage carry XOCR and the
// confidence, the other passages do not, search says so for the page each hit shows, and
// --scans filters on it.
TEST(OcrMarks, ThePlanAndThePassagesOfOcrPagesAreMarked) {
  PlanText text;
  text.path = "/plans/deels-gescand.pdf";
  text.pages = {{1, "Inleiding\nDe gemeente werkt aan digitale dienstverlening.\n"},
                {2, "Scan\nHet klantcontactcentrum wordt in 2010 ingericht.\n", true, 83.5},
                {3, "Slot\nDe raad besluit over het budget.\n"}};
  static const SynonymMatcher synonyms(testing::codebook_with_synonyms(), Tokenizer::standard());
  const index::IndexedPlan plan = prepare_plan_for_index(
      text, {}, coded("service", "dienstverlening", {}), Tokenizer::standard(), synonyms, nullptr);
  ASSERT_EQ(plan.record.ocr_pages, (std::map<int, double>{{2, 83.5}}));
  TemporaryFolder folder;
  write_database(folder.path() / "db", {plan});

  const Xapian::Database database((folder.path() / "db").string());
  const std::string ocr_term(index::kTermOcr);
  std::vector<std::string> marked;  // the unique ids of the documents with XOCR
  for (auto it = database.postlist_begin(ocr_term); it != database.postlist_end(ocr_term); ++it) {
    const Xapian::Document document = database.get_document(*it);
    EXPECT_DOUBLE_EQ(Xapian::sortable_unserialise(document.get_value(index::kSlotOcrConfidence)),
                     83.5);
    auto id = document.termlist_begin();
    id.skip_to("Q");
    marked.push_back(*id);
  }
  const std::string id = "Q" + plan.record.plan_id;
  std::size_t ocr_passages = 0;
  for (std::size_t i = 0; i < plan.passages.size(); ++i) {
    if (plan.passages[i].first_page == 2) {
      ++ocr_passages;
      EXPECT_TRUE(contains(marked, id + "#" + std::to_string(i + 1))) << i;
    }
  }
  ASSERT_EQ(ocr_passages, 1u);
  EXPECT_TRUE(contains(marked, id));
  EXPECT_EQ(marked.size(), 2u);  // the plan and its one scanned passage, nothing else

  index::PlanSearcher searcher({(folder.path() / "db").string()}, search_stemmer(), {});
  index::SearchRequest request;
  request.by_passage = true;
  request.query = "klantcontactcentrum";
  auto passages = searcher.search(request);
  ASSERT_EQ(passages.hits.size(), 1u);
  EXPECT_TRUE(passages.hits[0].ocr);
  EXPECT_DOUBLE_EQ(passages.hits[0].ocr_confidence, 83.5);
  request.query = "budget";
  passages = searcher.search(request);
  ASSERT_EQ(passages.hits.size(), 1u);
  EXPECT_FALSE(passages.hits[0].ocr);
  EXPECT_EQ(passages.hits[0].ocr_confidence, -1);

  // A plan hit is marked by the page it shows; its record lists every OCR'd page.
  request.by_passage = false;
  request.query = "klantcontactcentrum";
  auto plans = searcher.search(request);
  ASSERT_EQ(plans.hits.size(), 1u);
  EXPECT_EQ(plans.hits[0].page, 2);
  EXPECT_TRUE(plans.hits[0].ocr);
  EXPECT_EQ(plans.hits[0].plan.ocr_pages, (std::map<int, double>{{2, 83.5}}));
  request.query = "budget";
  plans = searcher.search(request);
  ASSERT_EQ(plans.hits.size(), 1u);
  EXPECT_EQ(plans.hits[0].page, 3);
  EXPECT_FALSE(plans.hits[0].ocr);
  EXPECT_EQ(plans.hits[0].plan.ocr_pages.size(), 1u);

  // --scans: by plan, the plan has a scanned page; by passage, only page 2's passage is one.
  using Scans = index::SearchRequest::Scans;
  request.scans = Scans::only;
  EXPECT_EQ(searcher.search(request).hits.size(), 1u);
  request.scans = Scans::exclude;
  EXPECT_TRUE(searcher.search(request).hits.empty());
  request.by_passage = true;
  EXPECT_EQ(searcher.search(request).hits.size(), 1u) << "budget stands on page 3, no scan";
  request.scans = Scans::only;
  EXPECT_TRUE(searcher.search(request).hits.empty());
  request.query = "klantcontactcentrum";
  ASSERT_EQ(searcher.search(request).hits.size(), 1u);
  EXPECT_TRUE(searcher.search(request).hits[0].ocr);
  request.scans = Scans::exclude;
  EXPECT_TRUE(searcher.search(request).hits.empty());
}

}  // namespace
}  // namespace planmine
