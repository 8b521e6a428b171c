/* corrections.c - the per-article state behind corrections.h: a chained hash table per
 * partition of articles -> (event ids, records as JSON lines, records retracted by the
 * latest change), bounded in bytes, and its changelog format:
 *   line 1: {"v":1,"ids":"<id>,<id>...","offset":<offset of the latest change>}
 *   then one JSON line per current record (as many as ids), then the retracted ones.
 * In memory the records are kept lz4-compressed against a built-in dictionary (below):
 * an article's records are read back only when it changes or its manifest comes again,
 * and compressed they take ~2.4x (one record) to ~3.2x (a dozen) fewer bytes. */
#include "corrections.h"

#include "ptables.h"

#include <jansson.h>
#include <lz4.h>
#include <malloc.h> /* malloc_usable_size */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Records of one article compressed as one lz4 block (NULL when len is 0). */
typedef struct zlines {
    char *z;
    size_t zlen; /* compressed bytes */
    size_t len;  /* bytes of the JSON lines */
} zlines;

typedef struct aentry {
    pt_entry h;     /* key; age = when last updated (ms; restored entries: 0) */
    int64_t offset; /* repartition offset of the manifest of the latest change */
    char *ids;      /* comma-separated event ids of the current version */
    uint64_t *hash; /* their hashes */
    size_t nids;
    zlines cur;     /* current records, JSON lines */
    zlines ret;     /* records retracted by the latest change, JSON lines */
} aentry;

/* The lz4 dictionary: the field names and frequent values of parley.contact.v1 records
 * (docs/schema), in the order records are written. lz4 finds no repeats in a single small
 * record on its own (1.3x); with this it reuses the names (2.4x). Changing it only
 * changes what is in memory: the changelog holds plain JSON lines. */
static const char DICT[] =
    "{\"schema\":\"parley.contact.v1\",\"event_id\":\"\",\"cluster_key\":\"\",\"article\":{\"id\":"
    "\"\",\"url\":\"https://www.\",\"source\":\"\",\"published_at\":\"T00:00:00Z\",\"title\":\"\"},"
    "\"type\":\"meet\",\"status\":\"occurred\",\"cameo\":\"040\",\"plover\":{\"type\":\"CONSULT\","
    "\"mode\":\"visit\"},\"actors\":[{\"role\":\"source\",\"name\":\"\",\"title\":\"foreign minister\","
    "\"country\":\"\",\"sector\":\"GOV\",\"code\":\"GOV\",\"text\":\"\",\"span\":[],\"metadata\":{}},"
    "{\"role\":\"target\",\"name\":\"\",\"title\":\"prime minister\",\"country\":\"\",\"sector\":"
    "\"GOV\",\"code\":\"GOV\",\"text\":\" President \",\"span\":[],\"metadata\":{}}],\"location\":"
    "{\"name\":\"\",\"country\":\"\",\"venue\":null,\"lat\":,\"lon\":,\"span\":[]},\"time\":{\"text\":"
    "\"on Monday\",\"start\":\"\",\"end\":\"\",\"precision\":\"day\"},\"evidence\":{\"sentence\":"
    "\" said on Tuesday.\",\"sentence_index\":,\"span\":[],\"trigger\":\"met\"},\"mentions\":1,"
    "\"first_report\":true,\"duplicate_of\":null,\"confidence\":0.,\"extractor\":{\"version\":"
    "\"0.3.0\",\"rule\":\"\"},\"enrichment\":{\"status\":\"none\",\"sources\":[]}}\n"
    "{\"schema\":\"parley.contact.v1\",\"event_id\":\"\",\"cluster_key\":\"\",\"article\":{\"id\":"
    "\"\",\"url\":\"https://\",\"source\":\"\",\"published_at\":\"\",\"title\":\"\"},\"type\":"
    "\"visit\",\"status\":\"planned\",\"cameo\":\"042\",\"plover\":{\"type\":\"CONSULT\",\"mode\":"
    "\"meet\"},\"actors\":[{\"role\":\"source\",\"name\":\"\",\"title\":\"president\",\"country\":"
    "\"\",\"sector\":\"GOV\",\"code\":\"GOV\",\"text\":\"\",\"span\":[],\"metadata\":{}},{\"role\":"
    "\"target\",\"name\":\"\",\"title\":\"\",\"country\":\"\",\"sector\":\"GOV\",\"code\":\"\","
    "\"text\":\"\",\"span\":[],\"metadata\":{}}],\"location\":null,\"time\":{\"text\":\"\",\"start\":"
    "\"\",\"end\":\"\",\"precision\":\"day\"},\"evidence\":{\"sentence\":\"\",\"sentence_index\":0,"
    "\"span\":[0,],\"trigger\":\"\"},\"mentions\":1,\"first_report\":true,\"duplicate_of\":null,"
    "\"confidence\":0.8,\"extractor\":{\"version\":\"0.3.0\",\"rule\":\"contact_verb\"},"
    "\"enrichment\":{\"status\":\"complete\",\"sources\":[]}}\n";

/* The stream state with DICT loaded, made once: each block starts from a copy of it, which
 * costs a 16 KB memcpy instead of LZ4_initStream's memset and LZ4_loadDict's hashing of
 * the dictionary (LZ4_attach_dictionary would share it, but liblz4 does not export it). */
static LZ4_stream_t dict_state;
static pthread_once_t dict_once = PTHREAD_ONCE_INIT;

static void dict_init(void)
{
    LZ4_initStream(&dict_state, sizeof dict_state);
    LZ4_loadDict(&dict_state, DICT, (int)sizeof DICT - 1);
}

/* Compresses len bytes of p into *out. 0, or -1 (no memory, or too long for lz4). */
static int zl_set(zlines *out, const char *p, size_t len)
{
    memset(out, 0, sizeof *out);
    if (len == 0)
        return 0;
    if (len > LZ4_MAX_INPUT_SIZE)
        return -1;
    pthread_once(&dict_once, dict_init);
    int bound = LZ4_compressBound((int)len);
    LZ4_stream_t *st = malloc(sizeof *st);
    char *z = malloc((size_t)bound);
    int n = 0;
    if (st && z) {
        memcpy(st, &dict_state, sizeof *st);
        n = LZ4_compress_fast_continue(st, p, z, (int)len, bound, 1);
    }
    free(st);
    if (n <= 0) {
        free(z);
        return -1;
    }
    char *fit = realloc(z, (size_t)n); /* give back the slack of the bound */
    out->z = fit ? fit : z;
    out->zlen = (size_t)n;
    out->len = len;
    return 0;
}

/* The JSON lines of z, NUL-terminated (caller frees); NULL on no memory (or a block that
 * does not decompress, which cannot happen to one zl_set made). */
static char *zl_get(const zlines *z)
{
    char *p = malloc(z->len + 1);
    if (!p)
        return NULL;
    if (z->len > 0 && LZ4_decompress_safe_usingDict(z->z, p, (int)z->zlen, (int)z->len, DICT,
                                                    (int)sizeof DICT - 1) != (int)z->len) {
        free(p);
        return NULL;
    }
    p[z->len] = '\0';
    return p;
}

struct article_store {
    pt_registry tables;
    pthread_mutex_t lock; /* guards bytes and count */
    size_t max_bytes, bytes, count;
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

/* What the allocator holds for a block (its size class, not the bytes asked for). */
static size_t held(const void *p)
{
    return p ? malloc_usable_size((void *)p) : 0;
}

/* The memory an entry takes: its blocks as the allocator holds them, and its bucket. */
static size_t entry_bytes(const aentry *e)
{
    return held(e) + held(e->h.key) + held(e->ids) + held(e->hash) + held(e->cur.z) +
           held(e->ret.z) + sizeof(pt_entry *);
}

/* Bytes added and taken away; entries +1 (new), -1 (freed) or 0. */
static void account(article_store *s, size_t add, size_t sub, int entries)
{
    pthread_mutex_lock(&s->lock);
    s->bytes = s->bytes + add >= sub ? s->bytes + add - sub : 0;
    s->count = entries >= 0 ? s->count + (size_t)entries : s->count > 0 ? s->count - 1 : 0;
    pthread_mutex_unlock(&s->lock);
}

static void free_aentry(pt_entry *pe, void *ctx)
{
    aentry *e = (aentry *)pe;
    account(ctx, 0, entry_bytes(e), -1);
    free(e->h.key);
    free(e->ids);
    free(e->hash);
    free(e->cur.z);
    free(e->ret.z);
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

size_t article_store_count(article_store *s)
{
    pthread_mutex_lock(&s->lock);
    size_t n = s->count;
    pthread_mutex_unlock(&s->lock);
    return n;
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

/* Replaces e's contents: ids and hash move to e, cur and ret are compressed into it
 * (ret_keep: keep e's retracted records as they are). 0, or -1 on no memory (e unchanged,
 * ids and hash freed). */
static int set_entry(article_store *s, aentry *e, char *ids, uint64_t *hash, size_t nids,
                     const char *cur, size_t cur_len, const char *ret, size_t ret_len,
                     int ret_keep)
{
    zlines zc, zr = {0};
    if (zl_set(&zc, cur, cur_len) != 0 || (!ret_keep && zl_set(&zr, ret, ret_len) != 0)) {
        free(zc.z);
        free(ids);
        free(hash);
        return -1;
    }
    size_t before = entry_bytes(e);
    free(e->ids);
    free(e->hash);
    free(e->cur.z);
    e->ids = ids;
    e->hash = hash;
    e->nids = nids;
    e->cur = zc;
    if (!ret_keep) {
        free(e->ret.z);
        e->ret = zr;
    }
    account(s, entry_bytes(e), before, 0);
    return 0;
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
    account(s, entry_bytes(e), 0, 1);
    return e;
}

/* The changelog value of an entry with these ids, offset and (plain) records. */
static char *serialize(const char *ids, int64_t offset, const char *cur, size_t cur_len,
                       const char *ret, size_t ret_len, size_t *len)
{
    json_t *h = json_pack("{s:i, s:s, s:I}", "v", 1, "ids", ids ? ids : "", "offset",
                          (json_int_t)offset);
    char *hs = h ? json_dumps(h, JSON_COMPACT) : NULL;
    json_decref(h);
    if (!hs)
        return NULL;
    size_t hl = strlen(hs);
    int cur_nl = cur_len && cur[cur_len - 1] != '\n';
    size_t n = hl + 1 + cur_len + (size_t)cur_nl + ret_len;
    char *v = malloc(n + 1);
    if (v) {
        size_t o = 0;
        memcpy(v, hs, hl);
        o += hl;
        v[o++] = '\n';
        if (cur_len) {
            memcpy(v + o, cur, cur_len);
            o += cur_len;
        }
        if (cur_nl)
            v[o++] = '\n';
        if (ret_len) {
            memcpy(v + o, ret, ret_len);
            o += ret_len;
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
    char *idc = dupmem(ids, strlen(ids));
    if (!e || !idc) {
        free(idc);
        goto out;
    }
    int set = set_entry(s, e, idc, hash, nids, body, cut, body + cut, blen - cut, 0);
    hash = NULL;
    if (set != 0)
        goto out;
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
    char *ret = NULL, *old = NULL;
    size_t rlen = 0;
    if (same) {
        /* The same events again: the manifest of the latest change processed again after
         * a crash (same offset: hand back what it retracted), an article delivered
         * twice, or a new wording of the same events (keep the newest records). */
        e->h.age = now_ms;
        ret = zl_get(&e->ret);
        if (!ret)
            goto nomem;
        rlen = e->ret.len;
        if (rlen && offset >= 0 && offset == e->offset) {
            out->retracted = dupmem(ret, rlen);
            if (!out->retracted)
                goto nomem;
            out->retracted_len = rlen;
            out->nretracted = count_lines(ret, rlen);
        }
        int unchanged = e->cur.len == lines_len;
        if (unchanged && lines_len) {
            old = zl_get(&e->cur);
            if (!old)
                goto nomem;
            unchanged = memcmp(old, lines, lines_len) == 0;
        }
        if (unchanged) {
            free(old);
            free(ret);
            free(hash);
            return 0;
        }
        char *idc = dupmem(ids, ids_len);
        if (!idc)
            goto nomem;
        if (set_entry(s, e, idc, hash, nids, lines, lines_len, NULL, 0, 1) != 0)
            goto nomem_nohash; /* set_entry freed idc and hash */
    } else {
        /* Changed: the current records whose event the new version lacks are retracted. */
        size_t nr = 0;
        if (e) {
            old = zl_get(&e->cur);
            if (!old)
                goto nomem;
        }
        ret = malloc((e ? e->cur.len : 0) + 2);
        char *idc = dupmem(ids, ids_len);
        if (!ret || !idc) {
            free(idc);
            goto nomem;
        }
        for (size_t i = 0; e && i < e->nids; i++) {
            size_t a, b;
            if (has(hash, nids, e->hash[i]) || line_at(old, e->cur.len, i, &a, &b) != 0)
                continue;
            memcpy(ret + rlen, old + a, b - a);
            rlen += b - a;
            ret[rlen++] = '\n';
            nr++;
        }
        if (!e) {
            e = insert(s, t, key, key_len);
            if (!e) {
                free(idc);
                goto nomem;
            }
        }
        if (nr) {
            out->retracted = dupmem(ret, rlen);
            if (!out->retracted) {
                free(idc);
                goto nomem;
            }
            out->retracted_len = rlen;
            out->nretracted = nr;
        }
        if (set_entry(s, e, idc, hash, nids, lines, lines_len, ret, rlen, 0) != 0)
            goto nomem_nohash; /* set_entry freed idc and hash */
        e->h.age = now_ms;
        e->offset = offset;
    }
    free(old);
    out->write = 1;
    if (e->nids == 0 && e->ret.len == 0) {
        free(ret);
        pt_unlink(&s->tables, t, pt_slot(t, key, key_len)); /* tombstone */
        return 0;
    }
    out->changelog = serialize(e->ids, e->offset, lines, lines_len, ret, rlen,
                               &out->changelog_len);
    free(ret);
    if (!out->changelog) {
        article_change_clear(out);
        return -1;
    }
    evict(s, t, e);
    return 0;
nomem:
    free(hash);
nomem_nohash:
    free(old);
    free(ret);
    article_change_clear(out);
    return -1;
}
