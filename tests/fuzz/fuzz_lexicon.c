/* fuzz_lexicon.c - libFuzzer target for the files a user gives the extraction engine
 * (service/extract/lexicon.c): the user actor dictionary (extract.actors.file) and the
 * lexicon and gazetteer files of extract.data.dir, which replace the built-in ones of the
 * same name. The input's first byte picks the file, the rest is its content. A refused
 * file must be refused with `file:line: why`; with an accepted one the engine must extract
 * without crashing a text that names the file's first entries (so that odd names, phrases,
 * classes, countries and dates reach the matcher and the records), and every record must
 * be one JSON object.
 *
 * The whole built-in data takes ~160 ms to load under ASan and coverage, which left ~10
 * inputs a second, so the file loads beside a small built-in set instead: of each built-in
 * file its comment lines, its first entries and the entries the text's template needs
 * (checked at start: the template alone must still give records). A mode that loaded the
 * whole data for some first bytes took the rate back to ~25 a second: libFuzzer keeps
 * such inputs (they reach more entries) and mutates them most. The whole data is loaded
 * by every other test. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "px_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 0: the user actor dictionary; the others: extract.data.dir files */
static const char *const files[] = {
    "actors-user.tsv", "actors.tsv",    "triggers.tsv", "cues.tsv",    "timewords.tsv",
    "gaz.tsv",         "countries.tsv", "cities.tsv",   "metonyms.tsv", "orgs.tsv",
    "titles.tsv",      "venues.tsv",    "ambiguous.tsv"};
#define NFILES (sizeof files / sizeof files[0])

static char dir[64];
static char paths[NFILES][128];

#define FIRST_ENTRIES 16
#define MAX_BUILTIN 64
static px_embedded_file small[MAX_BUILTIN + 1];

/* The template of the text, its names at \1 and \2 (the default ones, or the file's first
 * two phrases). */
static const char *const parts[] = {"\1", " met ", "\2", " in Paris on Monday. ", "\2",
                                    " visited ", "\1", ". ", "\1", " and ", "\2",
                                    " held talks last week."};
static const char *const default_names[2] = {"Emmanuel Macron", "Olaf Scholz"};
/* The words of the default template text (filled at start), and the persons' countries as
 * the files name them: an entry whose first column is made of these is kept in the small
 * set. */
static char template_text[2048];
static const char *const country_words[] = {"fra", "deu", "france", "germany", "french",
                                            "german", NULL};

/* Whether w (n bytes) is a whole word of the template text or a country word, in any case. */
static bool in_vocab(const char *w, size_t n)
{
    for (int i = 0; country_words[i]; i++) {
        if (strlen(country_words[i]) == n && strncasecmp(country_words[i], w, n) == 0)
            return true;
    }
    for (const char *p = template_text; n && *p;) {
        size_t m = 0;
        while (p[m] && p[m] != ' ' && p[m] != '.')
            m++;
        if (m == n && strncasecmp(p, w, n) == 0)
            return true;
        p += m ? m : 1;
    }
    return false;
}

/* Whether a line's first column is made of vocabulary words only. */
static bool wanted(const char *s, size_t n)
{
    size_t e = 0;
    while (e < n && s[e] != '\t')
        e++;
    size_t i = 0;
    while (i < e) {
        size_t j = i;
        while (j < e && s[j] != ' ')
            j++;
        if (!in_vocab(s + i, j - i))
            return false;
        i = j + 1;
    }
    return e > 0;
}

/* Builds small[]: each built-in file cut to its comments, first entries and wanted
 * entries. The texts are never freed (they live as long as the process). */
static void make_small(void)
{
    size_t k = 0;
    for (const px_embedded_file *f = px_embedded_files; f->name; f++) {
        if (k == MAX_BUILTIN)
            abort();
        char *out = malloc(f->len + 2); /* a newline added to a last line without one, a NUL */
        if (!out)
            abort();
        size_t len = 0, entries = 0, i = 0;
        const char *s = (const char *)f->data;
        while (i < f->len) {
            size_t e = i;
            while (e < f->len && s[e] != '\n')
                e++;
            bool keep = s[i] == '#' || i == e;
            if (!keep && (entries < FIRST_ENTRIES || wanted(s + i, e - i))) {
                keep = true;
                entries++;
            }
            if (keep) {
                memcpy(out + len, s + i, e - i);
                len += e - i;
                out[len++] = '\n';
            }
            i = e + 1;
        }
        out[len] = '\0';
        small[k].name = f->name;
        small[k].data = (const unsigned char *)out;
        small[k].len = len;
        k++;
    }
    small[k].name = NULL;
}

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

/* The template's text with names nm (lengths nl) into buf. */
static void make_text(char *buf, size_t cap, const char *const nm[2], const size_t nl[2])
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        int k = parts[i][0] == '\1' ? 0 : parts[i][0] == '\2' ? 1 : -1; /* a name, or words */
        const char *p = k < 0 ? parts[i] : nm[k];
        append(buf, cap, &len, p, k < 0 ? strlen(p) : nl[k]);
    }
}

/* Extracts the template with names nm (lengths nl) and checks every record; returns the
 * number of records. */
static size_t extract_template(const px_ctx *ctx, const char *const nm[2], const size_t nl[2])
{
    char text[sizeof template_text];
    make_text(text, sizeof text, nm, nl);
    px_article a = {.id = "fuzz", .published_at = "2024-03-06T12:00:00Z", .text = text,
                    .text_len = strlen(text)};
    px_text_records *recs = NULL;
    px_stats st;
    char err[512];
    size_t n = 0;
    if (px_extract_text(ctx, &a, &recs, &st, err, sizeof err) == 0) {
        n = px_text_records_count(recs);
        for (size_t i = 0; i < n; i++) {
            const px_text_record *r = px_text_records_get(recs, i);
            json_t *v = json_loadb(r->json, r->len, JSON_ALLOW_NUL, NULL);
            if (!json_is_object(v))
                abort();
            json_decref(v);
        }
        px_text_records_destroy(recs);
    }
    return n;
}

/* Makes the small set, which must still let the template through, or most inputs would
 * test less. */
static void setup_small(void)
{
    size_t nl[2] = {strlen(default_names[0]), strlen(default_names[1])};
    make_text(template_text, sizeof template_text, default_names, nl);
    make_small();
    char err[512];
    px_ctx *ctx = px_ctx_new_from(NULL, small, err, sizeof err);
    if (!ctx) {
        fprintf(stderr, "fuzz_lexicon: the small built-in set does not load: %s\n", err);
        abort();
    }
    size_t n = extract_template(ctx, default_names, nl);
    px_ctx_destroy(ctx);
    if (n == 0) {
        fprintf(stderr, "fuzz_lexicon: the template gives no record with the small set\n");
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        setup_once();
        setup_small();
    }
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
    px_ctx *ctx = px_ctx_new_from(&o, small, err, sizeof err);
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
    const char *nm[2] = {default_names[0], default_names[1]};
    size_t nl[2] = {strlen(nm[0]), strlen(nm[1])};
    first_names(data, size, nm, nl, 2);
    extract_template(ctx, nm, nl);
    px_ctx_destroy(ctx);
    return 0;
}
