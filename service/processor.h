/* processor.h - the processing stage: one decoded article in, output messages out.
 * The narrow interface the pipeline calls; "extract" runs the extraction engine,
 * "passthrough" emits one diagnostic record per article (pipeline tests, benchmarks).
 * A processor is shared by all workers: process() must be thread-safe. */
#ifndef PARLEY_PROCESSOR_H
#define PARLEY_PROCESSOR_H

#include "../consumers/article.h"
#include "../producers/output.h"
#include "config.h"

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

#endif
