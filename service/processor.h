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

/* Records only, for `parleyd extract`: a new JSON array (caller owns). */
int processor_records(processor *p, const article *a, json_t **records, processor_stats *st,
                      char *err, size_t errlen);

#endif
