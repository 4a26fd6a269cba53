// Speed of songngu suggest: a release of N sentences against an existing TM.
//   build/bench/suggest_bench TM.db [RELEASE_FILE] [N=40]
// The release defaults to the seed 001 article plus data/samples/vi-new-release.txt,
// repeated until N sentences. Prints open/glossary/suggest times.
#include <chrono>
#include <ctime>
#include <iostream>

#include "aligner/data_path.h"
#include "aligner/text.h"
#include "tm/glossary.h"
#include "tm/store.h"
#include "tm/suggest.h"
#include "tm/tm_lexicon.h"

using namespace songngu;
using Clock = std::chrono::steady_clock;

// This process's CPU time (user + system) in ms: on a shared, loaded machine the
// wall time mostly measures the other jobs.
static double CpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

static double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: suggest_bench TM.db [RELEASE_FILE] [N=40]\n";
    return 2;
  }
  std::string tm_path = argv[1];
  size_t n = argc > 3 ? std::stoul(argv[3]) : 40;
  SegmentOptions so;
  so.lang = "vi";
  Document release;
  if (argc > 2 && std::string(argv[2]) != "-") {
    release = LoadDocument(argv[2], so);
  } else {
    release = LoadDocument(std::string(SONGNGU_SHARED_DIR) + "/seeds/001_372fcefd87e77f7b.txt", so);
    Document sample = LoadDocument(DataFile("samples/vi-new-release.txt"), so);
    release.sentences.insert(release.sentences.end(), sample.sentences.begin(), sample.sentences.end());
  }
  std::vector<Sentence> base = release.sentences;
  release.sentences.clear();
  while (release.sentences.size() < n) {
    for (const Sentence& s : base) {
      if (release.sentences.size() < n) release.sentences.push_back(s);
    }
  }
  auto t0 = Clock::now();
  TmStore store(tm_path);
  auto t1 = Clock::now();
  Glossary glossary = LoadGlossary(&store, true);
  // As `songngu suggest` does: the lexicon aligns units `tm wordalign` has not aligned.
  const Lexicon lexicon = ResolveLexicon("", tm_path);
  SuggestOptions options;
  options.lexicon = &lexicon;
  auto t2 = Clock::now();
  const double cpu2 = CpuMs();
  auto all = Suggest(release, store, glossary, options);
  const double cpu3 = CpuMs();
  auto t3 = Clock::now();
  size_t exact = 0, fuzzy = 0;
  for (const auto& s : all) {
    if (!s.matches.empty()) (s.matches[0].score >= 100 ? exact : fuzzy) += 1;
  }
  // The same release against an empty TM: the glossary, entity and draft share.
  TmStore empty(":memory:");
  auto t4 = Clock::now();
  Suggest(release, empty, glossary, options);
  auto t5 = Clock::now();
  StoreStats st = store.Stats();
  std::cout << "TM units: " << st.units << "\n"
            << "release: " << all.size() << " sentences (" << exact << " exact, " << fuzzy
            << " fuzzy)\n"
            << "open TM: " << Ms(t0, t1) << " ms\n"
            << "load glossary and lexicon: " << Ms(t1, t2) << " ms\n"
            << "suggest: " << Ms(t2, t3) << " ms (" << Ms(t2, t3) / static_cast<double>(all.size())
            << " ms per sentence; " << cpu3 - cpu2 << " ms CPU)\n"
            << "total: " << Ms(t0, t3) << " ms\n"
            << "of which glossary, entities, drafts (same release, empty TM): " << Ms(t4, t5)
            << " ms\n";
  return 0;
}
