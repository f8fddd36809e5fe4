// SHA-256 through Nettle (Debian's nettle-dev), for plan ids. File content hashes are the
// extractors' (planmine/extractors/digest.hpp): index/ takes them as plain values.

#include <nettle/sha2.h>

#include <array>
#include <cstdint>
#include <string>

#include "digest.hpp"

namespace planmine::index {

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  for (const std::uint8_t byte : digest) {
    text += kDigits[byte >> 4];
    text += kDigits[byte & 0xf];
  }
  return text;
}

}  // namespace planmine::index
