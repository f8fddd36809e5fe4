#pragma once
// A small text grammar: named rules with alternatives, inline choices and plan variables.
//
//   @rule_name            starts a rule; each following non-empty line is one alternative
//   {a|b|c}               one of the choices (nesting allowed), {?text} text half of the time
//   <rule_name>           expands a rule, preferring alternatives this plan has not used yet
//   $name                 a plan variable (fixed text, or a function giving fresh amounts)
//   # comment             ignored line

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "random.hpp"

namespace planmine::corpus {

class Phrasebook {
 public:
  // Adds the rules of one source text; later rules of the same name add alternatives.
  void load(std::string_view source);
  const std::vector<std::string>* find(const std::string& name) const;
  bool has(const std::string& name) const { return rules_.count(name) > 0; }

 private:
  std::map<std::string, std::vector<std::string>> rules_;
};

// The whole bank of Dutch phrases the plans are written from (phrasebook_*.cpp).
const Phrasebook& dutch_phrasebook();

class Writer {
 public:
  Writer(const Phrasebook& book, Random& random) : book_(book), random_(random) {}

  void set(const std::string& name, std::string value) { fixed_[name] = std::move(value); }
  void set_function(const std::string& name, std::function<std::string()> make) {
    functions_[name] = std::move(make);
  }
  // Rules starting with this prefix are replaced by their "<name>~" soft variant when it
  // exists: the hard plans avoid the textbook words of their own type.
  void soften(std::string prefix) { soft_prefix_ = std::move(prefix); }

  // Expands a template text.
  std::string expand(std::string_view text);
  // Expands a rule by name; capitalises the first letter and ends it with a full stop.
  std::string sentence(const std::string& rule);
  // Expands a rule by name; capitalises the first letter (headings, table cells).
  std::string phrase(const std::string& rule);
  // n different alternatives of one rule, as sentences joined by spaces.
  std::string sentences(const std::string& rule, int count);
  // Expands a rule and splits its result on " || " into list items (for bullet lists).
  bool has(const std::string& rule) const { return book_.has(rule); }
  // How many alternatives a rule has (after softening).
  int count(const std::string& rule) { return static_cast<int>(alternatives(rule).size()); }
  Random& random() { return random_; }

 private:
  std::string expand_rule(const std::string& name);
  std::size_t expand_into(std::string_view text, std::size_t pos, std::string& out, char stop);
  std::size_t skip_choice(std::string_view text, std::size_t pos);
  const std::vector<std::string>& alternatives(const std::string& name);

  const Phrasebook& book_;
  Random& random_;
  std::map<std::string, std::string> fixed_;
  std::map<std::string, std::function<std::string()>> functions_;
  std::map<std::string, std::set<std::size_t>> used_;
  std::string soft_prefix_;
  int depth_ = 0;
};

std::string capitalise(std::string text);

}  // namespace planmine::corpus
