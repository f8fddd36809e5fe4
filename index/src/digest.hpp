#pragma once

#include <string>
#include <string_view>

namespace planmine::index {

// The hex SHA-256 of some bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace planmine::index
