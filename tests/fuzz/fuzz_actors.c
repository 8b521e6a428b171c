/* fuzz_actors.c - libFuzzer target for the user actor dictionary (extract.actors.file,
 * read by service/extract/lexicon.c): the input is written to a file and loaded with the
 * built-in data. A refused file must be refused with `file:line: why`; an accepted one
 * must extract without crashing a text that names its first entries (so that odd names,
 * aliases, countries, sectors, dates and titles reach the matcher and the records), and
 * every record must be one JSON object. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void remove_tmp(void)
{
    unlink(path);
}

static void setup_once(void)
{
    snprintf(path, sizeof path, "/tmp/parley-fuzz-actors-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        abort();
    close(fd);
    atexit(remove_tmp);
}

/* The first column of the first n entry lines (not comments), up to a tab. */
static size_t first_names(const uint8_t *d, size_t size, const char *names[], size_t lens[],
                          size_t n)
{
    size_t k = 0, i = 0;
    while (i < size && k < n) {
        size_t e = i;
        while (e < size && d[e] != '\n')
            e++;
        if (e > i && d[i] != '#') {
            size_t t = i;
            while (t < e && d[t] != '\t' && d[t] != '\r')
                t++;
            if (t > i) {
                names[k] = (const char *)d + i;
                lens[k] = t - i;
                k++;
            }
        }
        i = e + 1;
    }
    return k;
}

/* Whole or not at all: a name cut inside a character would not be UTF-8. */
static void append(char *buf, size_t cap, size_t *len, const char *p, size_t n)
{
    if (*len + n >= cap)
        return;
    memcpy(buf + *len, p, n);
    *len += n;
    buf[*len] = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0])
        setup_once();
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);

    px_options o;
    memset(&o, 0, sizeof o);
    o.actors_file = path;
    char err[512];
    px_ctx *ctx = px_ctx_new(&o, err, sizeof err);
    if (!ctx) {
        /* bad lines are reported as path:line: why */
        size_t pl = strlen(path);
        if (strncmp(err, path, pl) != 0 || err[pl] != ':' || err[pl + 1] < '0' ||
            err[pl + 1] > '9')
            abort();
        return 0;
    }
    /* "A met B in Paris on Monday. B visited A." with the file's first two names (an
     * accepted file is UTF-8, as an article's text is) */
    const char *nm[2] = {"Emmanuel Macron", "Olaf Scholz"};
    size_t nl[2] = {strlen(nm[0]), strlen(nm[1])};
    first_names(data, size, nm, nl, 2);
    char text[2048];
    size_t len = 0;
    text[0] = '\0';
    append(text, sizeof text, &len, nm[0], nl[0]);
    append(text, sizeof text, &len, " met ", 5);
    append(text, sizeof text, &len, nm[1], nl[1]);
    append(text, sizeof text, &len, " in Paris on Monday. ", 21);
    append(text, sizeof text, &len, nm[1], nl[1]);
    append(text, sizeof text, &len, " visited ", 9);
    append(text, sizeof text, &len, nm[0], nl[0]);
    append(text, sizeof text, &len, ". ", 2);
    px_article a = {.id = "fuzz", .published_at = "2024-03-06T12:00:00Z", .text = text,
                    .text_len = strlen(text)};
    px_text_records *recs = NULL;
    px_stats st;
    if (px_extract_text(ctx, &a, &recs, &st, err, sizeof err) == 0) {
        for (size_t i = 0; i < px_text_records_count(recs); i++) {
            const px_text_record *r = px_text_records_get(recs, i);
            json_t *v = json_loadb(r->json, r->len, JSON_ALLOW_NUL, NULL);
            if (!json_is_object(v))
                abort();
            json_decref(v);
        }
        px_text_records_destroy(recs);
    }
    px_ctx_destroy(ctx);
    return 0;
}
