// The composer: decides which sections a plan has, how much room each theme and type signal gets,
// and asks the phrasebook for the words. The type shows through emphasis and structure only.

#include "compose.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "grammar.hpp"

namespace planmine::corpus {
namespace {

struct BuildingBlock {
  std::string id;     // rule suffix: bb_<id>
  std::string name;   // as it appears in tables and headings
  std::string theme;  // theme it belongs to
  bool legal;         // has a legal deadline
};

const std::vector<BuildingBlock>& building_blocks() {
  static const std::vector<BuildingBlock> blocks = {
      {"BAG", "BAG", "basisregistraties", true},
      {"GBA", "GBA-V / BRP", "basisregistraties", false},
      {"NHR", "Nieuw Handelsregister", "basisregistraties", true},
      {"WOZ", "Basisregistratie WOZ", "basisregistraties", true},
      {"BSN", "BSN in de backoffice", "basisregistraties", true},
      {"DigiD", "DigiD", "dienstverlening", false},
      {"eHerkenning", "eHerkenning", "dienstverlening", false},
      {"PIP", "PIP / MijnOverheid", "dienstverlening", false},
      {"eformulieren", "E-formulieren", "dienstverlening", false},
      {"SC", "Samenwerkende Catalogi", "dienstverlening", true},
      {"KCC", "Antwoord© / KCC", "dienstverlening", false},
      {"Wabo", "Wabo / Omgevingsloket", "dienstverlening", true},
      {"Dienstenrichtlijn", "Dienstenrichtlijn", "dienstverlening", true},
      {"DMS", "DMS / zaaksysteem", "zaakgericht", false},
      {"midoffice", "Midoffice", "zaakgericht", false},
      {"GEMMA", "GEMMA", "architectuur", false},
      {"OSB", "OverheidsServiceBus", "architectuur", false},
  };
  return blocks;
}

std::string deadline_of(const std::string& id, int year) {
  if (id == "BAG") return "1 juli 2009";
  if (id == "NHR") return "1 januari 2010";
  if (id == "WOZ") return "1 januari 2010";
  if (id == "BSN") return "1 januari 2011";
  if (id == "SC") return year <= 2009 ? "eind 2009" : "1 juli 2010";
  if (id == "Wabo") return year <= 2009 ? "1 januari 2010" : "1 oktober 2010";
  if (id == "Dienstenrichtlijn") return "28 december 2009";
  return "";
}

const char* const kMonths[] = {"januari",   "februari", "maart",    "april",
                               "mei",       "juni",     "juli",     "augustus",
                               "september", "oktober",  "november", "december"};

std::string thousands(long long value) {
  std::string digits = std::to_string(value);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), '.');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

std::string euro(long long value) {
  return "€ " + thousands(value);
}

// Rounds an amount the way a civil servant would: to 500, 1.000 or 5.000.
long long round_amount(long long value) {
  long long step = value < 20000 ? 500 : value < 200000 ? 1000 : 5000;
  return std::max(step, (value + step / 2) / step * step);
}

std::string decimal_comma(double value) {
  std::string text = fmt::format("{:.1f}", value);
  std::replace(text.begin(), text.end(), '.', ',');
  if (text.size() > 2 && text.substr(text.size() - 2) == ",0") text.resize(text.size() - 2);
  return text;
}

std::string type_prefix(const std::string& type) {
  if (type == "multi-project") return "mp_";
  if (type == "control") return "ct_";
  return "sv_";
}

class Composer {
 public:
  explicit Composer(const PlanSpec& spec)
      : spec_(spec), random_(spec.seed), writer_(dutch_phrasebook(), random_) {}

  PlanDocument compose(int extra_project_rounds = 0);

 private:
  // --- building text ---
  void heading(int level, const std::string& text, bool numbered = true) {
    Block b;
    b.kind = Block::Kind::heading;
    b.level = level;
    b.text = text;
    b.numbered = numbered;
    doc_.blocks.push_back(std::move(b));
  }
  void heading_rule(int level, const std::string& rule) { heading(level, writer_.phrase(rule)); }
  void paragraph(std::string text) {
    if (text.empty()) return;
    Block b;
    b.kind = Block::Kind::paragraph;
    b.text = std::move(text);
    doc_.blocks.push_back(std::move(b));
  }
  void bullets(std::vector<std::string> items) {
    Block b;
    b.kind = Block::Kind::bullets;
    b.items = std::move(items);
    doc_.blocks.push_back(std::move(b));
  }
  void table(std::vector<std::vector<std::string>> rows, std::string caption,
             bool landscape = false) {
    Block b;
    b.kind = Block::Kind::table;
    b.rows = std::move(rows);
    if (!caption.empty()) {
      ++table_count_;
      b.caption = fmt::format("{} {}{} {}", table_word_, table_count_, table_sep_, caption);
    }
    // Only wide or long tables go on a landscape page of their own.
    b.landscape =
        landscape && (b.rows[0].size() >= 5 || (b.rows[0].size() >= 4 && b.rows.size() >= 9));
    doc_.blocks.push_back(std::move(b));
  }
  // n sentences of a rule, as one paragraph.
  std::string say(const std::string& rule, int count) { return writer_.sentences(rule, count); }
  std::string say(const std::string& rule, int low, int high) {
    return writer_.sentences(rule, static_cast<int>(random_.between(low, high)));
  }
  // A paragraph mixing several rules in a random order.
  std::string mix(std::vector<std::pair<std::string, int>> parts) {
    std::vector<std::string> sentences;
    for (auto& [rule, count] : parts)
      for (int i = 0; i < count; ++i) sentences.push_back(writer_.sentence(rule));
    // keep the first sentence as the opening, shuffle the rest
    if (sentences.size() > 2) {
      std::vector<std::string> rest(sentences.begin() + 1, sentences.end());
      random_.shuffle(rest);
      std::copy(rest.begin(), rest.end(), sentences.begin() + 1);
    }
    std::string out;
    for (auto& s : sentences) out += (out.empty() ? "" : " ") + s;
    return out;
  }
  std::string item(const std::string& rule) { return writer_.sentence(rule); }
  std::vector<std::string> items(const std::string& rule, int count) {
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) out.push_back(writer_.sentence(rule));
    return out;
  }
  std::string pick(std::vector<std::string> options) { return random_.pick(options); }

  // --- plan parts ---
  void set_variables();
  void choose_style();
  void title_page();
  void foreword();
  void summary();
  void introduction();
  void baseline();
  void ambition();
  void themes();
  void theme_chapter(const std::string& theme, bool leading);
  void projects(int round);
  void planning();
  void organisation();
  void finances();
  void risks();
  void communication();
  void appendices();

  long long amount(double share) {
    double jitter = 0.6 + random_.unit() * 0.8;
    return round_amount(static_cast<long long>(budget_ * share * jitter));
  }
  bool is(const char* type) const { return spec_.labels.type == type; }
  std::string theme_rule(const std::string& theme) const {
    return theme == "anders" ? "anders_" + spec_.anders_topic : "th_" + theme;
  }

  const PlanSpec& spec_;
  Random random_;
  Writer writer_;
  PlanDocument doc_;
  std::vector<BuildingBlock> blocks_;  // the blocks this plan treats, in its own order
  long long budget_ = 0;
  int table_count_ = 0;
  std::string table_word_ = "Tabel";
  std::string table_sep_ = ":";
  std::string other_type_;  // hard plans: the type whose words appear in foreword/appendix
};

void Composer::set_variables() {
  const auto& l = spec_.labels;
  const int year = l.year;
  const int span = static_cast<int>(random_.between(2, 3));
  writer_.set("gem", l.municipality);
  writer_.set("inw", thousands(l.inhabitants));
  writer_.set("jaar", std::to_string(year));
  writer_.set("jaar0", std::to_string(year - 1));
  writer_.set("jaar1", std::to_string(year + 1));
  writer_.set("jaar2", std::to_string(year + 2));
  writer_.set("eind", std::to_string(year + span));
  writer_.set("portefeuille",
              pick({"Dienstverlening", "Publiekszaken en ICT", "Bedrijfsvoering",
                    "Dienstverlening en Informatisering", "Financiën en Bedrijfsvoering",
                    "Burgerzaken en Automatisering"}));
  writer_.set("afd_i", pick({"de afdeling I&A", "het team Informatievoorziening", "de afdeling ICT",
                             "de sector Middelen", "het cluster I&A",
                             "de afdeling Informatie en Automatisering"}));
  writer_.set("regio",
              pick({"de regio",
                    "het samenwerkingsverband " + writer_.expand("{West|Oost|Noord}") +
                        pick({"-Dommelland", "-Veenhoven", "erkwartier", "-Gaasterhoek"}),
                    "de ICT-samenwerking " + pick({"Lingedal", "Aa en Hunze-Noord", "Maasheuvel",
                                                   "Vechtstreek-Zuid", "De Wadden-Oost"}),
                    "de buurgemeenten"}));
  writer_.set(
      "coalitie",
      writer_.expand(
          "'{Samen|Met elkaar|Bouwen|Werken} {aan|voor} {een {sterk|vitaal|open|betrokken}|ons} " +
          l.municipality + "'"));
  writer_.set("kcc_fte",
              decimal_comma(std::max(2.0, l.inhabitants / 4500.0 * (0.8 + random_.unit() * 0.5))));
  budget_ = l.budget_euro;  // drawn with the labels, in proportion to the inhabitants
  writer_.set("totaal", euro(budget_));
  writer_.set_function("bedrag", [this] { return euro(amount(0.08)); });
  writer_.set_function("fte", [this] {
    return decimal_comma(0.5 + random_.unit() * std::max(1.0, spec_.labels.inhabitants / 8000.0));
  });
  writer_.set_function("pct", [this] { return fmt::format("{}%", random_.between(3, 17) * 5); });
  writer_.set_function("n", [this] { return std::to_string(random_.between(3, 40)); });
  writer_.set_function("doorloop", [this] {
    return pick({fmt::format("{} maanden", random_.between(3, 18)),
                 fmt::format("{} weken", random_.between(8, 40)),
                 fmt::format("Q{} {} - Q{} {}", random_.between(1, 4), spec_.labels.year,
                             random_.between(1, 4), spec_.labels.year + random_.between(1, 2))});
  });
  writer_.set_function("start", [this] {
    return fmt::format("{} {}", kMonths[random_.index(12)], spec_.labels.year);
  });
  writer_.set_function("periode", [this] {
    const long long first = random_.between(0, 11);
    const long long last = first + random_.between(3, 24);
    const int year = spec_.labels.year;
    return fmt::format("{} {} - {} {}", kMonths[first], year, kMonths[last % 12], year + last / 12);
  });
  writer_.set_function("klaar", [this] {
    return fmt::format("{} {}", kMonths[random_.index(12)],
                       spec_.labels.year + random_.between(0, 2));
  });
  writer_.set("bb", "");
  writer_.set("deadline", "");
  if (spec_.labels.hard) writer_.soften(type_prefix(l.type));
}

void Composer::choose_style() {
  auto& s = doc_.style;
  static const std::vector<std::pair<std::string, std::string>> font_pairs = {
      {"DejaVu Serif", "DejaVu Sans"},
      {"Liberation Serif", "Liberation Sans"},
      {"Carlito", "Carlito"},
      {"Liberation Sans", "Liberation Sans"},
      {"Caladea", "Carlito"},
      {"DejaVu Sans", "DejaVu Sans"},
      {"Liberation Serif", "Liberation Serif"},
      {"Carlito", "Caladea"}};
  const auto& fonts = random_.pick(font_pairs);
  s.body_font = fonts.first;
  s.heading_font = fonts.second;
  s.body_size = 9.5 + random_.between(0, 4) * 0.5;
  if (s.body_font == "DejaVu Sans" || s.body_font == "DejaVu Serif") s.body_size -= 0.5;
  s.line_spacing = 1.0 + random_.between(0, 4) * 0.08;
  s.columns = random_.chance(0.22) ? 2 : 1;
  s.justify = random_.chance(0.45) || s.columns == 2;
  s.margin = 56 + random_.between(0, 5) * 6;
  s.header_style = static_cast<int>(random_.between(0, 2));
  s.footer_style = static_cast<int>(random_.between(0, 3));
  s.heading_numbering = static_cast<int>(random_.weighted({4, 2, 1, 1.5}));
  static const double accents[][3] = {{0.1, 0.2, 0.45}, {0.0, 0.35, 0.3}, {0.55, 0.1, 0.1},
                                      {0.2, 0.2, 0.2},  {0.0, 0.3, 0.6},  {0.4, 0.25, 0.5}};
  const auto& a = accents[random_.index(6)];
  s.accent_r = a[0];
  s.accent_g = a[1];
  s.accent_b = a[2];
  s.table_style = static_cast<int>(random_.between(0, 2));
  s.title_layout = static_cast<int>(random_.between(0, 2));
  s.chapter_new_page = s.columns == 1 && random_.chance(0.2);
  if (random_.chance(0.3)) {
    table_word_ = "Figuur";
  } else if (random_.chance(0.3)) {
    table_word_ = "Overzicht";
  }
  table_sep_ = random_.chance(0.5) ? ":" : ".";
}

void Composer::title_page() {
  const auto& l = spec_.labels;
  auto& t = doc_.title_page;
  t.municipality = "Gemeente " + l.municipality;
  const int end = l.year + static_cast<int>(random_.between(1, 3));
  const bool nup = l.kind == "nup";
  std::string period = fmt::format("{}{}{}", l.year, pick({"-", "–", " - ", " t/m "}), end);
  if (nup) {
    t.title = pick({"Uitvoeringsplan NUP " + period, "NUP-implementatieplan " + period,
                    "Plan van aanpak NUP", "Implementatieplan e-overheid " + period,
                    "Uitvoeringsprogramma e-overheid " + period,
                    "Realisatieplan NUP-bouwstenen " + period});
  } else {
    t.title = pick({"Realisatieplan e-overheid " + period, "Realisatieplan EGEM-i",
                    "EGEM-i realisatieplan " + period, "Realisatieplan " + period,
                    "Realisatieplan elektronische overheid", "Programmaplan e-overheid " + period});
  }
  // The subtitle hints at the plan's spirit, as real subtitles do.
  std::vector<std::string> subtitles = {"",
                                        "",
                                        l.municipality + " digitaal",
                                        "Op weg naar de e-overheid",
                                        "Een onomkeerbare impuls",
                                        "Stap voor stap naar een digitale gemeente"};
  if (is("service") && !l.hard)
    subtitles.insert(subtitles.end(),
                     {"Van balie naar klantcontactcentrum", l.municipality + " dichtbij",
                      "De klant centraal", "Goed geholpen in " + l.municipality});
  if (is("control") && !l.hard)
    subtitles.insert(subtitles.end(), {"Invoeren én borgen", "Basis op orde, stap voor stap",
                                       "Van project naar lijn"});
  if (is("multi-project") && !l.hard)
    subtitles.insert(subtitles.end(), {"Projectenboek", "Overzicht van de NUP-projecten",
                                       "Alle bouwstenen op een rij"});
  t.subtitle = pick(subtitles);
  const int month = static_cast<int>(random_.between(1, 12));
  const std::string date =
      fmt::format("{} {} {}", random_.between(1, 28), kMonths[month - 1], l.year);
  const std::string version = pick({"1.0", "0.9", "2.0", "1.1", "0.8", "1.2", "3.0"}) +
                              pick({"", "", " (definitief)", " (concept)"});
  t.facts.emplace_back(pick({"Versie", "Versienummer", "versie"}), version);
  t.facts.emplace_back(pick({"Datum", "datum", "D.d."}), date);
  t.facts.emplace_back(
      "Status",
      pick({"Definitief", "Concept", "Vastgesteld door het college", "Ter besluitvorming aan B&W",
            "Vastgesteld door de raad op " + date, "Ter bespreking in het MT"}));
  if (random_.chance(0.6))
    t.facts.emplace_back(
        pick({"Opgesteld door", "Auteur", "Samensteller"}),
        writer_.expand("{$afd_i|de programmagroep e-overheid|de projectgroep EGEM-i|" +
                       std::string("de werkgroep dienstverlening|het programmabureau}")));
  if (random_.chance(0.4))
    t.facts.emplace_back(pick({"Portefeuillehouder", "Bestuurlijk opdrachtgever"}),
                         writer_.expand("wethouder $portefeuille"));
  if (random_.chance(0.35))
    t.facts.emplace_back("Kenmerk",
                         fmt::format("{}/{}/{:04d}", pick({"BV", "IA", "DV", "BW", "ICT"}), l.year,
                                     random_.between(10, 9999)));
  doc_.running_title = pick({t.title, t.municipality + " · " + t.title,
                             t.title + " - versie " + version.substr(0, 3), t.municipality});
  doc_.author = pick({"Gemeente " + l.municipality, "", "afdeling I&A", "Projectgroep e-overheid"});
}

void Composer::foreword() {
  const bool hard = spec_.labels.hard;
  double p = is("service") ? 0.6 : is("control") ? 0.4 : 0.3;
  if (!hard && !random_.chance(p)) return;
  heading(1, writer_.phrase("h_voorwoord"), false);
  if (hard) {
    // The writer borrows the textbook words of another type here.
    paragraph(say("vw_" + other_type_, 2) + " " + say("in_doel", 1));
  }
  if (is("service"))
    paragraph(mix({{"sv_coalitie", 1}, {"sv_instrument", 1}, {"in_opening", 1}}));
  else if (is("control"))
    paragraph(mix({{"ct_lokaal", 1}, {"in_opening", 1}, {"ct_verander", 1}}));
  else
    paragraph(mix({{"in_opening", 1}, {"mp_drijfveer", 1}}));
  paragraph(writer_.expand(pick({"{De|de} wethouder $portefeuille", "Namens het college,",
                                 "{Het college van burgemeester en wethouders van|B&W van} $gem",
                                 "De gemeentesecretaris"})));
}

void Composer::summary() {
  if (!random_.chance(0.55)) return;
  heading(1, writer_.phrase("h_samenvatting"), false);
  std::vector<std::pair<std::string, int>> parts = {{"in_doel", 1}, {"fin_opening", 1}};
  if (is("service")) parts.push_back({"sv_visie", 2});
  if (is("control")) parts.push_back({"ct_borging", 1}), parts.push_back({"ct_plateau", 1});
  if (is("multi-project")) parts.push_back({"mp_aanpak", 2});
  parts.push_back({theme_rule(spec_.labels.leading_theme), 1});
  paragraph(mix(parts));
  if (random_.chance(0.5)) paragraph(say("nu_bevinding", 1) + " " + say("pl_fase", 1));
}

void Composer::introduction() {
  heading_rule(1, "h_inleiding");
  const bool subs = random_.chance(0.5);
  if (subs) heading_rule(2, "h_context");
  paragraph(mix({{"in_opening", static_cast<int>(random_.between(2, 4))},
                 {"in_egem", static_cast<int>(random_.between(1, 2))}}));
  if (is("multi-project")) paragraph(say("mp_drijfveer", 2, 3));
  if (is("service")) paragraph(say("sv_coalitie", 2, 3));
  if (is("control")) paragraph(say("ct_lokaal", 1, 2) + " " + say("in_egem", 1));
  if (subs) heading_rule(2, "h_doel");
  paragraph(say("in_doel", 2, 3));
  if (subs && random_.chance(0.4)) {
    heading_rule(2, "h_afbakening");
    paragraph(say("in_afbakening", 1, 2));
  }
  if (subs && random_.chance(0.4)) {
    heading_rule(2, "h_totstandkoming");
    paragraph(say("in_totstandkoming", 1, 2) + " " + say("in_egem", 1));
  }
  if (is("multi-project") && random_.chance(0.5)) {
    // Project books justify their order early on.
    heading(subs ? 2 : 1, spec_.labels.hard ? pick({"Volgorde", "Wat eerst?"})
                                            : pick({"Prioritering", "Prioriteiten"}));
    paragraph(say("mp_aanpak", 2) + " " + say("mp_drijfveer", 1));
  }
  if (random_.chance(0.5)) {
    if (subs) heading_rule(2, "h_leeswijzer");
    paragraph(say("in_leeswijzer", 1, 2));
  }
}

void Composer::baseline() {
  heading_rule(1, "h_nulmeting");
  paragraph(say("nu_opening", 1, 2) + " " + say("nu_bevinding", 1, 2));
  if (random_.chance(0.65)) {
    paragraph(say("nu_tabelkop", 1));
    std::vector<std::vector<std::string>> rows;
    rows.push_back(
        {pick({"Onderdeel", "Bouwsteen", "Voorziening"}),
         pick({"Stand van zaken", "Status", "Stand " + std::to_string(spec_.labels.year - 1)}),
         pick({"Toelichting", "Opmerking", "Actie"})});
    std::vector<BuildingBlock> sample = blocks_;
    random_.shuffle(sample);
    sample.resize(std::min<std::size_t>(sample.size(), random_.between(6, 10)));
    for (const auto& b : sample) {
      double r = random_.unit();
      std::string status = writer_.phrase(r < 0.3   ? "stand_gereed"
                                          : r < 0.7 ? "stand_bezig"
                                                    : "stand_niet");
      rows.push_back(
          {b.name, status,
           writer_.expand(pick(
               {"{zie|meer in} hoofdstuk {3|4}", "{leverancier|koppeling} {gekozen|nog kiezen}",
                "{pilot|proef} {loopt|gepland}", "",
                "{afhankelijk van|wacht op} {landelijke planning|leverancier}",
                "{budget|krediet} {aangevraagd|beschikbaar}", "{gereed|klaar} in $klaar"}))});
    }
    table(rows,
          pick({"uitkomsten nulmeting", "stand van zaken per bouwsteen", "resultaten zelfscan"}));
  }
  paragraph(say("nu_bevinding", 2, 4));
}

void Composer::ambition() {
  const bool hard = spec_.labels.hard;
  if (is("service")) {
    heading(1, hard ? pick({"Waar we naartoe willen", "Onze ambitie", "Ambitie"})
                    : pick({"Visie op dienstverlening", "Onze visie: de inwoner centraal",
                            "Visie en ambitie", "Ambitie: dienstverlening als vertrekpunt"}));
    paragraph(say("sv_coalitie", 1, 2) + " " + say("sv_visie", 2));
    if (random_.chance(0.5))
      heading(2, pick({"Kanalen", "Eén loket", "Hoe inwoners ons bereiken"}));
    paragraph(say("sv_visie", 2, 4));
    if (random_.chance(0.6)) bullets(items("sv_visie", static_cast<int>(random_.between(3, 4))));
    paragraph(say("sv_instrument", 2, 3));
  } else if (is("control")) {
    heading(
        1, pick({"Ambitie en aanpak", "Visie en uitgangspunten", "Onze aanpak", "Uitgangspunten"}));
    paragraph(say("ct_lokaal", 2, 3));
    paragraph(say("ct_borging", 1, 2) + " " + say("ct_bedrijfsvoering", 1));
    if (random_.chance(0.5)) paragraph(say("sv_visie", 1) + " " + say("sv_coalitie", 1));  // mixed
    if (random_.chance(0.5))
      bullets({writer_.expand("{basis op orde|eerst de basis}"),
               writer_.expand("{invoeren én borgen|geen project zonder beheer}"),
               writer_.expand("{aansluiten bij de bedrijfsvoering|in de lijn beleggen}"),
               writer_.expand("{stap voor stap|in plateaus}")});
  } else {
    heading(1, pick({"Ambitie", "Uitgangspunten", "Aanpak", "Ambitie en uitgangspunten"}));
    paragraph(say("mp_visie", 1, 2) + " " + say("mp_aanpak", 1, 2));
    if (random_.chance(0.5)) paragraph(say("sv_instrument", 1));  // mixed signal
  }
}

void Composer::theme_chapter(const std::string& theme, bool leading) {
  const std::string rule = theme_rule(theme);
  std::string title;
  if (theme == "anders") {
    static const std::map<std::string, std::vector<std::string>> heads = {
        {"regio", {"Regionale samenwerking", "Samen met de regio", "Samenwerking"}},
        {"beveiliging", {"Informatiebeveiliging", "Beveiliging en privacy"}},
        {"archief", {"Digitaal archief", "Archief en informatiebeheer"}},
        {"hnw", {"Het nieuwe werken", "Plaats- en tijdonafhankelijk werken"}}};
    title = pick(heads.at(spec_.anders_topic));
  } else {
    title = writer_.phrase("h_th_" + theme);
  }
  if (leading) {
    heading(1, title);
    // A chapter never asks for more sentences than the rule has, so it does not repeat itself.
    const bool small = writer_.count(rule) < 12;
    paragraph(say(rule, small ? 2 : 3, small ? 3 : 5));
    if (random_.chance(0.5))
      heading(2, pick({"Wat gaan we doen?", "Aanpak", "Stappen", "Uitwerking"}));
    paragraph(say(rule, 2, small ? 2 : 4));
    if (random_.chance(0.6))
      bullets(items(rule, static_cast<int>(random_.between(small ? 2 : 3, small ? 3 : 5))));
    paragraph(say(rule, small ? 1 : 2, small ? 2 : 4));
    if (!small && random_.chance(0.5)) {
      heading(2, pick({"Resultaat in " + std::to_string(spec_.labels.year + 2),
                       "Wat levert het op?", "Doelen", "Beoogd resultaat"}));
      paragraph(say(rule, 2, 3));
    }
  } else {
    heading(2, title);
    paragraph(say(rule, 2, 3));
  }
}

void Composer::themes() {
  // The leading theme gets its own chapter; the other four a section each in a shared chapter.
  static const std::vector<std::string> all = {"basisregistraties", "dienstverlening",
                                               "zaakgericht",       "architectuur",
                                               "projectmatig",      "anders"};
  const std::string lead = spec_.labels.leading_theme;
  theme_chapter(lead, true);
  heading(1, pick({"Overige speerpunten", "Andere thema's", "Thema's", "Overige onderwerpen",
                   "Samenhang met andere ontwikkelingen"}));
  std::vector<std::string> others;
  for (const auto& t : all)
    if (t != lead && (t != "anders" || random_.chance(0.4)) &&
        (t != "projectmatig" || random_.chance(0.6)))
      others.push_back(t);
  random_.shuffle(others);
  for (const auto& t : others) theme_chapter(t, false);
}

void Composer::projects(int round) {
  const bool hard = spec_.labels.hard;
  const int year = spec_.labels.year;
  if (is("multi-project")) {
    // A project book: every building block with priority, lead time and investment.
    heading(1, round > 0 ? fmt::format("Projecten (deel {})", round + 1)
                         : pick({"De projecten", "Projecten", "Projectbeschrijvingen",
                                 "Overzicht per bouwsteen"}));
    paragraph(say("mp_aanpak", 1, 2));
    std::vector<std::vector<std::string>> rows;
    rows.push_back(hard ? std::vector<std::string>{"Onderdeel", "Volgorde", "Duur", "Kosten"}
                        : std::vector<std::string>{"Project", "Prioriteit", "Doorlooptijd",
                                                   "Investering", "Wettelijke datum"});
    for (const auto& b : blocks_) {
      heading(2, b.name);
      const std::string deadline = deadline_of(b.id, year);
      writer_.set("bb", b.name);
      writer_.set("deadline", deadline);
      std::string text = say("bb_" + b.id, 1, 2);
      if (!deadline.empty()) text += " " + say("mp_deadline", 1);
      paragraph(text);
      if (random_.chance(0.6)) {
        // A project card, as project books have them.
        const bool h = spec_.labels.hard;
        bullets({std::string(h ? "Kosten: " : "Investering: ") + writer_.expand("$bedrag"),
                 std::string(h ? "Duur: " : "Doorlooptijd: ") + writer_.expand("$doorloop"),
                 std::string(h ? "Volgorde: " : "Prioriteit: ") +
                     writer_.phrase(b.legal ? "prio_hoog" : "prio_midden"),
                 "Trekker: " + pick({"Publiekszaken", "I&A", "Ruimte en Wonen", "Burgerzaken",
                                     "DIV", "Communicatie", "Belastingen", "Vergunningen"})});
      } else {
        paragraph(writer_.sentence("mp_project_regel"));
      }
      if (random_.chance(0.35))
        paragraph(say(theme_rule(b.theme), 1) + " " + say("mp_capaciteit", 1));
      std::string prio = b.legal
                             ? writer_.phrase("prio_hoog")
                             : writer_.phrase(random_.chance(0.5) ? "prio_midden" : "prio_laag");
      std::vector<std::string> row = {b.name, prio, writer_.expand("$doorloop"),
                                      euro(amount(0.07))};
      if (!hard) row.push_back(deadline.empty() ? "-" : deadline);
      rows.push_back(row);
    }
    table(rows,
          pick({"overzicht projecten", "projecten met prioriteit en investering",
                "projectoverzicht"}),
          random_.chance(0.3));
    heading(random_.chance(0.5) ? 1 : 2,
            hard ? pick({"Mensen en uren", "Wie doet het werk?"})
                 : pick({"Capaciteit", "Capaciteitsplanning", "Benodigde capaciteit"}));
    paragraph(say("mp_capaciteit", 2, 3));
    std::vector<std::vector<std::string>> cap = {{"Afdeling", fmt::format("{}", year),
                                                  fmt::format("{}", year + 1),
                                                  fmt::format("{}", year + 2)}};
    for (const auto& dept : {"Publiekszaken", "I&A", "Ruimte", "Financiën", "Communicatie"}) {
      if (random_.chance(0.25)) continue;
      cap.push_back({dept, decimal_comma(random_.between(2, 30) / 10.0) + " fte",
                     decimal_comma(random_.between(2, 30) / 10.0) + " fte",
                     decimal_comma(random_.between(1, 20) / 10.0) + " fte"});
    }
    table(cap, pick({"capaciteit per afdeling", "benodigde inzet in fte"}));
  } else if (is("control")) {
    heading(1, round > 0 ? fmt::format("Uitwerking (deel {})", round + 1)
                         : pick({"Lokale uitwerking", "Uitwerking per onderdeel",
                                 "De projecten en hun beheer", "Aanpak per voorziening"}));
    paragraph(say("ct_lokaal", 1, 2));
    std::vector<std::vector<std::string>> rows = {
        {"Project", hard ? "Stap" : "Plateau", hard ? "Na oplevering bij" : "Beheer/borging bij",
         "Kosten"}};
    for (const auto& b : blocks_) {
      heading(2, b.name);
      paragraph(say("bb_" + b.id, 1, 2));
      if (random_.chance(0.5))
        heading(
            3, hard ? pick({"Daarna", "Na de invoering"}) : pick({"Borging", "Beheer en borging"}));
      paragraph(say("ct_borging", 1, 2) +
                (random_.chance(0.4) ? " " + say(theme_rule(b.theme), 1) : std::string()));
      rows.push_back({b.name, std::to_string(random_.between(1, 3)),
                      pick({"Publiekszaken", "I&A", "Communicatie", "Ruimte", "Burgerzaken", "DIV",
                            "Belastingen"}),
                      euro(amount(0.06))});
    }
    table(rows, pick({"projecten en beheer", "overzicht uitwerking"}), random_.chance(0.25));
  } else {
    heading(1, round > 0 ? fmt::format("Sporen (vervolg {})", round + 1)
                         : pick({"Van ambitie naar uitvoering", "De sporen", "Programma",
                                 "Uitvoering in sporen", "Wat gaan we doen?"}));
    paragraph(say("sv_instrument", 1, 2));
    static const std::vector<std::string> tracks = {
        "Het klantcontactcentrum",         "Het digitale loket",
        "Het informatiefundament",         "Organisatie en medewerkers",
        "Dienstverlening aan ondernemers", "Van papier naar digitaal"};
    std::vector<std::string> chosen = tracks;
    random_.shuffle(chosen);
    chosen.resize(static_cast<std::size_t>(random_.between(3, 4)));
    std::vector<std::vector<std::string>> rows = {{"Project", "Spoor", "Planning", "Kosten"}};
    std::size_t next = 0;
    for (const auto& track : chosen) {
      heading(2, (random_.chance(0.5) ? "Spoor: " : "") + track);
      paragraph(say("sv_visie", 1, 2) + " " + say("sv_instrument", 1));
      if (random_.chance(0.5))
        paragraph(say(theme_rule(spec_.labels.leading_theme), 1) + " " + say("sv_organisatie", 1));
      std::vector<std::string> list;
      const std::size_t count = std::min<std::size_t>(blocks_.size() - next, random_.between(2, 4));
      for (std::size_t i = 0; i < count; ++i, ++next) {
        const auto& b = blocks_[next];
        list.push_back(b.name + ": " + writer_.expand("<bb_" + b.id + ">") + ".");
        rows.push_back({b.name, track, writer_.expand("$periode"), euro(amount(0.06))});
      }
      bullets(list);
    }
    if (random_.chance(0.65))
      table(rows, pick({"projecten per spoor", "projectoverzicht"}), random_.chance(0.2));
  }
}

void Composer::planning() {
  heading_rule(1, "h_planning");
  paragraph(say("pl_opening", 2, 3));
  const int year = spec_.labels.year;
  if (is("control")) {
    paragraph(say("ct_plateau", 2, 3));
    std::vector<std::vector<std::string>> rows = {
        {spec_.labels.hard ? "Stap" : "Plateau", "Periode", "Resultaat"}};
    const std::vector<std::string> results = {
        "basis op orde: BAG, GBA-V, BSN, website",
        "front- en backoffice gekoppeld, midoffice, e-formulieren",
        "zaakgericht werken, digitale dossiers",
        "volledig digitale dienstverlening, statusinformatie"};
    for (int i = 0; i < 4; ++i)
      rows.push_back(
          {std::to_string(i + 1),
           fmt::format("{} {}", pick({"Q1", "Q2", "Q3", "Q4", "medio", "eind"}), year + i / 2),
           results[i]});
    table(rows, spec_.labels.hard ? std::string("planning in stappen")
                                  : pick({"plateauplanning", "planning in stappen"}));
  } else if (is("multi-project")) {
    paragraph(say("pl_fase", 2));
    std::vector<std::vector<std::string>> rows = {
        {spec_.labels.hard ? "Onderdeel" : "Bouwsteen",
         spec_.labels.hard ? "Landelijke datum" : "Wettelijke deadline", "Gereed"}};
    for (const auto& b : blocks_) {
      std::string d = deadline_of(b.id, year);
      if (d.empty() && random_.chance(0.5)) continue;
      rows.push_back({b.name, d.empty() ? "-" : d, writer_.expand("$klaar")});
    }
    table(rows, pick({"planning en termijnen", "deadlines per bouwsteen"}));
  } else {
    paragraph(say("pl_fase", 2, 3));
    if (random_.chance(0.5)) {
      std::vector<std::string> phases;
      for (int i = 0; i < 3; ++i)
        phases.push_back(fmt::format("{} {}: ", pick({"fase", "stap"}), i + 1) +
                         writer_.expand("<pl_fase>"));
      bullets(phases);
    }
  }
}

void Composer::organisation() {
  if (is("control") && random_.chance(0.5)) {
    heading(1, spec_.labels.hard ? pick({"Inbedding in de organisatie", "Het gewone werk"})
                                 : pick({"Verankering in de bedrijfsvoering", "Borging in de lijn",
                                         "Bedrijfsvoering en borging"}));
    paragraph(say("ct_bedrijfsvoering", 2, 3));
    paragraph(say("ct_borging", 2, 3));
    heading(2, pick({"Juridische, financiële en personele aspecten", "Randvoorwaarden",
                     "Gevolgen voor de organisatie"}));
    paragraph(say("ct_aspecten", 3, 4));
    heading_rule(1, "h_organisatie");
    paragraph(say("org_opening", 2, 4));
    if (random_.chance(0.6)) bullets(items("org_rollen", static_cast<int>(random_.between(3, 4))));
    return;
  }
  heading_rule(1, "h_organisatie");
  paragraph(say("org_opening", 2, 4));
  if (random_.chance(0.6)) bullets(items("org_rollen", static_cast<int>(random_.between(3, 4))));
  if (is("control")) {
    heading(2, spec_.labels.hard ? pick({"Inbedding in de organisatie", "Het gewone werk"})
                                 : pick({"Bedrijfsvoering en borging", "Inbedding in de lijn"}));
    paragraph(say("ct_bedrijfsvoering", 2, 3) + " " + say("ct_borging", 1));
    heading(2, pick({"Juridische, financiële en personele aspecten", "Randvoorwaarden",
                     "Overige aspecten"}));
    paragraph(say("ct_aspecten", 3, 4));
  } else if (is("service")) {
    heading(2, spec_.labels.hard ? pick({"Mensen", "De medewerkers"})
                                 : pick({"Organisatieontwikkeling", "Organisatie en medewerkers",
                                         "Cultuur en gedrag"}));
    paragraph(say("sv_organisatie", 3, 4));
    if (random_.chance(0.4)) paragraph(say("ct_aspecten", 1));  // mixed
  } else {
    paragraph(say("mp_capaciteit", 1, 2));
  }
  if (random_.chance(0.4)) paragraph(writer_.sentence("nonrisk"));
}

void Composer::finances() {
  heading_rule(1, "h_financien");
  paragraph(say("fin_opening", 2, 4));
  const int year = spec_.labels.year;
  const int years = static_cast<int>(random_.between(3, 4));
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head = {pick({"Onderdeel", "Kostenpost", "Omschrijving"})};
  for (int y = 0; y < years; ++y) head.push_back(std::to_string(year + y));
  head.push_back("Totaal");
  rows.push_back(head);
  std::vector<std::string> posts = {"Projectleiding", "Inhuur en advies", "Software en licenties",
                                    "Koppelingen",    "Opleiding",        "Hardware",
                                    "Communicatie",   "Onvoorzien"};
  if (is("control")) posts.push_back("Structureel beheer");
  random_.shuffle(posts);
  posts.resize(static_cast<std::size_t>(random_.between(4, 6)));
  std::vector<long long> totals(years, 0);
  for (const auto& post : posts) {
    std::vector<std::string> row = {post};
    long long sum = 0;
    for (int y = 0; y < years; ++y) {
      long long v = random_.chance(0.15) ? 0 : amount(0.25 / years);
      totals[y] += v;
      sum += v;
      row.push_back(v == 0 ? "-" : euro(v));
    }
    row.push_back(euro(sum));
    rows.push_back(row);
  }
  std::vector<std::string> total = {"Totaal"};
  long long grand = 0;
  for (auto v : totals) total.push_back(euro(v)), grand += v;
  total.push_back(euro(grand));
  rows.push_back(total);
  table(rows, pick({"kosten per jaar", "meerjarenraming", "investeringen en lasten"}),
        random_.chance(0.15));
  if (is("control")) paragraph(say("ct_aspecten", 1));
}

void Composer::risks() {
  heading_rule(1, "h_risicos");
  paragraph(writer_.sentence("rk_intro"));
  std::vector<std::string> rs = spec_.labels.risks;
  random_.shuffle(rs);
  const int form = static_cast<int>(random_.between(0, 2));
  if (form == 0) {
    std::vector<std::vector<std::string>> rows = {
        {"Risico", "Kans", "Impact", pick({"Maatregel", "Beheersmaatregel"})}};
    for (const auto& r : rs)
      rows.push_back({writer_.phrase("rk_" + r), writer_.phrase("kans"), writer_.phrase("impact"),
                      writer_.phrase("mt_" + r)});
    table(rows, pick({"risico's en maatregelen", "risicoanalyse"}), random_.chance(0.2));
  } else if (form == 1) {
    std::vector<std::string> list;
    for (const auto& r : rs)
      list.push_back(writer_.phrase("rk_" + r) + pick({". Maatregel: ", ". Beheersing: ", "; "}) +
                     writer_.expand("<mt_" + r + ">") + ".");
    bullets(list);
  } else {
    int i = 0;
    for (const auto& r : rs) {
      heading(3,
              fmt::format("{}{}", random_.chance(0.5) ? fmt::format("Risico {}: ", ++i) : "",
                          writer_.phrase("rk_" + r)),
              false);
      paragraph(
          writer_.sentence("rk_toelichting") + " " +
          writer_.expand(pick({"{we|wij} {nemen|treffen} {de volgende maatregel|als maatregel}: ",
                               "{dit|dat} {ondervangen|beperken} we {door|met}: "})) +
          writer_.expand("<mt_" + r + ">") + ".");
    }
  }
}

void Composer::communication() {
  if (is("control") && random_.chance(0.4)) {
    heading(1, spec_.labels.hard ? pick({"Mensen meenemen", "Samen veranderen"})
                                 : pick({"Veranderaanpak en draagvlak", "Veranderaanpak"}));
    paragraph(say("ct_verander", 3, 4));
    heading_rule(2, "h_communicatie");
    paragraph(say("com_algemeen", 2, 3));
    bullets(items("com_middelen", static_cast<int>(random_.between(3, 5))));
    return;
  }
  heading_rule(1, "h_communicatie");
  paragraph(say("com_algemeen", 2, 3));
  if (is("control")) {
    heading(2, spec_.labels.hard ? pick({"Mensen meenemen", "Hoe we collega's betrekken"})
                                 : pick({"Veranderaanpak", "Draagvlak en veranderaanpak"}));
    paragraph(say("ct_verander", 3, 4));
  }
  if (random_.chance(0.7)) bullets(items("com_middelen", static_cast<int>(random_.between(3, 5))));
  if (random_.chance(0.5)) paragraph(writer_.sentence("slot"));
}

void Composer::appendices() {
  const bool hard = spec_.labels.hard;
  heading_rule(1, "h_bijlagen");
  if (hard) {
    // Another type's words stand in an appendix of the hard plans.
    heading(2,
            pick({"Bijlage: achtergrond", "Bijlage 1", "Bijlage: uit eerdere stukken",
                  "Bijlage: notitie"}),
            false);
    paragraph(say("vw_" + other_type_, 2));
  }
  heading(2, writer_.phrase("h_begrippen"), false);
  static const std::vector<std::pair<std::string, std::string>> terms = {
      {"BAG", "Basisregistraties Adressen en Gebouwen"},
      {"BSN", "burgerservicenummer"},
      {"DigiD", "Digitale Identiteit voor burgers"},
      {"DMS", "document management systeem"},
      {"EGEM-i", "E-Gemeenten implementatieprogramma"},
      {"GBA", "Gemeentelijke Basisadministratie persoonsgegevens"},
      {"GEMMA", "Gemeentelijke Model Architectuur"},
      {"KCC", "Klant Contact Centrum"},
      {"NHR", "Nieuw Handelsregister"},
      {"NUP", "Nationaal Uitvoeringsprogramma dienstverlening en e-overheid"},
      {"OSB", "OverheidsServiceBus"},
      {"PDC", "producten- en dienstencatalogus"},
      {"PIP", "persoonlijke internetpagina"},
      {"StUF", "Standaard Uitwisseling Formaat"},
      {"Wabo", "Wet algemene bepalingen omgevingsrecht"},
      {"WOZ", "Wet waardering onroerende zaken"},
      {"SC", "Samenwerkende Catalogi"},
      {"OLO", "Omgevingsloket online"}};
  std::vector<std::pair<std::string, std::string>> chosen = terms;
  random_.shuffle(chosen);
  chosen.resize(static_cast<std::size_t>(random_.between(6, 11)));
  std::sort(chosen.begin(), chosen.end());
  if (random_.chance(0.5)) {
    std::vector<std::vector<std::string>> rows = {{"Afkorting", "Betekenis"}};
    for (auto& [a, b] : chosen) rows.push_back({a, b});
    table(rows, "");
  } else {
    std::vector<std::string> list;
    for (auto& [a, b] : chosen) list.push_back(a + pick({": ", " - ", " = "}) + b);
    bullets(list);
  }
}

PlanDocument Composer::compose(int extra_project_rounds) {
  set_variables();
  choose_style();
  // Hard plans borrow words of another type.
  std::vector<std::string> others;
  for (const char* t : {"multi-project", "control", "service"})
    if (spec_.labels.type != t) others.push_back(t);
  other_type_ = random_.pick(others);
  // Which building blocks this plan treats: a multi-project plan lists them all.
  blocks_ = building_blocks();
  random_.shuffle(blocks_);
  if (!is("multi-project"))
    blocks_.resize(static_cast<std::size_t>(random_.between(is("control") ? 8 : 7, 11)));
  else
    blocks_.resize(static_cast<std::size_t>(random_.between(13, 17)));
  // Priority order for the legal ones in multi-project plans.
  if (is("multi-project"))
    std::stable_sort(
        blocks_.begin(), blocks_.end(),
        [](const BuildingBlock& a, const BuildingBlock& b) { return a.legal && !b.legal; });

  title_page();
  foreword();
  summary();
  introduction();
  baseline();
  // The order of the middle chapters varies between plans.
  if (random_.chance(0.5)) {
    ambition();
    themes();
  } else {
    ambition();
    if (random_.chance(0.5)) {
      projects(0);
      themes();
      for (int r = 1; r <= extra_project_rounds; ++r) projects(r);
      planning();
      organisation();
      finances();
      risks();
      communication();
      appendices();
      return std::move(doc_);
    }
    themes();
  }
  projects(0);
  for (int r = 1; r <= extra_project_rounds; ++r) projects(r);
  if (random_.chance(0.5)) {
    planning();
    organisation();
  } else {
    organisation();
    planning();
  }
  finances();
  risks();
  communication();
  appendices();
  return std::move(doc_);
}

}  // namespace

PlanDocument compose_plan(const PlanSpec& spec) {
  return Composer(spec).compose();
}

PlanDocument compose_long_plan(const PlanSpec& spec, int extra_project_rounds) {
  return Composer(spec).compose(std::max(0, extra_project_rounds));
}

std::string document_text(const PlanDocument& document) {
  std::string out;
  const auto& t = document.title_page;
  out += t.municipality + "\n" + t.title + "\n";
  if (!t.subtitle.empty()) out += t.subtitle + "\n";
  for (const auto& [key, value] : t.facts) out += key + " " + value + "\n";
  for (const auto& b : document.blocks) {
    switch (b.kind) {
      case Block::Kind::heading:
      case Block::Kind::paragraph:
      case Block::Kind::quote:
        out += b.text + "\n";
        break;
      case Block::Kind::bullets:
        for (const auto& i : b.items) out += i + "\n";
        break;
      case Block::Kind::table:
        for (const auto& row : b.rows) {
          for (std::size_t c = 0; c < row.size(); ++c) out += (c ? "\t" : "") + row[c];
          out += "\n";
        }
        if (!b.caption.empty()) out += b.caption + "\n";
        break;
      case Block::Kind::page_break:
        break;
    }
  }
  return out;
}

}  // namespace planmine::corpus
