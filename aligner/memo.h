// Per-thread memo of a pure word -> key function (internal to the aligner).
#ifndef SONGNGU_ALIGNER_MEMO_H_
#define SONGNGU_ALIGNER_MEMO_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace songngu {

// F(word), remembered per thread: the key functions run ICU normalisation and
// the stemmer, and a document repeats its words many times. Bounded: cleared
// when full, so that a long stream cannot grow it without end. Words with a
// digit (numbers, codes: ~30 a news report, most seen once) go to a small memo
// of their own, so that they neither push the words out nor make the memory of
// `corpus build` grow with the pile (they did, with 200,000 entries: ~20 MB a
// memo and thread). The reference is valid until the next call.
template <std::string (*F)(std::string_view)>
const std::string& Memo(const std::string& word) {
  thread_local std::unordered_map<std::string, std::string> words, numbers;
  const bool number =
      std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  auto& memo = number ? numbers : words;
  auto it = memo.find(word);
  if (it != memo.end()) return it->second;
  if (memo.size() >= (number ? 1024u : 16384u)) memo.clear();
  return memo.emplace(word, F(word)).first->second;
}

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_MEMO_H_
