// Expanding command-line paths into the list of PDFs to read.

#include <algorithm>
#include <cctype>
#include <set>
#include <system_error>

#include "planmine/extractors/extract.hpp"

namespace planmine {
namespace {

bool has_pdf_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf";
}

}  // namespace

InputList collect_pdf_inputs(const std::vector<std::string>& paths) {
  InputList inputs;
  std::set<std::filesystem::path> seen;
  for (const std::string& arg : paths) {
    const std::filesystem::path path(arg);
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
      inputs.failures.push_back({arg, "no such file or directory"});
      continue;
    }
    if (!std::filesystem::is_directory(status)) {
      // A file named on the command line is read whatever its name: the extractor says
      // clearly when it is not a PDF.
      if (seen.insert(path.lexically_normal()).second) inputs.files.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> found;
    auto options = std::filesystem::directory_options::skip_permission_denied;
    for (auto it = std::filesystem::recursive_directory_iterator(path, options, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error) && has_pdf_extension(it->path())) found.push_back(it->path());
    }
    if (error) {
      inputs.failures.push_back({arg, "cannot read directory: " + error.message()});
      continue;
    }
    if (found.empty()) {
      inputs.failures.push_back({arg, "no PDF files in this directory"});
      continue;
    }
    std::sort(found.begin(), found.end());
    for (auto& file : found) {
      if (seen.insert(file.lexically_normal()).second) inputs.files.push_back(std::move(file));
    }
  }
  return inputs;
}

}  // namespace planmine
