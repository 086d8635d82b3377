#include <sqlite3.h>
#include "CSQLiteTuning.h"

// sqlite3_config is variadic, which Swift cannot call: this wrapper fixes its arguments.
int slant_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
