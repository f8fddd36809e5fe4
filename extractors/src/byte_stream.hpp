#pragma once
// The byte form in which worker processes hand values back: numbers in host order (the same
// machine reads them) and length-prefixed strings. Private to extractors/.

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace planmine::detail {

class Writer {
 public:
  void number(std::int64_t value) { raw(&value, sizeof value); }
  void real(double value) { raw(&value, sizeof value); }
  void text(std::string_view value) {
    number(static_cast<std::int64_t>(value.size()));
    bytes_.append(value);
  }
  std::string take() { return std::move(bytes_); }
  void raw(const void* data, size_t size) { bytes_.append(static_cast<const char*>(data), size); }

 private:
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::int64_t number() {
    std::int64_t value = 0;
    raw(&value, sizeof value);
    return value;
  }
  double real() {
    double value = 0;
    raw(&value, sizeof value);
    return value;
  }
  std::string text() {
    const std::int64_t size = number();
    if (size < 0 || static_cast<std::uint64_t>(size) > bytes_.size() - at_) malformed();
    std::string value(bytes_.substr(at_, static_cast<size_t>(size)));
    at_ += static_cast<size_t>(size);
    return value;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  [[noreturn]] static void malformed() { throw std::runtime_error("malformed serialized bytes"); }
  void raw(void* data, size_t size) {
    if (size > bytes_.size() - at_) malformed();
    std::memcpy(data, bytes_.data() + at_, size);
    at_ += size;
  }
  std::string_view bytes_;
  size_t at_ = 0;
};

// Writes all of `bytes` to `fd`, retrying after interruptions.
inline void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
}

// Reads exactly `size` bytes from `fd`, retrying after interruptions; false at its end first.
inline bool read_all(int fd, void* data, size_t size) {
  auto* at = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = ::read(fd, at, size);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    at += got;
    size -= static_cast<size_t>(got);
  }
  return true;
}

}  // namespace planmine::detail
