/* test_metrics.c - cmocka tests of service/metrics: the counter registry and histogram,
 * the librdkafka statistics parser (hand-written samples after STATISTICS.md and real
 * librdkafka 2.0.2 captures), the Prometheus text format, and the HTTP endpoint scraped
 * with libcurl on 127.0.0.1 with an ephemeral port. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "metrics.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FIXTURES_DIR
#define FIXTURES_DIR "tests/deploy/fixtures"
#endif

/* ---- helpers ------------------------------------------------------------------------------ */

static char *slurp(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FIXTURES_DIR, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    assert_true(n > 0);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static int has_line(const char *doc, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = doc; (p = strstr(p, line)) != NULL; p += n)
        if ((p == doc || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0'))
            return 1;
    return 0;
}

static int valid_metric_char(char c, int first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
           (!first && c >= '0' && c <= '9');
}

/* Checks the Prometheus text format 0.0.4 line by line: HELP then TYPE before the
 * samples of a family, each family declared once, sample names belonging to the
 * declared family (with _bucket/_sum/_count for histograms), well-formed label sets and
 * numeric values. Returns NULL when valid, else a static description. */
static const char *check_exposition(const char *doc)
{
    static char why[512];
    char family[256] = "", type[32] = "";
    char seen[8192] = "|";
    const char *p = doc;
    if (!*doc || doc[strlen(doc) - 1] != '\n')
        return "document does not end with a newline";
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = (size_t)(eol - p);
        char line[4096];
        if (n >= sizeof line)
            return "line too long";
        memcpy(line, p, n);
        line[n] = '\0';
        p = eol + 1;
        if (n == 0)
            return "empty line";
        if (strncmp(line, "# HELP ", 7) == 0) {
            char name[256];
            if (sscanf(line + 7, "%255s", name) != 1)
                return "HELP without a name";
            char key[300];
            snprintf(key, sizeof key, "|%s|", name);
            if (strstr(seen, key)) {
                snprintf(why, sizeof why, "family declared twice: %s", name);
                return why;
            }
            if (strlen(seen) + strlen(key) >= sizeof seen)
                return "too many families";
            strcat(seen, key + 1);
            snprintf(family, sizeof family, "%s", name);
            type[0] = '\0';
            continue;
        }
        if (strncmp(line, "# TYPE ", 7) == 0) {
            char name[256], t[32];
            if (sscanf(line + 7, "%255s %31s", name, t) != 2 || strcmp(name, family) != 0) {
                snprintf(why, sizeof why, "TYPE not after its HELP: %.400s", line);
                return why;
            }
            if (strcmp(t, "counter") && strcmp(t, "gauge") && strcmp(t, "histogram") &&
                strcmp(t, "summary") && strcmp(t, "untyped"))
                return "unknown TYPE";
            snprintf(type, sizeof type, "%s", t);
            continue;
        }
        if (line[0] == '#')
            continue;
        if (!type[0]) {
            snprintf(why, sizeof why, "sample before TYPE: %.400s", line);
            return why;
        }
        size_t i = 0;
        while (line[i] && valid_metric_char(line[i], i == 0))
            i++;
        if (i == 0)
            return "sample without a name";
        char name[256];
        memcpy(name, line, i);
        name[i] = '\0';
        int ok = strcmp(name, family) == 0;
        if (!ok && strcmp(type, "histogram") == 0) {
            const char *suf[] = {"_bucket", "_sum", "_count"};
            for (int k = 0; k < 3 && !ok; k++) {
                char want[300];
                snprintf(want, sizeof want, "%s%s", family, suf[k]);
                ok = strcmp(name, want) == 0;
            }
        }
        if (!ok) {
            snprintf(why, sizeof why, "sample %.200s outside its family %.200s", name, family);
            return why;
        }
        if (line[i] == '{') {
            i++;
            for (;;) {
                size_t s = i;
                while (line[i] && valid_metric_char(line[i], i == s) && line[i] != ':')
                    i++;
                if (i == s || line[i] != '=' || line[i + 1] != '"') {
                    snprintf(why, sizeof why, "bad label in: %.400s", line);
                    return why;
                }
                i += 2;
                while (line[i] && line[i] != '"') {
                    if (line[i] == '\\') {
                        if (line[i + 1] != '\\' && line[i + 1] != '"' && line[i + 1] != 'n')
                            return "bad escape in a label value";
                        i++;
                    }
                    i++;
                }
                if (line[i] != '"')
                    return "unterminated label value";
                i++;
                if (line[i] == ',') {
                    i++;
                    if (line[i] == '}')
                        break;
                    continue;
                }
                break;
            }
            if (line[i] != '}')
                return "unterminated label set";
            i++;
        }
        if (line[i] != ' ')
            return "no space before the value";
        char *end;
        const char *v = line + i + 1;
        if (strcmp(v, "+Inf") && strcmp(v, "-Inf") && strcmp(v, "NaN")) {
            strtod(v, &end);
            if (end == v || (*end && *end != ' ')) {
                snprintf(why, sizeof why, "bad value in: %.400s", line);
                return why;
            }
        }
    }
    return NULL;
}

/* ---- a fake pipeline behind the source callbacks ------------------------------------------- */

typedef struct fake {
    pipeline_counters c;
    int alive, ready;
    int extra_calls;
} fake;

static void fake_counters(void *o, pipeline_counters *out)
{
    *out = ((fake *)o)->c;
}

static int fake_alive(void *o)
{
    return ((fake *)o)->alive;
}

static int fake_ready(void *o)
{
    return ((fake *)o)->ready;
}

static void fake_extra(void *o, metrics_buf *b)
{
    ((fake *)o)->extra_calls++;
    metrics_buf_printf(b, "# HELP parley_enrich_requests_total Test family.\n"
                          "# TYPE parley_enrich_requests_total counter\n"
                          "parley_enrich_requests_total{source=\"wikidata\"} 7\n");
}

static void fake_init(fake *f)
{
    memset(f, 0, sizeof *f);
    f->c.consumed = 120;
    f->c.completed = 118;
    f->c.decoded = 110;
    f->c.dlq = 10;
    f->c.records = 33;
    f->c.skipped = 2;
    f->c.produce_errors = 1;
    f->c.delivered[0] = 33;
    f->c.delivered[2] = 10;
    f->c.txn_commits = 4;
    f->c.txn_aborts = 1;
    f->c.inflight = 2;
    f->c.assigned_partitions = 3;
    f->c.corrections_articles = 5;
    f->c.corrections_bytes = 4096;
    f->c.dedup_clusters = 77;
    f->c.rep_local = 41;
    f->alive = 1;
    f->ready = 1;
}

/* ---- registry --------------------------------------------------------------------------------- */

static void test_counters_render(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    assert_non_null(r);
    metrics_count_event(r, "meet", "occurred");
    metrics_count_event(r, "meet", "occurred");
    metrics_count_event(r, "visit", "planned");
    json_t *rec = json_pack("{s:s, s:s}", "type", "call", "status", "occurred");
    metrics_count_record(r, rec);
    json_decref(rec);
    metrics_count_alert(r, "china_usa");
    metrics_count_dead_letter(r, "not_json");
    metrics_count_dead_letter(r, "too_large");
    metrics_count_dead_letter(r, "not_json");
    assert_int_equal(metrics_counter_add(r, "parley_enrichment_requests_total", "Enrichment.",
                                         "source", "wikidata", "result", "ok", 5),
                     0);
    /* quote, backslash and newline in a label value are escaped */
    metrics_count_alert(r, "a\"b\\c\nd");

    fake f;
    fake_init(&f);
    metrics_source src = {.opaque = &f, .registry = r, .counters = fake_counters,
                          .alive = fake_alive, .ready = fake_ready, .extra = fake_extra,
                          .version = "1.2.3"};
    size_t len = 0;
    char *doc = metrics_render(&src, &len);
    assert_non_null(doc);
    assert_int_equal(strlen(doc), len);
    const char *why = check_exposition(doc);
    if (why)
        fail_msg("%s\n%s", why, doc);
    assert_true(has_line(doc, "parley_build_info{version=\"1.2.3\"} 1"));
    assert_true(has_line(doc, "# TYPE parley_events_total counter"));
    assert_true(has_line(doc, "parley_events_total{type=\"meet\",status=\"occurred\"} 2"));
    assert_true(has_line(doc, "parley_events_total{type=\"visit\",status=\"planned\"} 1"));
    assert_true(has_line(doc, "parley_events_total{type=\"call\",status=\"occurred\"} 1"));
    assert_true(has_line(doc, "parley_alerts_total{rule=\"china_usa\"} 1"));
    assert_true(has_line(doc, "parley_alerts_total{rule=\"a\\\"b\\\\c\\nd\"} 1"));
    assert_true(has_line(doc, "parley_dead_letters_total{reason=\"not_json\"} 2"));
    assert_true(has_line(doc, "parley_dead_letters_total{reason=\"too_large\"} 1"));
    assert_true(has_line(
        doc, "parley_enrichment_requests_total{source=\"wikidata\",result=\"ok\"} 5"));
    assert_true(has_line(doc, "parley_articles_consumed_total 120"));
    assert_true(has_line(doc, "parley_articles_decoded_total 110"));
    assert_true(has_line(doc, "parley_articles_dead_lettered_total 10"));
    assert_true(has_line(doc, "parley_messages_delivered_total{output=\"dlq\"} 10"));
    assert_true(has_line(doc, "parley_delivery_errors_total 1"));
    assert_true(has_line(doc, "parley_transactions_total{result=\"commit\"} 4"));
    assert_true(has_line(doc, "parley_transactions_total{result=\"abort\"} 1"));
    assert_true(has_line(doc, "parley_inflight_messages 2"));
    assert_true(has_line(doc, "parley_assigned_partitions 3"));
    assert_true(has_line(doc, "parley_corrections_articles 5"));
    assert_true(has_line(doc, "parley_corrections_bytes 4096"));
    assert_true(has_line(doc, "parley_dedup_clusters 77"));
    assert_true(has_line(doc, "parley_dedup_local_total 41"));
    assert_true(has_line(doc, "parley_up 1"));
    assert_true(has_line(doc, "parley_ready 1"));
    assert_true(has_line(doc, "parley_enrich_requests_total{source=\"wikidata\"} 7"));
    assert_true(has_line(doc, "parley_metrics_dropped_total 0"));
    assert_int_equal(f.extra_calls, 1);
    free(doc);
    /* corrections off: no corrections gauges */
    f.c.corrections_articles = f.c.corrections_bytes = -1;
    f.c.dedup_clusters = -1;
    doc = metrics_render(&src, &len);
    assert_non_null(doc);
    assert_null(strstr(doc, "parley_corrections_"));
    assert_null(strstr(doc, "parley_dedup_clusters")); /* dedup off */
    assert_null(strstr(doc, "parley_dedup_local_total"));
    free(doc);
    metrics_registry_destroy(r);
}

static void test_counter_rules(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    /* NULL registry: a no-op */
    assert_int_equal(metrics_counter_add(NULL, "x_total", NULL, NULL, NULL, NULL, NULL, 1), 0);
    metrics_count_event(NULL, "meet", "occurred");
    metrics_observe_processing(NULL, 1.0);
    /* bad names, label mismatch */
    assert_int_equal(metrics_counter_add(r, "1bad", NULL, NULL, NULL, NULL, NULL, 1), -1);
    assert_int_equal(metrics_counter_add(r, "ok_total", NULL, "bad-label", "v", NULL, NULL, 1),
                     -1);
    assert_int_equal(metrics_counter_add(r, "ok_total", NULL, "a", "v", NULL, NULL, 1), 0);
    assert_int_equal(metrics_counter_add(r, "ok_total", NULL, "b", "v", NULL, NULL, 1), -1);
    assert_int_equal(metrics_counter_add(r, "parley_events_total", NULL, "type", "x", NULL, NULL,
                                         1),
                     -1);
    /* unlabelled counter */
    assert_int_equal(metrics_counter_add(r, "plain_total", "Plain.", NULL, NULL, NULL, NULL, 3),
                     0);
    /* the series cap bounds memory */
    char v[32];
    int fails = 0;
    for (int i = 0; i < 600; i++) {
        snprintf(v, sizeof v, "rule%d", i);
        if (metrics_counter_add(r, "parley_alerts_total", NULL, "rule", v, NULL, NULL, 1) != 0)
            fails++;
    }
    assert_int_equal(fails, 600 - 512);
    /* an over-long label value is refused */
    char longv[400];
    memset(longv, 'x', sizeof longv - 1);
    longv[sizeof longv - 1] = '\0';
    assert_int_equal(metrics_counter_add(r, "ok_total", NULL, "a", longv, NULL, NULL, 1), -1);

    metrics_source src = {.registry = r};
    char *doc = metrics_render(&src, NULL);
    assert_non_null(doc);
    assert_null(check_exposition(doc));
    assert_true(has_line(doc, "plain_total 3"));
    assert_true(has_line(doc, "ok_total{a=\"v\"} 1"));
    char want[64];
    snprintf(want, sizeof want, "parley_metrics_dropped_total %d", 4 + 600 - 512 + 1);
    assert_true(has_line(doc, want));
    /* no counters callback: the pipeline families are left out */
    assert_null(strstr(doc, "parley_articles_consumed_total"));
    free(doc);
    metrics_registry_destroy(r);
}

static void test_histogram(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    metrics_observe_processing(r, 0.0005);
    metrics_observe_processing(r, 0.001); /* le is inclusive */
    metrics_observe_processing(r, 0.003);
    metrics_observe_processing(r, 0.2);
    metrics_observe_processing(r, 100);
    metrics_observe_processing(r, -1); /* clock step: counted as 0 */
    metrics_source src = {.registry = r};
    char *doc = metrics_render(&src, NULL);
    assert_non_null(doc);
    assert_null(check_exposition(doc));
    assert_true(has_line(doc, "# TYPE parley_processing_seconds histogram"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"0.001\"} 3"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"0.0025\"} 3"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"0.005\"} 4"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"0.25\"} 5"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"30\"} 5"));
    assert_true(has_line(doc, "parley_processing_seconds_bucket{le=\"+Inf\"} 6"));
    assert_true(has_line(doc, "parley_processing_seconds_count 6"));
    assert_non_null(strstr(doc, "parley_processing_seconds_sum 100.2045"));
    free(doc);
    metrics_registry_destroy(r);
}

typedef struct hammer_arg {
    metrics_registry *r;
    int id;
} hammer_arg;

static void *hammer(void *arg)
{
    hammer_arg *a = arg;
    for (int i = 0; i < 20000; i++) {
        metrics_count_event(a->r, i % 2 ? "meet" : "visit", "occurred");
        metrics_observe_processing(a->r, 0.01);
    }
    return NULL;
}

static void test_thread_safety(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    pthread_t th[4];
    hammer_arg args[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (hammer_arg){r, i};
        assert_int_equal(pthread_create(&th[i], NULL, hammer, &args[i]), 0);
    }
    metrics_source src = {.registry = r};
    for (int i = 0; i < 20; i++) { /* scrapes race the writers */
        char *doc = metrics_render(&src, NULL);
        assert_non_null(doc);
        free(doc);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    char *doc = metrics_render(&src, NULL);
    assert_true(has_line(doc, "parley_events_total{type=\"meet\",status=\"occurred\"} 40000"));
    assert_true(has_line(doc, "parley_events_total{type=\"visit\",status=\"occurred\"} 40000"));
    assert_true(has_line(doc, "parley_processing_seconds_count 80000"));
    free(doc);
    metrics_registry_destroy(r);
}

/* ---- librdkafka statistics -------------------------------------------------------------------- */

static const metrics_partition_lag *find_lag(const metrics_kafka_stats *s, int32_t partition)
{
    for (size_t i = 0; i < s->nlags; i++)
        if (s->lags[i].partition == partition)
            return &s->lags[i];
    return NULL;
}

static void test_stats_consumer(void **state)
{
    (void)state;
    size_t len;
    char *json = slurp("rdkafka_stats_consumer.json", &len);
    metrics_kafka_stats st;
    char err[256];
    assert_int_equal(metrics_parse_rdkafka_stats(json, len, &st, err, sizeof err), 0);
    assert_string_equal(st.type, "consumer");
    /* owned: 0 (active), 1 (offset-query), 3 (active); not 2 and 4 (revoked), not -1 */
    assert_int_equal(st.nlags, 3);
    assert_non_null(find_lag(&st, 0));
    assert_int_equal(find_lag(&st, 0)->lag, 42);
    assert_string_equal(find_lag(&st, 0)->topic, "articles");
    assert_int_equal(find_lag(&st, 1)->lag, -1);
    assert_int_equal(find_lag(&st, 3)->lag, 0);
    assert_null(find_lag(&st, 2));
    assert_null(find_lag(&st, 4));
    assert_null(find_lag(&st, -1));
    assert_string_equal(st.group_state, "up");
    assert_string_equal(st.group_join_state, "steady");
    assert_int_equal(st.assignment_size, 3);
    assert_int_equal(st.rebalance_cnt, 3);
    assert_int_equal(st.brokers, 3); /* the logical GroupCoordinator is not a broker */
    assert_int_equal(st.brokers_up, 2);
    assert_string_equal(st.txn_state, "");
    metrics_kafka_stats_clear(&st);
    free(json);
}

static void test_stats_producer(void **state)
{
    (void)state;
    size_t len;
    char *json = slurp("rdkafka_stats_producer.json", &len);
    metrics_kafka_stats st;
    char err[256];
    assert_int_equal(metrics_parse_rdkafka_stats(json, len, &st, err, sizeof err), 0);
    assert_string_equal(st.type, "producer");
    assert_int_equal(st.nlags, 0);
    assert_int_equal(st.msg_cnt, 1234);
    assert_int_equal(st.msg_size, 567890);
    assert_int_equal(st.msg_max, 100000);
    assert_string_equal(st.idemp_state, "Assigned");
    assert_string_equal(st.txn_state, "InTransaction");
    assert_int_equal(st.brokers, 2);
    assert_int_equal(st.brokers_up, 1);
    assert_string_equal(st.group_state, "");
    metrics_kafka_stats_clear(&st);
    free(json);
}

/* Real documents captured from librdkafka 2.0.2 (Debian 12) against its mock cluster. */
static void test_stats_real_capture(void **state)
{
    (void)state;
    size_t len;
    char err[256];
    metrics_kafka_stats st;
    char *json = slurp("rdkafka_2.0.2_mock_consumer.json", &len);
    assert_int_equal(metrics_parse_rdkafka_stats(json, len, &st, err, sizeof err), 0);
    assert_int_equal(st.nlags, 4);
    assert_string_equal(st.group_join_state, "steady");
    assert_int_equal(st.brokers_up, 1);
    metrics_kafka_stats_clear(&st);
    free(json);
    json = slurp("rdkafka_2.0.2_mock_producer.json", &len);
    assert_int_equal(metrics_parse_rdkafka_stats(json, len, &st, err, sizeof err), 0);
    assert_string_equal(st.type, "producer");
    assert_string_equal(st.txn_state, "Init"); /* idempotent, not transactional */
    metrics_kafka_stats_clear(&st);

    /* "Init" is not exported as a transaction state */
    metrics_registry *r = metrics_registry_new();
    assert_int_equal(metrics_update_rdkafka_stats(r, json, len, NULL, 0), 0);
    metrics_source src = {.registry = r};
    char *doc = metrics_render(&src, NULL);
    assert_null(strstr(doc, "parley_transaction_state{"));
    assert_true(has_line(doc, "parley_producer_queue_messages 0"));
    free(doc);
    metrics_registry_destroy(r);
    free(json);
}

static void test_stats_bad(void **state)
{
    (void)state;
    metrics_kafka_stats st;
    char err[256];
    const char *bad[] = {"", "{", "[]", "{\"type\":\"admin\"}", "{\"name\":\"x\"}", "null"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = '\0';
        assert_int_equal(metrics_parse_rdkafka_stats(bad[i], strlen(bad[i]), &st, err, sizeof err),
                         -1);
        assert_true(err[0] != '\0');
    }
    /* wrong types inside are tolerated, not trusted */
    const char *odd = "{\"type\":\"consumer\",\"brokers\":[],\"cgrp\":7,\"topics\":{\"t\":{"
                      "\"partitions\":{\"0\":{\"partition\":\"0\"},\"1\":{\"partition\":1,"
                      "\"desired\":true,\"fetch_state\":\"active\",\"consumer_lag\":\"9\"}}}}}";
    assert_int_equal(metrics_parse_rdkafka_stats(odd, strlen(odd), &st, err, sizeof err), 0);
    assert_int_equal(st.nlags, 1);
    assert_int_equal(st.lags[0].lag, -1);
    assert_string_equal(st.lags[0].topic, "t");
    metrics_kafka_stats_clear(&st);

    metrics_registry *r = metrics_registry_new();
    assert_int_equal(metrics_update_rdkafka_stats(r, "{", 1, err, sizeof err), -1);
    metrics_source src = {.registry = r};
    char *doc = metrics_render(&src, NULL);
    assert_true(has_line(doc, "parley_kafka_stats_errors_total 1"));
    free(doc);
    metrics_registry_destroy(r);
}

static void test_stats_snapshot_replaced(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    size_t len, plen;
    char *json = slurp("rdkafka_stats_consumer.json", &len);
    char *pjson = slurp("rdkafka_stats_producer.json", &plen);
    assert_int_equal(metrics_rdkafka_ready(r, 60000), 0); /* no snapshot yet */
    assert_int_equal(metrics_update_rdkafka_stats(r, json, len, NULL, 0), 0);
    assert_int_equal(metrics_update_rdkafka_stats(r, pjson, plen, NULL, 0), 0);
    assert_int_equal(metrics_rdkafka_ready(r, 60000), 1);
    metrics_source src = {.registry = r};
    char *doc = metrics_render(&src, NULL);
    assert_null(check_exposition(doc));
    assert_true(has_line(doc, "parley_consumer_lag{topic=\"articles\",partition=\"0\"} 42"));
    assert_true(has_line(doc, "parley_consumer_lag{topic=\"articles\",partition=\"3\"} 0"));
    assert_null(strstr(doc, "partition=\"1\"")); /* lag unknown yet */
    assert_null(strstr(doc, "partition=\"2\"")); /* no longer owned */
    assert_true(has_line(doc, "parley_producer_queue_messages 1234"));
    assert_true(has_line(doc, "parley_producer_queue_bytes 567890"));
    assert_true(has_line(doc, "parley_transaction_state{state=\"InTransaction\"} 1"));
    assert_true(has_line(doc, "parley_consumer_rebalances_total 3"));
    assert_true(has_line(doc, "parley_kafka_brokers_up{client=\"consumer\"} 2"));
    assert_true(has_line(doc, "parley_kafka_brokers_up{client=\"producer\"} 1"));
    free(doc);

    /* partition 0 revoked: the next snapshot drops it */
    char *p = strstr(json, "\"0\":{\"partition\":0,");
    assert_non_null(p);
    p = strstr(p, "\"desired\":true");
    assert_non_null(p);
    memcpy(p, "\"desired\":0   ", 14); /* same length, still valid JSON, no longer desired */
    /* and the group is rebalancing: not ready */
    p = strstr(json, "\"join_state\":\"steady\"");
    assert_non_null(p);
    memcpy(p, "\"join_state\":\"wait-j\"", 21);
    assert_int_equal(metrics_update_rdkafka_stats(r, json, len, NULL, 0), 0);
    doc = metrics_render(&src, NULL);
    assert_null(strstr(doc, "partition=\"0\""));
    assert_true(has_line(doc, "parley_consumer_lag{topic=\"articles\",partition=\"3\"} 0"));
    assert_int_equal(metrics_rdkafka_ready(r, 60000), 0);
    free(doc);
    free(json);
    free(pjson);
    metrics_registry_destroy(r);
}

/* ---- HTTP endpoint ------------------------------------------------------------------------------ */

typedef struct resp {
    long status;
    char body[1 << 20];
    size_t len;
    char ctype[128];
} resp;

static size_t on_body(char *data, size_t size, size_t nmemb, void *userp)
{
    resp *r = userp;
    size_t n = size * nmemb;
    if (r->len + n >= sizeof r->body)
        return 0;
    memcpy(r->body + r->len, data, n);
    r->len += n;
    r->body[r->len] = '\0';
    return n;
}

static void get(uint16_t port, const char *path, const char *method, resp *out)
{
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%u%s", (unsigned)port, path);
    memset(out, 0, sizeof *out);
    CURL *c = curl_easy_init();
    assert_non_null(c);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    if (method && strcmp(method, "HEAD") == 0)
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    else if (method)
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        fail_msg("GET %s: %s", url, curl_easy_strerror(rc));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
    char *ct = NULL;
    curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
    snprintf(out->ctype, sizeof out->ctype, "%s", ct ? ct : "");
    curl_easy_cleanup(c);
}

static void test_server_endpoints(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    fake f;
    fake_init(&f);
    metrics_count_event(r, "host", "occurred");
    metrics_source src = {.opaque = &f, .registry = r, .counters = fake_counters,
                          .alive = fake_alive, .ready = fake_ready, .version = "9.9.9"};
    char err[256];
    metrics_server *s = metrics_new("127.0.0.1:0", &src, err, sizeof err);
    if (!s)
        fail_msg("metrics_new: %s", err);
    uint16_t port = metrics_port(s);
    assert_true(port != 0);

    resp *rs = malloc(sizeof *rs);
    assert_non_null(rs);
    get(port, "/metrics", NULL, rs);
    assert_int_equal(rs->status, 200);
    assert_non_null(strstr(rs->ctype, "text/plain"));
    assert_non_null(strstr(rs->ctype, "version=0.0.4"));
    const char *why = check_exposition(rs->body);
    if (why)
        fail_msg("%s", why);
    assert_true(has_line(rs->body, "parley_build_info{version=\"9.9.9\"} 1"));
    assert_true(has_line(rs->body, "parley_events_total{type=\"host\",status=\"occurred\"} 1"));
    assert_true(has_line(rs->body, "parley_articles_consumed_total 120"));

    /* counters move between scrapes */
    f.c.consumed = 121;
    get(port, "/metrics", NULL, rs);
    assert_true(has_line(rs->body, "parley_articles_consumed_total 121"));

    get(port, "/healthz", NULL, rs);
    assert_int_equal(rs->status, 200);
    assert_string_equal(rs->body, "ok\n");
    get(port, "/readyz", NULL, rs);
    assert_int_equal(rs->status, 200);

    f.ready = 0;
    get(port, "/readyz", NULL, rs);
    assert_int_equal(rs->status, 503);
    get(port, "/healthz", NULL, rs);
    assert_int_equal(rs->status, 200);
    f.ready = 1;
    get(port, "/readyz", NULL, rs);
    assert_int_equal(rs->status, 200);

    f.alive = 0;
    get(port, "/healthz", NULL, rs);
    assert_int_equal(rs->status, 503);
    get(port, "/metrics", NULL, rs);
    assert_true(has_line(rs->body, "parley_up 0"));

    get(port, "/nope", NULL, rs);
    assert_int_equal(rs->status, 404);
    get(port, "/metrics", "POST", rs);
    assert_int_equal(rs->status, 405);
    get(port, "/healthz", "HEAD", rs);
    assert_int_equal(rs->status, 503);

    free(rs);
    metrics_destroy(s);
    metrics_registry_destroy(r);
}

/* Without a ready callback, readiness comes from the consumer's statistics. */
static void test_server_default_readiness(void **state)
{
    (void)state;
    metrics_registry *r = metrics_registry_new();
    fake f;
    fake_init(&f);
    metrics_source src = {.opaque = &f, .registry = r, .alive = fake_alive};
    char err[256];
    metrics_server *s = metrics_new("localhost:0", &src, err, sizeof err);
    if (!s)
        fail_msg("metrics_new: %s", err);
    resp *rs = malloc(sizeof *rs);
    get(metrics_port(s), "/readyz", NULL, rs);
    assert_int_equal(rs->status, 503);
    size_t len;
    char *json = slurp("rdkafka_stats_consumer.json", &len);
    assert_int_equal(metrics_update_rdkafka_stats(r, json, len, NULL, 0), 0);
    get(metrics_port(s), "/readyz", NULL, rs);
    assert_int_equal(rs->status, 200);
    f.alive = 0; /* a fatal error is never ready */
    get(metrics_port(s), "/readyz", NULL, rs);
    assert_int_equal(rs->status, 503);
    free(json);
    free(rs);
    metrics_destroy(s);
    metrics_registry_destroy(r);
}

static void test_server_bad_listen(void **state)
{
    (void)state;
    metrics_source src = {0};
    char err[256];
    const char *bad[] = {"", "9464", "127.0.0.1", "127.0.0.1:99999", "127.0.0.1:x",
                         "[::1", "[::1]9464", "::1:9464", "no.such.host.invalid:9464"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = '\0';
        metrics_server *s = metrics_new(bad[i], &src, err, sizeof err);
        if (s)
            fail_msg("'%s' accepted", bad[i]);
        assert_non_null(strstr(err, "metrics.listen"));
    }
    /* the syntax check used by configuration validation agrees */
    for (size_t i = 0; i < sizeof bad / sizeof bad[0] - 1; i++)
        assert_int_equal(metrics_check_listen(bad[i], err, sizeof err), -1);
    const char *good[] = {"0.0.0.0:9464", "127.0.0.1:0", "[::]:9464", ":9464", "localhost:1"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        assert_int_equal(metrics_check_listen(good[i], err, sizeof err), 0);
    assert_int_equal(metrics_check_listen("[]:9464", err, sizeof err), -1);
    assert_int_equal(metrics_check_listen("host:+1", err, sizeof err), -1);
    /* a port in use */
    metrics_server *a = metrics_new("127.0.0.1:0", &src, err, sizeof err);
    assert_non_null(a);
    char addr[64];
    snprintf(addr, sizeof addr, "127.0.0.1:%u", (unsigned)metrics_port(a));
    metrics_server *b = metrics_new(addr, &src, err, sizeof err);
    assert_null(b);
    assert_non_null(strstr(err, addr));
    metrics_destroy(a);
    metrics_destroy(NULL);
    assert_int_equal(metrics_port(NULL), 0);
}

int main(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counters_render),
        cmocka_unit_test(test_counter_rules),
        cmocka_unit_test(test_histogram),
        cmocka_unit_test(test_thread_safety),
        cmocka_unit_test(test_stats_consumer),
        cmocka_unit_test(test_stats_producer),
        cmocka_unit_test(test_stats_real_capture),
        cmocka_unit_test(test_stats_bad),
        cmocka_unit_test(test_stats_snapshot_replaced),
        cmocka_unit_test(test_server_endpoints),
        cmocka_unit_test(test_server_default_readiness),
        cmocka_unit_test(test_server_bad_listen),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    curl_global_cleanup();
    return rc;
}
