/* article.c - article message decoding: size, UTF-8 and nesting checks before anything
 * is parsed, then field lookup with configurable names: through article_scan (the usual
 * message, without a tree) or, for whatever that leaves undecided, through jansson. */
#include "article.h"
#include "article_scan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TEXT_FIELDS 8

struct article_decoder {
    char *field_id, *field_url, *field_title, *field_source, *field_published_at,
        *field_language;
    char *text_fields[MAX_TEXT_FIELDS];
    size_t n_text;
    size_t max_bytes;
    int max_depth;
    int scan; /* try article_scan before jansson (article_decoder_use_scan) */
};

static const char *reasons[] = {"ok",         "null_value", "too_large", "invalid_utf8", "not_json",
                                "too_deep",   "not_object", "no_text",   "bad_field"};

const char *article_status_reason(article_status st)
{
    if ((size_t)st < sizeof reasons / sizeof reasons[0])
        return reasons[st];
    return "unknown";
}

article_decoder *article_decoder_new(const article_decoder_opts *o)
{
    article_decoder *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->field_id = strdup(o->field_id ? o->field_id : "id");
    d->field_url = strdup(o->field_url ? o->field_url : "url");
    d->field_title = strdup(o->field_title ? o->field_title : "title");
    d->field_source = strdup(o->field_source ? o->field_source : "source");
    d->field_published_at = strdup(o->field_published_at ? o->field_published_at : "published_at");
    d->field_language = strdup(o->field_language ? o->field_language : "language");
    d->max_bytes = o->max_bytes ? o->max_bytes : 1048576;
    d->max_depth = o->max_depth > 0 ? o->max_depth : 64;
    d->scan = 1;
    if (d->max_depth > ARTICLE_MAX_DEPTH) { /* jansson refuses deeper documents */
        article_decoder_destroy(d);
        return NULL;
    }
    const char *tf = o->field_text ? o->field_text : "text,body,content";
    while (*tf && d->n_text < MAX_TEXT_FIELDS) {
        const char *comma = strchr(tf, ',');
        size_t n = comma ? (size_t)(comma - tf) : strlen(tf);
        const char *f = tf;
        size_t fl = n;
        while (fl > 0 && *f == ' ') {
            f++;
            fl--;
        }
        while (fl > 0 && f[fl - 1] == ' ')
            fl--;
        if (fl > 0)
            d->text_fields[d->n_text++] = strndup(f, fl);
        tf = comma ? comma + 1 : tf + n;
    }
    if (!d->field_id || !d->field_url || !d->field_title || !d->field_source ||
        !d->field_published_at || !d->field_language || d->n_text == 0) {
        article_decoder_destroy(d);
        return NULL;
    }
    return d;
}

void article_decoder_destroy(article_decoder *d)
{
    if (!d)
        return;
    free(d->field_id);
    free(d->field_url);
    free(d->field_title);
    free(d->field_source);
    free(d->field_published_at);
    free(d->field_language);
    for (size_t i = 0; i < d->n_text; i++)
        free(d->text_fields[i]);
    free(d);
}

void article_decoder_use_scan(article_decoder *d, int on)
{
    d->scan = on;
}

int utf8_valid(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* eight ASCII bytes at a time (most of an English article) */
        while (len - i >= 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (x & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07u;
        } else {
            return 0;
        }
        if (len - i <= n)
            return 0;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n + 1;
    }
    return 1;
}

/* Deepest [ / { nesting outside strings; stops counting past limit. */
static int too_deep(const char *s, size_t len, int limit)
{
    int depth = 0, in_str = 0;
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    for (size_t i = 0; i < len; i++) {
        /* skip eight bytes at a time while none is '"', '\\' or a bracket: with the 0x20 bit
         * set, the brackets are 0x7B and 0x7D and '\\' is 0x7C ('"' stays 0x22) */
        while (len - i >= 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            uint64_t y = x | ones * 0x20, a = y ^ ones * 0x7B, b = y ^ ones * 0x7D,
                     q = y ^ ones * 0x22, k = y ^ ones * 0x7C;
            if (((a - ones) & ~a & high) | ((b - ones) & ~b & high) | ((q - ones) & ~q & high) |
                ((k - ones) & ~k & high))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return 1;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return 0;
}

static int get_str(json_t *root, const char *field, const char **out)
{
    json_t *v = json_object_get(root, field);
    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return -1;
    *out = json_string_value(v);
    return 0;
}

/* published_at from the message timestamp when the message has none. */
static void fallback_published(article *out, int64_t ts_ms)
{
    if (!out->published_at && ts_ms > 0) {
        time_t t = (time_t)(ts_ms / 1000);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(out->published_buf, sizeof out->published_buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
        out->published_at = out->published_buf;
    }
}

/* The usual message through article_scan: 0 with out filled (ART_OK), or -1 with out
 * untouched when the scan leaves it undecided or the article would not be ART_OK (jansson
 * then decides, and words the reason). The rules are those of the jansson path below. */
static int decode_scan(const article_decoder *d, const char *buf, size_t len,
                       const char *fallback_id, int64_t ts_ms, article *out)
{
    enum { F_ID, F_URL, F_TITLE, F_SOURCE, F_PUB, F_LANG, F_TEXT };
    scan_field f[F_TEXT + MAX_TEXT_FIELDS] = {
        [F_ID] = {.name = d->field_id},       [F_URL] = {.name = d->field_url},
        [F_TITLE] = {.name = d->field_title}, [F_SOURCE] = {.name = d->field_source},
        [F_PUB] = {.name = d->field_published_at}, [F_LANG] = {.name = d->field_language}};
    for (size_t i = 0; i < d->n_text; i++)
        f[F_TEXT + i].name = d->text_fields[i];
    char *arena = malloc(len + 1);
    if (!arena)
        return -1;
    if (article_scan(buf, len, f, F_TEXT + d->n_text, arena) != 0)
        goto undecided;
    for (int i = F_URL; i <= F_LANG; i++)
        if (f[i].type != SCAN_ABSENT && f[i].type != SCAN_NULL && f[i].type != SCAN_STRING)
            goto undecided; /* ART_BAD_FIELD */
    const scan_field *text = NULL;
    for (size_t i = 0; i < d->n_text && !text; i++) {
        const scan_field *t = &f[F_TEXT + i];
        if (t->type == SCAN_STRING && t->len > 0)
            text = t;
        else if (t->type != SCAN_ABSENT && t->type != SCAN_NULL && t->type != SCAN_STRING)
            goto undecided; /* ART_BAD_FIELD */
    }
    if (!text)
        goto undecided; /* ART_NO_TEXT */
    if (f[F_ID].type == SCAN_STRING && f[F_ID].len > 0)
        snprintf(out->id, sizeof out->id, "%s", f[F_ID].s);
    else if (f[F_ID].type == SCAN_INTEGER)
        snprintf(out->id, sizeof out->id, "%lld", f[F_ID].i);
    else
        snprintf(out->id, sizeof out->id, "%s", fallback_id ? fallback_id : "");
    const char **dst[] = {[F_URL] = &out->url,   [F_TITLE] = &out->title,
                          [F_SOURCE] = &out->source, [F_PUB] = &out->published_at,
                          [F_LANG] = &out->language};
    for (int i = F_URL; i <= F_LANG; i++)
        *dst[i] = f[i].type == SCAN_STRING ? f[i].s : NULL;
    out->text = text->s;
    out->text_len = text->len;
    out->buf = arena;
    fallback_published(out, ts_ms);
    return 0;
undecided:
    free(arena);
    return -1;
}

article_status article_decode(const article_decoder *d, const void *buf, size_t len,
                              const char *fallback_id, int64_t ts_ms, article *out, char *why,
                              size_t whylen)
{
    json_error_t jerr;
    memset(out, 0, sizeof *out);
    out->partition = -1;
    out->offset = -1;
    why[0] = '\0';
    if (!buf) {
        snprintf(why, whylen, "message value is null");
        return ART_NULL_VALUE;
    }
    if (len > d->max_bytes) {
        snprintf(why, whylen, "message is %zu bytes, limit %zu", len, d->max_bytes);
        return ART_TOO_LARGE;
    }
    if (!utf8_valid(buf, len)) {
        snprintf(why, whylen, "message is not valid UTF-8");
        return ART_INVALID_UTF8;
    }
    if (too_deep(buf, len, d->max_depth)) {
        snprintf(why, whylen, "JSON nested deeper than %d", d->max_depth);
        return ART_TOO_DEEP;
    }
    if (d->scan && decode_scan(d, buf, len, fallback_id, ts_ms, out) == 0)
        return ART_OK;
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY,
                             &jerr);
    if (!root) {
        snprintf(why, whylen, "not JSON: %s at line %d column %d", jerr.text, jerr.line,
                 jerr.column);
        return ART_NOT_JSON;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        snprintf(why, whylen, "JSON value is not an object");
        return ART_NOT_OBJECT;
    }
    out->root = root;
    json_t *idv = json_object_get(root, d->field_id);
    if (json_is_string(idv) && json_string_length(idv) > 0)
        snprintf(out->id, sizeof out->id, "%s", json_string_value(idv));
    else if (json_is_integer(idv))
        snprintf(out->id, sizeof out->id, "%lld", (long long)json_integer_value(idv));
    else
        snprintf(out->id, sizeof out->id, "%s", fallback_id ? fallback_id : "");
    if (get_str(root, d->field_url, &out->url) || get_str(root, d->field_title, &out->title) ||
        get_str(root, d->field_source, &out->source) ||
        get_str(root, d->field_published_at, &out->published_at) ||
        get_str(root, d->field_language, &out->language)) {
        snprintf(why, whylen, "a metadata field is not a string");
        article_clear(out);
        return ART_BAD_FIELD;
    }
    for (size_t i = 0; i < d->n_text && !out->text; i++) {
        json_t *t = json_object_get(root, d->text_fields[i]);
        if (json_is_string(t) && json_string_length(t) > 0) {
            out->text = json_string_value(t);
            out->text_len = json_string_length(t);
        } else if (t && !json_is_null(t) && !json_is_string(t)) {
            snprintf(why, whylen, "field '%s' is not a string", d->text_fields[i]);
            article_clear(out);
            return ART_BAD_FIELD;
        }
    }
    fallback_published(out, ts_ms);
    if (!out->text) {
        /* The fields stay readable (a URL to fetch the text from); article_clear frees. */
        snprintf(why, whylen, "no text in any of the text fields");
        return ART_NO_TEXT;
    }
    return ART_OK;
}

void article_clear(article *a)
{
    if (!a)
        return;
    json_decref(a->root);
    a->root = NULL;
    free(a->buf);
    a->buf = NULL;
    /* (the fields pointed into what was freed) */
    a->url = a->title = a->source = a->language = NULL;
    a->published_at = NULL;
    a->text = NULL;
    a->text_len = 0;
}
