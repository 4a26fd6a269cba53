// For code under tm/ that keeps its own tables in the TM file (glossary,
// XLIFF state, ...): the store's connection. Add the tables as a migration
// step in store.cc (kMigrations), write inside TmStore::Transaction, and keep
// SQL under tm/. Internal to songngu_tm: code outside tm/ must not include it.
#ifndef SONGNGU_TM_STORE_INTERNAL_H_
#define SONGNGU_TM_STORE_INTERNAL_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include "tm/store.h"

namespace songngu::internal {

SQLite::Database& Database(TmStore& store);

}  // namespace songngu::internal

#endif  // SONGNGU_TM_STORE_INTERNAL_H_
