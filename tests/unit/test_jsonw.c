/* test_jsonw.c - unit tests of producers/jsonw: the compact writer gives the same bytes
 * as json_dumps(v, JSON_COMPACT) for every kind of value (escapes, control characters,
 * non-ASCII text, integers, nesting, empty containers, key order), except that a real is
 * the shortest text that reads back as the same double (0.9 where jansson writes
 * 0.90000000000000002), on the records the extractor makes of every golden article, and
 * refuses what JSON cannot hold. And the extractor's records as text (px_extract_text, written with
 * the same jtext primitives without a tree) are byte for byte the trees' serialization,
 * with the fields and output keys the pipeline routes on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "jsonw.h"
#include "jtext.h"
#include "output.h"

static void expect_same(const json_t *v)
{
    char *want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    size_t len = 0;
    char *got = jsonw_dumps(v, &len);
    assert_non_null(want);
    assert_non_null(got);
    assert_int_equal(len, strlen(got));
    if (strcmp(want, got) != 0) {
        /* only reals may differ: read back as the same values (json_equal compares reals
         * with ==) */
        json_error_t e;
        json_t *back = json_loads(got, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
        if (!back || !json_equal(back, (json_t *)v))
            fail_msg("jsonw_dumps differs from json_dumps:\n want %s\n got  %s", want, got);
        json_decref(back);
    }
    free(want);
    free(got);
}

static void expect_text(double d, const char *text)
{
    json_t *r = json_real(d);
    size_t len = 0;
    char *got = jsonw_dumps(r, &len);
    assert_non_null(got);
    if (strcmp(got, text) != 0)
        fail_msg("real %.17g written as %s, not %s", d, got, text);
    free(got);
    json_decref(r);
}

static void expect_same_text(const char *text)
{
    json_error_t e;
    json_t *v = json_loads(text, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    if (!v)
        fail_msg("bad test JSON: %s: %s", e.text, text);
    expect_same(v);
    json_decref(v);
}

static void test_scalars_and_strings(void **state)
{
    (void)state;
    expect_same_text("{\"a\":\"plain\",\"b\":\"quote \\\" backslash \\\\ slash /\"}");
    expect_same_text("[\"\\b\\f\\n\\r\\t\",\"\\u0001\\u001f\\u007f\",\"\\u0000 nul inside\"]");
    expect_same_text("{\"name\":\"Zelenskyy in Kyiv\",\"ru\":\"\\u041c\\u043e\\u0441\\u043a\\u0432\\u0430\","
                     "\"emoji\":\"\\ud83d\\ude00\",\"ls\":\"\\u2028\"}");
    expect_same_text("{\"t\":true,\"f\":false,\"n\":null,\"i\":0,\"neg\":-42,"
                     "\"big\":9223372036854775807,\"small\":-9223372036854775808}");
    expect_same_text("[0.5,1.0,-2.25,0.1,1e300,1.5e-7,123456789012345678.0,3.0e5,-0.0,0.85]");
    expect_same_text("{\"empty_o\":{},\"empty_a\":[],\"\":\"empty key\",\"k\\\"q\":1}");
    expect_same_text("{\"z\":1,\"a\":2,\"m\":{\"y\":[1,{\"b\":[]},[[]]],\"c\":null}}");
}

/* Strings are scanned eight bytes at a time: every ASCII byte (the escaped ones among
 * them) at every position of strings of 1 to 24 bytes, and a multi-byte character beside
 * it, written as jansson writes them. */
static void test_every_byte_at_every_position(void **state)
{
    (void)state;
    for (size_t len = 1; len <= 24; len++)
        for (size_t at = 0; at < len; at++)
            for (int c = 0; c < 0x80; c++) {
                char buf[32];
                memset(buf, 'a', len);
                buf[at] = (char)c;
                json_t *v = json_stringn(buf, len);
                assert_non_null(v);
                expect_same(v);
                json_decref(v);
                if (at + 2 < len) { /* an e-acute after it */
                    buf[at + 1] = (char)0xc3;
                    buf[at + 2] = (char)0xa9;
                    v = json_stringn(buf, len);
                    assert_non_null(v);
                    expect_same(v);
                    json_decref(v);
                }
            }
}

static void test_reals_built_in_c(void **state)
{
    (void)state;
    /* the shortest text that reads back as the same double, in jansson's notation */
    expect_text(0.9, "0.9");
    expect_text(0.1, "0.1");
    expect_text(0.85, "0.85");
    expect_text(100.0, "100.0");
    expect_text(-0.0, "-0.0");
    expect_text(1e21, "1e21");
    expect_text(1.5e-7, "1.5e-7");
    expect_text(1e300, "1e300");
    expect_text(5e-324, "4.94065645841247e-324"); /* 15 digits first */
    expect_text(2.0 / 3.0, "0.6666666666666666");
    expect_text(0.1 + 0.2, "0.30000000000000004");
    expect_text(123456789012345678.0, "1.2345678901234568e17");
    expect_text(51.5074, "51.5074");
    expect_text(1234567890123450.0, "1.23456789012345e15"); /* fewest digits, one byte more */
    expect_text(5869071634567500.0, "5.8690716345675e15");
    double vs[] = {0.0, 1.0, 100.0, 1e21, 1e-5, 51.5074, -0.1275, 2.0 / 3.0, 1e100, 5e-324};
    for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++) {
        json_t *r = json_real(vs[i]);
        expect_same(r);
        json_decref(r);
    }
}

/* Reals are remembered per thread in 256 slots: many values written over and over, in an
 * order that makes them evict each other, still come out as jansson writes them. */
static void test_reals_remembered(void **state)
{
    (void)state;
    json_t *a = json_array();
    uint64_t x = 88172645463325252ULL;
    for (int i = 0; i < 6000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17; /* xorshift: reproducible */
        double d = (double)(x % 2000000) / 1000.0 - 1000.0; /* coordinates-like */
        if (i % 3 == 0)
            d = (double)(x % 100) / 100.0; /* confidences-like, repeated often */
        json_array_append_new(a, json_real(d));
    }
    expect_same(a);
    expect_same(a); /* the second time from the remembered texts */
    json_decref(a);
    char b[JSONW_INT_MAX];
    assert_int_equal(jsonw_int(b, 0), 1);
    assert_memory_equal(b, "0", 1);
    assert_int_equal(jsonw_int(b, -9223372036854775807LL - 1), 20);
    assert_memory_equal(b, "-9223372036854775808", 20);
}

/* jtext_decimal(n, scale) writes what jtext_real writes for the double n / 10^scale: the
 * coordinates (micro-degrees) and confidences (hundredths) of records go through it. */
static void expect_decimal(long long n, int scale)
{
    double q = 1.0;
    for (int i = 0; i < scale; i++)
        q *= 10.0;
    jtext a = {0}, b = {0};
    jtext_decimal(&a, n, scale);
    jtext_real(&b, (double)n / q);
    const char *ta = jtext_cstr(&a), *tb = jtext_cstr(&b);
    assert_non_null(ta);
    assert_non_null(tb);
    if (strcmp(ta, tb) != 0)
        fail_msg("%lld / 10^%d: jtext_decimal wrote %s, jtext_real %s", n, scale, ta, tb);
    free(a.b);
    free(b.b);
}

static void test_decimals_as_reals(void **state)
{
    (void)state;
    for (int scale = 0; scale <= 9; scale++) {
        for (long long n = -1200; n <= 1200; n++)
            expect_decimal(n, scale); /* zero, the exponent forms, the last digits */
        long long p = 1;
        for (int e = 0; e <= 18; e++) {
            for (long long dv = -2; dv <= 2; dv++) {
                expect_decimal(p + dv, scale); /* around every power of ten */
                expect_decimal(-(p + dv), scale);
            }
            if (e < 18)
                p *= 10;
        }
    }
    uint64_t x = 88172645463325252ULL;
    /* (a twentieth of the sweep under valgrind, which takes ~80 s over the whole) */
    int rounds = getenv("PARLEY_VALGRIND") ? 20000 : 400000;
    for (int i = 0; i < rounds; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        expect_decimal((long long)(x % 360000001ULL) - 180000000, 6); /* micro-degrees */
        expect_decimal((long long)(x >> 11) - (1LL << 52), (int)(x % 10)); /* any */
    }
    for (int k = 0; k <= 100; k++)
        expect_decimal(k, 2); /* confidences */
    expect_decimal(9223372036854775807LL, 6);
    expect_decimal(-9223372036854775807LL - 1, 6);
    jtext w = {0};
    jtext_decimal(&w, 5, 10); /* no such scale */
    assert_true(w.bad);
    free(w.b);
}

static void test_refuses_non_finite(void **state)
{
    (void)state;
    /* jansson will not build NaN reals; a real set to infinity is refused the same way */
    json_t *o = json_object();
    json_t *r = json_real(1.0);
    assert_int_equal(json_real_set(r, INFINITY), -1); /* jansson refuses it itself */
    json_object_set_new(o, "x", r);
    expect_same(o); /* still 1.0 */
    json_decref(o);
    assert_null(jsonw_dumps(NULL, NULL));
}

static void test_deep_nesting_refused(void **state)
{
    (void)state;
    json_t *root = json_array(), *cur = root;
    for (int i = 0; i < 6000; i++) {
        json_t *n = json_array();
        json_array_append_new(cur, n);
        cur = n;
    }
    assert_null(jsonw_dumps(root, NULL));
    json_decref(root);
}

static const char *str_of(const json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

typedef size_t (*article_fn)(const px_ctx *ctx, const px_article *art);

/* Calls fn for every golden article (tests/golden/cases/NAME/article.json); returns the
 * sum of what it returned, and the articles in *articles. */
static size_t each_golden(const px_ctx *ctx, article_fn fn, size_t *articles)
{
    DIR *d = opendir(PARLEY_GOLDEN_DIR);
    assert_non_null(d);
    struct dirent *de;
    size_t sum = 0;
    while ((de = readdir(d))) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/article.json", PARLEY_GOLDEN_DIR, de->d_name);
        json_t *a = de->d_name[0] == '.' ? NULL : json_load_file(path, 0, NULL);
        if (!a)
            continue;
        px_article art = {.id = str_of(a, "id"), .url = str_of(a, "url"),
                          .source = str_of(a, "source"), .title = str_of(a, "title"),
                          .published_at = str_of(a, "published_at"),
                          .language = str_of(a, "language"), .text = str_of(a, "text")};
        if (!art.id || !art.text)
            fail_msg("%s: no id or text", path);
        art.text_len = strlen(art.text);
        sum += fn(ctx, &art);
        (*articles)++;
        json_decref(a);
    }
    closedir(d);
    return sum;
}

static px_ctx *new_ctx(void)
{
    char err[512];
    px_options opts = {0};
    px_ctx *ctx = px_ctx_new(&opts, err, sizeof err);
    if (!ctx)
        fail_msg("px_ctx_new: %s", err);
    return ctx;
}

/* Each record and the whole array written by jsonw as by jansson; returns the records. */
static size_t expect_same_records(const px_ctx *ctx, const px_article *art)
{
    char err[512];
    json_t *recs = NULL, *r;
    px_stats st;
    if (px_extract(ctx, art, &recs, &st, err, sizeof err) != 0)
        fail_msg("%s: %s", art->id, err);
    size_t i;
    json_array_foreach(recs, i, r) expect_same(r);
    expect_same(recs);
    json_decref(recs);
    return i;
}

/* Real parley.contact.v1 records: the extractor's output for every golden article. */
static void test_golden_records(void **state)
{
    (void)state;
    px_ctx *ctx = new_ctx();
    size_t articles = 0;
    assert_true(each_golden(ctx, expect_same_records, &articles) > 20);
    px_ctx_destroy(ctx);
}

/* px_extract_text's records against px_extract's for one article. */
static size_t expect_text_matches(const px_ctx *ctx, const px_article *art)
{
    char err[512];
    json_t *tree = NULL;
    px_text_records *text = NULL;
    px_stats st1, st2;
    if (px_extract(ctx, art, &tree, &st1, err, sizeof err) != 0 ||
        px_extract_text(ctx, art, &text, &st2, err, sizeof err) != 0)
        fail_msg("%s: %s", art->id, err);
    assert_int_equal(json_array_size(tree), px_text_records_count(text));
    assert_int_equal(st1.records, st2.records);
    assert_int_equal(st1.sentences, st2.sentences);
    size_t i;
    json_t *r;
    json_array_foreach(tree, i, r)
    {
        const px_text_record *t = px_text_records_get(text, i);
        assert_non_null(t);
        /* the whole record: the text with first_report / duplicate_of put back */
        char *want = jsonw_dumps(r, NULL);
        static const char fr[] = ",\"first_report\":true,\"duplicate_of\":null";
        assert_true(t->first_report_at < t->len);
        char *got = malloc(t->len + sizeof fr);
        memcpy(got, t->json, t->first_report_at);
        memcpy(got + t->first_report_at, fr, sizeof fr - 1);
        memcpy(got + t->first_report_at + sizeof fr - 1, t->json + t->first_report_at,
               t->len - t->first_report_at);
        got[t->len + sizeof fr - 1] = '\0';
        if (strcmp(want, got) != 0)
            fail_msg("%s: record %zu differs:\n tree %s\n text %s", art->id, i, want, got);
        free(got);
        free(want);
        /* as stage A sends it: without those two members */
        json_t *c = json_deep_copy(r);
        json_object_del(c, "first_report");
        json_object_del(c, "duplicate_of");
        size_t wl = 0;
        want = jsonw_dumps(c, &wl);
        assert_int_equal(wl, t->len);
        assert_memory_equal(want, t->json, wl);
        free(want);
        json_decref(c);
        /* the fields the pipeline routes on */
        assert_string_equal(str_of(r, "event_id"), t->event_id);
        assert_string_equal(str_of(r, "cluster_key"), t->cluster_key);
        assert_string_equal(str_of(r, "type"), t->type);
        assert_string_equal(str_of(r, "status"), t->status);
        assert_int_equal(json_array_size(json_object_get(r, "actors")), t->nactors);
        const char *countries[PX_TEXT_ACTORS];
        for (size_t k = 0; k < t->nactors; k++)
            countries[k] = t->actor_country[k];
        for (int which = KEY_DYAD; which <= KEY_SOURCE_COUNTRY; which++) {
            char *k1 = record_key_of(r, (record_key)which);
            char *k2 = record_key_from((record_key)which, t->event_id, t->cluster_key,
                                       t->nactors, t->actor_role, countries);
            assert_string_equal(k1, k2);
            free(k1);
            free(k2);
        }
    }
    json_decref(tree);
    px_text_records_destroy(text);
    return i;
}

static void test_text_records(void **state)
{
    (void)state;
    px_ctx *ctx = new_ctx();
    size_t articles = 0;
    /* every golden article */
    size_t records = each_golden(ctx, expect_text_matches, &articles);
    /* and every sentence of the engine's case file (venues, times, odd names) */
    FILE *f = fopen(PX_CASES_FILE, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *c = json_loads(line, 0, NULL);
        if (!c || !str_of(c, "text")) {
            json_decref(c);
            continue;
        }
        px_article art = {.id = str_of(c, "case") ? str_of(c, "case") : "case",
                          .published_at = str_of(c, "published_at"),
                          .text = str_of(c, "text")};
        art.text_len = strlen(art.text);
        records += expect_text_matches(ctx, &art);
        articles++;
        json_decref(c);
    }
    free(line);
    fclose(f);
    px_ctx_destroy(ctx);
    assert_true(articles > 20);
    assert_true(records > 40);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scalars_and_strings),
        cmocka_unit_test(test_every_byte_at_every_position),
        cmocka_unit_test(test_reals_built_in_c),
        cmocka_unit_test(test_reals_remembered),
        cmocka_unit_test(test_decimals_as_reals),
        cmocka_unit_test(test_refuses_non_finite),
        cmocka_unit_test(test_deep_nesting_refused),
        cmocka_unit_test(test_golden_records),
        cmocka_unit_test(test_text_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
