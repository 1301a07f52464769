#ifndef TARGETLEDGER_CLIBXML2_SHIM_H
#define TARGETLEDGER_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and encoding.h then includes ICU's own headers, whose enums
   clash with the ICU that Foundation ships in any Swift module that sees both (a clean build
   fails; an incremental one may hide it). TargetLedger never touches the ICU-only fields at the
   tail of xmlCharEncodingHandler, so they are hidden from Swift. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
