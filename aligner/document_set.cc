#include "aligner/document_set.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "aligner/error.h"
#include "aligner/parallel.h"

namespace songngu {

std::vector<InputFile> ListDirectory(const std::string& dir, const std::string& lang) {
  namespace fs = std::filesystem;
  std::error_code ec;
  SONGNGU_THROW_IF(!fs::is_directory(dir, ec), FormatLocation(dir, "not a directory"));
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (name.empty() || name[0] == '.' || it->is_directory(type_ec)) continue;
    // Regular files, and also links that lead nowhere: those are reported as
    // unreadable by LoadDocuments rather than silently left out.
    if (!it->is_regular_file(type_ec) && !it->is_symlink(type_ec)) continue;
    names.push_back(name);
  }
  SONGNGU_THROW_IF(ec, FormatLocation(dir, "cannot list directory: " + ec.message()));
  std::sort(names.begin(), names.end());
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  std::vector<InputFile> files;
  for (const std::string& name : names) files.push_back({prefix + name, lang});
  return files;
}

DocumentSet LoadDocuments(const std::vector<InputFile>& files, const SegmentOptions& options,
                          int threads) {
  std::vector<std::optional<Document>> loaded(files.size());
  std::vector<std::string> errors(files.size());
  ParallelFor(files.size(), threads, [&](size_t i) {
    SegmentOptions o = options;
    o.lang = files[i].lang;
    try {
      Document doc = LoadDocument(files[i].path, o);
      doc.name = files[i].path;
      loaded[i] = std::move(doc);
    } catch (const Error& e) {
      errors[i] = e.what();
    } catch (const std::exception& e) {
      errors[i] = FormatLocation(files[i].path, e.what());
    }
  });
  DocumentSet set;
  for (size_t i = 0; i < files.size(); ++i) {
    if (loaded[i]) {
      set.docs.push_back(std::move(*loaded[i]));
    } else {
      set.errors.push_back(errors[i]);
    }
  }
  return set;
}

}  // namespace songngu
