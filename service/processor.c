/* processor.c - the processing stage behind processor.h: extraction (or passthrough)
 * and serialization of each record to the events topic. */
#include "processor.h"

#include "extract/extract.h"
#include "metrics.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct processor {
    int passthrough;
    px_ctx *px;
    char *topic_events, *topic_alerts, *topic_template, *ce_source;
    record_format fmt;
    alert_rules *rules;
    metrics_registry *metrics;
};

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
    p->fmt.structured = !strcmp(pconfig_str(conf, "output.cloudevents"), "structured");
    p->ce_source = strdup(pconfig_str(conf, "output.ce.source"));
    p->fmt.ce_source = p->ce_source;
    p->rules = pconfig_alert_rules(conf, err, errlen);
    if (!p->rules) {
        processor_destroy(p);
        return NULL;
    }
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
    st->records = json_array_size(*records);
    st->skipped_reason = ps.skipped_reason;
    return 0;
}

static void add_rule_header(const char *rule, void *opaque)
{
    rd_kafka_header_add(opaque, "parley_alert_rule", -1, rule, -1);
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
        char routed[256];
        if (record_output_fmt(out, OUT_EVENTS, p->topic_events, r, &p->fmt) != 0 ||
            (p->topic_template[0] &&
             topic_template_expand(p->topic_template, r, routed, sizeof routed) == 0 &&
             record_output_fmt(out, OUT_EVENTS, routed, r, &p->fmt) != 0)) {
            snprintf(err, errlen, "out of memory serializing a record");
            json_decref(records);
            return -1;
        }
        metrics_count_record(p->metrics, r);
        if (alert_rules_match(p->rules, r, NULL, NULL) == 0)
            continue;
        if (record_output_fmt(out, OUT_ALERTS, p->topic_alerts, r, &p->fmt) != 0) {
            snprintf(err, errlen, "out of memory serializing an alert");
            json_decref(records);
            return -1;
        }
        alert_rules_match(p->rules, r, add_rule_header, out->v[out->n - 1].hdrs);
        if (p->metrics)
            alert_rules_match(p->rules, r, count_alert, p->metrics);
        st->alerts++;
    }
    json_decref(records);
    return 0;
}
