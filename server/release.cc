#include "server/release.h"

#include <string_view>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

using nlohmann::json;

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// A string field of `obj`, "" when absent; `where` names it for people.
std::string Text(const json& obj, const char* name, const std::string& where, size_t max_bytes) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return "";
  SONGNGU_THROW_IF(!it->is_string(), where + " must be text");
  std::string s = it->get<std::string>();
  SONGNGU_THROW_IF(s.size() > max_bytes,
                   where + " is longer than " + std::to_string(max_bytes) + " bytes; shorten it");
  return s;
}

// "2026-11-29" and nothing else: the date goes into provenance and the TMX as is.
bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string Props(const FinishedRelease& r, const std::string& at) {
  json p = {{"title", r.title}, {"translator", r.translator}, {"translated_at", at}};
  if (!r.date.empty()) p["date"] = r.date;
  return p.dump(-1, ' ', false, json::error_handler_t::replace);
}

// TMX creationdate: "20261129T093000Z" from the TM's "2026-11-29T09:30:00Z".
std::string TmxDate(const std::string& iso) {
  std::string out;
  for (char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

}  // namespace

FinishedRelease ParseFinishRequest(const json& body, const FinishLimits& limits) {
  FinishedRelease r;
  r.title = Text(body, "title", "The title", limits.max_field_bytes);
  SONGNGU_THROW_IF(Blank(r.title), "Give the release a title (it is stored with every sentence).");
  r.translator = Text(body, "translator", "The translator's name", limits.max_field_bytes);
  SONGNGU_THROW_IF(Blank(r.translator),
                   "Fill in the translator's name in the settings (it is stored with every "
                   "sentence).");
  r.date = Text(body, "date", "The date", limits.max_field_bytes);
  SONGNGU_THROW_IF(!r.date.empty() && !IsIsoDate(r.date),
                   "The date must be written as YYYY-MM-DD, e.g. 2026-11-29.");
  auto list = body.find("sentences");
  SONGNGU_THROW_IF(list == body.end() || !list->is_array(),
                   "The request has no list of sentences (\"sentences\": [...]).");
  SONGNGU_THROW_IF(list->size() > limits.max_sentences,
                   "A release of " + std::to_string(list->size()) + " sentences is more than the " +
                       std::to_string(limits.max_sentences) +
                       " one finish can store; finish it in parts.");
  size_t confirmed = 0;
  for (size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string where = "Sentence " + std::to_string(i + 1);
    SONGNGU_THROW_IF(!item.is_object(), where + " must be an object with \"vi\" and \"en\".");
    FinishedSentence s;
    s.vi = Text(item, "vi", where + "'s Vietnamese", limits.max_sentence_bytes);
    s.en = Text(item, "en", where + "'s English", limits.max_sentence_bytes);
    s.kind = Text(item, "kind", where + "'s kind", 20);
    auto c = item.find("confirmed");
    if (c != item.end() && !c->is_null()) {
      SONGNGU_THROW_IF(!c->is_boolean(), where + ": \"confirmed\" must be true or false.");
      s.confirmed = c->get<bool>();
    }
    SONGNGU_THROW_IF(Blank(s.vi), where + " has no Vietnamese text.");
    SONGNGU_THROW_IF(s.confirmed && Blank(s.en),
                     where + " is confirmed but has no English; type it or leave it unconfirmed.");
    confirmed += s.confirmed;
    r.sentences.push_back(std::move(s));
  }
  SONGNGU_THROW_IF(confirmed == 0,
                   "No sentence is confirmed yet: confirm the English of at least one sentence "
                   "(Ctrl+Enter) before finishing.");
  return r;
}

FinishResult StoreFinishedRelease(TmStore& store, const FinishedRelease& release) {
  const std::string at = NowIso();
  std::string vi_text, en_text;
  for (const FinishedSentence& s : release.sentences) {
    vi_text += s.vi + "\n";
    if (s.confirmed) en_text += s.en + "\n";
  }
  DocumentMeta meta;
  meta.title = release.title;
  meta.date = release.date;
  meta.translator = release.translator;
  const std::string props = Props(release, at);

  FinishResult out;
  TmStore::Transaction txn(store);
  out.batch = store.BeginBatch(
      "translate", release.title + " — translated by " + release.translator + " in songngu serve");
  int64_t vi_doc = store.AddDocument(meta, "vi", release.title, vi_text, out.batch);
  int64_t en_doc = store.AddDocument(meta, "en", release.title, en_text, out.batch);
  for (const FinishedSentence& s : release.sentences) {
    if (!s.confirmed) continue;
    UnitInput u;
    u.vi = s.vi;
    u.en = s.en;
    u.origin = Origin::kTranslated;
    u.review = Review::kAccepted;
    u.vi_doc = vi_doc;
    u.en_doc = en_doc;
    u.props = props;
    AddResult added = store.AddUnit(u, out.batch);
    // The same pair stored before (perhaps aligned, unreviewed): a person has now confirmed it.
    if (added.merged) store.SetReview(added.id, Review::kAccepted);
    out.units.push_back(added);
  }
  txn.Commit();
  return out;
}

std::string FinishedText(const FinishedRelease& release) {
  std::string out;
  bool in_paragraph = false;
  for (const FinishedSentence& s : release.sentences) {
    if (Blank(s.en)) continue;
    const bool own_line = !s.kind.empty() && s.kind != "body";
    if (own_line || !in_paragraph) {
      if (!out.empty()) out += "\n\n";
    } else {
      out += ' ';
    }
    out += s.en;
    in_paragraph = !own_line;
  }
  if (!out.empty()) out += '\n';
  return out;
}

std::string FinishedXliff(const FinishedRelease& release) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"vi\" "
      "trgLang=\"en\">\n"
      "  <file id=\"f1\" original=\"" +
      XmlEscape(release.title) + "\">\n    <notes>\n      <note category=\"translator\">" +
      XmlEscape(release.translator) + "</note>\n";
  if (!release.date.empty())
    out += "      <note category=\"date\">" + XmlEscape(release.date) + "</note>\n";
  out += "    </notes>\n";
  for (size_t i = 0; i < release.sentences.size(); ++i) {
    const FinishedSentence& s = release.sentences[i];
    const bool has_en = !Blank(s.en);
    out += "    <unit id=\"u" + std::to_string(i + 1) + "\">\n      <segment state=\"" +
           (s.confirmed ? "final"
            : has_en    ? "translated"
                        : "initial") +
           "\">\n        <source>" + XmlEscape(s.vi) + "</source>\n";
    if (has_en) out += "        <target>" + XmlEscape(s.en) + "</target>\n";
    out += "      </segment>\n    </unit>\n";
  }
  out += "  </file>\n</xliff>\n";
  return out;
}

std::string FinishedTmx(const FinishedRelease& release) {
  const std::string date = TmxDate(NowIso());
  std::string out = std::string(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<tmx version=\"1.4\">\n"
                        "  <header creationtool=\"songngu\" creationtoolversion=\"") +
                    Version() +
                    "\" datatype=\"plaintext\" segtype=\"sentence\" o-tmf=\"songngu\" "
                    "adminlang=\"en\" srclang=\"vi\"/>\n  <body>\n";
  for (const FinishedSentence& s : release.sentences) {
    if (!s.confirmed) continue;
    out += "    <tu creationid=\"" + XmlEscape(release.translator) + "\" creationdate=\"" + date +
           "\">\n      <prop type=\"x-songngu-title\">" + XmlEscape(release.title) + "</prop>\n";
    if (!release.date.empty())
      out += "      <prop type=\"x-songngu-date\">" + XmlEscape(release.date) + "</prop>\n";
    out +=
        "      <prop type=\"x-songngu-origin\">translated</prop>\n"
        "      <prop type=\"x-songngu-review\">accepted</prop>\n"
        "      <tuv xml:lang=\"vi\"><seg>" +
        XmlEscape(s.vi) + "</seg></tuv>\n      <tuv xml:lang=\"en\"><seg>" + XmlEscape(s.en) +
        "</seg></tuv>\n    </tu>\n";
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace songngu
