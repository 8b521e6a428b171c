/* main.c - the parleyd command line: run, run --embedded, extract, check-config.
 * Loads configuration (file, environment, -X), installs signal handlers that only set
 * flags, and hands over to the pipeline, the embedded runner or offline extraction. */
#include "../consumers/article.h"
#include "config.h"
#include "embedded.h"
#include "enrich/enrich.h"
#include "extract/extract.h"
#include "log.h"
#include "metrics.h"
#include "pipeline.h"
#include "processor.h"
#include "jsonw.h"
#include "rules.h"

#ifdef PARLEY_JEMALLOC
#include <jemalloc/jemalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PARLEY_VERSION
#define PARLEY_VERSION "0.0.0"
#endif

extern char **environ;

static volatile sig_atomic_t g_stop = 0, g_reload = 0;

static void on_signal(int sig)
{
    if (sig == SIGHUP)
        g_reload = 1;
    else
        g_stop = 1;
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage:\n"
            "  parleyd run [-c FILE] [-X key=value]...        the daemon\n"
            "  parleyd run --embedded [--envelope] [-c FILE] [-X ...]\n"
            "                  the same pipeline on an in-process Kafka; articles (JSONL) on stdin\n"
            "  parleyd extract [-c FILE] [--text] [--published T] [--id ID] [-X ...] [FILE|-]\n"
            "                  offline extraction: JSONL articles in, JSONL records out\n"
            "  parleyd check-config [-c FILE] [-X ...] [--reference]\n"
            "                  validate configuration and print the effective configuration\n"
            "  parleyd --version | --help\n"
            "Configuration: properties file, then PARLEY_<KEY> environment, then -X (later wins).\n"
            "Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error.\n");
}

typedef struct cli {
    const char *cmd;
    const char *config_file;
    const char *xs[256];
    int nx;
    int embedded, envelope, text, reference;
    const char *published, *id, *input;
} cli;

static int parse_cli(int argc, char **argv, cli *c)
{
    memset(c, 0, sizeof *c);
    c->cmd = argv[1];
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-c") || !strcmp(a, "--config")) {
            if (++i >= argc)
                return -1;
            c->config_file = argv[i];
        } else if (!strcmp(a, "-X")) {
            if (++i >= argc || c->nx == 256)
                return -1;
            c->xs[c->nx++] = argv[i];
        } else if (!strncmp(a, "-X", 2) && a[2]) {
            if (c->nx == 256)
                return -1;
            c->xs[c->nx++] = a + 2;
        } else if (!strcmp(a, "--embedded")) {
            c->embedded = 1;
        } else if (!strcmp(a, "--envelope")) {
            c->envelope = 1;
        } else if (!strcmp(a, "--text")) {
            c->text = 1;
        } else if (!strcmp(a, "--reference")) {
            c->reference = 1;
        } else if (!strcmp(a, "--published")) {
            if (++i >= argc)
                return -1;
            c->published = argv[i];
        } else if (!strcmp(a, "--id")) {
            if (++i >= argc)
                return -1;
            c->id = argv[i];
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "parleyd: unknown option '%s'\n", a);
            return -1;
        } else {
            if (c->input)
                return -1;
            c->input = a;
        }
    }
    return 0;
}

static pconfig *load_config(const cli *c, char *err, size_t errlen)
{
    pconfig *conf = pconfig_new();
    if (!conf) {
        snprintf(err, errlen, "parleyd: out of memory");
        return NULL;
    }
    if (c->config_file && pconfig_load_file(conf, c->config_file, err, errlen) != 0)
        goto fail;
    if (pconfig_load_env(conf, environ, err, errlen) != 0)
        goto fail;
    for (int i = 0; i < c->nx; i++)
        if (pconfig_set_arg(conf, c->xs[i], err, errlen) != 0)
            goto fail;
    if (pconfig_validate(conf, err, errlen) != 0)
        goto fail;
    if (pconfig_str(conf, "metrics.listen")[0] &&
        metrics_check_listen(pconfig_str(conf, "metrics.listen"), err, errlen) != 0)
        goto fail;
    return conf;
fail:
    pconfig_destroy(conf);
    return NULL;
}

/* SIGHUP: the same sources as at start-up, read again. */
static pconfig *reload_config(void *opaque)
{
    char err[1024];
    pconfig *conf = load_config(opaque, err, sizeof err);
    if (!conf)
        plog(PLOG_ERROR, "reload", "%s", err);
    return conf;
}

static void metrics_counters(void *o, pipeline_counters *c)
{
    pipeline_get_counters(o, c);
}

static int metrics_alive(void *o)
{
    pipeline_counters c;
    pipeline_get_counters(o, &c);
    return !c.fatal;
}

/* Enrichment counters for /metrics, one family each, labelled by backend. */
static void metrics_enrich(void *o, metrics_buf *b)
{
    enrich_stats st;
    if (pipeline_enrich_stats(o, &st) != 0)
        return;
    metrics_buf_printf(b, "# HELP parley_enrich_requests_total HTTP attempts started, by backend.\n"
                          "# TYPE parley_enrich_requests_total counter\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++)
        metrics_buf_printf(b, "parley_enrich_requests_total{backend=\"%s\"} %llu\n",
                           enrich_backend_name(k), (unsigned long long)st.backend[k].requests);
    metrics_buf_printf(b, "# HELP parley_enrich_errors_total Failed attempts by backend and class.\n"
                          "# TYPE parley_enrich_errors_total counter\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++)
        for (int c = 1; c < ENRICH_ERR_NCLASSES; c++)
            metrics_buf_printf(b, "parley_enrich_errors_total{backend=\"%s\",class=\"%s\"} %llu\n",
                               enrich_backend_name(k), enrich_err_class_name(c),
                               (unsigned long long)st.backend[k].errors[c]);
    metrics_buf_printf(b, "# HELP parley_enrich_cache_lookups_total Cache lookups by backend and result.\n"
                          "# TYPE parley_enrich_cache_lookups_total counter\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++) {
        metrics_buf_printf(b, "parley_enrich_cache_lookups_total{backend=\"%s\",result=\"hit\"} %llu\n",
                           enrich_backend_name(k), (unsigned long long)st.backend[k].cache_hits);
        metrics_buf_printf(b, "parley_enrich_cache_lookups_total{backend=\"%s\",result=\"miss\"} %llu\n",
                           enrich_backend_name(k), (unsigned long long)st.backend[k].cache_misses);
    }
    metrics_buf_printf(b, "# HELP parley_enrich_breaker_state Circuit breaker: 0 closed, 1 open, 2 half-open.\n"
                          "# TYPE parley_enrich_breaker_state gauge\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++)
        metrics_buf_printf(b, "parley_enrich_breaker_state{backend=\"%s\"} %d\n",
                           enrich_backend_name(k), st.backend[k].breaker_state);
    metrics_buf_printf(b, "# HELP parley_enrich_slow Slow-backend mode: 1 = calls do not wait, misses are looked up in background.\n"
                          "# TYPE parley_enrich_slow gauge\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++)
        metrics_buf_printf(b, "parley_enrich_slow{backend=\"%s\"} %d\n", enrich_backend_name(k),
                           st.backend[k].slow);
    metrics_buf_printf(b, "# HELP parley_enrich_slow_entered_total Times a backend entered the slow-backend mode.\n"
                          "# TYPE parley_enrich_slow_entered_total counter\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++)
        metrics_buf_printf(b, "parley_enrich_slow_entered_total{backend=\"%s\"} %llu\n", enrich_backend_name(k),
                           (unsigned long long)st.backend[k].slow_entered);
    metrics_buf_printf(b, "# HELP parley_enrich_background_total Lookups handed to the background warmer, by result.\n"
                          "# TYPE parley_enrich_background_total counter\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++) {
        const char *bn = enrich_backend_name(k);
        metrics_buf_printf(b, "parley_enrich_background_total{backend=\"%s\",result=\"queued\"} %llu\n"
                              "parley_enrich_background_total{backend=\"%s\",result=\"dropped\"} %llu\n"
                              "parley_enrich_background_total{backend=\"%s\",result=\"completed\"} %llu\n"
                              "parley_enrich_background_total{backend=\"%s\",result=\"failed\"} %llu\n",
                           bn, (unsigned long long)st.backend[k].bg_queued, bn,
                           (unsigned long long)st.backend[k].bg_dropped, bn,
                           (unsigned long long)st.backend[k].bg_completed, bn,
                           (unsigned long long)st.backend[k].bg_failed);
    }
    metrics_buf_printf(b, "# HELP parley_enrich_latency_seconds HTTP attempt latency by backend.\n"
                          "# TYPE parley_enrich_latency_seconds histogram\n");
    for (int k = 0; k < ENRICH_NBACKENDS; k++) {
        unsigned long long cum = 0;
        for (int i = 0; i < ENRICH_LATENCY_BUCKETS; i++) {
            cum += st.backend[k].latency[i];
            if (i < ENRICH_LATENCY_BUCKETS - 1)
                metrics_buf_printf(b, "parley_enrich_latency_seconds_bucket{backend=\"%s\",le=\"%g\"} %llu\n",
                                   enrich_backend_name(k), (double)enrich_latency_bounds_ms[i] / 1000.0, cum);
            else
                metrics_buf_printf(b, "parley_enrich_latency_seconds_bucket{backend=\"%s\",le=\"+Inf\"} %llu\n",
                                   enrich_backend_name(k), cum);
        }
        metrics_buf_printf(b, "parley_enrich_latency_seconds_sum{backend=\"%s\"} %g\n",
                           enrich_backend_name(k), (double)st.backend[k].latency_sum_ms / 1000.0);
        metrics_buf_printf(b, "parley_enrich_latency_seconds_count{backend=\"%s\"} %llu\n",
                           enrich_backend_name(k), cum);
    }
    metrics_buf_printf(b, "# HELP parley_enrich_cache_bytes Bytes held by the enrichment cache.\n"
                          "# TYPE parley_enrich_cache_bytes gauge\nparley_enrich_cache_bytes %llu\n",
                       (unsigned long long)st.cache_bytes);
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                return NULL;
            }
            break;
        }
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            return NULL;
        }
        buf = nb;
        cap *= 2;
    }
    if (buf)
        *len = n;
    return buf;
}

static int print_records(processor *proc, const article *a, char *err, size_t errlen)
{
    processor_stats st;
    return processor_print_records(proc, a, stdout, &st, err, errlen);
}

static int cmd_extract(const cli *c, pconfig *conf)
{
    char err[1024], why[512];
    FILE *in = stdin;
    int rc = 0;
    size_t skipped = 0;
    processor *proc = processor_new(conf, err, sizeof err);
    if (!proc) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    if (c->input && strcmp(c->input, "-") != 0) {
        in = fopen(c->input, "rb");
        if (!in) {
            fprintf(stderr, "parleyd extract: cannot open %s\n", c->input);
            processor_destroy(proc);
            return 1;
        }
    }
    if (c->text) {
        size_t len = 0;
        char *text = read_all(in, &len);
        article a;
        memset(&a, 0, sizeof a);
        a.partition = -1;
        a.offset = -1;
        if (!text) {
            fprintf(stderr, "parleyd extract: read error\n");
            rc = 1;
        } else if (!utf8_valid((const unsigned char *)text, len)) {
            fprintf(stderr, "parleyd extract: input is not valid UTF-8\n");
            skipped = 1;
        } else {
            snprintf(a.id, sizeof a.id, "%s", c->id ? c->id : "text");
            a.published_at = c->published;
            a.language = NULL;
            a.text = text;
            a.text_len = len;
            if (print_records(proc, &a, err, sizeof err) != 0) {
                fprintf(stderr, "parleyd extract: %s\n", err);
                skipped = 1;
            }
        }
        free(text);
    } else {
        article_decoder *dec = pipeline_article_decoder(conf); /* the daemon's decoding */
        char *line = NULL;
        size_t cap = 0, lineno = 0;
        ssize_t n;
        while (dec && (n = getline(&line, &cap, in)) >= 0) {
            lineno++;
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                n--;
            if (n == 0)
                continue;
            char fallback[64];
            article a;
            snprintf(fallback, sizeof fallback, "line-%zu", lineno);
            article_status st = article_decode(dec, line, (size_t)n, fallback, -1, &a, why,
                                               sizeof why);
            enrich_page page;
            memset(&page, 0, sizeof page);
            if (st == ART_NO_TEXT && a.url && a.url[0] && processor_fetch(proc, a.url, &page) == 0 &&
                page.text && page.text_len > 0) {
                a.text = page.text; /* the same fetch the daemon does */
                a.text_len = page.text_len;
                if (!a.title && page.title)
                    a.title = page.title;
                if (!a.published_at && page.published_at)
                    a.published_at = page.published_at;
                st = ART_OK;
            }
            if (st != ART_OK) {
                fprintf(stderr, "parleyd extract: line %zu: %s: %s%s%s\n", lineno,
                        article_status_reason(st), why, page.error[0] ? "; fetch: " : "",
                        page.error);
                article_clear(&a);
                enrich_page_clear(&page);
                skipped++;
                continue;
            }
            if (c->published && !a.published_at)
                a.published_at = c->published;
            if (print_records(proc, &a, err, sizeof err) != 0) {
                fprintf(stderr, "parleyd extract: line %zu: %s\n", lineno, err);
                skipped++;
            }
            article_clear(&a);
            enrich_page_clear(&page);
        }
        free(line);
        article_decoder_destroy(dec);
    }
    fflush(stdout);
    fprintf(stderr, "parleyd extract: %zu line(s) skipped\n", skipped);
    if (in != stdin)
        fclose(in);
    processor_destroy(proc);
    return rc;
}

#ifdef PARLEY_JEMALLOC
/* jemalloc reads this at its start; MALLOC_CONF in the environment overrides it.
 * See tests/bench/README.md for the measurements behind these settings. */
const char *malloc_conf = "narenas:2,background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
#endif

/* The allocator this binary runs on, asked of the allocator itself. */
static const char *allocator_name(void)
{
#ifdef PARLEY_JEMALLOC
    static char name[64];
    const char *v = NULL;
    size_t len = sizeof v;
    if (mallctl("version", &v, &len, NULL, 0) != 0 || !v)
        return "jemalloc (version unknown)";
    snprintf(name, sizeof name, "jemalloc %.*s", (int)strcspn(v, "-"), v); /* 5.3.0-0-g<hash> */
    return name;
#elif defined(__GLIBC__)
    return "glibc";
#else
    return "libc";
#endif
}

/* What processor_new reads besides the configuration table (alert rules, enrichment,
 * the extractor's data and extract.actors.file) is configuration too: check-config checks
 * it, and run refuses it with exit code 2 before it connects anywhere. */
static int check_processing(const pconfig *conf)
{
    char err[1024];
    err[0] = '\0';
    processor *p = processor_new(conf, err, sizeof err);
    if (!p) {
        fprintf(stderr, "%s\n", err[0] ? err : "out of memory");
        return 2;
    }
    processor_destroy(p);
    return 0;
}

int main(int argc, char **argv)
{
    cli c;
    int rc;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
#if !defined(PARLEY_JEMALLOC) && defined(__GLIBC__)
    /* glibc gives threads that allocate at once arenas of their own (up to 8 per core);
     * with librdkafka's threads that is tens of MB of RSS for no speed here. Two arenas,
     * unless MALLOC_ARENA_MAX says otherwise. */
    if (!getenv("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
#endif
    enrich_global_init(); /* curl_global_init, before any thread starts */
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("parleyd %s (librdkafka %s, extractor %s, malloc %s)\n", PARLEY_VERSION,
               rd_kafka_version_str(), px_version(), allocator_name());
        return 0;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (parse_cli(argc, argv, &c) != 0) {
        usage(stderr);
        return 2;
    }
    if (strcmp(c.cmd, "run") && strcmp(c.cmd, "extract") && strcmp(c.cmd, "check-config")) {
        fprintf(stderr, "parleyd: unknown command '%s'\n", c.cmd);
        usage(stderr);
        return 2;
    }
    if (!strcmp(c.cmd, "check-config") && c.reference) {
        pconfig_print_reference(stdout);
        return 0;
    }
    char cerr[1024];
    pconfig *conf = load_config(&c, cerr, sizeof cerr);
    if (!conf) {
        fprintf(stderr, "%s\n", cerr);
        return 2;
    }
    plog_level lvl;
    if (plog_level_parse(pconfig_str(conf, "log.level"), &lvl) == 0)
        plog_set_level(lvl);

    if (strcmp(c.cmd, "extract") != 0 && check_processing(conf) != 0) {
        pconfig_destroy(conf);
        return 2;
    }
    if (!strcmp(c.cmd, "check-config")) {
        pconfig_print(conf, stdout);
        char err[1024];
        struct alert_rules *rules = pconfig_alert_rules(conf, err, sizeof err);
        char *desc = rules ? alert_rules_describe(rules) : NULL;
        printf("# alert rules: %s\n", desc ? desc : "?");
        free(desc);
        alert_rules_destroy(rules);
        printf("# configuration OK\n");
        pconfig_destroy(conf);
        return 0;
    }
    if (!strcmp(c.cmd, "extract")) {
        rc = cmd_extract(&c, conf);
        pconfig_destroy(conf);
        return rc;
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    if (c.embedded) {
        rc = embedded_run(conf, c.envelope, &g_stop);
        pconfig_destroy(conf);
        return rc;
    }
    char err[1024];
    metrics_registry *reg = metrics_registry_new();
    pipeline *pl = reg ? pipeline_new(conf, err, sizeof err) : NULL;
    if (!pl) {
        plog(PLOG_FATAL, "parleyd", "%s", reg ? err : "out of memory");
        metrics_registry_destroy(reg);
        pconfig_destroy(conf);
        return 1;
    }
    pipeline_set_metrics(pl, reg);
    pipeline_set_reload(pl, &g_reload, reload_config, &c);
    metrics_server *ms = NULL;
    const char *listen = pconfig_str(conf, "metrics.listen");
    if (listen[0]) {
        metrics_source src = {.opaque = pl,
                              .registry = reg,
                              .counters = metrics_counters,
                              .alive = metrics_alive,
                              .extra = metrics_enrich,
                              .version = PARLEY_VERSION}; /* ready: from librdkafka stats */
        ms = metrics_new(listen, &src, err, sizeof err);
        if (!ms) {
            plog(PLOG_FATAL, "metrics", "%s", err);
            pipeline_destroy(pl);
            metrics_registry_destroy(reg);
            pconfig_destroy(conf);
            return 1;
        }
    }
    rc = pipeline_run(pl, &g_stop);
    metrics_destroy(ms); /* before the pipeline: its callbacks read it */
    pipeline_destroy(pl);
    metrics_registry_destroy(reg);
    pconfig_destroy(conf);
    return rc;
}
