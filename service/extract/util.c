/* util.c - small helpers for the extraction engine: a capped growable buffer, a stable
 * 64-bit hash (for event ids), bounded copies and number parsing without atoi. */
#include "px_internal.h"

#include <stdlib.h>
#include <string.h>

#define PX_BUF_MAX ((size_t)1 << 30)

int px_buf_add(px_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 256;
        while (nc < b->len + n + 1) {
            nc *= 2;
        }
        if (nc > PX_BUF_MAX) {
            return -1;
        }
        char *np = realloc(b->p, nc);
        if (!np) {
            return -1;
        }
        b->p = np;
        b->cap = nc;
    }
    if (n) {
        memcpy(b->p + b->len, s, n);
    }
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int px_buf_adds(px_buf *b, const char *s)
{
    return px_buf_add(b, s, strlen(s));
}

int px_buf_addc(px_buf *b, char c)
{
    return px_buf_add(b, &c, 1);
}

void px_buf_free(px_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* FNV-1a with a final avalanche (splitmix64 finaliser); stable across platforms. The
 * streaming form (px_hash2_*) gives the same values as px_hash64 for the concatenation of
 * what it is fed, two seeds at once. */
static uint64_t hash_final(uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

uint64_t px_hash64(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return hash_final(h);
}

void px_hash2_init(px_hash2 *h, uint64_t seed_a, uint64_t seed_b)
{
    h->a = 1469598103934665603ULL ^ seed_a;
    h->b = 1469598103934665603ULL ^ seed_b;
}

void px_hash2_add(px_hash2 *h, const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t a = h->a, b = h->b;
    for (size_t i = 0; i < n; i++) {
        a = (a ^ s[i]) * 1099511628211ULL;
        b = (b ^ s[i]) * 1099511628211ULL;
    }
    h->a = a;
    h->b = b;
}

void px_hash2_end(const px_hash2 *h, uint64_t *a, uint64_t *b)
{
    *a = hash_final(h->a);
    *b = hash_final(h->b);
}

void px_copy(char *dst, size_t cap, const char *src, size_t n)
{
    if (!cap) {
        return;
    }
    if (n >= cap) {
        n = cap - 1;
        /* do not cut a UTF-8 sequence in half */
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) {
            n--;
        }
    }
    if (n) {
        memcpy(dst, src, n);
    }
    dst[n] = '\0';
}

long px_parse_long(const char *s, size_t n, bool *ok)
{
    long v = 0;
    *ok = n > 0 && n < 10;
    for (size_t i = 0; i < n && *ok; i++) {
        if (s[i] < '0' || s[i] > '9') {
            *ok = false;
            break;
        }
        v = v * 10 + (s[i] - '0');
    }
    return *ok ? v : 0;
}

bool px_streq_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        if (px_fold_ascii((unsigned char)*a) != px_fold_ascii((unsigned char)*b)) {
            return false;
        }
    }
    return *a == *b;
}

/* A head of state's or government's title ("president", "prime minister", "king", "emir",
 * "crown prince" ...): the titles that stand for a state's leader. */
bool px_head_title(const char *t)
{
    /* ("interim president", "acting prime minister", "transitional president") */
    static const char *const pre[] = {"interim ", "acting ", "transitional ", NULL};
    for (int k = 0; pre[k]; k++) {
        size_t n = strlen(pre[k]);
        if (strncmp(t, pre[k], n) == 0) {
            t += n;
            break;
        }
    }
    static const char *const heads[] = {"president", "prime minister", "king", "queen", "emir",
                                        "chancellor", "premier", "crown prince", "sultan", NULL};
    for (int k = 0; heads[k]; k++) {
        if (px_streq(t, heads[k])) {
            return true;
        }
    }
    return false;
}

/* A head's title or a state's "leader" ("the Russian leader" after "President Putin", "the
 * two leaders" for "leader Kim Jong Un") */
bool px_leader_title(const char *t)
{
    return px_head_title(t) || px_streq(t, "supreme leader") || px_streq(t, "leader");
}
