/* test_enrich_units.c - cmocka unit tests of the enrichment internals that need no network:
 * LRU cache (bytes bound, TTL, negative entries), rate limiter, circuit breaker, SSRF
 * address policy, response parsers, the Wikidata entity choice, and the slow-backend
 * mode's warmer queue and slow state. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "enrich_internal.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- cache ---- */
static void cache_hit_miss_overwrite(void **state)
{
    (void)state;
    en_cache *c = en_cache_new(1 << 20);
    char *v = NULL;
    assert_int_equal(en_cache_get(c, "k", 0, &v), EN_CACHE_MISS);
    assert_null(v);
    assert_int_equal(en_cache_put(c, "k", "[1]", 0, 1000), 0);
    assert_int_equal(en_cache_get(c, "k", 10, &v), EN_CACHE_HIT);
    assert_string_equal(v, "[1]");
    free(v);
    en_cache_put(c, "k", "[2,3]", 0, 1000);
    assert_int_equal(en_cache_get(c, "k", 10, &v), EN_CACHE_HIT);
    assert_string_equal(v, "[2,3]");
    free(v);
    uint64_t bytes, entries, ev;
    en_cache_usage(c, &bytes, &entries, &ev);
    assert_int_equal(entries, 1);
    assert_int_equal(bytes, strlen("k") + strlen("[2,3]") + 2 + EN_CACHE_OVERHEAD);
    en_cache_destroy(c);
}

static void cache_ttl_expiry(void **state)
{
    (void)state;
    en_cache *c = en_cache_new(1 << 20);
    en_cache_put(c, "a", "1", 0, 100);
    char *v = NULL;
    assert_int_equal(en_cache_get(c, "a", 99, &v), EN_CACHE_HIT);
    free(v);
    assert_int_equal(en_cache_get(c, "a", 100, &v), EN_CACHE_MISS);
    uint64_t bytes, entries, ev;
    en_cache_usage(c, &bytes, &entries, &ev);
    assert_int_equal(entries, 0); /* expired entries are dropped */
    assert_int_equal(bytes, 0);
    en_cache_destroy(c);
}

static void cache_negative_entries(void **state)
{
    (void)state;
    en_cache *c = en_cache_new(1 << 20);
    en_cache_put(c, "wds:nobody", "nohits", 1, 50);
    en_cache_put(c, "wdp:john smith", "ambiguous", 1, 50);
    char *v = NULL;
    assert_int_equal(en_cache_get(c, "wds:nobody", 10, &v), EN_CACHE_NEGATIVE);
    assert_string_equal(v, "nohits");
    free(v);
    assert_int_equal(en_cache_get(c, "wdp:john smith", 10, &v), EN_CACHE_NEGATIVE);
    assert_string_equal(v, "ambiguous");
    free(v);
    assert_int_equal(en_cache_get(c, "wds:nobody", 60, &v), EN_CACHE_MISS);
    en_cache_destroy(c);
}

static void cache_lru_eviction_by_bytes(void **state)
{
    (void)state;
    size_t per = 2 + 10 + 2 + EN_CACHE_OVERHEAD; /* key "kN", value 10 bytes */
    en_cache *c = en_cache_new(per * 3);
    en_cache_put(c, "k1", "0123456789", 0, 1000);
    en_cache_put(c, "k2", "0123456789", 0, 1000);
    en_cache_put(c, "k3", "0123456789", 0, 1000);
    char *v = NULL;
    assert_int_equal(en_cache_get(c, "k1", 0, &v), EN_CACHE_HIT); /* k1 now most recent */
    free(v);
    en_cache_put(c, "k4", "0123456789", 0, 1000);                   /* evicts k2 (LRU) */
    assert_int_equal(en_cache_get(c, "k2", 0, NULL), EN_CACHE_MISS);
    assert_int_equal(en_cache_get(c, "k1", 0, NULL), EN_CACHE_HIT);
    assert_int_equal(en_cache_get(c, "k3", 0, NULL), EN_CACHE_HIT);
    assert_int_equal(en_cache_get(c, "k4", 0, NULL), EN_CACHE_HIT);
    uint64_t bytes, entries, ev;
    en_cache_usage(c, &bytes, &entries, &ev);
    assert_true(bytes <= per * 3);
    assert_int_equal(entries, 3);
    assert_int_equal(ev, 1);
    /* a value bigger than the whole cache is refused, not stored by evicting everything */
    char big[1024];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    en_cache_put(c, "big", big, 0, 1000);
    assert_int_equal(en_cache_get(c, "big", 0, NULL), EN_CACHE_MISS);
    assert_int_equal(en_cache_get(c, "k1", 0, NULL), EN_CACHE_HIT);
    /* a larger entry evicts as many as needed */
    char mid[2 * 12 + 1];
    memset(mid, 'y', sizeof mid - 1);
    mid[sizeof mid - 1] = '\0';
    en_cache_put(c, "k5", mid, 0, 1000);
    en_cache_usage(c, &bytes, &entries, &ev);
    assert_true(bytes <= per * 3);
    assert_int_equal(entries, 2);
    en_cache_destroy(c);
}

static void cache_many_entries_grow(void **state)
{
    (void)state;
    en_cache *c = en_cache_new(1 << 22);
    char k[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "key%d", i);
        en_cache_put(c, k, "v", 0, 1000);
    }
    for (int i = 0; i < 5000; i += 97) {
        snprintf(k, sizeof k, "key%d", i);
        assert_int_equal(en_cache_get(c, k, 0, NULL), EN_CACHE_HIT);
    }
    en_cache_destroy(c);
}

/* ---- rate limiter ---- */
static void rate_one_per_second(void **state)
{
    (void)state;
    en_rate r = {.interval_ms = 1000, .next_ms = 0};
    int64_t w;
    assert_int_equal(en_rate_take(&r, 5000, &w), 1);
    assert_int_equal(en_rate_take(&r, 5200, &w), 0);
    assert_int_equal(w, 800);
    assert_int_equal(en_rate_take(&r, 5999, &w), 0);
    assert_int_equal(w, 1);
    assert_int_equal(en_rate_take(&r, 6000, &w), 1);
    /* Retry-After defers the next slot */
    en_rate_defer(&r, 9000);
    assert_int_equal(en_rate_take(&r, 7000, &w), 0);
    assert_int_equal(w, 2000);
    en_rate_defer(&r, 8000); /* never moves backwards */
    assert_int_equal(en_rate_take(&r, 8500, &w), 0);
    assert_int_equal(en_rate_take(&r, 9000, &w), 1);
}

static void rate_unlimited(void **state)
{
    (void)state;
    en_rate r = {0};
    for (int i = 0; i < 100; i++)
        assert_int_equal(en_rate_take(&r, 1000, NULL), 1);
}

/* ---- breaker ---- */
static void breaker_transitions(void **state)
{
    (void)state;
    en_breaker b;
    en_breaker_init(&b, 3, 1000);
    assert_int_equal(b.state, ENRICH_BREAKER_CLOSED);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(en_breaker_allow(&b, 0), 1);
        en_breaker_report(&b, 1, 0);
    }
    assert_int_equal(b.state, ENRICH_BREAKER_CLOSED);
    en_breaker_report(&b, 0, 0); /* a success resets the count */
    for (int i = 0; i < 3; i++)
        en_breaker_report(&b, 1, 100);
    assert_int_equal(b.state, ENRICH_BREAKER_OPEN);
    assert_int_equal(b.opened_count, 1);
    assert_int_equal(en_breaker_allow(&b, 500), 0);
    assert_int_equal(en_breaker_allow(&b, 1099), 0);
    assert_int_equal(en_breaker_allow(&b, 1100), 1); /* half-open probe */
    assert_int_equal(b.state, ENRICH_BREAKER_HALF_OPEN);
    assert_int_equal(en_breaker_allow(&b, 1101), 0); /* only one probe */
    en_breaker_report(&b, 1, 1200);                  /* probe failed: open again */
    assert_int_equal(b.state, ENRICH_BREAKER_OPEN);
    assert_int_equal(b.opened_count, 2);
    assert_int_equal(en_breaker_allow(&b, 2000), 0);
    assert_int_equal(en_breaker_allow(&b, 2200), 1);
    en_breaker_report(&b, 0, 2250);                  /* probe ok: closed */
    assert_int_equal(b.state, ENRICH_BREAKER_CLOSED);
    assert_int_equal(en_breaker_allow(&b, 2300), 1);
    assert_int_equal(en_breaker_allow(&b, 2300), 1);
}

/* ---- SSRF ---- */
static int priv4(const char *s)
{
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    assert_int_equal(inet_pton(AF_INET, s, &a.sin_addr), 1);
    return en_addr_is_private((struct sockaddr *)&a);
}

static int priv6(const char *s)
{
    struct sockaddr_in6 a = {0};
    a.sin6_family = AF_INET6;
    assert_int_equal(inet_pton(AF_INET6, s, &a.sin6_addr), 1);
    return en_addr_is_private((struct sockaddr *)&a);
}

static void ssrf_addresses(void **state)
{
    (void)state;
    const char *bad4[] = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255",
                          "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1",
                          "255.255.255.255", NULL};
    const char *good4[] = {"8.8.8.8", "172.32.0.1", "93.184.216.34", "100.128.0.1", NULL};
    for (size_t i = 0; bad4[i]; i++)
        assert_true(priv4(bad4[i]));
    for (size_t i = 0; good4[i]; i++)
        assert_false(priv4(good4[i]));
    const char *bad6[] = {"::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
                          "::ffff:10.1.2.3", "ff02::1", "64:ff9b::a9fe:a9fe", NULL};
    for (size_t i = 0; bad6[i]; i++)
        assert_true(priv6(bad6[i]));
    assert_false(priv6("2606:4700::6810:84e5"));
    assert_false(priv6("::ffff:8.8.8.8"));
}

static void ssrf_allow_nets(void **state)
{
    (void)state;
    en_net *nets = NULL;
    size_t n = 0;
    char err[128];
    assert_int_equal(en_parse_nets("127.0.0.1/32, 10.1.0.0/16,fd00::/8", &nets, &n, err, sizeof err), 0);
    assert_int_equal(n, 3);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    inet_pton(AF_INET, "10.1.200.3", &a.sin_addr);
    assert_true(en_addr_in_nets((struct sockaddr *)&a, nets, n));
    inet_pton(AF_INET, "10.2.0.1", &a.sin_addr);
    assert_false(en_addr_in_nets((struct sockaddr *)&a, nets, n));
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    assert_true(en_addr_in_nets((struct sockaddr *)&a, nets, n));
    free(nets);
    assert_int_equal(en_parse_nets("10.0.0.0/33", &nets, &n, err, sizeof err), -1);
    assert_int_equal(en_parse_nets("example.org", &nets, &n, err, sizeof err), -1);
    assert_int_equal(en_parse_nets("", &nets, &n, err, sizeof err), 0);
    assert_int_equal(n, 0);
}

static void iso_codes(void **state)
{
    (void)state;
    char o[4];
    assert_int_equal(en_iso2_to_iso3("at", o), 0);
    assert_string_equal(o, "AUT");
    assert_int_equal(en_iso2_to_iso3("US", o), 0);
    assert_string_equal(o, "USA");
    assert_int_equal(en_iso2_to_iso3("zz", o), -1);
    assert_int_equal(en_iso2_to_iso3("usa", o), -1);
}

/* ---- parsers ---- */
static void parse_search(void **state)
{
    (void)state;
    const char *ok = "{\"search\":[{\"id\":\"Q1\"},{\"id\":\"bogus\"},{\"id\":\"Q22\"}],\"success\":1}";
    json_t *ids = NULL;
    char code[32] = "";
    assert_int_equal(en_parse_wd_search(ok, strlen(ok), &ids, code, sizeof code), 0);
    assert_int_equal(json_array_size(ids), 2);
    json_decref(ids);
    const char *err = "{\"error\":{\"code\":\"maxlag\",\"info\":\"lagged\"}}";
    assert_int_equal(en_parse_wd_search(err, strlen(err), &ids, code, sizeof code), 1);
    assert_string_equal(code, "maxlag");
    assert_int_equal(en_parse_wd_search("{\"sea", 5, &ids, code, sizeof code), -1);
    assert_int_equal(en_parse_wd_search("[]", 2, &ids, code, sizeof code), -1);
}

static void parse_nominatim(void **state)
{
    (void)state;
    const char *ok = "[{\"lat\":\"48.2\",\"lon\":\"16.37\",\"osm_id\":109166,\"osm_type\":\"relation\","
                     "\"address\":{\"country_code\":\"at\"},\"extratags\":{\"wikidata\":\"Q1741\"}}]";
    json_t *o = NULL;
    assert_int_equal(en_parse_nominatim(ok, strlen(ok), &o), 0);
    assert_string_equal(json_string_value(json_object_get(o, "country")), "AUT");
    assert_true(json_real_value(json_object_get(o, "lat")) > 48.1);
    json_decref(o);
    assert_int_equal(en_parse_nominatim("[]", 2, &o), 0);
    assert_true(json_is_null(o));
    const char *bad = "[{\"lat\":\"nan\",\"lon\":\"1\"}]";
    assert_int_equal(en_parse_nominatim(bad, strlen(bad), &o), -1);
    const char *far = "[{\"lat\":\"91\",\"lon\":\"1\"}]";
    assert_int_equal(en_parse_nominatim(far, strlen(far), &o), -1);
}

static void parse_html_meta(void **state)
{
    (void)state;
    const char *h = "<html><head><title>T</title><meta property='og:title' content='OG'>"
                    "<meta property='og:site_name' content='Site'>"
                    "<meta name='article:published_time' content='2024-01-02'></head>"
                    "<body><p>A <i>b</i>\n c</p><script>x</script><p>d</p></body></html>";
    enrich_page p = {0};
    assert_int_equal(en_parse_html(h, strlen(h), 1000, &p), 0);
    assert_string_equal(p.title, "OG");
    assert_string_equal(p.site_name, "Site");
    assert_string_equal(p.published_at, "2024-01-02");
    assert_string_equal(p.text, "A b c\n\nd");
    enrich_page_clear(&p);
    /* text cap, no split UTF-8 */
    const char *u = "<p>\xc3\xa9\xc3\xa9\xc3\xa9</p>";
    assert_int_equal(en_parse_html(u, strlen(u), 3, &p), 0);
    assert_int_equal(p.text_len, 2);
    enrich_page_clear(&p);
    /* deep nesting does not recurse */
    size_t n = 200000;
    char *deep = malloc(n * 5 + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(deep + i * 5, "<div>", 5);
    deep[n * 5] = '\0';
    assert_int_equal(en_parse_html(deep, n * 5, 1000, &p), 0);
    enrich_page_clear(&p);
    free(deep);
}

/* ---- choosing ---- */
static json_t *person(const char *id, const char *label, const char *p27, const char *pos,
                      const char *start, const char *end)
{
    return json_pack("{s:s,s:s,s:[s],s:[s],s:[{s:s,s:s?,s:s?}]}", "id", id, "label", label, "p31", "Q5",
                     "p27", p27, "p39", "id", pos, "start", start, "end", end);
}

static void choose_by_position_and_date(void **state)
{
    (void)state;
    json_t *ents = json_pack("{s:{s:s,s:[s]},s:{s:s,s:[s]},s:{s:s},s:{s:s}}",
                             "QP1", "label", "Minister of National Defense", "p17", "QC",
                             "QP2", "label", "Minister of Agriculture", "p17", "QC",
                             "QC", "iso3", "CHN", "QU", "iso3", "USA");
    json_t *c = json_array();
    json_array_append_new(c, person("Q1", "Li Shangfu", "QC", "QP1", "2023-03-12", "2023-10-24"));
    json_array_append_new(c, person("Q2", "Li Shangfu", "QC", "QP2", "2020-01-01", NULL));
    json_t *pos = NULL;
    assert_int_equal(en_wd_choose(c, ents, "Li Shangfu", "defence minister", "CHN", "2023-06-02", &pos), 0);
    assert_non_null(pos);
    /* after he left office nobody fits the title, and two share name and nationality */
    assert_int_equal(en_wd_choose(c, ents, "Li Shangfu", "defence minister", "CHN", "2024-01-01", &pos), -2);
    /* alone, the same-name same-nationality person is taken, without a position */
    json_t *one = json_array();
    json_array_append(one, json_array_get(c, 0));
    assert_int_equal(en_wd_choose(one, ents, "Li Shangfu", "defence minister", "CHN", "2024-01-01", &pos), 0);
    assert_null(pos);
    json_decref(one);
    /* no title: two office holders of the right country on the date -> ambiguous */
    assert_int_equal(en_wd_choose(c, ents, "Li Shangfu", NULL, "CHN", "2023-06-02", &pos), -2);
    /* an office of another state does not fit */
    assert_int_equal(en_wd_choose(c, ents, "Li Shangfu", "defence minister", "USA", "2023-06-02", &pos), -1);
    json_decref(c);
    json_decref(ents);
    assert_string_equal(en_sector_for_position("United States Secretary of Defense"), "MIL");
    assert_string_equal(en_sector_for_position("Prime Minister of Japan"), "GOV");
    assert_null(en_sector_for_position("chess player"));
}

/* ---- slow-backend mode: warmer queue and slow state ---- */
static en_witem witem(int backend, const char *key, const char *name)
{
    en_witem it = {.backend = backend, .key = (char *)key, .name = (char *)name};
    snprintf(it.date, sizeof it.date, "2023-06-02");
    return it;
}

static void warm_queue_fifo_dedup_bound(void **state)
{
    (void)state;
    en_wq q;
    assert_int_equal(en_wq_init(&q, 3), 0);
    en_witem a = witem(ENRICH_WIKIDATA, "wdp:a", "A"), b = witem(ENRICH_NOMINATIM, "nom:b", "B");
    en_witem c = witem(ENRICH_WIKIDATA, "wdp:c", "C"), d = witem(ENRICH_WIKIDATA, "wdp:d", "D");
    a.title = "envoy";
    assert_int_equal(en_wq_push(&q, &a), EN_WQ_QUEUED);
    assert_int_equal(en_wq_push(&q, &a), EN_WQ_DUPLICATE);
    assert_int_equal(en_wq_push(&q, &b), EN_WQ_QUEUED);
    assert_int_equal(en_wq_push(&q, &c), EN_WQ_QUEUED);
    assert_int_equal(en_wq_push(&q, &d), EN_WQ_FULL); /* dropped, not queued */
    en_witem out[2];
    assert_int_equal(en_wq_pop(&q, out, 2), 2);
    assert_string_equal(out[0].key, "wdp:a"); /* oldest first, copied */
    assert_string_equal(out[0].title, "envoy");
    assert_null(out[0].country);
    assert_string_equal(out[0].date, "2023-06-02");
    assert_int_equal(out[1].backend, ENRICH_NOMINATIM);
    /* popped but not done: still known, so not queued again while it is looked up */
    assert_int_equal(en_wq_push(&q, &a), EN_WQ_DUPLICATE);
    assert_int_equal(en_wq_push(&q, &d), EN_WQ_QUEUED); /* room again: ring wraps */
    en_wq_done(&q, &out[0]);
    assert_null(out[0].key);
    assert_int_equal(en_wq_push(&q, &a), EN_WQ_QUEUED);
    en_wq_done(&q, &out[1]);
    assert_int_equal(en_wq_pop(&q, out, 2), 2);
    assert_string_equal(out[0].key, "wdp:c");
    assert_string_equal(out[1].key, "wdp:d");
    en_wq_done(&q, &out[0]);
    en_wq_done(&q, &out[1]);
    en_wq_free(&q); /* frees what is still queued ("wdp:a") */
    /* capacity 0 = slow-backend mode off */
    assert_int_equal(en_wq_init(&q, 0), 0);
    assert_int_equal(en_wq_push(&q, &a), EN_WQ_FULL);
    assert_int_equal(en_wq_pop(&q, out, 2), 0);
    en_wq_free(&q);
}

static void warm_slow_state(void **state)
{
    (void)state;
    en_slow s = {0};
    /* fast: background timings change nothing; waits up to half the budget are fine */
    assert_int_equal(en_slow_note_background(&s, 1, 10, 500), 0);
    assert_int_equal(en_slow_note_wait(&s, 0, 250, 500), 0);
    assert_int_equal(s.slow, 0);
    /* ran out of budget, or waited more than half of it: slow */
    assert_int_equal(en_slow_note_wait(&s, 1, 0, 500), 1);
    assert_int_equal(en_slow_note_wait(&s, 1, 500, 500), 0); /* already */
    assert_int_equal(s.slow, 1);
    assert_int_equal(s.entered, 1); /* one transition */
    /* a batch slower than a quarter of the budget, or not answered: stays slow */
    assert_int_equal(en_slow_note_background(&s, 1, 126, 500), 0);
    assert_int_equal(en_slow_note_background(&s, 0, 5, 500), 0);
    assert_int_equal(s.slow, 1);
    assert_int_equal(s.last_ms, 126);
    assert_int_equal(en_slow_note_background(&s, 1, 125, 500), 1);
    assert_int_equal(s.slow, 0);
    assert_int_equal(en_slow_note_wait(&s, 0, 251, 500), 1);
    assert_int_equal(s.entered, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cache_hit_miss_overwrite),
        cmocka_unit_test(warm_queue_fifo_dedup_bound),
        cmocka_unit_test(warm_slow_state),
        cmocka_unit_test(cache_ttl_expiry),
        cmocka_unit_test(cache_negative_entries),
        cmocka_unit_test(cache_lru_eviction_by_bytes),
        cmocka_unit_test(cache_many_entries_grow),
        cmocka_unit_test(rate_one_per_second),
        cmocka_unit_test(rate_unlimited),
        cmocka_unit_test(breaker_transitions),
        cmocka_unit_test(ssrf_addresses),
        cmocka_unit_test(ssrf_allow_nets),
        cmocka_unit_test(iso_codes),
        cmocka_unit_test(parse_search),
        cmocka_unit_test(parse_nominatim),
        cmocka_unit_test(parse_html_meta),
        cmocka_unit_test(choose_by_position_and_date),
    };
    return cmocka_run_group_tests_name("enrich_units", tests, NULL, NULL);
}
