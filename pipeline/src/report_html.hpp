#pragma once
// Private to the report: the HTML printers.

#include <string>

#include "planmine/pipeline/report.hpp"

namespace planmine {

std::string render_report_index(const Report& report);
std::string render_plan_page(const Report& report, const ReportPlan& plan);

}  // namespace planmine
