#pragma once
// The data a document carries: Omega-style "key=value" lines (backslash escapes newlines), so
// xapian-delve -d shows it readably.

#include <map>
#include <string>
#include <string_view>

namespace planmine::index {

class DocumentData {
 public:
  DocumentData() = default;
  static DocumentData parse(std::string_view data);

  void set(const std::string& key, std::string_view value) { fields_[key] = value; }
  std::string get(const std::string& key) const;
  std::string serialise() const;
  const std::map<std::string, std::string>& fields() const { return fields_; }

 private:
  std::map<std::string, std::string> fields_;
};

}  // namespace planmine::index
