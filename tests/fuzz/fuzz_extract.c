/* fuzz_extract.c - libFuzzer target for the extraction engine (service/extract): any
 * valid UTF-8 text must extract without crashing, and every record must be a
 * parley.contact.v1 object whose spans are in-bounds UTF-8 byte offsets, and
 * px_extract_text must write each record as exactly the bytes jsonw_dumps writes for its
 * tree (without first_report / duplicate_of). Invalid UTF-8 is skipped: the decoder
 * refuses it before extraction ever sees it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "extract.h"
#include "jsonw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static px_ctx *ctx;

/* Every "span" anywhere in a record: [start, end], 0 <= start <= end <= len, both on
 * character boundaries. */
static void check_spans(const json_t *v, const unsigned char *text, size_t len)
{
    const char *k;
    json_t *x;
    size_t i;
    if (json_is_object(v)) {
        json_object_foreach((json_t *)v, k, x)
        {
            if (!strcmp(k, "span") && !json_is_null(x)) {
                if (!json_is_array(x) || json_array_size(x) != 2)
                    abort();
                json_int_t s = json_integer_value(json_array_get(x, 0));
                json_int_t e = json_integer_value(json_array_get(x, 1));
                if (!json_is_integer(json_array_get(x, 0)) ||
                    !json_is_integer(json_array_get(x, 1)) || s < 0 || s > e ||
                    (size_t)e > len)
                    abort();
                if (((size_t)s < len && (text[s] & 0xC0) == 0x80) ||
                    ((size_t)e < len && (text[e] & 0xC0) == 0x80))
                    abort();
            } else {
                check_spans(x, text, len);
            }
        }
    } else if (json_is_array(v)) {
        json_array_foreach(v, i, x) check_spans(x, text, len);
    }
}

static void run(const unsigned char *text, size_t len, const char *published_at)
{
    px_article a = {.id = "fuzz-1",
                    .url = "https://news.example/1",
                    .source = "fuzz",
                    .title = "fuzz",
                    .published_at = published_at,
                    .language = "en",
                    .text = (const char *)text,
                    .text_len = len};
    json_t *records = NULL;
    px_stats st;
    char err[512];
    if (px_extract(ctx, &a, &records, &st, err, sizeof err) != 0) {
        fprintf(stderr, "px_extract failed: %s\n", err);
        abort(); /* never for odd text (extract.h) */
    }
    if (!json_is_array(records))
        abort();
    px_text_records *texts = NULL;
    if (px_extract_text(ctx, &a, &texts, &st, err, sizeof err) != 0 ||
        px_text_records_count(texts) != json_array_size(records))
        abort();
    size_t i;
    json_t *r;
    json_array_foreach(records, i, r)
    {
        const px_text_record *t = px_text_records_get(texts, i);
        json_t *c = json_deep_copy(r);
        json_object_del(c, "first_report");
        json_object_del(c, "duplicate_of");
        char *want = jsonw_dumps(c, NULL);
        if (!t || !want || strlen(want) != t->len || memcmp(want, t->json, t->len) != 0 ||
            strcmp(t->event_id, json_string_value(json_object_get(r, "event_id"))) != 0)
            abort();
        free(want);
        json_decref(c);
        if (!json_is_object(r))
            abort();
        const char *schema = json_string_value(json_object_get(r, "schema"));
        const char *id = json_string_value(json_object_get(r, "event_id"));
        if (!schema || strcmp(schema, "parley.contact.v1") != 0 || !id || !*id)
            abort();
        if (!json_is_array(json_object_get(r, "actors")))
            abort();
        check_spans(r, text, len);
        char *s = json_dumps(r, JSON_COMPACT);
        if (!s)
            abort();
        free(s);
    }
    json_decref(records);
    px_text_records_destroy(texts);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        px_options o = {0};
        char err[512];
        ctx = px_ctx_new(&o, err, sizeof err);
        if (!ctx) {
            fprintf(stderr, "px_ctx_new: %s\n", err);
            abort();
        }
    }
    if (!utf8_valid(data, size))
        return 0;
    /* An exact-size copy (plus the terminator jansson strings have), so reads past the
     * text are caught; the text may contain NUL bytes, as decoded JSON strings can. */
    unsigned char *text = malloc(size + 1);
    if (!text)
        abort();
    memcpy(text, data, size);
    text[size] = '\0';
    run(text, size, "2023-05-29T20:00:00Z");
    if (size < 512)
        run(text, size, NULL);
    free(text);
    return 0;
}
