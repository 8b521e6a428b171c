/* article_scan.c - the strict one-pass JSON object scan behind article_scan.h. jansson
 * reads a message one character at a time through a callback and builds a tree of all of
 * it (~130 instructions a byte for a 3 KB article); this skips plain string bytes eight at
 * a time and keeps only the members asked for. What it accepts is a subset of jansson's
 * grammar (RFC 8259 with duplicate keys refused and \u0000 allowed in values):
 *   - a key holds no escape (so raw bytes are the key jansson compares);
 *   - an integer has at most 18 digits, a real at most 32 characters and a 2-digit
 *     exponent (jansson refuses integers beyond 64 bits and reals beyond a double);
 *   - nesting at most SCAN_DEPTH, at most SCAN_KEYS keys in an object;
 * and -1 for everything else, which jansson then decodes or refuses with its message.
 * tests/fuzz/fuzz_article.c checks that both give the same article for any bytes. */
#include "article_scan.h"

#include <stdint.h>
#include <string.h>

#define SCAN_DEPTH 16
#define SCAN_KEYS 64

typedef struct {
    const unsigned char *p, *end;
} cur;

static void skip_ws(cur *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\n' || *c->p == '\r' || *c->p == '\t'))
        c->p++;
}

/* Per byte of x: the high bit set for '"', '\\' and control characters (< 0x20). */
static uint64_t special8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    uint64_t zq = (q - ones) & ~q, zb = (b - ones) & ~b, lt = (x - ones * 0x20) & ~x;
    return (zq | zb | lt) & high;
}

static int hex4(const unsigned char *p, unsigned *v)
{
    unsigned r = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char h = p[k];
        unsigned d;
        if (h >= '0' && h <= '9')
            d = (unsigned)(h - '0');
        else if (h >= 'a' && h <= 'f')
            d = (unsigned)(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F')
            d = (unsigned)(h - 'A' + 10);
        else
            return -1;
        r = r << 4 | d;
    }
    *v = r;
    return 0;
}

static size_t put_utf8(unsigned cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A string at c->p (its opening quote). With out set, its decoded bytes go there and
 * *outlen gets their count; key set refuses escapes. 0, or -1 (bad or not decided). */
static int scan_string(cur *c, char *out, size_t *outlen, int key)
{
    const unsigned char *p = c->p + 1, *end = c->end;
    size_t n = 0;
    for (;;) {
        const unsigned char *run = p;
        while (end - p >= 8) {
            uint64_t x;
            memcpy(&x, p, 8);
            if (special8(x))
                break;
            p += 8;
        }
        while (p < end && *p != '"' && *p != '\\' && *p >= 0x20)
            p++;
        if (out && p > run) {
            memcpy(out + n, run, (size_t)(p - run));
            n += (size_t)(p - run);
        }
        if (p >= end || *p < 0x20)
            return -1;
        if (*p == '"')
            break;
        /* an escape */
        if (key || end - p < 2)
            return -1;
        unsigned char e = p[1];
        char ch;
        switch (e) {
        case '"': ch = '"'; break;
        case '\\': ch = '\\'; break;
        case '/': ch = '/'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'u': {
            unsigned v, v2;
            if (end - p < 6 || hex4(p + 2, &v) != 0)
                return -1;
            p += 6;
            if (v >= 0xDC00 && v <= 0xDFFF)
                return -1; /* a lone low surrogate */
            if (v >= 0xD800 && v <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &v2) != 0 ||
                    v2 < 0xDC00 || v2 > 0xDFFF)
                    return -1;
                p += 6;
                v = 0x10000 + ((v - 0xD800) << 10) + (v2 - 0xDC00);
            }
            if (out)
                n += put_utf8(v, out + n);
            continue;
        }
        default:
            return -1;
        }
        if (out)
            out[n++] = ch;
        p += 2;
    }
    if (out)
        *outlen = n;
    c->p = p + 1;
    return 0;
}

/* A number; *is_int and *iv for an integer. */
static int scan_number(cur *c, int *is_int, long long *iv)
{
    const unsigned char *p = c->p, *end = c->end, *start = p;
    int neg = 0;
    if (p < end && *p == '-') {
        neg = 1;
        p++;
    }
    const unsigned char *digits = p;
    if (p < end && *p == '0') {
        p++;
    } else if (p < end && *p >= '1' && *p <= '9') {
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    } else {
        return -1;
    }
    size_t nd = (size_t)(p - digits);
    *is_int = 1;
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9')
            return -1;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        *is_int = 0;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        const unsigned char *ed = p;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        if (p == ed || p - ed > 2)
            return -1;
        *is_int = 0;
    }
    if (*is_int) {
        if (nd > 18)
            return -1;
        long long v = 0;
        for (const unsigned char *q = digits; q < digits + nd; q++)
            v = v * 10 + (*q - '0');
        *iv = neg ? -v : v;
    } else if (p - start > 32) {
        return -1;
    }
    c->p = p;
    return 0;
}

static int scan_value(cur *c, int depth, scan_field *f, char *arena, size_t *used);

static int literal(cur *c, const char *word, size_t n)
{
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0)
        return -1;
    c->p += n;
    return 0;
}

/* Past an opening bracket and white space: 1 when the closing one follows (consumed). */
static int opened_empty(cur *c, unsigned char close)
{
    c->p++;
    skip_ws(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        return 1;
    }
    return 0;
}

/* After a member or element: 1 at a comma (another follows), 0 at the closing bracket
 * (consumed), -1 otherwise. */
static int next_item(cur *c, unsigned char close)
{
    skip_ws(c);
    if (c->p < c->end && (*c->p == ',' || *c->p == close)) {
        int more = *c->p == ',';
        c->p++;
        skip_ws(c);
        return more;
    }
    return -1;
}

/* An object at c->p ('{'). At depth 0 its members named in f are filled in. */
static int scan_object(cur *c, int depth, scan_field *f, size_t nf, char *arena, size_t *used)
{
    const unsigned char *kp[SCAN_KEYS];
    size_t kl[SCAN_KEYS], nk = 0;
    if (opened_empty(c, '}'))
        return 0;
    for (;;) {
        if (c->p >= c->end || *c->p != '"' || nk == SCAN_KEYS)
            return -1;
        const unsigned char *k = c->p + 1;
        if (scan_string(c, NULL, NULL, 1) != 0)
            return -1;
        size_t klen = (size_t)(c->p - 1 - k);
        for (size_t i = 0; i < nk; i++)
            if (kl[i] == klen && memcmp(kp[i], k, klen) == 0)
                return -1; /* a duplicate key: jansson refuses it */
        kp[nk] = k;
        kl[nk++] = klen;
        skip_ws(c);
        if (c->p >= c->end || *c->p != ':')
            return -1;
        c->p++;
        skip_ws(c);
        scan_field *want = NULL;
        for (size_t i = 0; depth == 0 && i < nf; i++) {
            if (strlen(f[i].name) == klen && memcmp(f[i].name, k, klen) == 0) {
                want = &f[i];
                break;
            }
        }
        if (want) {
            if (scan_value(c, depth, want, arena, used) != 0)
                return -1;
            for (size_t i = (size_t)(want - f) + 1; i < nf; i++) /* the same name twice */
                if (strcmp(f[i].name, want->name) == 0)
                    f[i] = (scan_field){f[i].name, want->type, want->s, want->len, want->i};
        } else if (scan_value(c, depth, NULL, NULL, NULL) != 0) {
            return -1;
        }
        int more = next_item(c, '}');
        if (more <= 0)
            return more;
    }
}

static int scan_array(cur *c, int depth)
{
    if (opened_empty(c, ']'))
        return 0;
    for (;;) {
        if (scan_value(c, depth, NULL, NULL, NULL) != 0)
            return -1;
        int more = next_item(c, ']');
        if (more <= 0)
            return more;
    }
}

/* A value at c->p, inside an object or array at depth; with f set, its type and value
 * are kept there (strings decoded at arena + *used). */
static int scan_value(cur *c, int depth, scan_field *f, char *arena, size_t *used)
{
    if (c->p >= c->end)
        return -1;
    unsigned char ch = *c->p;
    scan_type t = SCAN_OTHER;
    if (ch == '"') {
        size_t n = 0;
        char *o = f ? arena + *used : NULL;
        if (scan_string(c, o, &n, 0) != 0)
            return -1;
        if (f) {
            o[n] = '\0';
            *used += n + 1;
            f->s = o;
            f->len = n;
        }
        t = SCAN_STRING;
    } else if (ch == '{' || ch == '[') {
        if (depth + 1 >= SCAN_DEPTH)
            return -1;
        if ((ch == '{' ? scan_object(c, depth + 1, NULL, 0, NULL, NULL)
                       : scan_array(c, depth + 1)) != 0)
            return -1;
    } else if (ch == 't') {
        if (literal(c, "true", 4) != 0)
            return -1;
    } else if (ch == 'f') {
        if (literal(c, "false", 5) != 0)
            return -1;
    } else if (ch == 'n') {
        if (literal(c, "null", 4) != 0)
            return -1;
        t = SCAN_NULL;
    } else {
        int is_int = 0;
        long long iv = 0;
        if (scan_number(c, &is_int, &iv) != 0)
            return -1;
        if (is_int) {
            t = SCAN_INTEGER;
            if (f)
                f->i = iv;
        }
    }
    /* (what follows must be white space, ',' or the closing bracket: the caller checks, so
     * "truex" and "1.5.2" are left to jansson) */
    if (f)
        f->type = t;
    return 0;
}

int article_scan(const char *buf, size_t len, scan_field *fields, size_t nfields, char *arena)
{
    for (size_t i = 0; i < nfields; i++)
        fields[i] = (scan_field){.name = fields[i].name, .type = SCAN_ABSENT};
    cur c = {(const unsigned char *)buf, (const unsigned char *)buf + len};
    size_t used = 0;
    skip_ws(&c);
    if (c.p >= c.end || *c.p != '{')
        return -1;
    if (scan_object(&c, 0, fields, nfields, arena, &used) != 0)
        return -1;
    skip_ws(&c);
    return c.p == c.end ? 0 : -1;
}
