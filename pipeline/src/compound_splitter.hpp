#pragma once
// Dictionary-driven Dutch compound splitting (private to pipeline/; Tokenizer uses it).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace planmine {

class CompoundSplitter {
 public:
  // Reads `wordlist`: folded words, one a line. Throws std::runtime_error when unreadable.
  explicit CompoundSplitter(const std::filesystem::path& wordlist);

  // The compound parts of a folded word, without linking s/e/en: "basisregistraties" ->
  // {"basis", "registraties"}; empty when the word is no compound of dictionary words.
  std::vector<std::string> split(std::string_view folded) const;

  bool contains(std::string_view word) const;
  std::size_t size() const { return word_count_; }

  // Parts shorter than this are never split off (the list holds few words this short).
  static constexpr std::size_t kMinPartBytes = 3;

 private:
  struct Segment {
    std::size_t begin;
    std::size_t end;
    bool linked;  // a linking element follows this part
  };
  // The best segmentation of word[from, word.size()) into >= min_parts dictionary words.
  std::vector<Segment> best_segmentation(std::string_view word, std::size_t min_parts) const;
  bool inflects_a_simple_word(std::string_view word) const;
  void split_into(std::string_view word, std::vector<std::string>& parts) const;

  // One word of the list in the open-addressing table: 8 bytes, so the table stays small
  // and most misses are decided by the tag without touching the text.
  struct Slot {
    std::uint32_t offset = 0;  // of the word in storage_
    std::uint16_t length = 0;  // 0 = free slot
    std::uint16_t tag = 0;     // high bits of the word's hash
  };
  bool matches(const Slot& slot, std::uint16_t tag, std::string_view word) const;

  std::string storage_;      // the whole word list; slots point into it
  std::vector<Slot> slots_;  // open-addressing hash table, linear probing
  std::size_t word_count_ = 0;
  std::uint64_t id_ = 0;  // tells this splitter's entries in the per-thread answer cache apart
  static constexpr std::size_t kCacheLimit = 200'000;
};

}  // namespace planmine
