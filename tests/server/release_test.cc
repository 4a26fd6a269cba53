// Finishing a release (server/release.h and POST /api/release/finish): the
// translator's confirmed sentences become accepted units with provenance, in
// one transaction; the downloads read back as what was confirmed.
#include "server/release.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "aligner/error.h"
#include "server_fixture.h"
#include "test_util.h"
#include "tm/store.h"
#include "tm/tmx.h"
#include "tm/xliff.h"

namespace songngu {
namespace {

using nlohmann::json;
using testing::kToken;

// A short release as the page sends it: a headline and three body sentences,
// the last one not confirmed.
json ReleaseBody(const std::string& translator = "Chi Nguyen") {
  return {{"title", "Cần Thơ khánh thành cầu Rạch Miễu mới"},
          {"date", "2026-11-20"},
          {"translator", translator},
          {"sentences",
           {{{"vi", "Cần Thơ khánh thành cầu mới"},
             {"en", "Can Tho opens a new bridge"},
             {"kind", "headline"},
             {"confirmed", true}},
            {{"vi", "Cây cầu dài 500 m."},
             {"en", "The bridge is 500 m long."},
             {"kind", "body"},
             {"confirmed", true}},
            {{"vi", "Tổng vốn đầu tư là 200 tỷ đồng."},
             {"en", "Total investment is VND 200 billion."},
             {"kind", "body"},
             {"confirmed", true}},
            {{"vi", "Công trình do Sở Giao thông vận tải quản lý."},
             {"en", "The Department … manages the works."},
             {"kind", "body"},
             {"confirmed", false}}}}};
}

TEST(FinishRelease, ParsesWhatThePageSends) {
  FinishedRelease r = ParseFinishRequest(ReleaseBody());
  EXPECT_EQ(r.title, "Cần Thơ khánh thành cầu Rạch Miễu mới");
  EXPECT_EQ(r.date, "2026-11-20");
  EXPECT_EQ(r.translator, "Chi Nguyen");
  ASSERT_EQ(r.sentences.size(), 4u);
  EXPECT_TRUE(r.sentences[0].confirmed);
  EXPECT_FALSE(r.sentences[3].confirmed);
  EXPECT_EQ(r.sentences[0].kind, "headline");
}

TEST(FinishRelease, RefusesIncompleteRequestsWithAReasonForPeople) {
  auto message = [](json body) {
    try {
      ParseFinishRequest(body);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("(accepted)");
  };
  json no_title = ReleaseBody();
  no_title["title"] = "  ";
  EXPECT_NE(message(no_title).find("title"), std::string::npos);
  json no_translator = ReleaseBody("");
  EXPECT_NE(message(no_translator).find("translator"), std::string::npos);
  json bad_date = ReleaseBody();
  bad_date["date"] = "20/11/2026";
  EXPECT_NE(message(bad_date).find("YYYY-MM-DD"), std::string::npos);
  json none_confirmed = ReleaseBody();
  for (json& s : none_confirmed["sentences"]) s["confirmed"] = false;
  EXPECT_NE(message(none_confirmed).find("No sentence is confirmed"), std::string::npos);
  json empty_english = ReleaseBody();
  empty_english["sentences"][2]["en"] = "";
  EXPECT_EQ(message(empty_english),
            "Sentence 3 is confirmed but has no English; type it or leave it unconfirmed.");
  json wrong_type = ReleaseBody();
  wrong_type["sentences"][1]["en"] = 42;
  EXPECT_EQ(message(wrong_type), "Sentence 2's English must be text");
  json no_list = ReleaseBody();
  no_list.erase("sentences");
  EXPECT_NE(message(no_list).find("no list of sentences"), std::string::npos);
  FinishLimits small;
  small.max_sentences = 3;
  try {
    ParseFinishRequest(ReleaseBody(), small);
    ADD_FAILURE() << "4 sentences passed a limit of 3";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("finish it in parts"), std::string::npos);
  }
  small = FinishLimits();
  small.max_sentence_bytes = 20;
  EXPECT_THROW(ParseFinishRequest(ReleaseBody(), small), Error);
}

TEST(FinishRelease, StoresConfirmedSentencesAcceptedWithProvenanceInANewBatch) {
  testing::TempDir dir;
  TmStore store(dir.File("tm.db"));
  // The same pair aligned earlier and still unreviewed: confirming it accepts it.
  UnitInput earlier;
  earlier.vi = "Cây cầu dài 500 m.";
  earlier.en = "The bridge is 500 m long.";
  earlier.origin = Origin::kAligned;
  earlier.score = 0.7;
  int64_t earlier_id = store.AddUnit(earlier, 0).id;

  FinishResult r = StoreFinishedRelease(store, ParseFinishRequest(ReleaseBody()));
  ASSERT_EQ(r.units.size(), 3u);  // the unconfirmed fourth is not stored
  EXPECT_GT(r.batch, 0);
  EXPECT_TRUE(r.units[1].merged);
  EXPECT_EQ(r.units[1].id, earlier_id);
  EXPECT_EQ(store.GetUnit(earlier_id)->review, Review::kAccepted);

  std::optional<Unit> head = store.GetUnit(r.units[0].id);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->en, "Can Tho opens a new bridge");
  EXPECT_EQ(head->review, Review::kAccepted);
  EXPECT_EQ(head->origin, Origin::kTranslated);
  EXPECT_EQ(head->batch, r.batch);
  EXPECT_GT(head->vi_doc, 0);
  EXPECT_GT(head->en_doc, 0);
  json props = json::parse(head->props);
  EXPECT_EQ(props["title"], "Cần Thơ khánh thành cầu Rạch Miễu mới");
  EXPECT_EQ(props["date"], "2026-11-20");
  EXPECT_EQ(props["translator"], "Chi Nguyen");
  EXPECT_EQ(props["translated_at"].get<std::string>().size(), 20u);  // 2026-11-29T09:30:00Z
  EXPECT_TRUE(store.Search("Công trình do Sở Giao thông vận tải quản lý.").empty());

  bool found = false;
  for (const BatchInfo& b : store.Batches()) {
    if (b.id != r.batch) continue;
    found = true;
    EXPECT_EQ(b.kind, "translate");
    EXPECT_NE(b.description.find("Chi Nguyen"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST(FinishRelease, TextKeepsTheHeadlineApartAndBodyInOneParagraph) {
  EXPECT_EQ(FinishedText(ParseFinishRequest(ReleaseBody())),
            "Can Tho opens a new bridge\n\nThe bridge is 500 m long. Total investment is VND 200 "
            "billion. The Department … manages the works.\n");
}

TEST(FinishRelease, XliffAndTmxReadBackAsConfirmed) {
  FinishedRelease release = ParseFinishRequest(ReleaseBody());
  std::vector<XliffSegment> segs = ReadXliff(FinishedXliff(release), "release.xlf");
  ASSERT_EQ(segs.size(), 4u);
  EXPECT_EQ(segs[0].source, "Cần Thơ khánh thành cầu mới");
  EXPECT_EQ(segs[0].target, "Can Tho opens a new bridge");
  EXPECT_EQ(segs[0].state, "final");
  EXPECT_EQ(segs[3].state, "translated");  // a draft nobody confirmed
  EXPECT_EQ(segs[0].source_lang, "vi");
  EXPECT_EQ(segs[0].target_lang, "en");

  testing::TempDir dir;
  testing::WriteFile(dir.File("r.tmx"), FinishedTmx(release));
  TmxReader reader(dir.File("r.tmx"));
  std::vector<TmxRecord> tus;
  for (TmxRecord rec; reader.Next(&rec);) tus.push_back(rec);
  ASSERT_EQ(tus.size(), 3u);  // only the confirmed ones
  EXPECT_EQ(tus[2].vi, "Tổng vốn đầu tư là 200 tỷ đồng.");
  EXPECT_EQ(tus[2].en, "Total investment is VND 200 billion.");
  EXPECT_NE(tus[2].props.find("Cần Thơ khánh thành cầu Rạch Miễu mới"), std::string::npos);
}

// The route, against a live server.
class FinishRouteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tm_ = dir_.File("tm.db");
    testing::BuildFixtureTm(tm_);
    server_ = std::make_unique<testing::LiveServer>(tm_);
  }
  std::pair<int, json> Post(const std::string& body, const std::string& token = kToken) {
    httplib::Client c("127.0.0.1", server_->port());
    httplib::Headers h;
    if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
    auto r = c.Post("/api/release/finish", h, body, "application/json");
    EXPECT_TRUE(r);
    if (!r) return {0, json()};
    json j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << r->body.substr(0, 200);
    return {r->status, j};
  }
  int64_t Units() { return TmStore(tm_).Stats().units; }

  testing::TempDir dir_;
  std::string tm_;
  std::unique_ptr<testing::LiveServer> server_;
};

TEST_F(FinishRouteTest, StoresAndOffersTheDownloads) {
  int64_t before = Units();
  auto [status, body] = Post(ReleaseBody().dump());
  ASSERT_EQ(status, 201) << body.dump();
  EXPECT_EQ(body["stored"], 3);
  EXPECT_EQ(body["units"].size(), 3u);
  EXPECT_EQ(Units(), before + 3);
  EXPECT_EQ(body["text"].get<std::string>().rfind("Can Tho opens a new bridge\n\n", 0), 0u);
  EXPECT_NE(body["xliff"].get<std::string>().find("state=\"final\""), std::string::npos);
  EXPECT_NE(body["tmx"].get<std::string>().find("<tmx version=\"1.4\">"), std::string::npos);
  TmStore store(tm_);
  std::optional<Unit> u = store.GetUnit(body["units"][2].get<int64_t>());
  ASSERT_TRUE(u);
  EXPECT_EQ(u->review, Review::kAccepted);
  EXPECT_EQ(json::parse(u->props)["translator"], "Chi Nguyen");
}

TEST_F(FinishRouteTest, NeedsTheToken) {
  int64_t before = Units();
  auto [missing, m] = Post(ReleaseBody().dump(), "");
  EXPECT_EQ(missing, 401);
  EXPECT_EQ(m["code"], "token_missing");
  auto [wrong, w] = Post(ReleaseBody().dump(), "not-the-token");
  EXPECT_EQ(wrong, 403);
  EXPECT_EQ(w["code"], "token_wrong");
  EXPECT_EQ(Units(), before);
}

TEST_F(FinishRouteTest, BadJsonAndBadFieldsAre400WithACode) {
  int64_t before = Units();
  auto [broken, b] = Post("{\"title\": \"x\", \"sentences\": [");
  EXPECT_EQ(broken, 400);
  EXPECT_EQ(b["code"], "bad_request");
  auto [array, a] = Post("[1, 2]");
  EXPECT_EQ(array, 400);
  // JSON only: a page's form or plain text is refused before it is read.
  httplib::Client c("127.0.0.1", server_->port());
  auto text = c.Post("/api/release/finish", {{"Authorization", std::string("Bearer ") + kToken}},
                     ReleaseBody().dump(), "text/plain");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 415);
  EXPECT_EQ(json::parse(text->body)["code"], "unsupported_media_type");
  json none = ReleaseBody();
  for (json& s : none["sentences"]) s["confirmed"] = false;
  auto [unconfirmed, u] = Post(none.dump());
  EXPECT_EQ(unconfirmed, 400);
  EXPECT_EQ(u["code"], "bad_input");
  EXPECT_NE(u["error"].get<std::string>().find("No sentence is confirmed"), std::string::npos);
  EXPECT_EQ(Units(), before);
}

TEST_F(FinishRouteTest, OversizedBodiesAreRefusedAndStoreNothing) {
  int64_t before = Units();
  // Over the server's 2 MB: refused before it is read.
  json huge = ReleaseBody();
  huge["sentences"][0]["en"] = std::string(3 << 20, 'a');
  auto [status, body] = Post(huge.dump());
  EXPECT_EQ(status, 413);
  EXPECT_EQ(body["code"], "body_too_large");
  // Under 2 MB but over the route's own limits: 400 with the reason.
  json many = ReleaseBody();
  json one = many["sentences"][1];
  many["sentences"] = json::array();
  for (int i = 0; i < 2001; ++i) many["sentences"].push_back(one);
  auto [count_status, count_body] = Post(many.dump());
  EXPECT_EQ(count_status, 400);
  EXPECT_NE(count_body["error"].get<std::string>().find("2000"), std::string::npos);
  json long_sentence = ReleaseBody();
  long_sentence["sentences"][1]["en"] = std::string(9000, 'a');
  auto [long_status, long_body] = Post(long_sentence.dump());
  EXPECT_EQ(long_status, 400);
  EXPECT_EQ(long_body["code"], "bad_input");
  EXPECT_EQ(Units(), before);
}

// Two translators finishing at once: every request stored, none lost or mixed.
TEST_F(FinishRouteTest, TwoClientsWritingAtOnceAreBothStored) {
  int64_t before = Units();
  constexpr int kEach = 15;
  std::vector<std::thread> clients;
  std::atomic<int> created{0};
  for (int c = 0; c < 2; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client cli("127.0.0.1", server_->port());
      httplib::Headers h = {{"Authorization", std::string("Bearer ") + kToken}};
      for (int i = 0; i < kEach; ++i) {
        const std::string n = std::to_string(c) + "-" + std::to_string(i);
        json body = {{"title", "Bản tin " + n},
                     {"translator", c == 0 ? "An" : "Binh"},
                     {"sentences",
                      {{{"vi", "Câu thứ nhất của bản tin " + n + "."},
                        {"en", "The first sentence of release " + n + "."},
                        {"confirmed", true}},
                       {{"vi", "Câu thứ hai của bản tin " + n + "."},
                        {"en", "The second sentence of release " + n + "."},
                        {"confirmed", true}}}}};
        auto r = cli.Post("/api/release/finish", h, body.dump(), "application/json");
        if (r && r->status == 201) ++created;
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(created, 2 * kEach);
  EXPECT_EQ(Units(), before + 2 * 2 * kEach);
  TmStore store(tm_);
  std::vector<Match> m = store.Search("Câu thứ hai của bản tin 1-7.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].unit.en, "The second sentence of release 1-7.");
  EXPECT_EQ(json::parse(m[0].unit.props)["translator"], "Binh");
}

}  // namespace
}  // namespace songngu
