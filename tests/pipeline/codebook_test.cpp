// The codebook loader: the project's codebook loads and holds every desk-study code; broken
// codebooks give an error naming the file, the line and the key.

#include "planmine/pipeline/codebook.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planmine {
namespace {

// A minimal valid codebook; `extra_risk_indicator` lands inside the first risk's indicators.
std::string small_codebook(const std::string& first_risk_indicator =
                               R"({"id": "cap", "pattern": "capaciteit", "weight": 1})") {
  std::string codes_types;
  for (const char* code : {"multi-project", "control", "service"}) {
    codes_types += std::string(codes_types.empty() ? "" : ",\n") + R"(    {"code": ")" + code +
                   R"(", "label": "l", "description": "d", "query": "q", "indicators": []})";
  }
  std::string themes;
  for (const char* code : {"basisregistraties", "dienstverlening", "zaakgericht", "projectmatig",
                           "architectuur", "anders"}) {
    themes += std::string(themes.empty() ? "" : ",\n") + R"(    {"code": ")" + code +
              R"(", "label": "l", "description": "d", "query": "q", "indicators": []})";
  }
  std::string risks;
  bool first = true;
  for (const char* code : {"capaciteit", "focus", "draagvlak", "realisme", "menselijke-factor",
                           "budget", "rijk", "kennis", "bestuur", "fusie", "leveranciers"}) {
    risks += std::string(risks.empty() ? "" : ",\n") + R"(    {"code": ")" + code +
             R"(", "label": "l", "description": "d", "query": "q", "indicators": [)" +
             (first ? "\n      " + first_risk_indicator + "\n    " : "") + "]}";
    first = false;
  }
  return "{\n  \"types\": [\n" + codes_types + "\n  ],\n  \"themes\": [\n" + themes +
         "\n  ],\n  \"risks\": [\n" + risks +
         "\n  ],\n  \"synonyms\": [[\"kcc\", \"klantcontactcentrum\"]]\n}\n";
}

std::string error_of(const std::string& text) {
  try {
    parse_codebook(text, "test.json");
  } catch (const CodebookError& error) {
    return error.what();
  }
  return "";
}

TEST(Codebook, ProjectCodebookLoadsWithEveryCode) {
  const Codebook codebook = load_codebook(default_codebook_path());
  EXPECT_NE(codebook.find_type("service"), nullptr);
  EXPECT_NE(codebook.find_type("multi-project"), nullptr);
  EXPECT_NE(codebook.find_theme("architectuur"), nullptr);
  EXPECT_NE(codebook.find_risk("menselijke-factor"), nullptr);
  EXPECT_EQ(codebook.find_risk("nonsense"), nullptr);
  for (const Code& code : codebook.risks) {
    EXPECT_FALSE(code.indicators.empty()) << code.code;
    EXPECT_FALSE(code.query.empty()) << code.code;
  }
  EXPECT_FALSE(codebook.synonyms.empty());
  EXPECT_FALSE(codebook.risk_framing.empty());
  EXPECT_EQ(codebook.hash.size(), 16u);
}

TEST(Codebook, SmallValidCodebookParses) {
  const Codebook codebook = parse_codebook(small_codebook(), "small.json");
  ASSERT_EQ(codebook.risks.size(), 11u);
  ASSERT_EQ(codebook.risks[0].indicators.size(), 1u);
  EXPECT_EQ(codebook.risks[0].indicators[0].pattern, "capaciteit");
  EXPECT_DOUBLE_EQ(codebook.risks[0].indicators[0].weight, 1.0);
  ASSERT_EQ(codebook.synonyms.size(), 1u);
  EXPECT_EQ(codebook.synonyms[0][1], "klantcontactcentrum");
}

TEST(Codebook, SyntaxErrorNamesFileAndLine) {
  std::string text = small_codebook();
  // Break line 3 (the first type) by removing a comma.
  const std::size_t at = text.find(R"("label": "l",)");
  text.erase(text.find(',', at), 1);
  const std::string error = error_of(text);
  EXPECT_NE(error.find("test.json:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("invalid JSON"), std::string::npos) << error;
}

TEST(Codebook, WeightMustBeANumberAndTheErrorNamesLineAndKey) {
  const std::string error =
      error_of(small_codebook(R"({"id": "cap", "pattern": "capaciteit", "weight": "high"})"));
  // The first risk's indicator stands on its own line: count where it is in the text.
  const std::string text =
      small_codebook(R"({"id": "cap", "pattern": "capaciteit", "weight": "high"})");
  const auto line =
      1 + std::count(text.begin(), text.begin() + text.find("\"weight\": \"high\""), '\n');
  EXPECT_NE(error.find("test.json:" + std::to_string(line) + ":"), std::string::npos) << error;
  EXPECT_NE(error.find("risks[0].indicators[0].weight"), std::string::npos) << error;
  EXPECT_NE(error.find("number"), std::string::npos) << error;
}

TEST(Codebook, ThemeChapterWeightIsANumberWithADefault) {
  EXPECT_DOUBLE_EQ(parse_codebook(small_codebook(), "test.json").theme_chapter_weight, 3.0);
  std::string text = small_codebook();
  text.insert(2, "  \"theme_chapter_weight\": 5,\n");
  EXPECT_DOUBLE_EQ(parse_codebook(text, "test.json").theme_chapter_weight, 5.0);
  text = small_codebook();
  text.insert(2, "  \"theme_chapter_weight\": \"many\",\n");
  const std::string error = error_of(text);
  EXPECT_NE(error.find("theme_chapter_weight"), std::string::npos) << error;
  EXPECT_NE(error.find("number"), std::string::npos) << error;
}

TEST(Codebook, UnknownSectionKindIsRejected) {
  const std::string error = error_of(
      small_codebook(R"({"id": "cap", "pattern": "capaciteit", "weight": 1, "where": "risico"})"));
  EXPECT_NE(error.find("risks[0].indicators[0].where"), std::string::npos) << error;
  EXPECT_NE(error.find("unknown section kind 'risico'"), std::string::npos) << error;
}

TEST(Codebook, BadPatternIsRejected) {
  EXPECT_NE(error_of(small_codebook(
                         R"({"id": "x", "pattern": "visie NEAR/zz dienstverlening", "weight": 1})"))
                .find("NEAR/"),
            std::string::npos);
  EXPECT_NE(error_of(small_codebook(R"({"id": "x", "pattern": "@nonsense", "weight": 1})"))
                .find("unknown feature"),
            std::string::npos);
  EXPECT_NE(error_of(small_codebook(R"({"id": "x", "pattern": "a |  | b", "weight": 1})"))
                .find("empty alternative"),
            std::string::npos);
}

TEST(Codebook, MissingDeskStudyCodeIsNamed) {
  std::string text = small_codebook();
  const std::size_t at = text.find(R"("code": "fusie")");
  text.replace(at, std::string(R"("code": "fusie")").size(), R"("code": "merger")");
  const std::string error = error_of(text);
  EXPECT_NE(error.find("'fusie' is missing"), std::string::npos) << error;
  EXPECT_NE(error.find("risks"), std::string::npos) << error;
}

TEST(Codebook, MissingKeyIsNamed) {
  std::string text = small_codebook();
  const std::size_t at = text.find(R"("query": "q", )");
  text.erase(at, std::string(R"("query": "q", )").size());
  const std::string error = error_of(text);
  EXPECT_NE(error.find("types[0]"), std::string::npos) << error;
  EXPECT_NE(error.find("missing key 'query'"), std::string::npos) << error;
  EXPECT_NE(error.find("test.json:3:"), std::string::npos) << error;
}

TEST(Codebook, MissingFileIsAClearError) {
  EXPECT_THROW(load_codebook("/nonexistent/codebook.json"), CodebookError);
}

}  // namespace
}  // namespace planmine
