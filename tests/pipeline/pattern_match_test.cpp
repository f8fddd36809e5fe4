// The codebook's pattern words as the classifier matches them (docs/codebook.md, "Patterns"):
// folded forms, stems, compound parts, "=" (whole word only), "*" (word beginning), phrases,
// NEAR/n and synonym groups. Each case is one risk indicator and one sentence in a risk
// section: the risk is reported exactly when the pattern matches the sentence.

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>

#include "planmine/pipeline/classify.hpp"

namespace planmine {
namespace {

struct PatternCase {
  std::string pattern;
  std::string sentence;
  bool matches;
};

// Names a case in test output (gtest would print its bytes).
void PrintTo(const PatternCase& test, std::ostream* out) {
  *out << "'" << test.pattern << "' " << (test.matches ? "matches" : "does not match") << " '"
       << test.sentence << "'";
}

// The project's codebook (for its synonym groups) with one risk indicator, `pattern`, and
// no other risk indicators.
Codebook codebook_with_risk_pattern(const std::string& pattern) {
  Codebook codebook = load_codebook(default_codebook_path());
  for (Code& code : codebook.risks) code.indicators.clear();
  codebook.risks.front().indicators.push_back(Indicator{"case", pattern, 1.0, ""});
  return codebook;
}

// The sentence stands as a listed item of a risk section, which counts however it is worded,
// so that only the pattern decides.
bool risk_reported(const PatternCase& test) {
  const Codebook codebook = codebook_with_risk_pattern(test.pattern);
  PlanText plan;
  plan.path = "pattern-case.pdf";
  plan.pages.push_back(PageText{1,
                                "1 Inleiding\nDit plan beschrijft de komende jaren.\n\n"
                                "2 Risico's\n- " +
                                    test.sentence + ".\n"});
  const Coding coding = classify_plan(plan, codebook, Tokenizer::standard());
  const std::string& code = codebook.risks.front().code;
  return std::find(coding.risks.begin(), coding.risks.end(), code) != coding.risks.end();
}

class PatternWords : public testing::TestWithParam<PatternCase> {};

TEST_P(PatternWords, RiskReportedExactlyWhenThePatternMatches) {
  const PatternCase& test = GetParam();
  EXPECT_EQ(risk_reported(test), test.matches)
      << "pattern '" << test.pattern << "' on '" << test.sentence << "'";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PatternWords,
    testing::Values(
        // Folded form and stem of the whole word.
        PatternCase{"capaciteit", "Er is te weinig CAPACITEIT", true},
        PatternCase{"capaciteiten", "Er is te weinig capaciteit", true},
        PatternCase{"financiele", "De financiële ruimte is klein", true},
        PatternCase{"capaciteit", "Er zijn te weinig mensen", false},
        // Compound parts, by form and by stem; "=" refuses them.
        PatternCase{"kennis", "De kennisbank is verouderd", true},
        PatternCase{"=kennis", "De kennisbank is verouderd", false},
        PatternCase{"=kennis", "De kennis is verouderd", true},
        PatternCase{"registraties", "Wij voeren de basisregistraties in", true},
        PatternCase{"capaciteiten", "De personeelscapaciteit is krap", true},
        PatternCase{"=capaciteiten", "De personeelscapaciteit is krap", false},
        // Word beginnings, of the word and (not with "=") of its parts.
        PatternCase{"risico*", "De risicoanalyse ontbreekt", true},
        PatternCase{"analyse*", "De risicoanalyse ontbreekt", true},
        PatternCase{"=analyse*", "De risicoanalyse ontbreekt", false},
        PatternCase{"analyse*", "Het plan ontbreekt", false},
        // Phrases: consecutive tokens, in order.
        PatternCase{"digitale balie", "De digitale balie is traag", true},
        PatternCase{"digitale balie", "De balie is niet digitale", false},
        PatternCase{"balie traag*", "De digitale balie is traag", false},
        // NEAR/n: at most n tokens between, either order.
        PatternCase{"tekort NEAR/2 capaciteit", "Het tekort aan capaciteit is groot", true},
        PatternCase{"tekort NEAR/5 capaciteit", "Capaciteit kent dit jaar een tekort", true},
        PatternCase{"tekort NEAR/3 capaciteit", "Capaciteit kent dit jaar een tekort", false},
        PatternCase{"tekort NEAR/2 capaciteit", "Het tekort aan de capaciteit is groot", true},
        PatternCase{"tekort NEAR/1 capaciteit", "Het tekort aan de capaciteit is groot", false},
        PatternCase{"tekort NEAR/2 capaciteit", "Capaciteit kent een tekort", true},
        // A synonym group brings its other members.
        PatternCase{"kcc", "Het klantcontactcentrum is onderbezet", true},
        // Of several alternatives, any one.
        PatternCase{"bezetting | onderbezet", "Het klantcontactcentrum is onderbezet", true}));

}  // namespace
}  // namespace planmine
