#include "tm/tm_lexicon.h"

#include <sys/stat.h>

#include <utility>
#include <vector>

#include "aligner/error.h"

namespace songngu {

Lexicon ResolveLexicon(const std::string& lexicon_path, const std::string& tm_path) {
  if (!lexicon_path.empty()) return Lexicon::Load(lexicon_path);
  struct stat st;
  // Never create a TM just to look for a lexicon in it.
  if (!tm_path.empty() && stat(tm_path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    TmStore store(tm_path);
    if (std::optional<std::string> data = store.GetLexicon()) {
      return Lexicon::Parse(*data, tm_path + " (lexicon stored in the TM)");
    }
  }
  return Lexicon::LoadDefault();
}

std::shared_ptr<const Lexicon> TmLexiconCache::Get(TmStore& store) {
  std::string stamp = store.LexiconStamp();
  std::lock_guard<std::mutex> lock(mutex_);
  if (lexicon_ == nullptr || stamp != stamp_) {
    std::optional<std::string> data;
    if (!stamp.empty()) data = store.GetLexicon();
    lexicon_ = std::make_shared<const Lexicon>(
        data ? Lexicon::Parse(*data, store.path() + " (lexicon stored in the TM)")
             : Lexicon::LoadDefault());
    stamp_ = std::move(stamp);
  }
  return lexicon_;
}

Lexicon TrainFromTm(TmStore& store, const Lexicon& prior, const Ibm1Options& options,
                    TmTrainingReport* report, const Ibm1Progress& progress) {
  std::vector<std::pair<std::string, std::string>> pairs;
  // A unit merged from several identical ones counts once: repeated boilerplate
  // would otherwise dominate the counts.
  store.ForEachTrainingPair([&](const std::string& vi, const std::string& en, int) { pairs.emplace_back(vi, en); });
  SONGNGU_THROW_IF(pairs.empty(), "the TM has no accepted or unreviewed units to train on");
  if (report) report->pairs = static_cast<int64_t>(pairs.size());
  std::vector<TokenPair> tokens = TokenizePairs(prior, pairs, options.threads);
  return TrainIbm1(tokens, prior, options, progress);
}

}  // namespace songngu
