/* cache.c - the enrichment lookup cache: an LRU map from lookup key to a JSON string,
 * with per-entry expiry, negative entries (missing, nohits, ambiguous) and a hard bound
 * on bytes (keys + values + a fixed per-entry overhead). One mutex; values are copied. */
#include "enrich_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct ent {
    char *key, *value;
    size_t bytes;
    int negative;
    int64_t expires_ms;
    uint64_t hash;
    struct ent *hnext;            /* bucket chain */
    struct ent *prev, *next;      /* LRU list, head = most recent */
} ent;

struct en_cache {
    pthread_mutex_t lock;
    ent **buckets;
    size_t nbuckets, entries, bytes, max_bytes;
    uint64_t evictions;
    ent *head, *tail;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

en_cache *en_cache_new(size_t max_bytes)
{
    en_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->nbuckets = 1024;
    c->buckets = calloc(c->nbuckets, sizeof *c->buckets);
    if (!c->buckets) {
        free(c);
        return NULL;
    }
    c->max_bytes = max_bytes;
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

static void lru_unlink(en_cache *c, ent *e)
{
    if (e->prev)
        e->prev->next = e->next;
    else
        c->head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        c->tail = e->prev;
    e->prev = e->next = NULL;
}

static void lru_push_front(en_cache *c, ent *e)
{
    e->prev = NULL;
    e->next = c->head;
    if (c->head)
        c->head->prev = e;
    c->head = e;
    if (!c->tail)
        c->tail = e;
}

static void remove_entry(en_cache *c, ent *e)
{
    ent **pp = &c->buckets[e->hash % c->nbuckets];
    while (*pp && *pp != e)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = e->hnext;
    lru_unlink(c, e);
    c->entries--;
    c->bytes -= e->bytes;
    free(e->key);
    free(e->value);
    free(e);
}

static ent *find(en_cache *c, const char *key, uint64_t h)
{
    for (ent *e = c->buckets[h % c->nbuckets]; e; e = e->hnext)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

static void grow(en_cache *c)
{
    size_t nb = c->nbuckets * 2;
    ent **b = calloc(nb, sizeof *b);
    if (!b)
        return; /* keep the longer chains */
    for (size_t i = 0; i < c->nbuckets; i++) {
        ent *e = c->buckets[i];
        while (e) {
            ent *nx = e->hnext;
            e->hnext = b[e->hash % nb];
            b[e->hash % nb] = e;
            e = nx;
        }
    }
    free(c->buckets);
    c->buckets = b;
    c->nbuckets = nb;
}

void en_cache_destroy(en_cache *c)
{
    if (!c)
        return;
    while (c->head)
        remove_entry(c, c->head);
    free(c->buckets);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

int en_cache_put(en_cache *c, const char *key, const char *value, int negative,
                 int64_t expires_ms)
{
    if (!c || !key || !value)
        return -1;
    size_t kl = strlen(key), vl = strlen(value);
    size_t bytes = kl + vl + 2 + EN_CACHE_OVERHEAD;
    uint64_t h = hash_str(key);
    pthread_mutex_lock(&c->lock);
    ent *old = find(c, key, h);
    if (old)
        remove_entry(c, old);
    if (bytes > c->max_bytes) {
        pthread_mutex_unlock(&c->lock);
        return 0;
    }
    while (c->bytes + bytes > c->max_bytes && c->tail) {
        remove_entry(c, c->tail);
        c->evictions++;
    }
    ent *e = calloc(1, sizeof *e);
    char *k = malloc(kl + 1), *v = malloc(vl + 1);
    if (!e || !k || !v) {
        free(e);
        free(k);
        free(v);
        pthread_mutex_unlock(&c->lock);
        return -1;
    }
    memcpy(k, key, kl + 1);
    memcpy(v, value, vl + 1);
    e->key = k;
    e->value = v;
    e->bytes = bytes;
    e->negative = negative ? 1 : 0;
    e->expires_ms = expires_ms;
    e->hash = h;
    e->hnext = c->buckets[h % c->nbuckets];
    c->buckets[h % c->nbuckets] = e;
    lru_push_front(c, e);
    c->entries++;
    c->bytes += bytes;
    if (c->entries > c->nbuckets * 2)
        grow(c);
    pthread_mutex_unlock(&c->lock);
    return 0;
}

int en_cache_get(en_cache *c, const char *key, int64_t now_ms, char **value)
{
    if (value)
        *value = NULL;
    if (!c || !key)
        return EN_CACHE_MISS;
    uint64_t h = hash_str(key);
    int rc = EN_CACHE_MISS;
    pthread_mutex_lock(&c->lock);
    ent *e = find(c, key, h);
    if (e && e->expires_ms <= now_ms) {
        remove_entry(c, e);
        e = NULL;
    }
    if (e) {
        lru_unlink(c, e);
        lru_push_front(c, e);
        rc = e->negative ? EN_CACHE_NEGATIVE : EN_CACHE_HIT;
        if (value) {
            *value = strdup(e->value);
            if (!*value)
                rc = EN_CACHE_MISS;
        }
    }
    pthread_mutex_unlock(&c->lock);
    return rc;
}

void en_cache_usage(en_cache *c, uint64_t *bytes, uint64_t *entries, uint64_t *evictions)
{
    if (!c) {
        *bytes = *entries = *evictions = 0;
        return;
    }
    pthread_mutex_lock(&c->lock);
    *bytes = c->bytes;
    *entries = c->entries;
    *evictions = c->evictions;
    pthread_mutex_unlock(&c->lock);
}
