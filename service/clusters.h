/* clusters.h - cross-article state: which real-world events (cluster_key) have been
 * reported, by which event first, how often, and for which statuses an alert fired.
 * One table per partition of the repartition topic; each change is also written to the
 * compacted changelog topic (same partition), from which a table is restored when its
 * partition is assigned. A table takes no lock of its own: the caller keeps one thread at
 * a time on a partition (pipeline.c: the partition's worker, or with dedup.local.enabled
 * the partition's lock); the registry of tables has a lock.
 *
 * DESIGN: the decision for a record is idempotent, so a record processed again after a
 * crash (at_least_once) gets the same answer: an event_id already seen keeps its
 * first_report / duplicate_of, and the event that raised an alert for a status raises
 * it again (a duplicate alert, allowed under at_least_once; exactly_once rebuilds the
 * tables from the committed changelog after an abort, so no duplicate there). */
#ifndef PARLEY_CLUSTERS_H
#define PARLEY_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

typedef struct cluster_store cluster_store;

/* window_ms: reports of one cluster_key farther apart than this start a new cluster.
 * max_per_partition: entries kept per partition (the oldest are dropped beyond it). */
cluster_store *cluster_store_new(int64_t window_ms, size_t max_per_partition);
void cluster_store_destroy(cluster_store *s); /* accepts NULL */

/* Restoring: apply one changelog message (value NULL = tombstone). Unparseable values
 * are ignored (returns -1) so a bad changelog entry cannot stop a restore. */
int cluster_store_load(cluster_store *s, int32_t partition, const char *key, size_t key_len,
                       const void *value, size_t value_len);
/* Forgets a partition's table (revoked, or about to be restored again). */
void cluster_store_drop(cluster_store *s, int32_t partition);
size_t cluster_store_size(cluster_store *s, int32_t partition);
size_t cluster_store_count(cluster_store *s); /* entries over all partitions; any thread */

typedef struct cluster_decision {
    int first_report;     /* 1: this event is the first report of its cluster */
    char duplicate_of[72]; /* first event_id when not the first report */
    int64_t report_count; /* reports of this cluster so far, this one included */
    int alert;            /* 1: an alert for (cluster, status) should fire with this event */
    char *changelog;      /* new state to write to the changelog (caller frees) */
} cluster_decision;

/* Records one report. event_ms: the article's publication time (ms since epoch).
 * wants_alert: the record matches an alert rule. offset: the identity of the message
 * (its article's input position, processor_origin, else its offset in the repartition
 * partition): the record that raised an alert raises it again only when that same message
 * is processed again, after a crash; -1 = unknown. retraction: the record
 * retracts an event (corrections.h): it alerts when that event raised an alert, and
 * never starts one. Returns 0, or -1 on no memory. */
int cluster_store_observe(cluster_store *s, int32_t partition, const char *cluster_key,
                          const char *event_id, const char *status, int64_t event_ms,
                          int wants_alert, int64_t offset, int retraction,
                          cluster_decision *out);

#endif
