// libFuzzer target: see fuzz_bodies.hpp for what it checks.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_bodies.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  planmine::fuzz::fuzz_sections(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
