/* Intentionally empty: this module exists for ICU's pkg-config flags and link line.
   Swift must never see an ICU header (its enums clash with Foundation's own ICU). */
#ifndef TARGETLEDGER_CICU_SHIM_H
#define TARGETLEDGER_CICU_SHIM_H
#endif
