#include <sqlite3.h>
#include "CSQLiteTuning.h"

// sqlite3_config is variadic, which Swift cannot call: this wrapper fixes its arguments.
int slant_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// The WAL hook: runs on the committing connection's thread, after each commit.
static int slant_record_wal_frames(void *context, sqlite3 *db, const char *name, int frames) {
    (void)db;
    (void)name;
    *(int *)context = frames;
    return SQLITE_OK;
}

void slant_sqlite_track_wal_frames(void *connection, int *frames) {
    sqlite3_wal_hook((sqlite3 *)connection, slant_record_wal_frames, frames);
}
