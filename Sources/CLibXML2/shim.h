// libxml2 is built with ICU support on Debian, so its encoding header pulls in the system ICU
// headers, whose types clash with the ICU copy inside Swift's Foundation ("'UErrorCode' has
// different definitions in different modules"). Slant never touches libxml2's ICU converters
// (they are the last members of xmlCharEncodingHandler, so the layout we use is unchanged),
// so the header is read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
