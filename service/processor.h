/* processor.h - the processing stage: one decoded article in, output messages out.
 * The narrow interface the pipeline calls; "extract" runs the extraction engine,
 * "passthrough" emits one diagnostic record per article (pipeline tests, benchmarks).
 * A processor is shared by all workers: process() must be thread-safe. */
#ifndef PARLEY_PROCESSOR_H
#define PARLEY_PROCESSOR_H

#include "../consumers/article.h"
#include "../producers/output.h"
#include "config.h"

#include <stdio.h>

typedef struct processor processor;

typedef struct processor_stats {
    size_t records;
    size_t alerts;
    const char *skipped_reason; /* e.g. "language:fr", or NULL */
} processor_stats;

processor *processor_new(const pconfig *conf, char *err, size_t errlen);
void processor_destroy(processor *p); /* accepts NULL */

typedef struct metrics_registry metrics_registry; /* metrics.h */
/* Counts events and alerts into reg (borrowed, may be NULL). */
void processor_set_metrics(processor *p, metrics_registry *reg);

/* Appends this article's outputs to out. -1 with err on an internal failure (the
 * pipeline then dead-letters the message with stage "process"). */
int processor_run(processor *p, const article *a, poutputs *out, processor_stats *st, char *err,
                  size_t errlen);

/* Cross-article stage A: extraction; each record goes to the repartition topic keyed by
 * its cluster_key (value: the record), and with corrections.enabled the article's
 * manifest too (key article:<id>, see corrections.h). Passthrough has no cluster key:
 * use processor_run. */
int processor_stage_a(processor *p, const article *a, const char *repartition_topic,
                      poutputs *out, processor_stats *st, char *err, size_t errlen);

/* One record to the repartition topic (stage A; also a retraction): key its
 * cluster_key, value the record without first_report / duplicate_of / report_count
 * (removed from r; stage B appends them), and headers with what stage B needs so that
 * it never parses the record again: parley_eid, parley_type, parley_status,
 * parley_okey (the output key), parley_pub (published_at), one parley_rule per
 * matching alert rule, parley_retracted on a retraction. *value / *value_len (may be NULL): the serialized record, owned
 * by out. */
int processor_rep_output(processor *p, json_t *r, const char *topic, poutputs *out,
                         const char **value, size_t *value_len);

/* Where stage A's outputs of an article came from: its input partition and offset as one
 * number (bit 62 set, the partition above bit 40), or -1 when the article is not from
 * Kafka (or the position does not fit). Stage A writes it to every record and manifest
 * (header parley_origin); stage B gives it to the state (clusters.h, corrections.h) as the
 * identity of the message, so that the article processed again after a crash is known
 * whichever way its records reach stage B (the repartition topic or in-process). */
int64_t processor_origin(int32_t partition, int64_t offset);
/* The parley_origin header of a repartitioned message, -1 when absent or not a number. */
int64_t processor_rep_origin(rd_kafka_headers_t *h);

/* The stage-B fields of a repartitioned record, from its headers. */
typedef struct rep_fields {
    const char *event_id, *type, *status, *okey, *published_at; /* published_at may be NULL */
    int64_t published_ms;                                        /* -1 when unknown */
    size_t nrules;                                               /* alert rules it matched */
    int retracted;                                               /* a retraction record */
    int64_t origin;                                              /* parley_origin, -1 none */
    rd_kafka_headers_t *hdrs;                                    /* the message's */
    char eid_buf[72], type_buf[32], status_buf[32], okey_buf[128], pub_buf[256];
} rep_fields;

/* 0 and f filled when a repartitioned record (value, len bytes; headers h, may be NULL)
 * carries the stage-B headers (and binary CloudEvents are configured); -1: use
 * processor_stage_b on the parsed record. */
int processor_rep_fields(const processor *p, const void *value, size_t len,
                         rd_kafka_headers_t *h, rep_fields *f);

/* Stage B without parsing: the record's value (len bytes) with the decision's first_report / duplicate_of /
 * report_count appended, to the events topic (and template topic), and to the alerts
 * topic when alert is set, with parley_alert_rule headers. */
typedef struct cluster_decision cluster_decision; /* clusters.h */
int processor_stage_b_bytes(processor *p, const void *value, size_t len, const rep_fields *f,
                            const cluster_decision *d, int alert, poutputs *out,
                            processor_stats *st, char *err, size_t errlen);

/* 1 when the record matches an alert rule. */
int processor_wants_alert(processor *p, const json_t *record);

/* Cross-article stage B: the record (with first_report / duplicate_of / report_count
 * already set) to the events topic (and template topic), and to the alerts topic when
 * alert is set. */
int processor_stage_b(processor *p, const json_t *record, int alert, poutputs *out,
                      processor_stats *st, char *err, size_t errlen);

int processor_is_passthrough(const processor *p);

/* Article fetching (enrich.fetch.enabled): fills page from url. -1 when fetching is off
 * or failed (page->error says why). The caller clears the page. */
struct enrich_page;
int processor_fetch(processor *p, const char *url, struct enrich_page *page);

/* The enrichment context (NULL when every backend is off), for its counters. */
struct enrich_ctx;
struct enrich_ctx *processor_enrich(processor *p);

/* The record's article.published_at in ms since the epoch, or -1. */
int64_t record_published_ms(const json_t *record);

/* Records only, for `parleyd extract`: a new JSON array (caller owns). */
int processor_records(processor *p, const article *a, json_t **records, processor_stats *st,
                      char *err, size_t errlen);

/* Records only, for `parleyd extract`: each on a line of out, compact JSON. Written as
 * text by extraction (the daemon's path) unless enrichment edits them; the lines are the
 * same either way (tests/cli/test_record_paths.py). */
int processor_print_records(processor *p, const article *a, FILE *out, processor_stats *st,
                            char *err, size_t errlen);

#endif
