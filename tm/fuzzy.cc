#include "tm/fuzzy.h"

#include <algorithm>
#include <cmath>

#include "aligner/normalize.h"

namespace songngu {
namespace {

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string Join(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// Longer inputs are compared on their first words only: the DP is quadratic.
constexpr size_t kMaxWords = 400;

}  // namespace

std::string TextForMatching(std::string_view text) {
  static constexpr std::string_view kOpen = "\u27e6", kClose = "\u27e7";
  if (text.find(kOpen) == std::string_view::npos) return std::string(text);
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find(kOpen, i);
    if (open == std::string_view::npos) break;
    size_t j = open + kOpen.size();
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    if (j > open + kOpen.size() && text.substr(j, kClose.size()) == kClose) {
      out.append(text.substr(i, open - i));
      out += ' ';
      i = j + kClose.size();
    } else {
      out.append(text.substr(i, j - i));
      i = j;
    }
  }
  out.append(text.substr(i));
  return out;
}

MatchText PrepareMatchText(std::string_view raw) {
  MatchText m;
  std::string text = TextForMatching(raw);
  m.key = MatchingKey(text);
  m.words = Words(m.key);
  if (m.words.size() > kMaxWords) m.words.resize(kMaxWords);
  m.is_number.reserve(m.words.size());
  for (const std::string& w : m.words) m.is_number.push_back(HasDigit(w));
  m.surface = Words(ToNfc(text));
  if (m.surface.size() > kMaxWords) m.surface.resize(kMaxWords);
  if (m.surface.size() != m.words.size()) m.surface = m.words;
  return m;
}

MatchText MatchTextFromKey(std::string key) {
  MatchText m;
  m.key = std::move(key);
  m.words = Words(m.key);
  if (m.words.size() > kMaxWords) m.words.resize(kMaxWords);
  m.is_number.reserve(m.words.size());
  for (const std::string& w : m.words) m.is_number.push_back(HasDigit(w));
  m.surface = m.words;
  return m;
}

FuzzyResult ScoreMatch(const MatchText& q, const MatchText& u) {
  FuzzyResult r;
  const size_t n = q.words.size(), m = u.words.size();
  if (n == 0 || m == 0) {
    r.score = (n == 0 && m == 0 && q.key == u.key) ? 100 : 0;
    return r;
  }
  auto same = [&](size_t i, size_t j) {
    if (q.is_number[i] || u.is_number[j]) return q.is_number[i] && u.is_number[j];
    return q.words[i] == u.words[j];
  };
  // d[i][j]: edit distance of q[0,i) and u[0,j).
  std::vector<int> d((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> int& { return d[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1)});
    }
  }
  // Backtrace: collect differing runs and aligned number pairs.
  std::vector<std::pair<long, long>> path;  // aligned (i, j) pairs, -1 = gap
  size_t i = n, j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && at(i, j) == at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1)) {
      path.emplace_back(i - 1, j - 1);
      --i;
      --j;
    } else if (i > 0 && at(i, j) == at(i - 1, j) + 1) {
      path.emplace_back(i - 1, -1);
      --i;
    } else {
      path.emplace_back(-1, j - 1);
      --j;
    }
  }
  std::reverse(path.begin(), path.end());
  int number_diffs = 0;
  std::vector<std::string> dq, du;
  auto flush = [&]() {
    if (dq.empty() && du.empty()) return;
    r.diffs.push_back({Join(dq, 0, dq.size()), Join(du, 0, du.size())});
    dq.clear();
    du.clear();
  };
  for (const auto& [a, b] : path) {
    bool equal = a >= 0 && b >= 0 && same(a, b);
    if (equal && q.is_number[a] && q.words[a] != u.words[b]) {
      ++number_diffs;
      r.number_changes.emplace_back(u.surface[b], q.surface[a]);
      equal = false;
    }
    if (equal) {
      flush();
      continue;
    }
    if (a >= 0) dq.push_back(q.surface[a]);
    if (b >= 0) du.push_back(u.surface[b]);
  }
  flush();
  double base = 100.0 * (1.0 - static_cast<double>(at(n, m)) / static_cast<double>(std::max(n, m)));
  r.numbers_differ = number_diffs > 0;
  r.score = base - std::min(number_diffs, 4);
  // Same words but different punctuation: not an exact match.
  if (r.score == 100 && q.key != u.key) r.score = 99;
  r.score = std::max(0.0, r.score);
  return r;
}

double CharSimilarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return 100.0 * (1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size())));
}

const char* ScoreBand(double score) {
  if (score >= 100) return "100";
  if (score >= 95) return "95-99";
  if (score >= 85) return "85-94";
  if (score >= 75) return "75-84";
  if (score >= 50) return "50-74";
  return "<50";
}

std::string SubstituteNumbers(std::string_view target,
                              const std::vector<std::pair<std::string, std::string>>& changes,
                              bool* complete) {
  std::string out(target);
  if (complete) *complete = true;
  // Find every position first, so one replacement cannot create a match for the next.
  std::vector<std::pair<size_t, size_t>> where;  // (position, change index)
  auto is_digit_or_code = [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == '.' || c == ','; };
  for (size_t k = 0; k < changes.size(); ++k) {
    const std::string& from = changes[k].first;
    size_t found = std::string::npos, count = 0;
    for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + 1)) {
      bool left_ok = p == 0 || !is_digit_or_code(out[p - 1]) || out[p - 1] == ',' || out[p - 1] == '.';
      bool right_ok = p + from.size() >= out.size() || !(out[p + from.size()] >= '0' && out[p + from.size()] <= '9');
      if (p > 0 && out[p - 1] >= '0' && out[p - 1] <= '9') left_ok = false;
      if (left_ok && right_ok) {
        found = p;
        ++count;
      }
    }
    if (count != 1) {
      if (complete) *complete = false;
      return std::string(target);
    }
    where.emplace_back(found, k);
  }
  std::sort(where.begin(), where.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t w = 1; w < where.size(); ++w) {
    if (where[w].first + changes[where[w].second].first.size() > where[w - 1].first) {
      if (complete) *complete = false;
      return std::string(target);
    }
  }
  for (const auto& [pos, k] : where) out.replace(pos, changes[k].first.size(), changes[k].second);
  return out;
}

}  // namespace songngu
