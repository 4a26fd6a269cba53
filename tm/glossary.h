// The glossary of official titles, bodies, document types and places, and
// its recognition in Vietnamese text.
//
// Entries come from the shipped default (data/glossary/official-titles.tsv),
// from files the user imports (TSV, CSV, TBX) and from the TM's own glossary
// tables; entries with a higher `priority` win over lower ones for the same
// Vietnamese key, so the TM's own entries override the shipped default.
//
// Recognition finds, left to right, the longest run of words that is either
// one entry (compared by MatchingKey, so case, NFC/NFD and tone placement do
// not matter) or a composition
//
//   (title | body)+  [level word]  [place name]
//   "Chủ tịch" "UBND" "TP" "Cần Thơ" -> "Chairman of the Can Tho City People's Committee"
//
// where abbreviations play the role of the entry they expand (UBND plays
// "Ủy ban nhân dân"). An entry whose Vietnamese starts with a capital letter
// only matches text that does too ("Vụ" the department, not "nhiệm vụ").
#ifndef SONGNGU_TM_GLOSSARY_H_
#define SONGNGU_TM_GLOSSARY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace songngu {

class TmStore;

struct GlossaryEntry {
  std::string vi;          // Vietnamese term, NFC
  std::string en;          // English rendering
  std::string en_female;   // rendering when the person is a woman (Chairwoman); empty = same
  std::string kind;        // title | body | doctype | place | term | abbrev
  std::string expands;     // abbrev only: the full Vietnamese form whose role it plays
  std::string valid_from;  // YYYY-MM-DD or empty (open): first day the rendering applies
  std::string valid_to;    // YYYY-MM-DD or empty (open): last day (bodies renamed in 2025)
  std::string source;      // where the rendering comes from (URL, circular, "project", file)
  std::string note;
  int priority = 0;        // higher wins for the same key: TM glossary 1, shipped default 0
  // "" | "preferred" | "deprecated", set from the workbench (tm/review.h): a
  // preferred rendering wins over the others for its term; a deprecated one is
  // never chosen (nor its shipped twin) but stays listed, so people see why.
  std::string status;
};

enum class Gender { kUnknown, kMale, kFemale };

struct RecognizeOptions {
  std::string date;     // the text's date (YYYY-MM-DD); empty = today's renderings
  bool compose = true;  // build "title of the body" compositions, not only whole entries
};

// One recognized term in a text.
struct TermMatch {
  size_t begin = 0;     // byte offsets into the recognized text
  size_t end = 0;
  std::string vi;       // the text as written
  std::string en;       // the rendering (gendered, place names converted)
  std::string kind;     // role of the whole match: title | body | doctype | place | term
  std::string note;     // notes of the entries used (validity, variants)
  bool composed = false;  // built from several entries rather than one
};

class Glossary {
 public:
  Glossary() = default;

  // The shipped default, DataFile("glossary/official-titles.tsv"), priority 0.
  static Glossary LoadDefault();

  // Reads a .tsv, .csv or .tbx file (by extension). Entries get `priority`.
  // Throws songngu::Error naming the file and line on malformed input.
  static std::vector<GlossaryEntry> ReadFile(const std::string& path, int priority = 0);

  void Add(GlossaryEntry entry);
  void Add(const std::vector<GlossaryEntry>& entries);

  const std::vector<GlossaryEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

  // Entries whose Vietnamese matches `term` by MatchingKey, or whose English
  // matches it case-insensitively; the one chosen for `date` first.
  std::vector<GlossaryEntry> Lookup(std::string_view term, const std::string& date = "") const;

  // The lookup key of a Vietnamese term: the MatchingKey of each word and
  // punctuation mark, joined by U+001F.
  static std::string Key(std::string_view vi);

  // The entry used for `key` (from Key()) at `date`, or nullptr.
  const GlossaryEntry* Best(const std::string& key, const std::string& date) const;

  // Terms in `text`, in order, not overlapping.
  std::vector<TermMatch> Recognize(std::string_view text,
                                   const RecognizeOptions& options = RecognizeOptions()) const;

 private:
  std::vector<GlossaryEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_key_;  // token keys joined by '\x1f'
  size_t max_tokens_ = 1;
};

// The glossary a command uses: the shipped default (unless `with_default` is
// false) plus the TM's own entries (if `store` is not null), which win.
Glossary LoadGlossary(TmStore* store, bool with_default);

// Parsers and writers (also used by the TM's glossary import/export).
// TSV/CSV: a header row naming the columns (at least vi and en; the others of
// GlossaryEntry are optional); without a recognisable header the first two
// columns are vi and en. TBX: TBX-Basic (termEntry/langSet/tig/term) or TBX
// v3 (conceptEntry/langSec/termSec/term); descrip/note fields carry kind and note.
std::vector<GlossaryEntry> ParseGlossaryTsv(std::string_view bytes, const std::string& name, char sep = '\t');
std::vector<GlossaryEntry> ParseGlossaryCsv(std::string_view bytes, const std::string& name);
std::vector<GlossaryEntry> ParseGlossaryTbx(std::string_view bytes, const std::string& name);
std::string WriteGlossaryTsv(const std::vector<GlossaryEntry>& entries);
std::string WriteGlossaryTbx(const std::vector<GlossaryEntry>& entries);

// "ông"/"bà" nearest before byte offset `pos` in the same sentence (or right
// after `end`, as in "Chủ tịch UBND, bà ..."): kMale, kFemale or kUnknown.
Gender GenderAt(std::string_view text, size_t pos, size_t end);

}  // namespace songngu

#endif  // SONGNGU_TM_GLOSSARY_H_
