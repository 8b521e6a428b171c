/* corpus.c - loads the benchmark corpus (see corpus.h). */
#include "corpus.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *str_field(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int bench_corpus_load(const char *path, bench_article **out, size_t *n_out)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 1024, n = 0;
    bench_article *v = malloc(cap * sizeof *v);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    long lineno = 0;
    while (v && (len = getline(&line, &lcap, f)) > 0) {
        lineno++;
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)len, 0, &err);
        const char *text = o ? str_field(o, "text") : NULL;
        if (!text) {
            fprintf(stderr, "bench: %s:%ld: skipped (%s)\n", path, lineno,
                    o ? "no text" : err.text);
            json_decref(o);
            continue;
        }
        if (n == cap) {
            bench_article *nv = realloc(v, 2 * cap * sizeof *v);
            if (!nv) {
                break;
            }
            v = nv;
            cap *= 2;
        }
        const char *id = str_field(o, "id");
        v[n].obj = o;
        v[n].a = (px_article){.id = id ? id : "bench",
                              .url = str_field(o, "url"),
                              .source = str_field(o, "source"),
                              .title = str_field(o, "title"),
                              .published_at = str_field(o, "published_at"),
                              .language = str_field(o, "language"),
                              .text = text,
                              .text_len = json_string_length(json_object_get(o, "text"))};
        n++;
    }
    free(line);
    fclose(f);
    if (!v) {
        return -1;
    }
    *out = v;
    *n_out = n;
    return 0;
}

void bench_corpus_free(bench_article *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        json_decref(v[i].obj);
    free(v);
}
