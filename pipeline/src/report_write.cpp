// Writing the report's files: every file under a temporary name, then renamed into place.

#include <fmt/core.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <stdexcept>
#include <system_error>

#include "planmine/pipeline/report.hpp"
#include "report_html.hpp"

namespace planmine {

void write_file_atomically(const std::filesystem::path& file, std::string_view content) {
  const std::filesystem::path temporary =
      file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(fmt::format("cannot write {}", temporary.string()));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw std::runtime_error(fmt::format("cannot write {}", temporary.string()));
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw std::runtime_error(
        fmt::format("cannot rename to {}: {}", file.string(), error.message()));
  }
}

void write_report(const ReportInput& input, const std::filesystem::path& out_dir) {
  const Report report = compute_report(input);
  const std::filesystem::path plans_dir = out_dir / "plans";
  std::filesystem::create_directories(plans_dir);

  std::set<std::string> written;
  const auto write_plan_pages = [&](const std::vector<ReportPlan>& plans, std::size_t first) {
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const std::string name = plan_page_name(plans[i], first + i);
      write_file_atomically(plans_dir / name, render_plan_page(report, plans[i]));
      written.insert(name);
    }
  };
  write_plan_pages(input.plans, 0);
  if (input.validation) write_plan_pages(*input.validation, input.plans.size());
  // Pages of plans that are gone since the last report would be dead ends: remove them.
  for (const auto& entry : std::filesystem::directory_iterator(plans_dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".html" && !written.contains(name)) {
      std::filesystem::remove(entry.path());
    }
  }
  write_file_atomically(out_dir / "report.json", report_to_json(report).dump(2) + "\n");
  write_file_atomically(out_dir / "index.html", render_report_index(report));
}

}  // namespace planmine
