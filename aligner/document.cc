#include "aligner/document.h"

namespace songngu {

const char* SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kHeadline: return "headline";
    case SegmentKind::kCaption: return "caption";
    case SegmentKind::kBody: break;
  }
  return "body";
}

std::string JoinSentences(const Document& doc, const std::vector<int>& indices) {
  std::string out;
  for (int i : indices) {
    if (!out.empty()) out += ' ';
    out += doc.sentences.at(i).text;
  }
  return out;
}

}  // namespace songngu
