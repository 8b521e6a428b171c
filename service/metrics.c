/* metrics.c - the metrics registry (labelled counters, one histogram, the latest
 * librdkafka statistics), its Prometheus text exposition (format 0.0.4), and the
 * libmicrohttpd endpoint serving /metrics, /healthz and /readyz. See metrics.h. */
#include "metrics.h"
#include "log.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#define MAX_FAMILIES 64
#define MAX_SERIES 512
#define MAX_LABEL_VALUE 256
#define MAX_EXPOSITION (4u * 1024u * 1024u)
#define MAX_LAGS 100000

/* ---- registry ---------------------------------------------------------------------------- */

typedef struct series {
    char *v1, *v2;
    uint64_t value;
} series;

typedef struct family {
    char *name, *help;
    char *l1, *l2; /* label names, NULL when fewer */
    series *s;
    size_t n, cap;
} family;

/* Upper bounds of parley_processing_seconds; +Inf is implicit. */
static const double hist_bounds[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                     0.25,  0.5,    1,     2.5,  5,     10,   30};
#define NBUCKETS (sizeof hist_bounds / sizeof hist_bounds[0])

typedef struct snapshot {
    metrics_kafka_stats st;
    int64_t at_ms; /* monotonic; 0 = never */
} snapshot;

struct metrics_registry {
    pthread_mutex_t mu;
    family fam[MAX_FAMILIES];
    size_t nfam;
    uint64_t dropped;
    uint64_t hist[NBUCKETS + 1]; /* per bucket, not cumulative; last = over the top bound */
    uint64_t hist_count;
    double hist_sum;
    snapshot consumer, producer;
    uint64_t stats_errors;
    double start_time; /* wall clock, seconds */
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int valid_name(const char *s, int colon_ok)
{
    if (!s || !*s)
        return 0;
    for (const char *p = s; *p; p++) {
        char c = *p;
        int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                    (colon_ok && c == ':');
        if (!alpha && !(p != s && c >= '0' && c <= '9'))
            return 0;
    }
    return 1;
}

static int same_opt(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static char *dup_opt(const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *d = strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

/* Finds or creates a family; registry lock held. */
static family *family_get(metrics_registry *r, const char *name, const char *help, const char *l1,
                          const char *l2)
{
    for (size_t i = 0; i < r->nfam; i++) {
        family *f = &r->fam[i];
        if (strcmp(f->name, name) == 0)
            return same_opt(f->l1, l1) && same_opt(f->l2, l2) ? f : NULL;
    }
    if (r->nfam == MAX_FAMILIES || !valid_name(name, 1) || (l1 && !valid_name(l1, 0)) ||
        (l2 && (!l1 || !valid_name(l2, 0))))
        return NULL;
    int oom = 0;
    family *f = &r->fam[r->nfam];
    memset(f, 0, sizeof *f);
    f->name = dup_opt(name, &oom);
    f->help = dup_opt(help ? help : name, &oom);
    f->l1 = dup_opt(l1, &oom);
    f->l2 = dup_opt(l2, &oom);
    if (oom) {
        free(f->name);
        free(f->help);
        free(f->l1);
        free(f->l2);
        return NULL;
    }
    r->nfam++;
    return f;
}

metrics_registry *metrics_registry_new(void)
{
    metrics_registry *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    pthread_mutex_init(&r->mu, NULL);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    r->start_time = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    /* Declared up front so that HELP and TYPE are there before the first increment. */
    if (!family_get(r, "parley_events_total", "Event records published, by event type and status.",
                    "type", "status") ||
        !family_get(r, "parley_alerts_total",
                    "Records published to the alerts topic, by alert rule.", "rule", NULL) ||
        !family_get(r, "parley_dead_letters_total",
                    "Input messages sent to the dead-letter topic, by reason.", "reason", NULL)) {
        metrics_registry_destroy(r);
        return NULL;
    }
    return r;
}

void metrics_registry_destroy(metrics_registry *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nfam; i++) {
        family *f = &r->fam[i];
        for (size_t j = 0; j < f->n; j++) {
            free(f->s[j].v1);
            free(f->s[j].v2);
        }
        free(f->s);
        free(f->name);
        free(f->help);
        free(f->l1);
        free(f->l2);
    }
    metrics_kafka_stats_clear(&r->consumer.st);
    metrics_kafka_stats_clear(&r->producer.st);
    pthread_mutex_destroy(&r->mu);
    free(r);
}

static int series_add(family *f, const char *v1, const char *v2, uint64_t n)
{
    for (size_t i = 0; i < f->n; i++) {
        series *s = &f->s[i];
        if (same_opt(s->v1, v1) && same_opt(s->v2, v2)) {
            s->value += n;
            return 0;
        }
    }
    if (f->n == MAX_SERIES)
        return -1;
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 8;
        series *ns = realloc(f->s, cap * sizeof *ns);
        if (!ns)
            return -1;
        f->s = ns;
        f->cap = cap;
    }
    int oom = 0;
    series *s = &f->s[f->n];
    s->v1 = dup_opt(v1, &oom);
    s->v2 = dup_opt(v2, &oom);
    if (oom) {
        free(s->v1);
        free(s->v2);
        return -1;
    }
    s->value = n;
    f->n++;
    return 0;
}

int metrics_counter_add(metrics_registry *r, const char *name, const char *help,
                        const char *label1, const char *value1, const char *label2,
                        const char *value2, uint64_t n)
{
    if (!r)
        return 0;
    if (!name)
        return -1;
    if (label1 && !value1)
        value1 = "";
    if (label2 && !value2)
        value2 = "";
    if (!label1)
        value1 = NULL;
    if (!label2)
        value2 = NULL;
    int rc = -1;
    pthread_mutex_lock(&r->mu);
    family *f = family_get(r, name, help, label1, label2);
    if (f && (!value1 || strlen(value1) <= MAX_LABEL_VALUE) &&
        (!value2 || strlen(value2) <= MAX_LABEL_VALUE))
        rc = series_add(f, value1, value2, n);
    if (rc != 0)
        r->dropped++;
    pthread_mutex_unlock(&r->mu);
    return rc;
}

void metrics_count_event(metrics_registry *r, const char *type, const char *status)
{
    metrics_counter_add(r, "parley_events_total", NULL, "type", type ? type : "unknown",
                        "status", status ? status : "unknown", 1);
}

void metrics_count_record(metrics_registry *r, const json_t *record)
{
    if (!r)
        return;
    metrics_count_event(r, json_string_value(json_object_get(record, "type")),
                        json_string_value(json_object_get(record, "status")));
}

void metrics_count_alert(metrics_registry *r, const char *rule)
{
    metrics_counter_add(r, "parley_alerts_total", NULL, "rule", rule ? rule : "unknown", NULL,
                        NULL, 1);
}

void metrics_count_dead_letter(metrics_registry *r, const char *reason)
{
    metrics_counter_add(r, "parley_dead_letters_total", NULL, "reason",
                        reason ? reason : "unknown", NULL, NULL, 1);
}

void metrics_observe_processing(metrics_registry *r, double seconds)
{
    if (!r || isnan(seconds))
        return;
    if (seconds < 0)
        seconds = 0;
    size_t b = 0;
    while (b < NBUCKETS && seconds > hist_bounds[b])
        b++;
    pthread_mutex_lock(&r->mu);
    r->hist[b]++;
    r->hist_count++;
    if (isfinite(seconds))
        r->hist_sum += seconds;
    pthread_mutex_unlock(&r->mu);
}

/* ---- librdkafka statistics ------------------------------------------------------------------- */

static void copy_str(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src ? src : "");
}

static int64_t int_or(const json_t *o, const char *key, int64_t def)
{
    const json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : def;
}

/* A partition this consumer owns: explicitly desired and being fetched (or about to be). */
static int owned(const json_t *p)
{
    const char *fs = json_string_value(json_object_get(p, "fetch_state"));
    if (!json_is_true(json_object_get(p, "desired")) || !fs)
        return 0;
    return strcmp(fs, "active") == 0 || strcmp(fs, "offset-query") == 0 ||
           strcmp(fs, "offset-wait") == 0;
}

static int parse_lags(const json_t *topics, metrics_kafka_stats *out, char *err, size_t errlen)
{
    const char *tname;
    json_t *t;
    size_t cap = 0;
    json_object_foreach((json_t *)topics, tname, t)
    {
        const char *pkey;
        json_t *p;
        json_t *parts = json_object_get(t, "partitions");
        if (!json_is_object(parts))
            continue;
        json_object_foreach(parts, pkey, p)
        {
            int64_t id = int_or(p, "partition", -1);
            if (id < 0 || id > INT32_MAX || !owned(p))
                continue;
            if (out->nlags == MAX_LAGS) {
                snprintf(err, errlen, "more than %d owned partitions", MAX_LAGS);
                return -1;
            }
            if (out->nlags == cap) {
                size_t ncap = cap ? cap * 2 : 16;
                metrics_partition_lag *nl = realloc(out->lags, ncap * sizeof *nl);
                if (!nl) {
                    snprintf(err, errlen, "out of memory");
                    return -1;
                }
                out->lags = nl;
                cap = ncap;
            }
            metrics_partition_lag *l = &out->lags[out->nlags++];
            const char *tn = json_string_value(json_object_get(t, "topic"));
            copy_str(l->topic, sizeof l->topic, tn ? tn : tname);
            l->partition = (int32_t)id;
            l->lag = int_or(p, "consumer_lag", -1);
            if (l->lag < -1)
                l->lag = -1;
        }
    }
    return 0;
}

int metrics_parse_rdkafka_stats(const char *json, size_t len, metrics_kafka_stats *out,
                                char *err, size_t errlen)
{
    json_error_t je;
    memset(out, 0, sizeof *out);
    out->assignment_size = -1;
    out->rebalance_cnt = -1;
    json_t *root = json_loadb(json, len, 0, &je);
    if (!root) {
        snprintf(err, errlen, "statistics JSON: line %d: %s", je.line, je.text);
        return -1;
    }
    const char *type = json_string_value(json_object_get(root, "type"));
    if (!json_is_object(root) || !type ||
        (strcmp(type, "consumer") != 0 && strcmp(type, "producer") != 0)) {
        snprintf(err, errlen, "statistics JSON: not a librdkafka consumer or producer object");
        json_decref(root);
        return -1;
    }
    copy_str(out->type, sizeof out->type, type);
    out->msg_cnt = int_or(root, "msg_cnt", 0);
    out->msg_size = int_or(root, "msg_size", 0);
    out->msg_max = int_or(root, "msg_max", 0);
    out->msg_size_max = int_or(root, "msg_size_max", 0);

    const char *bname;
    json_t *b;
    json_object_foreach(json_object_get(root, "brokers"), bname, b)
    {
        const char *src = json_string_value(json_object_get(b, "source"));
        const char *state = json_string_value(json_object_get(b, "state"));
        if (src && (strcmp(src, "internal") == 0 || strcmp(src, "logical") == 0))
            continue;
        out->brokers++;
        if (state && strcmp(state, "UP") == 0)
            out->brokers_up++;
    }

    const json_t *cg = json_object_get(root, "cgrp");
    if (json_is_object(cg)) {
        copy_str(out->group_state, sizeof out->group_state,
                 json_string_value(json_object_get(cg, "state")));
        copy_str(out->group_join_state, sizeof out->group_join_state,
                 json_string_value(json_object_get(cg, "join_state")));
        out->assignment_size = int_or(cg, "assignment_size", -1);
        out->rebalance_cnt = int_or(cg, "rebalance_cnt", -1);
    }
    const json_t *eos = json_object_get(root, "eos");
    if (json_is_object(eos)) {
        copy_str(out->idemp_state, sizeof out->idemp_state,
                 json_string_value(json_object_get(eos, "idemp_state")));
        copy_str(out->txn_state, sizeof out->txn_state,
                 json_string_value(json_object_get(eos, "txn_state")));
    }
    int rc = 0;
    if (strcmp(type, "consumer") == 0 && json_is_object(json_object_get(root, "topics")))
        rc = parse_lags(json_object_get(root, "topics"), out, err, errlen);
    json_decref(root);
    if (rc != 0)
        metrics_kafka_stats_clear(out);
    return rc;
}

void metrics_kafka_stats_clear(metrics_kafka_stats *s)
{
    if (!s)
        return;
    free(s->lags);
    s->lags = NULL;
    s->nlags = 0;
}

int metrics_update_rdkafka_stats(metrics_registry *r, const char *json, size_t len, char *err,
                                 size_t errlen)
{
    char why[256];
    metrics_kafka_stats st;
    if (!r)
        return 0;
    if (!err) {
        err = why;
        errlen = sizeof why;
    }
    if (metrics_parse_rdkafka_stats(json, len, &st, err, errlen) != 0) {
        pthread_mutex_lock(&r->mu);
        r->stats_errors++;
        pthread_mutex_unlock(&r->mu);
        return -1;
    }
    snapshot *dst = strcmp(st.type, "consumer") == 0 ? &r->consumer : &r->producer;
    metrics_kafka_stats old;
    pthread_mutex_lock(&r->mu);
    old = dst->st;
    dst->st = st;
    dst->at_ms = mono_ms();
    pthread_mutex_unlock(&r->mu);
    metrics_kafka_stats_clear(&old);
    return 0;
}

int metrics_rdkafka_ready(metrics_registry *r, int64_t max_age_ms)
{
    if (!r)
        return 0;
    pthread_mutex_lock(&r->mu);
    const snapshot *c = &r->consumer;
    int ok = c->at_ms > 0 && mono_ms() - c->at_ms <= max_age_ms &&
             strcmp(c->st.group_state, "up") == 0 &&
             strcmp(c->st.group_join_state, "steady") == 0 && c->st.brokers_up > 0;
    pthread_mutex_unlock(&r->mu);
    return ok;
}

/* ---- exposition ------------------------------------------------------------------------------ */

struct metrics_buf {
    char *p;
    size_t len, cap;
    int full;
};

static int buf_reserve(metrics_buf *b, size_t more)
{
    if (b->full)
        return -1;
    if (b->len + more + 1 > MAX_EXPOSITION) {
        b->full = 1;
        return -1;
    }
    if (b->len + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 16384;
    while (cap < b->len + more + 1)
        cap *= 2;
    if (cap > MAX_EXPOSITION)
        cap = MAX_EXPOSITION;
    char *np = realloc(b->p, cap);
    if (!np) {
        b->full = 1;
        return -1;
    }
    b->p = np;
    b->cap = cap;
    return 0;
}

int metrics_buf_printf(metrics_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_reserve(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int metrics_buf_label_value(metrics_buf *b, const char *v)
{
    if (!v)
        return 0;
    for (const char *p = v; *p; p++) {
        const char *esc = *p == '\\' ? "\\\\" : *p == '"' ? "\\\"" : *p == '\n' ? "\\n" : NULL;
        size_t n = esc ? 2 : 1;
        if (buf_reserve(b, n) != 0)
            return -1;
        memcpy(b->p + b->len, esc ? esc : p, n);
        b->len += n;
        b->p[b->len] = '\0';
    }
    return 0;
}

static void head(metrics_buf *b, const char *name, const char *type, const char *help)
{
    metrics_buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void one(metrics_buf *b, const char *name, const char *type, const char *help,
                uint64_t v)
{
    head(b, name, type, help);
    metrics_buf_printf(b, "%s %" PRIu64 "\n", name, v);
}

static void one_i(metrics_buf *b, const char *name, const char *help, int64_t v)
{
    head(b, name, "gauge", help);
    metrics_buf_printf(b, "%s %" PRId64 "\n", name, v);
}

static void render_pipeline(metrics_buf *b, const pipeline_counters *c)
{
    one(b, "parley_articles_consumed_total", "counter",
        "Input messages consumed and dispatched to a worker.", c->consumed);
    one(b, "parley_articles_completed_total", "counter",
        "Input messages whose every output was acknowledged by the broker.", c->completed);
    one(b, "parley_articles_decoded_total", "counter",
        "Input messages decoded as valid articles.", c->decoded);
    one(b, "parley_articles_dead_lettered_total", "counter",
        "Input messages sent to the dead-letter topic (all reasons).", c->dlq);
    one(b, "parley_articles_skipped_total", "counter",
        "Decoded articles the extractor skipped (for example an unsupported language).",
        c->skipped);
    one(b, "parley_records_total", "counter", "Event records produced by the extractor.",
        c->records);
    one(b, "parley_retractions_total", "counter",
        "Retraction records sent: events a corrected article no longer supports.",
        c->retracted);
    head(b, "parley_messages_delivered_total", "counter",
         "Output messages acknowledged by the broker, by output.");
    static const char *outs[] = {"events", "alerts", "dlq"};
    for (int i = 0; i < 3; i++)
        metrics_buf_printf(b, "parley_messages_delivered_total{output=\"%s\"} %" PRIu64 "\n",
                           outs[i], c->delivered[i]);
    one(b, "parley_delivery_errors_total", "counter",
        "Failed produce calls and failed delivery reports (retried, never dropped).",
        c->produce_errors);
    head(b, "parley_transactions_total", "counter",
         "exactly_once: Kafka transactions, by result.");
    metrics_buf_printf(b, "parley_transactions_total{result=\"commit\"} %" PRIu64 "\n",
                       c->txn_commits);
    metrics_buf_printf(b, "parley_transactions_total{result=\"abort\"} %" PRIu64 "\n",
                       c->txn_aborts);
    one_i(b, "parley_inflight_messages",
          "Input messages consumed but not yet completed.", c->inflight);
    if (c->dedup_clusters >= 0) {
        one_i(b, "parley_dedup_clusters",
              "Events (cluster keys) kept for dedup (bounded by dedup.max.clusters per partition).",
              c->dedup_clusters);
        one(b, "parley_dedup_local_total", "counter",
            "Records and manifests of stage A decided in-process, their repartition partition "
            "being this instance's (dedup.local.enabled).",
            c->rep_local);
    }
    if (c->corrections_articles >= 0) {
        one_i(b, "parley_corrections_articles",
              "Articles whose events are kept for corrections.", c->corrections_articles);
        one_i(b, "parley_corrections_bytes",
              "Bytes kept for corrections (bounded by corrections.max.bytes).",
              c->corrections_bytes);
    }
    one_i(b, "parley_assigned_partitions",
          "Input partitions currently assigned to this instance.", c->assigned_partitions);
    one_i(b, "parley_fatal_error", "1 after a fatal error (the process is about to exit).",
          c->fatal ? 1 : 0);
}

/* Registry lock held. */
static void render_families(metrics_buf *b, const metrics_registry *r)
{
    for (size_t i = 0; i < r->nfam; i++) {
        const family *f = &r->fam[i];
        head(b, f->name, "counter", f->help);
        for (size_t j = 0; j < f->n; j++) {
            const series *s = &f->s[j];
            metrics_buf_printf(b, "%s", f->name);
            if (f->l1) {
                metrics_buf_printf(b, "{%s=\"", f->l1);
                metrics_buf_label_value(b, s->v1);
                if (f->l2) {
                    metrics_buf_printf(b, "\",%s=\"", f->l2);
                    metrics_buf_label_value(b, s->v2);
                }
                metrics_buf_printf(b, "\"}");
            }
            metrics_buf_printf(b, " %" PRIu64 "\n", s->value);
        }
    }
}

/* Registry lock held. */
static void render_histogram(metrics_buf *b, const metrics_registry *r)
{
    uint64_t cum = 0;
    head(b, "parley_processing_seconds", "histogram",
         "Time to decode, extract and hand one input message's outputs to the producer.");
    for (size_t i = 0; i < NBUCKETS; i++) {
        cum += r->hist[i];
        metrics_buf_printf(b, "parley_processing_seconds_bucket{le=\"%g\"} %" PRIu64 "\n",
                           hist_bounds[i], cum);
    }
    cum += r->hist[NBUCKETS];
    metrics_buf_printf(b, "parley_processing_seconds_bucket{le=\"+Inf\"} %" PRIu64 "\n", cum);
    metrics_buf_printf(b, "parley_processing_seconds_sum %.9g\n", r->hist_sum);
    metrics_buf_printf(b, "parley_processing_seconds_count %" PRIu64 "\n", r->hist_count);
}

/* Registry lock held. */
static void render_kafka(metrics_buf *b, const metrics_registry *r)
{
    const snapshot *c = &r->consumer, *p = &r->producer;
    int64_t now = mono_ms();
    head(b, "parley_consumer_lag", "gauge",
         "Messages behind the high watermark, per owned input partition (librdkafka "
         "statistics).");
    for (size_t i = 0; c->at_ms && i < c->st.nlags; i++) {
        const metrics_partition_lag *l = &c->st.lags[i];
        if (l->lag < 0)
            continue;
        metrics_buf_printf(b, "parley_consumer_lag{topic=\"");
        metrics_buf_label_value(b, l->topic);
        metrics_buf_printf(b, "\",partition=\"%" PRId32 "\"} %" PRId64 "\n", l->partition,
                           l->lag);
    }
    if (c->at_ms && c->st.rebalance_cnt >= 0) {
        one(b, "parley_consumer_rebalances_total", "counter",
            "Consumer group rebalances (assign or revoke) seen by this instance.",
            (uint64_t)c->st.rebalance_cnt);
    }
    head(b, "parley_kafka_brokers_up", "gauge",
         "Brokers with an open connection, per client (librdkafka statistics).");
    if (c->at_ms)
        metrics_buf_printf(b, "parley_kafka_brokers_up{client=\"consumer\"} %d\n",
                           c->st.brokers_up);
    if (p->at_ms)
        metrics_buf_printf(b, "parley_kafka_brokers_up{client=\"producer\"} %d\n",
                           p->st.brokers_up);
    head(b, "parley_kafka_stats_age_seconds", "gauge",
         "Seconds since the last librdkafka statistics of each client.");
    if (c->at_ms)
        metrics_buf_printf(b, "parley_kafka_stats_age_seconds{client=\"consumer\"} %.3f\n",
                           (double)(now - c->at_ms) / 1000.0);
    if (p->at_ms)
        metrics_buf_printf(b, "parley_kafka_stats_age_seconds{client=\"producer\"} %.3f\n",
                           (double)(now - p->at_ms) / 1000.0);
    if (p->at_ms) {
        one_i(b, "parley_producer_queue_messages",
              "Messages waiting in the producer's queues (librdkafka msg_cnt).", p->st.msg_cnt);
        one_i(b, "parley_producer_queue_bytes",
              "Bytes waiting in the producer's queues (librdkafka msg_size).", p->st.msg_size);
        one_i(b, "parley_producer_queue_max_messages",
              "Producer queue capacity in messages (queue.buffering.max.messages).",
              p->st.msg_max);
        /* An idempotent, non-transactional producer reports txn_state "Init" forever. */
        if (p->st.txn_state[0] && strcmp(p->st.txn_state, "Init") != 0) {
            head(b, "parley_transaction_state", "gauge",
                 "exactly_once: the transactional producer's current state (value 1).");
            metrics_buf_printf(b, "parley_transaction_state{state=\"");
            metrics_buf_label_value(b, p->st.txn_state);
            metrics_buf_printf(b, "\"} 1\n");
        }
    }
    one(b, "parley_kafka_stats_errors_total", "counter",
        "librdkafka statistics documents that could not be parsed.", r->stats_errors);
}

static int source_alive(const metrics_source *src)
{
    return src->alive ? src->alive(src->opaque) != 0 : 1;
}

static int source_ready(const metrics_source *src)
{
    if (src->ready)
        return src->ready(src->opaque) != 0;
    return source_alive(src) && metrics_rdkafka_ready(src->registry, 60000);
}

char *metrics_render(const metrics_source *src, size_t *len)
{
    metrics_buf b = {0};
    metrics_registry *r = src->registry;
    head(&b, "parley_build_info", "gauge", "Build information (value 1).");
    metrics_buf_printf(&b, "parley_build_info{version=\"");
    metrics_buf_label_value(&b, src->version ? src->version : "unknown");
    metrics_buf_printf(&b, "\"} 1\n");
    one_i(&b, "parley_up", "1 while alive (no fatal error), as /healthz.",
          source_alive(src) ? 1 : 0);
    one_i(&b, "parley_ready", "1 when ready (group joined, a broker reachable), as /readyz.",
          source_ready(src) ? 1 : 0);
    if (src->counters) {
        pipeline_counters c;
        memset(&c, 0, sizeof c);
        src->counters(src->opaque, &c);
        render_pipeline(&b, &c);
    }
    if (r) {
        pthread_mutex_lock(&r->mu);
        head(&b, "parley_start_time_seconds", "gauge",
             "Start time of the process since the Unix epoch in seconds.");
        metrics_buf_printf(&b, "parley_start_time_seconds %.3f\n", r->start_time);
        render_families(&b, r);
        render_histogram(&b, r);
        render_kafka(&b, r);
        uint64_t dropped = r->dropped;
        pthread_mutex_unlock(&r->mu);
        one(&b, "parley_metrics_dropped_total", "counter",
            "Counter increments dropped (invalid name or label, or a series cap reached).",
            dropped);
    }
    if (src->extra)
        src->extra(src->opaque, &b);
    if (b.full) {
        free(b.p);
        return NULL;
    }
    if (!b.p && buf_reserve(&b, 0) != 0)
        return NULL;
    b.p[b.len] = '\0';
    if (len)
        *len = b.len;
    return b.p;
}

/* ---- server ------------------------------------------------------------------------------------ */

struct metrics_server {
    struct MHD_Daemon *d;
    metrics_source src;
    char *version;
    uint16_t port;
    char lasterr[256]; /* libmicrohttpd's last complaint, for metrics_new's err */
};

__attribute__((format(printf, 2, 0))) static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    metrics_server *s = cls;
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    copy_str(s->lasterr, sizeof s->lasterr, msg);
    plog(PLOG_WARN, "metrics", "%s", msg);
}

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned int status,
                             const char *ctype, char *body, size_t len, int owned_body)
{
    struct MHD_Response *resp =
        owned_body ? MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE)
                   : MHD_create_response_from_buffer(len, body, MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        if (owned_body)
            free(body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    enum MHD_Result rc = MHD_queue_response(conn, status, resp);
    MHD_destroy_response(resp);
    return rc;
}

static enum MHD_Result text(struct MHD_Connection *conn, unsigned int status, const char *body)
{
    return reply(conn, status, "text/plain; charset=utf-8", (char *)body, strlen(body), 0);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *conn, const char *url,
                               const char *method, const char *version, const char *upload,
                               size_t *upload_size, void **con_cls)
{
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)con_cls;
    metrics_server *s = cls;
    /* Answered on the first call, before any request body: libmicrohttpd then closes
     * the connection instead of reading a body nobody wants. */
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
        return text(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed\n");
    if (strcmp(url, "/metrics") == 0) {
        size_t len = 0;
        char *body = metrics_render(&s->src, &len);
        if (!body)
            return text(conn, MHD_HTTP_INTERNAL_SERVER_ERROR,
                        "metrics exposition too large or out of memory\n");
        return reply(conn, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", body, len,
                     1);
    }
    if (strcmp(url, "/healthz") == 0 || strcmp(url, "/livez") == 0)
        return source_alive(&s->src) ? text(conn, MHD_HTTP_OK, "ok\n")
                                     : text(conn, MHD_HTTP_SERVICE_UNAVAILABLE, "fatal error\n");
    if (strcmp(url, "/readyz") == 0)
        return source_ready(&s->src) ? text(conn, MHD_HTTP_OK, "ready\n")
                                     : text(conn, MHD_HTTP_SERVICE_UNAVAILABLE, "not ready\n");
    if (strcmp(url, "/") == 0)
        return text(conn, MHD_HTTP_OK, "parleyd: /metrics /healthz /readyz\n");
    return text(conn, MHD_HTTP_NOT_FOUND, "not found\n");
}

/* Splits "host:port" / "[v6]:port" / ":port" into host (may be "") and port. */
static int split_listen(const char *listen, char *host, size_t hostcap, uint16_t *port,
                        char *err, size_t errlen)
{
    const char *p;
    if (!listen || !*listen) {
        snprintf(err, errlen, "metrics.listen: empty address");
        return -1;
    }
    if (listen[0] == '[') {
        const char *close = strchr(listen, ']');
        if (!close || close[1] != ':' || close == listen + 1 ||
            (size_t)(close - listen - 1) >= hostcap) {
            snprintf(err, errlen, "metrics.listen: '%s' is not [ipv6]:port", listen);
            return -1;
        }
        memcpy(host, listen + 1, (size_t)(close - listen - 1));
        host[close - listen - 1] = '\0';
        p = close + 2;
    } else {
        const char *colon = strrchr(listen, ':');
        if (!colon || (size_t)(colon - listen) >= hostcap || strchr(listen, ':') != colon) {
            snprintf(err, errlen, "metrics.listen: '%s' is not host:port", listen);
            return -1;
        }
        memcpy(host, listen, (size_t)(colon - listen));
        host[colon - listen] = '\0';
        p = colon + 1;
    }
    char *end;
    long v = strtol(p, &end, 10);
    if (*p < '0' || *p > '9' || *end || v < 0 || v > 65535) {
        snprintf(err, errlen, "metrics.listen: bad port in '%s'", listen);
        return -1;
    }
    *port = (uint16_t)v;
    return 0;
}

int metrics_check_listen(const char *listen, char *err, size_t errlen)
{
    char host[256];
    uint16_t port;
    return split_listen(listen, host, sizeof host, &port, err, errlen);
}

/* Resolves the host of "host:port" (numeric or a name; "" = every IPv4 address). */
static int parse_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *sslen,
                        uint16_t *port, char *err, size_t errlen)
{
    char host[256], service[8];
    if (split_listen(listen, host, sizeof host, port, err, errlen) != 0)
        return -1;
    snprintf(service, sizeof service, "%u", (unsigned)*port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int gr = getaddrinfo(host[0] ? host : "0.0.0.0", service, &hints, &res);
    if (gr != 0 || !res) {
        snprintf(err, errlen, "metrics.listen: cannot resolve '%s': %s", host,
                 gai_strerror(gr));
        return -1;
    }
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *sslen = (socklen_t)res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

metrics_server *metrics_new(const char *listen, const metrics_source *src, char *err,
                            size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    uint16_t port = 0;
    if (parse_listen(listen, &ss, &sslen, &port, err, errlen) != 0)
        return NULL;
    metrics_server *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->src = *src;
    s->version = strdup(src->version ? src->version : "unknown");
    if (!s->version) {
        free(s);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->src.version = s->version;
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG;
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    /* The logger goes first so that every message of start-up reaches it. */
    s->d = MHD_start_daemon(flags, port, NULL, NULL, handler, s, MHD_OPTION_EXTERNAL_LOGGER,
                            mhd_log, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                            MHD_OPTION_CONNECTION_LIMIT, 32u, MHD_OPTION_CONNECTION_TIMEOUT,
                            10u, MHD_OPTION_END);
    if (!s->d) {
        snprintf(err, errlen, "metrics.listen: cannot listen on %s%s%s", listen,
                 s->lasterr[0] ? ": " : "", s->lasterr);
        free(s->version);
        free(s);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : port;
    plog(PLOG_INFO, "metrics", "serving /metrics, /healthz and /readyz on %s (port %u)", listen,
         (unsigned)s->port);
    return s;
}

void metrics_destroy(metrics_server *s)
{
    if (!s)
        return;
    if (s->d)
        MHD_stop_daemon(s->d);
    free(s->version);
    free(s);
}

uint16_t metrics_port(const metrics_server *s)
{
    return s ? s->port : 0;
}
