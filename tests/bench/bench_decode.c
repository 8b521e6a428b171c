/* bench_decode.c - what decoding an article message costs (consumers/article.c): each
 * line of a JSONL file is decoded N times with article_scan first (the daemon's way) and N
 * times with jansson only, alternately, and the best pass of each is reported in ns per
 * message and MB/s, with their ratio. Never a ctest test: its figures depend on the machine.
 *   bench_decode [-n PASSES] FILE.jsonl */
#define _POSIX_C_SOURCE 200809L
#include "article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    char *s;
    size_t len;
} line;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One pass over every line; the seconds it took. Exits on a message that fails. */
static double pass(const article_decoder *d, const line *v, size_t n, size_t *ok)
{
    char why[256];
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        article a;
        if (article_decode(d, v[i].s, v[i].len, "bench/0/0", -1, &a, why, sizeof why) == ART_OK)
            (*ok)++;
        article_clear(&a);
    }
    return now() - t0;
}

int main(int argc, char **argv)
{
    int passes = 5;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            passes = atoi(argv[++i]);
        else
            path = argv[i];
    }
    if (!path || passes < 1) {
        fprintf(stderr, "usage: bench_decode [-n PASSES] FILE.jsonl\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "bench_decode: cannot open %s\n", path);
        return 1;
    }
    line *v = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    char *s = NULL;
    size_t scap = 0;
    ssize_t r;
    while ((r = getline(&s, &scap, f)) > 0) {
        while (r > 0 && (s[r - 1] == '\n' || s[r - 1] == '\r'))
            r--;
        if (r == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            line *nv = realloc(v, cap * sizeof *v);
            if (!nv)
                return 1;
            v = nv;
        }
        v[n].s = malloc((size_t)r);
        if (!v[n].s)
            return 1;
        memcpy(v[n].s, s, (size_t)r);
        v[n].len = (size_t)r;
        bytes += (size_t)r;
        n++;
    }
    free(s);
    fclose(f);
    article_decoder_opts o = {0};
    article_decoder *scan = article_decoder_new(&o), *jansson = article_decoder_new(&o);
    if (!scan || !jansson || n == 0) {
        fprintf(stderr, "bench_decode: no decoder or no messages\n");
        return 1;
    }
    article_decoder_use_scan(jansson, 0);
    double best_scan = 1e30, best_jansson = 1e30;
    size_t ok_scan = 0, ok_jansson = 0;
    for (int p = 0; p < passes; p++) {
        double a = pass(scan, v, n, &ok_scan), b = pass(jansson, v, n, &ok_jansson);
        best_scan = a < best_scan ? a : best_scan;
        best_jansson = b < best_jansson ? b : best_jansson;
    }
    printf("messages        %zu (%.2f MB), %zu decoded per pass, best of %d passes\n", n,
           (double)bytes / 1e6, ok_scan / (size_t)passes, passes);
    printf("scan first      %.0f ns/message, %.1f MB/s\n", best_scan / (double)n * 1e9,
           (double)bytes / 1e6 / best_scan);
    printf("jansson only    %.0f ns/message, %.1f MB/s\n", best_jansson / (double)n * 1e9,
           (double)bytes / 1e6 / best_jansson);
    printf("scan / jansson  %.3f (time)\n", best_scan / best_jansson);
    article_decoder_destroy(scan);
    article_decoder_destroy(jansson);
    for (size_t i = 0; i < n; i++)
        free(v[i].s);
    free(v);
    return ok_scan == ok_jansson ? 0 : 1;
}
