/* pipeline.c - consumer loop, workers, delivery tracking, offsets and transactions.
 * The DESIGN comment in pipeline.h explains the threads and the ordering rules. */
#include "pipeline.h"

#include "../consumers/article.h"
#include "../consumers/offsets.h"
#include "../producers/bundle.h"
#include "../producers/output.h"
#include "clusters.h"
#include "corrections.h"
#include "enrich/enrich.h"
#include "log.h"
#include "metrics.h"
#include "processor.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

typedef struct job job;
typedef struct pipeline_s_worker worker;

struct job {
    job *next;
    pipeline *pl;
    rd_kafka_message_t *msg;
    int32_t partition;
    int64_t offset;
    int stage;          /* 0: an article from the input topic; 1: a record from the repartition topic */
    long bundle;        /* stage 1: entries of a bundle (bundle.h), -1 a malformed one, 0 none */
    int weight;         /* what it counts in processing.max.inflight: 1, a bundle its entries */
    int local;          /* stage 0: its repartitioned messages decided in-process (local_stage_b);
                         * they count as part of the article in processing.max.inflight, not
                         * on their own (known only once the article is dispatched, they
                         * could not be bounded by the window) */
    offset_tracker *ot; /* the tracker of the job's topic */
    atomic_int pending; /* outputs not yet acknowledged, +1 while the worker produces */
};

struct pipeline_s_worker {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    /* [0]: input articles, [1]: repartition records, taken first: they are short and
     * finish work already started, and behind a queue of articles they would wait
     * (and hold their in-flight slots) for as long as those take. */
    job *head[2], *tail[2];
    int stop;
    pipeline *pl;
};

typedef struct retry {
    struct retry *next;
    job *j;
    char *topic;
    int32_t partition;
    void *key, *value;
    size_t key_len, value_len;
    rd_kafka_headers_t *hdrs;
    int64_t due_ms;
    int attempts;
} retry;

struct pipeline {
    const pconfig *conf;
    rd_kafka_t *consumer, *producer;
    int eos;
    char *topic_input, *topic_dlq, *topic_alerts, *topic_events;
    offset_tracker *ot;     /* input topic */
    offset_tracker *ot_rep; /* repartition topic (cross-article state) */
    article_decoder *dec;

    /* Cross-article state (dedup.enabled): stage A sends records to the repartition
     * topic keyed by cluster_key; stage B decides first report / duplicate / alert with
     * the state table of its partition and writes changes to the changelog. */
    int dedup;
    char *topic_rep, *topic_changelog;
    /* Producer handles of the two internal topics, made with internal.compression.type
     * (rd_kafka_producev finds them by name); NULL with "inherit". */
    rd_kafka_topic_t *internal_rkt[2];
    /* The repartition partitions are forwarded to their own queue, read before the input:
     * with one shared queue, a backlog of input fills librdkafka's prefetch queue
     * (queued.max.messages.kbytes) and librdkafka 2.0 then pauses fetching for every
     * partition for a second, the repartition topic included, so stage B (which
     * finishes the work) starved behind stage A. Both queues wake the main loop through
     * wake_fd when they get a message while it waits. */
    rd_kafka_queue_t *rep_q, *cons_q;
    int64_t rep_reset; /* where a partition without a committed offset starts */
    unsigned long long rep_unforwarded; /* repartition messages read from cons_q */
    int wake_fd;
    int dedup_partitions;
    /* Stage A's messages to one repartition partition travel as one bundle (bundle.h;
     * internal.bundle.enabled): the partitioner is the producer's, applied by parleyd over
     * the topic's partition count (0 until ensure_internal_topics has read it). */
    bundle_partitioner partitioner;
    int32_t rep_partitions;
    /* dedup.local.enabled: stage A's messages to a repartition partition this instance owns
     * (rep_owned[p]: assigned, its state restored) are decided in the article's job, not
     * sent through the topic (local_stage_b). A partition's state is then touched by an
     * article's worker as well as by the partition's own, hence rep_mu[p] (both arrays
     * rep_nparts long, made with the internal topics). keyed: the producer's partitioner
     * (deterministic), with which stage A places them. */
    int local;
    bundle_partitioner keyed;
    pthread_mutex_t *rep_mu;
    unsigned char *rep_owned; /* read and written under rep_mu[p] */
    int32_t rep_nparts;
    /* A repartition message taken from its queue that would carry the in-flight count past
     * processing.max.inflight (a bundle counts as its entries) waits here for room; main
     * thread only, dropped when partitions are revoked or the consumer rewinds. */
    rd_kafka_message_t *parked;
    long parked_bundle;
    /* Housekeeping of the internal topics (a thread of its own): the changelog's cleanup
     * policy is checked, and every internal.purge.interval.ms the records of the assigned
     * repartition partitions below the group's committed offsets are deleted
     * (DeleteRecords), as Kafka Streams does with its repartition topics. */
    int64_t purge_interval_ms;
    pthread_t housekeeper;
    int hk_started, hk_stop;
    int mock; /* pipeline_set_mock_cluster: no housekeeping */
    pthread_mutex_t hk_mu;
    pthread_cond_t hk_cv;
    cluster_store *store;
    article_store *articles; /* corrections (NULL when corrections.enabled=false) */
    rd_kafka_t *restorer; /* assign-only consumer that reads the changelog back */
    int every_report;
    processor *proc;
    worker *workers;
    int nworkers;
    pthread_t poller;
    int poller_started;
    atomic_int poller_stop;
    atomic_int fatal;
    int64_t max_inflight, shutdown_ms, retry_backoff_ms, txn_max_msgs, txn_max_ms;

    pthread_mutex_t done_mu;
    pthread_cond_t done_cv;
    atomic_llong inflight;
    atomic_int done_waiters;       /* threads in wait_inflight */
    atomic_llong done_wake_below;  /* ... waiting for fewer jobs than this in flight */
    atomic_llong inflight_bytes; /* payload bytes of the jobs in flight */
    int64_t max_inflight_bytes;

    pthread_mutex_t retry_mu;
    retry *retries;

    /* exactly_once state, main thread only */
    int txn_open;
    atomic_int txn_failed;
    int64_t txn_msgs, txn_start_ms;

    atomic_ullong consumed, completed, decoded, dlq, records, skipped, produce_errors;
    atomic_ullong retracted; /* retraction records sent (corrections) */
    atomic_ullong delivered[OUT__COUNT];
    atomic_ullong txn_commits, txn_aborts, routed;
    atomic_ullong consumed_rep, completed_input, completed_rep, internal_delivered;
    atomic_ullong rep_local; /* repartitioned messages decided in-process */
    atomic_int assigned;
    metrics_registry *metrics; /* borrowed, may be NULL */

    /* SIGHUP reload: workers hold proc_lock for reading while they use proc */
    pthread_rwlock_t proc_lock;
    volatile sig_atomic_t *reload_flag;
    pconfig *(*reload_load)(void *opaque);
    void *reload_opaque;
};

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- job completion ---------------------------------------------------------------- */

static void job_release(job *j)
{
    if (atomic_fetch_sub(&j->pending, 1) != 1)
        return;
    pipeline *pl = j->pl;
    atomic_fetch_sub(&pl->inflight_bytes, (long long)j->msg->len);
    offset_tracker_done(j->ot, j->partition, j->offset); /* -1 if revoked meanwhile: fine */
    int weight = j->weight, local = j->local;
    atomic_fetch_add(j->stage ? &pl->completed_rep : &pl->completed_input, (unsigned)weight);
    if (local)
        atomic_fetch_add(&pl->completed_rep, (unsigned)local);
    rd_kafka_message_destroy(j->msg);
    free(j);
    atomic_fetch_add(&pl->completed, 1);
    int64_t left = atomic_fetch_sub(&pl->inflight, weight) - weight;
    /* A waiter registers before it looks at the count (both sequentially consistent), so
     * either it sees this decrement or this sees it waiting. Only a count it waits for
     * wakes it: one wake-up per batch of deliveries, not one per delivery report. */
    if (atomic_load(&pl->done_waiters) > 0 && left < atomic_load(&pl->done_wake_below)) {
        pthread_mutex_lock(&pl->done_mu);
        pthread_cond_broadcast(&pl->done_cv);
        pthread_mutex_unlock(&pl->done_mu);
    }
}

/* Waits until fewer than `below` jobs are in flight (or the partition has none when
 * partition >= 0). Returns 0, or -1 on timeout or fatal error. */
static int wait_inflight(pipeline *pl, int32_t partition, int64_t below, int64_t timeout_ms)
{
    int64_t deadline = now_ms() + timeout_ms;
    pthread_mutex_lock(&pl->done_mu);
    /* only the main thread waits (rebalance callbacks run inside its poll) */
    atomic_store(&pl->done_wake_below, partition >= 0 ? INT64_MAX : below);
    atomic_fetch_add(&pl->done_waiters, 1);
    for (;;) {
        int64_t n = partition >= 0 ? (int64_t)(offset_tracker_inflight(pl->ot, partition) +
                                               offset_tracker_inflight(pl->ot_rep, partition))
                                   : atomic_load(&pl->inflight);
        if (n < below || (partition >= 0 && n == 0))
            break;
        if (atomic_load(&pl->fatal) || now_ms() >= deadline) {
            atomic_fetch_sub(&pl->done_waiters, 1);
            pthread_mutex_unlock(&pl->done_mu);
            return -1;
        }
        int64_t slice = deadline - now_ms();
        if (slice > 50)
            slice = 50;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += (long)slice * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&pl->done_cv, &pl->done_mu, &ts);
    }
    atomic_fetch_sub(&pl->done_waiters, 1);
    pthread_mutex_unlock(&pl->done_mu);
    return 0;
}

/* ---- producing ------------------------------------------------------------------------ */

/* Produces one message for job j. On success librdkafka owns value and hdrs (key is
 * copied); on failure the caller still owns them. Blocks while the queue is full. */
static rd_kafka_resp_err_t produce_to(pipeline *pl, job *j, const char *topic, int32_t partition,
                                      const void *key, size_t key_len, void *value,
                                      size_t value_len, rd_kafka_headers_t *hdrs)
{
    for (;;) {
        rd_kafka_resp_err_t err = rd_kafka_producev(
            pl->producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(partition),
            RD_KAFKA_V_KEY(key, key_len),
            RD_KAFKA_V_VALUE(value, value_len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_FREE),
            RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_OPAQUE(j), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL && !atomic_load(&pl->fatal)) {
            rd_kafka_poll(pl->producer, 20);
            continue;
        }
        return err;
    }
}

static void schedule_retry(pipeline *pl, job *j, const char *topic, int32_t partition,
                           const void *key, size_t key_len, const void *value, size_t value_len,
                           rd_kafka_headers_t *hdrs, int attempts)
{
    retry *r = calloc(1, sizeof *r);
    if (r) {
        r->topic = strdup(topic);
        r->key = key_len ? malloc(key_len) : NULL;
        r->value = value_len ? malloc(value_len) : NULL;
    }
    if (!r || !r->topic || (key_len && !r->key) || (value_len && !r->value)) {
        plog(PLOG_FATAL, "producer", "out of memory scheduling a retry; exiting");
        atomic_store(&pl->fatal, 1);
        return;
    }
    if (key_len)
        memcpy(r->key, key, key_len);
    if (value_len)
        memcpy(r->value, value, value_len);
    r->key_len = key_len;
    r->value_len = value_len;
    r->partition = partition;
    r->hdrs = hdrs;
    r->j = j;
    r->attempts = attempts;
    r->due_ms = now_ms() + pl->retry_backoff_ms;
    pthread_mutex_lock(&pl->retry_mu);
    r->next = pl->retries;
    pl->retries = r;
    pthread_mutex_unlock(&pl->retry_mu);
}

static void run_due_retries(pipeline *pl)
{
    int64_t now = now_ms();
    retry *due = NULL, **pp;
    pthread_mutex_lock(&pl->retry_mu);
    for (pp = &pl->retries; *pp;) {
        if ((*pp)->due_ms <= now) {
            retry *r = *pp;
            *pp = r->next;
            r->next = due;
            due = r;
        } else {
            pp = &(*pp)->next;
        }
    }
    pthread_mutex_unlock(&pl->retry_mu);
    while (due) {
        retry *r = due;
        due = r->next;
        plog(PLOG_INFO, "producer", "retrying produce to %s (attempt %d)", r->topic,
             r->attempts + 1);
        rd_kafka_resp_err_t err = produce_to(pl, r->j, r->topic, r->partition, r->key,
                                             r->key_len, r->value, r->value_len, r->hdrs);
        if (err) {
            /* Still ours: keep the job pending and try again after the back-off. */
            atomic_fetch_add(&pl->produce_errors, 1);
            plog(PLOG_ERROR, "producer", "produce to %s failed: %s", r->topic,
                 rd_kafka_err2str(err));
            schedule_retry(pl, r->j, r->topic, r->partition, r->key, r->key_len, r->value,
                           r->value_len, r->hdrs, r->attempts + 1);
            free(r->value);
        }
        free(r->topic);
        free(r->key);
        free(r);
    }
}

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    pipeline *pl = opaque;
    job *j = m->_private;
    if (m->err) {
        atomic_fetch_add(&pl->produce_errors, 1);
        if (pl->eos) {
            /* The transaction cannot commit; the main loop aborts and rewinds. */
            plog(PLOG_WARN, "producer", "delivery to %s failed in a transaction: %s",
                 rd_kafka_topic_name(m->rkt), rd_kafka_err2str(m->err));
            atomic_store(&pl->txn_failed, 1);
            job_release(j);
            return;
        }
        plog(PLOG_WARN, "producer", "delivery to %s failed, will retry: %s",
             rd_kafka_topic_name(m->rkt), rd_kafka_err2str(m->err));
        rd_kafka_headers_t *h = NULL;
        rd_kafka_message_detach_headers((rd_kafka_message_t *)m, &h);
        schedule_retry(pl, j, rd_kafka_topic_name(m->rkt), m->partition, m->key, m->key_len,
                       m->payload, m->len, h, 1);
        return;
    }
    const char *t = rd_kafka_topic_name(m->rkt);
    if (strcmp(t, pl->topic_dlq) == 0)
        atomic_fetch_add(&pl->delivered[OUT_DLQ], 1);
    else if (strcmp(t, pl->topic_alerts) == 0)
        atomic_fetch_add(&pl->delivered[OUT_ALERTS], 1);
    else if (strcmp(t, pl->topic_events) == 0)
        atomic_fetch_add(&pl->delivered[OUT_EVENTS], 1);
    else if (pl->dedup && (!strcmp(t, pl->topic_rep) || !strcmp(t, pl->topic_changelog)))
        atomic_fetch_add(&pl->internal_delivered, 1);
    else
        atomic_fetch_add(&pl->routed, 1); /* topic.events.template copies */
    job_release(j);
}

static void *poller_main(void *arg)
{
    pipeline *pl = arg;
    while (!atomic_load(&pl->poller_stop)) {
        rd_kafka_poll(pl->producer, 50);
        run_due_retries(pl);
    }
    return NULL;
}

/* ---- workers ---------------------------------------------------------------------------- */

/* Stage B: one record from the repartition topic against the state of its partition.
 * A record that cannot be read is dead-lettered like an article (stage "dedup"). */

/* One message of the repartition topic as stage B reads it: a Kafka message, or an entry
 * of a bundle (bundle.h), which has the bundle's partition, offset and timestamp (m); or
 * one of stage A's outputs decided in-process (local_stage_b: m is the article's message,
 * the partition the one the output was bound for, offset -1). */
typedef struct rep_in {
    const rd_kafka_message_t *m;
    const char *key;
    size_t key_len;
    const char *value; /* NULL: a null value */
    size_t len;
    rd_kafka_headers_t *hdrs; /* may be NULL */
    int32_t partition;        /* of the repartition topic: whose state */
    int64_t offset;           /* in that partition, -1 in-process */
} rep_in;

/* The identity the state keeps of the message that changed it, to know it when it is
 * processed again after a crash: the article's origin (processor_origin), the same on
 * either way to stage B; else (a retraction, or a message from an older build) its
 * offset. */
static int64_t rep_identity(const rep_in *in, int64_t origin)
{
    return origin >= 0 ? origin : in->offset;
}

/* The lock of repartition partition p's state; NULL when only p's own worker touches it. */
static pthread_mutex_t *rep_lock(pipeline *pl, int32_t p)
{
    return pl->local && p >= 0 && p < pl->rep_nparts ? &pl->rep_mu[p] : NULL;
}

/* A repartitioned message that cannot be read: dead-lettered like an article (stage "dedup"). */
static void rep_dead_letter(pipeline *pl, poutputs *outs, const rep_in *in, const char *detail)
{
    dlq_output_part(outs, pl->topic_dlq, in->m, in->key, in->key_len, in->value, in->len,
                    in->hdrs, "dedup", "bad_record", detail);
    atomic_fetch_add(&pl->dlq, 1);
    metrics_count_dead_letter(pl->metrics, "bad_record");
}

/* Stage B for an article's manifest (key article:<id>): the events its previous version
 * had and this one lacks are retracted. Each retraction goes back to the repartition
 * topic keyed by its cluster_key, so the cross-article stage gives it the same
 * first_report / duplicate_of answer as the record it retracts and re-raises the alert
 * that record raised. */
static void process_manifest(pipeline *pl, const rep_in *in, poutputs *outs,
                             const char *fallback)
{
    const void *ids = NULL;
    size_t ids_len = 0;
    article_change c;
    if (!pl->articles)
        return; /* corrections.enabled=false here: another instance sent it */
    if (!in->hdrs || rd_kafka_header_get_last(in->hdrs, "parley_event_ids", &ids, &ids_len) !=
                         RD_KAFKA_RESP_ERR_NO_ERROR) {
        rep_dead_letter(pl, outs, in, "article manifest without event ids");
        return;
    }
    int rc = article_store_observe(pl->articles, in->partition, in->key, in->key_len,
                                   ids ? ids : "", ids_len, in->value ? in->value : "",
                                   in->value ? in->len : 0,
                                   rep_identity(in, processor_rep_origin(in->hdrs)), now_ms(),
                                   &c);
    if (rc == -2) {
        rep_dead_letter(pl, outs, in, "article manifest: event ids and records do not match");
        return;
    }
    if (rc != 0) {
        plog(PLOG_FATAL, "corrections", "out of memory in the article state");
        atomic_store(&pl->fatal, 1);
        return;
    }
    size_t n = 0;
    pthread_rwlock_rdlock(&pl->proc_lock);
    for (size_t off = 0; off < c.retracted_len;) {
        const char *line = c.retracted + off;
        const char *nl = memchr(line, '\n', c.retracted_len - off);
        size_t len = nl ? (size_t)(nl - line) : c.retracted_len - off;
        off += len + 1;
        json_t *rec = json_loadb(line, len, 0, NULL);
        const char *ck = json_string_value(json_object_get(rec, "cluster_key"));
        if (!ck) {
            json_decref(rec);
            continue; /* not a record: nothing to retract */
        }
        json_object_set_new(rec, "retracted", json_true());
        int orc = processor_rep_output(pl->proc, rec, pl->topic_rep, outs, NULL, NULL);
        json_decref(rec);
        if (orc != 0) {
            pthread_rwlock_unlock(&pl->proc_lock);
            plog(PLOG_FATAL, "corrections", "out of memory retracting events of %s", fallback);
            atomic_store(&pl->fatal, 1);
            article_change_clear(&c);
            return;
        }
        n++;
    }
    pthread_rwlock_unlock(&pl->proc_lock);
    if (n)
        plog(PLOG_INFO, "corrections", "%.*s: %zu event(s) no longer supported, retracted",
             (int)(in->key_len > 200 ? 200 : in->key_len), in->key, n);
    atomic_fetch_add(&pl->retracted, n);
    if (c.write) {
        char *k = malloc(in->key_len);
        if (!k || poutputs_add(outs, OUT_INTERNAL, pl->topic_changelog, k, in->key_len,
                               c.changelog, c.changelog_len, NULL) != 0) {
            plog(PLOG_FATAL, "corrections", "out of memory writing the article state");
            atomic_store(&pl->fatal, 1);
        } else {
            memcpy(k, in->key, in->key_len);
            outs->v[outs->n - 1].partition = in->partition; /* co-partitioned with the state */
        }
        c.changelog = NULL;
    }
    article_change_clear(&c);
}

/* An article's key (article:<id>): its manifest, or its state in the changelog. */
static int is_manifest(const void *key, size_t key_len)
{
    size_t pl = sizeof ARTICLE_KEY_PREFIX - 1;
    return key && key_len >= pl && memcmp(key, ARTICLE_KEY_PREFIX, pl) == 0;
}

/* The end of stage B for a record: its state change to the changelog (the partition of
 * the state), or a fatal error when it could not be routed (rc != 0). */
static void finish_record(pipeline *pl, poutputs *outs, int32_t partition, const char *key,
                          int rc, cluster_decision *d, const char *fallback, const char *why)
{
    if (rc == 0 && d->changelog) {
        char *k = strdup(key);
        if (!k || poutputs_add(outs, OUT_INTERNAL, pl->topic_changelog, k, strlen(k),
                               d->changelog, strlen(d->changelog), NULL) != 0) {
            rc = -1;
            why = "out of memory writing the state change";
        } else {
            outs->v[outs->n - 1].partition = partition; /* co-partitioned with the state */
        }
        d->changelog = NULL;
    }
    free(d->changelog);
    d->changelog = NULL;
    if (rc != 0) {
        plog(PLOG_FATAL, "dedup", "cannot route %s: %s", fallback, why);
        atomic_store(&pl->fatal, 1);
    }
}

/* The publication time of a record: pub (ms), else the message's timestamp. */
static int64_t published_or_timestamp(int64_t pub, const rd_kafka_message_t *m)
{
    rd_kafka_timestamp_type_t tstype;
    return pub >= 0 ? pub : rd_kafka_message_timestamp(m, &tstype);
}

/* Stage B for a record that carries its fields in headers (processor_rep_output): the
 * decision is appended to the serialized record, which is never parsed again. */
static void process_record_fast(pipeline *pl, const rep_in *in, const rep_fields *f,
                                poutputs *outs, const char *fallback)
{
    char why[512], key[1032];
    processor_stats st;
    cluster_decision d;
    memcpy(key, in->key, in->key_len);
    key[in->key_len] = '\0';
    int64_t pub = published_or_timestamp(f->published_ms, in->m);
    if (cluster_store_observe(pl->store, in->partition, key, f->event_id, f->status, pub,
                              f->nrules > 0, rep_identity(in, f->origin), f->retracted,
                              &d) != 0) {
        plog(PLOG_FATAL, "dedup", "out of memory in the cross-article state");
        atomic_store(&pl->fatal, 1);
        return;
    }
    int alert = pl->every_report ? f->nrules > 0 : d.alert;
    pthread_rwlock_rdlock(&pl->proc_lock);
    int rc = processor_stage_b_bytes(pl->proc, in->value, in->len, f, &d, alert, outs, &st, why,
                                     sizeof why);
    pthread_rwlock_unlock(&pl->proc_lock);
    finish_record(pl, outs, in->partition, key, rc, &d, fallback, why);
}

/* Stage B for one repartitioned message: a manifest, or a record (with its fields in
 * headers, or parsed). */
static void process_rep(pipeline *pl, const rep_in *in, poutputs *outs, const char *fallback)
{
    char why[512];
    if (is_manifest(in->key, in->key_len)) {
        process_manifest(pl, in, outs, fallback);
        return;
    }
    rep_fields f;
    if (in->key && in->key_len > 0 && in->key_len <= 1024 &&
        processor_rep_fields(pl->proc, in->value, in->len, in->hdrs, &f) == 0) {
        process_record_fast(pl, in, &f, outs, fallback);
        return;
    }
    processor_stats st;
    cluster_decision d;
    json_t *rec = in->value ? json_loadb(in->value, in->len, 0, NULL) : NULL;
    const char *eid = json_string_value(json_object_get(rec, "event_id"));
    const char *status = json_string_value(json_object_get(rec, "status"));
    if (!rec || !eid || !in->key || in->key_len == 0 || in->key_len > 1024) {
        json_decref(rec);
        rep_dead_letter(pl, outs, in, "not a parley.contact.v1 record");
        return;
    }
    char key[1032];
    memcpy(key, in->key, in->key_len);
    key[in->key_len] = '\0';
    int64_t pub = published_or_timestamp(record_published_ms(rec), in->m);
    pthread_rwlock_rdlock(&pl->proc_lock);
    int wants = processor_wants_alert(pl->proc, rec);
    int retraction = json_is_true(json_object_get(rec, "retracted"));
    if (cluster_store_observe(pl->store, in->partition, key, eid, status, pub, wants,
                              rep_identity(in, processor_rep_origin(in->hdrs)), retraction,
                              &d) != 0) {
        pthread_rwlock_unlock(&pl->proc_lock);
        json_decref(rec);
        plog(PLOG_FATAL, "dedup", "out of memory in the cross-article state");
        atomic_store(&pl->fatal, 1);
        return;
    }
    json_object_set_new(rec, "first_report", json_boolean(d.first_report));
    json_object_set_new(rec, "duplicate_of", d.first_report ? json_null() : json_string(d.duplicate_of));
    json_object_set_new(rec, "report_count", json_integer(d.report_count));
    int alert = pl->every_report ? wants : d.alert;
    int rc = processor_stage_b(pl->proc, rec, alert, outs, &st, why, sizeof why);
    pthread_rwlock_unlock(&pl->proc_lock);
    json_decref(rec);
    finish_record(pl, outs, in->partition, key, rc, &d, fallback, why);
}

/* Stage B for a message of the repartition topic: a bundle's entries in order, or the
 * message itself. A bundle that cannot be read is dead-lettered whole, before any entry. */
static void process_record_unlocked(pipeline *pl, job *j, poutputs *outs, const char *fallback)
{
    rd_kafka_message_t *m = j->msg;
    rd_kafka_headers_t *h = NULL;
    if (rd_kafka_message_headers(m, &h) != RD_KAFKA_RESP_ERR_NO_ERROR)
        h = NULL;
    rep_in whole = {m, m->key, m->key_len, m->payload, m->len, h, m->partition, m->offset};
    if (j->bundle == 0) {
        process_rep(pl, &whole, outs, fallback);
        return;
    }
    if (j->bundle < 0) {
        rep_dead_letter(pl, outs, &whole, "not a well-formed repartition bundle");
        return;
    }
    size_t pos = 0;
    bundle_entry e;
    int r = 0;
    while (!atomic_load(&pl->fatal) && (r = bundle_next(m->payload, m->len, &pos, &e)) == 1) {
        rep_in in = {m, e.key, e.key_len, e.value, e.value_len, e.hdrs, m->partition, m->offset};
        process_rep(pl, &in, outs, fallback);
        rd_kafka_headers_destroy(e.hdrs);
    }
    if (r < 0) {
        plog(PLOG_FATAL, "dedup", "out of memory reading a repartition bundle");
        atomic_store(&pl->fatal, 1);
    }
}

/* Produces now, with the partition's lock still held, the state changes stage B appended to
 * outs from index `from` on. The changelog keeps the last value written per key, and in-process
 * stage B decides one cluster in several jobs one after the other under that lock: written
 * later, by each job's own output loop, two jobs' changes could reach the changelog in the
 * other order, and a restore would then take an older count. An output that cannot be
 * produced now stays in outs for the job's loop (its retries and dead letters). */
static void produce_state_now(pipeline *pl, job *j, poutputs *outs, size_t from)
{
    for (size_t i = from; i < outs->n; i++) {
        poutput *o = &outs->v[i];
        if (o->kind != OUT_INTERNAL || !o->topic || strcmp(o->topic, pl->topic_changelog) != 0)
            continue;
        atomic_fetch_add(&j->pending, 1); /* (the worker's +1 is held: no early completion) */
        if (produce_to(pl, j, o->topic, o->partition, o->key, o->key_len, o->value,
                       o->value_len, o->hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            atomic_fetch_sub(&j->pending, 1);
            continue;
        }
        o->value = NULL; /* taken by librdkafka */
        o->hdrs = NULL;
        poutput_clear(o); /* (a gap: the caller compacts) */
    }
}

static void process_record(pipeline *pl, job *j, poutputs *outs, const char *fallback)
{
    pthread_mutex_t *mu = rep_lock(pl, j->msg->partition);
    size_t from = outs->n;
    if (mu)
        pthread_mutex_lock(mu);
    process_record_unlocked(pl, j, outs, fallback);
    if (mu) {
        produce_state_now(pl, j, outs, from);
        pthread_mutex_unlock(mu);
        poutputs_compact(outs);
    }
}

/* dedup.local.enabled: stage A's outputs in outs bound for a repartition partition this
 * instance owns go through stage B here, in the article's job, instead of through the
 * topic; what stage B makes of them (events, alerts, changelog, and a manifest's
 * retractions, which are handled the same way) joins the article's outputs, so its offset
 * is stored only once those are acknowledged (at_least_once) or they are in its
 * transaction (exactly_once). The other outputs get their partition and go to the topic.
 * Returns the number decided here. */
static int local_stage_b(pipeline *pl, job *j, poutputs *outs, const char *fallback)
{
    const rd_kafka_message_t *m = j->msg;
    int n = 0;
    if (!pl->local || pl->rep_partitions <= 0)
        return 0;
    for (size_t i = 0; i < outs->n && !atomic_load(&pl->fatal); i++) {
        poutput o = outs->v[i]; /* a copy: stage B's outputs may move outs->v */
        if (o.kind != OUT_INTERNAL || !o.topic || o.partition != RD_KAFKA_PARTITION_UA ||
            o.key_len == 0 || strcmp(o.topic, pl->topic_rep) != 0)
            continue;
        int32_t p = pl->keyed(NULL, o.key, o.key_len, pl->rep_partitions, NULL, NULL);
        outs->v[i].partition = p;
        pthread_mutex_t *mu = rep_lock(pl, p);
        if (!mu)
            continue;
        pthread_mutex_lock(mu);
        if (pl->rep_owned[p]) {
            rep_in in = {m, o.key, o.key_len, o.value, o.value_len, o.hdrs, p, -1};
            size_t from = outs->n;
            process_rep(pl, &in, outs, fallback);
            produce_state_now(pl, j, outs, from);
            poutput_clear(&outs->v[i]);
            n++;
        }
        pthread_mutex_unlock(mu);
    }
    if (n) {
        poutputs_compact(outs);
        atomic_fetch_add(&pl->rep_local, (unsigned)n);
        atomic_fetch_add(&pl->consumed_rep, (unsigned)n);
    }
    return n;
}

static void process_job(pipeline *pl, job *j)
{
    rd_kafka_message_t *m = j->msg;
    poutputs outs;
    article a;
    char why[512], fallback[320];
    processor_stats st = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    poutputs_init(&outs);
    snprintf(fallback, sizeof fallback, "%s/%" PRId32 "/%" PRId64, rd_kafka_topic_name(m->rkt),
             m->partition, m->offset);
    rd_kafka_timestamp_type_t tstype;
    int64_t ts = rd_kafka_message_timestamp(m, &tstype);
    article_status as = ART_OK;
    enrich_page page;
    memset(&page, 0, sizeof page);
    if (j->stage == 1)
        process_record(pl, j, &outs, fallback);
    else
        as = article_decode(pl->dec, m->payload, m->len, fallback, ts, &a, why, sizeof why);
    if (j->stage == 0 && as == ART_NO_TEXT && a.url && a.url[0]) {
        /* A URL but no text: fetch the page when enrich.fetch.enabled, else dead-letter. */
        pthread_rwlock_rdlock(&pl->proc_lock);
        int frc = processor_fetch(pl->proc, a.url, &page);
        pthread_rwlock_unlock(&pl->proc_lock);
        if (frc == 0 && page.text && page.text_len > 0) {
            a.text = page.text;
            a.text_len = page.text_len;
            if (!a.title && page.title)
                a.title = page.title;
            if (page.published_at && (!a.published_at || a.published_at == a.published_buf))
                a.published_at = page.published_at;
            as = ART_OK;
        } else if (page.error[0]) {
            snprintf(why, sizeof why, "no text, and fetching %s failed: %s", a.url, page.error);
        }
    }
    if (j->stage == 1) {
        /* stage B outputs are in outs */
    } else if (as != ART_OK) {
        article_clear(&a);
        plog(PLOG_WARN, "decode", "dead-lettering %s: %s (%s)", fallback,
             article_status_reason(as), why);
        dlq_output(&outs, pl->topic_dlq, m, "decode", article_status_reason(as), why);
        atomic_fetch_add(&pl->dlq, 1);
        metrics_count_dead_letter(pl->metrics, article_status_reason(as));
    } else {
        a.partition = m->partition;
        a.offset = m->offset;
        atomic_fetch_add(&pl->decoded, 1);
        pthread_rwlock_rdlock(&pl->proc_lock);
        int prc = pl->dedup ? processor_stage_a(pl->proc, &a, pl->topic_rep, &outs, &st, why,
                                                sizeof why)
                            : processor_run(pl->proc, &a, &outs, &st, why, sizeof why);
        pthread_rwlock_unlock(&pl->proc_lock);
        if (prc != 0) {
            plog(PLOG_ERROR, "process", "dead-lettering %s: %s", fallback, why);
            poutputs_clear(&outs);
            poutputs_init(&outs);
            dlq_output(&outs, pl->topic_dlq, m, "process", "processor_error", why);
            atomic_fetch_add(&pl->dlq, 1);
            metrics_count_dead_letter(pl->metrics, "processor_error");
        } else {
            atomic_fetch_add(&pl->records, st.records);
            if (st.skipped_reason)
                atomic_fetch_add(&pl->skipped, 1);
            if (pl->dedup)
                j->local = local_stage_b(pl, j, &outs, fallback);
        }
        article_clear(&a);
    }
    if (pl->partitioner && pl->rep_partitions > 0)
        bundle_outputs(&outs, pl->topic_rep, pl->rep_partitions, pl->partitioner);
    for (size_t i = 0; i < outs.n; i++) {
        poutput *o = &outs.v[i];
        atomic_fetch_add(&j->pending, 1);
        rd_kafka_resp_err_t err = produce_to(pl, j, o->topic, o->partition, o->key, o->key_len,
                                             o->value, o->value_len, o->hdrs);
        if (err == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE && o->kind == OUT_DLQ) {
            /* The original cannot be stored whole (it stays in the input topic until
             * retention): keep the first bytes and say so. */
            size_t keep = o->value_len > 65536 ? 65536 : o->value_len / 2;
            char num[32];
            snprintf(num, sizeof num, "%zu", o->value_len);
            if (!o->hdrs)
                o->hdrs = rd_kafka_headers_new(2);
            rd_kafka_header_add(o->hdrs, "__parley.errors.truncated.from", -1, num, -1);
            o->value_len = keep;
            err = produce_to(pl, j, o->topic, o->partition, o->key, o->key_len, o->value,
                             o->value_len, o->hdrs);
        }
        if (err && o->kind != OUT_DLQ) {
            /* An output that cannot be produced at all: dead-letter the article. */
            plog(PLOG_ERROR, "producer", "cannot produce to %s (%s); dead-lettering %s",
                 o->topic, rd_kafka_err2str(err), fallback);
            atomic_fetch_sub(&j->pending, 1);
            atomic_fetch_add(&pl->produce_errors, 1);
            if (dlq_output(&outs, pl->topic_dlq, m, "produce", rd_kafka_err2name(err),
                           rd_kafka_err2str(err)) == 0) {
                atomic_fetch_add(&pl->dlq, 1);
                metrics_count_dead_letter(pl->metrics, rd_kafka_err2name(err));
            }
            continue;
        }
        if (err) {
            atomic_fetch_add(&pl->produce_errors, 1);
            plog(PLOG_ERROR, "producer", "produce to %s failed: %s", o->topic,
                 rd_kafka_err2str(err));
            if (pl->eos) {
                atomic_store(&pl->txn_failed, 1);
                atomic_fetch_sub(&j->pending, 1);
                free(o->value);
                if (o->hdrs)
                    rd_kafka_headers_destroy(o->hdrs);
            } else {
                schedule_retry(pl, j, o->topic, o->partition, o->key, o->key_len, o->value,
                               o->value_len, o->hdrs, 1);
                free(o->value);
            }
        }
        o->value = NULL; /* taken by librdkafka or the retry list */
        o->hdrs = NULL;
    }
    poutputs_clear(&outs);
    enrich_page_clear(&page);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    metrics_observe_processing(pl->metrics, (double)(t1.tv_sec - t0.tv_sec) +
                                                (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    job_release(j); /* the worker's own reference */
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->mu);
        while (!w->head[0] && !w->head[1] && !w->stop)
            pthread_cond_wait(&w->cv, &w->mu);
        int q = w->head[1] ? 1 : 0;
        job *j = w->head[q];
        if (!j) {
            pthread_mutex_unlock(&w->mu);
            return NULL;
        }
        w->head[q] = j->next;
        if (!w->head[q])
            w->tail[q] = NULL;
        pthread_mutex_unlock(&w->mu);
        process_job(w->pl, j);
    }
}

/* The entries of a repartition bundle (bundle.h), -1 for a malformed one, 0 for a plain
 * message. */
static long rep_bundle(const rd_kafka_message_t *m)
{
    return bundle_is(m) ? bundle_count(m->payload, m->len) : 0;
}

/* Forgets the parked message (it was never dispatched: its offset is neither done nor
 * committed, and the consumer or the partition's next owner reads it again). */
static void drop_parked(pipeline *pl)
{
    if (pl->parked)
        rd_kafka_message_destroy(pl->parked);
    pl->parked = NULL;
}

/* Hands m to its worker; bundle: its entries when it is a bundle of the repartition topic
 * (rep_bundle), -1 a malformed one, 0 none. */
static void dispatch(pipeline *pl, rd_kafka_message_t *m, long bundle)
{
    job *j = calloc(1, sizeof *j);
    if (!j) {
        plog(PLOG_FATAL, "pipeline", "out of memory");
        atomic_store(&pl->fatal, 1);
        rd_kafka_message_destroy(m);
        return;
    }
    j->pl = pl;
    j->msg = m;
    j->partition = m->partition;
    j->offset = m->offset;
    j->stage = pl->dedup && strcmp(rd_kafka_topic_name(m->rkt), pl->topic_rep) == 0;
    j->ot = j->stage ? pl->ot_rep : pl->ot;
    atomic_init(&j->pending, 1);
    int added = offset_tracker_add(j->ot, m->partition, m->offset);
    if (added != OFFSET_ADDED) {
        /* A message of a partition revoked meanwhile, or one delivered twice, is dropped.
         * One older than a message already taken would be skipped once the later one is
         * committed, and one that cannot be tracked (out of memory) lost: both stop parleyd
         * without committing more, a loud failure instead of a silent skip. The restarted
         * process reads it again unless the later message's offset was committed first. */
        int lose = added == OFFSET_OLDER || added == OFFSET_NOMEM;
        plog(lose ? PLOG_FATAL : PLOG_WARN, "consumer",
             "%s message %s/%" PRId32 "/%" PRId64 "%s",
             lose ? "cannot track" : "ignoring", rd_kafka_topic_name(m->rkt), m->partition,
             m->offset,
             added == OFFSET_UNASSIGNED ? " of an unassigned partition"
             : added == OFFSET_REPEATED ? ", delivered twice"
             : added == OFFSET_OLDER    ? ": older than one already taken; exiting so the "
                                          "process is restarted"
                                        : ": out of memory");
        if (lose)
            atomic_store(&pl->fatal, 1);
        rd_kafka_message_destroy(m);
        free(j);
        return;
    }
    /* A bundle carries a dozen records' work: it counts as its entries, so that the
     * window holds as much work as it did with one message per record. */
    j->bundle = j->stage ? bundle : 0;
    j->weight = j->bundle > 1 ? (int)j->bundle : 1;
    atomic_fetch_add(j->stage ? &pl->consumed_rep : &pl->consumed, (unsigned)j->weight);
    atomic_fetch_add(&pl->inflight_bytes, (long long)m->len);
    atomic_fetch_add(&pl->inflight, j->weight);
    /* A partition is always handled by the same worker, so its outputs keep its order;
     * repartition partitions are spread from the other end. */
    uint32_t n = (uint32_t)pl->nworkers, w_i = (uint32_t)m->partition % n;
    worker *w = &pl->workers[j->stage ? n - 1 - w_i : w_i];
    pthread_mutex_lock(&w->mu);
    int q = j->stage ? 1 : 0;
    if (w->tail[q])
        w->tail[q]->next = j;
    else
        w->head[q] = j;
    w->tail[q] = j;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

/* ---- offsets ---------------------------------------------------------------------------- */

typedef struct store_ctx {
    pipeline *pl;
    const char *topic;
    rd_kafka_topic_partition_list_t *list;
    const rd_kafka_topic_partition_list_t *only; /* NULL: every partition */
} store_ctx;

static void collect_offset(int32_t partition, int64_t offset, void *opaque)
{
    store_ctx *sc = opaque;
    if (sc->only && !rd_kafka_topic_partition_list_find(sc->only, sc->topic, partition))
        return;
    rd_kafka_topic_partition_list_add(sc->list, sc->topic, partition)->offset = offset;
}

static rd_kafka_topic_partition_list_t *committable(pipeline *pl,
                                                     const rd_kafka_topic_partition_list_t *only)
{
    store_ctx sc = {pl, pl->topic_input, rd_kafka_topic_partition_list_new(8), only};
    offset_tracker_foreach(pl->ot, collect_offset, &sc);
    if (pl->dedup) {
        sc.topic = pl->topic_rep;
        offset_tracker_foreach(pl->ot_rep, collect_offset, &sc);
    }
    return sc.list;
}

/* at_least_once: hands the committable offsets to librdkafka's auto-commit. */
static void store_offsets(pipeline *pl)
{
    rd_kafka_topic_partition_list_t *l = committable(pl, NULL);
    if (l->cnt > 0)
        rd_kafka_offsets_store(pl->consumer, l); /* per-partition errors: revoked, ignore */
    rd_kafka_topic_partition_list_destroy(l);
}

static void commit_sync(pipeline *pl, const rd_kafka_topic_partition_list_t *only)
{
    rd_kafka_topic_partition_list_t *l = committable(pl, only);
    if (l->cnt > 0) {
        rd_kafka_resp_err_t err = rd_kafka_commit(pl->consumer, l, 0);
        if (err && err != RD_KAFKA_RESP_ERR__NO_OFFSET)
            plog(PLOG_WARN, "consumer", "offset commit failed: %s", rd_kafka_err2str(err));
        else
            plog(PLOG_DEBUG, "consumer", "committed %d partition offsets", l->cnt);
    }
    rd_kafka_topic_partition_list_destroy(l);
}

/* ---- transactions (exactly_once) --------------------------------------------------------- */

static int txn_check(pipeline *pl, rd_kafka_error_t *error, const char *what, int *retry_out)
{
    *retry_out = 0;
    if (!error)
        return 0;
    plog(PLOG_WARN, "txn", "%s: %s", what, rd_kafka_error_string(error));
    if (rd_kafka_error_is_fatal(error)) {
        plog(PLOG_FATAL, "txn", "fatal transaction error in %s: %s; exiting so the process is "
                                "restarted",
             what, rd_kafka_error_string(error));
        atomic_store(&pl->fatal, 1);
        rd_kafka_error_destroy(error);
        return -1;
    }
    if (rd_kafka_error_is_retriable(error)) {
        *retry_out = 1;
        rd_kafka_error_destroy(error);
        return -1;
    }
    rd_kafka_error_destroy(error);
    return -2; /* requires abort */
}

static void txn_begin(pipeline *pl)
{
    rd_kafka_error_t *e = rd_kafka_begin_transaction(pl->producer);
    if (e) {
        plog(PLOG_FATAL, "txn", "begin_transaction: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        atomic_store(&pl->fatal, 1);
        return;
    }
    pl->txn_open = 1;
    pl->txn_msgs = 0;
    pl->txn_start_ms = now_ms();
    atomic_store(&pl->txn_failed, 0);
}

/* Rewinds every assigned partition to its committed offset and forgets in-flight
 * state, after an aborted transaction. */
static int is_rep(const pipeline *pl, const char *topic)
{
    return pl->dedup && strcmp(topic, pl->topic_rep) == 0;
}

static offset_tracker *tracker_for(pipeline *pl, const char *topic)
{
    return is_rep(pl, topic) ? pl->ot_rep : pl->ot;
}

/* Rebuilds the state table of one repartition partition from the changelog, read
 * committed, before any of its records is processed (as Kafka Streams restores). */
static int restore_partition_unlocked(pipeline *pl, int32_t p)
{
    int64_t lo = 0, hi = 0, t0 = now_ms();
    size_t n = 0;
    cluster_store_drop(pl->store, p);
    if (pl->articles)
        article_store_drop(pl->articles, p);
    rd_kafka_resp_err_t err;
    for (int tries = 0;; tries++) { /* a fresh topic's leaders may still be moving */
        err = rd_kafka_query_watermark_offsets(pl->restorer, pl->topic_changelog, p, &lo, &hi,
                                               15000);
        if (!err || tries >= 50 ||
            (err != RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION &&
             err != RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE &&
             err != RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART &&
             err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT))
            break;
        usleep(200000);
    }
    if (err) {
        plog(PLOG_ERROR, "dedup", "changelog %s/%" PRId32 ": %s", pl->topic_changelog, p,
             rd_kafka_err2str(err));
        return -1;
    }
    if (hi > lo) {
        rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(l, pl->topic_changelog, p)->offset = lo;
        rd_kafka_assign(pl->restorer, l);
        rd_kafka_topic_partition_list_destroy(l);
        int done = 0;
        while (!done && !atomic_load(&pl->fatal)) {
            if (now_ms() - t0 > pl->shutdown_ms * 4) {
                plog(PLOG_ERROR, "dedup", "restoring %s/%" PRId32 " timed out",
                     pl->topic_changelog, p);
                rd_kafka_assign(pl->restorer, NULL);
                return -1;
            }
            rd_kafka_message_t *m = rd_kafka_consumer_poll(pl->restorer, 200);
            if (!m)
                continue;
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                done = 1;
            } else if (!m->err) {
                if (is_manifest(m->key, m->key_len)) {
                    if (pl->articles)
                        article_store_load(pl->articles, p, m->key, m->key_len, m->payload,
                                           m->len);
                } else {
                    cluster_store_load(pl->store, p, m->key, m->key_len, m->payload, m->len);
                }
                n++;
                done = m->offset >= hi - 1;
            }
            rd_kafka_message_destroy(m);
        }
        rd_kafka_assign(pl->restorer, NULL);
    }
    plog(PLOG_INFO, "dedup",
         "restored %zu change(s) of %s/%" PRId32 " in %lld ms (%zu clusters, %zu articles)", n,
         pl->topic_changelog, p, (long long)(now_ms() - t0), cluster_store_size(pl->store, p),
         pl->articles ? article_store_size(pl->articles, p) : (size_t)0);
    return 0;
}

/* restore_partition_unlocked with the partition's lock held; the partition is then owned
 * (in-process stage B may use its state) when the restore succeeded. */
static int restore_partition(pipeline *pl, int32_t p)
{
    pthread_mutex_t *mu = rep_lock(pl, p);
    if (mu)
        pthread_mutex_lock(mu);
    int rc = restore_partition_unlocked(pl, p);
    if (mu) {
        pl->rep_owned[p] = rc == 0;
        pthread_mutex_unlock(mu);
    }
    return rc;
}

/* A repartition partition stops being owned: in-process stage B no longer uses it. */
static void disown_partition(pipeline *pl, int32_t p)
{
    pthread_mutex_t *mu = rep_lock(pl, p);
    if (!mu)
        return;
    pthread_mutex_lock(mu);
    pl->rep_owned[p] = 0;
    pthread_mutex_unlock(mu);
}

static void rewind_consumer(pipeline *pl)
{
    rd_kafka_topic_partition_list_t *a = NULL;
    drop_parked(pl);
    if (rd_kafka_assignment(pl->consumer, &a) || !a)
        return;
    if (a->cnt > 0) {
        rd_kafka_resp_err_t err = rd_kafka_committed(pl->consumer, a, 10000);
        if (err) {
            plog(PLOG_FATAL, "txn", "cannot read committed offsets to rewind: %s",
                 rd_kafka_err2str(err));
            atomic_store(&pl->fatal, 1);
        } else {
            for (int i = 0; i < a->cnt; i++) {
                if (a->elems[i].offset < 0)
                    a->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
                offset_tracker *ot = tracker_for(pl, a->elems[i].topic);
                offset_tracker_revoke(ot, a->elems[i].partition);
                offset_tracker_assign(ot, a->elems[i].partition);
                /* the aborted transaction's state changes are gone from the changelog */
                if (is_rep(pl, a->elems[i].topic) &&
                    restore_partition(pl, a->elems[i].partition) != 0)
                    atomic_store(&pl->fatal, 1);
            }
            rd_kafka_error_t *e = rd_kafka_seek_partitions(pl->consumer, a, -1);
            if (e) {
                plog(PLOG_FATAL, "txn", "rewind failed: %s", rd_kafka_error_string(e));
                rd_kafka_error_destroy(e);
                atomic_store(&pl->fatal, 1);
            }
        }
    }
    rd_kafka_topic_partition_list_destroy(a);
}

static void txn_abort_and_rewind(pipeline *pl)
{
    int again;
    for (;;) {
        rd_kafka_error_t *e = rd_kafka_abort_transaction(pl->producer, -1);
        if (txn_check(pl, e, "abort_transaction", &again) == 0 || !again)
            break;
    }
    atomic_fetch_add(&pl->txn_aborts, 1);
    pl->txn_open = 0;
    if (atomic_load(&pl->fatal))
        return;
    rewind_consumer(pl);
    txn_begin(pl);
}

/* Drains in-flight work, then sends the consumed offsets and commits. */
static void txn_commit(pipeline *pl)
{
    int again, rc;
    if (!pl->txn_open)
        return;
    if (wait_inflight(pl, -1, 1, pl->shutdown_ms) != 0) {
        if (atomic_load(&pl->fatal))
            return;
        plog(PLOG_ERROR, "txn", "in-flight work did not finish in %" PRId64 " ms; aborting",
             pl->shutdown_ms);
        txn_abort_and_rewind(pl);
        return;
    }
    if (atomic_load(&pl->txn_failed)) {
        plog(PLOG_WARN, "txn", "an output failed in this transaction; aborting and rewinding");
        txn_abort_and_rewind(pl);
        return;
    }
    rd_kafka_topic_partition_list_t *offs = committable(pl, NULL);
    if (offs->cnt > 0) {
        rd_kafka_consumer_group_metadata_t *cgmd =
            rd_kafka_consumer_group_metadata(pl->consumer);
        do {
            rd_kafka_error_t *e = rd_kafka_send_offsets_to_transaction(pl->producer, offs, cgmd,
                                                                       -1);
            rc = txn_check(pl, e, "send_offsets_to_transaction", &again);
        } while (rc != 0 && again);
        rd_kafka_consumer_group_metadata_destroy(cgmd);
        if (rc != 0) {
            rd_kafka_topic_partition_list_destroy(offs);
            if (rc == -2)
                txn_abort_and_rewind(pl);
            return;
        }
    }
    rd_kafka_topic_partition_list_destroy(offs);
    do {
        rd_kafka_error_t *e = rd_kafka_commit_transaction(pl->producer, -1);
        rc = txn_check(pl, e, "commit_transaction", &again);
    } while (rc != 0 && again);
    if (rc == -2) {
        txn_abort_and_rewind(pl);
        return;
    }
    if (rc != 0)
        return;
    atomic_fetch_add(&pl->txn_commits, 1);
    pl->txn_open = 0;
    txn_begin(pl);
}

/* ---- rebalance ------------------------------------------------------------------------------ */

/* Forwards the queues of the repartition partitions in parts to rep_q. */
static void forward_rep_queues(pipeline *pl, rd_kafka_t *rk,
                               const rd_kafka_topic_partition_list_t *parts)
{
    for (int i = 0; pl->rep_q && i < parts->cnt; i++) {
        if (!is_rep(pl, parts->elems[i].topic))
            continue;
        rd_kafka_queue_t *pq = rd_kafka_queue_get_partition(rk, parts->elems[i].topic,
                                                            parts->elems[i].partition);
        if (pq) {
            rd_kafka_queue_forward(pq, pl->rep_q);
            rd_kafka_queue_destroy(pq);
        }
    }
}

/* Seeks the newly assigned repartition partitions to where their fetch starts (the
 * committed offset, else auto.offset.reset). A message fetched before its partition's
 * queue was forwarded waits on the consumer queue; read from there after later messages
 * taken from rep_q, it would be out of order and skipped. The seek makes every message
 * fetched before it outdated, and librdkafka drops outdated messages from any queue. A
 * partition whose fetch has not started yet refuses the seek: nothing was fetched. */
static void rep_fetch_barrier(pipeline *pl, rd_kafka_t *rk,
                              const rd_kafka_topic_partition_list_t *parts)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(parts->cnt);
    for (int i = 0; pl->rep_q && i < parts->cnt; i++)
        if (is_rep(pl, parts->elems[i].topic))
            rd_kafka_topic_partition_list_add(l, parts->elems[i].topic,
                                              parts->elems[i].partition);
    if (l->cnt > 0) {
        rd_kafka_resp_err_t err = rd_kafka_committed(rk, l, 10000);
        if (err) {
            plog(PLOG_WARN, "consumer", "cannot read the committed offsets of %d repartition "
                                        "partition(s) to seek them: %s",
                 l->cnt, rd_kafka_err2str(err));
        } else {
            for (int i = 0; i < l->cnt; i++)
                if (l->elems[i].offset < 0)
                    l->elems[i].offset = pl->rep_reset;
            rd_kafka_error_t *e = rd_kafka_seek_partitions(rk, l, 10000);
            if (e) {
                plog(PLOG_WARN, "consumer", "seeking %d repartition partition(s): %s", l->cnt,
                     rd_kafka_error_string(e));
                rd_kafka_error_destroy(e);
            }
        }
    }
    rd_kafka_topic_partition_list_destroy(l);
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    pipeline *pl = opaque;
    int cooperative = strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    rd_kafka_error_t *e = NULL;

    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        for (int i = 0; i < parts->cnt; i++) {
            const char *t = parts->elems[i].topic;
            offset_tracker_assign(tracker_for(pl, t), parts->elems[i].partition);
            if (is_rep(pl, t) && restore_partition(pl, parts->elems[i].partition) != 0) {
                plog(PLOG_FATAL, "dedup", "cannot restore the cross-article state; exiting so "
                                          "the process is restarted");
                atomic_store(&pl->fatal, 1);
            }
        }
        atomic_fetch_add(&pl->assigned, parts->cnt);
        plog(PLOG_INFO, "consumer", "assigned %d partition(s)", parts->cnt);
        /* The repartition partitions' queues are forwarded to rep_q before the assignment
         * (a fetch that starts later keeps an application's forward) and again after it
         * (a fetch of an earlier assignment of the partition that stops now clears it);
         * the seek then discards whatever was fetched before the forward took effect. */
        forward_rep_queues(pl, rk, parts);
        if (cooperative)
            e = rd_kafka_incremental_assign(rk, parts);
        else
            rd_kafka_assign(rk, parts);
        forward_rep_queues(pl, rk, parts);
        rep_fetch_barrier(pl, rk, parts);
    } else if (err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
        int lost = rd_kafka_assignment_lost(rk);
        plog(PLOG_INFO, "consumer", "%s %d partition(s)", lost ? "lost" : "revoking",
             parts->cnt);
        /* No article's job starts deciding records of a revoked repartition partition from
         * here on; those that do now are waited for below. */
        int rep_revoked = 0;
        for (int i = 0; i < parts->cnt; i++)
            if (is_rep(pl, parts->elems[i].topic)) {
                disown_partition(pl, parts->elems[i].partition);
                rep_revoked = 1;
            }
        if (pl->eos) {
            if (lost) {
                wait_inflight(pl, -1, 1, pl->shutdown_ms);
                if (pl->txn_open)
                    txn_abort_and_rewind(pl);
            } else {
                txn_commit(pl);
            }
        } else {
            /* In-process stage B of a revoked partition runs in the jobs of any input
             * partition: its state changes must reach the changelog before the next
             * owner restores it, so all work in flight finishes first. */
            if (pl->local && rep_revoked && wait_inflight(pl, -1, 1, pl->shutdown_ms) != 0)
                plog(PLOG_WARN, "consumer",
                     "work in flight did not finish at revoke; records of it processed again "
                     "get the same answer");
            for (int i = 0; i < parts->cnt; i++)
                if (wait_inflight(pl, parts->elems[i].partition, 1, pl->shutdown_ms) != 0)
                    plog(PLOG_WARN, "consumer",
                         "partition %" PRId32 " still has work in flight at revoke; its "
                         "uncommitted messages will be processed again by the next owner",
                         parts->elems[i].partition);
            if (!lost)
                commit_sync(pl, parts);
        }
        for (int i = 0; i < parts->cnt; i++) {
            const char *t = parts->elems[i].topic;
            offset_tracker_revoke(tracker_for(pl, t), parts->elems[i].partition);
            if (is_rep(pl, t) && pl->parked && pl->parked->partition == parts->elems[i].partition)
                drop_parked(pl);
            if (is_rep(pl, t)) {
                pthread_mutex_t *mu = rep_lock(pl, parts->elems[i].partition);
                if (mu)
                    pthread_mutex_lock(mu);
                cluster_store_drop(pl->store, parts->elems[i].partition);
                if (pl->articles)
                    article_store_drop(pl->articles, parts->elems[i].partition);
                if (mu)
                    pthread_mutex_unlock(mu);
            }
        }
        atomic_fetch_sub(&pl->assigned, parts->cnt);
        if (cooperative)
            e = rd_kafka_incremental_unassign(rk, parts);
        else
            rd_kafka_assign(rk, NULL);
    } else {
        plog(PLOG_ERROR, "consumer", "rebalance error: %s", rd_kafka_err2str(err));
        rd_kafka_assign(rk, NULL);
    }
    if (e) {
        plog(PLOG_ERROR, "consumer", "incremental rebalance: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
}

/* ---- callbacks shared by both clients -------------------------------------------------- */

static void log_cb(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    plog_level l = level <= 3 ? PLOG_ERROR : level == 4 ? PLOG_WARN : level <= 6 ? PLOG_INFO
                                                                                  : PLOG_DEBUG;
    if (!plog_enabled(l))
        return;
    json_t *f = json_pack("{s:s, s:s}", "client", rk ? rd_kafka_name(rk) : "", "facility", fac);
    plog_fields(l, "rdkafka", buf, f);
}

static void error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    pipeline *pl = opaque;
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char buf[512];
        rd_kafka_resp_err_t orig = rd_kafka_fatal_error(rk, buf, sizeof buf);
        plog(PLOG_FATAL, "rdkafka", "fatal error (%s): %s; exiting so the process is restarted",
             rd_kafka_err2name(orig), buf);
        atomic_store(&pl->fatal, 1);
        return;
    }
    plog(err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN ? PLOG_WARN : PLOG_INFO, "rdkafka",
         "%s: %s", rd_kafka_err2name((rd_kafka_resp_err_t)err), reason);
}

/* ---- life cycle ----------------------------------------------------------------------------- */

static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    (void)rk;
    pipeline *pl = opaque;
    char err[256];
    if (metrics_update_rdkafka_stats(pl->metrics, json, len, err, sizeof err) != 0)
        plog(PLOG_DEBUG, "metrics", "%s", err);
    return 0; /* librdkafka frees json */
}

/* With the metrics endpoint on, librdkafka's statistics feed lag and queue depth. */
static void enable_stats(const pconfig *conf, rd_kafka_conf_t *kc)
{
    char v[32], why[128];
    size_t n = sizeof v;
    if (!pconfig_str(conf, "metrics.listen")[0])
        return;
    rd_kafka_conf_set_stats_cb(kc, stats_cb);
    if (rd_kafka_conf_get(kc, "statistics.interval.ms", v, &n) == RD_KAFKA_CONF_OK &&
        strcmp(v, "0") == 0)
        rd_kafka_conf_set(kc, "statistics.interval.ms", "5000", why, sizeof why);
}

void pipeline_set_reload(pipeline *pl, volatile sig_atomic_t *flag,
                         pconfig *(*load)(void *opaque), void *opaque)
{
    pl->reload_flag = flag;
    pl->reload_load = load;
    pl->reload_opaque = opaque;
}

static void reload(pipeline *pl)
{
    char err[1024];
    pconfig *conf = pl->reload_load(pl->reload_opaque);
    if (!conf) {
        plog(PLOG_ERROR, "reload", "configuration not reloaded: it did not load (see above); "
                                   "keeping the current rules and dictionaries");
        return;
    }
    processor *np = processor_new(conf, err, sizeof err);
    pconfig_destroy(conf);
    if (!np) {
        plog(PLOG_ERROR, "reload", "keeping the current rules and dictionaries: %s", err);
        return;
    }
    processor_set_metrics(np, pl->metrics);
    pthread_rwlock_wrlock(&pl->proc_lock);
    processor *old = pl->proc;
    pl->proc = np;
    pthread_rwlock_unlock(&pl->proc_lock);
    processor_destroy(old);
    plog(PLOG_INFO, "reload", "alert rules and extraction dictionaries reloaded (other keys "
                              "take effect on restart)");
}

int pipeline_enrich_stats(pipeline *pl, struct enrich_stats *out)
{
    int rc = -1;
    pthread_rwlock_rdlock(&pl->proc_lock);
    enrich_ctx *e = processor_enrich(pl->proc);
    if (e) {
        enrich_get_stats(e, out);
        rc = 0;
    }
    pthread_rwlock_unlock(&pl->proc_lock);
    return rc;
}

void pipeline_set_metrics(pipeline *pl, metrics_registry *reg)
{
    pl->metrics = reg;
    processor_set_metrics(pl->proc, reg);
}

article_decoder *pipeline_article_decoder(const pconfig *conf)
{
    article_decoder_opts ao = {
        .field_id = pconfig_str(conf, "article.field.id"),
        .field_text = pconfig_str(conf, "article.field.text"),
        .field_url = pconfig_str(conf, "article.field.url"),
        .field_title = pconfig_str(conf, "article.field.title"),
        .field_source = pconfig_str(conf, "article.field.source"),
        .field_published_at = pconfig_str(conf, "article.field.published_at"),
        .field_language = pconfig_str(conf, "article.field.language"),
        .max_bytes = (size_t)pconfig_int(conf, "article.max.bytes"),
        .max_depth = (int)pconfig_int(conf, "article.max.depth"),
    };
    return article_decoder_new(&ao);
}

void pipeline_internal_topic(const pconfig *conf, const char *purpose, char *out, size_t cap)
{
    char gid[256] = "parley", why[256];
    size_t gl = sizeof gid;
    rd_kafka_conf_t *tmp = pconfig_rdkafka(conf, PCONF_CONSUMER, why, sizeof why);
    if (tmp) {
        rd_kafka_conf_get(tmp, "group.id", gid, &gl);
        rd_kafka_conf_destroy(tmp);
    }
    snprintf(out, cap, "%s.%s", gid, purpose);
}

/* internal.compression.type sets the internal topics' codec apart from the output topics'
 * (parleyd reads them back at once: compressing them costs CPU at both ends, not
 * compressing them broker disk and network). A topic handle made from a copy of the
 * producer's topic defaults is the one rd_kafka_producev finds by name. make = 0 only
 * checks that librdkafka takes the codec (at start-up, as configuration); make = 1 makes
 * the handles, once the topics exist: a producer's topic handle asks the cluster for its
 * topic's metadata at once, and a broker with auto.create.topics.enable (Kafka's default)
 * would then create the topic itself, with its default partition count and cleanup policy,
 * before ensure_internal_topics could create it compacted with the input's partitions. */
static int internal_compression(pipeline *pl, int make, char *err, size_t errlen)
{
    const char *codec = pconfig_str(pl->conf, "internal.compression.type");
    const char *names[2] = {pl->topic_rep, pl->topic_changelog};
    char why[256];
    if (!strcmp(codec, "inherit"))
        return 0;
    for (int i = 0; i < 2; i++) {
        rd_kafka_topic_conf_t *tc = rd_kafka_default_topic_conf_dup(pl->producer);
        if (!tc || rd_kafka_topic_conf_set(tc, "compression.type", codec, why, sizeof why) !=
                       RD_KAFKA_CONF_OK) {
            snprintf(err, errlen, "internal.compression.type: %s", tc ? why : "out of memory");
            if (tc)
                rd_kafka_topic_conf_destroy(tc);
            return -1;
        }
        if (!make) {
            rd_kafka_topic_conf_destroy(tc);
            continue;
        }
        pl->internal_rkt[i] = rd_kafka_topic_new(pl->producer, names[i], tc); /* owns tc */
        if (!pl->internal_rkt[i]) {
            snprintf(err, errlen, "topic %s: %s", names[i], rd_kafka_err2str(rd_kafka_last_error()));
            return -1;
        }
    }
    return 0;
}

static int setup_dedup(pipeline *pl, const pconfig *conf, char *err, size_t errlen)
{
    char name[300], why[512];
    pipeline_internal_topic(conf, "repartition", name, sizeof name);
    pl->topic_rep = strdup(name);
    pipeline_internal_topic(conf, "clusters", name, sizeof name);
    pl->topic_changelog = strdup(name);
    pl->dedup_partitions = (int)pconfig_int(conf, "dedup.partitions");
    pl->purge_interval_ms = pconfig_int(conf, "internal.purge.interval.ms");
    pl->every_report = !strcmp(pconfig_str(conf, "dedup.alert.mode"), "every_report");
    char part[64] = "";
    size_t pn = sizeof part;
    if (rd_kafka_conf_get(rd_kafka_conf(pl->producer), "partitioner", part, &pn) ==
        RD_KAFKA_CONF_OK)
        pl->keyed = bundle_partitioner_named(part);
    if (pconfig_bool(conf, "internal.bundle.enabled")) {
        pl->partitioner = pl->keyed;
        if (!pl->partitioner)
            plog(PLOG_WARN, "dedup",
                 "producer.partitioner=%s places keys at random: repartition records are not "
                 "bundled",
                 part);
    }
    pl->local = pconfig_bool(conf, "dedup.local.enabled") && pl->keyed;
    if (pconfig_bool(conf, "dedup.local.enabled") && !pl->keyed)
        plog(PLOG_WARN, "dedup",
             "producer.partitioner=%s places keys at random: every repartition record goes "
             "through %s (dedup.local.enabled needs a deterministic partitioner)",
             part, pl->topic_rep);
    pl->store = cluster_store_new(pconfig_int(conf, "dedup.window.ms"),
                                  (size_t)pconfig_int(conf, "dedup.max.clusters"));
    if (pconfig_bool(conf, "corrections.enabled"))
        pl->articles = article_store_new((size_t)pconfig_int(conf, "corrections.max.bytes"));
    rd_kafka_conf_t *rc = pconfig_rdkafka(conf, PCONF_CONSUMER, err, errlen);
    if (!pl->topic_rep || !pl->topic_changelog || !pl->store || !rc ||
        (pconfig_bool(conf, "corrections.enabled") && !pl->articles)) {
        if (rc)
            rd_kafka_conf_destroy(rc);
        if (!err[0])
            snprintf(err, errlen, "out of memory");
        return -1;
    }
    /* The restorer only assigns partitions (no group membership, no commits); librdkafka
     * still wants a group.id to hand messages to rd_kafka_consumer_poll. */
    pipeline_internal_topic(conf, "restore", name, sizeof name);
    rd_kafka_conf_set(rc, "group.id", name, why, sizeof why);
    rd_kafka_conf_set(rc, "enable.auto.commit", "false", why, sizeof why);
    rd_kafka_conf_set(rc, "enable.partition.eof", "true", why, sizeof why);
    rd_kafka_conf_set(rc, "isolation.level", "read_committed", why, sizeof why);
    rd_kafka_conf_set(rc, "client.id", "parleyd-restore", why, sizeof why);
    rd_kafka_conf_set(rc, "fetch.wait.max.ms", "10", why, sizeof why); /* reach EOF quickly */
    rd_kafka_conf_set_log_cb(rc, log_cb);
    pl->restorer = rd_kafka_new(RD_KAFKA_CONSUMER, rc, why, sizeof why);
    if (!pl->restorer) {
        snprintf(err, errlen, "state restorer: %s", why);
        return -1;
    }
    rd_kafka_poll_set_consumer(pl->restorer);
    return 0;
}

/* Partition count of a topic from the broker's metadata, 0 when it does not exist (or
 * a partition has no leader yet), -1 on error. Asks for all topics: a request naming
 * the topic would make a broker with auto.create.topics.enable create it. */
static int topic_partitions(rd_kafka_t *rk, const char *topic)
{
    const struct rd_kafka_metadata *md = NULL;
    if (rd_kafka_metadata(rk, 1, NULL, &md, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return -1;
    int n = 0;
    for (int t = 0; t < md->topic_cnt; t++) {
        if (strcmp(md->topics[t].topic, topic) != 0 || md->topics[t].err)
            continue;
        n = md->topics[t].partition_cnt;
        for (int i = 0; n > 0 && i < md->topics[t].partition_cnt; i++)
            if (md->topics[t].partitions[i].leader < 0 || md->topics[t].partitions[i].err)
                n = 0;
    }
    rd_kafka_metadata_destroy(md);
    return n;
}

/* Creates the repartition and changelog topics when missing, with as many partitions
 * as the input topic (or dedup.partitions), and checks both have the same count: the
 * state of repartition partition p lives in changelog partition p. */
static int ensure_internal_topics(pipeline *pl, volatile sig_atomic_t *stop)
{
    const char *names[2] = {pl->topic_rep, pl->topic_changelog};
    int have[2], want = pl->dedup_partitions;
    char errstr[512];
    for (int i = 0; i < 2; i++) {
        /* Wait for the cluster as librdkafka's clients do, but stay stoppable. */
        while ((have[i] = topic_partitions(pl->producer, names[i])) < 0) {
            if (*stop)
                return -2;
            plog(PLOG_WARN, "dedup", "cannot read the cluster's metadata yet to set up %s; "
                                     "retrying",
                 names[i]);
        }
    }
    if (want <= 0)
        want = have[0] > 0 ? have[0] : topic_partitions(pl->producer, pl->topic_input);
    if (want <= 0)
        want = 6;
    rd_kafka_NewTopic_t *nt[2];
    size_t nn = 0;
    for (int i = 0; i < 2; i++) {
        if (have[i] != 0)
            continue;
        nt[nn] = rd_kafka_NewTopic_new(names[i], want, -1, errstr, sizeof errstr);
        if (!nt[nn]) {
            plog(PLOG_FATAL, "dedup", "topic %s: %s", names[i], errstr);
            return -1;
        }
        if (i == 1) {
            rd_kafka_NewTopic_set_config(nt[nn], "cleanup.policy", "compact");
        } else {
            rd_kafka_NewTopic_set_config(nt[nn], "retention.ms", "604800000");
        }
        nn++;
    }
    if (nn > 0) {
        rd_kafka_queue_t *q = rd_kafka_queue_new(pl->producer);
        rd_kafka_CreateTopics(pl->producer, nt, nn, NULL, q);
        rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 30000);
        const rd_kafka_CreateTopics_result_t *res = ev ? rd_kafka_event_CreateTopics_result(ev) : NULL;
        size_t cnt = 0;
        const rd_kafka_topic_result_t **tr = res ? rd_kafka_CreateTopics_result_topics(res, &cnt) : NULL;
        for (size_t i = 0; i < cnt; i++) {
            rd_kafka_resp_err_t e = rd_kafka_topic_result_error(tr[i]);
            if (e && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                plog(PLOG_WARN, "dedup", "creating %s: %s", rd_kafka_topic_result_name(tr[i]),
                     rd_kafka_topic_result_error_string(tr[i]));
            else
                plog(PLOG_INFO, "dedup", "internal topic %s ready (%d partitions)",
                     rd_kafka_topic_result_name(tr[i]), want);
        }
        if (ev)
            rd_kafka_event_destroy(ev);
        rd_kafka_queue_destroy(q);
        for (size_t i = 0; i < nn; i++)
            rd_kafka_NewTopic_destroy(nt[i]);
    }
    for (int tries = 0; tries < 50 && !*stop; tries++) { /* metadata may lag a fresh topic */
        for (int i = 0; i < 2; i++)
            have[i] = topic_partitions(pl->producer, names[i]);
        if (have[0] > 0 && have[1] > 0)
            break;
        usleep(200000);
    }
    if (have[0] <= 0 || have[1] <= 0 || have[0] != have[1]) {
        plog(PLOG_FATAL, "dedup",
             "internal topics %s (%d partitions) and %s (%d) must exist with the same partition "
             "count",
             names[0], have[0], names[1], have[1]);
        return -1;
    }
    pl->rep_partitions = have[0];
    if (pl->local && !pl->rep_mu) {
        pl->rep_mu = calloc((size_t)have[0], sizeof *pl->rep_mu);
        pl->rep_owned = calloc((size_t)have[0], sizeof *pl->rep_owned);
        if (!pl->rep_mu || !pl->rep_owned) {
            plog(PLOG_FATAL, "dedup", "out of memory");
            return -1;
        }
        for (int32_t p = 0; p < have[0]; p++)
            pthread_mutex_init(&pl->rep_mu[p], NULL);
        pl->rep_nparts = have[0];
    }
    return 0;
}

pipeline *pipeline_new(const pconfig *conf, char *err, size_t errlen)
{
    char why[512];
    pipeline *pl = calloc(1, sizeof *pl);
    rd_kafka_conf_t *cc = NULL, *pc = NULL;
    if (!pl) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    pl->conf = conf;
    pl->wake_fd = -1;
    pl->eos = strcmp(pconfig_str(conf, "processing.guarantee"), "exactly_once") == 0;
    pl->topic_input = strdup(pconfig_str(conf, "topic.input"));
    pl->topic_dlq = strdup(pconfig_str(conf, "topic.dlq"));
    pl->topic_alerts = strdup(pconfig_str(conf, "topic.alerts"));
    pl->topic_events = strdup(pconfig_str(conf, "topic.events"));
    pl->max_inflight = pconfig_int(conf, "processing.max.inflight");
    pl->max_inflight_bytes = pconfig_int(conf, "processing.max.inflight.bytes");
    pl->shutdown_ms = pconfig_int(conf, "shutdown.timeout.ms");
    pl->retry_backoff_ms = pconfig_int(conf, "dlq.retry.backoff.ms");
    pl->txn_max_msgs = pconfig_int(conf, "processing.transaction.max.messages");
    pl->txn_max_ms = pconfig_int(conf, "processing.transaction.max.ms");
    pl->nworkers = (int)pconfig_int(conf, "processing.threads");
    pthread_mutex_init(&pl->done_mu, NULL);
    pthread_cond_init(&pl->done_cv, NULL);
    pthread_mutex_init(&pl->retry_mu, NULL);
    pthread_mutex_init(&pl->hk_mu, NULL);
    pthread_cond_init(&pl->hk_cv, NULL);
    pthread_rwlock_init(&pl->proc_lock, NULL);
    pl->ot = offset_tracker_new();
    pl->ot_rep = offset_tracker_new();
    pl->dec = pipeline_article_decoder(conf);
    if (!pl->topic_input || !pl->topic_dlq || !pl->topic_alerts || !pl->topic_events || !pl->ot ||
        !pl->dec) {
        snprintf(err, errlen, "out of memory or bad article field configuration");
        goto fail;
    }
    pl->proc = processor_new(conf, err, errlen);
    if (!pl->proc)
        goto fail;

    /* Producer */
    pc = pconfig_rdkafka(conf, PCONF_PRODUCER, err, errlen);
    if (!pc)
        goto fail;
    if (pl->eos) {
        char tid[400], host[128] = "localhost";
        size_t tl = sizeof tid;
        if (rd_kafka_conf_get(pc, "transactional.id", tid, &tl) != RD_KAFKA_CONF_OK || tl <= 1) {
            char gid[200] = "parley";
            size_t gl = sizeof gid;
            rd_kafka_conf_t *tmp = pconfig_rdkafka(conf, PCONF_CONSUMER, why, sizeof why);
            if (tmp) {
                rd_kafka_conf_get(tmp, "group.id", gid, &gl);
                rd_kafka_conf_destroy(tmp);
            }
            gethostname(host, sizeof host - 1);
            snprintf(tid, sizeof tid, "%s-%s", gid, host);
            rd_kafka_conf_set(pc, "transactional.id", tid, why, sizeof why);
        }
        rd_kafka_conf_set(pc, "transaction.timeout.ms", "30000", why, sizeof why);
    }
    rd_kafka_conf_set_opaque(pc, pl);
    rd_kafka_conf_set_dr_msg_cb(pc, dr_cb);
    rd_kafka_conf_set_log_cb(pc, log_cb);
    rd_kafka_conf_set_error_cb(pc, error_cb);
    enable_stats(conf, pc);
    pl->producer = rd_kafka_new(RD_KAFKA_PRODUCER, pc, why, sizeof why);
    if (!pl->producer) {
        snprintf(err, errlen, "producer: %s", why);
        goto fail;
    }
    pc = NULL;

    /* Consumer */
    cc = pconfig_rdkafka(conf, PCONF_CONSUMER, err, errlen);
    if (!cc)
        goto fail;
    if (pl->eos) {
        rd_kafka_conf_set(cc, "enable.auto.commit", "false", why, sizeof why);
        rd_kafka_conf_set(cc, "isolation.level", "read_committed", why, sizeof why);
    }
    char reset[32];
    size_t reset_len = sizeof reset;
    pl->rep_reset = RD_KAFKA_OFFSET_BEGINNING;
    if (rd_kafka_conf_get(cc, "auto.offset.reset", reset, &reset_len) == RD_KAFKA_CONF_OK &&
        (!strcmp(reset, "latest") || !strcmp(reset, "largest") || !strcmp(reset, "end")))
        pl->rep_reset = RD_KAFKA_OFFSET_END;
    rd_kafka_conf_set_opaque(cc, pl);
    rd_kafka_conf_set_rebalance_cb(cc, rebalance_cb);
    rd_kafka_conf_set_log_cb(cc, log_cb);
    rd_kafka_conf_set_error_cb(cc, error_cb);
    enable_stats(conf, cc);
    pl->consumer = rd_kafka_new(RD_KAFKA_CONSUMER, cc, why, sizeof why);
    if (!pl->consumer) {
        snprintf(err, errlen, "consumer: %s", why);
        goto fail;
    }
    cc = NULL;
    rd_kafka_poll_set_consumer(pl->consumer);

    pl->dedup = pconfig_bool(conf, "dedup.enabled") && !processor_is_passthrough(pl->proc);
    if (pl->dedup && setup_dedup(pl, conf, err, errlen) != 0)
        goto fail;
    if (pl->dedup && internal_compression(pl, 0, err, errlen) != 0)
        goto fail;
    if (pl->dedup) {
        static const uint64_t one = 1; /* what an eventfd takes */
        pl->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        pl->rep_q = rd_kafka_queue_new(pl->consumer);
        pl->cons_q = rd_kafka_queue_get_consumer(pl->consumer);
        if (pl->wake_fd < 0 || !pl->rep_q || !pl->cons_q) {
            snprintf(err, errlen, "cannot set up the consumer queues");
            goto fail;
        }
        rd_kafka_queue_io_event_enable(pl->rep_q, pl->wake_fd, &one, sizeof one);
        rd_kafka_queue_io_event_enable(pl->cons_q, pl->wake_fd, &one, sizeof one);
    }
    return pl;
fail:
    if (pc)
        rd_kafka_conf_destroy(pc);
    if (cc)
        rd_kafka_conf_destroy(cc);
    pipeline_destroy(pl);
    return NULL;
}

void pipeline_destroy(pipeline *pl)
{
    if (!pl)
        return;
    if (pl->rep_q)
        rd_kafka_queue_destroy(pl->rep_q);
    if (pl->cons_q)
        rd_kafka_queue_destroy(pl->cons_q);
    if (pl->wake_fd >= 0)
        close(pl->wake_fd);
    if (pl->consumer)
        rd_kafka_destroy(pl->consumer);
    if (pl->restorer) {
        rd_kafka_consumer_close(pl->restorer);
        rd_kafka_destroy(pl->restorer);
    }
    cluster_store_destroy(pl->store);
    article_store_destroy(pl->articles);
    for (int32_t p = 0; p < pl->rep_nparts; p++)
        pthread_mutex_destroy(&pl->rep_mu[p]);
    free(pl->rep_mu);
    free(pl->rep_owned);
    offset_tracker_destroy(pl->ot_rep);
    free(pl->topic_rep);
    free(pl->topic_changelog);
    for (int i = 0; i < 2; i++)
        if (pl->internal_rkt[i])
            rd_kafka_topic_destroy(pl->internal_rkt[i]);
    if (pl->producer)
        rd_kafka_destroy(pl->producer);
    while (pl->retries) {
        retry *r = pl->retries;
        pl->retries = r->next;
        free(r->topic);
        free(r->key);
        free(r->value);
        if (r->hdrs)
            rd_kafka_headers_destroy(r->hdrs);
        free(r);
    }
    processor_destroy(pl->proc);
    article_decoder_destroy(pl->dec);
    offset_tracker_destroy(pl->ot);
    free(pl->topic_input);
    free(pl->topic_dlq);
    free(pl->topic_alerts);
    free(pl->topic_events);
    pthread_mutex_destroy(&pl->done_mu);
    pthread_cond_destroy(&pl->done_cv);
    pthread_mutex_destroy(&pl->retry_mu);
    pthread_mutex_destroy(&pl->hk_mu);
    pthread_cond_destroy(&pl->hk_cv);
    pthread_rwlock_destroy(&pl->proc_lock);
    free(pl);
}

void pipeline_get_counters(pipeline *pl, pipeline_counters *c)
{
    c->consumed = atomic_load(&pl->consumed);
    c->completed = atomic_load(&pl->completed);
    c->decoded = atomic_load(&pl->decoded);
    c->dlq = atomic_load(&pl->dlq);
    c->records = atomic_load(&pl->records);
    c->skipped = atomic_load(&pl->skipped);
    c->retracted = atomic_load(&pl->retracted);
    c->produce_errors = atomic_load(&pl->produce_errors);
    for (int i = 0; i <= OUT_DLQ; i++)
        c->delivered[i] = atomic_load(&pl->delivered[i]);
    c->routed = atomic_load(&pl->routed);
    c->consumed_rep = atomic_load(&pl->consumed_rep);
    c->completed_input = atomic_load(&pl->completed_input);
    c->completed_rep = atomic_load(&pl->completed_rep);
    c->internal_delivered = atomic_load(&pl->internal_delivered);
    c->rep_local = atomic_load(&pl->rep_local);
    c->txn_commits = atomic_load(&pl->txn_commits);
    c->txn_aborts = atomic_load(&pl->txn_aborts);
    c->inflight = atomic_load(&pl->inflight);
    c->corrections_articles = pl->articles ? (int64_t)article_store_count(pl->articles) : -1;
    c->corrections_bytes = pl->articles ? (int64_t)article_store_bytes(pl->articles) : -1;
    c->dedup_clusters = pl->store ? (int64_t)cluster_store_count(pl->store) : -1;
    c->assigned_partitions = atomic_load(&pl->assigned);
    c->fatal = atomic_load(&pl->fatal);
}

/* ---- housekeeping of the internal topics ------------------------------------------------ */
/* One thread, started once the internal topics exist, so that neither the cluster's answer
 * nor its absence (a mock cluster has no admin API) holds up the pipeline: it checks that
 * the changelog is compacted, then purges the repartition topic every
 * internal.purge.interval.ms. */

static int housekeeper_stopping(pipeline *pl)
{
    pthread_mutex_lock(&pl->hk_mu);
    int stop = pl->hk_stop;
    pthread_mutex_unlock(&pl->hk_mu);
    return stop;
}

/* The answer to an admin request on q, waiting up to timeout_ms but not past a stop. */
static rd_kafka_event_t *admin_wait(pipeline *pl, rd_kafka_queue_t *q, int timeout_ms)
{
    rd_kafka_event_t *ev = NULL;
    for (int waited = 0; !ev && waited < timeout_ms && !housekeeper_stopping(pl); waited += 200)
        ev = rd_kafka_queue_poll(q, 200);
    return ev;
}

/* The changelog must be compacted: with cleanup.policy=delete its retention deletes the
 * state of clusters and articles that are still current, and a restore reads every change
 * ever written. A topic made by someone else (or by a broker's auto.create.topics.enable
 * under an earlier parleyd) may not be: say so, with the remedy. */
static void warn_unless_compacted(pipeline *pl, rd_kafka_queue_t *q)
{
    rd_kafka_ConfigResource_t *res = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC,
                                                                  pl->topic_changelog);
    rd_kafka_DescribeConfigs(pl->producer, &res, 1, NULL, q);
    rd_kafka_ConfigResource_destroy(res);
    rd_kafka_event_t *ev = admin_wait(pl, q, 30000);
    const rd_kafka_DescribeConfigs_result_t *r = ev ? rd_kafka_event_DescribeConfigs_result(ev) : NULL;
    size_t n = 0, nc = 0;
    const rd_kafka_ConfigResource_t **rs = r ? rd_kafka_DescribeConfigs_result_resources(r, &n) : NULL;
    const rd_kafka_ConfigEntry_t **ce = n == 1 && !rd_kafka_ConfigResource_error(rs[0])
                                            ? rd_kafka_ConfigResource_configs(rs[0], &nc)
                                            : NULL;
    const char *policy = NULL;
    for (size_t i = 0; i < nc; i++)
        if (!strcmp(rd_kafka_ConfigEntry_name(ce[i]), "cleanup.policy"))
            policy = rd_kafka_ConfigEntry_value(ce[i]);
    if (!ce && !housekeeper_stopping(pl))
        plog(PLOG_WARN, "dedup", "cannot read the configuration of %s (%s) to check that it is "
                                 "compacted",
             pl->topic_changelog, ev && rd_kafka_event_error(ev) ? rd_kafka_event_error_string(ev)
                                  : n == 1 ? rd_kafka_ConfigResource_error_string(rs[0])
                                           : "no answer");
    else if (ce && (!policy || !strstr(policy, "compact")))
        plog(PLOG_WARN, "dedup", "%s has cleanup.policy=%s, not compact: its retention will delete "
                                 "state that is still current and restores read every change; "
                                 "kafka-configs.sh --alter --entity-type topics --entity-name %s "
                                 "--add-config cleanup.policy=compact",
             pl->topic_changelog, policy ? policy : "(none)", pl->topic_changelog);
    if (ev)
        rd_kafka_event_destroy(ev);
}

/* Deletes the records of the assigned repartition partitions below the group's committed
 * offsets. Committed (not merely consumed or stored) offsets: a restart resumes there, so
 * nothing it could read again is deleted. Errors are logged; the next round tries again. */
static void purge_once(pipeline *pl, rd_kafka_queue_t *q)
{
    rd_kafka_topic_partition_list_t *a = NULL, *reps, *del;
    if (rd_kafka_assignment(pl->consumer, &a) != RD_KAFKA_RESP_ERR_NO_ERROR || !a)
        return;
    reps = rd_kafka_topic_partition_list_new(a->cnt > 0 ? a->cnt : 1);
    for (int i = 0; i < a->cnt; i++)
        if (strcmp(a->elems[i].topic, pl->topic_rep) == 0)
            rd_kafka_topic_partition_list_add(reps, pl->topic_rep, a->elems[i].partition);
    rd_kafka_topic_partition_list_destroy(a);
    rd_kafka_resp_err_t err = reps->cnt > 0 ? rd_kafka_committed(pl->consumer, reps, 10000)
                                            : RD_KAFKA_RESP_ERR_NO_ERROR;
    if (err)
        plog(PLOG_WARN, "dedup", "purge of %s: reading the committed offsets: %s",
             pl->topic_rep, rd_kafka_err2str(err));
    del = rd_kafka_topic_partition_list_new(reps->cnt > 0 ? reps->cnt : 1);
    for (int i = 0; !err && i < reps->cnt; i++)
        if (!reps->elems[i].err && reps->elems[i].offset > 0)
            rd_kafka_topic_partition_list_add(del, pl->topic_rep, reps->elems[i].partition)
                ->offset = reps->elems[i].offset;
    rd_kafka_topic_partition_list_destroy(reps);
    if (del->cnt == 0) {
        rd_kafka_topic_partition_list_destroy(del);
        return;
    }
    rd_kafka_DeleteRecords_t *dr = rd_kafka_DeleteRecords_new(del);
    rd_kafka_topic_partition_list_destroy(del);
    rd_kafka_AdminOptions_t *o =
        rd_kafka_AdminOptions_new(pl->producer, RD_KAFKA_ADMIN_OP_DELETERECORDS);
    char why[256];
    rd_kafka_AdminOptions_set_request_timeout(o, 30000, why, sizeof why);
    rd_kafka_DeleteRecords(pl->producer, &dr, 1, o, q);
    rd_kafka_DeleteRecords_destroy(dr);
    rd_kafka_AdminOptions_destroy(o);
    rd_kafka_event_t *ev = admin_wait(pl, q, 60000);
    const rd_kafka_DeleteRecords_result_t *res = ev ? rd_kafka_event_DeleteRecords_result(ev) : NULL;
    const rd_kafka_topic_partition_list_t *done =
        res ? rd_kafka_DeleteRecords_result_offsets(res) : NULL;
    if (!ev) {
        if (!housekeeper_stopping(pl))
            plog(PLOG_WARN, "dedup", "purge of %s: no answer from the cluster", pl->topic_rep);
    } else if (rd_kafka_event_error(ev) || !done) {
        plog(PLOG_WARN, "dedup", "purge of %s: %s", pl->topic_rep,
             rd_kafka_event_error(ev) ? rd_kafka_event_error_string(ev) : "no result");
    } else {
        for (int i = 0; i < done->cnt; i++) {
            if (done->elems[i].err)
                plog(PLOG_WARN, "dedup", "purge of %s/%" PRId32 ": %s", pl->topic_rep,
                     done->elems[i].partition, rd_kafka_err2str(done->elems[i].err));
            else
                plog(PLOG_DEBUG, "dedup", "purged %s/%" PRId32 " below offset %" PRId64,
                     pl->topic_rep, done->elems[i].partition, done->elems[i].offset);
        }
    }
    if (ev)
        rd_kafka_event_destroy(ev);
}

static void *housekeeper_main(void *arg)
{
    pipeline *pl = arg;
    /* A late answer after a stop is destroyed with the queue. */
    rd_kafka_queue_t *q = rd_kafka_queue_new(pl->producer);
    warn_unless_compacted(pl, q);
    pthread_mutex_lock(&pl->hk_mu);
    while (!pl->hk_stop && pl->purge_interval_ms > 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += (time_t)(pl->purge_interval_ms / 1000);
        ts.tv_nsec += (long)(pl->purge_interval_ms % 1000) * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        while (!pl->hk_stop &&
               pthread_cond_timedwait(&pl->hk_cv, &pl->hk_mu, &ts) != ETIMEDOUT)
            ;
        if (pl->hk_stop)
            break;
        pthread_mutex_unlock(&pl->hk_mu);
        purge_once(pl, q);
        pthread_mutex_lock(&pl->hk_mu);
    }
    pthread_mutex_unlock(&pl->hk_mu);
    rd_kafka_queue_destroy(q);
    return NULL;
}

static int start_threads(pipeline *pl)
{
    pl->workers = calloc((size_t)pl->nworkers, sizeof *pl->workers);
    if (!pl->workers)
        return -1;
    for (int i = 0; i < pl->nworkers; i++) {
        worker *w = &pl->workers[i];
        w->pl = pl;
        pthread_mutex_init(&w->mu, NULL);
        pthread_cond_init(&w->cv, NULL);
        if (pthread_create(&w->th, NULL, worker_main, w) != 0) {
            pl->nworkers = i;
            return -1;
        }
    }
    if (pthread_create(&pl->poller, NULL, poller_main, pl) != 0)
        return -1;
    pl->poller_started = 1;
    return 0;
}

/* Before the consumer closes: the housekeeper reads its assignment and committed offsets. */
static void stop_housekeeper(pipeline *pl)
{
    if (!pl->hk_started)
        return;
    pthread_mutex_lock(&pl->hk_mu);
    pl->hk_stop = 1;
    pthread_cond_signal(&pl->hk_cv);
    pthread_mutex_unlock(&pl->hk_mu);
    pthread_join(pl->housekeeper, NULL);
    pl->hk_started = 0;
}

static void stop_threads(pipeline *pl)
{
    stop_housekeeper(pl);
    for (int i = 0; i < pl->nworkers; i++) {
        worker *w = &pl->workers[i];
        pthread_mutex_lock(&w->mu);
        w->stop = 1;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&w->mu);
    }
    for (int i = 0; i < pl->nworkers; i++) {
        pthread_join(pl->workers[i].th, NULL);
        pthread_mutex_destroy(&pl->workers[i].mu);
        pthread_cond_destroy(&pl->workers[i].cv);
    }
    free(pl->workers);
    pl->workers = NULL;
    pl->nworkers = 0;
    if (pl->poller_started) {
        atomic_store(&pl->poller_stop, 1);
        pthread_join(pl->poller, NULL);
        pl->poller_started = 0;
    }
}

/* Waits up to timeout_ms for a wake-up of the main loop (a message on an empty queue). */
static void wait_wake(pipeline *pl, int timeout_ms)
{
    struct pollfd pfd = {.fd = pl->wake_fd, .events = POLLIN};
    uint64_t n;
    if (poll(&pfd, 1, timeout_ms) > 0) {
        ssize_t r = read(pl->wake_fd, &n, sizeof n); /* resets the eventfd */
        (void)r;                                     /* EAGAIN: nothing to reset */
    }
}

/* The next message to dispatch (0 after waiting a while): only while fewer than
 * processing.max.inflight messages (a bundle counts as its entries) and max.inflight.bytes
 * are in flight (a single large message or bundle always proceeds), and repartition
 * records first (they finish work already started). */
static int next_message(pipeline *pl, rd_kafka_message_t **out, long *bundle)
{
    int64_t n = atomic_load(&pl->inflight), bytes = atomic_load(&pl->inflight_bytes);
    int input_ok = n < pl->max_inflight && (bytes < pl->max_inflight_bytes || n == 0);
    if (pl->rep_q && input_ok && !pl->parked) {
        rd_kafka_message_t *m = NULL;
        if (rd_kafka_consume_batch_queue(pl->rep_q, 0, &m, 1) == 1) {
            pl->parked = m;
            pl->parked_bundle = rep_bundle(m);
        }
    }
    if (pl->parked) {
        int64_t w = pl->parked_bundle > 1 ? pl->parked_bundle : 1;
        if (n == 0 || (n + w <= pl->max_inflight && bytes < pl->max_inflight_bytes)) {
            *out = pl->parked;
            *bundle = pl->parked_bundle;
            pl->parked = NULL;
            return 1;
        }
        int64_t below = n + w > pl->max_inflight ? pl->max_inflight - w + 1 : n;
        wait_inflight(pl, -1, below > 0 ? below : 1, 100);
        return 0;
    }
    if (!input_ok) {
        /* Over the count: wait until a quarter of the limit has finished (one wake-up per
         * batch, not per job); over the bytes: until any job has. */
        int64_t below = n >= pl->max_inflight ? pl->max_inflight - pl->max_inflight / 4 : n;
        wait_inflight(pl, -1, below > 0 ? below : 1, 100);
        return 0;
    }
    *bundle = 0;
    *out = rd_kafka_consumer_poll(pl->consumer, pl->rep_q ? 0 : 100);
    if (!*out && pl->rep_q)
        wait_wake(pl, 100);
    /* A repartition message whose partition's queue is not forwarded (rebalance_cb
     * prevents it; said, with a count, at 1, 2, 4, 8, ...) arrives here, and is a bundle all
     * the same. */
    if (*out && !(*out)->err && (*out)->rkt && is_rep(pl, rd_kafka_topic_name((*out)->rkt))) {
        *bundle = rep_bundle(*out);
        unsigned long long k = ++pl->rep_unforwarded;
        if ((k & (k - 1)) == 0)
            plog(PLOG_WARN, "consumer",
                 "repartition message %" PRId32 "/%" PRId64 " arrived on the consumer queue, "
                 "not its own (%llu so far)",
                 (*out)->partition, (*out)->offset, k);
    }
    return *out != NULL;
}

void pipeline_set_mock_cluster(pipeline *pl)
{
    pl->mock = 1;
}

int pipeline_run(pipeline *pl, volatile sig_atomic_t *stop)
{
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    int rc = 0;
    int64_t last_store = 0;
    if (start_threads(pl) != 0) {
        plog(PLOG_FATAL, "pipeline", "cannot start threads");
        rd_kafka_topic_partition_list_destroy(topics);
        stop_threads(pl);
        return 1;
    }
    if (pl->eos) {
        rd_kafka_error_t *e = rd_kafka_init_transactions(pl->producer, 60000);
        if (e) {
            plog(PLOG_FATAL, "txn", "init_transactions: %s", rd_kafka_error_string(e));
            rd_kafka_error_destroy(e);
            rd_kafka_topic_partition_list_destroy(topics);
            stop_threads(pl);
            return 1;
        }
        txn_begin(pl);
    }
    rd_kafka_topic_partition_list_add(topics, pl->topic_input, RD_KAFKA_PARTITION_UA);
    if (pl->dedup) {
        int erc = ensure_internal_topics(pl, stop);
        char why[256];
        if (erc == 0 && internal_compression(pl, 1, why, sizeof why) != 0) {
            plog(PLOG_FATAL, "dedup", "%s", why);
            erc = -1;
        }
        if (erc == 0 && !pl->mock &&
            pthread_create(&pl->housekeeper, NULL, housekeeper_main, pl) != 0) {
            plog(PLOG_FATAL, "dedup", "cannot start a thread");
            erc = -1;
        }
        pl->hk_started = erc == 0 && !pl->mock;
        if (erc != 0) {
            rd_kafka_topic_partition_list_destroy(topics);
            stop_threads(pl);
            return erc == -2 ? 0 : 1; /* -2: stopped by a signal while waiting */
        }
        rd_kafka_topic_partition_list_add(topics, pl->topic_rep, RD_KAFKA_PARTITION_UA);
    }
    rd_kafka_resp_err_t err = rd_kafka_subscribe(pl->consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (err) {
        plog(PLOG_FATAL, "consumer", "subscribe to %s: %s", pl->topic_input,
             rd_kafka_err2str(err));
        stop_threads(pl);
        return 1;
    }
    plog(PLOG_INFO, "pipeline", "consuming %s (%s, %d worker threads)", pl->topic_input,
         pl->eos ? "exactly_once" : "at_least_once", pl->nworkers);

    while (!*stop && !atomic_load(&pl->fatal)) {
        if (pl->reload_flag && *pl->reload_flag) {
            *pl->reload_flag = 0;
            reload(pl);
        }
        if (pl->eos && pl->txn_open && pl->txn_msgs > 0 &&
            (pl->txn_msgs >= pl->txn_max_msgs || now_ms() - pl->txn_start_ms >= pl->txn_max_ms))
            txn_commit(pl);
        if (!pl->eos && now_ms() - last_store >= 100) {
            store_offsets(pl);
            last_store = now_ms();
        }
        rd_kafka_message_t *m;
        long bundle;
        if (!next_message(pl, &m, &bundle))
            continue;
        if (m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                plog(PLOG_WARN, "consumer", "consume error: %s", rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
            continue;
        }
        if (pl->eos)
            pl->txn_msgs++;
        dispatch(pl, m, bundle);
    }
    drop_parked(pl); /* not dispatched: read again after a restart */

    if (atomic_load(&pl->fatal)) {
        /* Do not commit anything: the uncommitted input is processed again on restart. */
        rc = 1;
        plog(PLOG_FATAL, "pipeline", "stopping after a fatal error");
        stop_threads(pl);
        return rc;
    }
    stop_housekeeper(pl);
    plog(PLOG_INFO, "pipeline", "draining: %lld message(s) in flight",
         (long long)atomic_load(&pl->inflight));
    int64_t t0 = now_ms();
    if (wait_inflight(pl, -1, 1, pl->shutdown_ms) != 0) {
        plog(PLOG_ERROR, "pipeline", "drain did not finish within %" PRId64 " ms; unfinished "
                                     "messages stay uncommitted",
             pl->shutdown_ms);
        rc = 1;
    }
    if (pl->eos) {
        if (pl->txn_open && pl->txn_msgs > 0 && rc == 0)
            txn_commit(pl);
        else if (pl->txn_open) {
            rd_kafka_error_t *e = rd_kafka_abort_transaction(pl->producer, 10000);
            if (e)
                rd_kafka_error_destroy(e);
            pl->txn_open = 0;
        }
    } else {
        commit_sync(pl, NULL);
    }
    /* The revoke callback runs inside close; nothing is in flight any more. */
    rd_kafka_consumer_close(pl->consumer);
    int64_t left = pl->shutdown_ms - (now_ms() - t0);
    if (rd_kafka_flush(pl->producer, (int)(left > 1000 ? left : 1000)) != 0) {
        plog(PLOG_ERROR, "pipeline", "producer flush timed out");
        rc = 1;
    }
    stop_threads(pl);
    if (atomic_load(&pl->fatal))
        rc = 1;
    plog(PLOG_INFO, "pipeline", "stopped: consumed %llu, completed %llu, dead-lettered %llu",
         (unsigned long long)atomic_load(&pl->consumed),
         (unsigned long long)atomic_load(&pl->completed),
         (unsigned long long)atomic_load(&pl->dlq));
    return rc;
}
