#include "tm/xliff.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <memory>

#include "aligner/data_path.h"
#include "aligner/error.h"
#include "aligner/normalize.h"
#include "tm/store.h"
#include "tm/xml_util.h"

namespace songngu {
namespace {

bool Named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string Prop(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string Content(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  // Collapse the white space of pretty-printed files; segments are one line.
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return ToNfc(out);
}

// Direct child elements named `name` (module elements such as mtc:match hold
// their own <source>/<target>, which must not be read as the segment's).
xmlNode* Child(xmlNode* n, const char* name) {
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (Named(c, name)) return c;
  }
  return nullptr;
}

// The languages in force: XLIFF 2.0 declares them on <xliff>, 1.2 on each <file>.
struct Languages {
  std::string source, target;
  int64_t line = 0;
};

// Takes over the languages `n` declares, if it declares any.
Languages Declared(xmlNode* n, const char* source_attr, const char* target_attr,
                   const Languages& outer) {
  Languages l;
  l.source = Prop(n, source_attr);
  l.target = Prop(n, target_attr);
  if (l.source.empty() && l.target.empty()) return outer;
  l.line = xmlGetLineNo(n);
  return l;
}

// The text of a unit's <notes><note category="draft">, "" if none.
std::string DraftNote(xmlNode* unit) {
  xmlNode* notes = Child(unit, "notes");
  if (notes == nullptr) return "";
  for (xmlNode* c = notes->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && Named(c, "note") && Prop(c, "category") == "draft") {
      return Content(c);
    }
  }
  return "";
}

void Collect(xmlNode* n, const std::string& unit_id, const Languages& langs,
             std::vector<XliffSegment>& out, const std::string& draft = "") {
  for (xmlNode* c = n; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Named(c, "unit")) {
      Collect(c->children, Prop(c, "id"), langs, out, DraftNote(c));
    } else if (Named(c, "segment") || Named(c, "trans-unit")) {
      XliffSegment s;
      s.unit_id = Named(c, "trans-unit") ? Prop(c, "id") : unit_id;
      s.line = xmlGetLineNo(c);
      xmlNode* source = Child(c, "source");
      xmlNode* target = Child(c, "target");
      if (source != nullptr) s.source = Content(source);
      if (target != nullptr) s.target = Content(target);
      s.source_lang = langs.source;
      s.target_lang = langs.target;
      s.lang_line = langs.line;
      s.state = Prop(c, "state");
      if (s.state.empty() && target != nullptr) s.state = Prop(target, "state");
      s.draft = draft;
      out.push_back(std::move(s));
    } else if (c->ns == nullptr || xmlStrcmp(c->ns->href, reinterpret_cast<const xmlChar*>(
                                                              "urn:oasis:names:tc:xliff:document:2.0")) == 0 ||
               xmlStrcmp(c->ns->href, reinterpret_cast<const xmlChar*>("urn:oasis:names:tc:xliff:document:1.2")) ==
                   0) {
      // file, group, body; not module elements
      Collect(c->children, unit_id,
              Named(c, "file") ? Declared(c, "source-language", "target-language", langs) : langs,
              out);
    }
  }
}

// "vi" accepts "vi", "VI", "vi-VN"; "en-GB" accepts only "en-GB" (any case).
bool LanguageMatches(const std::string& declared, const std::string& wanted) {
  if (declared.size() < wanted.size()) return false;
  for (size_t i = 0; i < wanted.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(declared[i])) !=
        std::tolower(static_cast<unsigned char>(wanted[i])))
      return false;
  }
  return declared.size() == wanted.size() || declared[wanted.size()] == '-' ||
         declared[wanted.size()] == '_';
}

}  // namespace

std::vector<XliffSegment> ReadXliff(std::string_view bytes, const std::string& name) {
  XmlDocPtr doc = ParseXml(bytes, name);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  SONGNGU_THROW_IF(root == nullptr || !Named(root, "xliff"),
                   FormatLine(name, root != nullptr ? xmlGetLineNo(root) : 1, "the root element is not <xliff>"));
  std::vector<XliffSegment> out;
  Collect(root->children, "", Declared(root, "srcLang", "trgLang", Languages()), out);
  return out;
}

ImportReport ImportXliff(TmStore& store, const std::string& path, const ImportOptions& options) {
  std::string bytes = ReadFile(path);
  std::vector<XliffSegment> segments = ReadXliff(bytes, path);
  ImportReport report;
  std::vector<UnitInput> units;
  for (const XliffSegment& s : segments) {
    bool source_ok = s.source_lang.empty() || LanguageMatches(s.source_lang, options.source_lang);
    bool target_ok = s.target_lang.empty() || LanguageMatches(s.target_lang, options.target_lang);
    if (!source_ok || !target_ok) {
      auto shown = [](const std::string& l) { return l.empty() ? std::string("(none)") : l; };
      throw Error(FormatLine(path, s.lang_line,
                             "XLIFF languages " + shown(s.source_lang) + "->" +
                                 shown(s.target_lang) + ", expected " + options.source_lang + "->" +
                                 options.target_lang +
                                 " (tm import --lang SRC,TRG accepts others); nothing imported"));
    }
    ++report.records;
    // Not translated yet: no target, or still the draft `suggest --format xliff`
    // filled in (state "initial", unchanged): nobody has post-edited it.
    if (s.target.empty() || (s.state == "initial" && !s.draft.empty() && s.target == s.draft)) {
      ++report.untranslated;
      continue;
    }
    if (s.source.empty()) {
      report.skipped.push_back({s.line, "target without a source"});
      continue;
    }
    UnitInput u;
    u.vi = s.source;
    u.en = s.target;
    u.external_id = s.unit_id;
    u.origin = Origin::kTranslated;
    u.review = Review::kAccepted;
    units.push_back(std::move(u));
  }
  if (options.strict && !report.skipped.empty()) {
    throw Error(FormatLine(path, report.skipped.front().line, report.skipped.front().reason));
  }
  TmStore::Transaction txn(store);
  report.batch = store.BeginBatch("import", "xliff " + path);
  for (const AddResult& r : store.AddUnits(units, report.batch)) {
    (r.merged ? report.merged : report.added) += 1;
  }
  txn.Commit();
  if (options.progress) options.progress(static_cast<int64_t>(bytes.size()), static_cast<int64_t>(bytes.size()));
  return report;
}

}  // namespace songngu
