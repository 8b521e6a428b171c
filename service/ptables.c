/* ptables.c - per-partition chained hash tables with a locked registry and eviction of
 * the oldest entries (see ptables.h). */
#include "ptables.h"

#include <stdlib.h>
#include <string.h>

uint64_t pt_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void pt_registry_init(pt_registry *r, size_t initial_buckets, pt_free_fn free_entry, void *ctx)
{
    memset(r, 0, sizeof *r);
    pthread_mutex_init(&r->lock, NULL);
    r->initial_buckets = initial_buckets ? initial_buckets : 256;
    r->free_entry = free_entry;
    r->ctx = ctx;
}

static void free_table(pt_registry *r, pt_table *t)
{
    for (size_t b = 0; b < t->nbuckets; b++) {
        pt_entry *e = t->buckets[b];
        while (e) {
            pt_entry *next = e->next;
            r->free_entry(e, r->ctx);
            e = next;
        }
    }
    free(t->buckets);
    free(t);
}

void pt_registry_destroy(pt_registry *r)
{
    for (size_t i = 0; i < r->ntables; i++)
        free_table(r, r->tables[i]);
    free(r->tables);
    pthread_mutex_destroy(&r->lock);
}

pt_table *pt_table_of(pt_registry *r, int32_t partition, int create)
{
    pt_table *t = NULL;
    pthread_mutex_lock(&r->lock);
    for (size_t i = 0; i < r->ntables; i++)
        if (r->tables[i]->partition == partition)
            t = r->tables[i];
    if (!t && create) {
        if (r->ntables == r->cap) {
            size_t ncap = r->cap ? r->cap * 2 : 8;
            pt_table **nt = realloc(r->tables, ncap * sizeof *nt);
            if (!nt)
                goto out;
            r->tables = nt;
            r->cap = ncap;
        }
        t = calloc(1, sizeof *t);
        if (t) {
            t->partition = partition;
            t->nbuckets = r->initial_buckets;
            t->buckets = calloc(t->nbuckets, sizeof *t->buckets);
            if (!t->buckets) {
                free(t);
                t = NULL;
            } else {
                r->tables[r->ntables++] = t;
            }
        }
    }
out:
    pthread_mutex_unlock(&r->lock);
    return t;
}

void pt_registry_drop(pt_registry *r, int32_t partition)
{
    pt_table *t = NULL;
    pthread_mutex_lock(&r->lock);
    for (size_t i = 0; i < r->ntables; i++) {
        if (r->tables[i]->partition == partition) {
            t = r->tables[i];
            r->tables[i] = r->tables[--r->ntables];
            break;
        }
    }
    pthread_mutex_unlock(&r->lock);
    if (t)
        free_table(r, t); /* outside the registry lock: the callback may take others */
}

pt_entry **pt_slot(pt_table *t, const char *key, size_t len)
{
    pt_entry **pp = &t->buckets[pt_hash(key, len) % t->nbuckets];
    while (*pp && !(strlen((*pp)->key) == len && memcmp((*pp)->key, key, len) == 0))
        pp = &(*pp)->next;
    return pp;
}

static void grow(pt_table *t)
{
    size_t nb = t->nbuckets * 2;
    pt_entry **nbk = calloc(nb, sizeof *nbk);
    if (!nbk)
        return; /* keep the longer chains */
    for (size_t b = 0; b < t->nbuckets; b++) {
        pt_entry *e = t->buckets[b];
        while (e) {
            pt_entry *next = e->next;
            size_t h = pt_hash(e->key, strlen(e->key)) % nb;
            e->next = nbk[h];
            nbk[h] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = nbk;
    t->nbuckets = nb;
}

void pt_link(pt_table *t, pt_entry *e)
{
    if (t->n >= t->nbuckets)
        grow(t);
    pt_entry **pp = pt_slot(t, e->key, strlen(e->key));
    e->next = *pp;
    *pp = e;
    t->n++;
}

void pt_unlink(pt_registry *r, pt_table *t, pt_entry **pp)
{
    pt_entry *e = *pp;
    *pp = e->next;
    t->n--;
    r->free_entry(e, r->ctx);
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int64_t *pt_ages_new(size_t n, size_t *drop)
{
    *drop = n / 10 + 1;
    return n ? malloc(n * sizeof(int64_t)) : NULL;
}

int64_t pt_age_cutoff(int64_t *ages, size_t n, size_t drop)
{
    qsort(ages, n, sizeof *ages, cmp_i64);
    return ages[drop < n ? drop - 1 : n - 1];
}

/* Bounded memory under adversarial input: one pass drops the oldest tenth (amortised,
 * instead of a scan per insert). */
void pt_evict_oldest(pt_registry *r, pt_table *t, const pt_entry *keep)
{
    size_t k = 0, drop;
    int64_t *ages = pt_ages_new(t->n, &drop);
    if (!ages)
        return;
    for (size_t b = 0; b < t->nbuckets; b++)
        for (pt_entry *e = t->buckets[b]; e; e = e->next)
            ages[k++] = e->age;
    int64_t cutoff = pt_age_cutoff(ages, k, drop);
    free(ages);
    for (size_t b = 0; b < t->nbuckets && drop > 0; b++)
        for (pt_entry **pp = &t->buckets[b]; *pp && drop > 0;) {
            if (*pp != keep && (*pp)->age <= cutoff) {
                pt_unlink(r, t, pp);
                drop--;
            } else {
                pp = &(*pp)->next;
            }
        }
}
