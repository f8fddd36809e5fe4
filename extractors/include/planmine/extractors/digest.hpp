#pragma once
// Content hashes: what decides that a file is unchanged (index, run cache) and keys the OCR cache.

#include <filesystem>
#include <string>
#include <string_view>

namespace planmine {

// SHA-256 of bytes / of a file's content, as 64 lowercase hex digits. file_sha256 throws
// std::runtime_error when the file cannot be read.
std::string sha256_hex(std::string_view bytes);
std::string file_sha256(const std::filesystem::path& file);

}  // namespace planmine
