/* test_enrich_integration.c - enrichment against the local fixture server
 * (fixture_server.py, started by with_fixture.py which exports PARLEY_ENRICH_FIXTURE):
 * resolution, caching, one test per fault mode, breaker, coalescing, limits, SSRF, and the
 * slow-backend mode (hand-off to the background warmer, cache warming, recovery). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "enrich.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *base(void)
{
    const char *b = getenv("PARLEY_ENRICH_FIXTURE");
    assert_non_null(b);
    return b;
}

static long port_of_base(void)
{
    const char *p = strrchr(base(), ':');
    return p ? strtol(p + 1, NULL, 10) : 0;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

typedef struct sbuf {
    char data[1 << 20];
    size_t len;
} sbuf;

static size_t sink(char *p, size_t s, size_t n, void *ud)
{
    sbuf *b = ud;
    size_t k = s * n;
    if (b->len + k >= sizeof b->data)
        return 0;
    memcpy(b->data + b->len, p, k);
    b->len += k;
    b->data[b->len] = '\0';
    return k;
}

static json_t *server(const char *what)
{
    static sbuf b;
    b.len = 0;
    char url[256];
    snprintf(url, sizeof url, "%s/%s", base(), what);
    CURL *e = curl_easy_init();
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    assert_int_equal(curl_easy_perform(e), CURLE_OK);
    curl_easy_cleanup(e);
    json_t *j = json_loadb(b.data, b.len, 0, NULL);
    assert_non_null(j);
    return j;
}

static long count(const char *route)
{
    json_t *s = server("_stats");
    long n = (long)json_integer_value(json_object_get(json_object_get(s, "counts"), route));
    json_decref(s);
    return n;
}

static long max_active(const char *route)
{
    json_t *s = server("_stats");
    long n = (long)json_integer_value(json_object_get(json_object_get(s, "max_active"), route));
    json_decref(s);
    return n;
}

static int setup(void **state)
{
    (void)state;
    json_decref(server("_reset"));
    return 0;
}

/* cfg with both backends behind an optional fault prefix ("" or "/f/503") */
static enrich_ctx *ctx_for(const char *fault, void (*tweak)(enrich_config *))
{
    static char wd[256], nom[256];
    snprintf(wd, sizeof wd, "%s%s/w/api.php", base(), fault);
    snprintf(nom, sizeof nom, "%s%s/search", base(), fault);
    enrich_config c;
    enrich_config_defaults(&c);
    c.wikidata_url = wd;
    c.nominatim_url = nom;
    c.user_agent = "parley-tests/1.0 (test@example.org)";
    c.article_budget_ms = 3000;
    c.backoff_base_ms = 20;
    c.nominatim_rate_per_s = -1; /* most tests: no pacing */
    if (tweak)
        tweak(&c);
    char err[256];
    enrich_ctx *ctx = enrich_new(&c, err, sizeof err);
    if (!ctx)
        fail_msg("enrich_new: %s", err);
    return ctx;
}

static const char *REC =
    "[{\"schema\":\"parley.contact.v1\",\"type\":\"meet\",\"actors\":["
    "{\"role\":\"source\",\"name\":\"Lloyd Austin\",\"title\":\"defence secretary\",\"country\":\"USA\","
    "\"sector\":\"MIL\",\"code\":\"USAMIL\",\"metadata\":{}},"
    "{\"role\":\"target\",\"name\":\"Li Shangfu\",\"title\":\"defence minister\",\"country\":null,"
    "\"sector\":null,\"code\":null,\"metadata\":{}}],"
    "\"location\":{\"name\":\"Vienna\",\"country\":null,\"venue\":null,\"lat\":null,\"lon\":null},"
    "\"time\":{\"text\":\"on Friday\",\"start\":\"2023-06-02\",\"end\":\"2023-06-02\",\"precision\":\"day\"},"
    "\"enrichment\":{\"status\":\"none\",\"sources\":[]}}]";

static json_t *records(const char *text)
{
    json_t *r = json_loads(text, 0, NULL);
    assert_non_null(r);
    return r;
}

static json_t *one_actor(const char *name, const char *title, const char *country, const char *date)
{
    json_t *r = records("[{\"actors\":[],\"location\":null,\"time\":null,\"enrichment\":{}}]");
    json_t *a = json_pack("{s:s,s:s?,s:s?,s:{}}", "name", name, "title", title, "country", country,
                          "metadata");
    json_array_append_new(json_object_get(json_array_get(r, 0), "actors"), a);
    if (date)
        json_object_set_new(json_array_get(r, 0), "time", json_pack("{s:s}", "start", date));
    return r;
}

static const char *status_of(json_t *recs)
{
    return json_string_value(json_object_get(json_object_get(json_array_get(recs, 0), "enrichment"), "status"));
}

static const char *reason_of(json_t *recs)
{
    const char *r = json_string_value(json_object_get(json_object_get(json_array_get(recs, 0), "enrichment"), "reason"));
    return r ? r : "";
}

static json_t *actor(json_t *recs, size_t i)
{
    return json_array_get(json_object_get(json_array_get(recs, 0), "actors"), i);
}

static const char *md(json_t *recs, size_t i, const char *k)
{
    return json_string_value(json_object_get(json_object_get(actor(recs, i), "metadata"), k));
}

/* ---- resolution ---- */
static void it_resolves_actors_and_place(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", NULL);
    json_t *r = records(REC);
    enrich_result res;
    assert_int_equal(enrich_records(ctx, r, "2023-06-02T10:00:00Z", &res), 0);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 0, "wikidata"), "Q1848009");
    json_t *pos = json_object_get(json_object_get(actor(r, 0), "metadata"), "position");
    assert_string_equal(json_string_value(json_object_get(pos, "wikidata")), "Q942473");
    assert_string_equal(json_string_value(json_object_get(pos, "label")), "United States Secretary of Defense");
    assert_string_equal(json_string_value(json_object_get(pos, "country")), "USA");
    assert_string_equal(md(r, 1, "wikidata"), "Q7000101");
    /* Li Shangfu had no country/sector: filled from the position */
    assert_string_equal(json_string_value(json_object_get(actor(r, 1), "country")), "CHN");
    assert_string_equal(json_string_value(json_object_get(actor(r, 1), "sector")), "MIL");
    assert_string_equal(json_string_value(json_object_get(actor(r, 1), "code")), "CHNMIL");
    assert_true(json_is_true(json_object_get(json_object_get(actor(r, 0), "metadata"), "country_confirmed")));
    json_t *loc = json_object_get(json_array_get(r, 0), "location");
    assert_true(json_real_value(json_object_get(loc, "lat")) > 48.2);
    assert_string_equal(json_string_value(json_object_get(loc, "country")), "AUT");
    assert_string_equal(json_string_value(json_object_get(loc, "wikidata")), "Q1741");
    assert_int_equal(json_integer_value(json_object_get(loc, "osm_id")), 109166);
    json_t *src = json_object_get(json_object_get(json_array_get(r, 0), "enrichment"), "sources");
    assert_int_equal(json_array_size(src), 2);
    assert_int_equal(res.actors_resolved, 2);
    assert_int_equal(res.places_resolved, 1);
    /* batched wbgetentities: 2 searches, then candidates in 1 request, positions+countries,
     * position countries (already known) */
    assert_int_equal(count("wd_wbsearchentities"), 2);
    assert_true(count("wd_wbgetentities") <= 3);
    /* descriptive UA and maxlag on every Wikidata request */
    json_t *s = server("_stats");
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(s, "log"), i, e) {
        assert_string_equal(json_string_value(json_object_get(e, "ua")), "parley-tests/1.0 (test@example.org)");
        const char *p = json_string_value(json_object_get(e, "path"));
        if (strstr(p, "/w/api.php"))
            assert_non_null(strstr(p, "maxlag=5"));
    }
    json_decref(s);
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    uint64_t lat = 0;
    for (int b = 0; b < ENRICH_LATENCY_BUCKETS; b++)
        lat += st.backend[ENRICH_WIKIDATA].latency[b];
    assert_int_equal(lat, st.backend[ENRICH_WIKIDATA].requests);
    assert_true(st.backend[ENRICH_NOMINATIM].requests == 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_warm_cache_no_io(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", NULL);
    json_t *r = records(REC);
    enrich_records(ctx, r, NULL, NULL);
    json_decref(r);
    long before = count("wd_wbsearchentities") + count("wd_wbgetentities") + count("nominatim");
    r = records(REC);
    enrich_result res;
    enrich_records(ctx, r, NULL, &res);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 1, "wikidata"), "Q7000101");
    long after = count("wd_wbsearchentities") + count("wd_wbgetentities") + count("nominatim");
    assert_int_equal(before, after);
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_true(st.backend[ENRICH_WIKIDATA].cache_hits >= 2);
    assert_true(st.backend[ENRICH_NOMINATIM].cache_hits >= 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_negative_nohits_cached(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", NULL);
    json_t *r = one_actor("Nobody Atall", "envoy", "FRA", "2023-01-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 0, "wikidata_match"), "nohits");
    json_decref(r);
    r = one_actor("Nobody Atall", "envoy", "FRA", "2023-01-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(md(r, 0, "wikidata_match"), "nohits");
    assert_int_equal(count("wd_wbsearchentities"), 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_ambiguous_no_pick(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", NULL);
    json_t *r = one_actor("John Smith", "member of parliament", "GBR", "2021-05-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete");
    assert_null(md(r, 0, "wikidata"));
    assert_string_equal(md(r, 0, "wikidata_match"), "ambiguous");
    json_decref(r);
    long n = count("wd_wbsearchentities") + count("wd_wbgetentities");
    r = one_actor("John Smith", "member of parliament", "GBR", "2021-05-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(md(r, 0, "wikidata_match"), "ambiguous"); /* negative cache */
    assert_int_equal(count("wd_wbsearchentities") + count("wd_wbgetentities"), n);
    json_decref(r);
    /* before the second one took office only one fits */
    r = one_actor("John Smith", "member of parliament", "GBR", "2018-01-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(md(r, 0, "wikidata"), "Q7000402");
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_position_on_event_date(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", NULL);
    json_t *r = one_actor("Lloyd Austin", "commander", "USA", "2015-06-01");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(md(r, 0, "wikidata"), "Q1848009");
    json_t *pos = json_object_get(json_object_get(actor(r, 0), "metadata"), "position");
    assert_string_equal(json_string_value(json_object_get(pos, "wikidata")), "Q7000301");
    assert_string_equal(json_string_value(json_object_get(pos, "end")), "2016-03-30");
    json_decref(r);
    enrich_destroy(ctx);
}

/* ---- faults ---- */
static void small_budget(enrich_config *c)
{
    c->article_budget_ms = 500;
}

static void it_fault_slow_budget(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow3000", small_budget);
    json_t *r = records(REC);
    int64_t t0 = now_ms();
    enrich_result res;
    enrich_records(ctx, r, NULL, &res);
    int64_t el = now_ms() - t0;
    assert_true(el < 700);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "wikidata"));
    assert_true(strstr(reason_of(r), "timeout") || strstr(reason_of(r), "budget"));
    assert_int_equal(res.lookups_failed, 3);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_5xx_retried(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/503x1", NULL);
    json_t *r = records(REC);
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 0, "wikidata"), "Q1848009");
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    /* the first request under the prefix (Wikidata or Nominatim, they race) got the 503 */
    assert_int_equal(st.backend[ENRICH_WIKIDATA].errors[ENRICH_ERR_5XX] +
                     st.backend[ENRICH_NOMINATIM].errors[ENRICH_ERR_5XX], 1);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].retries + st.backend[ENRICH_NOMINATIM].retries, 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_5xx_persistent(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/500", NULL);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "http 500 after 3 attempts"));
    assert_int_equal(count("wd_wbsearchentities"), 3); /* 1 + retries(2) */
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_429_retry_after(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/429x1", NULL);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    int64_t el = now_ms() - t0;
    assert_string_equal(status_of(r), "complete");
    assert_true(el >= 950); /* Retry-After: 1 honoured */
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_true(st.backend[ENRICH_WIKIDATA].errors[ENRICH_ERR_429] >= 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_429_beyond_budget(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/429", small_budget);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    assert_true(now_ms() - t0 < 400); /* no point waiting 1 s with 0.5 s of budget */
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "429"));
    assert_int_equal(count("wd_wbsearchentities"), 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_maxlag(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/maxlagx1", NULL);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 0, "wikidata"), "Q7000101");
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_true(st.backend[ENRICH_WIKIDATA].errors[ENRICH_ERR_MAXLAG] >= 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_reset(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/reset", NULL);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "connect"));
    assert_int_equal(count("wd_wbsearchentities"), 1); /* not retried */
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].errors[ENRICH_ERR_CONNECT], 1);
    json_decref(r);
    enrich_destroy(ctx);
}

static void check_parse_failure(const char *fault)
{
    enrich_ctx *ctx = ctx_for(fault, NULL);
    json_t *r = records(REC);
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "unparseable"));
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_true(st.backend[ENRICH_WIKIDATA].errors[ENRICH_ERR_PARSE] >= 1);
    assert_true(st.backend[ENRICH_NOMINATIM].errors[ENRICH_ERR_PARSE] >= 1);
    assert_int_equal(count("wd_wbsearchentities"), 2); /* parse errors are not retried */
    json_decref(r);
    /* nothing was cached: the next call asks again */
    r = records(REC);
    enrich_records(ctx, r, NULL, NULL);
    assert_int_equal(count("wd_wbsearchentities"), 4);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_truncated(void **state)
{
    (void)state;
    check_parse_failure("/f/truncated");
}

static void it_fault_garbage(void **state)
{
    (void)state;
    check_parse_failure("/f/garbage");
}

static void allow_loopback(enrich_config *c)
{
    c->fetch_enabled = 1;
    c->allow_nets = "127.0.0.1/32";
    c->max_body_bytes = 1u << 20;
}

static void it_fault_huge_body(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", allow_loopback);
    char url[256];
    snprintf(url, sizeof url, "%s/f/huge/article/news1", base());
    enrich_page p;
    int64_t t0 = now_ms();
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    assert_int_equal(p.error_class, ENRICH_ERR_TOOBIG);
    assert_true(now_ms() - t0 < 3000);
    enrich_page_clear(&p);
    /* the same cap protects the API responses */
    json_decref(server("_reset"));
    enrich_destroy(ctx);
    ctx = ctx_for("/f/huge", allow_loopback);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "larger than"));
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_fault_redirect_loop(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", allow_loopback);
    char url[256];
    snprintf(url, sizeof url, "%s/f/loop/article/news1", base());
    enrich_page p;
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    assert_int_equal(p.error_class, ENRICH_ERR_REDIRECTS);
    assert_int_equal(count("article"), 6); /* first + max_redirects(5) */
    enrich_page_clear(&p);
    enrich_destroy(ctx);
}

/* ---- breaker, coalescing, limits ---- */
static void breaker_cfg(enrich_config *c)
{
    c->retries = -1;
    c->breaker_failures = 2;
    c->breaker_open_ms = 300;
}

static void it_breaker_opens_and_recovers(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/503x3", breaker_cfg);
    enrich_stats st;
    for (int i = 0; i < 2; i++) {
        json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
        enrich_records(ctx, r, NULL, NULL);
        assert_string_equal(status_of(r), "failed");
        json_decref(r);
    }
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].breaker_state, ENRICH_BREAKER_OPEN);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].breaker_opened, 1);
    json_t *r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    assert_true(now_ms() - t0 < 100); /* fails fast */
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "breaker open"));
    assert_int_equal(count("wd_wbsearchentities"), 2); /* refused without a request */
    json_decref(r);
    sleep_ms(350);
    /* half-open: one probe, it fails (3rd 503) -> open again */
    r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "failed");
    assert_int_equal(count("wd_wbsearchentities"), 3);
    json_decref(r);
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].breaker_opened, 2);
    sleep_ms(350);
    r = one_actor("Li Shangfu", "defence minister", "CHN", "2023-06-02");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete");
    json_decref(r);
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_WIKIDATA].breaker_state, ENRICH_BREAKER_CLOSED);
    enrich_destroy(ctx);
}

typedef struct worker {
    enrich_ctx *ctx;
    const char *name;
    json_t *r;
} worker;

static void *run_worker(void *arg)
{
    worker *w = arg;
    w->r = one_actor(w->name, "defence minister", "CHN", "2023-06-02");
    enrich_records(w->ctx, w->r, NULL, NULL);
    return NULL;
}

static void it_coalesces_identical_lookups(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow300", NULL);
    worker w[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (worker){ctx, "Li Shangfu", NULL};
        pthread_create(&t[i], NULL, run_worker, &w[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        assert_string_equal(md(w[i].r, 0, "wikidata"), "Q7000101");
        json_decref(w[i].r);
    }
    assert_int_equal(count("wd_wbsearchentities"), 1);
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_true(st.backend[ENRICH_WIKIDATA].coalesced + st.backend[ENRICH_WIKIDATA].cache_hits >= 3);
    enrich_destroy(ctx);
}

static void it_wikidata_serial(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow100", NULL);
    const char *names[4] = {"Li Shangfu", "Lloyd Austin", "John Smith", "Nobody Atall"};
    worker w[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (worker){ctx, names[i], NULL};
        pthread_create(&t[i], NULL, run_worker, &w[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        json_decref(w[i].r);
    }
    assert_int_equal(count("wd_wbsearchentities"), 4);
    assert_int_equal(max_active("wd_wbsearchentities"), 1);
    assert_int_equal(max_active("wd_wbgetentities"), 1);
    enrich_destroy(ctx);
}

static void paced(enrich_config *c)
{
    c->nominatim_rate_per_s = 1;
    c->article_budget_ms = 5000;
    c->wikidata_url = "";
}

static void it_nominatim_one_per_second(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", paced);
    json_t *r = records("[{\"actors\":[],\"location\":{\"name\":\"Vienna\"}},"
                        "{\"actors\":[],\"location\":{\"name\":\"Detroit\"}},"
                        "{\"actors\":[],\"location\":{\"name\":\"Hamtramck\"}}]");
    enrich_records(ctx, r, NULL, NULL);
    for (size_t i = 0; i < 3; i++) {
        json_t *e = json_object_get(json_array_get(r, i), "enrichment");
        assert_string_equal(json_string_value(json_object_get(e, "status")), "complete");
    }
    json_t *s = server("_stats");
    double prev = 0;
    int n = 0;
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(s, "log"), i, e) {
        if (strcmp(json_string_value(json_object_get(e, "route")), "nominatim") != 0)
            continue;
        double t = json_real_value(json_object_get(e, "t"));
        if (n++)
            assert_true(t - prev >= 0.9); /* server-side receipt times: allow scheduling jitter */
        prev = t;
    }
    assert_int_equal(n, 3);
    json_decref(s);
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_disabled_touches_nothing(void **state)
{
    (void)state;
    enrich_config c;
    enrich_config_defaults(&c);
    char err[128];
    enrich_ctx *ctx = enrich_new(&c, err, sizeof err);
    assert_non_null(ctx);
    assert_false(enrich_enabled(ctx));
    json_t *r = records(REC);
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "none");
    enrich_page p;
    char url[256];
    snprintf(url, sizeof url, "%s/article/news1", base());
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    enrich_page_clear(&p);
    json_t *s = server("_stats");
    assert_int_equal(json_array_size(json_object_get(s, "log")), 0);
    json_decref(s);
    json_decref(r);
    enrich_destroy(ctx);
}

/* ---- article fetch and SSRF ---- */
static void it_fetch_article(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", allow_loopback);
    char url[256];
    snprintf(url, sizeof url, "%s/redirect?to=/article/news1", base());
    enrich_page p;
    assert_int_equal(enrich_fetch_article(ctx, url, &p), 0);
    assert_string_equal(p.title, "US and Chinese defence chiefs meet in Vienna");
    assert_string_equal(p.published_at, "2023-06-02T08:00:00Z");
    assert_string_equal(p.site_name, "The Example Post");
    assert_non_null(strstr(p.final_url, "/article/news1"));
    assert_non_null(strstr(p.text, "Lloyd Austin met Chinese defence minister Li Shangfu in Vienna on Friday"));
    assert_non_null(strstr(p.text, "\n\nAustin later flew to Detroit."));
    assert_null(strstr(p.text, "not text"));
    enrich_page_clear(&p);
    enrich_destroy(ctx);
}

static void fetch_only(enrich_config *c)
{
    c->fetch_enabled = 1;
}

static void it_ssrf_loopback_refused(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", fetch_only);
    char url[256];
    enrich_page p;
    snprintf(url, sizeof url, "%s/article/news1", base());
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    assert_int_equal(p.error_class, ENRICH_ERR_SSRF);
    enrich_page_clear(&p);
    /* a name that resolves to loopback: the connected address is what is checked */
    snprintf(url, sizeof url, "http://localhost:%ld/article/news1", port_of_base());
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    assert_int_equal(p.error_class, ENRICH_ERR_SSRF);
    enrich_page_clear(&p);
    assert_int_equal(enrich_fetch_article(ctx, "http://169.254.169.254/latest/meta-data/", &p), -1);
    assert_int_equal(p.error_class, ENRICH_ERR_SSRF);
    enrich_page_clear(&p);
    assert_int_equal(enrich_fetch_article(ctx, "file:///etc/passwd", &p), -1);
    enrich_page_clear(&p);
    assert_int_equal(enrich_fetch_article(ctx, "gopher://127.0.0.1/", &p), -1);
    enrich_page_clear(&p);
    assert_int_equal(count("article"), 0);
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_FETCH].errors[ENRICH_ERR_SSRF], 3);
    enrich_destroy(ctx);
}

static void private_ok(enrich_config *c)
{
    c->fetch_enabled = 1;
    c->allow_private = 1;
}

static void it_ssrf_allowed_with_allow_private(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", private_ok);
    char url[256];
    enrich_page p;
    snprintf(url, sizeof url, "http://localhost:%ld/article/plain", port_of_base());
    assert_int_equal(enrich_fetch_article(ctx, url, &p), 0);
    assert_string_equal(p.title, "Plain page title");
    assert_string_equal(p.text, "Only a paragraph.\n\nAnd another one.");
    enrich_page_clear(&p);
    enrich_destroy(ctx);
}

static void it_ssrf_redirect_to_private_refused(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("", allow_loopback);
    const char *targets[] = {"http://10.255.255.1/internal", "http://169.254.169.254/latest/meta-data/",
                             "http://[::1]:1/", "http://192.168.0.1/admin"};
    for (size_t i = 0; i < 4; i++) {
        char url[512];
        snprintf(url, sizeof url, "%s/redirect?to=%s", base(), targets[i]);
        enrich_page p;
        assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
        assert_int_equal(p.error_class, ENRICH_ERR_SSRF);
        enrich_page_clear(&p);
    }
    char url[512];
    snprintf(url, sizeof url, "%s/redirect?to=file:///etc/passwd", base());
    enrich_page p;
    assert_int_equal(enrich_fetch_article(ctx, url, &p), -1);
    assert_int_not_equal(p.error_class, 0);
    enrich_page_clear(&p);
    enrich_destroy(ctx);
}

/* ---- slow-backend mode: background warmer ---- */
static void slow_wd_only(enrich_config *c)
{
    c->article_budget_ms = 500;
    c->nominatim_url = "";
}

static enrich_backend_stats wd_stats(enrich_ctx *ctx)
{
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    return st.backend[ENRICH_WIKIDATA];
}

/* one call on a fresh record; returns its duration in ms, *out the records (caller frees) */
static int64_t timed_call(enrich_ctx *ctx, const char *name, const char *title, const char *date,
                          json_t **out)
{
    json_t *r = one_actor(name, title, NULL, date);
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    int64_t el = now_ms() - t0;
    *out = r;
    return el;
}

/* Polls every 100 ms (up to limit_ms) until `name` comes back complete; returns that
 * call's duration, or -1 when it never did. */
static int64_t wait_complete(enrich_ctx *ctx, const char *name, const char *title, const char *date,
                             long limit_ms, json_t **out)
{
    int64_t end = now_ms() + limit_ms;
    for (;;) {
        json_t *r = NULL;
        int64_t el = timed_call(ctx, name, title, date, &r);
        if (strcmp(status_of(r), "complete") == 0) {
            *out = r;
            return el;
        }
        json_decref(r);
        if (now_ms() > end)
            return -1;
        sleep_ms(100);
    }
}

static void it_slow_backend_does_not_wait(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow300", slow_wd_only);
    json_t *r = NULL;
    /* the first call finds out: it waits its budget (4 serial round trips of 300 ms) */
    int64_t el = timed_call(ctx, "Li Shangfu", "defence minister", "2023-06-02", &r);
    assert_true(el >= 400);
    assert_string_equal(status_of(r), "failed");
    assert_true(strstr(reason_of(r), "budget") || strstr(reason_of(r), "timeout"));
    json_decref(r);
    enrich_backend_stats st = wd_stats(ctx);
    assert_int_equal(st.slow, 1);
    assert_int_equal(st.slow_entered, 1);
    assert_int_equal(st.bg_queued, 1); /* the lookup that ran out goes on in background */
    /* then calls do not wait: each returns in well under the budget, with the reason */
    const char *names[] = {"Lloyd Austin", "John Smith", "Nobody Atall", "Jane Roe", "Max Mustermann",
                           "Erika Mustermann", "Juan Perez", "Ivan Petrov", "Ola Nordmann", "Joe Bloggs"};
    for (size_t i = 0; i < 10; i++) {
        el = timed_call(ctx, names[i], "envoy", "2023-06-02", &r);
        assert_true(el < 250);
        assert_string_equal(status_of(r), "failed");
        assert_non_null(strstr(reason_of(r), "wikidata: slow backend, looked up in background"));
        json_decref(r);
    }
    st = wd_stats(ctx);
    assert_int_equal(st.bg_queued, 11);
    assert_int_equal(st.bg_dropped, 0);
    /* a record with a resolved actor and a slow one is partial */
    r = records("[{\"actors\":[{\"name\":\"Nobody Atall\",\"title\":\"envoy\",\"metadata\":{}},"
                "{\"name\":\"Somebody Else\",\"title\":\"envoy\",\"metadata\":{}}],"
                "\"time\":{\"start\":\"2023-06-02\"}}]");
    json_t *done = NULL;
    if (wait_complete(ctx, "Nobody Atall", "envoy", "2023-06-02", 20000, &done) < 0)
        fail_msg("Nobody Atall never came back complete");
    assert_string_equal(md(done, 0, "wikidata_match"), "nohits");
    json_decref(done);
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "partial");
    assert_non_null(strstr(reason_of(r), "slow backend"));
    json_decref(r);
    enrich_destroy(ctx);
}

static void it_slow_backend_warms_cache(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow300", slow_wd_only);
    json_t *r = NULL;
    timed_call(ctx, "Li Shangfu", "defence minister", "2023-06-02", &r);
    assert_string_equal(status_of(r), "failed");
    json_decref(r);
    timed_call(ctx, "Lloyd Austin", "defence secretary", "2023-06-02", &r);
    assert_non_null(strstr(reason_of(r), "slow backend"));
    json_decref(r);
    /* the warmer resolves both (about 1.5 s each at 300 ms a request); then they come back
     * complete from the cache, at once, while the backend is still slow */
    int64_t el = wait_complete(ctx, "Li Shangfu", "defence minister", "2023-06-02", 20000, &r);
    assert_true(el >= 0);
    assert_true(el < 250);
    assert_string_equal(md(r, 0, "wikidata"), "Q7000101");
    assert_string_equal(json_string_value(json_object_get(actor(r, 0), "country")), "CHN");
    json_decref(r);
    el = wait_complete(ctx, "Lloyd Austin", "defence secretary", "2023-06-02", 20000, &r);
    assert_true(el >= 0 && el < 250);
    assert_string_equal(md(r, 0, "wikidata"), "Q1848009");
    json_decref(r);
    enrich_backend_stats st = wd_stats(ctx);
    assert_true(st.bg_completed >= 2);
    assert_int_equal(st.slow, 1); /* 300 ms a request: a batch never fits in 125 ms */
    enrich_destroy(ctx);
}

static void it_slow_backend_recovers(void **state)
{
    (void)state;
    json_decref(server("_dyn?ms=300"));
    enrich_ctx *ctx = ctx_for("/f/dyn", slow_wd_only);
    json_t *r = NULL;
    timed_call(ctx, "Li Shangfu", "defence minister", "2023-06-02", &r);
    json_decref(r);
    assert_int_equal(wd_stats(ctx).slow, 1);
    assert_true(timed_call(ctx, "Probe Zero", "envoy", "2023-06-02", &r) < 250);
    assert_non_null(strstr(reason_of(r), "slow backend"));
    json_decref(r);
    /* the service is fast again: the warmer's next lookups show it */
    json_decref(server("_dyn?ms=0"));
    int64_t end = now_ms() + 20000;
    for (int i = 1; wd_stats(ctx).slow; i++) {
        if (now_ms() > end)
            fail_msg("the backend never left the slow state");
        char name[64];
        snprintf(name, sizeof name, "Probe %d", i);
        timed_call(ctx, name, "envoy", "2023-06-02", &r);
        json_decref(r);
        sleep_ms(100);
    }
    /* workers wait again: a name nobody asked for is looked up in the call itself */
    long before = count("wd_wbsearchentities");
    timed_call(ctx, "John Smith", "member of parliament", "2018-01-01", &r);
    assert_string_equal(status_of(r), "complete");
    assert_string_equal(md(r, 0, "wikidata"), "Q7000402");
    assert_true(count("wd_wbsearchentities") > before);
    json_decref(r);
    enrich_backend_stats st = wd_stats(ctx);
    assert_int_equal(st.slow, 0);
    assert_int_equal(st.slow_entered, 1);
    enrich_destroy(ctx);
}

static void slow_nom_only(enrich_config *c)
{
    c->article_budget_ms = 500;
    c->wikidata_url = "";
}

/* a backend that answers within the budget but makes every article wait more than half of
 * it is slow too: one worker would otherwise manage 3 articles a second */
static void it_slow_backend_half_budget(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow300", slow_nom_only);
    json_t *r = records("[{\"actors\":[],\"location\":{\"name\":\"Vienna\"}}]");
    enrich_records(ctx, r, NULL, NULL);
    assert_string_equal(status_of(r), "complete"); /* answered in ~300 ms of 500 */
    json_decref(r);
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    assert_int_equal(st.backend[ENRICH_NOMINATIM].slow, 1);
    assert_int_equal(st.backend[ENRICH_NOMINATIM].bg_queued, 0); /* nothing was missing */
    r = records("[{\"actors\":[],\"location\":{\"name\":\"Detroit\"}}]");
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    assert_true(now_ms() - t0 < 250);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "nominatim: slow backend, looked up in background"));
    json_decref(r);
    /* Vienna is cached: complete at once */
    r = records("[{\"actors\":[],\"location\":{\"name\":\"Vienna\"}}]");
    t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    assert_true(now_ms() - t0 < 250);
    assert_string_equal(status_of(r), "complete");
    json_decref(r);
    enrich_destroy(ctx);
}

static void tiny_queue(enrich_config *c)
{
    slow_wd_only(c);
    c->background_queue = 2;
}

static void it_slow_backend_queue_bounded(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow3000", tiny_queue);
    json_t *r = NULL;
    timed_call(ctx, "Li Shangfu", "defence minister", "2023-06-02", &r);
    json_decref(r);
    /* 4 lookups while the warmer is busy for seconds with the first: 2 fit, the rest drop */
    r = records("[{\"actors\":[{\"name\":\"Anna One\",\"title\":\"envoy\",\"metadata\":{}},"
                "{\"name\":\"Anna Two\",\"title\":\"envoy\",\"metadata\":{}},"
                "{\"name\":\"Anna Three\",\"title\":\"envoy\",\"metadata\":{}},"
                "{\"name\":\"Anna Four\",\"title\":\"envoy\",\"metadata\":{}}]}]");
    int64_t t0 = now_ms();
    enrich_records(ctx, r, NULL, NULL);
    assert_true(now_ms() - t0 < 250);
    assert_string_equal(status_of(r), "failed");
    assert_non_null(strstr(reason_of(r), "background queue full"));
    json_decref(r);
    enrich_backend_stats st = wd_stats(ctx);
    assert_true(st.bg_dropped >= 2);
    assert_int_equal(st.bg_queued + st.bg_dropped, 5);
    /* enrich_destroy does not wait for the warmer's 3 s requests */
    t0 = now_ms();
    enrich_destroy(ctx);
    assert_true(now_ms() - t0 < 1000);
}

static void no_background(enrich_config *c)
{
    slow_wd_only(c);
    c->background_queue = -1;
}

static void it_slow_backend_mode_off(void **state)
{
    (void)state;
    enrich_ctx *ctx = ctx_for("/f/slow300", no_background);
    json_t *r = NULL;
    for (int i = 0; i < 2; i++) {
        assert_true(timed_call(ctx, "Li Shangfu", "defence minister", "2023-06-02", &r) >= 400);
        assert_string_equal(status_of(r), "failed");
        json_decref(r);
    }
    enrich_backend_stats st = wd_stats(ctx);
    assert_int_equal(st.slow, 0);
    assert_int_equal(st.bg_queued + st.bg_dropped, 0);
    enrich_destroy(ctx);
}

int main(int argc, char **argv)
{
    enrich_global_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(it_resolves_actors_and_place, setup),
        cmocka_unit_test_setup(it_warm_cache_no_io, setup),
        cmocka_unit_test_setup(it_negative_nohits_cached, setup),
        cmocka_unit_test_setup(it_ambiguous_no_pick, setup),
        cmocka_unit_test_setup(it_position_on_event_date, setup),
        cmocka_unit_test_setup(it_fault_slow_budget, setup),
        cmocka_unit_test_setup(it_fault_5xx_retried, setup),
        cmocka_unit_test_setup(it_fault_5xx_persistent, setup),
        cmocka_unit_test_setup(it_fault_429_retry_after, setup),
        cmocka_unit_test_setup(it_fault_429_beyond_budget, setup),
        cmocka_unit_test_setup(it_fault_maxlag, setup),
        cmocka_unit_test_setup(it_fault_reset, setup),
        cmocka_unit_test_setup(it_fault_truncated, setup),
        cmocka_unit_test_setup(it_fault_garbage, setup),
        cmocka_unit_test_setup(it_fault_huge_body, setup),
        cmocka_unit_test_setup(it_fault_redirect_loop, setup),
        cmocka_unit_test_setup(it_breaker_opens_and_recovers, setup),
        cmocka_unit_test_setup(it_coalesces_identical_lookups, setup),
        cmocka_unit_test_setup(it_wikidata_serial, setup),
        cmocka_unit_test_setup(it_nominatim_one_per_second, setup),
        cmocka_unit_test_setup(it_disabled_touches_nothing, setup),
        cmocka_unit_test_setup(it_fetch_article, setup),
        cmocka_unit_test_setup(it_ssrf_loopback_refused, setup),
        cmocka_unit_test_setup(it_ssrf_allowed_with_allow_private, setup),
        cmocka_unit_test_setup(it_ssrf_redirect_to_private_refused, setup),
        cmocka_unit_test_setup(it_slow_backend_does_not_wait, setup),
        cmocka_unit_test_setup(it_slow_backend_warms_cache, setup),
        cmocka_unit_test_setup(it_slow_backend_recovers, setup),
        cmocka_unit_test_setup(it_slow_backend_half_budget, setup),
        cmocka_unit_test_setup(it_slow_backend_queue_bounded, setup),
        cmocka_unit_test_setup(it_slow_backend_mode_off, setup),
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    int rc = cmocka_run_group_tests_name("enrich_integration", tests, NULL, NULL);
    enrich_global_cleanup();
    return rc;
}
