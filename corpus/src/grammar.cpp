// The grammar engine: parsing the phrasebook and expanding templates with the plan's random draws.

#include "grammar.hpp"

#include <cctype>
#include <stdexcept>

namespace planmine::corpus {

void Phrasebook::load(std::string_view source) {
  std::vector<std::string>* current = nullptr;
  std::size_t start = 0;
  while (start <= source.size()) {
    std::size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '@') {
      current = &rules_[std::string(line.substr(1))];
      continue;
    }
    if (current == nullptr) throw std::logic_error("phrasebook: text before the first @rule");
    current->emplace_back(line);
  }
}

const std::vector<std::string>* Phrasebook::find(const std::string& name) const {
  auto found = rules_.find(name);
  return found == rules_.end() ? nullptr : &found->second;
}

std::string capitalise(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') {
      // "de 'e-overheid'" style starts and "e-" prefixes stay lower case, as in real texts.
      if (c == 'e' && i + 1 < text.size() && text[i + 1] == '-') return text;
      // Dutch "ij" is capitalised as a pair.
      if (c == 'i' && i + 1 < text.size() && text[i + 1] == 'j') text[i + 1] = 'J';
      text[i] = static_cast<char>(c - 'a' + 'A');
      return text;
    }
    if (c >= 'A' && c <= 'Z') return text;
    if (c >= 0x80 || (c >= '0' && c <= '9')) return text;
  }
  return text;
}

const std::vector<std::string>& Writer::alternatives(const std::string& name) {
  if (!soft_prefix_.empty() && name.rfind(soft_prefix_, 0) == 0) {
    if (const auto* soft = book_.find(name + "~")) return *soft;
  }
  const auto* found = book_.find(name);
  if (found == nullptr) throw std::logic_error("phrasebook: unknown rule <" + name + ">");
  return *found;
}

std::string Writer::expand_rule(const std::string& name) {
  const auto& options = alternatives(name);
  // Prefer alternatives not used yet in this plan, so a plan does not repeat itself.
  auto& used = used_[name];
  if (used.size() >= options.size()) used.clear();
  std::vector<std::size_t> fresh;
  for (std::size_t i = 0; i < options.size(); ++i)
    if (!used.count(i)) fresh.push_back(i);
  std::size_t chosen = fresh[random_.index(fresh.size())];
  used.insert(chosen);
  if (++depth_ > 60) throw std::logic_error("phrasebook: rule recursion too deep at " + name);
  std::string out;
  expand_into(options[chosen], 0, out, '\0');
  --depth_;
  return out;
}

// Skips one {...} group starting after its '{'; returns the position after the closing '}'.
std::size_t Writer::skip_choice(std::string_view text, std::size_t pos) {
  int level = 1;
  while (pos < text.size() && level > 0) {
    if (text[pos] == '{') ++level;
    if (text[pos] == '}') --level;
    ++pos;
  }
  return pos;
}

std::size_t Writer::expand_into(std::string_view text, std::size_t pos, std::string& out,
                                char stop) {
  while (pos < text.size()) {
    char c = text[pos];
    if (stop != '\0' && (c == '|' || c == '}')) return pos;
    if (c == '{') {
      ++pos;
      if (pos < text.size() && text[pos] == '?') {
        ++pos;
        if (random_.chance(0.5)) {
          pos = expand_into(text, pos, out, '}');
          pos = skip_choice(text, pos);
        } else {
          pos = skip_choice(text, pos);
        }
        continue;
      }
      // Find the start of every choice at this level, then expand one.
      std::vector<std::size_t> starts{pos};
      int level = 1;
      std::size_t scan = pos;
      for (; scan < text.size(); ++scan) {
        if (text[scan] == '{')
          ++level;
        else if (text[scan] == '}') {
          if (--level == 0) break;
        } else if (text[scan] == '|' && level == 1)
          starts.push_back(scan + 1);
      }
      std::size_t begin = starts[random_.index(starts.size())];
      expand_into(text, begin, out, '|');
      pos = scan + 1;
      continue;
    }
    if (c == '<') {
      std::size_t close = text.find('>', pos);
      std::string name(text.substr(pos + 1, close - pos - 1));
      out += expand_rule(name);
      pos = close + 1;
      continue;
    }
    if (c == '$') {
      std::size_t end = pos + 1;
      while (end < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
      std::string name(text.substr(pos + 1, end - pos - 1));
      if (auto f = fixed_.find(name); f != fixed_.end()) {
        out += f->second;
      } else if (auto g = functions_.find(name); g != functions_.end()) {
        out += g->second();
      } else {
        throw std::logic_error("phrasebook: unknown variable $" + name);
      }
      pos = end;
      continue;
    }
    out += c;
    ++pos;
  }
  return pos;
}

std::string Writer::expand(std::string_view text) {
  std::string out;
  expand_into(text, 0, out, '\0');
  // Collapse the double spaces optional parts leave behind.
  std::string clean;
  for (char c : out) {
    if (c == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    if ((c == ',' || c == '.' || c == ':' || c == ';') && !clean.empty() && clean.back() == ' ')
      clean.pop_back();
    clean += c;
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  return clean;
}

std::string Writer::phrase(const std::string& rule) {
  return capitalise(expand("<" + rule + ">"));
}

std::string Writer::sentence(const std::string& rule) {
  std::string text = phrase(rule);
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!' &&
      text.back() != ':')
    text += '.';
  return text;
}

std::string Writer::sentences(const std::string& rule, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (!out.empty()) out += ' ';
    out += sentence(rule);
  }
  return out;
}

}  // namespace planmine::corpus
