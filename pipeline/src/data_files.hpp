#pragma once
// Where the built-in data files (codebook.json, compound-words.txt) are found at run time.
// Header-only, so every target that compiles the tokenizer or codebook (fuzz/ too) has it.

#include <unistd.h>

#include <filesystem>
#include <string_view>
#include <system_error>

namespace planmine {

// The installed copy beside the executable, <bin>/../share/planmine/NAME (cmake --install puts
// it there), else the checkout's copy the build was made from. Looked up from the executable,
// not the working directory, so a copied or installed planmine finds its own data; the
// checkout's path keeps a build tree reading the files researchers edit. When neither
// exists, the installed path is returned so the error names where the file belongs.
inline std::filesystem::path built_in_data_file(std::string_view name,
                                                const std::filesystem::path& checkout_copy) {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return checkout_copy;
  const std::filesystem::path installed =
      executable.parent_path().parent_path() / "share" / "planmine" / name;
  if (std::filesystem::is_regular_file(installed, error)) return installed;
  if (std::filesystem::is_regular_file(checkout_copy, error)) return checkout_copy;
  return installed;
}

}  // namespace planmine
