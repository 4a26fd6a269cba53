// Review of aligned pairs as a person does it (the workbench's review panel):
// a filtered queue, newest first, with each link's two documents and its
// neighbouring links as context; bulk accept; an audit log of every review
// and glossary change that also lets the last action be undone.
//
// Context: the TM keeps no document text, only the links stored from it, in
// document order (StoreAlignment adds them in link order, one batch per
// document pair). The sentence before and after a link is therefore the
// neighbouring link of the same batch and documents: a sentence the aligner
// left unlinked is not shown.
#ifndef SONGNGU_TM_REVIEW_H_
#define SONGNGU_TM_REVIEW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tm/glossary.h"
#include "tm/store.h"

namespace songngu {

struct ReviewQuery {
  std::optional<Review> review = Review::kUnreviewed;  // nullopt = every status
  int64_t batch = 0;                                   // only this batch's units; 0 = any
  int64_t document = 0;             // only units linked to this document (either side); 0 = any
  std::optional<double> min_score;  // alignment score >= this (unscored units are left out)
  std::optional<double> max_score;  // score < this
  bool newest_first = true;         // the pairs just aligned are the ones to judge
  int64_t cursor = 0;               // next page: ids below it (newest first) or above it; 0 = start
  size_t limit = 50;
};

struct DocumentInfo {
  int64_t id = 0;
  int64_t batch = 0;
  std::string lang, name, title, date, url;
};

// A unit in the queue with what a person needs to judge it.
struct ReviewItem {
  Unit unit;
  std::optional<DocumentInfo> vi_doc, en_doc;
  std::optional<Unit> before, after;  // neighbouring links of the same batch and documents
};

std::vector<ReviewItem> ReviewQueue(TmStore& store, const ReviewQuery& query);
// Units the query selects, all pages (limit and cursor ignored), counted up
// to `cap` (0 = all): a count reads every matching row, and "10000+" tells a
// person as much as the exact number of a huge queue.
int64_t CountReviewQueue(TmStore& store, const ReviewQuery& query, int64_t cap = 0);
std::optional<DocumentInfo> GetDocument(TmStore& store, int64_t id);
// The newest documents (for the page's document filter), newest first.
std::vector<DocumentInfo> RecentDocuments(TmStore& store, size_t limit);

// One unit's review status before and after an action. `before` is empty
// for a unit the action created (an edit's new pair).
struct AuditChange {
  int64_t unit = 0;
  std::string before, after;
};

struct AuditEntry {
  int64_t id = 0;
  std::string at, who, action;  // action: accept, reject, edit, bulk_accept, undo, glossary_*
  std::string detail;           // JSON object text
  bool undone = false;
  std::vector<AuditChange> changes;
};

// Sets the units' review status and records one audit entry, in one
// transaction; returns the entry's id. Units already in that state are left
// out of the entry (so undo does not touch them); unknown ids throw.
int64_t ReviewUnits(TmStore& store, const std::vector<int64_t>& ids, Review review,
                    std::string_view action, std::string_view who, std::string_view detail = "{}");

// Accepts every unreviewed unit of `batch` with score >= min_score; one audit
// entry. Returns (entry id or 0 when nothing qualified, units accepted).
std::pair<int64_t, int64_t> BulkAccept(TmStore& store, int64_t batch, double min_score,
                                       std::string_view who);

// Records an entry for changes the caller has already made (inside its transaction).
int64_t RecordAudit(TmStore& store, std::string_view action, std::string_view who,
                    std::string_view detail, const std::vector<AuditChange>& changes);

std::vector<AuditEntry> AuditLog(TmStore& store, size_t limit);
std::optional<AuditEntry> GetAudit(TmStore& store, int64_t id);

// Reverts entry `id`: each unit back to its status before (a unit the action
// created is rejected), the entry marked undone, an "undo" entry recorded; in
// one transaction. Throws songngu::Error when the entry is unknown, already
// undone, a glossary change, or when a unit has been changed since by a later
// action (its status is no longer the one the entry set).
AuditEntry UndoAudit(TmStore& store, int64_t id, std::string_view who);

// Marks a glossary rendering "preferred", "deprecated" or "" (neither) in
// the TM's glossary, adding the entry there when it is only in the shipped
// default; one audit entry ("glossary_status"). Returns the audit id.
int64_t SetGlossaryStatus(TmStore& store, const GlossaryEntry& entry, std::string_view status,
                          std::string_view who);

}  // namespace songngu

#endif  // SONGNGU_TM_REVIEW_H_
