#ifndef CSQLITETUNING_H
#define CSQLITETUNING_H

/// Turns off SQLite's memory-usage statistics for the whole process. With them on, every
/// allocation and free inside SQLite takes a global mutex; bulk inserts make hundreds of
/// thousands of them. Must run before SQLite is initialised (before the first connection is
/// opened); afterwards it changes nothing and returns SQLITE_MISUSE. Returns SQLite's result code.
int slant_sqlite_disable_memstatus(void);

/// Has the connection (a `sqlite3 *`) store the number of frames in its WAL into `*frames`
/// after each commit, through `sqlite3_wal_hook`. The hook replaces SQLite's automatic
/// checkpoint on that connection (which is itself a WAL hook): the connection no longer
/// checkpoints after its commits until `PRAGMA wal_autocheckpoint = N` installs SQLite's hook
/// again. `frames` must stay valid until then.
void slant_sqlite_track_wal_frames(void *connection, int *frames);

#endif
