// Page furniture: the lines of a news page that are not article text (menus,
// font/print/share widgets, language switchers, copyright, counters, date and
// byline lines, related-article lists). Recognised by general patterns in
// Vietnamese and English, never by the text of particular pages; dates and
// bylines become document metadata.
#ifndef SONGNGU_ALIGNER_FURNITURE_H_
#define SONGNGU_ALIGNER_FURNITURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "aligner/document.h"

namespace songngu {

enum class FurnitureKind {
  kNone,       // article text
  kDate,       // "28/05/2024 - 15:58", "Date: 05/06/2024"
  kByline,     // "Tin, ảnh: T. TRINH", "Thanh Xuan - Translated by Chi Nguyen", "News: Dao Quyen"
  kCredit,     // photo/video credits: "Photo: Reporter group", "Ảnh: Minh Hà"
  kCopyright,  // "Copyright 2018 ... All rights reserved."
  kWidget,     // menus, switchers, font/print/share widgets, counters, media file names, ids
  kRelated,    // "Related posts", "Tin liên quan": the rest of the page is other articles
};

// What one line (white space collapsed, NFC) is, judged on its own.
struct LineClass {
  FurnitureKind kind = FurnitureKind::kNone;
  std::string date;        // ISO 8601 (YYYY-MM-DD) for kDate
  std::string author;      // for kByline
  std::string translator;  // for kByline with "Translated by"
};
LineClass ClassifyLine(std::string_view line);

// True when a line ends like a sentence (. ! ? … ; possibly before closing quotes or brackets).
bool EndsSentence(std::string_view line);

// Where a news agency's end mark starts at the end of `text` (white space
// trimmed): the "/" of "./." or "/." ("… phát triển bền vững./."), so that
// cutting there keeps the sentence's own period. text.size() when there is none.
size_t SignOffStart(std::string_view text);

// Where a photo, video or source credit at the end of a sentence or caption
// starts ("… cắt băng khánh thành. Ảnh: M. LAN", "Work session scene (Photo:
// VNA)"): a capitalised label and a colon, followed by at most a few words.
// Returns the byte offset of the label, or of the bracket or dash before it;
// text.size() when there is none. May return 0: the whole text is a credit.
size_t CreditTailStart(std::string_view text);

// Marks the furniture among a page's lines (each white space collapsed, NFC,
// non-empty) and fills `meta` (date, date_text, author, translator, url,
// furniture). Besides ClassifyLine, uses the page layout: short title-case
// lines above the headline are section menus; after the article's closing
// byline or copyright line, or after a related-articles header, everything is
// furniture. Returns one flag per line.
std::vector<bool> FindFurniture(const std::vector<std::string>& lines, DocumentMeta* meta);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_FURNITURE_H_
