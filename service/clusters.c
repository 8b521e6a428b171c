/* clusters.c - the cross-article state tables (see clusters.h): a chained hash table
 * per partition, JSON (de)serialization of entries for the changelog, and the
 * first-report / duplicate / alert-once decision. */
#include "clusters.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEN 32
#define MAX_ALERTED 8

typedef struct centry {
    struct centry *next;
    char *key;
    char first[72];
    int64_t first_ms, last_ms, count;
    uint64_t seen[MAX_SEEN]; /* hashes of the event ids reported so far, in order */
    size_t nseen;
    struct {
        char status[16];
        uint64_t event; /* hash of the event id that raised the alert */
        int64_t offset; /* repartition offset of the record that raised it (-1: unknown) */
    } alerted[MAX_ALERTED];
    size_t nalerted;
} centry;

typedef struct ptable {
    int32_t partition;
    centry **buckets;
    size_t nbuckets, n;
} ptable;

struct cluster_store {
    pthread_mutex_t lock; /* guards the registry, not the tables */
    ptable **tables;
    size_t ntables, cap;
    int64_t window_ms;
    size_t max_entries;
};

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

cluster_store *cluster_store_new(int64_t window_ms, size_t max_per_partition)
{
    cluster_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    pthread_mutex_init(&s->lock, NULL);
    s->window_ms = window_ms;
    s->max_entries = max_per_partition ? max_per_partition : 100000;
    return s;
}

static void free_table(ptable *t)
{
    for (size_t b = 0; b < t->nbuckets; b++) {
        centry *e = t->buckets[b];
        while (e) {
            centry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
    }
    free(t->buckets);
    free(t);
}

void cluster_store_destroy(cluster_store *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntables; i++)
        free_table(s->tables[i]);
    free(s->tables);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

/* The table of a partition, created on first use. */
static ptable *table(cluster_store *s, int32_t partition, int create)
{
    ptable *t = NULL;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->ntables; i++)
        if (s->tables[i]->partition == partition)
            t = s->tables[i];
    if (!t && create) {
        if (s->ntables == s->cap) {
            size_t ncap = s->cap ? s->cap * 2 : 8;
            ptable **nt = realloc(s->tables, ncap * sizeof *nt);
            if (!nt)
                goto out;
            s->tables = nt;
            s->cap = ncap;
        }
        t = calloc(1, sizeof *t);
        if (t) {
            t->partition = partition;
            t->nbuckets = 1024;
            t->buckets = calloc(t->nbuckets, sizeof *t->buckets);
            if (!t->buckets) {
                free(t);
                t = NULL;
            } else {
                s->tables[s->ntables++] = t;
            }
        }
    }
out:
    pthread_mutex_unlock(&s->lock);
    return t;
}

void cluster_store_drop(cluster_store *s, int32_t partition)
{
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->ntables; i++) {
        if (s->tables[i]->partition == partition) {
            free_table(s->tables[i]);
            s->tables[i] = s->tables[--s->ntables];
            break;
        }
    }
    pthread_mutex_unlock(&s->lock);
}

size_t cluster_store_size(cluster_store *s, int32_t partition)
{
    ptable *t = table(s, partition, 0);
    return t ? t->n : 0;
}

static centry **slot(ptable *t, const char *key, size_t len)
{
    centry **pp = &t->buckets[hash(key, len) % t->nbuckets];
    while (*pp && !(strlen((*pp)->key) == len && memcmp((*pp)->key, key, len) == 0))
        pp = &(*pp)->next;
    return pp;
}

static void grow(ptable *t)
{
    size_t nb = t->nbuckets * 2;
    centry **nbk = calloc(nb, sizeof *nbk);
    if (!nbk)
        return; /* keep the longer chains */
    for (size_t b = 0; b < t->nbuckets; b++) {
        centry *e = t->buckets[b];
        while (e) {
            centry *next = e->next;
            size_t h = hash(e->key, strlen(e->key)) % nb;
            e->next = nbk[h];
            nbk[h] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = nbk;
    t->nbuckets = nb;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Bounded memory under adversarial input: when the table is full, drop the least
 * recently reported tenth in one pass (amortised, instead of a scan per insert). */
static void evict_oldest(ptable *t)
{
    int64_t *ages = malloc(t->n * sizeof *ages);
    size_t k = 0, drop = t->n / 10 + 1;
    if (!ages)
        return;
    for (size_t b = 0; b < t->nbuckets; b++)
        for (centry *e = t->buckets[b]; e; e = e->next)
            ages[k++] = e->last_ms;
    qsort(ages, k, sizeof *ages, cmp_i64);
    int64_t cutoff = ages[drop < k ? drop - 1 : k - 1];
    free(ages);
    for (size_t b = 0; b < t->nbuckets && drop > 0; b++) {
        for (centry **pp = &t->buckets[b]; *pp && drop > 0;) {
            if ((*pp)->last_ms <= cutoff) {
                centry *e = *pp;
                *pp = e->next;
                free(e->key);
                free(e);
                t->n--;
                drop--;
            } else {
                pp = &(*pp)->next;
            }
        }
    }
}

static centry *insert(cluster_store *s, ptable *t, const char *key, size_t len)
{
    if (t->n >= s->max_entries)
        evict_oldest(t);
    if (t->n >= t->nbuckets)
        grow(t);
    centry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->key = strndup(key, len);
    if (!e->key) {
        free(e);
        return NULL;
    }
    centry **pp = slot(t, key, len);
    e->next = *pp;
    *pp = e;
    t->n++;
    return e;
}

static uint64_t id_hash(const char *id)
{
    return hash(id, strlen(id));
}

static void copy_id(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src ? src : "");
}

static char *serialize(const centry *e)
{
    json_t *seen = json_array(), *alerted = json_object(), *alerted_at = json_object();
    char hex[24];
    for (size_t i = 0; i < e->nseen; i++) {
        snprintf(hex, sizeof hex, "%016llx", (unsigned long long)e->seen[i]);
        json_array_append_new(seen, json_string(hex));
    }
    for (size_t i = 0; i < e->nalerted; i++) {
        snprintf(hex, sizeof hex, "%016llx", (unsigned long long)e->alerted[i].event);
        json_object_set_new(alerted, e->alerted[i].status, json_string(hex));
        json_object_set_new(alerted_at, e->alerted[i].status,
                            json_integer((json_int_t)e->alerted[i].offset));
    }
    json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:o, s:o, s:o}", "first", e->first, "first_ms",
                          (json_int_t)e->first_ms, "last_ms", (json_int_t)e->last_ms, "count",
                          (json_int_t)e->count, "seen", seen, "alerted", alerted, "alerted_at",
                          alerted_at);
    char *str = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    return str;
}

int cluster_store_load(cluster_store *s, int32_t partition, const char *key, size_t key_len,
                       const void *value, size_t value_len)
{
    ptable *t = table(s, partition, 1);
    if (!t || !key || key_len == 0)
        return -1;
    centry **pp = slot(t, key, key_len);
    if (!value) { /* tombstone */
        if (*pp) {
            centry *e = *pp;
            *pp = e->next;
            free(e->key);
            free(e);
            t->n--;
        }
        return 0;
    }
    json_t *o = json_loadb(value, value_len, 0, NULL);
    const char *first = json_string_value(json_object_get(o, "first"));
    if (!o || !first) {
        json_decref(o);
        return -1;
    }
    centry *e = *pp ? *pp : insert(s, t, key, key_len);
    if (!e) {
        json_decref(o);
        return -1;
    }
    copy_id(e->first, sizeof e->first, first);
    e->first_ms = json_integer_value(json_object_get(o, "first_ms"));
    e->last_ms = json_integer_value(json_object_get(o, "last_ms"));
    e->count = json_integer_value(json_object_get(o, "count"));
    e->nseen = 0;
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(o, "seen"), i, v)
    {
        if (e->nseen < MAX_SEEN && json_is_string(v))
            e->seen[e->nseen++] = strtoull(json_string_value(v), NULL, 16);
    }
    e->nalerted = 0;
    const char *st;
    json_object_foreach(json_object_get(o, "alerted"), st, v)
    {
        if (e->nalerted < MAX_ALERTED && json_is_string(v)) {
            copy_id(e->alerted[e->nalerted].status, sizeof e->alerted[0].status, st);
            e->alerted[e->nalerted].event = strtoull(json_string_value(v), NULL, 16);
            json_t *at = json_object_get(json_object_get(o, "alerted_at"), st);
            e->alerted[e->nalerted].offset = json_is_integer(at) ? json_integer_value(at) : -1;
            e->nalerted++;
        }
    }
    json_decref(o);
    return 0;
}

int cluster_store_observe(cluster_store *s, int32_t partition, const char *cluster_key,
                          const char *event_id, const char *status, int64_t event_ms,
                          int wants_alert, int64_t offset, int retraction,
                          cluster_decision *out)
{
    size_t klen = strlen(cluster_key);
    int changed = 0;
    memset(out, 0, sizeof *out);
    ptable *t = table(s, partition, 1);
    if (!t)
        return -1;
    centry *e = *slot(t, cluster_key, klen);
    int64_t gap = e ? event_ms - e->first_ms : 0;
    if (e && (gap > s->window_ms || gap < -s->window_ms)) {
        /* The same participants, type and date bucket, but too far apart: a new event. */
        e->nseen = 0;
        e->nalerted = 0;
        e->count = 0;
        e->first[0] = '\0';
    }
    if (!e) {
        e = insert(s, t, cluster_key, klen);
        if (!e)
            return -1;
    }
    uint64_t h = id_hash(event_id);
    size_t idx = MAX_SEEN;
    for (size_t i = 0; i < e->nseen; i++)
        if (e->seen[i] == h)
            idx = i;
    if (!e->first[0]) {
        copy_id(e->first, sizeof e->first, event_id);
        e->first_ms = event_ms;
        e->count = 1;
        e->seen[0] = h;
        e->nseen = 1;
        changed = 1;
        out->first_report = 1;
        out->report_count = 1;
    } else if (strcmp(e->first, event_id) == 0) {
        out->first_report = 1; /* the first report again (a redelivery or a correction) */
        out->report_count = 1;
    } else if (idx < MAX_SEEN) {
        out->report_count = (int64_t)idx + 1; /* seen before: the same answer as then */
    } else {
        e->count++;
        if (e->nseen < MAX_SEEN)
            e->seen[e->nseen++] = h;
        out->report_count = e->count;
        changed = 1;
    }
    if (!out->first_report)
        copy_id(out->duplicate_of, sizeof out->duplicate_of, e->first);
    if (wants_alert && status) {
        size_t a;
        for (a = 0; a < e->nalerted; a++)
            if (strcmp(e->alerted[a].status, status) == 0)
                break;
        if (a < e->nalerted) {
            /* The record that raised it, processed again after a crash (same offset):
             * the alert again. A retraction of that event: its alert too. The same event
             * in a new message (an article delivered twice): no second alert. */
            out->alert = e->alerted[a].event == h &&
                         (retraction || (offset >= 0 && e->alerted[a].offset == offset));
        } else if (e->nalerted < MAX_ALERTED && !retraction) {
            copy_id(e->alerted[e->nalerted].status, sizeof e->alerted[0].status, status);
            e->alerted[e->nalerted].event = h;
            e->alerted[e->nalerted].offset = offset;
            e->nalerted++;
            out->alert = 1;
            changed = 1;
        }
    }
    if (event_ms > e->last_ms) {
        e->last_ms = event_ms;
        changed = 1;
    }
    if (changed) {
        out->changelog = serialize(e);
        if (!out->changelog)
            return -1;
    }
    return 0;
}
