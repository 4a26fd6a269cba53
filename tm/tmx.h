// Translation memory exchange: TMX 1.4b (streaming reader, writer), TSV and
// Moses plain-text files.
//
// Inline markup (<bpt>, <ept>, <ph>, <it>, <ut>) becomes the placeholder
// "⟦k⟧" (k = 1, 2, ... per segment) in the stored text; the element's XML is
// kept in the unit's props JSON ({"vi": {"tags": [...]}}) and put back on TMX
// export. <prop> and <note> of <tu> and <tuv> are kept there too. <hi> and
// <sub> keep their text only.
#ifndef SONGNGU_TM_TMX_H_
#define SONGNGU_TM_TMX_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tm/store.h"

namespace songngu {

// One <tu> as read: the first vi and en <tuv> (xml:lang or TMX 1.1 lang,
// case-insensitive "vi", "vi-VN", "en", "en-US", "en-GB", ...).
struct TmxRecord {
  int64_t line = 0;  // line of <tu>
  std::string tuid;
  bool has_vi = false, has_en = false;
  std::string vi, en;       // with placeholders
  std::string props;        // JSON object text (may be "")
  std::vector<std::string> languages;  // every language seen in this tu
};

// Streams a TMX file of any size with libxml2's xmlTextReader. Throws
// songngu::Error with file and line on not well-formed XML, bad encoding or a
// root element other than <tmx>.
class TmxReader {
 public:
  explicit TmxReader(const std::string& path);
  ~TmxReader();
  TmxReader(const TmxReader&) = delete;
  TmxReader& operator=(const TmxReader&) = delete;

  bool Next(TmxRecord* record);  // false at the end of the file
  int64_t bytes_read() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct ImportOptions {
  bool strict = false;                 // any skipped record is an error (nothing stored)
  Origin origin = Origin::kImported;   // origin given to the units
  Review review = Review::kUnreviewed;  // review status given to the units
  // XLIFF only: the srcLang/trgLang (1.2: source-language/target-language) a
  // file must declare, by primary language ("vi" accepts "vi-VN"); anything
  // else is an error. `tm import --lang SRC,TRG` accepts a file labelled otherwise.
  std::string source_lang = "vi", target_lang = "en";
  // Called now and then with (bytes read, file size) for a progress display.
  std::function<void(int64_t, int64_t)> progress;
};

struct SkippedRecord {
  int64_t line = 0;
  std::string reason;
};

struct ImportReport {
  int64_t batch = 0;     // the import's batch id (tm delete --batch)
  int64_t records = 0;   // <tu> elements / non-blank lines read
  int64_t added = 0;     // new units
  int64_t merged = 0;    // duplicates of stored units (their count grew)
  int64_t untranslated = 0;  // XLIFF segments without a target yet (not an error)
  std::vector<SkippedRecord> skipped;
};

// The whole import is one transaction: on any error nothing from the file is stored.
ImportReport ImportTmx(TmStore& store, const std::string& path, const ImportOptions& options);
// Lines "vi<TAB>en[<TAB>note]"; blank lines are ignored.
ImportReport ImportTsv(TmStore& store, const std::string& path, const ImportOptions& options);

// Each returns the number of units written.
int64_t ExportTmx(TmStore& store, const std::string& path, const ExportFilter& filter);
int64_t ExportTsv(TmStore& store, const std::string& path, const ExportFilter& filter);
// Writes OUT.vi and OUT.en, or DIR/corpus.vi and DIR/corpus.en when `out` is a directory.
int64_t ExportMoses(TmStore& store, const std::string& out, const ExportFilter& filter);

// Text without inline placeholders, for plain-text formats.
std::string StripPlaceholders(const std::string& text);

}  // namespace songngu

#endif  // SONGNGU_TM_TMX_H_
