#include "aligner/data_path.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "aligner/error.h"

namespace songngu {
namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool IsFile(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

// <prefix>/share/songngu for a program installed as <prefix>/bin/NAME, or "".
std::string InstalledDataDir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  std::string exe(buf, static_cast<size_t>(n));
  size_t slash = exe.rfind('/');
  if (slash == std::string::npos) return "";
  std::string bin = exe.substr(0, slash);
  slash = bin.rfind('/');
  if (slash == std::string::npos || bin.substr(slash + 1) != "bin") return "";
  std::string dir = bin.substr(0, slash) + "/share/songngu";
  return IsDir(dir) ? dir : "";
}

std::string DataDir() {
  if (const char* env = std::getenv("SONGNGU_DATA"); env && *env) return env;
  // An installed copy uses its own data even when the source tree still exists.
  if (std::string installed = InstalledDataDir(); !installed.empty()) return installed;
  if (IsDir(SONGNGU_SOURCE_DATA_DIR)) return SONGNGU_SOURCE_DATA_DIR;
  return SONGNGU_INSTALL_DATA_DIR;
}

std::string DataFile(const std::string& relative) {
  std::string path = DataDir() + "/" + relative;
  SONGNGU_THROW_IF(!IsFile(path),
                   FormatLocation(path, "data file not found (set SONGNGU_DATA to songngu's data folder)"));
  return path;
}

std::string ReadFile(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) throw Error(FormatLocation(path, std::strerror(errno)));
  SONGNGU_THROW_IF(S_ISDIR(st.st_mode), FormatLocation(path, "is a directory, not a file"));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(FormatLocation(path, std::string("cannot open: ") + std::strerror(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  SONGNGU_THROW_IF(in.bad(), FormatLocation(path, "read error"));
  return ss.str();
}

const char* Version() { return SONGNGU_VERSION; }

}  // namespace songngu
