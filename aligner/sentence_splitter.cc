#include "aligner/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <mutex>

#include "aligner/data_path.h"
#include "aligner/error.h"

namespace songngu {
namespace {

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

// First code point of `s` after leading white space, or -1.
UChar32 FirstLetter(std::string_view s) {
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && !IsSpace(c)) {
      // Skip opening quotes and brackets: the word after them decides.
      if (c == '"' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0xAB) continue;
      return c;
    }
  }
  return -1;
}

// Tokens longer than this are never abbreviations or initials; looking no
// further back keeps the splitter linear on text without spaces.
constexpr size_t kMaxTokenBytes = 64;

// The last white-space-separated token of `s`, without opening brackets/quotes;
// empty when longer than kMaxTokenBytes.
std::string_view LastToken(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  const int32_t stop =
      i > static_cast<int32_t>(kMaxTokenBytes) ? i - static_cast<int32_t>(kMaxTokenBytes) : 0;
  while (i > stop) {
    int32_t at = i;
    UChar32 c;
    U8_PREV(s.data(), 0, i, c);
    if (IsSpace(c)) {
      i = at;
      break;
    }
    if (i == stop && stop > 0) return {};
  }
  std::string_view token = s.substr(i);
  while (!token.empty() && (token[0] == '(' || token[0] == '[' || token[0] == '"'))
    token.remove_prefix(1);
  if (token.substr(0, 3) == "\xE2\x80\x9C") token.remove_prefix(3);  // “
  return token;
}

// "T.", "U.S.", "Đ.": single capital letters each followed by a period.
bool IsInitials(std::string_view token) {
  int32_t n = static_cast<int32_t>(token.size());
  if (n < 2) return false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(token.data(), i, n, c);
    if (c < 0 || !u_isupper(c) || i >= n || token[i] != '.') return false;
    ++i;
  }
  return true;
}

// The part of `token` after its last hyphen, en dash or slash: "U.S." in
// "Mekong-U.S.", so that compounds keep the abbreviation rules of their last part.
std::string_view AfterHyphen(std::string_view token) {
  size_t cut = token.find_last_of("-/");
  size_t dash = token.rfind("\xE2\x80\x93");  // –
  if (dash != std::string_view::npos && (cut == std::string_view::npos || dash + 2 > cut)) {
    cut = dash + 2;
  }
  return cut == std::string_view::npos ? token : token.substr(cut + 1);
}

// The code point starting at byte `i` of `s` (-1 at the end or on bad UTF-8);
// `next` receives the byte after it.
UChar32 CodePointAt(std::string_view s, size_t i, size_t* next = nullptr) {
  if (i >= s.size()) return -1;
  int32_t at = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
  if (next) *next = static_cast<size_t>(at);
  return c;
}

// The code point ending just before byte `i` of `s`, or -1; `start` receives its first byte.
UChar32 CodePointBefore(std::string_view s, size_t i, size_t* start = nullptr) {
  if (i == 0) return -1;
  int32_t at = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(s.data(), 0, at, c);
  if (start) *start = static_cast<size_t>(at);
  return c;
}

// Closing quotes and brackets that may stand between a sentence's last mark and the next one.
bool IsClosing(UChar32 c) {
  return c == '"' || c == ')' || c == ']' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

bool IsDash(std::string_view word) {
  return word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";  // - – —
}

std::pair<size_t, size_t> Trim(std::string_view s, size_t begin, size_t end) {
  while (begin < end) {
    int32_t i = static_cast<int32_t>(begin);
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(end), c);
    if (c < 0 || !IsSpace(c)) break;
    begin = i;
  }
  while (end > begin) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(s.data(), static_cast<int32_t>(begin), i, c);
    if (c < 0 || !IsSpace(c)) break;
    end = i;
  }
  return {begin, end};
}

}  // namespace

Abbreviations ParseAbbreviations(std::string_view file_text) {
  Abbreviations out;
  size_t start = 0;
  while (start < file_text.size()) {
    size_t end = file_text.find('\n', start);
    if (end == std::string_view::npos) end = file_text.size();
    std::string line(file_text.substr(start, end - start));
    start = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find_first_of(" \t");
    if (space == std::string::npos) {
      out.always.insert(line);
      continue;
    }
    std::string entry = line.substr(0, space);
    std::string flag = line.substr(line.find_first_not_of(" \t", space));
    (flag == "ctx" ? out.context : out.always).insert(entry);
  }
  return out;
}

const Abbreviations& AbbreviationsFor(const std::string& lang) {
  static std::mutex mutex;
  static std::map<std::string, Abbreviations> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end()) {
    it = cache.emplace(lang, ParseAbbreviations(ReadFile(DataFile("abbrev/" + lang + ".txt"))))
             .first;
  }
  return it->second;
}

SentenceSplitter::SentenceSplitter(const std::string& lang, SentenceSplitterOptions options)
    : SentenceSplitter(lang, AbbreviationsFor(lang), options) {}

SentenceSplitter::SentenceSplitter(const std::string& lang, Abbreviations abbreviations,
                                   SentenceSplitterOptions options)
    : options_(options), abbreviations_(std::move(abbreviations)) {
  SONGNGU_THROW_IF(lang != "vi" && lang != "en",
                   "unsupported language '" + lang + "' (use vi or en)");
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
  SONGNGU_THROW_IF(U_FAILURE(status) || !breaker_,
                   std::string("cannot create ICU sentence iterator: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

bool SentenceSplitter::KeepsTogether(std::string_view before, std::string_view after) const {
  UChar32 next = FirstLetter(after);
  if (next < 0) return false;
  // ICU breaks after "?"/"!" even before a lower-case word ("Sao? ông hỏi"): never a new sentence.
  if (u_islower(next)) return true;
  // A list number ("1.", "12.") is no sentence of its own: it belongs to its item.
  if (before.size() <= 4 && before.size() >= 2 && before.back() == '.' &&
      std::all_of(before.begin(), before.end() - 1, [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  std::string_view whole = LastToken(before);
  for (std::string_view part : {whole, AfterHyphen(whole)}) {
    std::string token(part);
    if (abbreviations_.always.count(token)) return true;
    if (abbreviations_.context.count(token) && u_isdigit(next)) return true;
    if (IsInitials(token) && (u_isupper(next) || u_isdigit(next))) return true;
  }
  return false;
}

bool SentenceSplitter::IsListedAbbreviation(std::string_view token, size_t dot_end) const {
  std::string prefix(token.substr(0, dot_end));
  for (const std::set<std::string>* list : {&abbreviations_.always, &abbreviations_.context}) {
    // Entries that start with the token up to the period are contiguous in the set.
    for (auto it = list->lower_bound(prefix);
         it != list->end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
      if (token.substr(0, it->size()) == *it) return true;
    }
  }
  return false;
}

void SentenceSplitter::AddWebBreaks(std::string_view text, std::vector<size_t>* boundaries) const {
  const size_t text_start = Trim(text, 0, text.size()).first;  // once: stays linear
  for (size_t i = text.find_first_of(".?!"); i != std::string_view::npos;
       i = text.find_first_of(".?!", i + 1)) {
    const bool period = text[i] == '.';
    size_t before_start = i;
    UChar32 before = CodePointBefore(text, i, &before_start);
    if (before < 0 || IsSpace(before)) continue;
    // A period ends a sentence after a lower-case word ("Thơ.", "done."), a
    // closing bracket, "%", or a number that is not a list number at the start.
    if (period && !u_islower(before) && before != ')' && before != '%' && !u_isdigit(before)) {
      continue;
    }
    // The token the mark ends, from the white space before it.
    size_t token_begin = i;
    while (token_begin > 0 && i - token_begin < kMaxTokenBytes) {
      size_t prev = token_begin;
      UChar32 c = CodePointBefore(text, token_begin, &prev);
      if (c < 0 || IsSpace(c)) break;
      token_begin = prev;
    }
    if (i - token_begin >= kMaxTokenBytes) continue;
    // Only as much of the token as an abbreviation can span ("Ph.D.", "TP.HCM").
    std::string_view token =
        text.substr(token_begin, std::min(text.size(), i + 1 + kMaxTokenBytes) - token_begin);
    size_t token_len = token.size();
    for (size_t k = 0; k < token.size();) {
      size_t next = k + 1;
      UChar32 c = CodePointAt(token, k, &next);
      if (c < 0 || IsSpace(c)) {
        token_len = k;
        break;
      }
      k = next;
    }
    token = token.substr(0, token_len);
    while (!token.empty() && (token[0] == '(' || token[0] == '[' || token[0] == '"')) {
      token.remove_prefix(1);
      ++token_begin;
    }
    const size_t dot_end = i + 1 - token_begin;  // the token up to and including the mark
    if (period && u_isdigit(before)) {
      // "in 2024.Speaking" ends a sentence; "1.Introduction" at the start is a list number.
      bool all_digits = true;
      for (size_t k = 0; k + 1 < dot_end; ++k) all_digits &= token[k] >= '0' && token[k] <= '9';
      if (all_digits && token_begin <= text_start) continue;
    }
    if (period && IsListedAbbreviation(token, dot_end)) continue;

    // Case 1: no space after the mark ("Cần Thơ.Tại buổi", "said.\"Next"): a new
    // sentence when a capitalised word follows (a capital and a lower-case
    // letter), so "TP.HCM", "U.S.Army" and "cantho.gov.vn" stay whole; and
    // not when another period follows inside the token ("www.CanTho.gov.vn").
    size_t after = i + 1;
    UChar32 c = CodePointAt(text, after, &after);
    size_t start = i + 1;
    while (c >= 0 && IsClosing(c)) {
      start = after;
      c = CodePointAt(text, after, &after);
    }
    if (c >= 0 && !IsSpace(c)) {
      if (c == '"' || c == 0x201C) c = CodePointAt(text, after, &after);
      if (u_isupper(c) && u_islower(CodePointAt(text, after)) &&
          token.find('.', dot_end) == std::string_view::npos) {
        boundaries->push_back(start);
      }
      continue;
    }
    // Case 2: a sentence starting with a digit ("sử dụng. 7 công trình", "are
    // done. 7 remain"), after a lower-case word that is not an abbreviation.
    if (!period || u_islower(before)) {
      size_t next = Trim(text, start, text.size()).first;
      if (next > start && next < text.size() && u_isdigit(CodePointAt(text, next)) &&
          !IsInitials(token.substr(0, dot_end))) {
        boundaries->push_back(next);
      }
    }
  }
}

std::vector<std::pair<size_t, size_t>> SentenceSplitter::Bound(std::string_view text, size_t begin,
                                                               size_t end) const {
  const size_t max = options_.max_sentence_words;
  if (max == 0) return {{begin, end}};
  std::vector<std::pair<size_t, size_t>> words;  // white-space-separated tokens
  const std::string_view span = text.substr(0, end);
  for (size_t i = begin; i < end;) {
    size_t next = i + 1;
    UChar32 c = CodePointAt(span, i, &next);
    if (c < 0 || !IsSpace(c)) {
      if (words.empty() || words.back().second != i) {
        words.emplace_back(i, next);
      } else {
        words.back().second = next;
      }
    }
    i = next;
  }
  if (words.size() <= max) return {{begin, end}};

  // How good a cut after word k is: clause ends first, then commas.
  auto rank = [&](size_t k) {
    std::string_view w = text.substr(words[k].first, words[k].second - words[k].first);
    char last = w.back();
    if (last == ';') return 3;
    if (last == ':' || IsDash(w)) return 2;
    if (last == ',') return 1;
    return 0;
  };
  std::vector<std::pair<size_t, size_t>> pieces;
  size_t i = 0;
  const size_t min_piece = std::max<size_t>(1, max / 3);  // no tiny pieces before a comma
  while (words.size() - i > max) {
    size_t cut = i + max - 1;
    int best = 0;
    for (size_t k = i + min_piece - 1; k < i + max; ++k) {
      int r = rank(k);
      if (r > 0 && r >= best) {
        best = r;
        cut = k;
      }
    }
    pieces.emplace_back(words[i].first, words[cut].second);
    i = cut + 1;
  }
  pieces.emplace_back(words[i].first, words.back().second);
  return pieces;
}

std::vector<std::pair<size_t, size_t>> SentenceSplitter::Split(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  SONGNGU_THROW_IF(U_FAILURE(status), "cannot open text for ICU");
  breaker_->setText(ut, status);  // the iterator keeps its own shallow clone
  utext_close(ut);
  SONGNGU_THROW_IF(U_FAILURE(status), "cannot set ICU text");

  std::vector<size_t> boundaries;
  for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next()) {
    boundaries.push_back(static_cast<size_t>(b));
  }
  // ICU does not treat U+2026 "…" as sentence-final; "..." is. Treat both alike:
  // a new sentence when a capital follows.
  for (size_t pos = text.find("\xE2\x80\xA6"); pos != std::string_view::npos;
       pos = text.find("\xE2\x80\xA6", pos + 3)) {
    size_t after = pos + 3;
    size_t next = Trim(text, after, text.size()).first;
    if (next > after && next < text.size() && u_isupper(FirstLetter(text.substr(next)))) {
      boundaries.push_back(next);
    }
  }
  AddWebBreaks(text, &boundaries);
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

  size_t start = 0;
  for (size_t boundary : boundaries) {
    if (boundary < text.size()) {
      auto [s, e] = Trim(text, start, boundary);
      if (KeepsTogether(text.substr(s, e - s), text.substr(boundary))) continue;
    }
    auto span = Trim(text, start, boundary);
    if (span.second > span.first) {
      for (auto piece : Bound(text, span.first, span.second)) spans.push_back(piece);
    }
    start = boundary;
  }
  // Leave no dangling pointer into `text` behind.
  breaker_->setText(icu::UnicodeString());
  return spans;
}

}  // namespace songngu
