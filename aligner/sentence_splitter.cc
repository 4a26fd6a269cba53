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

// The last white-space-separated token of `s`, without opening brackets/quotes.
std::string_view LastToken(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  while (i > 0) {
    int32_t at = i;
    UChar32 c;
    U8_PREV(s.data(), 0, i, c);
    if (IsSpace(c)) {
      i = at;
      break;
    }
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

SentenceSplitter::SentenceSplitter(const std::string& lang)
    : SentenceSplitter(lang, AbbreviationsFor(lang)) {}

SentenceSplitter::SentenceSplitter(const std::string& lang, Abbreviations abbreviations)
    : abbreviations_(std::move(abbreviations)) {
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
  std::string token(LastToken(before));
  if (abbreviations_.always.count(token)) return true;
  if (abbreviations_.context.count(token) && u_isdigit(next)) return true;
  return IsInitials(token) && (u_isupper(next) || u_isdigit(next));
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
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

  size_t start = 0;
  for (size_t boundary : boundaries) {
    if (boundary < text.size()) {
      auto [s, e] = Trim(text, start, boundary);
      if (KeepsTogether(text.substr(s, e - s), text.substr(boundary))) continue;
    }
    auto span = Trim(text, start, boundary);
    if (span.second > span.first) spans.push_back(span);
    start = boundary;
  }
  // Leave no dangling pointer into `text` behind.
  breaker_->setText(icu::UnicodeString());
  return spans;
}

}  // namespace songngu
