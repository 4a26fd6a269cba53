#include "tm/corpus.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include <SQLiteCpp/SQLiteCpp.h>

#include "aligner/error.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June",
                               "July", "August", "September", "October", "November", "December"};

// A pile of `n` event reports in both languages, each with its own date,
// district, resolution code and amounts, three sentences a side.
class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lexicon_ = new Lexicon(Lexicon::LoadDefault()); }
  static void TearDownTestSuite() { delete lexicon_; }

  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("songngu-corpus-test-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "vi");
    fs::create_directories(dir_ / "en");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

  void MakePile(int n) {
    for (int k = 0; k < n; ++k) {
      std::string d = std::to_string(1 + k), m = std::to_string(1 + k % 12);
      std::string code = std::to_string(200 + k) + "/NQ-HĐND", amount = std::to_string(1500 + 111 * k);
      std::string people = std::to_string(300 + 7 * k);
      Write(dir_ / "vi" / ("v" + std::to_string(k) + ".txt"),
            "Ngày " + d + "-" + m + ", HĐND quận Xã" + std::to_string(k) + " ban hành Nghị quyết số " + code +
                ".\nNghị quyết dành " + amount + " tỷ đồng cho trường học.\nCó " + people +
                " đại biểu tham dự kỳ họp.\n");
      Write(dir_ / "en" / ("e" + std::to_string(k) + ".txt"),
            std::string("On ") + kMonths[k % 12] + " " + d + ", the council of Xa" + std::to_string(k) +
                " District passed Resolution No. " + code + ".\nThe resolution gives " + amount +
                " billion dong to schools.\nThere were " + people + " delegates at the session.\n");
    }
  }

  std::vector<InputFile> Files() {
    std::vector<InputFile> files = ListDirectory((dir_ / "vi").string(), "vi");
    for (InputFile& f : ListDirectory((dir_ / "en").string(), "en")) files.push_back(f);
    return files;
  }

  CorpusBuildOptions Options() {
    CorpusBuildOptions o;
    o.jobs = 2;
    return o;
  }

  static Lexicon* lexicon_;
  fs::path dir_;
};
Lexicon* CorpusTest::lexicon_ = nullptr;

TEST_F(CorpusTest, BuildStoresEveryPairWithProvenance) {
  MakePile(5);
  TmStore store(":memory:");
  CorpusBuildReport r = BuildCorpus(store, Files(), *lexicon_, Options());
  EXPECT_EQ(r.documents, 10u);
  EXPECT_EQ(r.pairs, 5u);
  EXPECT_EQ(r.skipped, 0u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_GE(r.links, 10u);  // at least two of the three sentences of each pair link
  StoreStats st = store.Stats();
  EXPECT_EQ(st.documents, 10);
  EXPECT_EQ(st.units, static_cast<int64_t>(r.links));
  // Each unit points at its two documents and names the files and sentences.
  store.ForEachUnit(ExportFilter(), [&](const Unit& u) {
    EXPECT_GT(u.vi_doc, 0);
    EXPECT_GT(u.en_doc, 0);
    EXPECT_EQ(u.origin, Origin::kAligned);
    ASSERT_TRUE(u.score.has_value());
    EXPECT_NE(u.props.find("x-songngu-source"), std::string::npos);
    EXPECT_NE(u.props.find("/vi/v"), std::string::npos);
  });
}

// From now on every unit insert into the TM file fails, as on a full disk.
void Refuse(const std::string& tm_path) {
  SQLite::Database db(tm_path, SQLite::OPEN_READWRITE);
  db.exec("CREATE TRIGGER refuse BEFORE INSERT ON unit BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
}

// A store that fails at the first unit (a full disk) used to keep the batch
// row written before any pair: the batch now comes with the first pair.
TEST_F(CorpusTest, FailureBeforeTheFirstPairLeavesNoBatch) {
  MakePile(2);
  TmStore store((dir_ / "tm.db").string());
  Refuse((dir_ / "tm.db").string());
  EXPECT_THROW(BuildCorpus(store, Files(), *lexicon_, Options()), Error);
  EXPECT_TRUE(store.Batches().empty());
  EXPECT_EQ(store.Stats().documents, 0);
}

TEST_F(CorpusTest, AlignmentBatchCommitsWithItsLinksOrNotAtAll) {
  auto parse = [](const std::string& text, const std::string& lang) {
    SegmentOptions so;
    so.lang = lang;
    return ParseDocument(text, lang + ".txt", so);
  };
  Document vi = parse("Ông Trường chủ trì cuộc họp ngày 28-5. Thành phố có 14 dự án.", "vi");
  Document en = parse("Mr. Truong chaired the meeting on May 28. The city has 14 projects.", "en");
  Alignment a = Align(vi, en, *lexicon_, AlignOptions());
  ASSERT_EQ(a.links.size(), 2u);
  TmStore store((dir_ / "tm.db").string());
  StoredAlignment ok = StoreAlignmentBatch(store, vi, en, a, "align", "vi.txt | en.txt");
  EXPECT_EQ(ok.batch, 1);
  EXPECT_EQ(ok.units.size(), 2u);
  Refuse((dir_ / "tm.db").string());
  Document vi2 = parse("Ngày 29-5, quận Ninh Kiều có 7 trường học mới.", "vi");
  Document en2 = parse("On May 29, Ninh Kieu District had 7 new schools.", "en");
  Alignment a2 = Align(vi2, en2, *lexicon_, AlignOptions());
  ASSERT_EQ(a2.links.size(), 1u);
  EXPECT_THROW(StoreAlignmentBatch(store, vi2, en2, a2, "align", "again"), Error);
  ASSERT_EQ(store.Batches().size(), 1u);  // only the first, complete one
  EXPECT_EQ(store.Batches()[0].units, 2);
}

TEST_F(CorpusTest, InterruptedBuildResumesAndStoresEachPairOnce) {
  MakePile(6);
  TmStore full(":memory:");
  CorpusBuildReport whole = BuildCorpus(full, Files(), *lexicon_, Options());
  ASSERT_EQ(whole.pairs, 6u);

  TmStore store(":memory:");
  // Stop after the second stored pair, as Ctrl-C does.
  CorpusBuildReport first =
      BuildCorpus(store, Files(), *lexicon_, Options(), [](size_t done, size_t) { return done < 2; });
  EXPECT_TRUE(first.interrupted);
  EXPECT_EQ(first.pairs, 2u);
  EXPECT_EQ(store.Stats().documents, 4);

  // Stopped before the first pair (Ctrl-C while loading): nothing stored, no batch.
  TmStore untouched(":memory:");
  CorpusBuildReport none = BuildCorpus(untouched, Files(), *lexicon_, Options(), [](size_t, size_t) { return false; });
  EXPECT_TRUE(none.interrupted);
  EXPECT_EQ(none.pairs, 0u);
  EXPECT_EQ(none.batch, 0);
  EXPECT_EQ(untouched.Stats().documents, 0);

  CorpusBuildReport second = BuildCorpus(store, Files(), *lexicon_, Options());
  EXPECT_FALSE(second.interrupted);
  EXPECT_EQ(second.skipped, 4u);
  EXPECT_EQ(second.pairs, 4u);

  CorpusBuildReport third = BuildCorpus(store, Files(), *lexicon_, Options());
  EXPECT_EQ(third.skipped, 12u);
  EXPECT_EQ(third.pairs, 0u);
  EXPECT_EQ(third.batch, 0);  // nothing to store: no empty batch

  StoreStats st = store.Stats();
  EXPECT_EQ(st.documents, 12);
  EXPECT_EQ(st.units, full.Stats().units);
  EXPECT_EQ(st.duplicates_merged, 0);
  std::set<int64_t> vi_docs;
  store.ForEachUnit(ExportFilter(), [&](const Unit& u) { vi_docs.insert(u.vi_doc); });
  EXPECT_EQ(vi_docs.size(), 6u);
}

TEST_F(CorpusTest, BadFilesAreReportedAndTheRestIsStored) {
  MakePile(3);
  fs::create_symlink("/nonexistent/songngu.txt", dir_ / "vi" / "gone.txt");
  Write(dir_ / "en" / "photo.txt", std::string("\xff\xd8\xff\xe0\0\x10JFIF\0", 11));
  TmStore store(":memory:");
  CorpusBuildReport r = BuildCorpus(store, Files(), *lexicon_, Options());
  ASSERT_EQ(r.errors.size(), 2u);
  std::string all = r.errors[0] + "\n" + r.errors[1];
  EXPECT_NE(all.find("gone.txt"), std::string::npos);
  EXPECT_NE(all.find("photo.txt"), std::string::npos);
  EXPECT_EQ(r.pairs, 3u);
}

std::set<int64_t> DocumentsIn(const std::string& jsonl_path, int64_t* units) {
  std::set<int64_t> docs;
  std::ifstream in(jsonl_path);
  for (std::string line; std::getline(in, line);) {
    docs.insert(nlohmann::json::parse(line).at("vi_doc").get<int64_t>());
    ++*units;
  }
  return docs;
}

TEST_F(CorpusTest, SplitIsByDocumentNeverBySentence) {
  MakePile(10);
  TmStore store(":memory:");
  CorpusBuildReport r = BuildCorpus(store, Files(), *lexicon_, Options());
  ASSERT_EQ(r.pairs, 10u);
  CorpusExportOptions o;
  o.format = "jsonl";
  o.split = ParseSplit("dev=0.2,test=0.1");
  std::string out = (dir_ / "out").string();
  std::vector<CorpusExportPart> parts = ExportCorpus(store, out, o);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].name, "dev");
  EXPECT_EQ(parts[0].documents, 2);
  EXPECT_EQ(parts[1].name, "test");
  EXPECT_EQ(parts[1].documents, 1);
  EXPECT_EQ(parts[2].name, "train");
  EXPECT_EQ(parts[2].documents, 7);
  int64_t units = 0;
  std::set<int64_t> dev = DocumentsIn(out + ".dev.jsonl", &units);
  std::set<int64_t> test = DocumentsIn(out + ".test.jsonl", &units);
  std::set<int64_t> train = DocumentsIn(out + ".train.jsonl", &units);
  EXPECT_EQ(units, static_cast<int64_t>(r.links));
  EXPECT_EQ(dev.size() + test.size() + train.size(), 10u);
  for (int64_t d : dev) {
    EXPECT_FALSE(test.count(d) || train.count(d));
  }
  for (int64_t d : test) EXPECT_FALSE(train.count(d));
}

TEST_F(CorpusTest, DedupWritesEachSentenceOnce) {
  TmStore store(":memory:");
  int64_t batch = store.BeginBatch("import", "test");
  for (const char* en : {"Hello.", "Hi."}) {
    UnitInput u;
    u.vi = "Xin chào.";
    u.en = en;
    store.AddUnit(u, batch);
  }
  UnitInput other;
  other.vi = "Cảm ơn.";
  other.en = "Thank you.";
  store.AddUnit(other, batch);
  CorpusExportOptions o;
  o.format = "tsv";
  o.dedup = true;
  std::string out = (dir_ / "dedup.tsv").string();
  std::vector<CorpusExportPart> parts = ExportCorpus(store, out, o);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].units, 2);
  std::ifstream in(out);
  std::string l1, l2;
  std::getline(in, l1);
  std::getline(in, l2);
  EXPECT_EQ(l1, "Xin chào.\tHello.");
  EXPECT_EQ(l2, "Cảm ơn.\tThank you.");
}

TEST(ParseSplitTest, ReadsSharesAndRejectsBadOnes) {
  auto s = ParseSplit("dev=0.02,test=0.03");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].first, "dev");
  EXPECT_DOUBLE_EQ(s[0].second, 0.02);
  EXPECT_EQ(s[1].first, "test");
  EXPECT_DOUBLE_EQ(s[1].second, 0.03);
  EXPECT_THROW(ParseSplit("dev"), Error);
  EXPECT_THROW(ParseSplit("dev=x"), Error);
  EXPECT_THROW(ParseSplit("dev=1.5"), Error);
  EXPECT_THROW(ParseSplit("dev=0.6,test=0.5"), Error);
  EXPECT_THROW(ParseSplit("train=0.1"), Error);
  EXPECT_THROW(ParseSplit("dev=0.1,dev=0.1"), Error);
}

}  // namespace
}  // namespace songngu
