// Names, places, dates, numbers and document codes in Vietnamese text, with
// their English renderings for drafts: names and places without diacritics
// ("ông Trần Việt Trường" -> "Mr. Tran Viet Truong"), dates and numbers in
// English conventions ("Ngày 28-5" -> "On May 28", "1.234,5" -> "1,234.5",
// "11/20 nhiệm vụ" -> "11 out of 20 tasks"), codes unchanged ("59-NQ/TW"),
// dates with their preposition ("trước ngày 31-8" -> "before August 31"),
// quarters, scale and currency ("3,5 nghìn tỷ đồng" -> "VND 3.5 trillion") and
// institutions by pattern ("Trường THCS Tân An" -> "Tan An Secondary School").
#ifndef SONGNGU_TM_ENTITIES_H_
#define SONGNGU_TM_ENTITIES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

class Glossary;

enum class EntityType { kName, kPlace, kDate, kNumber, kCode, kInstitution };

// "name", "place", "date", "number", "code", "institution"
const char* EntityTypeName(EntityType type);

struct Entity {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  std::string vi;    // as written
  std::string en;    // English rendering
  EntityType type = EntityType::kNumber;
};

struct EntityOptions {
  const Glossary* glossary = nullptr;  // its place rows type "Cần Thơ" as a place; may be null
  std::vector<std::pair<size_t, size_t>> skip;  // byte spans already covered (glossary terms)
};

// Entities in `text`, in order, not overlapping.
std::vector<Entity> RecognizeEntities(std::string_view text, const EntityOptions& options = EntityOptions());

// A name or place without diacritics, đ -> d: "Trần Việt Trường" -> "Tran Viet Truong".
std::string AsciiName(std::string_view text);

// Three or more capitalised words starting with a common family name ("Trần
// Quốc Việt"): a person, not a place after a level word.
bool LooksLikePersonName(std::string_view text);

// A Vietnamese-formatted number in English conventions: "1.234,5" -> "1,234.5",
// "2,5" -> "2.5", "1.000.000" -> "1,000,000"; other text is returned as is.
std::string EnglishNumber(std::string_view number);

// The value of a number as written: Vietnamese conventions ("1.200" = 1200,
// "48,5" = 48.5) when `vietnamese`, else English ("1,200", "48.5").
bool NumberValue(std::string_view written, bool vietnamese, double* value);

}  // namespace songngu

#endif  // SONGNGU_TM_ENTITIES_H_
