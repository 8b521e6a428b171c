/* jtext.h - compact JSON text written straight into one growing buffer, byte for byte
 * what jansson's json_dumps(v, JSON_COMPACT) writes for the same values (its escapes, its
 * real format). The engine writes its records with it (px_extract_text) and
 * producers/jsonw.c serializes jansson trees with it: one writer for both. */
#ifndef PARLEY_JTEXT_H
#define PARLEY_JTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct jtext {
    char *b;     /* n bytes, and room for a NUL (jtext_cstr); the caller frees it */
    size_t n, cap;
    bool bad;    /* out of memory or a value JSON cannot hold: the text is not usable */
} jtext;

bool jtext_grow(jtext *w, size_t need); /* room for need more bytes and a NUL */

/* raw bytes */
static inline void jtext_put(jtext *w, const char *s, size_t n)
{
    if (w->n + n < w->cap || jtext_grow(w, n)) {
        memcpy(w->b + w->n, s, n);
        w->n += n;
    }
}

static inline void jtext_putc(jtext *w, char c)
{
    if (w->n + 1 < w->cap || jtext_grow(w, 1))
        w->b[w->n++] = c;
}

/* The text NUL-terminated, or NULL when bad. */
const char *jtext_cstr(jtext *w);
void jtext_string(jtext *w, const char *s, size_t n); /* a JSON string of n bytes of UTF-8 */
void jtext_int(jtext *w, long long v);
/* The shortest text that reads back as d (0.9, not %.17g's 0.90000000000000002), in
 * jansson's notation ("1.0", "1e21"); NaN and infinities set bad. */
void jtext_real(jtext *w, double d);

/* What jtext_real writes for the double n / 10^scale (scale 0..9), without formatting
 * and reading back a double: that text is the decimal n x 10^-scale itself whenever it
 * has at most 15 significant digits and %g would not write an exponent (the quotient of
 * two exact doubles is the double nearest that decimal); other values go to jtext_real.
 * For coordinates kept as integer micro-degrees. */
void jtext_decimal(jtext *w, long long n, int scale);

/* The decimal text of v written to buf, which has room for JTEXT_INT_MAX bytes (no NUL
 * is added); returns its length. What printf's %lld writes, without printf's cost. */
#define JTEXT_INT_MAX 20
size_t jtext_int_fmt(char *buf, long long v);

#endif
