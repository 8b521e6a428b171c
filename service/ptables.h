/* ptables.h - per-partition hash tables of keyed entries, the storage under the
 * correction state (corrections.h; the cluster state keeps slots of its own, clusters.c),
 * and the hash and eviction cutoff both use: one table
 * per partition of the repartition topic, created on first use, dropped when the
 * partition is revoked, with eviction of the oldest entries.
 *
 * An entry type embeds pt_entry as its first member; the registry frees entries through
 * the callback it was given. A table is only touched by the worker that owns its
 * partition (no lock); the registry of tables has a lock. */
#ifndef PARLEY_PTABLES_H
#define PARLEY_PTABLES_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pt_entry {
    struct pt_entry *next;
    char *key; /* NUL-terminated, owned */
    int64_t age; /* eviction order: the smallest go first */
} pt_entry;

typedef struct pt_table {
    int32_t partition;
    pt_entry **buckets;
    size_t nbuckets, n;
} pt_table;

typedef void (*pt_free_fn)(pt_entry *e, void *ctx);

typedef struct pt_registry {
    pthread_mutex_t lock;
    pt_table **tables;
    size_t ntables, cap;
    size_t initial_buckets;
    pt_free_fn free_entry;
    void *ctx;
} pt_registry;

uint64_t pt_hash(const char *s, size_t n); /* FNV-1a */
/* Eviction in two steps: room for the ages of n entries and how many of them go (the
 * oldest tenth, at least one; NULL when n is 0 or on no memory), then the age at or below
 * which the drop oldest lie (sorts ages). */
int64_t *pt_ages_new(size_t n, size_t *drop);
int64_t pt_age_cutoff(int64_t *ages, size_t n, size_t drop);

void pt_registry_init(pt_registry *r, size_t initial_buckets, pt_free_fn free_entry, void *ctx);
void pt_registry_destroy(pt_registry *r); /* frees every table and entry */
/* The table of a partition (created when create is set; NULL on no memory or absent). */
pt_table *pt_table_of(pt_registry *r, int32_t partition, int create);
/* Frees a partition's table and entries. The caller may hold no table lock. */
void pt_registry_drop(pt_registry *r, int32_t partition);

/* Where key is, or where it would be linked (*slot == NULL). */
pt_entry **pt_slot(pt_table *t, const char *key, size_t len);
/* Links a new entry (key already set) into t, growing the table when it is full. */
void pt_link(pt_table *t, pt_entry *e);
/* Unlinks *pp and frees it through the registry's callback. */
void pt_unlink(pt_registry *r, pt_table *t, pt_entry **pp);
/* Frees the tenth of t with the smallest ages (at least one entry), except keep. */
void pt_evict_oldest(pt_registry *r, pt_table *t, const pt_entry *keep);

#endif
