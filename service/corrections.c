/* corrections.c - the per-article state behind corrections.h: a chained hash table per
 * partition of articles -> (event ids, records as JSON lines, records retracted by the
 * latest change), bounded in bytes, and its changelog format:
 *   line 1: {"v":1,"ids":"<id>,<id>...","offset":<offset of the latest change>}
 *   then one JSON line per current record (as many as ids), then the retracted ones. */
#include "corrections.h"

#include "ptables.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct aentry {
    pt_entry h;     /* key; age = when last updated (ms; restored entries: 0) */
    int64_t offset; /* repartition offset of the manifest of the latest change */
    char *ids;      /* comma-separated event ids of the current version */
    uint64_t *hash; /* their hashes */
    size_t nids;
    char *cur;      /* current records, JSON lines */
    size_t cur_len;
    char *ret;      /* records retracted by the latest change, JSON lines */
    size_t ret_len;
} aentry;

struct article_store {
    pt_registry tables;
    pthread_mutex_t lock; /* guards bytes */
    size_t max_bytes, bytes;
};

static uint64_t fnv(const char *s, size_t n)
{
    return pt_hash(s, n);
}

size_t article_key(const char *id, char *out, size_t cap)
{
    size_t n = id ? strlen(id) : 0;
    int len;
    if (n + sizeof ARTICLE_KEY_PREFIX <= cap && n <= 512)
        len = snprintf(out, cap, "%s%s", ARTICLE_KEY_PREFIX, id ? id : "");
    else
        len = snprintf(out, cap, "%s#%016llx", ARTICLE_KEY_PREFIX, (unsigned long long)fnv(id, n));
    return len < 0 ? 0 : (size_t)len < cap ? (size_t)len : cap - 1;
}

static size_t entry_bytes(const aentry *e)
{
    return sizeof *e + strlen(e->h.key) + 1 + (e->ids ? strlen(e->ids) + 1 : 0) +
           e->nids * sizeof *e->hash + e->cur_len + e->ret_len;
}

static void account(article_store *s, size_t add, size_t sub)
{
    pthread_mutex_lock(&s->lock);
    s->bytes = s->bytes + add >= sub ? s->bytes + add - sub : 0;
    pthread_mutex_unlock(&s->lock);
}

static void free_aentry(pt_entry *pe, void *ctx)
{
    aentry *e = (aentry *)pe;
    account(ctx, 0, entry_bytes(e));
    free(e->h.key);
    free(e->ids);
    free(e->hash);
    free(e->cur);
    free(e->ret);
    free(e);
}

article_store *article_store_new(size_t max_bytes)
{
    article_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    pthread_mutex_init(&s->lock, NULL);
    pt_registry_init(&s->tables, 256, free_aentry, s);
    s->max_bytes = max_bytes ? max_bytes : (size_t)16 << 20;
    return s;
}

void article_store_destroy(article_store *s)
{
    if (!s)
        return;
    pt_registry_destroy(&s->tables);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

void article_store_drop(article_store *s, int32_t partition)
{
    pt_registry_drop(&s->tables, partition);
}

size_t article_store_size(article_store *s, int32_t partition)
{
    pt_table *t = pt_table_of(&s->tables, partition, 0);
    return t ? t->n : 0;
}

size_t article_store_bytes(article_store *s)
{
    pthread_mutex_lock(&s->lock);
    size_t b = s->bytes;
    pthread_mutex_unlock(&s->lock);
    return b;
}

/* Over the byte bound: forget the least recently updated tenth of this table (only the
 * caller's own table: the others belong to other workers). */
static void evict(article_store *s, pt_table *t, const aentry *keep)
{
    if (article_store_bytes(s) > s->max_bytes)
        pt_evict_oldest(&s->tables, t, &keep->h);
}

/* Splits "a,b,c" into hashes. Returns the count, or (size_t)-1 on no memory. */
static size_t hash_ids(const char *ids, size_t len, uint64_t **out)
{
    size_t n = 0;
    *out = NULL;
    if (len == 0)
        return 0;
    for (size_t i = 0; i < len; i++)
        n += ids[i] == ',';
    n++;
    uint64_t *h = malloc(n * sizeof *h);
    if (!h)
        return (size_t)-1;
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= len; i++)
        if (i == len || ids[i] == ',') {
            h[k++] = fnv(ids + start, i - start);
            start = i + 1;
        }
    *out = h;
    return n;
}

static size_t count_lines(const char *p, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += p[i] == '\n';
    if (len > 0 && p[len - 1] != '\n')
        n++;
    return n;
}

/* The [start, end) of line i of p (end excludes the newline). */
static int line_at(const char *p, size_t len, size_t i, size_t *start, size_t *end)
{
    size_t s = 0;
    for (size_t k = 0; k < i; k++) {
        const char *nl = memchr(p + s, '\n', len - s);
        if (!nl)
            return -1;
        s = (size_t)(nl - p) + 1;
    }
    if (s >= len)
        return -1;
    const char *nl = memchr(p + s, '\n', len - s);
    *start = s;
    *end = nl ? (size_t)(nl - p) : len;
    return 0;
}

static char *dupmem(const char *p, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        if (n)
            memcpy(d, p, n);
        d[n] = '\0';
    }
    return d;
}

/* Replaces e's contents (ownership of the arguments moves to e). */
static void set_entry(article_store *s, aentry *e, char *ids, uint64_t *hash, size_t nids,
                      char *cur, size_t cur_len, char *ret, size_t ret_len)
{
    size_t before = entry_bytes(e);
    free(e->ids);
    free(e->hash);
    free(e->cur);
    free(e->ret);
    e->ids = ids;
    e->hash = hash;
    e->nids = nids;
    e->cur = cur;
    e->cur_len = cur_len;
    e->ret = ret;
    e->ret_len = ret_len;
    account(s, entry_bytes(e), before);
}

static aentry *insert(article_store *s, pt_table *t, const char *key, size_t len)
{
    aentry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->h.key = dupmem(key, len);
    if (!e->h.key) {
        free(e);
        return NULL;
    }
    pt_link(t, &e->h);
    account(s, entry_bytes(e), 0);
    return e;
}

static char *serialize(const aentry *e, size_t *len)
{
    json_t *h = json_pack("{s:i, s:s, s:I}", "v", 1, "ids", e->ids ? e->ids : "", "offset",
                          (json_int_t)e->offset);
    char *hs = h ? json_dumps(h, JSON_COMPACT) : NULL;
    json_decref(h);
    if (!hs)
        return NULL;
    size_t hl = strlen(hs);
    int cur_nl = e->cur_len && e->cur[e->cur_len - 1] != '\n';
    size_t n = hl + 1 + e->cur_len + (size_t)cur_nl + e->ret_len;
    char *v = malloc(n + 1);
    if (v) {
        size_t o = 0;
        memcpy(v, hs, hl);
        o += hl;
        v[o++] = '\n';
        if (e->cur_len) {
            memcpy(v + o, e->cur, e->cur_len);
            o += e->cur_len;
        }
        if (cur_nl)
            v[o++] = '\n';
        if (e->ret_len) {
            memcpy(v + o, e->ret, e->ret_len);
            o += e->ret_len;
        }
        v[o] = '\0';
        *len = o;
    }
    free(hs);
    return v;
}

int article_store_load(article_store *s, int32_t partition, const char *key, size_t key_len,
                       const void *value, size_t value_len)
{
    pt_table *t = pt_table_of(&s->tables, partition, 1);
    if (!t || !key || key_len == 0)
        return -1;
    pt_entry **pp = pt_slot(t, key, key_len);
    if (!value) {
        if (*pp)
            pt_unlink(&s->tables, t, pp);
        return 0;
    }
    const char *v = value;
    const char *nl = memchr(v, '\n', value_len);
    size_t hl = nl ? (size_t)(nl - v) : value_len;
    json_t *h = json_loadb(v, hl, 0, NULL);
    const char *ids = json_string_value(json_object_get(h, "ids"));
    if (!ids || json_integer_value(json_object_get(h, "v")) != 1) {
        json_decref(h);
        return -1;
    }
    const char *body = nl ? nl + 1 : v + value_len;
    size_t blen = (size_t)(v + value_len - body);
    uint64_t *hash = NULL;
    size_t nids = hash_ids(ids, strlen(ids), &hash);
    size_t cut = 0, end = 0;
    int rc = -1;
    if (nids == (size_t)-1 || count_lines(body, blen) < nids)
        goto out;
    if (nids > 0 && line_at(body, blen, nids - 1, &cut, &end) != 0)
        goto out;
    cut = nids > 0 ? (end < blen ? end + 1 : blen) : 0;
    aentry *e = *pp ? (aentry *)*pp : insert(s, t, key, key_len);
    char *idc = dupmem(ids, strlen(ids)), *cur = dupmem(body, cut),
         *ret = dupmem(body + cut, blen - cut);
    if (!e || !idc || !cur || !ret) {
        free(idc);
        free(cur);
        free(ret);
        goto out;
    }
    set_entry(s, e, idc, hash, nids, cur, cut, ret, blen - cut);
    hash = NULL;
    e->h.age = 0; /* restored entries are the oldest */
    json_t *off = json_object_get(h, "offset");
    e->offset = json_is_integer(off) ? json_integer_value(off) : -1;
    evict(s, t, e);
    rc = 0;
out:
    free(hash);
    json_decref(h);
    return rc;
}

void article_change_clear(article_change *c)
{
    free(c->retracted);
    free(c->changelog);
    memset(c, 0, sizeof *c);
}

static int has(const uint64_t *set, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == h)
            return 1;
    return 0;
}

int article_store_observe(article_store *s, int32_t partition, const char *key, size_t key_len,
                          const char *ids, size_t ids_len, const char *lines, size_t lines_len,
                          int64_t offset, int64_t now_ms, article_change *out)
{
    memset(out, 0, sizeof *out);
    uint64_t *hash = NULL;
    size_t nids = hash_ids(ids, ids_len, &hash);
    if (nids == (size_t)-1)
        return -1;
    if (count_lines(lines, lines_len) != nids) {
        free(hash);
        return -2;
    }
    pt_table *t = pt_table_of(&s->tables, partition, 1);
    if (!t) {
        free(hash);
        return -1;
    }
    aentry *e = (aentry *)*pt_slot(t, key, key_len);
    if (!e && nids == 0) {
        free(hash);
        return 0; /* nothing known, nothing to remember */
    }
    int same = e && e->nids == nids;
    for (size_t i = 0; same && i < nids; i++)
        same = has(e->hash, e->nids, hash[i]);
    if (same) {
        /* The same events again: the manifest of the latest change processed again after
         * a crash (same offset: hand back what it retracted), an article delivered
         * twice, or a new wording of the same events (keep the newest records). */
        if (e->ret_len && offset >= 0 && offset == e->offset) {
            out->retracted = dupmem(e->ret, e->ret_len);
            if (!out->retracted) {
                free(hash);
                return -1;
            }
            out->retracted_len = e->ret_len;
            out->nretracted = count_lines(e->ret, e->ret_len);
        }
        e->h.age = now_ms;
        if (e->cur_len == lines_len && memcmp(e->cur, lines, lines_len) == 0) {
            free(hash);
            return 0;
        }
        char *idc = dupmem(ids, ids_len), *cur = dupmem(lines, lines_len),
             *ret = dupmem(e->ret, e->ret_len);
        if (!idc || !cur || !ret) {
            free(idc);
            free(cur);
            free(ret);
            free(hash);
            return -1;
        }
        set_entry(s, e, idc, hash, nids, cur, lines_len, ret, e->ret_len);
    } else {
        /* Changed: the current records whose event the new version lacks are retracted. */
        size_t rlen = 0, nr = 0;
        char *ret = malloc((e ? e->cur_len : 0) + 2);
        char *idc = dupmem(ids, ids_len), *cur = dupmem(lines, lines_len);
        if (!ret || !idc || !cur) {
            free(ret);
            free(idc);
            free(cur);
            free(hash);
            return -1;
        }
        for (size_t i = 0; e && i < e->nids; i++) {
            size_t a, b;
            if (has(hash, nids, e->hash[i]) || line_at(e->cur, e->cur_len, i, &a, &b) != 0)
                continue;
            memcpy(ret + rlen, e->cur + a, b - a);
            rlen += b - a;
            ret[rlen++] = '\n';
            nr++;
        }
        if (!e) {
            e = insert(s, t, key, key_len);
            if (!e) {
                free(ret);
                free(idc);
                free(cur);
                free(hash);
                return -1;
            }
        }
        if (nr) {
            out->retracted = dupmem(ret, rlen);
            if (!out->retracted) {
                free(ret);
                free(idc);
                free(cur);
                free(hash);
                return -1;
            }
            out->retracted_len = rlen;
            out->nretracted = nr;
        }
        set_entry(s, e, idc, hash, nids, cur, lines_len, ret, rlen);
        e->h.age = now_ms;
        e->offset = offset;
    }
    out->write = 1;
    if (e->nids == 0 && e->ret_len == 0) {
        pt_unlink(&s->tables, t, pt_slot(t, key, key_len)); /* tombstone */
        return 0;
    }
    out->changelog = serialize(e, &out->changelog_len);
    if (!out->changelog) {
        article_change_clear(out);
        return -1;
    }
    evict(s, t, e);
    return 0;
}
