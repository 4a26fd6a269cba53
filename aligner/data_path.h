// Locating songngu's data files (abbreviation lists, lexicon, glossary, web page).
#ifndef SONGNGU_ALIGNER_DATA_PATH_H_
#define SONGNGU_ALIGNER_DATA_PATH_H_

#include <string>

namespace songngu {

// The data folder: $SONGNGU_DATA if set; else <prefix>/share/songngu when the
// program runs as <prefix>/bin/NAME (an installed copy); else the source
// tree's data/ (a build-tree binary); else the configured install location.
std::string DataDir();

// DataDir() + "/" + relative. Throws songngu::Error naming the path when the
// file does not exist.
std::string DataFile(const std::string& relative);

// Reads a whole file as bytes. Throws songngu::Error naming the file.
std::string ReadFile(const std::string& path);

const char* Version();

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_DATA_PATH_H_
