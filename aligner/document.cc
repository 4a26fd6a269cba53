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

}  // namespace songngu
