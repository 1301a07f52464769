/* TargetLedger's door to ICU. Only <stdint.h> types cross it, so that no ICU header is ever
   visible to Swift (Foundation ships its own ICU and the two sets of enums clash). Every
   function returns an int32_t status: 0 for success, otherwise ICU's UErrorCode (> 0). */
#ifndef TARGETLEDGER_CICUSHIM_H
#define TARGETLEDGER_CICUSHIM_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- charset conversion ------------------------------------------------------------ */

/* Decodes `len` bytes in `charset` to UTF-16. Invalid or unmappable bytes become U+FFFD and
   are counted in *substitutions. Call with out == NULL to learn the needed capacity in
   *outLen (status 15, U_BUFFER_OVERFLOW_ERROR, is then normal). */
int32_t tl_decode(const char *charset, const uint8_t *bytes, int32_t len,
                  uint16_t *out, int32_t outCap, int32_t *outLen, int32_t *substitutions);

/* Encodes UTF-16 into `charset` (used to build GBK test fixtures and benchmark corpora). */
int32_t tl_encode(const char *charset, const uint16_t *text, int32_t len,
                  uint8_t *out, int32_t outCap, int32_t *outLen);

/* ICU's charset detector: writes the best guess (NUL-terminated) and its confidence 0-100. */
int32_t tl_detect_charset(const uint8_t *bytes, int32_t len, const char *declared,
                          char *nameOut, int32_t nameCap, int32_t *confidence);

/* ---- normalisation ----------------------------------------------------------------- */

/* NFKC of one code point; writes up to `cap` code points, returns how many (or -status). */
int32_t tl_nfkc_codepoint(uint32_t codepoint, uint32_t *out, int32_t cap);

/* ---- transliteration ----------------------------------------------------------------- */

/* Runs ICU's transliterator `id` (e.g. "Hant-Hans") over UTF-16 `text` into `out`. Call with
   out == NULL to learn the needed capacity in *outLen (status 15 is then normal). */
int32_t tl_transliterate(const char *id, const uint16_t *text, int32_t len,
                         uint16_t *out, int32_t outCap, int32_t *outLen);

/* ---- word segmentation --------------------------------------------------------------- */

/* An opaque word-break iterator for `locale` (e.g. "zh"). One per thread: not shareable. */
int32_t tl_wordbreak_open(const char *locale, void **handle);
void tl_wordbreak_close(void *handle);
/* Writes the boundaries (UTF-16 offsets, 0 and len included) of `text`; returns the count
   in *count. If more than `cap`, *count is the needed size and status is 15. */
int32_t tl_wordbreak_boundaries(void *handle, const uint16_t *text, int32_t len,
                                int32_t *out, int32_t cap, int32_t *count);

/* ---- regular expressions ----------------------------------------------------------- */

/* Compiles a UTF-16 pattern. On error, *errLine / *errOffset locate it in the pattern. */
int32_t tl_regex_open(const uint16_t *pattern, int32_t len, uint32_t flags, void **handle,
                      int32_t *errLine, int32_t *errOffset);
/* A clone shares the compiled pattern but has its own match state: one per thread. */
int32_t tl_regex_clone(void *handle, void **clone);
void tl_regex_close(void *handle);
int32_t tl_regex_group_count(void *handle, int32_t *count);
/* Sets the text to search; the caller keeps `text` alive until the next set_text/close. */
int32_t tl_regex_set_text(void *handle, const uint16_t *text, int32_t len);
/* Searches from UTF-16 offset `from` (-1: continue after the last match). *found is 0/1. */
int32_t tl_regex_find(void *handle, int32_t from, int32_t *found);
/* Start and end (UTF-16 offsets) of group `group` of the last match; -1 when it did not take part. */
int32_t tl_regex_group(void *handle, int32_t group, int32_t *start, int32_t *end);
/* Limits the following tl_regex_find(handle, -1, …) calls to [start, end) of the text. */
int32_t tl_regex_set_region(void *handle, int32_t start, int32_t end);
/* 1 when the pattern matches the whole region [start, end) of the text. */
int32_t tl_regex_matches_region(void *handle, int32_t start, int32_t end, int32_t *matched);
int32_t tl_regex_looking_at(void *handle, int32_t start, int32_t *matched);

/* A readable name for a status code. */
const char *tl_error_name(int32_t status);

#ifdef __cplusplus
}
#endif
#endif
