/* processor.c - the processing stage behind processor.h: extraction (or passthrough)
 * and serialization of each record to the events topic. */
#define _XOPEN_SOURCE 700 /* strptime */
#include "processor.h"

#include "clusters.h"
#include "corrections.h"
#include "enrich/enrich.h"
#include "extract/extract.h"
#include "metrics.h"
#include "jsonw.h"
#include "rules.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct processor {
    int passthrough;
    px_ctx *px;
    char *topic_events, *topic_alerts, *topic_template, *ce_source;
    record_format fmt;
    int64_t replay_max_age_ms;
    alert_rules *rules;
    int corrections; /* stage A also sends each article's manifest (corrections.h) */
    metrics_registry *metrics;
    enrich_ctx *enrich; /* NULL: every enrichment backend off */
    int fetch;
};

/* enrich.* settings; strings stay owned by conf, which enrich_new copies from. */
static enrich_ctx *enrich_from_config(const pconfig *c, char *err, size_t errlen)
{
    enrich_config e;
    enrich_config_defaults(&e);
    const char *s;
    e.wikidata_url = pconfig_str(c, "enrich.wikidata.url");
    e.nominatim_url = pconfig_str(c, "enrich.nominatim.url");
    e.fetch_enabled = pconfig_bool(c, "enrich.fetch.enabled");
    if (!e.wikidata_url[0] && !e.nominatim_url[0] && !e.fetch_enabled)
        return NULL; /* off: nothing touches the network */
    s = pconfig_str(c, "enrich.user_agent");
    e.user_agent = *s ? s : NULL;
    s = pconfig_str(c, "enrich.ca.file");
    e.ca_file = *s ? s : NULL;
    s = pconfig_str(c, "enrich.fetch.allow.nets");
    e.allow_nets = *s ? s : NULL;
    e.connect_timeout_ms = (long)pconfig_int(c, "enrich.connect.timeout.ms");
    e.timeout_ms = (long)pconfig_int(c, "enrich.timeout.ms");
    e.article_budget_ms = (long)pconfig_int(c, "enrich.budget.ms");
    e.fetch_budget_ms = (long)pconfig_int(c, "enrich.fetch.budget.ms");
    e.background_queue = (long)pconfig_int(c, "enrich.background.queue");
    if (e.background_queue == 0)
        e.background_queue = -1; /* enrich_config: -1 = off, 0 = default */
    e.background_budget_ms = (long)pconfig_int(c, "enrich.background.budget.ms");
    e.max_body_bytes = (size_t)pconfig_int(c, "enrich.max.body.bytes");
    e.max_text_bytes = (size_t)pconfig_int(c, "enrich.fetch.max.text.bytes");
    e.max_redirects = (long)pconfig_int(c, "enrich.fetch.max.redirects");
    e.allow_private = pconfig_bool(c, "enrich.fetch.allow.private");
    e.cache_max_bytes = (size_t)pconfig_int(c, "enrich.cache.max.bytes");
    e.cache_ttl_s = (long)pconfig_int(c, "enrich.cache.ttl.s");
    e.negative_ttl_s = (long)pconfig_int(c, "enrich.cache.negative.ttl.s");
    e.wikidata_concurrency = (long)pconfig_int(c, "enrich.wikidata.concurrency");
    e.wikidata_rate_per_s = (long)pconfig_int(c, "enrich.wikidata.rate.per.s");
    e.maxlag_s = (long)pconfig_int(c, "enrich.wikidata.maxlag.s");
    e.nominatim_concurrency = (long)pconfig_int(c, "enrich.nominatim.concurrency");
    e.nominatim_rate_per_s = (long)pconfig_int(c, "enrich.nominatim.rate.per.s");
    if (e.nominatim_rate_per_s == 0)
        e.nominatim_rate_per_s = -1; /* enrich_config: -1 = unlimited */
    e.fetch_concurrency = (long)pconfig_int(c, "enrich.fetch.concurrency");
    e.retries = (long)pconfig_int(c, "enrich.retries");
    if (e.retries == 0)
        e.retries = -1; /* enrich_config: -1 = no retries, 0 = default */
    e.backoff_base_ms = (long)pconfig_int(c, "enrich.backoff.base.ms");
    e.backoff_max_ms = (long)pconfig_int(c, "enrich.backoff.max.ms");
    e.breaker_failures = (long)pconfig_int(c, "enrich.breaker.failures");
    e.breaker_open_ms = (long)pconfig_int(c, "enrich.breaker.open.ms");
    enrich_ctx *ctx = enrich_new(&e, err, errlen);
    return ctx;
}

enrich_ctx *processor_enrich(processor *p)
{
    return p->enrich;
}

int processor_fetch(processor *p, const char *url, enrich_page *page)
{
    if (!p->enrich || !p->fetch)
        return -1;
    return enrich_fetch_article(p->enrich, url, page);
}

void processor_set_metrics(processor *p, metrics_registry *reg)
{
    p->metrics = reg;
}

static void count_alert(const char *rule, void *reg)
{
    metrics_count_alert(reg, rule);
}

processor *processor_new(const pconfig *conf, char *err, size_t errlen)
{
    processor *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    p->passthrough = strcmp(pconfig_str(conf, "processing.processor"), "passthrough") == 0;
    p->topic_events = strdup(pconfig_str(conf, "topic.events"));
    p->topic_alerts = strdup(pconfig_str(conf, "topic.alerts"));
    p->topic_template = strdup(pconfig_str(conf, "topic.events.template"));
    static const char *keys[] = {"dyad", "event_id", "cluster_key", "source_country"};
    const char *key = pconfig_str(conf, "output.key");
    for (int i = 0; i < 4; i++)
        if (!strcmp(key, keys[i]))
            p->fmt.key = (record_key)i;
    if (p->passthrough)
        p->fmt.key = KEY_EVENT_ID;
    p->replay_max_age_ms = pconfig_int(conf, "replay.alert.max.age.ms");
    p->corrections = pconfig_bool(conf, "corrections.enabled");
    p->fmt.structured = !strcmp(pconfig_str(conf, "output.cloudevents"), "structured");
    p->ce_source = strdup(pconfig_str(conf, "output.ce.source"));
    p->fmt.ce_source = p->ce_source;
    p->rules = pconfig_alert_rules(conf, err, errlen);
    if (!p->rules) {
        processor_destroy(p);
        return NULL;
    }
    err[0] = '\0';
    p->enrich = enrich_from_config(conf, err, errlen);
    if (!p->enrich && err[0]) {
        processor_destroy(p);
        return NULL;
    }
    p->fetch = p->enrich && pconfig_bool(conf, "enrich.fetch.enabled");
    if (!p->passthrough) {
        px_options o = {0};
        const char *af = pconfig_str(conf, "extract.actors.file");
        const char *dd = pconfig_str(conf, "extract.data.dir");
        o.actors_file = *af ? af : NULL;
        o.data_dir = *dd ? dd : NULL;
        o.max_records = (size_t)pconfig_int(conf, "extract.max.records");
        p->px = px_ctx_new(&o, err, errlen);
        if (!p->px) {
            processor_destroy(p);
            return NULL;
        }
    }
    if (!p->topic_events || !p->topic_alerts || !p->topic_template || !p->ce_source) {
        processor_destroy(p);
        return NULL;
    }
    return p;
}

void processor_destroy(processor *p)
{
    if (!p)
        return;
    px_ctx_destroy(p->px);
    enrich_destroy(p->enrich);
    alert_rules_destroy(p->rules);
    free(p->topic_events);
    free(p->topic_alerts);
    free(p->topic_template);
    free(p->ce_source);
    free(p);
}

static json_t *passthrough_record(const article *a)
{
    json_t *r = json_pack("{s:s, s:s, s:{s:s, s:s?, s:s?}, s:I}", "schema",
                          "parley.passthrough.v1", "event_id", a->id, "article", "id", a->id,
                          "published_at", a->published_at, "title", a->title, "text_bytes",
                          (json_int_t)a->text_len);
    /* The input position lets tests check that each partition keeps its order. */
    if (r && a->offset >= 0)
        json_object_set_new(r, "input", json_pack("{s:i, s:I}", "partition", (int)a->partition,
                                                  "offset", (json_int_t)a->offset));
    return r;
}

static px_article px_article_of(const article *a)
{
    return (px_article){.id = a->id,
                        .url = a->url,
                        .source = a->source,
                        .title = a->title,
                        .published_at = a->published_at,
                        .language = a->language,
                        .text = a->text,
                        .text_len = a->text_len};
}

int processor_records(processor *p, const article *a, json_t **records, processor_stats *st,
                      char *err, size_t errlen)
{
    memset(st, 0, sizeof *st);
    if (p->passthrough) {
        *records = json_array();
        json_array_append_new(*records, passthrough_record(a));
        st->records = 1;
        return 0;
    }
    px_article pa = px_article_of(a);
    px_stats ps = {0};
    if (px_extract(p->px, &pa, records, &ps, err, errlen) != 0)
        return -1;
    if (p->enrich && enrich_enabled(p->enrich) && json_array_size(*records) > 0) {
        /* Never fatal: failures are reported in each record's enrichment status. */
        enrich_result er;
        enrich_records(p->enrich, *records, a->published_at, &er);
    }
    st->records = json_array_size(*records);
    st->skipped_reason = ps.skipped_reason;
    return 0;
}

static void add_rule_header_to(const char *rule, void *opaque)
{
    rd_kafka_header_add(opaque, "parley_rule", -1, rule, -1);
}

/* ---------- records as text: the path without jansson trees ----------
 * px_extract_text writes each record's JSON text directly; building and freeing a tree
 * per record cost as much as the rest of extraction. Enrichment (which edits records) and
 * structured CloudEvents (which wrap them) take the tree path. Alert rules look at a
 * tree: with rules configured, each record's text is parsed for them. */
static int text_path(const processor *p)
{
    return !p->passthrough && !p->fmt.structured && !(p->enrich && enrich_enabled(p->enrich));
}

static const char first_report_members[] = ",\"first_report\":true,\"duplicate_of\":null";

static int text_records(processor *p, const article *a, px_text_records **records,
                        processor_stats *st, char *err, size_t errlen)
{
    memset(st, 0, sizeof *st);
    px_article pa = px_article_of(a);
    px_stats ps = {0};
    if (px_extract_text(p->px, &pa, records, &ps, err, errlen) != 0)
        return -1;
    st->records = px_text_records_count(*records);
    st->skipped_reason = ps.skipped_reason;
    return 0;
}

int processor_print_records(processor *p, const article *a, FILE *out, processor_stats *st,
                            char *err, size_t errlen)
{
    if (p->passthrough || (p->enrich && enrich_enabled(p->enrich))) {
        json_t *records = NULL, *r;
        size_t i;
        if (processor_records(p, a, &records, st, err, errlen) != 0)
            return -1;
        json_array_foreach(records, i, r)
        {
            size_t len = 0;
            char *s = jsonw_dumps(r, &len);
            if (s) {
                fwrite(s, 1, len, out);
                putc('\n', out);
                free(s);
            }
        }
        json_decref(records);
        return 0;
    }
    px_text_records *records = NULL;
    if (text_records(p, a, &records, st, err, errlen) != 0)
        return -1;
    for (size_t i = 0; i < px_text_records_count(records); i++) {
        const px_text_record *r = px_text_records_get(records, i);
        fwrite(r->json, 1, r->first_report_at, out);
        fwrite(first_report_members, 1, sizeof first_report_members - 1, out);
        fwrite(r->json + r->first_report_at, 1, r->len - r->first_report_at, out);
        putc('\n', out);
    }
    px_text_records_destroy(records);
    return 0;
}

/* The record's output key (record_key_of). */
static char *text_record_key(const processor *p, const px_text_record *r)
{
    const char *countries[PX_TEXT_ACTORS];
    for (size_t i = 0; i < r->nactors; i++)
        countries[i] = r->actor_country[i];
    return record_key_from(p->fmt.key, r->event_id, r->cluster_key, r->nactors, r->actor_role,
                           countries);
}

/* The names of the alert rules the record matches, as parley_rule headers in a new list
 * (NULL when no rule is configured or none matches); -1 when out of memory. */
static int text_rules(processor *p, const char *json, size_t len, rd_kafka_headers_t **rules)
{
    *rules = NULL;
    if (alert_rules_count(p->rules) == 0)
        return 0;
    json_t *r = json_loadb(json, len, 0, NULL);
    if (!r)
        return -1;
    rd_kafka_headers_t *h = rd_kafka_headers_new(4);
    if (alert_rules_match(p->rules, r, add_rule_header_to, h) == 0) {
        rd_kafka_headers_destroy(h);
        h = NULL;
    }
    json_decref(r);
    *rules = h;
    return 0;
}

/* The article's published_at as records carry it (an empty one is null). */
static const char *published_at_of(const article *a)
{
    return a->published_at && a->published_at[0] ? a->published_at : NULL;
}

static void add_rule_header(const char *rule, void *opaque)
{
    rd_kafka_header_add(opaque, "parley_alert_rule", -1, rule, -1);
}

static int64_t published_ms_of(const char *s);

/* Publication time of the record's article in ms since the epoch, or -1. */
int64_t record_published_ms(const json_t *record)
{
    return published_ms_of(json_string_value(json_object_get(json_object_get(record, "article"),
                                                             "published_at")));
}

static int64_t published_ms_of(const char *s)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (!s || !strptime(s, "%Y-%m-%dT%H:%M:%S", &tm))
        return -1;
    return (int64_t)timegm(&tm) * 1000;
}

/* Alerts are for news, not history: a replay of old articles raises none. */
static int too_old_ms(const processor *p, int64_t pub)
{
    if (p->replay_max_age_ms <= 0)
        return 0;
    return pub >= 0 && (int64_t)time(NULL) * 1000 - pub > p->replay_max_age_ms;
}

static int too_old(const processor *p, const json_t *record)
{
    return too_old_ms(p, record_published_ms(record));
}

/* One record to the events topic (and its template topic), and to the alerts topic with
 * the names of the matching rules when alert is set. */
static int route_record(processor *p, const json_t *r, int alert, poutputs *out,
                        processor_stats *st, char *err, size_t errlen)
{
    char routed[256];
    if (record_output_fmt(out, OUT_EVENTS, p->topic_events, r, &p->fmt) != 0 ||
        (p->topic_template[0] &&
         topic_template_expand(p->topic_template, r, routed, sizeof routed) == 0 &&
         record_output_fmt(out, OUT_EVENTS, routed, r, &p->fmt) != 0)) {
        snprintf(err, errlen, "out of memory serializing a record");
        return -1;
    }
    metrics_count_record(p->metrics, r);
    if (!alert || too_old(p, r))
        return 0;
    if (record_output_fmt(out, OUT_ALERTS, p->topic_alerts, r, &p->fmt) != 0) {
        snprintf(err, errlen, "out of memory serializing an alert");
        return -1;
    }
    alert_rules_match(p->rules, r, add_rule_header, out->v[out->n - 1].hdrs);
    if (p->metrics)
        alert_rules_match(p->rules, r, count_alert, p->metrics);
    st->alerts++;
    return 0;
}

int processor_wants_alert(processor *p, const json_t *record)
{
    return alert_rules_match(p->rules, record, NULL, NULL) > 0;
}

int processor_is_passthrough(const processor *p)
{
    return p->passthrough;
}

static int run_text(processor *p, const article *a, poutputs *out, processor_stats *st,
                    char *err, size_t errlen);

int processor_run(processor *p, const article *a, poutputs *out, processor_stats *st, char *err,
                  size_t errlen)
{
    json_t *records = NULL, *r;
    size_t i;
    if (text_path(p))
        return run_text(p, a, out, st, err, errlen);
    if (processor_records(p, a, &records, st, err, errlen) != 0)
        return -1;
    json_array_foreach(records, i, r)
    {
        if (route_record(p, r, processor_wants_alert(p, r), out, st, err, errlen) != 0) {
            json_decref(records);
            return -1;
        }
    }
    json_decref(records);
    return 0;
}

/* Grows *buf to hold need more bytes. */
static int buf_reserve(char **buf, size_t *cap, size_t len, size_t need)
{
    if (len + need <= *cap)
        return 0;
    size_t ncap = (*cap ? *cap : 256);
    while (ncap < len + need)
        ncap *= 2;
    char *nb = realloc(*buf, ncap);
    if (!nb)
        return -1;
    *buf = nb;
    *cap = ncap;
    return 0;
}

/* The article's manifest for corrections (corrections.h): key "article:<id>", header
 * parley_event_ids, value its records as JSON lines. */
int64_t processor_origin(int32_t partition, int64_t offset)
{
    if (partition < 0 || partition >= (1 << 21) || offset < 0 || offset >= ((int64_t)1 << 40))
        return -1;
    return ((int64_t)1 << 62) | ((int64_t)partition << 40) | offset;
}

/* The parley_origin header (processor_origin; nothing for -1, an article not from Kafka). */
static void header_origin(rd_kafka_headers_t *h, int64_t origin)
{
    char buf[24];
    if (origin < 0)
        return;
    int n = snprintf(buf, sizeof buf, "%" PRId64, origin);
    rd_kafka_header_add(h, "parley_origin", -1, buf, n);
}

static int add_manifest(const article *a, const char *topic, const char *ids, size_t ids_len,
                        char *lines, size_t lines_len, poutputs *out)
{
    char kb[600];
    size_t kl = article_key(a->id, kb, sizeof kb);
    char *key = strndup(kb, kl);
    rd_kafka_headers_t *h = rd_kafka_headers_new(2);
    if (!key || !h) {
        free(key);
        free(lines);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    rd_kafka_header_add(h, "parley_event_ids", -1, ids_len ? ids : "", (ssize_t)ids_len);
    header_origin(h, processor_origin(a->partition, a->offset));
    if (lines_len == 0) {
        free(lines); /* no event: a null value */
        lines = NULL;
    }
    return poutputs_add(out, OUT_INTERNAL, topic, key, kl, lines, lines_len, h);
}

static void header_str(rd_kafka_headers_t *h, const char *name, const char *v)
{
    if (v)
        rd_kafka_header_add(h, name, -1, v, -1);
}

/* The fields of a record for the repartition topic (processor_rep_output). */
typedef struct rep_record {
    const char *cluster_key, *event_id, *type, *status, *published_at; /* may be NULL */
    int retracted;
    const json_t *match; /* the record as a tree for the alert rules, or NULL */
    int64_t origin;      /* processor_origin of its article, -1 when none */
} rep_record;

/* Takes v (vlen bytes) and okey (freed). */
static int rep_add(processor *p, const rep_record *r, char *v, size_t vlen, char *okey,
                   const char *topic, poutputs *out, const char **value, size_t *value_len)
{
    char *key = strdup(r->cluster_key ? r->cluster_key : "-");
    rd_kafka_headers_t *h = rd_kafka_headers_new(8);
    if (!key || !v || !okey || !h) {
        free(key);
        free(v);
        free(okey);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    header_str(h, "parley_eid", r->event_id);
    header_str(h, "parley_type", r->type);
    header_str(h, "parley_status", r->status);
    header_str(h, "parley_okey", okey);
    header_str(h, "parley_pub", r->published_at);
    if (r->retracted)
        rd_kafka_header_add(h, "parley_retracted", -1, "true", 4);
    header_origin(h, r->origin);
    if (r->match)
        alert_rules_match(p->rules, r->match, add_rule_header_to, h);
    free(okey);
    if (poutputs_add(out, OUT_INTERNAL, topic, key, strlen(key), v, vlen, h) != 0)
        return -1;
    if (value)
        *value = out->v[out->n - 1].value;
    if (value_len)
        *value_len = vlen;
    return 0;
}

/* processor_rep_output with the origin of the record's article (-1: none). */
static int rep_output_json(processor *p, json_t *r, const char *topic, poutputs *out,
                           const char **value, size_t *value_len, int64_t origin)
{
    /* Stage B appends these (it knows them); the rest is final. */
    json_object_del(r, "first_report");
    json_object_del(r, "duplicate_of");
    json_object_del(r, "report_count");
    rep_record rr = {
        json_string_value(json_object_get(r, "cluster_key")),
        json_string_value(json_object_get(r, "event_id")),
        json_string_value(json_object_get(r, "type")),
        json_string_value(json_object_get(r, "status")),
        json_string_value(json_object_get(json_object_get(r, "article"), "published_at")),
        json_is_true(json_object_get(r, "retracted")),
        r,
        origin,
    };
    size_t vlen = 0;
    char *v = jsonw_dumps(r, &vlen);
    return rep_add(p, &rr, v, vlen, record_key_of(r, p->fmt.key), topic, out, value, value_len);
}

int processor_rep_output(processor *p, json_t *r, const char *topic, poutputs *out,
                         const char **value, size_t *value_len)
{
    return rep_output_json(p, r, topic, out, value, value_len, -1);
}

/* processor_rep_output for a record as text (of article a). */
static int rep_output_text(processor *p, const article *a, const px_text_record *r,
                           const char *topic, poutputs *out, const char **value,
                           size_t *value_len)
{
    json_t *match = alert_rules_count(p->rules) ? json_loadb(r->json, r->len, 0, NULL) : NULL;
    char *v = malloc(r->len ? r->len : 1);
    if (v && alert_rules_count(p->rules) && !match) {
        free(v); /* out of memory: rep_add reports it */
        v = NULL;
    }
    if (v)
        memcpy(v, r->json, r->len);
    rep_record rr = {r->cluster_key, r->event_id, r->type, r->status, published_at_of(a), 0,
                     match, processor_origin(a->partition, a->offset)};
    int rc = rep_add(p, &rr, v, r->len, text_record_key(p, r), topic, out, value, value_len);
    json_decref(match);
    return rc;
}

int processor_stage_a(processor *p, const article *a, const char *repartition_topic,
                      poutputs *out, processor_stats *st, char *err, size_t errlen)
{
    json_t *records = NULL;
    px_text_records *text = NULL;
    size_t ids_len = 0, ids_cap = 0, lines_len = 0, lines_cap = 0;
    char *ids = NULL, *lines = NULL;
    int rc = -1, tp = text_path(p);
    if ((tp ? text_records(p, a, &text, st, err, errlen)
            : processor_records(p, a, &records, st, err, errlen)) != 0)
        return -1;
    size_t n = tp ? px_text_records_count(text) : json_array_size(records);
    for (size_t i = 0; i < n; i++) {
        const char *value, *eid;
        size_t vlen;
        if (tp) {
            const px_text_record *r = px_text_records_get(text, i);
            if (rep_output_text(p, a, r, repartition_topic, out, &value, &vlen) != 0)
                goto oom;
            eid = r->event_id;
        } else {
            json_t *r = json_array_get(records, i);
            if (rep_output_json(p, r, repartition_topic, out, &value, &vlen,
                                processor_origin(a->partition, a->offset)) != 0)
                goto oom;
            eid = json_string_value(json_object_get(r, "event_id"));
        }
        if (p->corrections && eid) {
            size_t el = strlen(eid);
            if (buf_reserve(&lines, &lines_cap, lines_len, vlen + 1) != 0 ||
                buf_reserve(&ids, &ids_cap, ids_len, el + 2) != 0)
                goto oom;
            memcpy(lines + lines_len, value, vlen);
            lines_len += vlen;
            lines[lines_len++] = '\n';
            if (ids_len)
                ids[ids_len++] = ',';
            memcpy(ids + ids_len, eid, el);
            ids_len += el;
            ids[ids_len] = '\0';
        }
    }
    if (p->corrections) {
        if (add_manifest(a, repartition_topic, ids, ids_len, lines, lines_len, out) != 0) {
            lines = NULL;
            goto oom;
        }
        lines = NULL;
    }
    rc = 0;
    goto done;
oom:
    snprintf(err, errlen, "out of memory serializing a record");
done:
    free(ids);
    free(lines);
    json_decref(records);
    px_text_records_destroy(text);
    return rc;
}

/* A header's value as a string in buf (cap bytes); NULL when absent or too long. */
static const char *hdr(rd_kafka_headers_t *h, const char *name, char *buf, size_t cap)
{
    const void *v;
    size_t n;
    if (!h || rd_kafka_header_get_last(h, name, &v, &n) != RD_KAFKA_RESP_ERR_NO_ERROR || !v ||
        n >= cap || memchr(v, '\0', n))
        return NULL;
    memcpy(buf, v, n);
    buf[n] = '\0';
    return buf;
}

int64_t processor_rep_origin(rd_kafka_headers_t *h)
{
    char buf[24], *end;
    if (!hdr(h, "parley_origin", buf, sizeof buf) || !buf[0])
        return -1;
    long long o = strtoll(buf, &end, 10);
    return *end == '\0' && o >= 0 ? (int64_t)o : -1;
}

int processor_rep_fields(const processor *p, const void *value, size_t len,
                         rd_kafka_headers_t *h, rep_fields *f)
{
    memset(f, 0, sizeof *f);
    if (p->fmt.structured || !value || len < 3 || ((const char *)value)[len - 1] != '}' || !h)
        return -1;
    f->event_id = hdr(h, "parley_eid", f->eid_buf, sizeof f->eid_buf);
    f->type = hdr(h, "parley_type", f->type_buf, sizeof f->type_buf);
    f->status = hdr(h, "parley_status", f->status_buf, sizeof f->status_buf);
    f->okey = hdr(h, "parley_okey", f->okey_buf, sizeof f->okey_buf);
    f->published_at = hdr(h, "parley_pub", f->pub_buf, sizeof f->pub_buf);
    if (!f->event_id || !f->type || !f->status || !f->okey)
        return -1;
    for (size_t i = 0;; i++) {
        const void *v;
        size_t n;
        if (rd_kafka_header_get(h, i, "parley_rule", &v, &n) != RD_KAFKA_RESP_ERR_NO_ERROR)
            break;
        f->nrules++;
    }
    char rb[8];
    f->retracted = hdr(h, "parley_retracted", rb, sizeof rb) != NULL;
    f->hdrs = h;
    f->published_ms = published_ms_of(f->published_at);
    f->origin = processor_rep_origin(h);
    return 0;
}

/* A serialized record (len bytes of v) to the events topic (and its template topic),
 * and, unless its article is too old for alerts, to the alerts topic with one
 * parley_alert_rule header per parley_rule header in rules (NULL: no alert). */
static int route_bytes(processor *p, poutputs *out, const char *v, size_t len,
                       const record_meta *meta, int64_t pub_ms, rd_kafka_headers_t *rules,
                       processor_stats *st)
{
    char routed[256];
    int rc = record_output_bytes(out, OUT_EVENTS, p->topic_events, v, len, meta, p->ce_source);
    if (rc == 0 && p->topic_template[0] &&
        topic_template_expand_fields(p->topic_template, meta->type, meta->status, routed,
                                     sizeof routed) == 0)
        rc = record_output_bytes(out, OUT_EVENTS, routed, v, len, meta, p->ce_source);
    if (rc == 0)
        metrics_count_event(p->metrics, meta->type, meta->status);
    if (rc == 0 && rules && !too_old_ms(p, pub_ms)) {
        rc = record_output_bytes(out, OUT_ALERTS, p->topic_alerts, v, len, meta, p->ce_source);
        for (size_t i = 0; rc == 0; i++) {
            const void *rv;
            size_t n;
            if (rd_kafka_header_get(rules, i, "parley_rule", &rv, &n) !=
                RD_KAFKA_RESP_ERR_NO_ERROR)
                break;
            rd_kafka_header_add(out->v[out->n - 1].hdrs, "parley_alert_rule", -1, rv,
                                (ssize_t)n);
            if (p->metrics) {
                char name[256];
                snprintf(name, sizeof name, "%.*s", (int)(n < 255 ? n : 255), (const char *)rv);
                metrics_count_alert(p->metrics, name);
            }
        }
        if (rc == 0)
            st->alerts++;
    }
    return rc;
}

int processor_stage_b_bytes(processor *p, const void *value, size_t len, const rep_fields *f,
                            const cluster_decision *d, int alert, poutputs *out,
                            processor_stats *st, char *err, size_t errlen)
{
    char tail[160];
    memset(st, 0, sizeof *st);
    st->records = 1;
    int tl = d->first_report
                 ? snprintf(tail, sizeof tail,
                            ",\"first_report\":true,\"duplicate_of\":null,\"report_count\":%lld}",
                            (long long)d->report_count)
                 : snprintf(tail, sizeof tail,
                            ",\"first_report\":false,\"duplicate_of\":\"%s\",\"report_count\":%lld}",
                            d->duplicate_of, (long long)d->report_count);
    size_t body = len - 1, vlen = body + (size_t)tl;
    char *v = malloc(vlen);
    if (!v || tl <= 0 || (size_t)tl >= sizeof tail) {
        free(v);
        snprintf(err, errlen, "out of memory serializing a record");
        return -1;
    }
    memcpy(v, value, body);
    memcpy(v + body, tail, (size_t)tl);
    record_meta meta = {f->event_id, f->type, f->status, f->published_at, f->okey,
                        strlen(f->okey)};
    int rc = route_bytes(p, out, v, vlen, &meta, f->published_ms, alert ? f->hdrs : NULL, st);
    free(v);
    if (rc != 0)
        snprintf(err, errlen, "out of memory serializing a record");
    return rc;
}

int processor_stage_b(processor *p, const json_t *record, int alert, poutputs *out,
                      processor_stats *st, char *err, size_t errlen)
{
    memset(st, 0, sizeof *st);
    st->records = 1;
    return route_record(p, record, alert, out, st, err, errlen);
}

static int run_text(processor *p, const article *a, poutputs *out, processor_stats *st,
                    char *err, size_t errlen)
{
    px_text_records *records = NULL;
    if (text_records(p, a, &records, st, err, errlen) != 0)
        return -1;
    const char *pub = published_at_of(a);
    int64_t pub_ms = published_ms_of(pub);
    int rc = 0;
    for (size_t i = 0; i < px_text_records_count(records) && rc == 0; i++) {
        const px_text_record *r = px_text_records_get(records, i);
        size_t fl = sizeof first_report_members - 1, len = r->len + fl;
        char *v = malloc(len);
        char *okey = text_record_key(p, r);
        rd_kafka_headers_t *rules = NULL;
        rc = !v || !okey || text_rules(p, r->json, r->len, &rules) != 0 ? -1 : 0;
        if (rc == 0) {
            memcpy(v, r->json, r->first_report_at);
            memcpy(v + r->first_report_at, first_report_members, fl);
            memcpy(v + r->first_report_at + fl, r->json + r->first_report_at,
                   r->len - r->first_report_at);
            record_meta meta = {r->event_id, r->type, r->status, pub, okey, strlen(okey)};
            rc = route_bytes(p, out, v, len, &meta, pub_ms, rules, st);
        }
        free(v);
        free(okey);
        if (rules)
            rd_kafka_headers_destroy(rules);
    }
    px_text_records_destroy(records);
    if (rc != 0)
        snprintf(err, errlen, "out of memory serializing a record");
    return rc;
}
