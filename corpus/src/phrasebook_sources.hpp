#pragma once
// The phrasebook texts, one per source file, loaded together by dutch_phrasebook().

namespace planmine::corpus {

extern const char* const kGeneralPhrases;
extern const char* const kTypePhrases;
extern const char* const kThemePhrases;
extern const char* const kExtraPhrases;

}  // namespace planmine::corpus
