/* fuzz_article.c - libFuzzer target for article_decode (consumers/article.c): any bytes
 * must decode or fail with a reason, never crash, leak or hand back a malformed article.
 * Two decoders: the defaults, and a small, shallow one with a custom field list so the
 * size and depth limits are reached by short inputs. Each is also run with jansson only,
 * and article_scan's answer must be jansson's, field by field. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static article_decoder *dec_default, *dec_small, *jan_default, *jan_small;

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The decoder with article_scan and the one without give the same article. */
static void same_both_ways(const article_decoder *on, const article_decoder *off,
                           const uint8_t *data, size_t size)
{
    article a, b;
    char wa[256], wb[256];
    article_status sa = article_decode(on, data, size, "articles/0/42", 1685390400000LL, &a,
                                       wa, sizeof wa);
    article_status sb = article_decode(off, data, size, "articles/0/42", 1685390400000LL, &b,
                                       wb, sizeof wb);
    if (sa != sb || strcmp(wa, wb) != 0 || strcmp(a.id, b.id) != 0 || !same_str(a.url, b.url) ||
        !same_str(a.title, b.title) || !same_str(a.source, b.source) ||
        !same_str(a.published_at, b.published_at) || !same_str(a.language, b.language) ||
        a.text_len != b.text_len || !a.text != !b.text ||
        (a.text && memcmp(a.text, b.text, a.text_len) != 0))
        abort();
    article_clear(&a);
    article_clear(&b);
}

static void check(const article_decoder *d, const uint8_t *data, size_t size, size_t max_bytes)
{
    article a;
    char why[256];
    article_status st = article_decode(d, data, size, "articles/0/42", 1685390400000LL, &a, why,
                                       sizeof why);
    if (strnlen(why, sizeof why) == sizeof why)
        abort(); /* why must be terminated */
    if (st != ART_OK) {
        /* ART_NO_TEXT keeps the fields readable (a URL to fetch the text from). */
        if ((st != ART_NO_TEXT && (a.root || a.buf)) || a.text || !why[0])
            abort();
        article_clear(&a);
        if (a.root || a.buf)
            abort();
        if (!strcmp(article_status_reason(st), "unknown"))
            abort();
        /* Decoding got past the byte checks only for small valid UTF-8. */
        if (st > ART_INVALID_UTF8 && (size > max_bytes || !utf8_valid(data, size)))
            abort();
        if (st == ART_INVALID_UTF8 && utf8_valid(data, size))
            abort();
        return;
    }
    if (size > max_bytes || !utf8_valid(data, size) || !(a.root || a.buf) || !a.text || a.text_len == 0)
        abort();
    /* Text handed to extraction is valid UTF-8 of the stated length. */
    if (!utf8_valid((const unsigned char *)a.text, a.text_len))
        abort();
    if (strnlen(a.id, sizeof a.id) >= sizeof a.id)
        abort();
    if (!a.published_at)
        abort(); /* a timestamp was given: it is the fallback */
    const char *fields[] = {a.url, a.title, a.source, a.language};
    for (size_t i = 0; i < 4; i++)
        if (fields[i] && !utf8_valid((const unsigned char *)fields[i], strlen(fields[i])))
            abort();
    article_clear(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dec_default) {
        article_decoder_opts o = {0};
        article_decoder_opts s = {.field_text = " body , text,content", .field_id = "uuid",
                                  .max_bytes = 4096, .max_depth = 3};
        dec_default = article_decoder_new(&o);
        dec_small = article_decoder_new(&s);
        jan_default = article_decoder_new(&o);
        jan_small = article_decoder_new(&s);
        if (!dec_default || !dec_small || !jan_default || !jan_small)
            abort();
        article_decoder_use_scan(jan_default, 0);
        article_decoder_use_scan(jan_small, 0);
    }
    check(dec_default, data, size, 1048576);
    check(dec_small, data, size, 4096);
    same_both_ways(dec_default, jan_default, data, size);
    same_both_ways(dec_small, jan_small, data, size);
    /* NULL payload (tombstone) path, once per input is cheap. */
    article a;
    char why[64];
    if (article_decode(dec_default, NULL, size, NULL, -1, &a, why, sizeof why) != ART_NULL_VALUE)
        abort();
    return 0;
}
