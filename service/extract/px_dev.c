/* px_dev.c - development driver for the extraction engine, behaving like
 * `parleyd extract [-]`: JSONL articles in (file or stdin), one parley.contact.v1 record
 * per line out; bad lines are reported on stderr with their number and skipped.
 * Records come from px_extract's trees, or with --text-records from px_extract_text (the
 * daemon's path); both print the same lines. deploy/pgo-build.sh trains on both. */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *field(json_t *o, const char *const *names)
{
    for (int i = 0; names[i]; i++) {
        json_t *v = json_object_get(o, names[i]);
        if (json_is_string(v)) {
            return json_string_value(v);
        }
    }
    return NULL;
}

void px_debug_dump(const px_ctx *ctx, const px_article *a, FILE *out);

/* Extracts a's records and prints each on a line: through px_extract_text when text is set
 * (with the members it leaves to the caller put in their place, as the daemon does), else
 * through px_extract. Returns px_extract's result; *sentences gets the sentence count. */
static int extract_print(const px_ctx *ctx, const px_article *a, int text, int print,
                         size_t *sentences, char *err, size_t errlen)
{
    static const char first[] = ",\"first_report\":true,\"duplicate_of\":null";
    px_stats st;
    if (text) {
        px_text_records *recs = NULL;
        if (px_extract_text(ctx, a, &recs, &st, err, errlen) != 0) {
            return -1;
        }
        for (size_t i = 0; print && i < px_text_records_count(recs); i++) {
            const px_text_record *r = px_text_records_get(recs, i);
            fwrite(r->json, 1, r->first_report_at, stdout);
            fputs(first, stdout);
            fwrite(r->json + r->first_report_at, 1, r->len - r->first_report_at, stdout);
            putchar('\n');
        }
        px_text_records_destroy(recs);
    } else {
        json_t *recs = NULL;
        if (px_extract(ctx, a, &recs, &st, err, errlen) != 0) {
            return -1;
        }
        size_t k;
        json_t *r2;
        json_array_foreach(recs, k, r2) {
            char *s = print ? json_dumps(r2, JSON_COMPACT) : NULL;
            if (s) {
                puts(s);
                free(s);
            }
        }
        json_decref(recs);
    }
    *sentences = st.sentences;
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: px-dev [extract] [--actors FILE] [--data-dir DIR] [--text] "
                    "[--text-records] [--published T] [--id ID] [--bench N] [FILE|-]\n");
}

int main(int argc, char **argv)
{
    px_options o;
    memset(&o, 0, sizeof o);
    const char *in = "-";
    const char *published = NULL, *id = "text";
    int text_mode = 0, text_records = 0;
    long bench = 0;
    int debug = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "extract") == 0) {
            continue;
        } else if (strcmp(a, "--actors") == 0 && i + 1 < argc) {
            o.actors_file = argv[++i];
        } else if (strcmp(a, "--data-dir") == 0 && i + 1 < argc) {
            o.data_dir = argv[++i];
        } else if (strcmp(a, "--debug") == 0) {
            debug = 1;
        } else if (strcmp(a, "--text") == 0) {
            text_mode = 1;
        } else if (strcmp(a, "--text-records") == 0) {
            text_records = 1;
        } else if (strcmp(a, "--published") == 0 && i + 1 < argc) {
            published = argv[++i];
        } else if (strcmp(a, "--id") == 0 && i + 1 < argc) {
            id = argv[++i];
        } else if (strcmp(a, "--bench") == 0 && i + 1 < argc) {
            bench = strtol(argv[++i], NULL, 10);
        } else if ((strcmp(a, "-X") == 0 || strcmp(a, "-c") == 0) && i + 1 < argc) {
            i++;
        } else if (a[0] == '-' && a[1] != '\0') {
            usage();
            return 2;
        } else {
            in = a;
        }
    }
    char err[512];
    px_ctx *ctx = px_ctx_new(&o, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    FILE *f = strcmp(in, "-") == 0 ? stdin : fopen(in, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", in);
        px_ctx_destroy(ctx);
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, skipped = 0;
    size_t sentences = 0, bytes = 0;
    clock_t t0 = clock();
    if (text_mode) {
        /* the whole input is one plain-text article */
        char *buf = NULL;
        size_t len = 0, bc = 0;
        char chunk[65536];
        size_t r;
        while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) {
            if (len + r + 1 > bc) {
                bc = (len + r + 1) * 2;
                char *nb = realloc(buf, bc);
                if (!nb) {
                    free(buf);
                    px_ctx_destroy(ctx);
                    return 1;
                }
                buf = nb;
            }
            memcpy(buf + len, chunk, r);
            len += r;
        }
        px_article a = {.id = id, .published_at = published, .text = buf ? buf : "", .text_len = len};
        if (extract_print(ctx, &a, text_records, 1, &sentences, err, sizeof err) != 0) {
            fprintf(stderr, "text: %s\n", err);
        }
        free(buf);
        if (f != stdin) {
            fclose(f);
        }
        px_ctx_destroy(ctx);
        return 0;
    }
    while ((n = getline(&line, &cap, f)) != -1) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
            line[--n] = '\0';
        }
        if (n == 0) {
            continue;
        }
        json_error_t je;
        json_t *o2 = json_loadb(line, (size_t)n, 0, &je);
        if (!o2 || !json_is_object(o2)) {
            fprintf(stderr, "line %ld: not a JSON object: %s\n", lineno, o2 ? "" : je.text);
            json_decref(o2);
            skipped++;
            continue;
        }
        static const char *const f_id[] = {"id", NULL};
        static const char *const f_url[] = {"url", NULL};
        static const char *const f_src[] = {"source", NULL};
        static const char *const f_title[] = {"title", NULL};
        static const char *const f_pub[] = {"published_at", NULL};
        static const char *const f_lang[] = {"language", NULL};
        static const char *const f_text[] = {"text", "body", "content", NULL};
        const char *text = field(o2, f_text);
        if (!text) {
            fprintf(stderr, "line %ld: no text/body/content\n", lineno);
            json_decref(o2);
            skipped++;
            continue;
        }
        char idbuf[32];
        const char *aid = field(o2, f_id);
        if (!aid) {
            snprintf(idbuf, sizeof idbuf, "line-%ld", lineno);
            aid = idbuf;
        }
        px_article a = {.id = aid,
                        .url = field(o2, f_url),
                        .source = field(o2, f_src),
                        .title = field(o2, f_title),
                        .published_at = field(o2, f_pub),
                        .language = field(o2, f_lang),
                        .text = text,
                        .text_len = strlen(text)};
        if (debug) {
            px_debug_dump(ctx, &a, stderr);
        }
        long reps = bench > 0 ? bench : 1;
        for (long rep = 0; rep < reps; rep++) {
            size_t ns = 0;
            if (extract_print(ctx, &a, text_records, !bench, &ns, err, sizeof err) != 0) {
                fprintf(stderr, "line %ld: %s\n", lineno, err);
                skipped++;
                break;
            }
            sentences += ns;
            bytes += a.text_len;
        }
        json_decref(o2);
    }
    free(line);
    if (f != stdin) {
        fclose(f);
    }
    if (bench) {
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        fprintf(stderr, "bench: %zu sentences, %.1f MB in %.3f s: %.0f sentences/s, %.2f MB/s\n",
                sentences, (double)bytes / 1e6, secs, secs > 0 ? (double)sentences / secs : 0.0,
                secs > 0 ? (double)bytes / 1e6 / secs : 0.0);
    }
    fprintf(stderr, "skipped %ld lines\n", skipped);
    px_ctx_destroy(ctx);
    return 0;
}
