#include "compound_splitter.hpp"

#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>

#include "string_map.hpp"

namespace planmine {
namespace {

// FNV-1a: short keys, no allocation; good enough spread for an open-addressing table.
std::uint64_t hash_word(std::string_view word) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : word) {
    hash = (hash ^ c) * 1099511628211ull;
  }
  return hash;
}

// Elements Dutch puts between compound parts: dienstverlening|s|concept, klant|en|service,
// gemeente|n|portaal. (The old linking -e- of paddestoel is left out: it made grot|e|steden.)
constexpr std::array<std::string_view, 3> kLinkingElements = {"s", "en", "n"};

bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Inflection endings Dutch adds to a word without making it a compound: plural, participle,
// adjective, comparative, superlative, verb forms.
constexpr std::array<std::string_view, 11> kInflections = {"s",  "'s", "en",  "n", "e", "de",
                                                           "te", "er", "ste", "t", "d"};

// The base forms `word` may be an inflection of: diensten -> dienst, gesprekken -> gesprek,
// ambtenaren -> ambtenaar.
std::vector<std::string> base_forms(std::string_view word) {
  std::vector<std::string> bases;
  for (std::string_view ending : kInflections) {
    if (word.size() < ending.size() + 4 || !word.ends_with(ending)) continue;
    std::string base(word.substr(0, word.size() - ending.size()));
    bases.push_back(base);
    const std::size_t n = base.size();
    // Doubled consonant before the ending: gesprek-k-en.
    if (base[n - 1] == base[n - 2] && !is_vowel(base[n - 1]))
      bases.push_back(base.substr(0, n - 1));
    // Long vowel written single before the ending: ambtenar-en -> ambtenaar.
    if (!is_vowel(base[n - 1]) && is_vowel(base[n - 2]) && !is_vowel(base[n - 3])) {
      bases.push_back(base.substr(0, n - 1) + base[n - 2] + base[n - 1]);
    }
  }
  return bases;
}

}  // namespace

CompoundSplitter::CompoundSplitter(const std::filesystem::path& wordlist) {
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id++;
  std::ifstream in(wordlist, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read compound word list " + wordlist.string());
  }
  storage_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (storage_.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::runtime_error("compound word list too large: " + wordlist.string());
  }

  std::size_t lines = 0;
  for (char c : storage_) lines += c == '\n';
  // Load factor <= 0.5 keeps probe chains short.
  slots_.assign(std::bit_ceil(2 * lines + 16), Slot{});
  const std::size_t mask = slots_.size() - 1;

  std::string_view all(storage_);
  std::size_t offset = 0;
  while (offset < all.size()) {
    std::size_t newline = all.find('\n', offset);
    if (newline == std::string_view::npos) newline = all.size();
    std::string_view word = all.substr(offset, newline - offset);
    const std::size_t begin = offset;
    offset = newline + 1;
    if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
    if (word.empty() || word.size() > std::numeric_limits<std::uint16_t>::max()) continue;
    const std::uint64_t hash = hash_word(word);
    const Slot entry{static_cast<std::uint32_t>(begin), static_cast<std::uint16_t>(word.size()),
                     static_cast<std::uint16_t>(hash >> 48)};
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot].length == 0) {
        slots_[slot] = entry;
        ++word_count_;
        break;
      }
      if (matches(slots_[slot], entry.tag, word)) break;
    }
  }
}

bool CompoundSplitter::matches(const Slot& slot, std::uint16_t tag, std::string_view word) const {
  return slot.tag == tag && slot.length == word.size() &&
         std::string_view(storage_).substr(slot.offset, slot.length) == word;
}

bool CompoundSplitter::contains(std::string_view word) const {
  if (word.empty()) return false;
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t hash = hash_word(word);
  const auto tag = static_cast<std::uint16_t>(hash >> 48);
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot].length == 0) return false;
    if (matches(slots_[slot], tag, word)) return true;
  }
}

std::vector<CompoundSplitter::Segment> CompoundSplitter::best_segmentation(
    std::string_view word, std::size_t min_parts) const {
  // Dynamic programming from the end: best[i] describes the best way to cut word[i..] into
  // dictionary words. Fewest parts wins, then the longest parts (largest sum of squared
  // lengths, a linking element counted with the part before it, so dienstverlening|s|taak
  // beats dienstverlening|staak), then fewer linking elements (weer|stand, not weer|s|tand;
  // gemeenten|portaal: the linking -en- is written as the plural). The last part carries the
  // inflection, so it is looked up as written ("registraties").
  struct Choice {
    std::size_t parts = std::numeric_limits<std::size_t>::max();  // max = impossible
    std::size_t squares = 0;
    std::size_t links = 0;
    std::size_t part_end = 0;  // end of the first part
    std::size_t next = 0;      // where the next part starts (after a linking element)
  };
  const std::size_t n = word.size();
  std::vector<Choice> best(n + 1);
  auto better = [](const Choice& a, const Choice& b) {
    if (a.parts != b.parts) return a.parts < b.parts;
    if (a.squares != b.squares) return a.squares > b.squares;
    return a.links < b.links;
  };

  for (std::size_t i = n; i-- > 0;) {
    if (is_utf8_continuation(word[i])) continue;
    for (std::size_t j = i + kMinPartBytes; j <= n; ++j) {
      if (j < n && is_utf8_continuation(word[j])) continue;
      if (!contains(word.substr(i, j - i))) continue;
      const std::size_t length = j - i;
      if (j == n) {
        // A lone last part; only allowed as the whole of word[i..] when more parts precede.
        Choice whole{1, length * length, 0, j, j};
        if (i > 0 && better(whole, best[i])) best[i] = whole;
        continue;
      }
      // The next part starts right after this one, or after a linking element.
      for (std::size_t link = 0; link <= kLinkingElements.size(); ++link) {
        std::string_view element = link == 0 ? std::string_view{} : kLinkingElements[link - 1];
        if (word.substr(j, element.size()) != element) continue;
        const std::size_t next = j + element.size();
        if (next >= n || best[next].parts == std::numeric_limits<std::size_t>::max()) continue;
        const std::size_t linked_length = length + element.size();
        Choice candidate{best[next].parts + 1, best[next].squares + linked_length * linked_length,
                         best[next].links + (element.empty() ? 0 : 1), j, next};
        if (better(candidate, best[i])) best[i] = candidate;
      }
    }
  }

  std::vector<Segment> segments;
  if (best[0].parts == std::numeric_limits<std::size_t>::max() || best[0].parts < min_parts) {
    return segments;
  }
  for (std::size_t i = 0; i < n;) {
    const Choice& choice = best[i];
    segments.push_back({i, choice.part_end, choice.next != choice.part_end});
    i = choice.next;
  }
  return segments;
}

bool CompoundSplitter::inflects_a_simple_word(std::string_view word) const {
  // "diensten" is the plural of "dienst", no "dien|sten": a word that inflects a dictionary
  // word which is no compound is no compound either.
  for (const std::string& base : base_forms(word)) {
    if (contains(base) && best_segmentation(base, 2).empty()) return true;
  }
  return false;
}

void CompoundSplitter::split_into(std::string_view word, std::vector<std::string>& parts) const {
  std::vector<Segment> segments = best_segmentation(word, 2);
  // (The inflection check is the dearer one, and most words have no segmentation at all.)
  if (!segments.empty() && inflects_a_simple_word(word)) segments.clear();
  if (segments.empty()) {
    parts.emplace_back(word);
    return;
  }
  for (const Segment& segment : segments) {
    std::string_view part = word.substr(segment.begin, segment.end - segment.begin);
    // A linking element closes a whole left-hand constituent (dienstverlening|s|concept):
    // keep it whole. Parts without one may be compounds themselves: klant|contactcentrum.
    if (segment.linked) {
      parts.emplace_back(part);
    } else {
      split_into(part, parts);
    }
  }
}

std::vector<std::string> CompoundSplitter::split(std::string_view folded) const {
  if (folded.size() < 2 * kMinPartBytes) return {};
  // Words repeat a lot within and across plans: remember this thread's recent answers. The
  // cache belongs to one splitter (by id, not address, which a later splitter may reuse).
  struct Cache {
    std::uint64_t owner = 0;
    StringMap<std::vector<std::string>> answers;
  };
  thread_local Cache cache;
  if (cache.owner != id_ || cache.answers.size() > kCacheLimit) {
    cache.owner = id_;
    cache.answers.clear();
  }
  // Looked up by the view: a known word costs no key string.
  if (auto known = cache.answers.find(folded); known != cache.answers.end()) return known->second;
  std::vector<std::string> parts;
  split_into(folded, parts);
  if (parts.size() < 2) parts.clear();
  return cache.answers.emplace(folded, std::move(parts)).first->second;
}

}  // namespace planmine
