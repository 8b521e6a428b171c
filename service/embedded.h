/* embedded.h - `parleyd run --embedded`: the real pipeline on librdkafka's in-process
 * mock cluster. Articles (JSONL) from stdin are produced to the input topic; records
 * published to the events topic (or, with --envelope, every message of every output
 * topic) are printed to stdout. Returns once stdin is closed and all of it processed. */
#ifndef PARLEY_EMBEDDED_H
#define PARLEY_EMBEDDED_H

#include "config.h"

#include <signal.h>

/* Returns the process exit code. conf is modified (bootstrap servers). */
int embedded_run(pconfig *conf, int envelope, volatile sig_atomic_t *stop);

#endif
