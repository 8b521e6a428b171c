/* test_article.c - unit tests of consumers/article: decoding of article messages, the
 * checks made before jansson sees the bytes (size, UTF-8, nesting), field fallbacks
 * and configurable names, and the reason code of every failure. utf8_valid is
 * cross-checked against an independent implementation of Unicode's Table 3-7. The
 * scan without jansson (article_scan) must give what jansson gives, byte for byte,
 * on hand-made edge cases and on 30,000 mutations of an article. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "article_scan.h"

typedef struct fx {
    article_decoder *d;
    article_decoder *custom; /* a test's own decoder, freed at teardown even on failure */
    article a;
    char why[256];
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    article_decoder_opts o = {0};
    if (!f)
        return -1;
    f->d = article_decoder_new(&o);
    if (!f->d) {
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    article_clear(&f->a);
    article_decoder_destroy(f->d);
    article_decoder_destroy(f->custom);
    free(f);
    return 0;
}

/* A decoder with other options, owned by the fixture. */
static article_decoder *custom(fx *f, const article_decoder_opts *o)
{
    article_decoder_destroy(f->custom);
    f->custom = article_decoder_new(o);
    return f->custom;
}

static article_status decode_with(const article_decoder *d, fx *f, const char *json,
                                  const char *fallback_id, int64_t ts_ms)
{
    article_clear(&f->a);
    return article_decode(d, json, strlen(json), fallback_id, ts_ms, &f->a, f->why,
                          sizeof f->why);
}

static article_status decode(fx *f, const char *json)
{
    return decode_with(f->d, f, json, "articles/0/7", -1);
}

/* Asserts a failure status, its reason code, that `why` was filled and nothing leaked
 * into the article. */
static void expect_fail(fx *f, article_status got, article_status want, const char *reason)
{
    if (got != want)
        fail_msg("expected %s, got %s (%s)", article_status_reason(want),
                 article_status_reason(got), f->why);
    assert_string_equal(article_status_reason(got), reason);
    assert_true(f->why[0] != '\0');
    assert_null(f->a.text);
    if (want == ART_NO_TEXT) /* the fields stay readable so the text can be fetched */
        article_clear(&f->a);
    assert_null(f->a.root);
}

/* ---- successful decoding ---- */

static void test_full_article(void **state)
{
    fx *f = *state;
    const char *j = "{\"id\":\"a-1\",\"url\":\"https://news.example/1\",\"source\":\"Example\","
                    "\"title\":\"Ministers meet\",\"published_at\":\"2023-05-29T20:00:00Z\","
                    "\"language\":\"en\",\"text\":\"The ministers met in Geneva.\","
                    "\"extra\":{\"ignored\":[1,2,3]}}";
    assert_int_equal(decode(f, j), ART_OK);
    assert_string_equal(f->why, "");
    assert_non_null(f->a.buf); /* decoded by article_scan, without a tree */
    assert_null(f->a.root);
    assert_string_equal(f->a.id, "a-1");
    assert_string_equal(f->a.url, "https://news.example/1");
    assert_string_equal(f->a.source, "Example");
    assert_string_equal(f->a.title, "Ministers meet");
    assert_string_equal(f->a.published_at, "2023-05-29T20:00:00Z");
    assert_string_equal(f->a.language, "en");
    assert_string_equal(f->a.text, "The ministers met in Geneva.");
    assert_int_equal(f->a.text_len, strlen("The ministers met in Geneva."));
    assert_string_equal(article_status_reason(ART_OK), "ok");
}

static void test_optional_fields_absent_or_null(void **state)
{
    fx *f = *state;
    assert_int_equal(decode(f, "{\"text\":\"x\",\"title\":null,\"url\":null}"), ART_OK);
    assert_null(f->a.url);
    assert_null(f->a.title);
    assert_null(f->a.source);
    assert_null(f->a.published_at);
    assert_null(f->a.language);
}

static void test_text_fallbacks(void **state)
{
    fx *f = *state;
    assert_int_equal(decode(f, "{\"body\":\"from body\"}"), ART_OK);
    assert_string_equal(f->a.text, "from body");
    assert_int_equal(decode(f, "{\"content\":\"from content\"}"), ART_OK);
    assert_string_equal(f->a.text, "from content");
    /* Order of preference is text, body, content, whatever the order in the message. */
    assert_int_equal(decode(f, "{\"content\":\"c\",\"body\":\"b\",\"text\":\"t\"}"), ART_OK);
    assert_string_equal(f->a.text, "t");
    assert_int_equal(decode(f, "{\"content\":\"c\",\"body\":\"b\"}"), ART_OK);
    assert_string_equal(f->a.text, "b");
    /* Empty or null earlier fields fall through to later ones. */
    assert_int_equal(decode(f, "{\"text\":\"\",\"body\":null,\"content\":\"c\"}"), ART_OK);
    assert_string_equal(f->a.text, "c");
}

static void test_text_with_nul_and_unicode(void **state)
{
    fx *f = *state;
    /* \u0000 is allowed in JSON strings; text_len counts past it. */
    assert_int_equal(decode(f, "{\"text\":\"a\\u0000b\"}"), ART_OK);
    assert_int_equal(f->a.text_len, 3);
    assert_memory_equal(f->a.text, "a\0b", 3);
    assert_int_equal(decode(f, "{\"text\":\"Xi Jinping m\xc3\xa9t \xe6\x99\xae\xe4\xba\xac "
                               "\\ud83d\\ude00 \xf0\x9f\x98\x80\"}"),
                     ART_OK);
    assert_string_equal(f->a.text, "Xi Jinping m\xc3\xa9t \xe6\x99\xae\xe4\xba\xac "
                                   "\xf0\x9f\x98\x80 \xf0\x9f\x98\x80");
}

static void test_custom_field_names(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.field_id = "uuid",
                              .field_text = "headline_body,story",
                              .field_url = "link",
                              .field_title = "headline",
                              .field_source = "outlet",
                              .field_published_at = "date",
                              .field_language = "lang"};
    article_decoder *d = custom(f, &o);
    assert_non_null(d);
    const char *j = "{\"uuid\":\"u-9\",\"link\":\"https://x\",\"headline\":\"H\",\"outlet\":\"O\","
                    "\"date\":\"2024-01-02T03:04:05Z\",\"lang\":\"fr\",\"story\":\"S\","
                    "\"id\":\"not-this\",\"text\":\"not this\"}";
    assert_int_equal(decode_with(d, f, j, NULL, -1), ART_OK);
    assert_string_equal(f->a.id, "u-9");
    assert_string_equal(f->a.url, "https://x");
    assert_string_equal(f->a.title, "H");
    assert_string_equal(f->a.source, "O");
    assert_string_equal(f->a.published_at, "2024-01-02T03:04:05Z");
    assert_string_equal(f->a.language, "fr");
    assert_string_equal(f->a.text, "S");
    /* With custom names the default "text" field is no longer consulted. */
    expect_fail(f, decode_with(d, f, "{\"text\":\"t\"}", NULL, -1), ART_NO_TEXT, "no_text");
    /* ...and a wrongly typed "title" is not this decoder's business. */
    assert_int_equal(decode_with(d, f, "{\"title\":5,\"story\":\"s\"}", NULL, -1), ART_OK);
}

/* Field lists are written by people: "text, body" and "text , body" both mean the two
 * fields text and body. */
static void test_text_field_list_whitespace(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.field_text = "story , body,  content "};
    article_decoder *d = custom(f, &o);
    assert_non_null(d);
    article_status st = decode_with(d, f, "{\"story\":\"S\"}", NULL, -1);
    if (st != ART_OK)
        fail_msg("field list \"story , body,  content \": field 'story' not found (%s)",
                 article_status_reason(st));
    assert_int_equal(decode_with(d, f, "{\"body\":\"B\"}", NULL, -1), ART_OK);
    assert_string_equal(f->a.text, "B");
    assert_int_equal(decode_with(d, f, "{\"content\":\"C\"}", NULL, -1), ART_OK);
    assert_string_equal(f->a.text, "C");
}

static void test_decoder_bad_options(void **state)
{
    fx *f = *state;
    const char *bad[] = {"", ",", " , ,", "   "};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_decoder_opts o = {.field_text = bad[i]};
        article_decoder *d = custom(f, &o);
        if (d)
            fail_msg("field_text \"%s\" accepted", bad[i]);
    }
    article_decoder_destroy(NULL);
}

static void test_id_fallback(void **state)
{
    fx *f = *state;
    assert_int_equal(decode(f, "{\"text\":\"x\"}"), ART_OK);
    assert_string_equal(f->a.id, "articles/0/7");
    assert_int_equal(decode(f, "{\"id\":\"\",\"text\":\"x\"}"), ART_OK);
    assert_string_equal(f->a.id, "articles/0/7");
    assert_int_equal(decode(f, "{\"id\":null,\"text\":\"x\"}"), ART_OK);
    assert_string_equal(f->a.id, "articles/0/7");
    assert_int_equal(decode(f, "{\"id\":42,\"text\":\"x\"}"), ART_OK);
    assert_string_equal(f->a.id, "42");
    assert_int_equal(decode(f, "{\"id\":-9007199254740993,\"text\":\"x\"}"), ART_OK);
    assert_string_equal(f->a.id, "-9007199254740993");
    assert_int_equal(decode_with(f->d, f, "{\"text\":\"x\"}", NULL, -1), ART_OK);
    assert_string_equal(f->a.id, "");

    /* A very long id is truncated, never overflowed. */
    char big[2048];
    memcpy(big, "{\"id\":\"", 7);
    memset(big + 7, 'i', 1000);
    memcpy(big + 1007, "\",\"text\":\"x\"}", 14);
    assert_int_equal(decode(f, big), ART_OK);
    assert_int_equal(strlen(f->a.id), sizeof f->a.id - 1);
    assert_int_equal(f->a.id[0], 'i');
}

static void test_published_from_timestamp(void **state)
{
    fx *f = *state;
    assert_int_equal(decode_with(f->d, f, "{\"text\":\"x\"}", "t/0/1", 1685390400123LL), ART_OK);
    assert_string_equal(f->a.published_at, "2023-05-29T20:00:00Z");
    /* The message's own published_at wins over the timestamp. */
    assert_int_equal(decode_with(f->d, f,
                                 "{\"text\":\"x\",\"published_at\":\"2020-01-01T00:00:00Z\"}",
                                 "t/0/1", 1685390400000LL),
                     ART_OK);
    assert_string_equal(f->a.published_at, "2020-01-01T00:00:00Z");
    /* No timestamp (-1) or a zero one: no published_at. */
    assert_int_equal(decode_with(f->d, f, "{\"text\":\"x\"}", "t/0/1", -1), ART_OK);
    assert_null(f->a.published_at);
    assert_int_equal(decode_with(f->d, f, "{\"text\":\"x\"}", "t/0/1", 0), ART_OK);
    assert_null(f->a.published_at);
    /* A null published_at also falls back. */
    assert_int_equal(
        decode_with(f->d, f, "{\"text\":\"x\",\"published_at\":null}", "t/0/1", 1000),
        ART_OK);
    assert_string_equal(f->a.published_at, "1970-01-01T00:00:01Z");
}

/* ---- failures and their reason codes ---- */

static void test_null_value(void **state)
{
    fx *f = *state;
    article_status st = article_decode(f->d, NULL, 0, "t/0/1", -1, &f->a, f->why, sizeof f->why);
    expect_fail(f, st, ART_NULL_VALUE, "null_value");
}

static void test_too_large(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.max_bytes = 64};
    article_decoder *d = custom(f, &o);
    assert_non_null(d);
    char j[80];
    /* exactly 64 bytes: accepted */
    memcpy(j, "{\"text\":\"", 9);
    memset(j + 9, 'a', 53);
    memcpy(j + 62, "\"}", 3);
    assert_int_equal(strlen(j), 64);
    assert_int_equal(decode_with(d, f, j, NULL, -1), ART_OK);
    /* 65 bytes: too_large, checked before anything else (even before UTF-8) */
    memset(j + 9, '\xff', 54);
    memcpy(j + 63, "\"}", 3);
    assert_int_equal(strlen(j), 65);
    expect_fail(f, decode_with(d, f, j, NULL, -1), ART_TOO_LARGE, "too_large");
    assert_non_null(strstr(f->why, "65"));
}

static void test_invalid_utf8(void **state)
{
    fx *f = *state;
    static const char *bad[] = {
        "\xc0\xaf",         /* overlong '/' */
        "\xc1\xbf",         /* overlong */
        "\xe0\x80\xaf",     /* overlong 3-byte */
        "\xe0\x9f\xbf",     /* overlong 3-byte, highest */
        "\xf0\x80\x80\xaf", /* overlong 4-byte */
        "\xf0\x8f\xbf\xbf", /* overlong 4-byte, highest */
        "\xed\xa0\x80",     /* surrogate U+D800 */
        "\xed\xbf\xbf",     /* surrogate U+DFFF */
        "\xf4\x90\x80\x80", /* U+110000 */
        "\xf5\x80\x80\x80", /* lead byte past F4 */
        "\xff",             /* never valid */
        "\x80",             /* lone continuation */
        "\xe2\x82",         /* truncated 3-byte sequence (followed by '"') */
        "\xf0\x9f\x98",     /* truncated 4-byte sequence */
        "\xc3",             /* truncated 2-byte sequence */
        "\xc3\x28",         /* bad continuation */
    };
    char j[64];
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(j, sizeof j, "{\"text\":\"ok %s ok\"}", bad[i]);
        article_status st = decode(f, j);
        if (st != ART_INVALID_UTF8)
            fail_msg("case %zu: expected invalid_utf8, got %s", i, article_status_reason(st));
        expect_fail(f, st, ART_INVALID_UTF8, "invalid_utf8");
    }
    /* A sequence truncated by the end of the message. */
    const char trunc[] = "{\"text\":\"x\"}\xe2\x82";
    article_status st = article_decode(f->d, trunc, sizeof trunc - 1, NULL, -1, &f->a, f->why,
                                       sizeof f->why);
    expect_fail(f, st, ART_INVALID_UTF8, "invalid_utf8");
    /* Invalid UTF-8 outside the text field is just as invalid. */
    expect_fail(f, decode(f, "{\"title\":\"\xed\xa0\x80\",\"text\":\"x\"}"), ART_INVALID_UTF8,
                "invalid_utf8");
}

static void test_not_json(void **state)
{
    fx *f = *state;
    static const char *bad[] = {
        "",
        "not json at all",
        "{\"text\": ",
        "{\"text\":\"x\"} trailing",
        "{\"text\":\"x\",}",
        "{'text':'x'}",
        "{\"text\":\"x\",\"text\":\"y\"}", /* duplicate keys are refused */
        "{\"text\":\"unterminated}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_status st = decode(f, bad[i]);
        if (st != ART_NOT_JSON)
            fail_msg("case %zu \"%s\": expected not_json, got %s", i, bad[i],
                     article_status_reason(st));
        expect_fail(f, st, ART_NOT_JSON, "not_json");
    }
    /* Empty but non-null value (not a tombstone) is not JSON either. */
    article_status st = article_decode(f->d, "", 0, NULL, -1, &f->a, f->why, sizeof f->why);
    expect_fail(f, st, ART_NOT_JSON, "not_json");
}

static char *nested(size_t depth, const char *open, const char *close, const char *prefix,
                    const char *suffix)
{
    size_t pl = strlen(prefix), sl = strlen(suffix);
    char *s = malloc(pl + 2 * depth + sl + 1);
    assert_non_null(s);
    memcpy(s, prefix, pl);
    memset(s + pl, open[0], depth);
    memset(s + pl + depth, close[0], depth);
    memcpy(s + pl + 2 * depth, suffix, sl + 1);
    return s;
}

static void test_too_deep(void **state)
{
    fx *f = *state;
    char *s = nested(10000, "[", "]", "{\"text\":\"x\",\"a\":", "}");
    expect_fail(f, decode(f, s), ART_TOO_DEEP, "too_deep");
    free(s);
    s = nested(10000, "{", "}", "", "");
    expect_fail(f, decode(f, s), ART_TOO_DEEP, "too_deep");
    free(s);
    /* Unbalanced deep nesting is refused before jansson recurses into it. */
    s = nested(100000, "[", "[", "", "");
    expect_fail(f, decode(f, s), ART_TOO_DEEP, "too_deep");
    free(s);
}

static void test_depth_limit_exact(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.max_depth = 3};
    article_decoder *d = custom(f, &o);
    assert_non_null(d);
    /* object + 2 arrays = depth 3: accepted */
    const char *three = "{\"text\":\"x\",\"a\":[[1],[2]],\"b\":{\"c\":[]}}";
    assert_int_equal(decode_with(d, f, three, NULL, -1), ART_OK);
    expect_fail(f, decode_with(d, f, "{\"text\":\"x\",\"a\":[[[1]]]}", NULL, -1), ART_TOO_DEEP,
                "too_deep");
    /* Brackets inside strings, including after escaped quotes, do not count. */
    assert_int_equal(decode_with(d, f, "{\"text\":\"[[[[{{{{\",\"t\":\"\\\"[[[[[\\\\\"}", NULL, -1),
                     ART_OK);
    assert_string_equal(f->a.text, "[[[[{{{{");
}

/* The depth count skips runs of eight bytes without a quote, backslash or bracket: with
 * padding of 0-16 bytes before every bracket, quote and escape (so each lands at every
 * place of a run), two nests of depth 3 pass and of depth 4 do not, and brackets (and '|',
 * which looks like a backslash with the 0x20 bit) inside strings never count. */
static void test_depth_long_runs(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.max_depth = 3};
    article_decoder *d = custom(f, &o);
    assert_non_null(d);
    static const char pad[] = "                ";
    for (int p = 0; p <= 16; p++) {
        for (int deep = 3; deep <= 4; deep++) {
            char j[1024];
            int n = snprintf(j, sizeof j,
                             "{%.*s\"s\":%.*s\"ab%.*s[{]}|%.*s\\\"%.*s\\\\x\\u0002%.*s{[\"", p,
                             pad, p, pad, p, pad, p, pad, p, pad, p, pad);
            for (int nest = 0; nest < 2; nest++) {
                n += snprintf(j + n, sizeof j - (size_t)n, ",%.*s\"a%d\":", p, pad, nest);
                for (int k = 1; k < deep; k++)
                    n += snprintf(j + n, sizeof j - (size_t)n, "%.*s%s", p, pad,
                                  k % 2 ? "[" : "{\"k\":");
                n += snprintf(j + n, sizeof j - (size_t)n, "1");
                for (int k = deep - 1; k >= 1; k--)
                    n += snprintf(j + n, sizeof j - (size_t)n, "%.*s%s", p, pad, k % 2 ? "]" : "}");
            }
            snprintf(j + n, sizeof j - (size_t)n, ",\"text\":\"%.*s[[[[\"%.*s}", p, pad, p, pad);
            article_status st = decode_with(d, f, j, NULL, -1);
            if (st != (deep <= 3 ? ART_OK : ART_TOO_DEEP))
                fail_msg("depth %d, padding %d: %s (%s) for %s", deep, p,
                         article_status_reason(st), f->why, j);
        }
    }
}

/* article.max.depth accepts up to 10000 (service/config.c). Valid JSON within the
 * configured depth must decode, not be reported as not_json. */
static void test_configured_depth_is_honoured(void **state)
{
    fx *f = *state;
    article_decoder_opts o = {.max_depth = 10000};
    article_decoder *d = custom(f, &o);
    if (!d)
        return; /* refusing the option up front would also be correct */
    char *s = nested(3000, "[", "]", "{\"text\":\"x\",\"a\":", "}");
    article_status st = decode_with(d, f, s, NULL, -1);
    free(s);
    if (st != ART_OK)
        fail_msg("3000-deep JSON with max_depth 10000: got %s (%s)", article_status_reason(st),
                 f->why);
}

static void test_not_object(void **state)
{
    fx *f = *state;
    static const char *bad[] = {"[{\"text\":\"x\"}]", "[]", " [1, 2] "};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_status st = decode(f, bad[i]);
        if (st != ART_NOT_OBJECT)
            fail_msg("case \"%s\": expected not_object, got %s", bad[i], article_status_reason(st));
        expect_fail(f, st, ART_NOT_OBJECT, "not_object");
    }
}

/* A bare scalar is valid JSON (RFC 8259) that is not an object: the dead-letter reason
 * must say not_object ("JSON but not an object", article.h), not not_json. */
static void test_scalar_json_is_not_object(void **state)
{
    fx *f = *state;
    static const char *bad[] = {"42", "\"text\"", "null", "true"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_status st = decode(f, bad[i]);
        if (st != ART_NOT_OBJECT)
            fail_msg("case \"%s\": expected not_object, got %s", bad[i], article_status_reason(st));
        expect_fail(f, st, ART_NOT_OBJECT, "not_object");
    }
}

static void test_no_text(void **state)
{
    fx *f = *state;
    static const char *bad[] = {"{}", "{\"id\":\"1\",\"title\":\"only a title\"}",
                                "{\"text\":\"\"}",
                                "{\"text\":null,\"body\":\"\",\"content\":null}",
                                "{\"Text\":\"case matters\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_status st = decode(f, bad[i]);
        if (st != ART_NO_TEXT)
            fail_msg("case \"%s\": expected no_text, got %s", bad[i], article_status_reason(st));
        expect_fail(f, st, ART_NO_TEXT, "no_text");
    }
}

static void test_bad_field(void **state)
{
    fx *f = *state;
    static const char *bad[] = {
        "{\"text\":42}",
        "{\"text\":{\"p\":\"x\"}}",
        "{\"text\":[\"x\"]}",
        "{\"text\":true}",
        "{\"text\":\"\",\"body\":7}",         /* empty text falls through to a bad body */
        "{\"content\":[],\"id\":\"1\"}",
        "{\"text\":\"x\",\"title\":5}",
        "{\"text\":\"x\",\"url\":true}",
        "{\"text\":\"x\",\"source\":{}}",
        "{\"text\":\"x\",\"published_at\":1685390400}",
        "{\"text\":\"x\",\"language\":[\"en\"]}",
        "{\"url\":\"u\",\"title\":\"t\",\"source\":\"s\",\"published_at\":\"p\","
        "\"language\":\"en\",\"text\":5}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        article_status st = decode(f, bad[i]);
        if (st != ART_BAD_FIELD)
            fail_msg("case \"%s\": expected bad_field, got %s", bad[i], article_status_reason(st));
        expect_fail(f, st, ART_BAD_FIELD, "bad_field");
        /* nothing points into the freed message */
        assert_null(f->a.url);
        assert_null(f->a.title);
        assert_null(f->a.source);
        assert_null(f->a.published_at);
        assert_null(f->a.language);
    }
    /* A valid earlier text field wins; later ones are not inspected. */
    assert_int_equal(decode(f, "{\"text\":\"x\",\"body\":42}"), ART_OK);
    assert_string_equal(f->a.text, "x");
}

static void test_reason_codes(void **state)
{
    (void)state;
    static const char *want[] = {"ok",       "null_value", "too_large", "invalid_utf8", "not_json",
                                 "too_deep", "not_object", "no_text",   "bad_field"};
    for (int i = ART_OK; i <= ART_BAD_FIELD; i++)
        assert_string_equal(article_status_reason((article_status)i), want[i]);
    assert_string_equal(article_status_reason((article_status)99), "unknown");
    assert_string_equal(article_status_reason((article_status)-1), "unknown");
}

static void test_clear_is_idempotent(void **state)
{
    fx *f = *state;
    assert_int_equal(decode(f, "{\"text\":\"x\"}"), ART_OK);
    article_clear(&f->a);
    assert_null(f->a.root);
    assert_null(f->a.text);
    article_clear(&f->a);
    article_clear(NULL);
}

/* ---- utf8_valid ---- */

static int valid(const char *s)
{
    return utf8_valid((const unsigned char *)s, strlen(s));
}

static void test_utf8_edges(void **state)
{
    (void)state;
    assert_true(utf8_valid((const unsigned char *)"", 0));
    assert_true(utf8_valid((const unsigned char *)"\0", 1));
    assert_true(valid("plain ascii \x7f"));
    assert_true(valid("\xc2\x80"));         /* U+0080 */
    assert_true(valid("\xdf\xbf"));         /* U+07FF */
    assert_true(valid("\xe0\xa0\x80"));     /* U+0800 */
    assert_true(valid("\xed\x9f\xbf"));     /* U+D7FF, below the surrogates */
    assert_true(valid("\xee\x80\x80"));     /* U+E000, above them */
    assert_true(valid("\xef\xbf\xbf"));     /* U+FFFF */
    assert_true(valid("\xef\xbb\xbf"));     /* BOM is a valid character */
    assert_true(valid("\xf0\x90\x80\x80")); /* U+10000 */
    assert_true(valid("\xf4\x8f\xbf\xbf")); /* U+10FFFF */

    assert_false(valid("\xc0\x80"));         /* overlong NUL */
    assert_false(valid("\xe0\x80\x80"));
    assert_false(valid("\xed\xa0\x80"));     /* U+D800 */
    assert_false(valid("\xed\xaf\xbf\xed\xb0\x80")); /* surrogate pair in CESU-8 */
    assert_false(valid("\xf4\x90\x80\x80")); /* U+110000 */
    assert_false(valid("\xf8\x88\x80\x80\x80")); /* 5-byte form */
    assert_false(valid("\xfe"));
    assert_false(valid("\xbf"));
    assert_false(valid("a\xc2"));
    assert_false(valid("\xe2\x82"));
    assert_false(valid("\xf0\x9f\x98"));
    /* The length bounds the read: a valid sequence cut by len is invalid. */
    assert_false(utf8_valid((const unsigned char *)"\xc2\x80", 1));
    assert_false(utf8_valid((const unsigned char *)"\xe2\x82\xac", 2));
    assert_false(utf8_valid((const unsigned char *)"\xf0\x9f\x98\x80", 3));
    assert_true(utf8_valid((const unsigned char *)"\xf0\x9f\x98\x80", 4));
}

/* Unicode 15, Table 3-7 (well-formed UTF-8 byte sequences), written independently. */
static int ref_valid(const unsigned char *s, size_t len)
{
    static const struct {
        unsigned char lo[4], hi[4];
        int n;
    } rows[] = {
        {{0x00}, {0x7F}, 1},
        {{0xC2, 0x80}, {0xDF, 0xBF}, 2},
        {{0xE0, 0xA0, 0x80}, {0xE0, 0xBF, 0xBF}, 3},
        {{0xE1, 0x80, 0x80}, {0xEC, 0xBF, 0xBF}, 3},
        {{0xED, 0x80, 0x80}, {0xED, 0x9F, 0xBF}, 3},
        {{0xEE, 0x80, 0x80}, {0xEF, 0xBF, 0xBF}, 3},
        {{0xF0, 0x90, 0x80, 0x80}, {0xF0, 0xBF, 0xBF, 0xBF}, 4},
        {{0xF1, 0x80, 0x80, 0x80}, {0xF3, 0xBF, 0xBF, 0xBF}, 4},
        {{0xF4, 0x80, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, 4},
    };
    size_t i = 0;
    while (i < len) {
        int matched = 0;
        for (size_t r = 0; r < sizeof rows / sizeof rows[0] && !matched; r++) {
            size_t n = (size_t)rows[r].n;
            if (len - i < n)
                continue;
            int ok = 1;
            for (size_t k = 0; k < n && ok; k++)
                ok = s[i + k] >= rows[r].lo[k] && s[i + k] <= rows[r].hi[k];
            if (ok) {
                i += n;
                matched = 1;
            }
        }
        if (!matched)
            return 0;
    }
    return 1;
}

/* Every 1- and 2-byte string, every 3-byte string with a non-ASCII lead, and 4-byte
 * strings over a lead/second-byte grid with boundary continuation bytes. */
static void test_utf8_against_reference(void **state)
{
    (void)state;
    unsigned char b[4];
    static const unsigned char edge[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                         0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF4, 0xFF};
    size_t mismatches = 0;
    for (unsigned a = 0; a < 256; a++) {
        b[0] = (unsigned char)a;
        if (utf8_valid(b, 1) != ref_valid(b, 1))
            fail_msg("mismatch on %02x", a);
        for (unsigned c = 0; c < 256; c++) {
            b[1] = (unsigned char)c;
            if (utf8_valid(b, 2) != ref_valid(b, 2))
                fail_msg("mismatch on %02x %02x", a, c);
            if (a < 0xC0)
                continue;
            for (unsigned d = 0; d < 256; d++) {
                b[2] = (unsigned char)d;
                mismatches += utf8_valid(b, 3) != ref_valid(b, 3);
                if (a < 0xF0 || a > 0xF7 || (d & 0x0F) != 0x0F)
                    continue;
                for (size_t e = 0; e < sizeof edge; e++) {
                    b[3] = edge[e];
                    if (utf8_valid(b, 4) != ref_valid(b, 4))
                        fail_msg("mismatch on %02x %02x %02x %02x", a, c, d, edge[e]);
                }
            }
            if (mismatches)
                fail_msg("mismatch on 3-byte strings starting %02x %02x", a, c);
        }
    }
}


/* ---------- article_scan against jansson ---------- */

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Decodes buf both ways (scan first, jansson only) and fails on any difference. */
static void both_ways(const article_decoder *on, const article_decoder *off, const char *buf,
                      size_t len, const char *what)
{
    article a, b;
    char wa[256], wb[256];
    article_status sa = article_decode(on, buf, len, "in/0/1", 1685390400000LL, &a, wa, sizeof wa);
    article_status sb = article_decode(off, buf, len, "in/0/1", 1685390400000LL, &b, wb, sizeof wb);
    int same = sa == sb && strcmp(wa, wb) == 0 && strcmp(a.id, b.id) == 0 &&
               same_str(a.url, b.url) && same_str(a.title, b.title) &&
               same_str(a.source, b.source) && same_str(a.published_at, b.published_at) &&
               same_str(a.language, b.language) && a.text_len == b.text_len &&
               (!a.text) == (!b.text) && (!a.text || memcmp(a.text, b.text, a.text_len) == 0);
    article_clear(&a);
    article_clear(&b);
    if (!same)
        fail_msg("scan and jansson differ on %s: %d/%d (%s / %s)", what, sa, sb, wa, wb);
}

/* 1 when article_scan decides buf (the usual article fields asked for). */
static int scanned(const char *buf, size_t len)
{
    scan_field f[3] = {{.name = "id"}, {.name = "text"}, {.name = "url"}};
    char *arena = malloc(len + 1);
    assert_non_null(arena);
    int rc = article_scan(buf, len, f, 3, arena);
    free(arena);
    return rc == 0;
}

static const struct {
    const char *json;
    int scanned; /* 1: the scan decides it; 0: it leaves it to jansson */
} scan_cases[] = {
    {"{\"id\":\"a1\",\"text\":\"Plain text.\"}", 1},
    {"\n\t{ \"id\" : 7 ,\r\n \"text\" : \"x\" }  \n", 1},
    {"{\"text\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4E2D\\ud83d\\ude00 end\"}", 1},
    {"{\"text\":\"a\\u0000b\",\"title\":\"t\\u0000u\",\"id\":\"i\\u0000d\"}", 1},
    {"{\"meta\":{\"a\":[1,2,{\"b\":null}],\"c\":\"d\"},\"text\":\"x\",\"tags\":[\"a\",[]],"
     "\"n\":-0.5e10,\"m\":0,\"k\":-0,\"t\":true,\"f\":false,\"e\":{}}", 1},
    {"{\"id\":-42,\"text\":\"x\"}", 1},
    {"{\"id\":1.5,\"text\":\"x\"}", 1},
    {"{\"id\":\"\",\"text\":\"x\"}", 1},
    {"{\"id\":null,\"text\":\"x\",\"url\":null,\"title\":null,\"language\":null}", 1},
    {"{\"id\":true,\"text\":\"x\"}", 1},
    {"{\"id\":123456789012345678,\"text\":\"x\"}", 1},
    {"{\"text\":\"\",\"body\":\"B\"}", 1},
    {"{\"text\":null,\"content\":\"C\",\"body\":\"\"}", 1},
    {"{\"t\\u00ebxt\":1,\"t\xc3\xabxt\":2,\"text\":\"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\"}", 0},
    {"{\"t\xc3\xabxt\":\"a\",\"text\":\"b \xe2\x80\x94 c\",\"published_at\":\"2024-01-02\"}", 1},
    {"{\"text\":\"0123456789abcdef0123456789\\nabcdef0123456789abcdef\\\"0123456789\"}", 1},
    {"{\"n\":1E+5,\"o\":2e-07,\"p\":3.25,\"text\":\"x\"}", 1},
    /* left to jansson, which accepts or refuses them */
    {"{\"text\":\"a\",\"text\":\"b\"}", 0},
    {"{\"m\":{\"a\":1,\"a\":2},\"text\":\"x\"}", 0},
    {"{\"te\\u0078t\":\"x\"}", 0},
    {"{\"a\\u0000\":1,\"text\":\"x\"}", 0},
    {"{\"text\":\"\\x\"}", 0},
    {"{\"text\":\"\\u12\"}", 0},
    {"{\"text\":\"\\udc00\"}", 0},
    {"{\"text\":\"\\ud800x\"}", 0},
    {"{\"text\":\"\\ud800\\u0041\"}", 0},
    {"{\"text\":\"a\tb\"}", 0},
    {"{\"n\":01,\"text\":\"x\"}", 0},
    {"{\"n\":12345678901234567890,\"text\":\"x\"}", 0},
    {"{\"n\":1234567890123456789,\"text\":\"x\"}", 0},
    {"{\"n\":-9223372036854775808,\"text\":\"x\"}", 0},
    {"{\"n\":1e400,\"text\":\"x\"}", 0},
    {"{\"n\":1.0000000000000000000000000000000001,\"text\":\"x\"}", 0},
    {"{\"n\":1.,\"text\":\"x\"}", 0},
    {"{\"n\":.5,\"text\":\"x\"}", 0},
    {"{\"n\":-,\"text\":\"x\"}", 0},
    {"{\"n\":+1,\"text\":\"x\"}", 0},
    {"{\"n\":1e,\"text\":\"x\"}", 0},
    {"{\"n\":1x,\"text\":\"x\"}", 0},
    {"{\"text\":\"x\"} y", 0},
    {"{\"text\":\"x\"}{}", 0},
    {"{\"t\":truex,\"text\":\"x\"}", 0},
    {"{\"t\":nul,\"text\":\"x\"}", 0},
    {"\xef\xbb\xbf{\"text\":\"x\"}", 0},
    {"[\"text\"]", 0},
    {"\"text\"", 0},
    {"", 0},
    {"   ", 0},
    {"{\"a\":1 \"text\":\"x\"}", 0},
    {"{\"text\":\"x\",}", 0},
    {"{,}", 0},
    {"{\"text\":\"x\"", 0},
    {"{\"text\":\"x", 0},
    {"{\"text\" \"x\"}", 0},
    {"{\"text\":[1,]}", 0},
    {"{\"text\":[1 2]}", 0},
    {"{\"a\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]],\"text\":\"deep\"}", 0},
    /* decided by the scan, refused or unusual in the fields: jansson words it */
    {"{\"text\":\"x\",\"url\":5}", 1},
    {"{\"url\":\"http://u\"}", 1},
    {"{\"text\":5}", 1},
    {"{}", 1},
};

static void test_scan_same_as_jansson(void **state)
{
    (void)state;
    article_decoder_opts o = {0};
    article_decoder_opts c = {.field_text = "body, text", .field_id = "uuid", .field_url = "id",
                              .max_depth = 30};
    article_decoder *on = article_decoder_new(&o), *off = article_decoder_new(&o);
    article_decoder *con = article_decoder_new(&c), *coff = article_decoder_new(&c);
    assert_non_null(on);
    assert_non_null(off);
    assert_non_null(con);
    assert_non_null(coff);
    article_decoder_use_scan(off, 0);
    article_decoder_use_scan(coff, 0);
    for (size_t i = 0; i < sizeof scan_cases / sizeof scan_cases[0]; i++) {
        const char *j = scan_cases[i].json;
        if (scanned(j, strlen(j)) != scan_cases[i].scanned)
            fail_msg("case %zu (%s): scanned %d, want %d", i, j, !scan_cases[i].scanned,
                     scan_cases[i].scanned);
        both_ways(on, off, j, strlen(j), j);
        both_ways(con, coff, j, strlen(j), j);
    }
    /* a raw NUL inside a string and between tokens */
    static const char nul1[] = "{\"text\":\"a\0b\"}", nul2[] = "{\"text\":\"ab\"}\0";
    assert_false(scanned(nul1, sizeof nul1 - 1));
    assert_false(scanned(nul2, sizeof nul2 - 1));
    both_ways(on, off, nul1, sizeof nul1 - 1, "raw NUL in a string");
    both_ways(on, off, nul2, sizeof nul2 - 1, "raw NUL after the object");
    /* every control character, at every place of an eight-byte run of a long string */
    for (int ch = 1; ch < 0x20; ch++) {
        for (int at = 0; at < 16; at++) {
            char j[64];
            int n = snprintf(j, sizeof j, "{\"text\":\"%.*s%c%.*s\"}", at,
                             "aaaaaaaaaaaaaaaa", ch, 20 - at, "bbbbbbbbbbbbbbbbbbbb");
            assert_false(scanned(j, (size_t)n));
            both_ways(on, off, j, (size_t)n, "a control character");
        }
    }
    /* an object of 64 keys is scanned, of 65 left to jansson */
    char big[2048];
    for (int keys = 64; keys <= 65; keys++) {
        size_t n = (size_t)snprintf(big, sizeof big, "{\"text\":\"x\"");
        for (int k = 1; k < keys; k++)
            n += (size_t)snprintf(big + n, sizeof big - n, ",\"k%d\":%d", k, k);
        snprintf(big + n, sizeof big - n, "}");
        assert_int_equal(scanned(big, strlen(big)), keys == 64);
        both_ways(on, off, big, strlen(big), "many keys");
    }
    article_decoder_destroy(on);
    article_decoder_destroy(off);
    article_decoder_destroy(con);
    article_decoder_destroy(coff);
}

/* 30,000 mutations of an article (bytes replaced by JSON's punctuation, escapes, digits
 * and letters, deleted, duplicated) decode the same both ways. */
static void test_scan_mutations(void **state)
{
    (void)state;
    static const char base[] =
        "{\"id\":\"abc-1\",\"url\":\"https://example.org/a?b=1\",\"title\":\"Talks \\u2014 "
        "day 2\",\"source\":\"wire\",\"published_at\":\"2026-11-28T10:00:00Z\","
        "\"language\":\"en\",\"meta\":{\"tags\":[\"x\",\"y\"],\"score\":0.75,\"n\":-12,"
        "\"ok\":true,\"none\":null},\"text\":\"President A met Prime Minister B in "
        "Vienna on Monday.\\nThey \\\"agreed\\\" to meet again \\ud83d\\ude00.\"}";
    static const char alphabet[] = "{}[]:,\"\\/ubfnrt0123456789.eE+-aluxsd \n\t\x01\xc3\xa9";
    article_decoder_opts o = {0};
    article_decoder *on = article_decoder_new(&o), *off = article_decoder_new(&o);
    assert_non_null(on);
    assert_non_null(off);
    article_decoder_use_scan(off, 0);
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    char buf[sizeof base * 2];
    size_t decided = 0;
    for (int round = 0; round < 30000; round++) {
        size_t n = sizeof base - 1;
        memcpy(buf, base, n);
        int edits = 1 + round % 3;
        for (int e = 0; e < edits; e++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            size_t at = (size_t)(x % n);
            unsigned op = (unsigned)(x >> 32) % 4;
            if (op == 0 && n > 1) { /* delete a byte */
                memmove(buf + at, buf + at + 1, n - at - 1);
                n--;
            } else if (op == 1 && n + 1 < sizeof buf) { /* duplicate a byte */
                memmove(buf + at + 1, buf + at, n - at);
                n++;
            } else {
                buf[at] = alphabet[(x >> 40) % (sizeof alphabet - 1)];
            }
        }
        decided += scanned(buf, n);
        both_ways(on, off, buf, n, "a mutation");
    }
    /* most single edits leave valid JSON that the scan decides itself */
    assert_true(decided > 3000);
    article_decoder_destroy(on);
    article_decoder_destroy(off);
}

/* Long buffers (the eight-byte ASCII path): ASCII with one multi-byte sequence, valid or
 * not, at every offset of the first 24 bytes and near the end. */
static void test_utf8_long_buffers(void **state)
{
    (void)state;
    static const char *const seq[] = {"\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80",
                                      "\x80", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                      "\xe4\xb8", "\xff", "\x7f"};
    unsigned char b[64];
    for (size_t q = 0; q < sizeof seq / sizeof seq[0]; q++) {
        size_t sl = strlen(seq[q]);
        for (size_t len = sl; len <= sizeof b; len += 7) {
            for (size_t at = 0; at + sl <= len; at++) {
                if (at > 24 && at + sl + 8 < len)
                    continue;
                memset(b, 'a', sizeof b);
                memcpy(b + at, seq[q], sl);
                if (utf8_valid(b, len) != ref_valid(b, len))
                    fail_msg("mismatch: sequence %zu at %zu of %zu", q, at, len);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
        T(test_full_article),
        T(test_optional_fields_absent_or_null),
        T(test_text_fallbacks),
        T(test_text_with_nul_and_unicode),
        T(test_custom_field_names),
        T(test_text_field_list_whitespace),
        T(test_decoder_bad_options),
        T(test_id_fallback),
        T(test_published_from_timestamp),
        T(test_null_value),
        T(test_too_large),
        T(test_invalid_utf8),
        T(test_not_json),
        T(test_too_deep),
        T(test_depth_limit_exact),
        T(test_depth_long_runs),
        T(test_configured_depth_is_honoured),
        T(test_not_object),
        T(test_scalar_json_is_not_object),
        T(test_no_text),
        T(test_bad_field),
        T(test_reason_codes),
        T(test_clear_is_idempotent),
        T(test_utf8_edges),
        T(test_utf8_against_reference),
        T(test_utf8_long_buffers),
        T(test_scan_same_as_jansson),
        T(test_scan_mutations),
#undef T
    };
    return cmocka_run_group_tests_name("article", tests, NULL, NULL);
}
