/* embedded.c - the --embedded mode: a mock Kafka cluster in this process, a feeder
 * thread producing stdin lines to the input topic, the pipeline on its own thread, and
 * the calling thread printing what the pipeline publishes. */
#include "embedded.h"

#include "../consumers/article.h"
#include "jsonw.h"
#include "log.h"
#include "pipeline.h"

#include <librdkafka/rdkafka_mock.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EMB_PARTITIONS 3

typedef struct emb {
    pipeline *pl;
    rd_kafka_t *feeder;
    const char *topic_input;
    atomic_ullong fed;
    atomic_int feed_done, feed_failed;
    volatile sig_atomic_t pl_stop;
    int pl_rc;
} emb;

static void quiet_log(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    (void)rk;
    if (level <= 3)
        plog(PLOG_WARN, "rdkafka", "%s: %s", fac, buf);
}

static void *feeder_main(void *arg)
{
    emb *e = arg;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0)
            continue;
        for (;;) {
            rd_kafka_resp_err_t err = rd_kafka_producev(
                e->feeder, RD_KAFKA_V_TOPIC(e->topic_input), RD_KAFKA_V_VALUE(line, (size_t)n),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                rd_kafka_poll(e->feeder, 50);
                continue;
            }
            if (err) {
                plog(PLOG_ERROR, "embedded", "cannot produce input line: %s",
                     rd_kafka_err2str(err));
                atomic_store(&e->feed_failed, 1);
            } else {
                atomic_fetch_add(&e->fed, 1);
            }
            break;
        }
        rd_kafka_poll(e->feeder, 0);
    }
    free(line);
    if (rd_kafka_flush(e->feeder, 60000) != 0)
        atomic_store(&e->feed_failed, 1);
    atomic_store(&e->feed_done, 1);
    return NULL;
}

static void *pipeline_main(void *arg)
{
    emb *e = arg;
    e->pl_rc = pipeline_run(e->pl, &e->pl_stop);
    return NULL;
}

static void print_envelope(const rd_kafka_message_t *m)
{
    json_t *o = json_object(), *h = json_object();
    rd_kafka_headers_t *hdrs = NULL;
    json_object_set_new(o, "topic", json_string(rd_kafka_topic_name(m->rkt)));
    json_object_set_new(o, "partition", json_integer(m->partition));
    json_object_set_new(o, "key", m->key ? json_stringn(m->key, m->key_len) : json_null());
    if (rd_kafka_message_headers(m, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *name;
        const void *val;
        size_t sz;
        for (size_t i = 0; rd_kafka_header_get_all(hdrs, i, &name, &val, &sz) == 0; i++)
            json_object_set_new(h, name, val ? json_stringn(val, sz) : json_null());
    }
    json_object_set_new(o, "headers", h);
    json_t *v = m->payload ? json_loadb(m->payload, m->len, 0, NULL) : NULL;
    if (!v && m->payload && utf8_valid(m->payload, m->len))
        v = json_stringn(m->payload, m->len);
    json_object_set_new(o, "value", v ? v : json_null());
    char *s = jsonw_dumps(o, NULL); /* reals as the records have them */
    if (s) {
        puts(s);
        free(s);
    }
    json_decref(o);
}

int embedded_run(pconfig *conf, int envelope, volatile sig_atomic_t *stop)
{
    char err[1024], why[512];
    emb e;
    int rc = 1;
    rd_kafka_t *host = NULL, *printer = NULL;
    rd_kafka_mock_cluster_t *mc = NULL;
    pthread_t feeder_th, pl_th;
    int feeder_started = 0, pl_started = 0, feeder_stuck = 0;
    const char *outs[3] = {pconfig_str(conf, "topic.events"), pconfig_str(conf, "topic.alerts"),
                           pconfig_str(conf, "topic.dlq")};
    memset(&e, 0, sizeof e);

    if (strcmp(pconfig_str(conf, "processing.guarantee"), "at_least_once") != 0)
        plog(PLOG_WARN, "embedded", "the mock cluster has no real transactions");
    pconfig_set(conf, "processing.guarantee", "at_least_once", "--embedded", err, sizeof err);
    fprintf(stderr, "parleyd: --embedded runs at_least_once on an in-process mock cluster\n");

    rd_kafka_conf_t *hc = rd_kafka_conf_new();
    rd_kafka_conf_set_log_cb(hc, quiet_log);
    host = rd_kafka_new(RD_KAFKA_PRODUCER, hc, why, sizeof why);
    if (!host) {
        plog(PLOG_FATAL, "embedded", "%s", why);
        return 1;
    }
    mc = rd_kafka_mock_cluster_new(host, 1);
    if (!mc) {
        plog(PLOG_FATAL, "embedded", "cannot create the mock cluster");
        goto out;
    }
    const char *bootstraps = rd_kafka_mock_cluster_bootstraps(mc);
    e.topic_input = pconfig_str(conf, "topic.input");
    rd_kafka_mock_topic_create(mc, e.topic_input, EMB_PARTITIONS, 1);
    for (int i = 0; i < 3; i++)
        rd_kafka_mock_topic_create(mc, outs[i], EMB_PARTITIONS, 1);
    int dedup = pconfig_bool(conf, "dedup.enabled") &&
                strcmp(pconfig_str(conf, "processing.processor"), "passthrough") != 0;
    if (dedup) { /* the internal topics of cross-article state, co-partitioned */
        char name[300];
        pipeline_internal_topic(conf, "repartition", name, sizeof name);
        rd_kafka_mock_topic_create(mc, name, EMB_PARTITIONS, 1);
        pipeline_internal_topic(conf, "clusters", name, sizeof name);
        rd_kafka_mock_topic_create(mc, name, EMB_PARTITIONS, 1);
    }
    if (pconfig_set(conf, "kafka.bootstrap.servers", bootstraps, "--embedded", err, sizeof err) ||
        pconfig_set(conf, "consumer.session.timeout.ms", "6000", "--embedded", err, sizeof err)) {
        plog(PLOG_FATAL, "embedded", "%s", err);
        goto out;
    }

    e.pl = pipeline_new(conf, err, sizeof err);
    if (!e.pl) {
        plog(PLOG_FATAL, "embedded", "%s", err);
        goto out;
    }
    pipeline_set_mock_cluster(e.pl);

    rd_kafka_conf_t *fc = rd_kafka_conf_new();
    rd_kafka_conf_set(fc, "bootstrap.servers", bootstraps, why, sizeof why);
    rd_kafka_conf_set_log_cb(fc, quiet_log);
    e.feeder = rd_kafka_new(RD_KAFKA_PRODUCER, fc, why, sizeof why);
    rd_kafka_conf_t *pc = rd_kafka_conf_new();
    rd_kafka_conf_set(pc, "bootstrap.servers", bootstraps, why, sizeof why);
    rd_kafka_conf_set(pc, "group.id", "parley-embedded-printer", why, sizeof why);
    rd_kafka_conf_set(pc, "enable.auto.commit", "false", why, sizeof why);
    rd_kafka_conf_set_log_cb(pc, quiet_log);
    printer = rd_kafka_new(RD_KAFKA_CONSUMER, pc, why, sizeof why);
    if (!e.feeder || !printer) {
        plog(PLOG_FATAL, "embedded", "%s", why);
        goto out;
    }
    rd_kafka_poll_set_consumer(printer);
    rd_kafka_topic_partition_list_t *tp = rd_kafka_topic_partition_list_new(12);
    for (int i = 0; i < (envelope ? 3 : 1); i++)
        for (int p = 0; p < EMB_PARTITIONS; p++)
            rd_kafka_topic_partition_list_add(tp, outs[i], p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(printer, tp);
    rd_kafka_topic_partition_list_destroy(tp);

    if (pthread_create(&pl_th, NULL, pipeline_main, &e) != 0)
        goto out;
    pl_started = 1;
    if (pthread_create(&feeder_th, NULL, feeder_main, &e) != 0)
        goto out;
    feeder_started = 1;

    uint64_t printed = 0;
    for (;;) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(printer, 50);
        if (m) {
            if (!m->err) {
                if (envelope)
                    print_envelope(m);
                else
                    printf("%.*s\n", (int)m->len, (const char *)m->payload);
                printed++;
            }
            rd_kafka_message_destroy(m);
            continue;
        }
        fflush(stdout);
        pipeline_counters c;
        pipeline_get_counters(e.pl, &c);
        if (c.fatal || *stop || atomic_load(&e.feed_failed))
            break;
        uint64_t want = c.delivered[0] + (envelope ? c.delivered[1] + c.delivered[2] : 0);
        /* Done when every input message is finished, and with cross-article state every
         * record sent through the repartition topic too, and all of it printed. */
        if (atomic_load(&e.feed_done) && c.completed_input >= atomic_load(&e.fed) &&
            c.inflight == 0 && (!dedup || c.completed_rep >= c.records) && printed >= want) {
            rc = 0;
            break;
        }
    }
    fflush(stdout);
out:
    if (feeder_started) {
        /* On an error the feeder may still block reading stdin: leave it to process exit. */
        if (rc == 0 || atomic_load(&e.feed_done))
            pthread_join(feeder_th, NULL);
        else
            feeder_stuck = 1;
    }
    if (pl_started) {
        e.pl_stop = 1;
        pthread_join(pl_th, NULL);
        if (e.pl_rc != 0)
            rc = 1;
    }
    if (e.pl) {
        pipeline_counters c;
        pipeline_get_counters(e.pl, &c);
        fprintf(stderr, "parleyd: embedded: %llu article(s) in, %llu record(s), %llu dead-lettered\n",
                (unsigned long long)atomic_load(&e.fed), (unsigned long long)c.delivered[0],
                (unsigned long long)c.dlq);
    }
    if (printer) {
        rd_kafka_consumer_close(printer);
        rd_kafka_destroy(printer);
    }
    if (e.feeder && !feeder_stuck)
        rd_kafka_destroy(e.feeder);
    pipeline_destroy(e.pl);
    if (mc)
        rd_kafka_mock_cluster_destroy(mc);
    if (host)
        rd_kafka_destroy(host);
    return rc;
}
