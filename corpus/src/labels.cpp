// Drawing the corpus labels: quotas that reproduce the desk study's shares, invented municipality
// names, inhabitants that fit the size class, risks around each type's typical risk.

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "planmine/corpus/generator.hpp"
#include "random.hpp"

namespace planmine::corpus {
namespace {

// Splits n over the weights by largest remainder, so shares are exact for every n.
std::vector<int> apportion(int n, const std::vector<double>& weights) {
  double total = 0;
  for (double w : weights) total += w;
  std::vector<int> counts(weights.size());
  std::vector<std::pair<double, std::size_t>> remainders;
  int used = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    double exact = n * weights[i] / total;
    counts[i] = static_cast<int>(std::floor(exact));
    used += counts[i];
    remainders.push_back({exact - counts[i], i});
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (int i = 0; i < n - used; ++i) ++counts[remainders[static_cast<std::size_t>(i)].second];
  return counts;
}

template <typename T>
std::vector<T> quota_list(Random& random, int n, const std::vector<T>& values,
                          const std::vector<double>& weights) {
  std::vector<int> counts = apportion(n, weights);
  std::vector<T> out;
  for (std::size_t i = 0; i < values.size(); ++i)
    for (int k = 0; k < counts[i]; ++k) out.push_back(values[i]);
  random.shuffle(out);
  return out;
}

std::vector<std::string> plan_types(Random& random, int n) {
  // Service just over 60%, control clearly more than multi-project, multi-project smallest.
  auto types = quota_list<std::string>(random, n, {"service", "control", "multi-project"},
                                       {0.62, 0.23, 0.15});
  return types;
}

std::vector<std::string> leading_themes(Random& random, int n) {
  // Figure 6: dienstverlening 60, zaakgericht 13, basisregistraties 10, architectuur 4,
  // anders 13; projectmatig 0% in the survey, but present once so it can be searched.
  std::vector<std::string> themes = {"dienstverlening", "zaakgericht", "basisregistraties",
                                     "architectuur",    "anders",      "projectmatig"};
  std::vector<double> weights = {60, 13, 10, 4, 12.3, 0.7};
  return quota_list(random, n, themes, weights);
}

std::string municipality_name(Random& random, std::set<std::string>& taken) {
  static const std::vector<std::string> heads = {
      "Ooster", "Wester", "Zuider", "Noorder", "Linde", "Esse",  "Beke",   "Hage",  "Veen",
      "Ravens", "Kroon",  "Wolde",  "Barne",   "Eike",  "Holte", "Ter",    "Brake", "Keppel",
      "Ede",    "Sluis",  "Mere",   "Dinkel",  "Wade",  "Heeg",  "Loos",   "Aal",   "Marke",
      "Vlier",  "Rhee",   "Zand",   "Hooge",   "Lage",  "Munt",  "Gelder", "Ruis",  "Wilder"};
  static const std::vector<std::string> tails = {
      "dijk",   "veen", "broek", "wold",  "hoven", "meer",  "dam",   "horst", "loo",  "beek",
      "rade",   "werf", "zijl",  "hem",   "donk",  "waard", "brug",  "stede", "kerk", "drecht",
      "huizen", "mond", "wijk",  "vliet", "haar",  "schot", "sloot", "oord",  "lo",   "geest"};
  static const std::vector<std::string> prefixes = {"", "",       "",     "",      "",
                                                    "", "Nieuw-", "Oud-", "Sint-", "Groot-"};
  static const std::vector<std::string> suffixes = {
      "", "", "", "", "", "", " aan de Vecht", " aan Zee", "-Dal"};
  for (;;) {
    std::string head = random.pick(heads);
    std::string tail = random.pick(tails);
    if (!head.empty() && head.back() == tail.front()) continue;
    std::string name = random.pick(prefixes) + head + tail + random.pick(suffixes);
    if (taken.insert(name).second) return name;
  }
}

int inhabitants_for(Random& random, const std::string& size_class) {
  if (size_class == "<10k") return static_cast<int>(random.between(3800, 9950));
  if (size_class == "10-25k") return static_cast<int>(random.between(10100, 24900));
  if (size_class == "25-50k") return static_cast<int>(random.between(25100, 49800));
  if (size_class == "50-100k") return static_cast<int>(random.between(50200, 99500));
  // Large municipalities thin out towards the top.
  double u = random.unit();
  return static_cast<int>(100500 + u * u * 250000);
}

std::vector<std::string> draw_risks(Random& random, const std::string& type) {
  std::vector<std::string> typical;
  if (type == "multi-project") {
    double u = random.unit();
    typical = u < 0.4   ? std::vector<std::string>{"capaciteit", "focus"}
              : u < 0.8 ? std::vector<std::string>{"capaciteit"}
                        : std::vector<std::string>{"focus"};
  } else if (type == "control") {
    typical = {"draagvlak"};
  } else {
    double u = random.unit();
    typical = u < 0.4   ? std::vector<std::string>{"realisme", "menselijke-factor"}
              : u < 0.7 ? std::vector<std::string>{"realisme"}
                        : std::vector<std::string>{"menselijke-factor"};
  }
  const bool has_typical = random.chance(0.75);
  std::vector<std::string> all_typical =
      type == "multi-project" ? std::vector<std::string>{"capaciteit", "focus"}
      : type == "control"     ? std::vector<std::string>{"draagvlak"}
                              : std::vector<std::string>{"realisme", "menselijke-factor"};
  std::vector<std::string> risks = has_typical ? typical : std::vector<std::string>{};
  const int count = std::max<int>(static_cast<int>(risks.size()),
                                  2 + static_cast<int>(random.weighted({15, 30, 30, 17, 8})));
  const std::vector<std::string> pool = {
      "capaciteit",        "budget",    "rijk",  "kennis",   "leveranciers", "bestuur",
      "menselijke-factor", "draagvlak", "focus", "realisme", "fusie"};
  const std::vector<double> weights = {3, 3, 3, 2, 2, 1.5, 1.5, 1.5, 1, 1, 0.5};
  while (static_cast<int>(risks.size()) < count) {
    const std::string& r = pool[random.weighted(weights)];
    if (std::find(risks.begin(), risks.end(), r) != risks.end()) continue;
    if (!has_typical && std::find(all_typical.begin(), all_typical.end(), r) != all_typical.end())
      continue;
    risks.push_back(r);
  }
  return risks;
}

void draw_set(Random& random, int n, const std::string& set, bool even_sizes, int first_number,
              std::set<std::string>& names, std::vector<PlanSpec>& out) {
  const std::vector<std::string> classes = {"<10k", "10-25k", "25-50k", "50-100k", ">100k"};
  auto kinds = quota_list<std::string>(random, n, {"egem-i", "nup"}, {103, 47});
  auto types = plan_types(random, n);
  auto themes = leading_themes(random, n);
  auto sizes = even_sizes ? quota_list(random, n, classes, {1, 1, 1, 1, 1})
                          : quota_list(random, n, classes, {12, 38, 30, 13, 7});
  auto hard = quota_list<int>(random, n, {1, 0}, {1, 3});
  for (int i = 0; i < n; ++i) {
    PlanSpec spec;
    auto& l = spec.labels;
    l.set = set;
    l.file = set == "plans" ? fmt::format("plans/plan-{:03d}.pdf", first_number + i)
                            : fmt::format("validation/val-{:03d}.pdf", first_number + i);
    l.municipality = municipality_name(random, names);
    l.kind = kinds[static_cast<std::size_t>(i)];
    l.type = types[static_cast<std::size_t>(i)];
    l.leading_theme = themes[static_cast<std::size_t>(i)];
    l.size_class = sizes[static_cast<std::size_t>(i)];
    l.inhabitants = inhabitants_for(random, l.size_class);
    l.year = l.kind == "egem-i" ? (random.chance(0.8) ? 2009 : 2010)
                                : (random.chance(0.85) ? 2010 : 2009);
    l.hard = hard[static_cast<std::size_t>(i)] == 1;
    l.risks = draw_risks(random, l.type);
    static const std::vector<std::string> topics = {"regio", "beveiliging", "archief", "hnw"};
    spec.anders_topic = random.pick(topics);
    // Budget in proportion to the number of inhabitants, rounded as a plan would.
    l.budget_euro = (static_cast<long long>(l.inhabitants * (9.0 + random.unit() * 16.0)) + 60000) /
                    5000 * 5000;
    spec.seed = random.fork();
    out.push_back(std::move(spec));
  }
}

}  // namespace

std::vector<PlanSpec> draw_corpus(const CorpusOptions& options) {
  Random random(options.seed);
  std::set<std::string> names;
  std::vector<PlanSpec> specs;
  draw_set(random, options.plans, "plans", false, 1, names, specs);
  draw_set(random, options.validation, "validation", true, 1, names, specs);
  return specs;
}

}  // namespace planmine::corpus
