// Finishing a release in the workbench (POST /api/release/finish): the
// sentences a translator confirmed become accepted TM units with their
// provenance (document title, date, translator, one new batch), stored in one
// transaction; the same release is given back as English text, XLIFF 2.0 and
// TMX for download. Kept apart from server.cc, which only registers the route.
#ifndef SONGNGU_SERVER_RELEASE_H_
#define SONGNGU_SERVER_RELEASE_H_

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tm/store.h"

namespace songngu {

struct FinishedSentence {
  std::string vi;          // the source sentence as the suggest API returned it
  std::string en;          // the translator's English (may be empty when not confirmed)
  std::string kind;        // "body", "headline", "caption": a headline is its own paragraph
  bool confirmed = false;  // only confirmed sentences go into the TM
};

struct FinishedRelease {
  std::string title;       // the document's title: provenance, and the file name of downloads
  std::string date;        // publication date YYYY-MM-DD; "" = not given
  std::string translator;  // who confirmed the English (the page's settings)
  std::vector<FinishedSentence> sentences;  // in text order
};

struct FinishLimits {
  size_t max_sentences = 2000;       // a long release has ~100 sentences; 20x leaves room
  size_t max_sentence_bytes = 8192;  // the segmenter caps a sentence at 150 words (~1 kB)
  size_t max_field_bytes = 500;      // title and translator name: one line each
};

// The request body: {"title", "date"?, "translator", "sentences": [{"vi",
// "en", "confirmed"?, "kind"?}]}. Throws songngu::Error with a message for
// people (which field, which sentence) on anything missing, too long or of
// the wrong type, and when no sentence is confirmed.
FinishedRelease ParseFinishRequest(const nlohmann::json& body, const FinishLimits& limits = {});

struct FinishResult {
  int64_t batch = 0;             // the new batch (kind "translate")
  std::vector<AddResult> units;  // one per confirmed sentence, in order
};

// Stores every confirmed sentence as an accepted unit of origin "translated"
// with props {"title", "date", "translator", "translated_at"} and the two
// documents (vi, en) of the release, all in one transaction: on any failure
// nothing is stored. A pair already in the TM is merged (its dup_count grows)
// and marked accepted.
FinishResult StoreFinishedRelease(TmStore& store, const FinishedRelease& release);

// The English of every sentence that has some, a headline or caption on its
// own line, body sentences joined into one paragraph.
std::string FinishedText(const FinishedRelease& release);
// XLIFF 2.0: every sentence a unit, state "final" when confirmed,
// "translated" when it only has a draft, no target when it has no English.
std::string FinishedXliff(const FinishedRelease& release);
// TMX 1.4 of the confirmed sentences, with the provenance as props.
std::string FinishedTmx(const FinishedRelease& release);

}  // namespace songngu

#endif  // SONGNGU_SERVER_RELEASE_H_
