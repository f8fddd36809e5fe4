// Loads the phrasebook texts once; the loaded book is shared read-only by every thread.

#include "grammar.hpp"
#include "phrasebook_sources.hpp"

namespace planmine::corpus {

const Phrasebook& dutch_phrasebook() {
  static const Phrasebook book = [] {
    Phrasebook b;
    b.load(kGeneralPhrases);
    b.load(kTypePhrases);
    b.load(kThemePhrases);
    b.load(kExtraPhrases);
    return b;
  }();
  return book;
}

}  // namespace planmine::corpus
