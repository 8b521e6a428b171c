/* test_output.c - unit tests of producers/output: the output list and its ownership,
 * record keys (the dyad), CloudEvents binary-mode headers on event records, and dead
 * letters built from real consumed messages.
 *
 * dlq_output reads the original headers with rd_kafka_message_headers(), which treats
 * its argument as the first member of librdkafka's internal rd_kafka_msg_t; a
 * rd_kafka_message_t built by hand on the stack would be read past its end. So the
 * dead-letter tests produce messages to librdkafka's in-process mock cluster and consume
 * them back: real messages, real rkt, real wire headers, still no network or broker. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"

#include <librdkafka/rdkafka_mock.h> /* after rdkafka.h (from output.h) */

/* ---- helpers ---- */

static json_t *parse(const char *s)
{
    json_error_t e;
    json_t *j = json_loads(s, 0, &e);
    if (!j)
        fail_msg("bad test JSON: %s: %s", e.text, s);
    return j;
}

static char *key_of(const char *record, record_key which)
{
    json_t *r = parse(record);
    char *k = record_key_of(r, which);
    json_decref(r);
    assert_non_null(k);
    return k;
}

static void expect_key(const char *record, record_key which, const char *want)
{
    char *k = key_of(record, which);
    if (strcmp(k, want) != 0)
        fail_msg("key of %s: expected \"%s\", got \"%s\"", record, want, k);
    free(k);
}

/* Value of the only header called name (fails when absent or repeated). */
static void expect_header(const rd_kafka_headers_t *h, const char *name, const char *want)
{
    const void *v;
    size_t n;
    if (rd_kafka_header_get(h, 0, name, &v, &n) != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail_msg("header %s missing", name);
    if (n != strlen(want) || memcmp(v, want, n) != 0)
        fail_msg("header %s: expected \"%s\", got \"%.*s\"", name, want, (int)n,
                 v ? (const char *)v : "");
    if (rd_kafka_header_get(h, 1, name, &v, &n) != RD_KAFKA_RESP_ERR__NOENT)
        fail_msg("header %s present twice", name);
}

static void expect_no_header(const rd_kafka_headers_t *h, const char *name)
{
    const void *v;
    size_t n;
    if (rd_kafka_header_get(h, 0, name, &v, &n) != RD_KAFKA_RESP_ERR__NOENT)
        fail_msg("unexpected header %s", name);
}

/* ---- the output list ---- */

static void test_outputs_list(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(l.n, 0);
    poutputs_clear(&l); /* empty: no-op */
    for (int i = 0; i < 10; i++) {
        char topic[16], *k = malloc(8), *v = malloc(8);
        assert_non_null(k);
        assert_non_null(v);
        snprintf(topic, sizeof topic, "t%d", i);
        snprintf(k, 8, "k%d", i);
        snprintf(v, 8, "v%d", i);
        rd_kafka_headers_t *h = i % 2 ? rd_kafka_headers_new(1) : NULL;
        if (h)
            rd_kafka_header_add(h, "n", -1, topic, -1);
        assert_int_equal(poutputs_add(&l, (out_kind)(i % OUT__COUNT), topic, k, strlen(k), v,
                                      strlen(v), h),
                         0);
    }
    assert_int_equal(l.n, 10);
    for (size_t i = 0; i < 10; i++) {
        char want[16];
        assert_int_equal(l.v[i].kind, (out_kind)(i % OUT__COUNT));
        snprintf(want, sizeof want, "t%zu", i);
        assert_string_equal(l.v[i].topic, want);
        snprintf(want, sizeof want, "k%zu", i);
        assert_int_equal(l.v[i].key_len, strlen(want));
        assert_memory_equal(l.v[i].key, want, l.v[i].key_len);
        assert_true((l.v[i].hdrs != NULL) == (i % 2 == 1));
    }
    /* A key-less, value-less output (a tombstone) is fine too. */
    assert_int_equal(poutputs_add(&l, OUT_EVENTS, "t", NULL, 0, NULL, 0, NULL), 0);
    assert_int_equal(l.n, 11);
    poutputs_clear(&l);
    assert_int_equal(l.n, 0);
    assert_null(l.v);
    /* The list is reusable after clear. */
    assert_int_equal(poutputs_add(&l, OUT_DLQ, "again", NULL, 0, NULL, 0, NULL), 0);
    assert_int_equal(l.n, 1);
    poutputs_clear(&l);
}

/* ---- keys ---- */

static void test_dyad_key(void **state)
{
    (void)state;
    expect_key("{\"actors\":[{\"role\":\"source\",\"country\":\"USA\"},"
               "{\"role\":\"target\",\"country\":\"CHN\"}]}",
               KEY_DYAD, "CHN-USA");
    expect_key("{\"actors\":[{\"role\":\"source\",\"country\":\"CHN\"},"
               "{\"role\":\"target\",\"country\":\"USA\"}]}",
               KEY_DYAD, "CHN-USA");
    /* duplicates collapse */
    expect_key("{\"actors\":[{\"country\":\"USA\"},{\"country\":\"CHN\"},{\"country\":\"USA\"},"
               "{\"country\":\"CHN\"}]}",
               KEY_DYAD, "CHN-USA");
    /* unknown countries (absent, null, not a string) do not count */
    expect_key("{\"actors\":[{\"country\":null},{\"country\":\"RUS\"},{\"name\":\"x\"},"
               "{\"country\":7},{\"country\":\"UKR\"}]}",
               KEY_DYAD, "RUS-UKR");
}

static void test_dyad_key_single_and_none(void **state)
{
    (void)state;
    expect_key("{\"actors\":[{\"country\":\"USA\"},{\"country\":\"USA\"}]}", KEY_DYAD, "USA");
    expect_key("{\"actors\":[{\"country\":\"FRA\"},{\"name\":\"a rebel group\"}]}", KEY_DYAD,
               "FRA");
    expect_key("{\"actors\":[{\"name\":\"a\"},{\"country\":null}]}", KEY_DYAD, "-");
    expect_key("{\"actors\":[]}", KEY_DYAD, "-");
    expect_key("{}", KEY_DYAD, "-");
    expect_key("{\"actors\":\"USA\"}", KEY_DYAD, "-");
}

/* With more than two countries the key must still not depend on the actors' order. */
static void test_dyad_key_order_independent(void **state)
{
    (void)state;
    static const char *perm[] = {
        "{\"actors\":[{\"country\":\"USA\"},{\"country\":\"RUS\"},{\"country\":\"CHN\"}]}",
        "{\"actors\":[{\"country\":\"CHN\"},{\"country\":\"USA\"},{\"country\":\"RUS\"}]}",
        "{\"actors\":[{\"country\":\"RUS\"},{\"country\":\"CHN\"},{\"country\":\"USA\"}]}",
    };
    char *first = key_of(perm[0], KEY_DYAD);
    for (size_t i = 1; i < 3; i++) {
        char *k = key_of(perm[i], KEY_DYAD);
        assert_string_equal(k, first);
        free(k);
    }
    assert_int_equal(strlen(first), 7);
    assert_true(first[3] == '-' && strncmp(first, first + 4, 3) < 0);
    free(first);
}

static void test_other_keys(void **state)
{
    (void)state;
    const char *r = "{\"event_id\":\"ev1\",\"cluster_key\":\"cl1\",\"actors\":["
                    "{\"role\":\"target\",\"country\":\"CHN\"},"
                    "{\"role\":\"source\"},"
                    "{\"role\":\"source\",\"country\":\"USA\"}]}";
    expect_key(r, KEY_EVENT_ID, "ev1");
    expect_key(r, KEY_CLUSTER_KEY, "cl1");
    expect_key(r, KEY_SOURCE_COUNTRY, "USA");
    expect_key("{\"actors\":[{\"role\":\"target\",\"country\":\"CHN\"}]}", KEY_SOURCE_COUNTRY,
               "-");
    expect_key("{}", KEY_EVENT_ID, "-");
    expect_key("{\"cluster_key\":5}", KEY_CLUSTER_KEY, "-");
}

/* ---- event records ---- */

static const char *RECORD =
    "{\"schema\":\"parley.contact.v1\",\"event_id\":\"3f2a9c\",\"cluster_key\":\"ck77\","
    "\"article\":{\"id\":\"a-1\",\"published_at\":\"2023-05-29T20:00:00Z\"},"
    "\"type\":\"meet\",\"status\":\"occurred\",\"cameo\":\"040\","
    "\"actors\":[{\"role\":\"source\",\"name\":\"Lloyd Austin\",\"country\":\"USA\"},"
    "{\"role\":\"target\",\"name\":\"Li Shangfu\",\"country\":\"CHN\"}],"
    "\"evidence\":{\"sentence\":\"Austin met Li in Singapore \\u2014 \\u65b0\\u52a0\\u5761.\"},"
    "\"confidence\":0.87}";

static void test_record_output(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    json_t *rec = parse(RECORD);
    assert_int_equal(record_output(&l, OUT_EVENTS, "contact-events", rec, KEY_DYAD,
                                   "urn:parley:test"),
                     0);
    assert_int_equal(l.n, 1);
    const poutput *o = &l.v[0];
    assert_int_equal(o->kind, OUT_EVENTS);
    assert_string_equal(o->topic, "contact-events");
    assert_int_equal(o->key_len, 7);
    assert_memory_equal(o->key, "CHN-USA", 7);

    /* The value is the record, as compact JSON. */
    json_error_t e;
    json_t *back = json_loadb(o->value, o->value_len, 0, &e);
    assert_non_null(back);
    assert_true(json_equal(back, rec));
    json_decref(back);
    assert_null(memchr(o->value, '\n', o->value_len));

    assert_non_null(o->hdrs);
    expect_header(o->hdrs, "ce_specversion", "1.0");
    expect_header(o->hdrs, "ce_id", "3f2a9c");
    expect_header(o->hdrs, "ce_source", "urn:parley:test");
    expect_header(o->hdrs, "ce_type", "org.parley.contact.v1.meet.occurred");
    expect_header(o->hdrs, "ce_time", "2023-05-29T20:00:00Z");
    expect_header(o->hdrs, "content-type", "application/json");
    assert_int_equal(rd_kafka_header_cnt(o->hdrs), 6);

    /* Alerts: same record, other topic and kind, key by event id. */
    assert_int_equal(record_output(&l, OUT_ALERTS, "contact-alerts", rec, KEY_EVENT_ID, NULL), 0);
    assert_int_equal(l.n, 2);
    o = &l.v[1];
    assert_int_equal(o->kind, OUT_ALERTS);
    assert_string_equal(o->topic, "contact-alerts");
    assert_memory_equal(o->key, "3f2a9c", 6);
    expect_header(o->hdrs, "ce_source", "parleyd");
    json_decref(rec);
    poutputs_clear(&l);
}

static void test_record_output_sparse(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    json_t *rec = parse("{\"schema\":\"parley.contact.v1\",\"actors\":[],\"article\":{}}");
    assert_int_equal(record_output(&l, OUT_EVENTS, "ev", rec, KEY_DYAD, "src"), 0);
    const poutput *o = &l.v[0];
    assert_memory_equal(o->key, "-", 1);
    assert_int_equal(o->key_len, 1);
    expect_header(o->hdrs, "ce_specversion", "1.0");
    expect_header(o->hdrs, "ce_type", "org.parley.contact.v1.unknown.unknown");
    expect_header(o->hdrs, "content-type", "application/json");
    expect_no_header(o->hdrs, "ce_time"); /* optional in CloudEvents: absent, not empty */
    json_decref(rec);
    poutputs_clear(&l);
}

/* ---- dead letters ---- */

#define DLQ_PARTITION 2

typedef struct kafka_fx {
    rd_kafka_t *producer, *consumer;
    rd_kafka_message_t *msg[4];
} kafka_fx;

static rd_kafka_t *new_client(rd_kafka_type_t type, const char *const *kv)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    for (; kv[0]; kv += 2)
        if (rd_kafka_conf_set(conf, kv[0], kv[1], err, sizeof err) != RD_KAFKA_CONF_OK)
            fail_msg("%s: %s", kv[0], err);
    rd_kafka_t *rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk)
        fail_msg("rd_kafka_new: %s", err);
    return rk;
}

static void produce(rd_kafka_t *rk, const char *key, const void *val, size_t len,
                    const char *const *hdrs)
{
    rd_kafka_headers_t *h = NULL;
    if (hdrs) {
        h = rd_kafka_headers_new(4);
        for (; hdrs[0]; hdrs += 2)
            rd_kafka_header_add(h, hdrs[0], -1, hdrs[1], hdrs[1] ? -1 : 0);
    }
    rd_kafka_resp_err_t err = rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC("articles"), RD_KAFKA_V_PARTITION(DLQ_PARTITION),
        RD_KAFKA_V_KEY(key, key ? strlen(key) : 0), RD_KAFKA_V_VALUE((void *)val, len),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_HEADERS(h), RD_KAFKA_V_END);
    if (err) {
        if (h)
            rd_kafka_headers_destroy(h);
        fail_msg("produce: %s", rd_kafka_err2str(err));
    }
}

static int kafka_setup(void **state)
{
    kafka_fx *k = calloc(1, sizeof *k);
    if (!k)
        return -1;
    k->producer = new_client(RD_KAFKA_PRODUCER,
                             (const char *const[]){"test.mock.num.brokers", "1", "log_level",
                                                   "3", NULL});
    rd_kafka_mock_cluster_t *mc = rd_kafka_handle_mock_cluster(k->producer);
    assert_non_null(mc);
    assert_int_equal(rd_kafka_mock_topic_create(mc, "articles", 3, 1), 0);
    char bootstraps[256];
    snprintf(bootstraps, sizeof bootstraps, "%s", rd_kafka_mock_cluster_bootstraps(mc));

    produce(k->producer, "k0", "{\"text\":\"fine\"}", 15, NULL);
    produce(k->producer, "k1", "not json{", 9,
            (const char *const[]){"trace-id", "abc", "dup", "1", "dup", "2", "empty", NULL,
                                  NULL});
    produce(k->producer, NULL, NULL, 0, (const char *const[]){"x", "y", NULL});
    produce(k->producer, "k3", "a\0b\xff", 4, NULL);
    assert_int_equal(rd_kafka_flush(k->producer, 10000), 0);

    k->consumer = new_client(RD_KAFKA_CONSUMER,
                             (const char *const[]){"bootstrap.servers", bootstraps, "group.id",
                                                   "test_output", "enable.auto.commit", "false",
                                                   "log_level", "3", NULL});
    rd_kafka_topic_partition_list_t *tp = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(tp, "articles", DLQ_PARTITION)->offset =
        RD_KAFKA_OFFSET_BEGINNING;
    assert_int_equal(rd_kafka_assign(k->consumer, tp), 0);
    rd_kafka_topic_partition_list_destroy(tp);
    for (int got = 0, tries = 0; got < 4 && tries < 200; tries++) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(k->consumer, 100);
        if (!m)
            continue;
        if (m->err) {
            rd_kafka_message_destroy(m);
            continue;
        }
        k->msg[got++] = m;
    }
    for (int i = 0; i < 4; i++)
        if (!k->msg[i])
            fail_msg("mock cluster: only %d of 4 messages consumed", i);
    *state = k;
    return 0;
}

static int kafka_teardown(void **state)
{
    kafka_fx *k = *state;
    if (!k)
        return 0;
    for (int i = 0; i < 4; i++)
        if (k->msg[i])
            rd_kafka_message_destroy(k->msg[i]);
    if (k->consumer) {
        rd_kafka_consumer_close(k->consumer);
        rd_kafka_destroy(k->consumer);
    }
    if (k->producer)
        rd_kafka_destroy(k->producer);
    free(k);
    return 0;
}

static void expect_errors(const rd_kafka_headers_t *h, const char *offset, const char *stage,
                          const char *reason, const char *message)
{
    char part[8];
    snprintf(part, sizeof part, "%d", DLQ_PARTITION);
    expect_header(h, "__parley.errors.topic", "articles");
    expect_header(h, "__parley.errors.partition", part);
    expect_header(h, "__parley.errors.offset", offset);
    expect_header(h, "__parley.errors.stage", stage);
    expect_header(h, "__parley.errors.reason", reason);
    if (message)
        expect_header(h, "__parley.errors.message", message);
    else
        expect_no_header(h, "__parley.errors.message");
}

static void test_dlq_plain(void **state)
{
    kafka_fx *k = *state;
    const rd_kafka_message_t *m = k->msg[0];
    assert_int_equal(m->offset, 0);
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(dlq_output(&l, "articles.dlq", m, "extract", "no_text", "no text"), 0);
    assert_int_equal(l.n, 1);
    const poutput *o = &l.v[0];
    assert_int_equal(o->kind, OUT_DLQ);
    assert_string_equal(o->topic, "articles.dlq");
    assert_int_equal(o->key_len, 2);
    assert_memory_equal(o->key, "k0", 2);
    assert_true(o->key != m->key); /* a copy: the consumed message is destroyed first */
    assert_int_equal(o->value_len, 15);
    assert_memory_equal(o->value, "{\"text\":\"fine\"}", 15);
    assert_true(o->value != m->payload);
    expect_errors(o->hdrs, "0", "extract", "no_text", "no text");
    assert_int_equal(rd_kafka_header_cnt(o->hdrs), 6);
    poutputs_clear(&l);
}

static void test_dlq_copies_original_headers(void **state)
{
    kafka_fx *k = *state;
    const rd_kafka_message_t *m = k->msg[1];
    assert_int_equal(m->offset, 1);
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(
        dlq_output(&l, "articles.dlq", m, "decode", "not_json", "not JSON: '[' at column 1"), 0);
    const poutput *o = &l.v[0];
    assert_memory_equal(o->key, "k1", 2);
    assert_int_equal(o->value_len, 9);
    assert_memory_equal(o->value, "not json{", 9);
    expect_errors(o->hdrs, "1", "decode", "not_json", "not JSON: '[' at column 1");

    /* The original headers come first, in order, repeated names and null values kept. */
    static const struct {
        const char *name, *value;
    } want[] = {{"trace-id", "abc"}, {"dup", "1"}, {"dup", "2"}, {"empty", NULL}};
    assert_int_equal(rd_kafka_header_cnt(o->hdrs), 4 + 6);
    for (size_t i = 0; i < 4; i++) {
        const char *name;
        const void *v;
        size_t n;
        assert_int_equal(rd_kafka_header_get_all(o->hdrs, i, &name, &v, &n), 0);
        assert_string_equal(name, want[i].name);
        if (want[i].value) {
            assert_int_equal(n, strlen(want[i].value));
            assert_memory_equal(v, want[i].value, n);
        } else {
            assert_null(v);
        }
    }
    /* The consumed message's own headers are not modified. */
    rd_kafka_headers_t *orig;
    assert_int_equal(rd_kafka_message_headers(m, &orig), 0);
    assert_int_equal(rd_kafka_header_cnt(orig), 4);
    poutputs_clear(&l);
}

static void test_dlq_tombstone_no_key(void **state)
{
    kafka_fx *k = *state;
    const rd_kafka_message_t *m = k->msg[2];
    assert_int_equal(m->offset, 2);
    assert_null(m->payload);
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(dlq_output(&l, "dead", m, "decode", "null_value", NULL), 0);
    const poutput *o = &l.v[0];
    assert_string_equal(o->topic, "dead");
    assert_null(o->key);
    assert_int_equal(o->key_len, 0);
    assert_null(o->value);
    assert_int_equal(o->value_len, 0);
    expect_header(o->hdrs, "x", "y");
    expect_errors(o->hdrs, "2", "decode", "null_value", NULL);
    /* An empty detail adds no message header either. */
    assert_int_equal(dlq_output(&l, "dead", m, "decode", "null_value", ""), 0);
    expect_no_header(l.v[1].hdrs, "__parley.errors.message");
    poutputs_clear(&l);
}

static void test_dlq_binary_value(void **state)
{
    kafka_fx *k = *state;
    const rd_kafka_message_t *m = k->msg[3];
    assert_int_equal(m->offset, 3);
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(dlq_output(&l, "articles.dlq", m, "decode", "invalid_utf8", "bad"), 0);
    const poutput *o = &l.v[0];
    assert_int_equal(o->value_len, 4);
    assert_memory_equal(o->value, "a\0b\xff", 4);
    expect_errors(o->hdrs, "3", "decode", "invalid_utf8", "bad");
    assert_int_equal(rd_kafka_header_cnt(o->hdrs), 6);
    poutputs_clear(&l);
}

int main(void)
{
    const struct CMUnitTest local[] = {
        cmocka_unit_test(test_outputs_list),
        cmocka_unit_test(test_dyad_key),
        cmocka_unit_test(test_dyad_key_single_and_none),
        cmocka_unit_test(test_dyad_key_order_independent),
        cmocka_unit_test(test_other_keys),
        cmocka_unit_test(test_record_output),
        cmocka_unit_test(test_record_output_sparse),
    };
    const struct CMUnitTest dlq[] = {
        cmocka_unit_test(test_dlq_plain),
        cmocka_unit_test(test_dlq_copies_original_headers),
        cmocka_unit_test(test_dlq_tombstone_no_key),
        cmocka_unit_test(test_dlq_binary_value),
    };
    int failed = cmocka_run_group_tests_name("output", local, NULL, NULL);
    failed += cmocka_run_group_tests_name("output_dlq", dlq, kafka_setup, kafka_teardown);
    return failed;
}
