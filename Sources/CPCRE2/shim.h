// Bridges libpcre2-8 into Swift.
//
// PCRE2 chooses its code-unit width with a macro and spells every function and type
// through token-pasting macros, neither of which Swift can import. This header fixes
// the width at 8 bits and re-exports the handful of values that are macro expressions.
#ifndef CANDOUR_CPCRE2_SHIM_H
#define CANDOUR_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/// `PCRE2_ZERO_TERMINATED`: the pattern length that means "up to the NUL".
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
/// `PCRE2_UNSET`: the ovector value of a group that did not take part in the match.
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }

#endif
