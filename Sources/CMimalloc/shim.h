#ifndef TARGETLEDGER_CMIMALLOC_SHIM_H
#define TARGETLEDGER_CMIMALLOC_SHIM_H
/* Only the version call: linking the library is what replaces malloc (Debian's libmimalloc.so
   is the overriding build), and the executable calls mi_version so that the linker keeps it. */
#include <mimalloc.h>
#endif
