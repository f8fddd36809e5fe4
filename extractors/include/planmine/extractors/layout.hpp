#pragma once
// Turning one page's word boxes into lines in reading order: columns one after the other,
// table rows on one line with their cells separated by tabs, paragraphs separated by a blank line.

#include <string>
#include <vector>

namespace planmine {

// One word as the PDF places it, in points from the page's top-left corner.
struct WordBox {
  std::string text;  // UTF-8
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
  bool space_after = true;  // false when the next box continues the same word
};

// Arranges the words of one page into text lines in reading order. Blank lines ("") separate
// blocks (paragraphs, table rows, columns). Lines of a table row are joined into one line whose
// cells are separated by '\t'.
std::vector<std::string> lay_out_page(std::vector<WordBox> words);

}  // namespace planmine
