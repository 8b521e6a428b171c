/* jtext.c - compact JSON text primitives (see jtext.h). Strings are copied in runs
 * between the bytes that need an escape; callers pass UTF-8 that is already valid. */
#include "jtext.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool jtext_grow(jtext *w, size_t need)
{
    if (w->bad)
        return false;
    if (w->n + need + 1 <= w->cap)
        return true;
    size_t cap = w->cap ? w->cap : 512;
    while (cap < w->n + need + 1)
        cap *= 2;
    char *nb = realloc(w->b, cap);
    if (!nb) {
        w->bad = true;
        return false;
    }
    w->b = nb;
    w->cap = cap;
    return true;
}

const char *jtext_cstr(jtext *w)
{
    if (!jtext_grow(w, 0))
        return NULL;
    w->b[w->n] = '\0';
    return w->b;
}

/* 1 for the bytes JSON requires escaped: control characters, '"' and '\\'. */
static const unsigned char needs_escape[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* Whether any of the 8 bytes of x needs an escape: one below 0x20, '"' or '\\' (the
 * bit tricks of "Bit Twiddling Hacks": a borrow into a byte's high bit that the byte's own
 * high bit does not explain). */
static inline bool special8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
}

void jtext_string(jtext *w, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF"; /* jansson writes \u001F, upper case */
    const unsigned char *p = (const unsigned char *)s, *end = p + len, *run = p;
    /* a short string with room for it (most of a record's: codes, names, roles) is copied
     * as it is checked, without a call; one that needs an escape starts again below */
    if (len <= 64 && w->n + len + 2 < w->cap) {
        char *o = w->b + w->n + 1;
        size_t k = 0;
        uint64_t x;
        while (len - k >= 8 && (memcpy(&x, p + k, 8), !special8(x))) {
            memcpy(o + k, &x, 8);
            k += 8;
        }
        while (k < len && !needs_escape[p[k]]) {
            o[k] = (char)p[k];
            k++;
        }
        if (k == len) {
            o[-1] = '"';
            o[len] = '"';
            w->n += len + 2;
            return;
        }
    }
    jtext_putc(w, '"');
    for (;;) {
        /* eight bytes at a time past the plain ones (most strings have no escape) */
        while (end - p >= 8) {
            uint64_t x;
            memcpy(&x, p, 8);
            if (special8(x))
                break;
            p += 8;
        }
        while (p < end && !needs_escape[*p])
            p++;
        if (p == end)
            break;
        jtext_put(w, (const char *)run, (size_t)(p - run));
        char e[6] = {'\\', 0, 0, 0, 0, 0};
        size_t en = 2;
        switch (*p) {
        case '"': e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        case '\b': e[1] = 'b'; break;
        case '\f': e[1] = 'f'; break;
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        default:
            memcpy(e + 1, "u00", 3);
            e[4] = hex[*p >> 4];
            e[5] = hex[*p & 15];
            en = 6;
        }
        jtext_put(w, e, en);
        run = ++p;
    }
    jtext_put(w, (const char *)run, (size_t)(p - run));
    jtext_putc(w, '"');
}

/* The shortest of %.15g, %.16g and %.17g that reads back as the same double (0.9, not
 * the 0.90000000000000002 jansson's %.17g writes), a ".0" when that looks like an
 * integer, and exponents without '+' or leading zeros, as jansson writes them. Returns
 * the length written to b (64 bytes), 0 on error. */
static size_t format_real(char b[64], double d)
{
    int n = 0;
    for (int prec = 15; prec <= 17; prec++) {
        n = snprintf(b, 64 - 3, "%.*g", prec, d);
        if (n <= 0 || n >= 64 - 3)
            return 0;
        if (prec == 17 || strtod(b, NULL) == d) /* the same locale both ways */
            break;
    }
    for (int i = 0; i < n; i++)
        if (b[i] == ',')
            b[i] = '.'; /* a locale's decimal comma */
    if (!memchr(b, '.', (size_t)n) && !memchr(b, 'e', (size_t)n)) {
        b[n++] = '.';
        b[n++] = '0';
        b[n] = '\0';
    }
    char *e = memchr(b, 'e', (size_t)n);
    if (e) {
        char *start = e + 1, *p = start + 1;
        if (*start == '-')
            start++;
        while (*p == '0')
            p++;
        if (p != start) {
            memmove(start, p, (size_t)(b + n - p) + 1);
            n -= (int)(p - start);
        }
    }
    return (size_t)n;
}

/* glibc's exact %.17g was 2 % of a worker's time at 1,000 articles/s, and records repeat
 * a few hundred reals (gazetteer coordinates, confidences): each thread keeps the text of
 * the last value seen in each of 256 slots, chosen by the value's bits (12 KB of TLS per
 * thread, which every thread of the process gets: keep it small). */
#define REAL_MEMO 256
typedef struct real_memo {
    uint64_t bits;
    uint8_t len; /* 0: empty */
    char text[32];
} real_memo;
static _Thread_local real_memo real_memos[REAL_MEMO];

void jtext_real(jtext *w, double d)
{
    if (!isfinite(d)) {
        w->bad = true;
        return;
    }
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    real_memo *m = &real_memos[(bits * UINT64_C(0x9E3779B97F4A7C15)) >> 56];
    if (m->len && m->bits == bits) {
        jtext_put(w, m->text, m->len);
        return;
    }
    char b[64];
    size_t n = format_real(b, d);
    if (!n) {
        w->bad = true;
        return;
    }
    if (n <= sizeof m->text) {
        memcpy(m->text, b, n);
        m->len = (uint8_t)n;
        m->bits = bits;
    }
    jtext_put(w, b, n);
}

void jtext_decimal(jtext *w, long long n, int scale)
{
    static const long long p10[] = {1,         10,         100,        1000,      10000,
                                    100000,    1000000,    10000000,   100000000, 1000000000};
    static const double d10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (scale < 0 || scale > 9) {
        w->bad = true;
        return;
    }
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    /* %g's fixed notation needs |v| >= 1e-4; 15 digits at most (below 10^15) */
    unsigned long long low = scale >= 4 ? (unsigned long long)p10[scale - 4] : 1;
    if (u == 0 || u < low || u >= 1000000000000000ULL) {
        jtext_real(w, (double)n / d10[scale]);
        return;
    }
    char b[48];
    size_t k = 0;
    if (n < 0)
        b[k++] = '-';
    unsigned long long ip = u / (unsigned long long)p10[scale];
    unsigned long long fp = u % (unsigned long long)p10[scale];
    k += jtext_int_fmt(b + k, (long long)ip);
    b[k++] = '.';
    if (fp == 0) {
        b[k++] = '0'; /* jansson's "1.0" */
    } else {
        int digits = scale;
        while (fp % 10 == 0) { /* %g drops trailing zeros */
            fp /= 10;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--) {
            b[k + (size_t)i] = (char)('0' + fp % 10);
            fp /= 10;
        }
        k += (size_t)digits;
    }
    jtext_put(w, b, k);
}

size_t jtext_int_fmt(char *buf, long long v)
{
    char t[JTEXT_INT_MAX];
    size_t n = 0;
    /* in unsigned arithmetic, so that LLONG_MIN negates */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        t[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t len = 0;
    if (v < 0)
        buf[len++] = '-';
    while (n)
        buf[len++] = t[--n];
    return len;
}

void jtext_int(jtext *w, long long v)
{
    char b[JTEXT_INT_MAX];
    jtext_put(w, b, jtext_int_fmt(b, v));
}
