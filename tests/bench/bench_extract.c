/* bench_extract.c - extraction throughput: loads an article JSONL corpus into memory
 * (tests/bench/make_corpus.py), runs px_extract_text (the daemon's path: records as
 * JSON text) over it N times and prints sentences/s, MB/s, records and ns/sentence. Not a
 * ctest test: numbers depend on the machine. --tree measures px_extract (records as
 * jansson trees, the API for tools and enrichment) instead.
 * usage: bench_extract [-n ITERATIONS] [--threads T] [--tree] CORPUS.jsonl
 * With --threads T the corpus is split by article between T threads sharing one px_ctx
 * (read-only, as the daemon shares it); rates are wall-clock totals and per thread. The
 * CPU time of the timed passes (all threads, the process's CPU clock) is printed too. */
#include "corpus.h"
#include "extract.h"

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


typedef struct worker {
    const px_ctx *ctx;
    const bench_article *arts;
    size_t narts, first, stride;
    int iterations;
    int tree;
    size_t sentences, records, bytes, failures;
    double seconds;
} worker;

/* A clock in seconds: CLOCK_MONOTONIC (wall), or CLOCK_PROCESS_CPUTIME_ID (the CPU time
 * of every thread of this process). */
static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now_s(void)
{
    return clock_s(CLOCK_MONOTONIC);
}

static void *run(void *arg)
{
    worker *w = arg;
    char err[256];
    double t0 = now_s();
    for (int it = 0; it < w->iterations; it++) {
        for (size_t i = w->first; i < w->narts; i += w->stride) {
            json_t *recs = NULL;
            px_text_records *text = NULL;
            px_stats st;
            memset(&st, 0, sizeof st);
            if (w->tree ? px_extract(w->ctx, &w->arts[i].a, &recs, &st, err, sizeof err) != 0
                        : px_extract_text(w->ctx, &w->arts[i].a, &text, &st, err,
                                          sizeof err) != 0) {
                w->failures++;
                continue;
            }
            w->sentences += st.sentences;
            w->records += st.records;
            w->bytes += w->arts[i].a.text_len;
            json_decref(recs);
            px_text_records_destroy(text);
        }
    }
    w->seconds = now_s() - t0;
    return NULL;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_extract [-n ITERATIONS] [--threads T] [--tree] [--no-warmup] CORPUS.jsonl\n");
}

int main(int argc, char **argv)
{
    int iterations = 3, threads = 1, warmup = 1, tree = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if ((strcmp(argv[i], "-n") == 0 || strcmp(argv[i], "--iterations") == 0) && i + 1 < argc) {
            iterations = (int)strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            threads = (int)strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--tree") == 0) {
            tree = 1;
        } else if (strcmp(argv[i], "--no-warmup") == 0) {
            warmup = 0;
        } else if (argv[i][0] == '-') {
            usage();
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (!path || iterations < 1 || threads < 1 || threads > 64) {
        usage();
        return 2;
    }
    bench_article *arts = NULL;
    size_t narts = 0;
    if (bench_corpus_load(path, &arts, &narts) != 0 || narts == 0) {
        fprintf(stderr, "bench_extract: no articles in %s\n", path);
        return 1;
    }
    char err[256];
    px_options opts;
    memset(&opts, 0, sizeof opts);
    px_ctx *ctx = px_ctx_new(&opts, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "bench_extract: px_ctx_new: %s\n", err);
        return 1;
    }
    if (warmup) {
        worker w = {.ctx = ctx, .arts = arts, .narts = narts, .first = 0, .stride = 1, .iterations = 1,
                    .tree = tree};
        run(&w);
    }
    worker *ws = calloc((size_t)threads, sizeof *ws);
    pthread_t *tids = calloc((size_t)threads, sizeof *tids);
    if (!ws || !tids) {
        return 1;
    }
    double t0 = now_s(), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    for (int t = 0; t < threads; t++) {
        ws[t] = (worker){.ctx = ctx, .arts = arts, .narts = narts, .first = (size_t)t,
                         .stride = (size_t)threads, .iterations = iterations, .tree = tree};
        if (threads == 1) {
            run(&ws[t]);
        } else if (pthread_create(&tids[t], NULL, run, &ws[t]) != 0) {
            fprintf(stderr, "bench_extract: pthread_create failed\n");
            return 1;
        }
    }
    for (int t = 0; threads > 1 && t < threads; t++) {
        pthread_join(tids[t], NULL);
    }
    double wall = now_s() - t0, cpu = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    size_t sent = 0, recs = 0, bytes = 0, fails = 0;
    for (int t = 0; t < threads; t++) {
        sent += ws[t].sentences;
        recs += ws[t].records;
        bytes += ws[t].bytes;
        fails += ws[t].failures;
    }
    printf("engine          %s\n", px_version());
    printf("corpus          %s: %zu articles, %.2f MB of text per pass\n", path, narts,
           (double)bytes / iterations / 1048576.0);
    printf("passes          %d, threads %d, wall %.3f s\n", iterations, threads, wall);
    printf("sentences       %zu (%zu per pass)\n", sent, sent / (size_t)iterations);
    printf("records         %zu (%zu per pass)\n", recs, recs / (size_t)iterations);
    printf("sentences/s     %.0f total, %.0f per thread\n", (double)sent / wall,
           (double)sent / wall / threads);
    printf("MB/s            %.2f total, %.2f per thread\n", (double)bytes / wall / 1048576.0,
           (double)bytes / wall / 1048576.0 / threads);
    printf("ns/sentence     %.0f (per thread)\n", sent ? wall * 1e9 * threads / (double)sent : 0.0);
    printf("cpu             %.3f s (timed passes, all threads), %.0f sentences per CPU-second\n", cpu,
           cpu > 0 ? (double)sent / cpu : 0.0);
    if (fails) {
        printf("failures        %zu px_extract calls returned -1\n", fails);
    }
    px_ctx_destroy(ctx);
    for (size_t i = 0; i < narts; i++) {
        json_decref(arts[i].obj);
    }
    free(arts);
    free(ws);
    free(tids);
    return fails ? 1 : 0;
}
