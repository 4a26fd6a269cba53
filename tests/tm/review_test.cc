#include "tm/review.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "aligner/error.h"
#include "test_util.h"
#include "tm/glossary.h"
#include "tm/store.h"

namespace songngu {
namespace {

// One aligned report pair as `align --store` keeps it: a batch, two
// documents, and its links in document order, all waiting for review.
struct StoredReport {
  int64_t batch = 0, vi_doc = 0, en_doc = 0;
  std::vector<int64_t> units;
};

StoredReport StoreReport(TmStore& store, const std::string& title, const std::string& date,
                         const std::vector<std::tuple<std::string, std::string, double>>& links) {
  StoredReport r;
  TmStore::Transaction txn(store);
  r.batch = store.BeginBatch("align", title);
  DocumentMeta vi_meta, en_meta;
  vi_meta.title = title + " (vi)";
  vi_meta.date = date;
  en_meta.title = title;
  en_meta.date = date;
  r.vi_doc = store.AddDocument(vi_meta, "vi", "vi.txt", "vi " + title, r.batch);
  r.en_doc = store.AddDocument(en_meta, "en", "en.txt", "en " + title, r.batch);
  for (const auto& [vi, en, score] : links) {
    UnitInput u;
    u.vi = vi;
    u.en = en;
    u.origin = Origin::kAligned;
    u.score = score;
    u.vi_doc = r.vi_doc;
    u.en_doc = r.en_doc;
    r.units.push_back(store.AddUnit(u, r.batch).id);
  }
  txn.Commit();
  return r;
}

class ReviewTest : public ::testing::Test {
 protected:
  ReviewTest() : store_(":memory:") {
    old_ = StoreReport(store_, "Flood works", "2026-03-11",
                       {{"Câu một.", "Sentence one.", 0.9},
                        {"Câu hai.", "Sentence two.", 0.5},
                        {"Câu ba.", "Sentence three.", 0.85}});
    new_ = StoreReport(store_, "School opens", "2026-09-05",
                       {{"Trường khai giảng.", "The school opened.", 0.95},
                        {"Học sinh đến lớp.", "Pupils came to class.", 0.3}});
  }
  TmStore store_;
  StoredReport old_, new_;
};

TEST_F(ReviewTest, QueueIsNewestFirstWithDocumentsAndNeighbours) {
  std::vector<ReviewItem> q = ReviewQueue(store_, ReviewQuery());
  ASSERT_EQ(q.size(), 5u);
  // The report stored last comes first.
  EXPECT_EQ(q[0].unit.en, "Pupils came to class.");
  EXPECT_EQ(q[4].unit.en, "Sentence one.");
  ASSERT_TRUE(q[0].vi_doc && q[0].en_doc);
  EXPECT_EQ(q[0].en_doc->title, "School opens");
  EXPECT_EQ(q[0].vi_doc->title, "School opens (vi)");
  EXPECT_EQ(q[0].en_doc->date, "2026-09-05");
  // "Câu hai." sits between "Câu một." and "Câu ba." in its report.
  const ReviewItem& middle = q[3];
  ASSERT_EQ(middle.unit.vi, "Câu hai.");
  ASSERT_TRUE(middle.before && middle.after);
  EXPECT_EQ(middle.before->en, "Sentence one.");
  EXPECT_EQ(middle.after->en, "Sentence three.");
  // The first sentence of a report has nothing before it, not the other report's last.
  EXPECT_FALSE(q[4].before.has_value());
  EXPECT_FALSE(q[0].after.has_value());
  ASSERT_TRUE(q[1].after);
  EXPECT_EQ(q[1].after->en, "Pupils came to class.");
  EXPECT_FALSE(q[1].before.has_value());
}

TEST_F(ReviewTest, FiltersByBatchDocumentScoreAndStatusAndPages) {
  ReviewQuery q;
  q.batch = old_.batch;
  EXPECT_EQ(CountReviewQueue(store_, q), 3);
  EXPECT_EQ(CountReviewQueue(store_, q, 2), 2);  // "2 or more"
  q.min_score = 0.8;
  std::vector<ReviewItem> high = ReviewQueue(store_, q);
  ASSERT_EQ(high.size(), 2u);
  EXPECT_EQ(high[0].unit.en, "Sentence three.");
  EXPECT_EQ(high[1].unit.en, "Sentence one.");

  ReviewQuery band;
  band.min_score = 0.4;
  band.max_score = 0.6;
  ASSERT_EQ(ReviewQueue(store_, band).size(), 1u);
  EXPECT_EQ(ReviewQueue(store_, band)[0].unit.en, "Sentence two.");

  ReviewQuery doc;
  doc.document = new_.en_doc;
  EXPECT_EQ(CountReviewQueue(store_, doc), 2);

  ReviewUnits(store_, {old_.units[0]}, Review::kAccepted, "accept", "lan");
  ReviewQuery waiting;
  EXPECT_EQ(CountReviewQueue(store_, waiting), 4);
  ReviewQuery accepted;
  accepted.review = Review::kAccepted;
  ASSERT_EQ(ReviewQueue(store_, accepted).size(), 1u);
  ReviewQuery all;
  all.review.reset();
  EXPECT_EQ(CountReviewQueue(store_, all), 5);

  // Two per page, newest first, then oldest first.
  ReviewQuery page;
  page.review.reset();
  page.limit = 2;
  std::vector<ReviewItem> p1 = ReviewQueue(store_, page);
  page.cursor = p1.back().unit.id;
  std::vector<ReviewItem> p2 = ReviewQueue(store_, page);
  ASSERT_EQ(p2.size(), 2u);
  EXPECT_EQ(p2[0].unit.en, "Sentence three.");
  page.newest_first = false;
  page.cursor = 0;
  EXPECT_EQ(ReviewQueue(store_, page)[0].unit.en, "Sentence one.");
}

TEST_F(ReviewTest, BulkAcceptTakesOnlyTheBatchAboveTheScoreAndUndoRestoresIt) {
  ReviewUnits(store_, {old_.units[2]}, Review::kRejected, "reject", "lan");
  auto [audit, accepted] = BulkAccept(store_, old_.batch, 0.8, "lan");
  // 0.9 accepted; 0.5 below the score; 0.85 was rejected by a person and stays so.
  EXPECT_EQ(accepted, 1);
  EXPECT_EQ(store_.GetUnit(old_.units[0])->review, Review::kAccepted);
  EXPECT_EQ(store_.GetUnit(old_.units[1])->review, Review::kUnreviewed);
  EXPECT_EQ(store_.GetUnit(old_.units[2])->review, Review::kRejected);
  EXPECT_EQ(store_.GetUnit(new_.units[0])->review, Review::kUnreviewed);  // other batch

  AuditEntry undone = UndoAudit(store_, audit, "lan");
  EXPECT_EQ(undone.action, "bulk_accept");
  EXPECT_EQ(store_.GetUnit(old_.units[0])->review, Review::kUnreviewed);
  EXPECT_EQ(store_.GetUnit(old_.units[2])->review, Review::kRejected);
  EXPECT_THROW(UndoAudit(store_, audit, "lan"), Error);  // only once

  std::vector<AuditEntry> log = AuditLog(store_, 10);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].action, "undo");
  EXPECT_EQ(log[1].action, "bulk_accept");
  EXPECT_TRUE(log[1].undone);
  EXPECT_EQ(log[2].who, "lan");
  ASSERT_EQ(log[2].changes.size(), 1u);
  EXPECT_EQ(log[2].changes[0].before, "unreviewed");
  EXPECT_EQ(log[2].changes[0].after, "rejected");

  EXPECT_EQ(BulkAccept(store_, new_.batch, 0.99, "lan").second, 0);
}

TEST_F(ReviewTest, UndoRefusesWhenAUnitChangedSinceAndRollsBackWhole) {
  int64_t first =
      ReviewUnits(store_, {old_.units[0], old_.units[1]}, Review::kAccepted, "accept", "lan");
  ReviewUnits(store_, {old_.units[1]}, Review::kRejected, "reject", "minh");
  EXPECT_THROW(UndoAudit(store_, first, "lan"), Error);
  // Nothing half-undone: unit 0 is still accepted.
  EXPECT_EQ(store_.GetUnit(old_.units[0])->review, Review::kAccepted);
  EXPECT_FALSE(GetAudit(store_, first)->undone);
  EXPECT_THROW(UndoAudit(store_, 999, "lan"), Error);
  EXPECT_THROW(ReviewUnits(store_, {999}, Review::kAccepted, "accept", "lan"), Error);
}

TEST_F(ReviewTest, GlossaryStatusPreferredWinsDeprecatedIsNeverChosen) {
  // The shipped-like entry and a user entry for the same title.
  GlossaryEntry shipped;
  shipped.vi = "Giám đốc Sở Y tế";
  shipped.en = "Director of the Health Department";
  shipped.kind = "title";
  Glossary base;
  base.Add(shipped);
  SetGlossaryStatus(store_, shipped, "deprecated", "lan");
  Glossary g = base;
  g.Add(store_.GlossaryEntries());
  // Deprecated in the TM: its shipped twin is not used either.
  EXPECT_EQ(g.Best(Glossary::Key("Giám đốc Sở Y tế"), ""), nullptr);
  ASSERT_EQ(g.Lookup("Giám đốc Sở Y tế").size(), 2u);  // still listed
  EXPECT_TRUE(g.Recognize("Giám đốc Sở Y tế phát biểu", RecognizeOptions{"", false}).empty());

  GlossaryEntry a;
  a.vi = "Sở Y tế";
  a.en = "Department of Health";
  a.kind = "body";
  GlossaryEntry b = a;
  b.en = "Health Department";
  store_.AddGlossaryEntries({a, b});
  SetGlossaryStatus(store_, b, "preferred", "lan");
  Glossary g2 = LoadGlossary(&store_, false);
  EXPECT_EQ(g2.Best(Glossary::Key("Sở Y tế"), "")->en, "Health Department");
  // Another preferred rendering takes over; the first goes back to ordinary.
  SetGlossaryStatus(store_, a, "preferred", "lan");
  Glossary g3 = LoadGlossary(&store_, false);
  EXPECT_EQ(g3.Best(Glossary::Key("Sở Y tế"), "")->en, "Department of Health");
  int preferred = 0;
  for (const GlossaryEntry& e : store_.GlossaryEntries()) preferred += e.status == "preferred";
  EXPECT_EQ(preferred, 1);

  EXPECT_THROW(SetGlossaryStatus(store_, a, "favourite", "lan"), Error);
  std::vector<AuditEntry> log = AuditLog(store_, 10);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].action, "glossary_status");
  EXPECT_NE(log[0].detail.find("\"status\":\"preferred\""), std::string::npos);
  EXPECT_THROW(UndoAudit(store_, log[0].id, "lan"),
               Error);  // glossary changes are redone, not undone
}

TEST(ReviewMigrationTest, AVersion3FileGainsTheAuditTablesAndKeepsItsGlossary) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  {
    TmStore store(path);
    GlossaryEntry e;
    e.vi = "Sở Y tế";
    e.en = "Department of Health";
    e.kind = "body";
    store.AddGlossaryEntries({e});
  }
  {
    // Back to what a version 3 file looked like.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(
        "DROP TABLE audit_change; DROP TABLE audit; DROP INDEX unit_review;"
        "DROP INDEX unit_review_score; ALTER TABLE glossary DROP COLUMN status;"
        "DROP TRIGGER unit_delete_word_alignment; DROP TRIGGER unit_text_word_alignment;"
        "DROP TABLE word_alignment; PRAGMA user_version = 3;");
  }
  TmStore store(path);
  EXPECT_EQ(store.Stats().schema_version, 5);
  ASSERT_EQ(store.GlossaryEntries().size(), 1u);
  EXPECT_EQ(store.GlossaryEntries()[0].status, "");
  EXPECT_EQ(RecordAudit(store, "accept", "lan", "{}", {}), 1);
}

}  // namespace
}  // namespace songngu
