// Memory and time of the text pipeline on a ~50 MB document built in memory
// from the bundled Vietnamese sample (its article text repeated). Prints the
// time, the peak RSS and the ratio of the RSS growth to the input size.
//
// usage: segment_memory [MEGABYTES]   (default 50; run with SONGNGU_DATA set
// or from a build tree so the abbreviation lists are found)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>

#include "aligner/data_path.h"
#include "aligner/text.h"

namespace {

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  using songngu::Document;
  const size_t megabytes = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50;
  const size_t target = megabytes * 1024 * 1024;

  // The sample without its page furniture: otherwise the closing byline of the
  // first copy would make every later copy furniture.
  const std::string path = songngu::DataFile("samples/vi-report.txt");
  Document sample = songngu::LoadDocument(path);
  std::set<std::string> furniture(sample.meta.furniture.begin(), sample.meta.furniture.end());
  std::string article;
  std::istringstream lines(sample.raw);
  for (std::string line; std::getline(lines, line);) {
    if (!furniture.count(line)) article += line + "\n";
  }
  std::string input;
  input.reserve(target + article.size());
  while (input.size() < target) input += article;

  const double before_mb = PeakRssMb();
  auto start = std::chrono::steady_clock::now();
  Document doc = songngu::ParseDocument(input, "bench", songngu::SegmentOptions());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double peak_mb = PeakRssMb();
  const double input_mb = input.size() / (1024.0 * 1024.0);

  std::printf("input            %.1f MB (%zu copies of %s)\n", input_mb,
              input.size() / article.size(), path.c_str());
  std::printf("sentences        %zu\n", doc.sentences.size());
  std::printf("time             %.2f s (%.1f MB/s)\n", seconds, input_mb / seconds);
  std::printf("peak RSS         %.1f MB (%.1f MB before parsing, input included)\n", peak_mb,
              before_mb);
  std::printf("RSS / input      %.2f (peak RSS over input size)\n", peak_mb / input_mb);
  std::printf("growth / input   %.2f (RSS added by parsing over input size)\n",
              (peak_mb - before_mb) / input_mb);
  return 0;
}
