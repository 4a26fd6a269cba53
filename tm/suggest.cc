#include "tm/suggest.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "tm/store.h"
#include "tm/tokens.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

// English renderings of the terms and entities found in a snippet, in order.
std::vector<std::string> Renderings(const std::string& text, const Glossary& glossary, const std::string& date) {
  RecognizeOptions ro;
  ro.date = date;
  std::vector<std::pair<size_t, std::string>> found;
  EntityOptions eo;
  eo.glossary = &glossary;
  for (const TermMatch& t : glossary.Recognize(text, ro)) {
    found.emplace_back(t.begin, t.en);
    eo.skip.emplace_back(t.begin, t.end);
  }
  for (const Entity& e : RecognizeEntities(text, eo)) found.emplace_back(e.begin, e.en);
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

bool ReplaceFirst(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return false;
  size_t pos = text.find(from);
  if (pos == std::string::npos) return false;
  text.replace(pos, from.size(), to);
  return true;
}

// Word-level difference between the new sentence and a match's source
// (longest common subsequence over matching keys; punctuation ignored).
std::vector<SuggestDiff> Diff(const std::string& now, const std::string& was) {
  auto words = [](const std::string& s) {
    std::vector<Token> t = Tokenize(s);
    t.erase(std::remove_if(t.begin(), t.end(), [](const Token& x) { return !x.word; }), t.end());
    return t;
  };
  std::vector<Token> a = words(now), b = words(was);
  size_t n = a.size(), m = b.size();
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i].key == b[j].key ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<SuggestDiff> out;
  auto span = [](const std::string& s, const std::vector<Token>& t, size_t from, size_t to) {
    return from == to ? std::string() : s.substr(t[from].begin, t[to - 1].end - t[from].begin);
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].key == b[j].key) {
      ++i;
      ++j;
      continue;
    }
    size_t i0 = i, j0 = j;
    while ((i < n || j < m) && !(i < n && j < m && a[i].key == b[j].key)) {
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) ++j;
      else ++i;
    }
    SuggestDiff d;
    d.source = span(now, a, i0, i);
    d.match = span(was, b, j0, j);
    d.op = d.source.empty() ? "delete" : d.match.empty() ? "insert" : "replace";
    out.push_back(std::move(d));
  }
  return out;
}

const char* kReset = "\033[0m";
const char* kBold = "\033[1m";
const char* kGreen = "\033[32m";
const char* kYellow = "\033[33m";
const char* kCyan = "\033[36m";
const char* kDim = "\033[2m";

}  // namespace

std::vector<SentenceSuggestion> Suggest(const Document& release, TmStore& tm, const Glossary& glossary,
                                        const SuggestOptions& options) {
  SearchOptions so;
  so.from = Lang::kVi;
  so.min_score = options.min_score;
  so.limit = static_cast<size_t>(std::max(1, options.max_matches));
  const std::string& date = options.date.empty() ? release.meta.date : options.date;
  std::vector<SentenceSuggestion> out;
  for (size_t i = 0; i < release.sentences.size(); ++i) {
    std::vector<SuggestMatch> matches;
    for (const Match& m : tm.Search(release.sentences[i].text, so)) {
      SuggestMatch sm;
      sm.id = std::to_string(m.unit.id);
      sm.score = static_cast<int>(std::floor(m.score));
      sm.band = ScoreBand(m.score);
      sm.source = m.unit.vi;
      sm.target = m.unit.en;  // SuggestSentence substitutes what changed, numbers included
      matches.push_back(std::move(sm));
    }
    out.push_back(SuggestSentence(i, release.sentences[i], std::move(matches), glossary, date));
  }
  return out;
}

SentenceSuggestion SuggestSentence(size_t index, const Sentence& sentence, std::vector<SuggestMatch> matches,
                                   const Glossary& glossary, const std::string& date) {
  SentenceSuggestion s;
  s.index = index;
  s.source = sentence.text;
  s.kind = sentence.kind;
  RecognizeOptions ro;
  ro.date = date;
  EntityOptions eo;
  eo.glossary = &glossary;
  for (TermMatch& t : glossary.Recognize(s.source, ro)) {
    // A bare place name is an entity ("Cần Thơ" -> "Can Tho"), not a glossary term.
    if (t.kind == "place" && !t.composed && !t.en.empty() && std::isupper(static_cast<unsigned char>(t.en[0]))) {
      Entity e;
      e.begin = t.begin;
      e.end = t.end;
      e.vi = t.vi;
      e.en = t.en;
      e.type = EntityType::kPlace;
      s.entities.push_back(std::move(e));
      continue;
    }
    eo.skip.emplace_back(t.begin, t.end);
    s.terms.push_back(std::move(t));
  }
  for (Entity& e : RecognizeEntities(s.source, eo)) {
    bool inside_place = false;
    for (const Entity& p : s.entities) inside_place |= e.begin < p.end && e.end > p.begin;
    if (!inside_place) s.entities.push_back(std::move(e));
  }
  std::sort(s.entities.begin(), s.entities.end(), [](const Entity& a, const Entity& b) { return a.begin < b.begin; });

  // Numbers, dates and codes that changed: substitute in the match's target
  // where the old rendering (or the old text, for codes and plain numbers) occurs.
  for (SuggestMatch& m : matches) {
    m.diff = Diff(s.source, m.source);
    std::vector<std::string> marks;
    for (const SuggestDiff& d : m.diff) {
      std::vector<std::string> now = Renderings(d.source, glossary, date);
      std::vector<std::string> was = Renderings(d.match, glossary, date);
      bool done = false;
      if (!now.empty() && now.size() == was.size()) {
        std::string target = m.target;
        done = true;
        for (size_t k = 0; k < now.size() && done; ++k) done = ReplaceFirst(target, was[k], now[k]);
        if (done) m.target = target;
      }
      // A number or code the translation kept as written ("11/20", "59-NQ/TW") changes as written.
      if (!done && d.op == "replace" && std::any_of(d.match.begin(), d.match.end(), ::isdigit)) {
        done = ReplaceFirst(m.target, d.match, d.source);
      }
      if (!done && d.op != "delete") marks.push_back(now.empty() ? d.source : Join(now, " "));
    }
    // The draft is the best match's target; differences that could not be
    // substituted are listed in ⟦…⟧ for the translator.
    if (&m == &matches.front()) {
      s.draft = m.target;
      if (m.score < 100 && !marks.empty()) s.draft += " ⟦" + Join(marks, "; ") + "⟧";
    }
  }
  s.matches = std::move(matches);
  if (s.matches.empty()) {
    std::vector<std::pair<size_t, std::string>> parts;
    for (const TermMatch& t : s.terms) parts.emplace_back(t.begin, t.en);
    for (const Entity& e : s.entities) parts.emplace_back(e.begin, e.en);
    std::sort(parts.begin(), parts.end());
    std::vector<std::string> en;
    for (auto& p : parts) en.push_back(p.second);
    s.draft = Join(en, " … ");
  }
  return s;
}

std::string WriteSuggestionText(const SentenceSuggestion& s, const WriterOptions& options) {
  auto c = [&](const char* code) { return options.color ? code : ""; };
  std::string out;
  out += std::string(c(kBold)) + "[" + std::to_string(s.index) + "] " + s.source + c(kReset) + "\n";
  out += std::string("  draft: ") + c(kGreen) + (s.draft.empty() ? "(none)" : s.draft) + c(kReset) + "\n";
  for (const SuggestMatch& m : s.matches) {
    out += std::string("  ") + c(kYellow) + std::to_string(m.score) + "% (" + m.band + ")" + c(kReset) + " " +
           m.source + "\n      -> " + m.target + "\n";
    for (const SuggestDiff& d : m.diff) {
      out += std::string("      ") + c(kDim) + d.op + ": " + (d.source.empty() ? "-" : d.source) + "  (was: " +
             (d.match.empty() ? "-" : d.match) + ")" + c(kReset) + "\n";
    }
  }
  for (const TermMatch& t : s.terms) {
    out += std::string("  term: ") + t.vi + " = " + c(kCyan) + t.en + c(kReset) +
           (t.note.empty() ? "" : "  [" + t.note + "]") + "\n";
  }
  for (const Entity& e : s.entities) {
    out += std::string("  ") + EntityTypeName(e.type) + ": " + e.vi + " = " + c(kCyan) + e.en + c(kReset) + "\n";
  }
  return out;
}

std::string WriteSuggestionJson(const SentenceSuggestion& s) {
  nlohmann::ordered_json j;
  j["i"] = s.index;
  j["source"] = s.source;
  j["kind"] = SegmentKindName(s.kind);
  j["draft"] = s.draft;
  j["matches"] = nlohmann::ordered_json::array();
  for (const SuggestMatch& m : s.matches) {
    nlohmann::ordered_json jm;
    jm["id"] = m.id;
    jm["score"] = m.score;
    jm["band"] = m.band;
    jm["source"] = m.source;
    jm["target"] = m.target;
    jm["diff"] = nlohmann::ordered_json::array();
    for (const SuggestDiff& d : m.diff) {
      jm["diff"].push_back({{"op", d.op}, {"source", d.source}, {"match", d.match}});
    }
    j["matches"].push_back(std::move(jm));
  }
  j["terms"] = nlohmann::ordered_json::array();
  for (const TermMatch& t : s.terms) {
    nlohmann::ordered_json jt;
    jt["vi"] = t.vi;
    jt["en"] = t.en;
    jt["span"] = {t.begin, t.end};
    if (!t.note.empty()) jt["note"] = t.note;
    j["terms"].push_back(std::move(jt));
  }
  j["entities"] = nlohmann::ordered_json::array();
  for (const Entity& e : s.entities) {
    j["entities"].push_back({{"vi", e.vi}, {"en", e.en}, {"type", EntityTypeName(e.type)}});
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WriteSuggestionsXliff(const std::vector<SentenceSuggestion>& all, const WriterOptions& options) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\""
      " xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\">\n";
  out += "  <file id=\"f1\"" +
         (options.original.empty() ? std::string() : " original=\"" + XmlEscape(options.original) + "\"") + ">\n";
  for (const SentenceSuggestion& s : all) {
    std::string n = std::to_string(s.index + 1);
    out += "    <unit id=\"u" + n + "\" type=\"songngu:" + SegmentKindName(s.kind) + "\">\n";
    // Module elements come first in a unit (XLIFF 2.0 core schema: ##other, notes, segments).
    if (!s.matches.empty()) {
      out += "      <mtc:matches>\n";
      int k = 0;
      for (const SuggestMatch& m : s.matches) {
        char quality[16];
        std::snprintf(quality, sizeof quality, "%d.0", m.score);
        out += "        <mtc:match id=\"m" + std::to_string(++k) + "\" ref=\"#s" + n + "\" type=\"tm\" origin=\"songngu\"" +
               " similarity=\"" + quality + "\" matchQuality=\"" + quality + "\" reference=\"no\">\n";
        out += "          <source>" + XmlEscape(m.source) + "</source>\n";
        out += "          <target>" + XmlEscape(m.target) + "</target>\n";
        out += "        </mtc:match>\n";
      }
      out += "      </mtc:matches>\n";
    }
    if (!s.terms.empty()) {
      out += "      <gls:glossary>\n";
      int k = 0;
      for (const TermMatch& t : s.terms) {
        out += "        <gls:glossEntry id=\"g" + std::to_string(++k) + "\" ref=\"#s" + n + "\">\n";
        out += "          <gls:term source=\"songngu\">" + XmlEscape(t.vi) + "</gls:term>\n";
        out += "          <gls:translation>" + XmlEscape(t.en) + "</gls:translation>\n";
        if (!t.note.empty()) out += "          <gls:definition>" + XmlEscape(t.note) + "</gls:definition>\n";
        out += "        </gls:glossEntry>\n";
      }
      out += "      </gls:glossary>\n";
    }
    if (!s.draft.empty() || !s.entities.empty()) {
      out += "      <notes>\n";
      if (!s.draft.empty()) out += "        <note category=\"draft\">" + XmlEscape(s.draft) + "</note>\n";
      for (const Entity& e : s.entities) {
        out += "        <note category=\"" + std::string(EntityTypeName(e.type)) + "\">" + XmlEscape(e.vi) +
               " = " + XmlEscape(e.en) + "</note>\n";
      }
      out += "      </notes>\n";
    }
    // The target is left for the translator: a draft with ⟦marks⟧ is a note, not a translation.
    out += "      <segment id=\"s" + n + "\" state=\"initial\">\n";
    out += "        <source>" + XmlEscape(s.source) + "</source>\n";
    out += "      </segment>\n";
    out += "    </unit>\n";
  }
  out += "  </file>\n</xliff>\n";
  return out;
}

}  // namespace songngu
