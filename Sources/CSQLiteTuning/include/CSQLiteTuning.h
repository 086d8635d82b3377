#ifndef CSQLITETUNING_H
#define CSQLITETUNING_H

/// Turns off SQLite's memory-usage statistics for the whole process. With them on, every
/// allocation and free inside SQLite takes a global mutex; bulk inserts make hundreds of
/// thousands of them. Must run before SQLite is initialised (before the first connection is
/// opened); afterwards it changes nothing and returns SQLITE_MISUSE. Returns SQLite's result code.
int slant_sqlite_disable_memstatus(void);

#endif
