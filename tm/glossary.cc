#include "tm/glossary.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "aligner/normalize.h"
#include "tm/entities.h"
#include "tm/store.h"
#include "tm/tokens.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

constexpr char kSep = '\x1f';

std::string JoinKeys(const std::vector<Token>& tokens, size_t from, size_t to) {
  std::string key;
  for (size_t i = from; i < to; ++i) {
    if (i > from) key += kSep;
    key += tokens[i].key;
  }
  return key;
}

std::string EntryKey(std::string_view vi) {
  std::vector<Token> tokens = Tokenize(vi);
  return JoinKeys(tokens, 0, tokens.size());
}

bool StartsUpper(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text.substr(0, std::min<size_t>(text.size(), 8)));
  return !tokens.empty() && tokens[0].upper_initial;
}

// Administrative level words: what they add to a body or a place name.
struct Level {
  const char* noun;       // "Can Tho City", "Hau Giang Province"
  const char* adjective;  // "Hau Giang Provincial People's Committee"
};

const Level* LevelFor(const std::string& key) {
  static const std::map<std::string, Level> kLevels = {
      {EntryKey("thành phố"), {"City", "City"}},     {EntryKey("tỉnh"), {"Province", "Provincial"}},
      {EntryKey("quận"), {"District", "District"}},  {EntryKey("huyện"), {"District", "District"}},
      {EntryKey("thị xã"), {"Town", "Town"}},        {EntryKey("thị trấn"), {"Town", "Town"}},
      {EntryKey("xã"), {"Commune", "Commune"}},      {EntryKey("phường"), {"Ward", "Ward"}},
      {EntryKey("sông"), {"River", "River"}},        {EntryKey("kênh"), {"Canal", "Canal"}},
  };
  auto it = kLevels.find(key);
  return it == kLevels.end() ? nullptr : &it->second;
}

bool ValidAt(const GlossaryEntry& e, const std::string& date) {
  if (date.empty()) return true;
  if (!e.valid_from.empty() && date < e.valid_from) return false;
  if (!e.valid_to.empty() && date > e.valid_to) return false;
  return true;
}

// Inserts `word` before the last whole-word occurrence of `target` in `text`;
// false if absent.
bool InsertBeforeLast(std::string& text, const std::string& target, const std::string& word) {
  size_t pos = text.rfind(target);
  while (pos != std::string::npos) {
    bool left = pos == 0 || text[pos - 1] == ' ';
    size_t after = pos + target.size();
    bool right = after == text.size() || text[after] == ' ';
    if (left && right) {
      text.insert(pos, word + " ");
      return true;
    }
    if (pos == 0) break;
    pos = text.rfind(target, pos - 1);
  }
  return false;
}

// Adds the level and place to a body's rendering: "People's Committee" +
// TP + Cần Thơ -> "Can Tho City People's Committee"; "Department of Finance"
// + TP + Cần Thơ -> "Department of Finance of Can Tho City".
std::string Qualify(std::string en, const Level* level, const std::string& place) {
  if (level == nullptr && place.empty()) return en;
  if (level != nullptr && !place.empty() && InsertBeforeLast(en, level->adjective, place)) return en;
  if (level != nullptr && place.empty() && InsertBeforeLast(en, level->adjective, "")) {
    return en;  // already says "City ..."; nothing to add
  }
  if (level == nullptr) {
    for (const char* adj : {"City", "Provincial", "District", "Commune", "Ward", "Town"}) {
      if (InsertBeforeLast(en, adj, place)) return en;
    }
  }
  size_t tail = en.rfind(" of the ");
  tail = tail == std::string::npos ? 0 : tail + 8;
  std::string rest = en.substr(tail);
  bool local_body = rest.rfind("People's", 0) == 0 || rest.rfind("Party Committee", 0) == 0;
  // "Vietnam Fatherland Front Committee" + thành phố: "... of the city", never dropped.
  if (rest.rfind("Vietnam ", 0) == 0 && level != nullptr) {
    if (place.empty()) {
      std::string noun = level->noun;
      for (char& c : noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return en + " of the " + noun;
    }
    return en + " of " + place + " " + level->noun;
  }
  if (local_body || place.empty()) {
    std::string q = place;
    if (level != nullptr) q += (q.empty() ? "" : " ") + std::string(level->adjective);
    return en.insert(tail, q + " ");
  }
  return en + " of " + place + (level != nullptr ? std::string(" ") + level->noun : "");
}

// Entries that are only pieces of compositions ("Trưởng" of "Trưởng Ban Tuyên giáo").
bool ComposeOnly(const GlossaryEntry& e) { return e.note.rfind("compose only", 0) == 0; }

// One-word heads of names ("Trung tâm Phát triển quỹ đất", "Ban Quản lý dự án").
bool GenericHead(const GlossaryEntry& e) {
  static const std::vector<std::string> kHeads = [] {
    std::vector<std::string> v;
    for (const char* h :
         {"Trung tâm", "Ban", "Sở", "Bộ", "Cục", "Vụ", "Phòng", "Hội", "Viện", "Trường",
          "Bệnh viện", "Công ty", "Tổng cục", "Chi cục", "Quỹ", "Hiệp hội", "Liên đoàn"}) {
      v.push_back(EntryKey(h));
    }
    return v;
  }();
  return e.kind != "place" &&
         std::find(kHeads.begin(), kHeads.end(), EntryKey(e.vi)) != kHeads.end();
}

std::string RoleOf(const Glossary& g, const GlossaryEntry& e, const std::string& date) {
  if (e.kind != "abbrev") return e.kind;
  const GlossaryEntry* full = g.Best(EntryKey(e.expands), date);
  return full != nullptr && full->kind != "abbrev" ? full->kind : "term";
}

// The resolved key for level detection: the expansion for abbreviations.
std::string LevelKeyOf(const GlossaryEntry& e) {
  return EntryKey(e.kind == "abbrev" ? e.expands : e.vi);
}

std::string PickEnglish(const GlossaryEntry& e, Gender gender) {
  return gender == Gender::kFemale && !e.en_female.empty() ? e.en_female : e.en;
}

std::string Today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Notes worth showing with a match: validity periods and variants, not the
// bookkeeping of abbreviations or examples.
void AppendNote(std::string& notes, const GlossaryEntry& e, const std::string& date) {
  std::string n = e.note;
  for (const char* skip : {"abbrev. of ", "e.g. ", "also written "}) {
    if (n.rfind(skip, 0) == 0) n.clear();
  }
  if (!e.valid_to.empty() || !e.valid_from.empty()) {
    std::string period = "valid " + (e.valid_from.empty() ? std::string("until ") : "from " + e.valid_from) +
                         (e.valid_to.empty() ? "" : (e.valid_from.empty() ? "" : " to ") + e.valid_to);
    if (!ValidAt(e, date.empty() ? Today() : date)) {
      period += date.empty() ? "; no longer valid" : "; not valid at the text's date";
    }
    n = n.empty() ? period : n + " (" + period + ")";
  }
  if (n.empty()) return;
  if (!notes.empty()) notes += "; ";
  notes += n;
}

// --- file formats -----------------------------------------------------------

std::vector<std::vector<std::string>> SplitCsv(std::string_view bytes, const std::string& name) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  int64_t line = 1, quote_line = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (quoted) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      quote_line = line;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
      ++line;
    } else {
      field += c;
      any = true;
    }
  }
  SONGNGU_THROW_IF(quoted, FormatLine(name, quote_line, "unterminated quoted field"));
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<GlossaryEntry> FromRows(const std::vector<std::vector<std::string>>& rows, const std::string& name,
                                    const std::vector<int64_t>& lines) {
  static const std::array<const char*, 9> kColumns = {"vi", "en", "en_female", "kind", "expands",
                                                      "valid_from", "valid_to", "source", "note"};
  std::vector<int> column(kColumns.size(), -1);
  size_t first = 0;
  if (!rows.empty()) {
    for (size_t c = 0; c < rows[0].size(); ++c) {
      std::string h = MatchingKey(rows[0][c]);
      for (size_t k = 0; k < kColumns.size(); ++k) {
        if (h == kColumns[k]) column[k] = static_cast<int>(c);
      }
    }
    if (column[0] >= 0 && column[1] >= 0) {
      first = 1;
    } else {
      column.assign(kColumns.size(), -1);
      column[0] = 0;
      column[1] = 1;
    }
  }
  std::vector<GlossaryEntry> out;
  for (size_t r = first; r < rows.size(); ++r) {
    const auto& row = rows[r];
    auto get = [&](size_t k) -> std::string {
      int c = column[k];
      return c >= 0 && static_cast<size_t>(c) < row.size() ? ToNfc(row[c]) : std::string();
    };
    GlossaryEntry e;
    e.vi = get(0);
    e.en = get(1);
    SONGNGU_THROW_IF(e.vi.empty() || e.en.empty(),
                     FormatLine(name, lines[r], "expected a Vietnamese and an English term"));
    SONGNGU_THROW_IF(FindInvalidUtf8(e.vi) >= 0 || FindInvalidUtf8(e.en) >= 0,
                     FormatLine(name, lines[r], "invalid UTF-8"));
    e.en_female = get(2);
    e.kind = get(3).empty() ? "term" : get(3);
    e.expands = get(4);
    e.valid_from = get(5);
    e.valid_to = get(6);
    e.source = get(7).empty() ? name : get(7);
    e.note = get(8);
    out.push_back(std::move(e));
  }
  return out;
}

std::string NodeText(xmlNode* n) {
  xmlChar* s = xmlNodeGetContent(n);
  std::string out = s != nullptr ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* s = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (s == nullptr && std::string(name) == "lang") s = xmlGetNsProp(n, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE);
  std::string out = s != nullptr ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

bool Named(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// First <term> below `n` (depth first).
std::string FirstTerm(xmlNode* n) {
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (Named(c, "term")) return NodeText(c);
    if (c->type == XML_ELEMENT_NODE) {
      std::string t = FirstTerm(c);
      if (!t.empty()) return t;
    }
  }
  return "";
}

void CollectEntries(xmlNode* n, const std::string& name, std::vector<GlossaryEntry>& out) {
  for (xmlNode* c = n; c != nullptr; c = c->next) {
    if (Named(c, "termEntry") || Named(c, "conceptEntry")) {
      GlossaryEntry e;
      for (xmlNode* d = c->children; d != nullptr; d = d->next) {
        if (Named(d, "langSet") || Named(d, "langSec")) {
          std::string lang = Attr(d, "lang");
          std::string term = ToNfc(FirstTerm(d));
          if (lang.rfind("vi", 0) == 0 && e.vi.empty()) e.vi = term;
          if (lang.rfind("en", 0) == 0 && e.en.empty()) e.en = term;
        } else if (Named(d, "descrip") || Named(d, "note") || Named(d, "admin")) {
          std::string type = Attr(d, "type");
          std::string text = ToNfc(NodeText(d));
          if (type == "subjectField" || type == "kind") e.kind = text;
          else if (type == "en_female") e.en_female = text;
          else if (type == "expands") e.expands = text;
          else if (type == "valid_from") e.valid_from = text;
          else if (type == "valid_to") e.valid_to = text;
          else if (type == "source") e.source = text;
          else e.note = text;
        }
      }
      SONGNGU_THROW_IF(e.vi.empty() || e.en.empty(),
                       FormatLine(name, xmlGetLineNo(c), "term entry without a Vietnamese and an English term"));
      if (e.kind.empty()) e.kind = "term";
      if (e.source.empty()) e.source = name;
      out.push_back(std::move(e));
    } else if (c->type == XML_ELEMENT_NODE) {
      CollectEntries(c->children, name, out);
    }
  }
}

// Defined with GenderAt below.
Gender GenderAtTokens(const std::vector<Token>& tokens, size_t pos, size_t end);

}  // namespace

// --- Glossary -----------------------------------------------------------------

Glossary LoadGlossary(TmStore* store, bool with_default) {
  Glossary g = with_default ? Glossary::LoadDefault() : Glossary();
  if (store != nullptr) g.Add(store->GlossaryEntries());
  return g;
}

std::string Glossary::Key(std::string_view vi) { return EntryKey(vi); }

Glossary Glossary::LoadDefault() {
  Glossary g;
  g.Add(ReadFile(DataFile("glossary/official-titles.tsv"), 0));
  return g;
}

std::vector<GlossaryEntry> Glossary::ReadFile(const std::string& path, int priority) {
  std::string bytes = songngu::ReadFile(path);
  auto ends = [&](const char* ext) {
    std::string p = MatchingKey(path);
    std::string e = ext;
    return p.size() >= e.size() && p.compare(p.size() - e.size(), e.size(), e) == 0;
  };
  std::vector<GlossaryEntry> entries;
  if (ends(".tbx") || ends(".xml")) entries = ParseGlossaryTbx(bytes, path);
  else if (ends(".csv")) entries = ParseGlossaryCsv(bytes, path);
  else if (ends(".tsv") || ends(".txt")) entries = ParseGlossaryTsv(bytes, path);
  else throw Error(FormatLocation(path, "unknown glossary format (expected .tsv, .csv or .tbx)"));
  for (auto& e : entries) e.priority = priority;
  return entries;
}

void Glossary::Add(GlossaryEntry entry) {
  std::vector<Token> tokens = Tokenize(entry.vi);
  if (tokens.empty()) return;
  std::string key = JoinKeys(tokens, 0, tokens.size());
  max_tokens_ = std::max(max_tokens_, tokens.size());
  std::vector<size_t>& same_key = by_key_[key];
  // A rendering deprecated in the TM also retires its shipped twin (loaded first).
  if (entry.status == "deprecated") {
    const std::string en_key = MatchingKey(entry.en);
    for (size_t idx : same_key) {
      if (MatchingKey(entries_[idx].en) == en_key) entries_[idx].status = "deprecated";
    }
  }
  same_key.push_back(entries_.size());
  entries_.push_back(std::move(entry));
}

void Glossary::Add(const std::vector<GlossaryEntry>& entries) {
  for (const auto& e : entries) Add(e);
}

const GlossaryEntry* Glossary::Best(const std::string& vi_key, const std::string& date) const {
  auto it = by_key_.find(vi_key);
  if (it == by_key_.end()) return nullptr;
  const GlossaryEntry* best = nullptr;
  std::tuple<bool, int, bool, bool> best_rank;
  for (size_t idx : it->second) {
    const GlossaryEntry& e = entries_[idx];
    if (e.status == "deprecated") continue;
    // Valid at the date, then the TM's own entries, then the one marked
    // preferred, then today's rendering.
    std::tuple<bool, int, bool, bool> rank{ValidAt(e, date), e.priority, e.status == "preferred",
                                           e.valid_to.empty()};
    if (best == nullptr || rank > best_rank) {
      best = &e;
      best_rank = rank;
    }
  }
  return best;
}

std::vector<GlossaryEntry> Glossary::Lookup(std::string_view term, const std::string& date) const {
  std::vector<GlossaryEntry> out;
  std::string key = EntryKey(term);
  const GlossaryEntry* best = Best(key, date);
  if (best != nullptr) out.push_back(*best);
  // The others too, deprecated ones included: the page shows why they are not used.
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    for (size_t idx : it->second) {
      if (&entries_[idx] != best) out.push_back(entries_[idx]);
    }
  }
  std::string en_key = MatchingKey(term);
  for (const auto& e : entries_) {
    if (MatchingKey(e.en) == en_key || (!e.en_female.empty() && MatchingKey(e.en_female) == en_key)) {
      out.push_back(e);
    }
  }
  return out;
}

std::vector<TermMatch> Glossary::Recognize(std::string_view text, const RecognizeOptions& options) const {
  std::vector<Token> tokens = Tokenize(text);
  const std::string& date = options.date;

  // Every entry starting at token i: (token count, entry). Computed once per
  // token: the composition search below asks again for the same tokens, and
  // each ask builds and looks up a key per length up to the longest entry.
  using Found = std::vector<std::pair<size_t, const GlossaryEntry*>>;
  std::vector<std::optional<Found>> memo(tokens.size() + 1);
  auto matches_at = [&](size_t i) -> const Found& {
    std::optional<Found>& slot = memo[std::min(i, tokens.size())];
    if (slot) return *slot;
    slot.emplace();
    Found& found = *slot;
    if (i >= tokens.size() || !tokens[i].word) return found;
    size_t limit = std::min(max_tokens_, tokens.size() - i);
    for (size_t n = limit; n >= 1; --n) {
      const GlossaryEntry* e = Best(JoinKeys(tokens, i, i + n), date);
      // An entry ends on a word, or on the dot it is written with ("TP.").
      if (e == nullptr ||
          (!tokens[i + n - 1].word && !(tokens[i + n - 1].text == "." && e->vi.back() == '.'))) {
        continue;
      }
      if (StartsUpper(e->vi) && !tokens[i].upper_initial) continue;
      found.emplace_back(n, e);
    }
    return found;
  };

  // Longest single entry at token i accepted by `want`: (token count, entry).
  auto match_at = [&](size_t i, auto want) -> std::pair<size_t, const GlossaryEntry*> {
    for (auto [n, e] : matches_at(i)) {
      if (want(*e)) return {n, e};
    }
    return {0, nullptr};
  };
  auto any = [](const GlossaryEntry&) { return true; };

  static const std::string kSo = MatchingKey("số");
  std::vector<TermMatch> out;
  size_t i = 0;
  while (i < tokens.size()) {
    auto [direct_len, direct] = match_at(i, any);
    size_t best_len = direct_len;
    TermMatch m;
    if (direct != nullptr) {
      Gender g = GenderAtTokens(tokens, tokens[i].begin, tokens[i + direct_len - 1].end);
      m.en = PickEnglish(*direct, g);
      m.kind = RoleOf(*this, *direct, date);
      AppendNote(m.note, *direct, date);
    }
    if (options.compose) {
      // (title | body)+ : titles first, then bodies; the split that covers
      // most words ("Giám đốc" + "Sở Tài chính", not "Giám đốc Sở" + nothing).
      std::vector<const GlossaryEntry*> items;
      std::vector<std::string> roles;
      size_t j = i;
      {
        std::vector<const GlossaryEntry*> path;
        std::vector<std::string> path_roles;
        std::function<void(size_t)> search = [&](size_t at) {
          if (at - i > j - i || (at - i == j - i && path.size() < items.size())) {
            items = path;
            roles = path_roles;
            j = at;
          }
          if (path.size() == 4) return;
          bool after_body = !path_roles.empty() && path_roles.back() == "body";
          for (auto [n, e] : matches_at(at)) {
            std::string r = RoleOf(*this, *e, date);
            if (r != "body" && (r != "title" || after_body)) continue;
            path.push_back(e);
            path_roles.push_back(r);
            search(at + n);
            path.pop_back();
            path_roles.pop_back();
          }
        };
        search(i);
      }
      // [level word]
      const Level* level = nullptr;
      const GlossaryEntry* level_entry = nullptr;
      {
        auto [n, e] = match_at(j, [&](const GlossaryEntry& x) {
          return RoleOf(*this, x, date) == "place" && LevelFor(LevelKeyOf(x)) != nullptr;
        });
        if (e != nullptr) {
          level = LevelFor(LevelKeyOf(*e));
          level_entry = e;
          j += n;
        }
      }
      // [place name]: a known place, else (after a level word) capitalised words.
      std::string place;
      if (!items.empty() || level != nullptr) {
        auto [n, e] = match_at(j, [&](const GlossaryEntry& x) {
          return x.kind == "place" && LevelFor(LevelKeyOf(x)) == nullptr && StartsUpper(x.vi);
        });
        if (e != nullptr) {
          place = e->en;
          j += n;
        } else if (level != nullptr) {
          size_t k = j;
          while (k < tokens.size() && k - j < 3 && tokens[k].word && tokens[k].upper_initial &&
                 !tokens[k].has_digit) {
            ++k;
          }
          // "Phó Chủ tịch HĐND thành phố Trần Quốc Việt": a person follows, not a place.
          if (k > j && !LooksLikePersonName(
                           text.substr(tokens[j].begin, tokens[k - 1].end - tokens[j].begin))) {
            place = StripDiacritics(text.substr(tokens[j].begin, tokens[k - 1].end - tokens[j].begin));
            j = k;
          }
        }
      }
      size_t parts = items.size() + (level != nullptr) + !place.empty();
      if (parts >= 2 && j - i > best_len) {
        Gender g = GenderAtTokens(tokens, tokens[i].begin, tokens[j - 1].end);
        std::string en;
        std::string note;
        for (const GlossaryEntry* e : items) {
          en += (en.empty() ? "" : " of the ") + PickEnglish(*e, g);
          AppendNote(note, *e, date);
        }
        if (level_entry != nullptr) AppendNote(note, *level_entry, date);
        if (items.empty()) {
          en = place + " " + level->noun;
        } else {
          en = Qualify(en, level, place);
        }
        m.en = en;
        m.note = note;
        m.kind = items.empty() ? "place" : roles.front();
        m.composed = true;
        best_len = j - i;
      }
    }
    if (!m.composed && direct != nullptr && best_len == direct_len && RoleOf(*this, *direct, date) == "place" &&
        LevelFor(LevelKeyOf(*direct)) != nullptr) {
      best_len = 0;  // a bare "thành phố" or "xã" is not worth a glossary line
    }
    if (!m.composed && direct != nullptr && best_len == direct_len && ComposeOnly(*direct)) {
      best_len = 0;  // "Trưởng" alone: only a piece of "Trưởng Ban X"
    }
    // A generic head ("Trung tâm", "Ban", "Sở") followed by a capitalised name is
    // the start of a longer name the glossary does not know: its one-word
    // rendering ("Centre") would mislead, so the whole name is skipped.
    if (!m.composed && direct != nullptr && best_len == direct_len && GenericHead(*direct) &&
        i + best_len < tokens.size() && tokens[i + best_len].word &&
        tokens[i + best_len].upper_initial) {
      size_t k = i + best_len;
      while (k < tokens.size() && tokens[k].word &&
             (tokens[k].upper_initial || tokens[k].has_digit))
        ++k;
      i = k;
      continue;
    }
    if (options.compose && !m.composed && direct != nullptr && best_len == direct_len && m.kind == "doctype" &&
        i + best_len + 1 < tokens.size() && tokens[i + best_len].key == kSo &&
        tokens[i + best_len + 1].has_digit) {
      // "Nghị quyết số 59-NQ/TW" -> "Resolution No. 59-NQ/TW"
      m.en += " No. " + tokens[i + best_len + 1].text;
      m.composed = true;
      best_len += 2;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    m.begin = tokens[i].begin;
    m.end = tokens[i + best_len - 1].end;
    m.vi = std::string(text.substr(m.begin, m.end - m.begin));
    out.push_back(std::move(m));
    i += best_len;
  }
  return out;
}

namespace {

// GenderAt on the text's tokens: Recognize has them already, and tokenising
// the sentence again for every glossary match made long sentences quadratic.
Gender GenderAtTokens(const std::vector<Token>& tokens, size_t pos, size_t end) {
  static const std::string kMr = MatchingKey("ông");
  static const std::string kMs = MatchingKey("bà");
  static const std::string kCon = MatchingKey("con");
  auto gender_of = [&](size_t k) {
    if (!tokens[k].word) return Gender::kUnknown;
    // "bà con" (people), "ông bà" (grandparents) are not forms of address.
    bool next_con = k + 1 < tokens.size() && tokens[k + 1].key == kCon;
    if (tokens[k].key == kMr) return Gender::kMale;
    if (tokens[k].key == kMs && !next_con) return Gender::kFemale;
    return Gender::kUnknown;
  };
  // The first token at or after `pos` (tokens are in text order).
  size_t first =
      static_cast<size_t>(std::lower_bound(tokens.begin(), tokens.end(), pos,
                                           [](const Token& t, size_t p) { return t.begin < p; }) -
                          tokens.begin());
  // "... bầu giữ chức <title>", "nhận chức <title>": the post of the sentence's
  // subject, however far back its "ông"/"bà" stands.
  static const std::string kPost = MatchingKey("chức");
  size_t limit = 16;
  for (size_t k = first; k-- > 0;) {
    if (!tokens[k].word) continue;
    if (tokens[k].key == kPost) limit = tokens.size();
    break;
  }
  for (size_t k = first, steps = 0; k-- > 0 && steps < limit; ++steps) {
    const std::string& t = tokens[k].text;
    if (t == "." || t == ";" || t == "!" || t == "?") break;
    Gender g = gender_of(k);
    if (g != Gender::kUnknown) return g;
  }
  size_t k = first;
  while (k < tokens.size() && tokens[k].begin < end) ++k;
  for (size_t steps = 0; k < tokens.size() && steps < 3; ++k, ++steps) {
    Gender g = gender_of(k);
    if (g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

}  // namespace

Gender GenderAt(std::string_view text, size_t pos, size_t end) {
  return GenderAtTokens(Tokenize(text), pos, end);
}

// --- file formats -------------------------------------------------------------

namespace {

// Glossary files are UTF-8 text, read as strictly as `tm import`: a UTF-16
// file (byte order mark or NUL bytes) or an invalid byte is an error naming
// the line and column, never replaced by U+FFFD.
void CheckUtf8Text(std::string_view bytes, const std::string& name) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    throw Error(FormatLine(name, 1, "UTF-16 text (byte order mark); save the glossary as UTF-8"));
  }
  int64_t line = 1;
  for (size_t start = 0; start < bytes.size(); ++line) {
    size_t nl = std::min(bytes.find('\n', start), bytes.size());
    std::string_view l = bytes.substr(start, nl - start);
    size_t nul = l.find('\0');
    if (nul != std::string_view::npos) {
      throw Error(FormatLine(name, line,
                             "NUL byte at column " + std::to_string(nul + 1) +
                                 " (UTF-16 or binary?); save the glossary as UTF-8"));
    }
    long bad = FindInvalidUtf8(l);
    if (bad >= 0)
      throw Error(FormatLine(name, line, "invalid UTF-8 at column " + std::to_string(bad + 1)));
    start = nl + 1;
  }
}

}  // namespace

std::vector<GlossaryEntry> ParseGlossaryTsv(std::string_view bytes, const std::string& name, char sep) {
  CheckUtf8Text(bytes, name);
  std::vector<std::vector<std::string>> rows;
  std::vector<int64_t> lines;
  int64_t line = 0;
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < bytes.size()) {
    size_t nl = bytes.find('\n', start);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view l = bytes.substr(start, nl - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    ++line;
    start = nl + 1;
    if (l.empty() || l[0] == '#') continue;
    std::vector<std::string> row;
    size_t b = 0;
    while (true) {
      size_t t = l.find(sep, b);
      row.emplace_back(l.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
      if (t == std::string_view::npos) break;
      b = t + 1;
    }
    rows.push_back(std::move(row));
    lines.push_back(line);
  }
  SONGNGU_THROW_IF(rows.empty(), FormatLocation(name, "empty glossary"));
  return FromRows(rows, name, lines);
}

std::vector<GlossaryEntry> ParseGlossaryCsv(std::string_view bytes, const std::string& name) {
  CheckUtf8Text(bytes, name);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  auto rows = SplitCsv(bytes, name);
  SONGNGU_THROW_IF(rows.empty(), FormatLocation(name, "empty glossary"));
  // Row numbers: count physical lines up to each row start (quoted newlines are rare).
  std::vector<int64_t> lines;
  for (size_t r = 0; r < rows.size(); ++r) lines.push_back(static_cast<int64_t>(r) + 1);
  return FromRows(rows, name, lines);
}

std::vector<GlossaryEntry> ParseGlossaryTbx(std::string_view bytes, const std::string& name) {
  XmlDocPtr doc = ParseXml(bytes, name, "UTF-8");
  std::vector<GlossaryEntry> out;
  CollectEntries(xmlDocGetRootElement(doc.get()), name, out);
  SONGNGU_THROW_IF(out.empty(), FormatLocation(name, "no termEntry/conceptEntry found"));
  return out;
}

std::string WriteGlossaryTsv(const std::vector<GlossaryEntry>& entries) {
  std::string out = "vi\ten\ten_female\tkind\texpands\tvalid_from\tvalid_to\tsource\tnote\n";
  auto clean = [](const std::string& s) {
    std::string c = s;
    std::replace(c.begin(), c.end(), '\t', ' ');
    std::replace(c.begin(), c.end(), '\n', ' ');
    return c;
  };
  for (const auto& e : entries) {
    for (const std::string* f : {&e.vi, &e.en, &e.en_female, &e.kind, &e.expands, &e.valid_from, &e.valid_to,
                                 &e.source, &e.note}) {
      if (f != &e.vi) out += '\t';
      out += clean(*f);
    }
    out += '\n';
  }
  return out;
}

std::string WriteGlossaryTbx(const std::vector<GlossaryEntry>& entries) {
  // TBX-Basic (ISO 30042:2008 core structure), readable by OmegaT, memoQ, Trados.
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<martif type=\"TBX-Basic\" xml:lang=\"vi\">\n"
      "  <martifHeader>\n    <fileDesc>\n      <sourceDesc><p>songngu glossary</p></sourceDesc>\n"
      "    </fileDesc>\n  </martifHeader>\n  <text>\n    <body>\n";
  int id = 0;
  for (const auto& e : entries) {
    out += "      <termEntry id=\"t" + std::to_string(++id) + "\">\n";
    auto descrip = [&](const char* type, const std::string& v) {
      if (!v.empty()) out += "        <descrip type=\"" + std::string(type) + "\">" + XmlEscape(v) + "</descrip>\n";
    };
    descrip("subjectField", e.kind);
    descrip("en_female", e.en_female);
    descrip("expands", e.expands);
    descrip("valid_from", e.valid_from);
    descrip("valid_to", e.valid_to);
    descrip("source", e.source);
    if (!e.note.empty()) out += "        <note>" + XmlEscape(e.note) + "</note>\n";
    out += "        <langSet xml:lang=\"vi\"><tig><term>" + XmlEscape(e.vi) + "</term></tig></langSet>\n";
    out += "        <langSet xml:lang=\"en\"><tig><term>" + XmlEscape(e.en) + "</term></tig></langSet>\n";
    out += "      </termEntry>\n";
  }
  out += "    </body>\n  </text>\n</martif>\n";
  return out;
}

}  // namespace songngu
