#pragma once
// What classification says of one plan, with the evidence for it. A plain value: the index,
// the report and the printers take it as it is.

#include <map>
#include <string>
#include <vector>

namespace planmine {

// One piece of evidence: a codebook indicator that matched a passage of the plan.
struct Evidence {
  std::string code;       // the type, theme or risk code this evidence counts for
  std::string indicator;  // the codebook indicator that matched (its id or pattern)
  double weight = 0;      // its contribution to the code's score
  int page = 0;           // 1-based page of the passage
  std::string section;    // heading of the section the passage stands in, when known
  std::string passage;    // the quoted passage, as written in the plan
};

struct Coding {
  std::string type;  // multi-project | control | service
  double confidence = 0;                      // in [0,1]
  std::map<std::string, double> type_scores;  // code -> score, every type
  std::string leading_theme;  // basisregistraties | dienstverlening | zaakgericht | ...
  std::map<std::string, double> theme_scores;  // code -> score, every theme
  std::vector<std::string> risks;              // risk codes the plan names as risks
  std::vector<Evidence> evidence;              // strongest first
};

}  // namespace planmine
