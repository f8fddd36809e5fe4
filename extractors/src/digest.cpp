// SHA-256 through Nettle (Debian's nettle-dev): a small library made for exactly this, instead of
// a hand-written FIPS 180-4 implementation in every folder that needs a content hash.

#include "planmine/extractors/digest.hpp"

#include <nettle/sha2.h>

#include <array>
#include <fstream>
#include <stdexcept>

namespace planmine {
namespace {

std::string hex(const std::array<std::uint8_t, SHA256_DIGEST_SIZE>& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  text.reserve(digest.size() * 2);
  for (const std::uint8_t byte : digest) {
    text += kDigits[byte >> 4];
    text += kDigits[byte & 0xf];
  }
  return text;
}

std::string finish(sha256_ctx& context) {
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  return hex(digest);
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  return finish(context);
}

std::string file_sha256(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open for reading");
  sha256_ctx context;
  sha256_init(&context);
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    sha256_update(&context, static_cast<std::size_t>(in.gcount()),
                  reinterpret_cast<const std::uint8_t*>(buffer.data()));
  }
  if (in.bad()) throw std::runtime_error("read error");
  return finish(context);
}

}  // namespace planmine
