/* fuzz_lexicon.c - libFuzzer target for the files a user gives the extraction engine
 * (service/extract/lexicon.c): the user actor dictionary (extract.actors.file) and the
 * lexicon and gazetteer files of extract.data.dir, which replace the built-in ones of the
 * same name. The input's first byte picks the file, the rest is its content; it is loaded
 * with the built-in data. A refused file must be refused with `file:line: why`; with an
 * accepted one the engine must extract without crashing a text that names the file's
 * first entries (so that odd names, phrases, classes, countries and dates reach the
 * matcher and the records), and every record must be one JSON object. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 0: the user actor dictionary; the others: extract.data.dir files */
static const char *const files[] = {
    "actors-user.tsv", "actors.tsv",    "triggers.tsv", "cues.tsv",    "timewords.tsv",
    "gaz.tsv",         "countries.tsv", "cities.tsv",   "metonyms.tsv", "orgs.tsv",
    "titles.tsv",      "venues.tsv",    "ambiguous.tsv"};
#define NFILES (sizeof files / sizeof files[0])

static char dir[64];
static char paths[NFILES][128];

static void remove_tmp(void)
{
    for (size_t i = 0; i < NFILES; i++)
        unlink(paths[i]);
    rmdir(dir);
}

static void setup_once(void)
{
    snprintf(dir, sizeof dir, "/tmp/parley-fuzz-lexicon-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    for (size_t i = 0; i < NFILES; i++)
        snprintf(paths[i], sizeof paths[i], "%s/%s", dir, files[i]);
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
    if (!dir[0])
        setup_once();
    if (size == 0)
        return 0;
    size_t which = data[0] % NFILES;
    data++;
    size--;
    for (size_t i = 0; i < NFILES; i++)
        unlink(paths[i]); /* only this input's file replaces a built-in one */
    FILE *f = fopen(paths[which], "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);

    px_options o;
    memset(&o, 0, sizeof o);
    if (which == 0)
        o.actors_file = paths[0];
    else
        o.data_dir = dir;
    char err[512];
    px_ctx *ctx = px_ctx_new(&o, err, sizeof err);
    if (!ctx) {
        /* bad lines are reported as path:line: why */
        size_t pl = strlen(paths[which]);
        if (strncmp(err, paths[which], pl) != 0 || err[pl] != ':' || err[pl + 1] < '0' ||
            err[pl + 1] > '9')
            abort();
        return 0;
    }
    /* "A met B in Paris on Monday. B visited A. A and B held talks last week." with the
     * file's first two phrases (an accepted file is UTF-8, as an article's text is) */
    const char *nm[2] = {"Emmanuel Macron", "Olaf Scholz"};
    size_t nl[2] = {strlen(nm[0]), strlen(nm[1])};
    first_names(data, size, nm, nl, 2);
    static const char *const parts[] = {"\1", " met ", "\2", " in Paris on Monday. ", "\2",
                                        " visited ", "\1", ". ", "\1", " and ", "\2",
                                        " held talks last week."};
    char text[2048];
    size_t len = 0;
    text[0] = '\0';
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        int k = parts[i][0] == '\1' ? 0 : parts[i][0] == '\2' ? 1 : -1; /* a name, or words */
        const char *p = k < 0 ? parts[i] : nm[k];
        append(text, sizeof text, &len, p, k < 0 ? strlen(p) : nl[k]);
    }
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
