/* metrics.h - operability: a registry of labelled counters and a latency histogram,
 * the parser for librdkafka's statistics JSON, and the HTTP endpoint (libmicrohttpd)
 * serving /metrics (Prometheus text format 0.0.4), /healthz and /readyz.
 *
 * DESIGN
 * - The registry is independent of the server: the pipeline counts into it whether or
 *   not metrics.listen is set. Every counting function accepts a NULL registry (no-op),
 *   so call sites need no `if`. All registry functions are thread-safe (one mutex).
 * - The server knows nothing of the pipeline's internals: it reads a metrics_source,
 *   a set of callbacks plus an opaque pointer. The callbacks run on libmicrohttpd's
 *   thread, once per request, so they must be thread-safe (pipeline_get_counters is:
 *   atomics). The server borrows the source's registry and opaque; destroy the server
 *   before either.
 * - Kafka client state (consumer lag per owned partition, producer queue, transaction
 *   and group state, broker reachability) comes from librdkafka's statistics: the
 *   stats_cb of each client hands its JSON to metrics_update_rdkafka_stats(), which
 *   replaces the previous snapshot of that client type. Partitions the consumer no
 *   longer owns disappear with the next snapshot. */
#ifndef PARLEY_METRICS_H
#define PARLEY_METRICS_H

#include "pipeline.h"

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

/* ---- registry ------------------------------------------------------------------------- */

typedef struct metrics_registry metrics_registry;

metrics_registry *metrics_registry_new(void);
void metrics_registry_destroy(metrics_registry *r); /* accepts NULL */

/* Adds n to the counter `name` (a Prometheus metric name; by convention ending in
 * _total) for the given label values. label1/label2 name the labels and may be NULL
 * (fewer labels); the label names of a family are fixed by its first use. Families and
 * series are created on first use, up to fixed caps (64 families, 512 series each) so
 * that label values taken from input cannot grow memory without bound; past a cap the
 * increment is dropped and counted in parley_metrics_dropped_total. Returns 0, or -1
 * (bad name, label mismatch, cap reached, out of memory). help is used on creation. */
int metrics_counter_add(metrics_registry *r, const char *name, const char *help,
                        const char *label1, const char *value1, const char *label2,
                        const char *value2, uint64_t n);

/* parley_events_total{type,status}: one published event record. */
void metrics_count_event(metrics_registry *r, const char *type, const char *status);
/* The same, reading "type" and "status" from a parley.contact.v1 record. */
void metrics_count_record(metrics_registry *r, const json_t *record);
/* parley_alerts_total{rule}: one record published to the alerts topic by this rule. */
void metrics_count_alert(metrics_registry *r, const char *rule);
/* parley_dead_letters_total{reason}: one message dead-lettered (reason as in the
 * __parley.errors.reason header: not_json, too_large, processor_error...). */
void metrics_count_dead_letter(metrics_registry *r, const char *reason);
/* parley_processing_seconds: time from dispatch to outputs handed to the producer. */
void metrics_observe_processing(metrics_registry *r, double seconds);

/* ---- librdkafka statistics ---------------------------------------------------------- */

typedef struct metrics_partition_lag {
    char topic[256];
    int32_t partition;
    int64_t lag; /* consumer_lag; -1 when librdkafka does not know it yet */
} metrics_partition_lag;

/* What Parley takes from one statistics emit of one client. */
typedef struct metrics_kafka_stats {
    char type[16]; /* "consumer" or "producer" */
    /* consumer: owned partitions only (desired, fetch_state offset-query, offset-wait or
     * active; the internal UA partition -1 excluded). Owned by the struct. */
    metrics_partition_lag *lags;
    size_t nlags;
    char group_state[32];      /* cgrp.state, e.g. "up"; "" without a group */
    char group_join_state[48]; /* cgrp.join_state, e.g. "steady" */
    int64_t assignment_size;   /* cgrp.assignment_size, -1 when absent */
    int64_t rebalance_cnt;     /* cgrp.rebalance_cnt, -1 when absent */
    /* both: brokers (learned or configured, not internal/logical) and those UP */
    int brokers, brokers_up;
    /* producer */
    int64_t msg_cnt, msg_size, msg_max, msg_size_max;
    char idemp_state[32]; /* eos.idemp_state, "" when absent */
    char txn_state[32];   /* eos.txn_state, "" when absent; "Init" when not transactional */
} metrics_kafka_stats;

/* Parses one statistics JSON object (as passed to librdkafka's stats_cb). Returns 0 and
 * fills out (release with metrics_kafka_stats_clear), or -1 with err. */
int metrics_parse_rdkafka_stats(const char *json, size_t len, metrics_kafka_stats *out,
                                char *err, size_t errlen);
void metrics_kafka_stats_clear(metrics_kafka_stats *s);

/* Parses and stores the snapshot in the registry, replacing the previous one of the same
 * client type. Call it from stats_cb (and return 0 there: librdkafka frees the JSON).
 * Returns 0, or -1 with err (the previous snapshot is kept). NULL registry: no-op. */
int metrics_update_rdkafka_stats(metrics_registry *r, const char *json, size_t len, char *err,
                                 size_t errlen);

/* Kafka-side readiness from the latest consumer snapshot: the group handler is "up"
 * with join_state "steady" and at least one broker is UP. 0 before the first snapshot
 * or when it is older than max_age_ms (the stats stopped: the consumer is closed or
 * stuck). */
int metrics_rdkafka_ready(metrics_registry *r, int64_t max_age_ms);

/* ---- exposition ------------------------------------------------------------------------ */

/* A capped text buffer the exposition is written into. */
typedef struct metrics_buf metrics_buf;

/* printf into the buffer. Returns 0, or -1 once the cap (4 MiB) is reached (the output
 * is then truncated at a line boundary and the scrape answered with 500). */
int metrics_buf_printf(metrics_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Writes a label value with Prometheus escaping (backslash, double quote, newline). */
int metrics_buf_label_value(metrics_buf *b, const char *value);

typedef struct metrics_source {
    void *opaque;               /* passed to every callback; borrowed */
    metrics_registry *registry; /* borrowed; may be NULL */
    /* Fills the pipeline's counters. NULL: the pipeline metrics are left out. */
    void (*counters)(void *opaque, pipeline_counters *out);
    /* 1 while alive (no fatal error). NULL: always alive. */
    int (*alive)(void *opaque);
    /* 1 when ready (group joined and a broker reachable). NULL: alive and
     * metrics_rdkafka_ready(registry, 60000). */
    int (*ready)(void *opaque);
    /* Appends more exposition text (whole families with HELP/TYPE). May be NULL. */
    void (*extra)(void *opaque, metrics_buf *out);
    const char *version; /* parley_build_info{version}; copied; NULL = "unknown" */
} metrics_source;

/* Renders the whole /metrics document (what a scrape returns) into a new string
 * (caller frees); NULL when out of memory or over the cap. For tests and --embedded. */
char *metrics_render(const metrics_source *src, size_t *len);

/* ---- server -------------------------------------------------------------------------------- */

typedef struct metrics_server metrics_server;

/* Starts the endpoint on listen = "host:port" ("0.0.0.0:9464", "127.0.0.1:0",
 * "[::]:9464", ":9464" = every IPv4 address; port 0 = an ephemeral port). The source is
 * copied (its registry and opaque are borrowed). NULL with err when the address is
 * malformed or cannot be bound. */
metrics_server *metrics_new(const char *listen, const metrics_source *src, char *err,
                            size_t errlen);
/* Checks the syntax of a metrics.listen value without resolving or binding (for
 * configuration validation: exit code 2 rather than a start-up failure). 0 or -1. */
int metrics_check_listen(const char *listen, char *err, size_t errlen);

/* Stops serving (waits for the request in progress) and frees. Accepts NULL. */
void metrics_destroy(metrics_server *s);

/* The bound port (the actual one when 0 was asked for). */
uint16_t metrics_port(const metrics_server *s);

#endif
