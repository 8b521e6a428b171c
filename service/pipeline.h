/* pipeline.h - the daemon's Kafka pipeline: a consumer-group member on the input topic,
 * worker threads running the processor, and an idempotent (at_least_once) or
 * transactional (exactly_once) producer for events and dead letters.
 *
 * DESIGN
 * - The calling thread owns the consumer: it polls, dispatches each message to worker
 *   (partition % threads) so a partition's outputs keep its input order, and runs the
 *   rebalance callback, offset storing and transactions. With the cross-article stage,
 *   the repartition partitions come from a queue of their own, read first (in batches),
 *   and each worker takes their records before queued articles: they finish work
 *   already started. Input and repartition messages share processing.max.inflight.
 *   What stage A makes for a repartition partition this instance owns (restored) is
 *   decided in the article's job instead (dedup.local.enabled): a partition's state then
 *   has a lock, and a revoke gives the partition up, then waits for all work in flight.
 * - Workers decode, process and produce. Each produced message carries its job as
 *   opaque; a job completes when every output is acknowledged. Only then is its offset
 *   marked done in the offset tracker, which yields the highest contiguous committable
 *   offset per partition.
 * - A poller thread serves the producer's delivery reports and re-produces failed
 *   outputs after a back-off (at_least_once: never dropped). Under exactly_once a failed
 *   output aborts the transaction and the consumer is rewound to the committed offsets.
 * - Shutdown: stop fetching, wait for in-flight jobs (bounded), commit, close the
 *   consumer, flush the producer. */
#ifndef PARLEY_PIPELINE_H
#define PARLEY_PIPELINE_H

#include "config.h"

#include <signal.h>
#include <stdint.h>

typedef struct pipeline pipeline;

typedef struct pipeline_counters {
    uint64_t consumed, completed, decoded, dlq, records, skipped, produce_errors;
    uint64_t retracted; /* retraction records (corrections) */
    uint64_t delivered[3]; /* by out_kind: events, alerts, dlq */
    uint64_t routed;       /* copies to topic.events.template topics */
    /* cross-article state: input messages vs repartition entries (records and manifests,
     * a bundle's counted one by one), internal topic deliveries */
    uint64_t consumed_rep, completed_input, completed_rep, internal_delivered;
    uint64_t rep_local; /* repartitioned messages decided in-process (dedup.local.enabled) */
    uint64_t txn_commits, txn_aborts;
    int64_t inflight;
    /* corrections: articles and bytes of the article state (-1: corrections off) */
    int64_t corrections_articles, corrections_bytes;
    int64_t dedup_clusters; /* -1: dedup off */
    int assigned_partitions;
    int fatal;
} pipeline_counters;

pipeline *pipeline_new(const pconfig *conf, char *err, size_t errlen);
void pipeline_destroy(pipeline *p); /* accepts NULL */

/* Runs until *stop becomes non-zero (or a fatal error). Returns the exit code: 0 after a
 * clean drain, 1 on a fatal error or a drain that did not finish in time. */
int pipeline_run(pipeline *p, volatile sig_atomic_t *stop);

void pipeline_get_counters(pipeline *p, pipeline_counters *c);

/* The article decoder the configuration describes (article.* keys); NULL on bad options.
 * `parleyd extract` uses it too, so both decode alike. */
struct article_decoder;
struct article_decoder *pipeline_article_decoder(const pconfig *conf);

/* "<group.id>.<purpose>": the name of an internal topic (repartition, clusters). */
void pipeline_internal_topic(const pconfig *conf, const char *purpose, char *out, size_t cap);

/* The cluster is librdkafka's mock (--embedded), which has no admin API for the internal
 * topics' housekeeping (their cleanup policy, purging): skip it. Call before pipeline_run. */
void pipeline_set_mock_cluster(pipeline *p);

typedef struct metrics_registry metrics_registry; /* metrics.h */
/* Counts into reg (borrowed, may be NULL). Call before pipeline_run. */
void pipeline_set_metrics(pipeline *p, metrics_registry *reg);

/* The enrichment counters of the current processing stage; 0, or -1 when enrichment is
 * off. Safe from any thread (a SIGHUP reload may swap the stage meanwhile). */
struct enrich_stats;
int pipeline_enrich_stats(pipeline *p, struct enrich_stats *out);

/* SIGHUP: when *flag becomes non-zero the run loop clears it, calls load(opaque) for a
 * freshly read configuration and swaps in a new processing stage built from it (alert
 * rules, actor dictionary, lexicons). In-flight messages finish with the stage they
 * started with; nothing is dropped or repeated. A load or build failure keeps the old
 * stage and logs why. load returns a new pconfig (the pipeline destroys it) or NULL. */
void pipeline_set_reload(pipeline *p, volatile sig_atomic_t *flag,
                         pconfig *(*load)(void *opaque), void *opaque);

#endif
