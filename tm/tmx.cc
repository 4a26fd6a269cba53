#include "tm/tmx.h"

#include <libxml/xmlreader.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

#include "aligner/error.h"
#include "aligner/normalize.h"
#include "tm/fuzzy.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

using json = nlohmann::json;

constexpr std::string_view kOpen = "\u27e6", kClose = "\u27e7";

std::string Placeholder(size_t k) { return std::string(kOpen) + std::to_string(k) + std::string(kClose); }

// 0 = vi, 1 = en, -1 = other.
int LangSide(std::string lang) {
  std::transform(lang.begin(), lang.end(), lang.begin(), [](unsigned char c) { return std::tolower(c); });
  auto is = [&](const char* code) {
    size_t n = std::strlen(code);
    return lang.compare(0, n, code) == 0 && (lang.size() == n || lang[n] == '-' || lang[n] == '_');
  };
  if (is("vi")) return 0;
  if (is("en")) return 1;
  return -1;
}

std::string Owned(xmlChar* s) {
  if (!s) return "";
  std::string out(reinterpret_cast<const char*>(s));
  xmlFree(s);
  return out;
}

std::string Name(xmlTextReaderPtr r) {
  const xmlChar* n = xmlTextReaderConstLocalName(r);
  return n ? reinterpret_cast<const char*>(n) : "";
}

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

int64_t FileSize(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0 ? static_cast<int64_t>(st.st_size) : -1;
}

}  // namespace

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

// A start tag, comment or declaration longer than this is refused (TMX has
// short attributes; longer markup costs libxml2's push parser quadratic time).
constexpr size_t kMaxMarkupBytes = 64 * 1024;

struct TmxReader::Impl {
  std::string path;
  std::unique_ptr<FILE, FileCloser> file;
  XmlMarkupGuard guard{kMaxMarkupBytes};
  xmlTextReaderPtr reader = nullptr;
  bool started = false, done = false;
  XmlErrors errors;

  ~Impl() {
    if (reader) xmlFreeTextReader(reader);
  }

  // libxml2 pulls the file through here: the guard sees every byte first.
  static int ReadInput(void* context, char* buffer, int len) {
    auto* self = static_cast<Impl*>(context);
    size_t n = std::fread(buffer, 1, static_cast<size_t>(len), self->file.get());
    if (n == 0 && std::ferror(self->file.get())) return -1;
    if (!self->guard.Feed(buffer, n)) return -1;
    return static_cast<int>(n);
  }
  static int CloseInput(void*) { return 0; }

  [[noreturn]] void Fail(const std::string& what, int64_t line) {
    if (line > 0) throw Error(FormatLine(path, line, what));
    throw Error(FormatLocation(path, what));
  }

  [[noreturn]] void FailXml() {
    if (guard.over()) throw Error(guard.Message(path));
    if (std::ferror(file.get())) throw Error(FormatLocation(path, "read error"));
    throw Error(
        errors.Format(path, "not well-formed XML", xmlTextReaderGetParserLineNumber(reader)));
  }

  int Read() {
    int ret = xmlTextReaderRead(reader);
    if (ret < 0 || errors.any()) FailXml();
    return ret;
  }
};

TmxReader::TmxReader(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  int64_t size = FileSize(path);
  if (size < 0) throw Error(FormatLocation(path, "cannot open (missing or unreadable)"));
  if (size == 0) throw Error(FormatLocation(path, "empty file, not TMX"));
  impl_->file.reset(std::fopen(path.c_str(), "rb"));
  if (!impl_->file) throw Error(FormatLocation(path, "cannot open (missing or unreadable)"));
  XmlErrorScope scope(&impl_->errors);
  impl_->reader = xmlReaderForIO(&Impl::ReadInput, &Impl::CloseInput, impl_.get(), path.c_str(),
                                 nullptr, XML_PARSE_NONET | XML_PARSE_HUGE);
  if (!impl_->reader) throw Error(FormatLocation(path, "cannot open as XML"));
  xmlTextReaderSetStructuredErrorHandler(impl_->reader, &XmlErrors::Handler, &impl_->errors);
}

TmxReader::~TmxReader() = default;

int64_t TmxReader::bytes_read() const { return impl_->reader ? xmlTextReaderByteConsumed(impl_->reader) : 0; }

bool TmxReader::Next(TmxRecord* rec) {
  Impl& im = *impl_;
  if (im.done) return false;
  XmlErrorScope scope(&im.errors);
  xmlTextReaderPtr r = im.reader;
  bool in_tu = false, in_seg = false;
  int side = -1;        // language side of the current tuv
  bool side_taken = false;  // this tuv's side already had a segment in this tu
  std::string seg;
  std::vector<std::string> tags;
  json props = json::object(), sides[2] = {json::object(), json::object()};
  auto target = [&]() -> json& { return side >= 0 ? sides[side] : props; };
  int ret = im.Read();
  while (ret == 1) {
    int type = xmlTextReaderNodeType(r);
    bool moved = false;
    if (!im.started) {
      if (type == XML_READER_TYPE_ELEMENT) {
        if (Name(r) != "tmx") {
          im.Fail("not a TMX file (root element <" + Name(r) + ">)", xmlTextReaderGetParserLineNumber(r));
        }
        im.started = true;
      }
    } else if (in_seg) {
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE) {
        const xmlChar* v = xmlTextReaderConstValue(r);
        if (v) seg += reinterpret_cast<const char*>(v);
      } else if (type == XML_READER_TYPE_ELEMENT) {
        std::string n = Name(r);
        if (n == "bpt" || n == "ept" || n == "ph" || n == "it" || n == "ut") {
          tags.push_back(Owned(xmlTextReaderReadOuterXml(r)));
          seg += Placeholder(tags.size());
          ret = xmlTextReaderNext(r);
          if (ret < 0 || im.errors.any()) im.FailXml();
          moved = true;
        }
      } else if (type == XML_READER_TYPE_END_ELEMENT && Name(r) == "seg") {
        in_seg = false;
        if (side >= 0 && !side_taken) {
          (side == 0 ? rec->vi : rec->en) = seg;
          (side == 0 ? rec->has_vi : rec->has_en) = true;
          if (!tags.empty()) sides[side]["tags"] = tags;
        }
        if (side >= 0) side_taken = true;
      }
    } else if (type == XML_READER_TYPE_ELEMENT) {
      std::string n = Name(r);
      bool empty = xmlTextReaderIsEmptyElement(r) == 1;
      if (n == "tu") {
        *rec = TmxRecord();
        // The node's own line: the parser may have read ahead.
        long node_line = xmlGetLineNo(xmlTextReaderCurrentNode(r));
        rec->line = node_line > 0 ? node_line : xmlTextReaderGetParserLineNumber(r);
        rec->tuid = Owned(xmlTextReaderGetAttribute(r, BAD_CAST "tuid"));
        in_tu = true;
        if (empty) {
          rec->props = "";
          return true;
        }
      } else if (in_tu && n == "tuv") {
        std::string lang = Owned(xmlTextReaderGetAttribute(r, BAD_CAST "xml:lang"));
        if (lang.empty()) lang = Owned(xmlTextReaderGetAttribute(r, BAD_CAST "lang"));
        rec->languages.push_back(lang);
        side = LangSide(lang);
        side_taken = side >= 0 && (side == 0 ? rec->has_vi : rec->has_en);
      } else if (in_tu && n == "seg") {
        seg.clear();
        tags.clear();
        if (empty) {
          if (side >= 0 && !side_taken) (side == 0 ? rec->has_vi : rec->has_en) = true;
          if (side >= 0) side_taken = true;
        } else {
          in_seg = true;
        }
      } else if (in_tu && (n == "prop" || n == "note")) {
        std::string type_attr = Owned(xmlTextReaderGetAttribute(r, BAD_CAST "type"));
        std::string value = empty ? "" : Owned(xmlTextReaderReadString(r));
        if (n == "prop") {
          target()["props"].push_back(json::array({type_attr, value}));
        } else {
          target()["notes"].push_back(value);
        }
        if (!empty) {
          ret = xmlTextReaderNext(r);
          if (ret < 0 || im.errors.any()) im.FailXml();
          moved = true;
        }
      }
    } else if (type == XML_READER_TYPE_END_ELEMENT) {
      std::string n = Name(r);
      if (n == "tuv") {
        side = -1;
      } else if (n == "tu" && in_tu) {
        for (int s = 0; s < 2; ++s) {
          if (!sides[s].empty()) props[s == 0 ? "vi" : "en"] = sides[s];
        }
        rec->props = props.empty() ? "" : props.dump();
        return true;
      }
    }
    if (!moved) ret = im.Read();
  }
  if (!im.started) im.Fail("not a TMX file (no root element)", 0);
  im.done = true;
  return false;
}

std::string StripPlaceholders(const std::string& text) {
  std::string t = TextForMatching(text);
  // Placeholders became spaces: collapse the doubled ones they leave.
  std::string out;
  for (char c : t) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  size_t start = 0;
  while (start < out.size() && out[start] == ' ') ++start;
  return out.substr(start);
}

namespace {

// Pulls songngu's own props (written by ExportTmx) back into unit fields.
void ApplyOwnProps(UnitInput& u, json& props) {
  if (!props.contains("props")) return;
  json kept = json::array();
  for (const json& p : props["props"]) {
    const std::string type = p[0].get<std::string>(), value = p[1].get<std::string>();
    if (type == "x-songngu-origin" && ParseOrigin(value)) {
      u.origin = *ParseOrigin(value);
    } else if (type == "x-songngu-review" && ParseReview(value)) {
      u.review = *ParseReview(value);
    } else if (type == "x-songngu-wordalign") {
      // Recomputed from the text by `tm wordalign` (or lazily by suggest), not trusted from a file.
    } else if (type == "x-songngu-score") {
      try {
        u.score = std::stod(value);
      } catch (const std::exception&) {
        kept.push_back(p);
      }
    } else {
      kept.push_back(p);
    }
  }
  if (kept.empty()) {
    props.erase("props");
  } else {
    props["props"] = kept;
  }
}

void Skip(ImportReport& report, const std::string& path, int64_t line, const std::string& reason, bool strict) {
  if (strict) throw Error(FormatLine(path, line, reason + " (--strict: nothing imported)"));
  report.skipped.push_back({line, reason});
}

void Count(ImportReport& report, const AddResult& r) { ++(r.merged ? report.merged : report.added); }

// Units handed to the store at once (it prepares a batch on two threads).
constexpr size_t kChunk = 4096;

}  // namespace

ImportReport ImportTmx(TmStore& store, const std::string& path, const ImportOptions& options) {
  TmxReader reader(path);
  const int64_t size = FileSize(path);
  ImportReport report;
  TmStore::Transaction txn(store);
  report.batch = store.BeginBatch("import", "tmx " + path);
  TmxRecord rec;
  std::vector<std::string> languages;
  std::vector<UnitInput> chunk;
  auto flush = [&]() {
    for (const AddResult& r : store.AddUnits(chunk, report.batch)) Count(report, r);
    chunk.clear();
  };
  while (reader.Next(&rec)) {
    ++report.records;
    if (options.progress && report.records % 20000 == 0) options.progress(reader.bytes_read(), size);
    for (const std::string& l : rec.languages) {
      if (languages.size() < 8 && std::find(languages.begin(), languages.end(), l) == languages.end()) {
        languages.push_back(l);
      }
    }
    std::string where = rec.tuid.empty() ? "" : " (tuid " + rec.tuid + ")";
    if (!rec.has_vi || !rec.has_en) {
      Skip(report, path, rec.line,
           std::string("no ") + (!rec.has_vi ? "Vietnamese" : "English") + " segment in <tu>" + where, options.strict);
      continue;
    }
    const bool vi_blank = Blank(StripPlaceholders(rec.vi));
    if (vi_blank || Blank(StripPlaceholders(rec.en))) {
      Skip(report, path, rec.line, std::string("empty ") + (vi_blank ? "Vietnamese" : "English") + " segment" + where,
           options.strict);
      continue;
    }
    UnitInput u;
    u.vi = std::move(rec.vi);
    u.en = std::move(rec.en);
    u.external_id = rec.tuid;
    u.origin = options.origin;
    u.review = options.review;
    if (!rec.props.empty()) {
      json props = json::parse(rec.props);
      ApplyOwnProps(u, props);
      u.props = props.empty() ? "" : props.dump();
    }
    chunk.push_back(std::move(u));
    if (chunk.size() >= kChunk) flush();
  }
  flush();
  if (report.added + report.merged == 0 && !report.skipped.empty()) {
    std::string seen;
    for (const std::string& l : languages) seen += (seen.empty() ? "" : ", ") + (l.empty() ? "(none)" : l);
    throw Error(FormatLocation(path, "no <tu> has both a Vietnamese and an English segment (languages: " + seen +
                                         "); nothing imported"));
  }
  if (options.progress) options.progress(size, size);
  txn.Commit();
  return report;
}

ImportReport ImportTsv(TmStore& store, const std::string& path, const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(FormatLocation(path, "cannot open (missing or unreadable)"));
  const int64_t size = FileSize(path);
  ImportReport report;
  TmStore::Transaction txn(store);
  report.batch = store.BeginBatch("import", "tsv " + path);
  std::string line;
  int64_t lineno = 0, bytes = 0;
  while (std::getline(in, line)) {
    ++lineno;
    bytes += static_cast<int64_t>(line.size()) + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (Blank(line)) continue;
    long bad = FindInvalidUtf8(line);
    if (bad >= 0) throw Error(FormatLine(path, lineno, "invalid UTF-8 at column " + std::to_string(bad + 1) +
                                                           "; nothing imported"));
    ++report.records;
    if (options.progress && report.records % 20000 == 0) options.progress(bytes, size);
    size_t tab = line.find('\t');
    std::string vi = line.substr(0, tab);
    std::string en, note;
    if (tab != std::string::npos) {
      size_t tab2 = line.find('\t', tab + 1);
      en = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
      if (tab2 != std::string::npos) note = line.substr(tab2 + 1);
    }
    if (Blank(vi) || Blank(en)) {
      Skip(report, path, lineno, Blank(vi) ? "empty Vietnamese column" : "missing or empty English column",
           options.strict);
      continue;
    }
    UnitInput u;
    u.vi = vi;
    u.en = en;
    u.origin = options.origin;
    u.review = options.review;
    if (!Blank(note)) u.props = json{{"notes", json::array({note})}}.dump();
    Count(report, store.AddUnit(u, report.batch));
  }
  if (in.bad()) throw Error(FormatLocation(path, "read error"));
  if (options.progress) options.progress(size, size);
  txn.Commit();
  return report;
}

namespace {

std::ofstream OpenOut(const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(FormatLocation(path, "cannot write"));
  return out;
}

void CloseOut(std::ofstream& out, const std::string& path) {
  out.close();
  if (!out) throw Error(FormatLocation(path, "write failed (disk full?)"));
}

// Segment XML: text escaped, placeholders replaced by their stored inline elements.
std::string SegXml(const std::string& text, const json* tags) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find(kOpen, i);
    if (open == std::string::npos) break;
    size_t j = open + kOpen.size();
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    size_t k = j > open + kOpen.size() ? std::stoul(text.substr(open + kOpen.size(), j - open - kOpen.size())) : 0;
    if (k > 0 && text.compare(j, kClose.size(), kClose) == 0 && tags && tags->is_array() && k <= tags->size()) {
      out += XmlEscape(text.substr(i, open - i));
      out += (*tags)[k - 1].get<std::string>();
      i = j + kClose.size();
    } else {
      out += XmlEscape(text.substr(i, j - i));
      i = j;
    }
  }
  out += XmlEscape(text.substr(i));
  return out;
}

void WritePropsNotes(std::ostream& out, const json& obj, const char* indent) {
  if (obj.contains("notes")) {
    for (const json& n : obj["notes"]) out << indent << "<note>" << XmlEscape(n.get<std::string>()) << "</note>\n";
  }
  if (obj.contains("props")) {
    for (const json& p : obj["props"]) {
      out << indent << "<prop type=\"" << XmlEscape(p[0].get<std::string>()) << "\">"
          << XmlEscape(p[1].get<std::string>()) << "</prop>\n";
    }
  }
}

std::string OneLine(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

}  // namespace

int64_t ExportTmx(TmStore& store, const std::string& path, const ExportFilter& filter) {
  std::ofstream out = OpenOut(path);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<tmx version=\"1.4\">\n"
         "  <header creationtool=\"songngu\" creationtoolversion=\"" SONGNGU_VERSION
         "\" datatype=\"plaintext\" segtype=\"sentence\" o-tmf=\"songngu\" adminlang=\"en\" srclang=\"vi\"/>\n"
         "  <body>\n";
  int64_t n = 0;
  store.ForEachUnit(filter, [&](const Unit& u) {
    json props = u.props.empty() ? json::object() : json::parse(u.props);
    std::string tuid = u.external_id.empty() ? "songngu-" + std::to_string(u.id) : u.external_id;
    out << "    <tu tuid=\"" << XmlEscape(tuid) << "\">\n";
    // Own props first (TMX wants notes before props within the (note|prop)* run; both orders are valid).
    WritePropsNotes(out, props, "      ");
    out << "      <prop type=\"x-songngu-origin\">" << OriginName(u.origin) << "</prop>\n"
        << "      <prop type=\"x-songngu-review\">" << ReviewName(u.review) << "</prop>\n";
    if (u.score) out << "      <prop type=\"x-songngu-score\">" << *u.score << "</prop>\n";
    // Word alignment inside the unit ("vi-en" word indices, tm/wordalign.h), when computed.
    if (std::optional<std::string> links = store.GetWordAlignment(u.id)) {
      out << "      <prop type=\"x-songngu-wordalign\">" << XmlEscape(*links) << "</prop>\n";
    }
    for (int s = 0; s < 2; ++s) {
      const char* lang = s == 0 ? "vi" : "en";
      const json* side = props.contains(lang) ? &props[lang] : nullptr;
      out << "      <tuv xml:lang=\"" << lang << "\">\n";
      if (side) WritePropsNotes(out, *side, "        ");
      const json* tags = side && side->contains("tags") ? &(*side)["tags"] : nullptr;
      out << "        <seg>" << SegXml(s == 0 ? u.vi : u.en, tags) << "</seg>\n      </tuv>\n";
    }
    out << "    </tu>\n";
    ++n;
  });
  out << "  </body>\n</tmx>\n";
  CloseOut(out, path);
  return n;
}

int64_t ExportTsv(TmStore& store, const std::string& path, const ExportFilter& filter) {
  std::ofstream out = OpenOut(path);
  int64_t n = 0;
  store.ForEachUnit(filter, [&](const Unit& u) {
    out << OneLine(StripPlaceholders(u.vi)) << '\t' << OneLine(StripPlaceholders(u.en)) << '\n';
    ++n;
  });
  CloseOut(out, path);
  return n;
}

int64_t ExportMoses(TmStore& store, const std::string& out_path, const ExportFilter& filter) {
  struct stat st {};
  bool dir = (stat(out_path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) || (!out_path.empty() && out_path.back() == '/');
  std::string base = dir ? (out_path.back() == '/' ? out_path : out_path + "/") + "corpus" : out_path;
  std::string vi_path = base + ".vi", en_path = base + ".en";
  std::ofstream vi = OpenOut(vi_path), en = OpenOut(en_path);
  int64_t n = 0;
  store.ForEachUnit(filter, [&](const Unit& u) {
    vi << OneLine(StripPlaceholders(u.vi)) << '\n';
    en << OneLine(StripPlaceholders(u.en)) << '\n';
    ++n;
  });
  CloseOut(vi, vi_path);
  CloseOut(en, en_path);
  return n;
}

}  // namespace songngu
