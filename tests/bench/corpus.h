/* corpus.h - the benchmark corpus (tests/bench/make_corpus.py, JSON lines of articles)
 * loaded into memory as px_articles, for bench_extract and bench_state. */
#ifndef PARLEY_BENCH_CORPUS_H
#define PARLEY_BENCH_CORPUS_H

#include "extract.h"

#include <jansson.h>
#include <stddef.h>

typedef struct bench_article {
    json_t *obj; /* owns the strings below */
    px_article a;
} bench_article;

/* 0 and a new array in *out (bench_corpus_free); lines without text are skipped with a
 * message on stderr. */
int bench_corpus_load(const char *path, bench_article **out, size_t *n_out);
void bench_corpus_free(bench_article *v, size_t n);

#endif
