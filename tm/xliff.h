// XLIFF back into the TM: the file `songngu suggest --format xliff` wrote,
// once a translator filled the targets in a CAT tool (OmegaT, memoQ, Trados),
// goes back with `songngu tm import FILE.xlf`.
#ifndef SONGNGU_TM_XLIFF_H_
#define SONGNGU_TM_XLIFF_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tm/tmx.h"

namespace songngu {

class TmStore;

// One segment: XLIFF 2.0 <segment> (or XLIFF 1.2 <trans-unit>).
struct XliffSegment {
  std::string unit_id;
  std::string source;  // text content, inline markup flattened, NFC
  std::string target;  // empty when not translated
  std::string state;   // XLIFF 2.0 segment/@state (1.2: target/@state); may be empty
  std::string draft;   // the unit's <note category="draft"> (suggest's draft), if any
  int64_t line = 0;
  // Declared by <xliff> (2.0) or the segment's <file> (1.2); empty when not declared.
  std::string source_lang, target_lang;
  int64_t lang_line = 0;  // line of the element declaring them
};

// Throws songngu::Error naming the file and line when the XML is broken or
// the root is not <xliff>.
std::vector<XliffSegment> ReadXliff(std::string_view bytes, const std::string& name);

// Checks the declared languages first (options.source_lang/target_lang): a
// file declaring others is an error naming it and the line, nothing stored.
// Stores every segment with a filled target as a unit of origin "translated",
// review "accepted" (options.origin/review are not used: a human translated
// these). Segments without a target are counted in `records` but not stored;
// a target without a source is skipped with a reason. One transaction.
ImportReport ImportXliff(TmStore& store, const std::string& path, const ImportOptions& options);

}  // namespace songngu

#endif  // SONGNGU_TM_XLIFF_H_
