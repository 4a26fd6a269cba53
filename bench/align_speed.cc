// Speed and memory of songngu::Align (wall and CPU time: the CPU time is what
// to compare on a shared machine) on synthetic document pairs of 1k, 10k
// and 50k Vietnamese sentences (target: 10k x 10k < 3 s on one core, < 300 MB,
// linear growth). Each size runs in a child process so that its peak RSS is
// its own. Prints one line per size.
//
// The synthetic text: sentences of 8-30 made-up words (frequent and rare); the
// English side keeps each sentence's words (so identical tokens link them) with
// 15% of sentences dropped per side, some merged pairs and noise sentences.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "aligner/align.h"
#include "aligner/lexicon.h"

namespace {

std::string Word(std::mt19937& rng) {
  static const char* const kSyllables[] = {"an", "ba", "co", "du", "em", "gi", "ho",
                                           "ki", "la", "mo", "nu", "oc", "pa", "qu",
                                           "ri", "so", "tu", "uy", "va", "xe"};
  std::uniform_int_distribution<int> pick(0, 19);
  std::uniform_real_distribution<double> u(0, 1);
  // Half the words come from a small vocabulary (400 frequent words), half from
  // a large one (160,000 rare words), roughly like news text.
  std::string w = std::string(kSyllables[pick(rng)]) + kSyllables[pick(rng)];
  if (u(rng) < 0.5) w += std::string(kSyllables[pick(rng)]) + kSyllables[pick(rng)];
  return w;
}

void MakePair(int n, std::vector<std::string>* vi, std::vector<std::string>* en) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> len(8, 30);
  std::uniform_real_distribution<double> u(0, 1);
  while (static_cast<int>(vi->size()) < n) {
    std::string s;
    int k = len(rng);
    for (int w = 0; w < k; ++w) s += (w ? " " : "") + Word(rng);
    s += ".";
    double r = u(rng);
    if (r < 0.15) {
      vi->push_back(s);  // only on the Vietnamese side
    } else if (r < 0.30) {
      en->push_back(s);  // only on the English side
    } else if (r < 0.35 && !en->empty()) {
      vi->push_back(s);
      en->back() += " " + s;  // merged into the previous English sentence
    } else {
      vi->push_back(s);
      en->push_back(s);
    }
  }
}

double CpuSeconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long PeakRssKb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

void RunOne(int n, const songngu::Lexicon& lexicon, bool self_train) {
  std::vector<std::string> vi, en;
  MakePair(n, &vi, &en);
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  songngu::AlignOptions options;
  options.self_train = self_train;
  songngu::Alignment a = songngu::Align(vi, en, lexicon, options);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = CpuSeconds() - cpu_start;
  std::printf(
      "%6d sentences: vi %6zu x en %6zu  self-training %-3s wall %7.3f s  cpu %7.3f s  peak RSS "
      "%6.1f MB  links %zu\n",
      n, vi.size(), en.size(), self_train ? "on" : "off", secs, cpu, PeakRssKb() / 1024.0,
      a.links.size());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes = {1000, 10000, 50000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  }
  std::printf("songngu align speed (synthetic pairs, default lexicon, default options)\n");
  std::fflush(stdout);
  for (int n : sizes) {
    for (bool self_train : {false, true}) {
      pid_t pid = fork();
      if (pid == 0) {
        songngu::Lexicon lexicon = songngu::Lexicon::LoadDefault();
        std::printf("lexicon loaded (RSS %5.1f MB); ", PeakRssKb() / 1024.0);
        RunOne(n, lexicon, self_train);
        std::_Exit(0);
      }
      int status = 0;
      waitpid(pid, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "size %d failed\n", n);
        return 1;
      }
    }
  }
  return 0;
}
