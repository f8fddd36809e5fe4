#pragma once
// Writing one plan: from its labels to a structured document with the plan's own house style.

#include "document.hpp"
#include "planmine/corpus/generator.hpp"

namespace planmine::corpus {

PlanDocument compose_plan(const PlanSpec& spec);

// A plan made long by repeating its project chapters: the 300-page bad input.
PlanDocument compose_long_plan(const PlanSpec& spec, int extra_project_rounds);

}  // namespace planmine::corpus
