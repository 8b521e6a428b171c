/* processor.c - the processing stage behind processor.h: extraction (or passthrough)
 * and serialization of each record to the events topic. */
#define _XOPEN_SOURCE 700 /* strptime */
#include "processor.h"

#include "corrections.h"
#include "enrich/enrich.h"
#include "extract/extract.h"
#include "metrics.h"
#include "rules.h"

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
    px_article pa = {.id = a->id,
                     .url = a->url,
                     .source = a->source,
                     .title = a->title,
                     .published_at = a->published_at,
                     .language = a->language,
                     .text = a->text,
                     .text_len = a->text_len};
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

static void add_rule_header(const char *rule, void *opaque)
{
    rd_kafka_header_add(opaque, "parley_alert_rule", -1, rule, -1);
}

/* Publication time of the record's article in ms since the epoch, or -1. */
int64_t record_published_ms(const json_t *record)
{
    const char *s = json_string_value(json_object_get(json_object_get(record, "article"),
                                                      "published_at"));
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (!s || !strptime(s, "%Y-%m-%dT%H:%M:%S", &tm))
        return -1;
    return (int64_t)timegm(&tm) * 1000;
}

/* Alerts are for news, not history: a replay of old articles raises none. */
static int too_old(const processor *p, const json_t *record)
{
    if (p->replay_max_age_ms <= 0)
        return 0;
    int64_t pub = record_published_ms(record);
    return pub >= 0 && (int64_t)time(NULL) * 1000 - pub > p->replay_max_age_ms;
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

int processor_run(processor *p, const article *a, poutputs *out, processor_stats *st, char *err,
                  size_t errlen)
{
    json_t *records = NULL, *r;
    size_t i;
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
static int add_manifest(const article *a, const char *topic, const char *ids, size_t ids_len,
                        char *lines, size_t lines_len, poutputs *out)
{
    char kb[600];
    size_t kl = article_key(a->id, kb, sizeof kb);
    char *key = strndup(kb, kl);
    rd_kafka_headers_t *h = rd_kafka_headers_new(1);
    if (!key || !h) {
        free(key);
        free(lines);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    rd_kafka_header_add(h, "parley_event_ids", -1, ids_len ? ids : "", (ssize_t)ids_len);
    if (lines_len == 0) {
        free(lines); /* no event: a null value */
        lines = NULL;
    }
    return poutputs_add(out, OUT_INTERNAL, topic, key, kl, lines, lines_len, h);
}

int processor_stage_a(processor *p, const article *a, const char *repartition_topic,
                      poutputs *out, processor_stats *st, char *err, size_t errlen)
{
    json_t *records = NULL, *r;
    size_t i, ids_len = 0, ids_cap = 0, lines_len = 0, lines_cap = 0;
    char *ids = NULL, *lines = NULL;
    int rc = -1;
    if (processor_records(p, a, &records, st, err, errlen) != 0)
        return -1;
    json_array_foreach(records, i, r)
    {
        const char *ck = json_string_value(json_object_get(r, "cluster_key"));
        const char *eid = json_string_value(json_object_get(r, "event_id"));
        char *key = strdup(ck ? ck : "-");
        char *value = json_dumps(r, JSON_COMPACT);
        size_t vlen = value ? strlen(value) : 0;
        if (value && p->corrections && eid) {
            size_t el = strlen(eid);
            if (buf_reserve(&lines, &lines_cap, lines_len, vlen + 1) != 0 ||
                buf_reserve(&ids, &ids_cap, ids_len, el + 2) != 0) {
                free(key);
                free(value);
                goto oom;
            }
            memcpy(lines + lines_len, value, vlen);
            lines_len += vlen;
            lines[lines_len++] = '\n';
            if (ids_len)
                ids[ids_len++] = ',';
            memcpy(ids + ids_len, eid, el);
            ids_len += el;
            ids[ids_len] = '\0';
        }
        if (!key || !value ||
            poutputs_add(out, OUT_INTERNAL, repartition_topic, key, strlen(key), value, vlen,
                         NULL) != 0) {
            if (!key || !value) {
                free(key);
                free(value);
            }
            goto oom;
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
    return rc;
}

int processor_stage_b(processor *p, const json_t *record, int alert, poutputs *out,
                      processor_stats *st, char *err, size_t errlen)
{
    memset(st, 0, sizeof *st);
    st->records = 1;
    return route_record(p, record, alert, out, st, err, errlen);
}
