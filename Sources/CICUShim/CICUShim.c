/* The only file of TargetLedger that includes ICU. Debian's ICU renames every symbol
   (ucnv_open -> ucnv_open_72); including the headers here lets the C preprocessor see
   through that, which Swift cannot. */
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

/* ---- conversion with counted substitutions ---- */

typedef struct {
    int32_t count;
} tl_sub_counter;

static void U_CALLCONV tl_count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                              const char *codeUnits, int32_t length,
                                              UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
        ((tl_sub_counter *)context)->count += 1;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t tl_decode(const char *charset, const uint8_t *bytes, int32_t len, uint16_t *out,
                  int32_t outCap, int32_t *outLen, int32_t *substitutions) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return status;
    tl_sub_counter counter = {0};
    UConverterToUCallback oldAction;
    const void *oldContext;
    ucnv_setToUCallBack(cnv, tl_count_and_substitute, &counter, &oldAction, &oldContext, &status);
    if (U_FAILURE(status)) { ucnv_close(cnv); return status; }
    int32_t n = ucnv_toUChars(cnv, (UChar *)out, outCap, (const char *)bytes, len, &status);
    ucnv_close(cnv);
    if (outLen) *outLen = n;
    if (substitutions) *substitutions = counter.count;
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return status > 0 ? status : 0;
}

int32_t tl_encode(const char *charset, const uint16_t *text, int32_t len, uint8_t *out,
                  int32_t outCap, int32_t *outLen) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return status;
    int32_t n = ucnv_fromUChars(cnv, (char *)out, outCap, (const UChar *)text, len, &status);
    ucnv_close(cnv);
    if (outLen) *outLen = n;
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return status > 0 ? status : 0;
}

int32_t tl_detect_charset(const uint8_t *bytes, int32_t len, const char *declared, char *nameOut,
                          int32_t nameCap, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return status;
    ucsdet_setText(det, (const char *)bytes, len, &status);
    if (declared && declared[0]) ucsdet_setDeclaredEncoding(det, declared, -1, &status);
    const UCharsetMatch *match = ucsdet_detect(det, &status);
    if (U_FAILURE(status) || match == NULL) {
        ucsdet_close(det);
        return U_FAILURE(status) ? status : U_INVALID_CHAR_FOUND;
    }
    const char *name = ucsdet_getName(match, &status);
    int32_t conf = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && name) {
        strncpy(nameOut, name, (size_t)nameCap - 1);
        nameOut[nameCap - 1] = 0;
        if (confidence) *confidence = conf;
    }
    ucsdet_close(det);
    return U_FAILURE(status) ? status : 0;
}

/* ---- normalisation ---- */

int32_t tl_nfkc_codepoint(uint32_t codepoint, uint32_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -status;
    UChar src[2];
    int32_t srcLen = 0;
    U16_APPEND_UNSAFE(src, srcLen, codepoint);
    UChar dst[32];
    int32_t n = unorm2_normalize(nfkc, src, srcLen, dst, 32, &status);
    if (U_FAILURE(status)) return -status;
    int32_t written = 0;
    for (int32_t i = 0; i < n && written < cap;) {
        UChar32 c;
        U16_NEXT(dst, i, n, c);
        out[written++] = (uint32_t)c;
    }
    return written;
}

/* ---- word break ---- */

int32_t tl_wordbreak_open(const char *locale, void **handle) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return status;
    *handle = bi;
    return 0;
}

void tl_wordbreak_close(void *handle) {
    if (handle) ubrk_close((UBreakIterator *)handle);
}

int32_t tl_wordbreak_boundaries(void *handle, const uint16_t *text, int32_t len, int32_t *out,
                                int32_t cap, int32_t *count) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = (UBreakIterator *)handle;
    ubrk_setText(bi, (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return status;
    int32_t n = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (n < cap) out[n] = b;
        n++;
    }
    *count = n;
    return n > cap ? U_BUFFER_OVERFLOW_ERROR : 0;
}

/* ---- regex ---- */

int32_t tl_regex_open(const uint16_t *pattern, int32_t len, uint32_t flags, void **handle,
                      int32_t *errLine, int32_t *errOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    URegularExpression *re = uregex_open((const UChar *)pattern, len, flags, &pe, &status);
    if (U_FAILURE(status)) {
        if (errLine) *errLine = pe.line;
        if (errOffset) *errOffset = pe.offset;
        return status;
    }
    *handle = re;
    return 0;
}

int32_t tl_regex_clone(void *handle, void **clone) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *c = uregex_clone((const URegularExpression *)handle, &status);
    if (U_FAILURE(status)) return status;
    *clone = c;
    return 0;
}

void tl_regex_close(void *handle) {
    if (handle) uregex_close((URegularExpression *)handle);
}

int32_t tl_regex_group_count(void *handle, int32_t *count) {
    UErrorCode status = U_ZERO_ERROR;
    *count = uregex_groupCount((URegularExpression *)handle, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_set_text(void *handle, const uint16_t *text, int32_t len) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    uregex_setText((URegularExpression *)handle, len > 0 ? (const UChar *)text : empty, len,
                   &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_find(void *handle, int32_t from, int32_t *found) {
    UErrorCode status = U_ZERO_ERROR;
    UBool ok = from < 0 ? uregex_findNext((URegularExpression *)handle, &status)
                        : uregex_find((URegularExpression *)handle, from, &status);
    *found = ok ? 1 : 0;
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_group(void *handle, int32_t group, int32_t *start, int32_t *end) {
    UErrorCode status = U_ZERO_ERROR;
    *start = uregex_start((URegularExpression *)handle, group, &status);
    *end = uregex_end((URegularExpression *)handle, group, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_set_region(void *handle, int32_t start, int32_t end) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setRegion((URegularExpression *)handle, start, end, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_matches_region(void *handle, int32_t start, int32_t end, int32_t *matched) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)handle;
    uregex_setRegion(re, start, end, &status);
    UBool ok = uregex_matches(re, -1, &status);
    *matched = ok ? 1 : 0;
    return U_FAILURE(status) ? status : 0;
}

int32_t tl_regex_looking_at(void *handle, int32_t start, int32_t *matched) {
    UErrorCode status = U_ZERO_ERROR;
    UBool ok = uregex_lookingAt((URegularExpression *)handle, start, &status);
    *matched = ok ? 1 : 0;
    return U_FAILURE(status) ? status : 0;
}

const char *tl_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

/* ---- transliteration ---- */

int32_t tl_transliterate(const char *id, const uint16_t *text, int32_t len, uint16_t *out,
                         int32_t outCap, int32_t *outLen) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[64];
    u_uastrncpy(uid, id, 63);
    uid[63] = 0;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return status;
    /* utrans works in place in a buffer of `cap` units: copy the text in, then transform. */
    int32_t cap = len * 2 + 16;
    UChar *buf = (UChar *)malloc(sizeof(UChar) * (size_t)cap);
    if (!buf) { utrans_close(t); return U_MEMORY_ALLOCATION_ERROR; }
    memcpy(buf, text, sizeof(UChar) * (size_t)len);
    int32_t textLength = len;
    int32_t limit = len;
    utrans_transUChars(t, buf, &textLength, cap, 0, &limit, &status);
    utrans_close(t);
    if (U_FAILURE(status)) { free(buf); return status; }
    *outLen = textLength;
    if (out == NULL || outCap < textLength) { free(buf); return U_BUFFER_OVERFLOW_ERROR; }
    memcpy(out, buf, sizeof(UChar) * (size_t)textLength);
    free(buf);
    return 0;
}
