// Loading many documents at once for the batch commands (pair, corpus build):
// files from directories or lists, parsed in parallel, with a bad file
// reported by name and skipped rather than stopping the batch.
#ifndef SONGNGU_ALIGNER_DOCUMENT_SET_H_
#define SONGNGU_ALIGNER_DOCUMENT_SET_H_

#include <string>
#include <vector>

#include "aligner/document.h"
#include "aligner/text.h"

namespace songngu {

struct InputFile {
  std::string path;           // as the user gave it; used in output and messages
  std::string lang = "auto";  // "vi", "en" (from --vi-dir / --en-dir) or "auto"
};

// The files of `dir` (regular files and symlinks that are not directories;
// not recursive; dot files skipped), sorted by name, as "DIR/NAME". Throws songngu::Error when `dir` is not a directory.
std::vector<InputFile> ListDirectory(const std::string& dir, const std::string& lang);

struct DocumentSet {
  std::vector<Document> docs;      // loaded documents, in input order; name = path
  std::vector<std::string> errors; // one line per file that could not be loaded
};

// Loads and parses every file on `threads` threads (0 = all cores). A file
// that is unreadable, binary, empty or not valid UTF-8 is left out and its
// songngu::Error message (naming the file) goes to `errors`.
DocumentSet LoadDocuments(const std::vector<InputFile>& files,
                          const SegmentOptions& options = SegmentOptions(), int threads = 0);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_DOCUMENT_SET_H_
