/* enrich.c - the enrichment context and its two entry points: enrich_records (actors via
 * Wikidata, places via Nominatim, under a per-article time budget) and
 * enrich_fetch_article (page fetch with SSRF checks, then HTML extraction).
 *
 * DESIGN. enrich_records runs in stages on the calling thread, each stage one drive of
 * the HTTP runner (http.c): 1 wbsearchentities per unknown name (Nominatim lookups start
 * here too and keep running through the later stages), 2 one batched wbgetentities for
 * the candidates, 3 the positions they held on the event date plus their countries,
 * 4 the positions' countries. Every answer goes into a per-call map and into the shared
 * cache (negative answers too), so a warm cache answers a whole article without I/O.
 * What cannot be answered before the deadline leaves the record "partial" or "failed".
 *
 * Slow-backend mode. A call whose lookups on a backend run out of the article budget (or
 * time out), or wait for it more than half the budget, marks the backend slow (ctx->slow,
 * under ctx->lock). While a backend is slow, calls do not put
 * requests on the network for it (unless its breaker is open: then the breaker answers):
 * they use the cache and hand each miss to the warmer, one thread owned by the ctx
 * (started on the first hand-off, joined by enrich_destroy), through a bounded,
 * de-duplicated queue (warm.c, under warm_lock). The warmer pops up to WARM_BATCH lookups,
 * builds one synthetic record per lookup and runs this same staged resolution on them
 * with background_budget_ms and the same host limits, breaker and coalescing, so its
 * answers land in the shared cache. Its timings end the slow state: a batch whose
 * lookups of a backend were all answered within a quarter of the article budget. When a
 * breaker is open the breaker answers (fails fast); when it is due for its half-open
 * probe, the warmer's next request is that probe. Lock order:
 * warm_lock and ctx->lock are never held together. */
#include "enrich_internal.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG_WD 0
#define TAG_NOM 1
#define MASK_WD (1u << TAG_WD)
#define MASK_ALL (MASK_WD | (1u << TAG_NOM))
#define WD_BATCH 10   /* ids per wbgetentities request (API max 50; bodies get large) */
#define MAX_LOOKUPS 64 /* names or places per call */
#define WARM_BATCH 8   /* lookups per background call */
#define SLOW_REASON "slow backend, looked up in background"
#define SLOW_FULL_REASON "slow backend, background queue full"

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static int global_rc = -1;

static void global_init_once(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

int enrich_global_init(void)
{
    pthread_once(&global_once, global_init_once);
    return global_rc;
}

void enrich_global_cleanup(void)
{
    if (global_rc == 0)
        curl_global_cleanup();
}

void enrich_config_defaults(enrich_config *c)
{
    memset(c, 0, sizeof *c);
    c->connect_timeout_ms = 2000;
    c->timeout_ms = 5000;
    c->article_budget_ms = 2000;
    c->fetch_budget_ms = 10000;
    c->max_body_bytes = 8u << 20;
    c->max_text_bytes = 1u << 20;
    c->max_redirects = 5;
    c->cache_max_bytes = 64u << 20;
    c->cache_ttl_s = 86400;
    c->negative_ttl_s = 3600;
    c->wikidata_concurrency = 1;
    c->wikidata_rate_per_s = 0;
    c->nominatim_concurrency = 1;
    c->nominatim_rate_per_s = 1;
    c->fetch_concurrency = 2;
    c->retries = 2;
    c->backoff_base_ms = 200;
    c->backoff_max_ms = 5000;
    c->breaker_failures = 5;
    c->breaker_open_ms = 30000;
    c->maxlag_s = 5;
    c->background_queue = 1000;
    c->background_budget_ms = 0; /* derived from article_budget_ms in enrich_new */
}

const char *enrich_backend_name(int b)
{
    static const char *n[] = {"wikidata", "nominatim", "fetch"};
    return b >= 0 && b < ENRICH_NBACKENDS ? n[b] : "?";
}

const char *enrich_err_class_name(int c)
{
    static const char *n[] = {"none",    "timeout", "5xx",       "429",       "maxlag",
                              "connect", "parse",   "ssrf",      "http",      "toobig",
                              "redirects", "breaker", "budget", "other"};
    return c >= 0 && c < ENRICH_ERR_NCLASSES ? n[c] : "?";
}

char *en_dupstr(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

static int http_url(const char *u)
{
    return u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0);
}

#define DEF(field, dflt) do { if (c->field == 0) c->field = dflt.field; } while (0)

enrich_ctx *enrich_new(const enrich_config *cfg, char *err, size_t errlen)
{
    if (enrich_global_init() != 0) {
        snprintf(err, errlen, "curl_global_init failed");
        return NULL;
    }
    enrich_config d;
    enrich_config_defaults(&d);
    enrich_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    ctx->cfg = cfg ? *cfg : d;
    enrich_config *c = &ctx->cfg;
    DEF(connect_timeout_ms, d);
    DEF(timeout_ms, d);
    DEF(article_budget_ms, d);
    DEF(fetch_budget_ms, d);
    DEF(max_body_bytes, d);
    DEF(max_text_bytes, d);
    DEF(max_redirects, d);
    DEF(cache_max_bytes, d);
    DEF(cache_ttl_s, d);
    DEF(negative_ttl_s, d);
    DEF(wikidata_concurrency, d);
    DEF(nominatim_concurrency, d);
    DEF(nominatim_rate_per_s, d);
    DEF(fetch_concurrency, d);
    DEF(retries, d);
    DEF(backoff_base_ms, d);
    DEF(backoff_max_ms, d);
    DEF(breaker_failures, d);
    DEF(breaker_open_ms, d);
    DEF(maxlag_s, d);
    DEF(background_queue, d);
    if (c->background_queue < 0)
        c->background_queue = 0; /* off */
    if (c->background_budget_ms == 0)
        c->background_budget_ms = c->article_budget_ms * 10 > 10000 ? c->article_budget_ms * 10 : 10000;
    if (c->retries < 0)
        c->retries = 0;
    if (c->max_redirects < 0)
        c->max_redirects = 0;
    if (c->nominatim_rate_per_s < 0)
        c->nominatim_rate_per_s = 0;
    if (c->wikidata_rate_per_s < 0)
        c->wikidata_rate_per_s = 0;

    const char *why = NULL;
    if (c->wikidata_url && *c->wikidata_url && !http_url(c->wikidata_url))
        why = "enrich.wikidata.url must be an http:// or https:// URL";
    else if (c->nominatim_url && *c->nominatim_url && !http_url(c->nominatim_url))
        why = "enrich.nominatim.url must be an http:// or https:// URL";
    else if (c->connect_timeout_ms < 0 || c->timeout_ms < 0 || c->article_budget_ms < 0 ||
             c->fetch_budget_ms < 0 || c->cache_ttl_s < 0 || c->negative_ttl_s < 0 ||
             c->background_budget_ms < 0)
        why = "enrich timeouts and TTLs must not be negative";
    if (why) {
        snprintf(err, errlen, "%s", why);
        free(ctx);
        return NULL;
    }
    ctx->wikidata_url = c->wikidata_url && *c->wikidata_url ? en_dupstr(c->wikidata_url) : NULL;
    ctx->nominatim_url = c->nominatim_url && *c->nominatim_url ? en_dupstr(c->nominatim_url) : NULL;
    char ua[256];
    snprintf(ua, sizeof ua, "parleyd/0.1 (diplomatic-contact enrichment; set enrich.user_agent "
                            "with a contact address) %s", curl_version());
    ctx->user_agent = en_dupstr(c->user_agent && *c->user_agent ? c->user_agent : ua);
    ctx->ca_file = c->ca_file && *c->ca_file ? en_dupstr(c->ca_file) : NULL;
    c->wikidata_url = ctx->wikidata_url;
    c->nominatim_url = ctx->nominatim_url;
    c->user_agent = ctx->user_agent;
    c->ca_file = ctx->ca_file;
    c->allow_nets = NULL;
    if (en_parse_nets(cfg ? cfg->allow_nets : NULL, &ctx->nets, &ctx->nnets, err, errlen) != 0)
        goto fail;
    ctx->cache = en_cache_new(c->cache_max_bytes);
    if (!ctx->user_agent || !ctx->cache || en_wq_init(&ctx->warmq, (size_t)c->background_queue) != 0) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    pthread_mutex_init(&ctx->lock, NULL);
    pthread_mutex_init(&ctx->warm_lock, NULL);
    pthread_cond_init(&ctx->warm_cond, NULL);
    atomic_init(&ctx->warm_stop, 0);
    ctx->rng = (uint64_t)en_now_ms() * 0x9E3779B97F4A7C15ULL ^ (uint64_t)(uintptr_t)ctx;
    if (!ctx->rng)
        ctx->rng = 1;
    return ctx;
fail:
    free(ctx->wikidata_url);
    free(ctx->nominatim_url);
    free(ctx->user_agent);
    free(ctx->ca_file);
    free(ctx->nets);
    en_cache_destroy(ctx->cache);
    free(ctx);
    return NULL;
}

void enrich_destroy(enrich_ctx *ctx)
{
    if (!ctx)
        return;
    pthread_mutex_lock(&ctx->warm_lock);
    atomic_store(&ctx->warm_stop, 1);
    int started = ctx->warm_started;
    pthread_cond_broadcast(&ctx->warm_cond);
    pthread_mutex_unlock(&ctx->warm_lock);
    if (started)
        pthread_join(ctx->warm_thread, NULL); /* its run notices warm_stop within 100 ms */
    en_wq_free(&ctx->warmq);
    pthread_cond_destroy(&ctx->warm_cond);
    pthread_mutex_destroy(&ctx->warm_lock);
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < ctx->npool[k]; i++)
            curl_multi_cleanup(ctx->pool[k][i]);
    while (ctx->hosts) {
        en_host *h = ctx->hosts;
        ctx->hosts = h->next;
        free(h);
    }
    while (ctx->inflight) {
        en_key *k = ctx->inflight;
        ctx->inflight = k->next;
        free(k->key);
        free(k);
    }
    en_cache_destroy(ctx->cache);
    pthread_mutex_destroy(&ctx->lock);
    free(ctx->wikidata_url);
    free(ctx->nominatim_url);
    free(ctx->user_agent);
    free(ctx->ca_file);
    free(ctx->nets);
    free(ctx);
}

int enrich_enabled(const enrich_ctx *ctx)
{
    return ctx && (ctx->wikidata_url || ctx->nominatim_url);
}

void enrich_get_stats(enrich_ctx *ctx, enrich_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!ctx)
        return;
    pthread_mutex_lock(&ctx->lock);
    for (int b = 0; b < ENRICH_NBACKENDS; b++) {
        out->backend[b] = ctx->stats[b];
        out->backend[b].slow = ctx->slow[b].slow;
        out->backend[b].slow_entered = ctx->slow[b].entered;
    }
    for (en_host *h = ctx->hosts; h; h = h->next) {
        int s = h->breaker.state;
        if (s == ENRICH_BREAKER_OPEN && en_now_ms() - h->breaker.opened_at >= h->breaker.open_ms)
            s = ENRICH_BREAKER_HALF_OPEN; /* next request is the probe */
        int *cur = &out->backend[h->backend].breaker_state;
        if (s == ENRICH_BREAKER_OPEN || (s == ENRICH_BREAKER_HALF_OPEN && *cur == ENRICH_BREAKER_CLOSED))
            *cur = s;
    }
    pthread_mutex_unlock(&ctx->lock);
    en_cache_usage(ctx->cache, &out->cache_bytes, &out->cache_entries, &out->cache_evictions);
}

/* ---- URL building ---- */
static void url_escape(en_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
            ch == '-' || ch == '.' || ch == '_' || ch == '~') {
            en_buf_append(b, (const char *)&ch, 1);
        } else {
            char e[3] = {'%', hex[ch >> 4], hex[ch & 15]};
            en_buf_append(b, e, 3);
        }
    }
}

static void url_start(en_buf *b, const char *base)
{
    en_buf_append(b, base, strlen(base));
    en_buf_append(b, strchr(base, '?') ? "&" : "?", 1);
}

/* ---- per-call state ---- */
typedef struct call {
    enrich_ctx *ctx;
    en_run run;
    json_t *local;                       /* key -> value; negative = JSON string reason */
    int fail_cls[ENRICH_NBACKENDS];
    char fail_reason[ENRICH_NBACKENDS][128];
    int background;                      /* the warmer's call: always asks the network */
    int offline[ENRICH_NBACKENDS];       /* slow backend: no requests, misses handed off */
    int out_of_time[ENRICH_NBACKENDS];   /* a request ended on the budget or a timeout */
    int answers[ENRICH_NBACKENDS];       /* HTTP answers (not cache, not coalesced) */
    int64_t last_answer_ms[ENRICH_NBACKENDS];
    int dropped[ENRICH_NBACKENDS];       /* a hand-off found the queue full */
} call;

static void note_failure(call *c, int backend, int cls, const char *reason)
{
    if (c->fail_cls[backend])
        return;
    c->fail_cls[backend] = cls ? cls : ENRICH_ERR_OTHER;
    snprintf(c->fail_reason[backend], sizeof c->fail_reason[backend], "%s", reason ? reason : "error");
}

static void lower_key(char *out, size_t outlen, const char *prefix, const char *name)
{
    size_t k = (size_t)snprintf(out, outlen, "%s", prefix);
    for (const char *p = name; *p && k + 1 < outlen; p++)
        out[k++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
    out[k < outlen ? k : outlen - 1] = '\0';
}

static int64_t ttl_ms(call *c, int negative)
{
    return (int64_t)(negative ? c->ctx->cfg.negative_ttl_s : c->ctx->cfg.cache_ttl_s) * 1000;
}

static void local_put(call *c, const char *key, json_t *v /* stolen */)
{
    int neg = json_is_string(v);
    if (neg) {
        en_cache_put(c->ctx->cache, key, json_string_value(v), 1, en_now_ms() + ttl_ms(c, 1));
    } else {
        char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        if (s)
            en_cache_put(c->ctx->cache, key, s, 0, en_now_ms() + ttl_ms(c, 0));
        free(s);
    }
    json_object_set_new(c->local, key, v);
}

static void local_put_cached(call *c, const char *key, const char *val, int negative)
{
    json_t *v = negative ? json_string(val) : json_loads(val, JSON_DECODE_ANY, NULL);
    if (v)
        json_object_set_new(c->local, key, v);
}

/* Value for key from this call or the cache (counted as hit/miss), borrowed; NULL = unknown. */
static json_t *local_get(call *c, const char *key, int backend)
{
    json_t *v = json_object_get(c->local, key);
    if (v)
        return v;
    char *s = NULL;
    int hit = en_cache_get(c->ctx->cache, key, en_now_ms(), &s);
    en_stats_cache(c->ctx, backend, hit != EN_CACHE_MISS);
    if (hit == EN_CACHE_MISS)
        return NULL;
    local_put_cached(c, key, s, hit == EN_CACHE_NEGATIVE);
    free(s);
    return json_object_get(c->local, key);
}

static const char *req_key(en_req *r)
{
    return r->nkeys ? r->keys[0] : r->wait_key;
}

/* What every finished lookup tells the slow-backend mode: ran out of time, or answered. */
static void note_outcome(call *c, en_req *r)
{
    if (r->cached)
        return;
    if (r->err == ENRICH_ERR_BUDGET || r->err == ENRICH_ERR_TIMEOUT) {
        c->out_of_time[r->backend] = 1;
    } else if (!r->err) {
        c->answers[r->backend]++;
        c->last_answer_ms[r->backend] = en_now_ms();
    }
}

static void parse_failure(call *c, en_req *r, const char *what)
{
    pthread_mutex_lock(&c->ctx->lock);
    c->ctx->stats[r->backend].errors[ENRICH_ERR_PARSE]++;
    pthread_mutex_unlock(&c->ctx->lock);
    note_failure(c, r->backend, ENRICH_ERR_PARSE, what);
}

/* The common start of every lookup's answer: counted; a coalesced or cached answer is
 * taken as it is, a failed one noted. 1 when nothing is left to parse. */
static int answered_without_body(call *c, en_req *r)
{
    note_outcome(c, r);
    if (r->cached) {
        local_put_cached(c, req_key(r), r->cached, r->cached_negative);
        return 1;
    }
    if (r->err) {
        note_failure(c, r->backend, r->err, r->reason);
        return 1;
    }
    return 0;
}

static void on_search(en_run *run, en_req *r)
{
    call *c = r->user;
    (void)run;
    if (answered_without_body(c, r))
        return;
    const char *key = req_key(r);
    json_t *ids = NULL;
    char code[64] = "";
    int rc = en_parse_wd_search(r->body.data ? r->body.data : "", r->body.len, &ids, code, sizeof code);
    if (rc < 0) {
        parse_failure(c, r, "unparseable wbsearchentities answer");
    } else if (rc > 0) {
        char why[128];
        snprintf(why, sizeof why, "api error %s", code);
        note_failure(c, r->backend, ENRICH_ERR_HTTP, why);
    } else if (json_array_size(ids) == 0) {
        json_decref(ids);
        local_put(c, key, json_string("nohits"));
    } else {
        local_put(c, key, ids);
    }
}

static void on_entities(en_run *run, en_req *r)
{
    call *c = r->user;
    (void)run;
    if (answered_without_body(c, r))
        return;
    json_t *ents = NULL;
    char code[64] = "";
    int rc = en_parse_wd_entities(r->body.data ? r->body.data : "", r->body.len, &ents, code, sizeof code);
    if (rc < 0) {
        parse_failure(c, r, "unparseable wbgetentities answer");
        return;
    }
    if (rc > 0) {
        char why[128];
        snprintf(why, sizeof why, "api error %s", code);
        note_failure(c, r->backend, ENRICH_ERR_HTTP, why);
        return;
    }
    for (size_t i = 0; i < r->nkeys; i++) {
        const char *id = r->keys[i] + 4; /* "wde:" */
        json_t *v = json_object_get(ents, id);
        local_put(c, r->keys[i], v ? json_incref(v) : json_string("missing"));
    }
    json_decref(ents);
}

static void on_nominatim(en_run *run, en_req *r)
{
    call *c = r->user;
    (void)run;
    if (answered_without_body(c, r))
        return;
    const char *key = req_key(r);
    json_t *o = NULL;
    if (en_parse_nominatim(r->body.data ? r->body.data : "", r->body.len, &o) != 0) {
        parse_failure(c, r, "unparseable nominatim answer");
        return;
    }
    if (json_is_null(o)) {
        json_decref(o);
        local_put(c, key, json_string("nohits"));
    } else {
        local_put(c, key, o);
    }
}

/* Adds a single-key lookup: claimed -> sent; in flight elsewhere -> waits for it. */
static void add_lookup(call *c, const char *url, int backend, int tag, en_done_fn fn, const char *key)
{
    if (c->offline[backend]) {
        note_failure(c, backend, ENRICH_ERR_BUDGET, SLOW_REASON);
        return;
    }
    en_req *r = en_run_add(&c->run, url, backend, tag, fn, c);
    if (!r) {
        note_failure(c, backend, ENRICH_ERR_OTHER, "out of memory");
        return;
    }
    int rc = en_run_claim(&c->run, r, key);
    if (rc == 0)
        en_run_wait(r, key);
    else if (rc < 0)
        r->state = EN_REQ_DONE;
}

static void entity_url(call *c, en_buf *u, const char *ids)
{
    url_start(u, c->ctx->wikidata_url);
    const char *q = "action=wbgetentities&ids=";
    en_buf_append(u, q, strlen(q));
    url_escape(u, ids);
    char tail[160];
    snprintf(tail, sizeof tail, "&props=claims%%7Clabels%%7Cdescriptions&languages=en&format=json&maxlag=%ld",
             c->ctx->cfg.maxlag_s);
    en_buf_append(u, tail, strlen(tail));
}

/* Fetches the entities in ids (a set: JSON object id -> true) not known yet, batched. */
static void fetch_entities(call *c, json_t *ids)
{
    const char *id;
    json_t *unused;
    en_req *batch = NULL;
    char list[WD_BATCH * 20];
    size_t nb = 0;
    list[0] = '\0';
    void *tmp;
    json_object_foreach_safe(ids, tmp, id, unused) {
        char key[48];
        snprintf(key, sizeof key, "wde:%s", id);
        if (local_get(c, key, ENRICH_WIKIDATA))
            continue;
        if (c->offline[ENRICH_WIKIDATA]) {
            note_failure(c, ENRICH_WIKIDATA, ENRICH_ERR_BUDGET, SLOW_REASON);
            continue; /* cache only: the warmer asks for it */
        }
        if (!batch) {
            batch = en_run_add(&c->run, "-", ENRICH_WIKIDATA, TAG_WD, on_entities, c);
            if (!batch) {
                note_failure(c, ENRICH_WIKIDATA, ENRICH_ERR_OTHER, "out of memory");
                return;
            }
            nb = 0;
            list[0] = '\0';
        }
        int rc = en_run_claim(&c->run, batch, key);
        if (rc == 0) {
            /* someone else is fetching it: wait for that, or fetch it alone */
            en_buf u = {.max = 4096};
            entity_url(c, &u, id);
            add_lookup(c, u.data ? u.data : "-", ENRICH_WIKIDATA, TAG_WD, on_entities, key);
            en_buf_free(&u);
        } else if (rc == 1) {
            size_t l = strlen(list);
            snprintf(list + l, sizeof list - l, "%s%s", nb ? "|" : "", id);
            nb++;
        }
        if (nb == WD_BATCH) {
            en_buf u = {.max = 4096};
            entity_url(c, &u, list);
            free(batch->url);
            batch->url = u.data ? u.data : en_dupstr("-");
            batch = NULL;
        }
    }
    if (batch) {
        if (nb == 0) {
            batch->state = EN_REQ_DONE; /* nothing claimed: no request */
        } else {
            en_buf u = {.max = 4096};
            entity_url(c, &u, list);
            free(batch->url);
            batch->url = u.data ? u.data : en_dupstr("-");
        }
    }
}

/* ---- actors ---- */
typedef struct actor_ref {
    json_t *actor;     /* borrowed from the record */
    char search_key[200];
    char pick_key[300];
    const char *date;
} actor_ref;

static int needs_lookup(json_t *actor)
{
    const char *name = json_string_value(json_object_get(actor, "name"));
    const char *title = json_string_value(json_object_get(actor, "title"));
    json_t *md = json_object_get(actor, "metadata");
    if (!name || !*name || strlen(name) > 150)
        return 0;
    if (json_object_get(md, "wikidata"))
        return 0;
    /* one-word names without a title are states and organisations ("China", "NATO"):
     * the gazetteer already knows them, and a name search would be ambiguous */
    if ((!title || !*title) && !strchr(name, ' '))
        return 0;
    return 1;
}

static const char *record_date(json_t *rec, const char *hint, char buf[11])
{
    const char *s = json_string_value(json_object_get(json_object_get(rec, "time"), "start"));
    if (!s || strlen(s) < 10)
        s = hint;
    if (!s || strlen(s) < 10)
        return "";
    memcpy(buf, s, 10);
    buf[10] = '\0';
    return buf;
}

/* Collects candidate summaries for a search result; NULL when some are still unknown. */
static json_t *candidates_of(call *c, json_t *ids, int *unknown)
{
    json_t *cands = json_array();
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        if (i >= 5)
            break;
        char key[48];
        snprintf(key, sizeof key, "wde:%s", json_string_value(v));
        json_t *s = local_get(c, key, ENRICH_WIKIDATA);
        if (!s)
            (*unknown)++;
        else if (json_is_object(s))
            json_array_append(cands, s);
    }
    return cands;
}

static void add_id(json_t *set, json_t *arr)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        if (json_is_string(v))
            json_object_set(set, json_string_value(v), json_true());
    }
}

/* Entities map for choosing: every wde: entry of the call, keyed by bare id. */
static json_t *entity_map(call *c)
{
    json_t *m = json_object();
    const char *k;
    json_t *v;
    json_object_foreach(c->local, k, v) {
        if (strncmp(k, "wde:", 4) == 0 && json_is_object(v))
            json_object_set(m, k + 4, v);
    }
    return m;
}

typedef enum { AR_RESOLVED, AR_NEGATIVE, AR_FAILED } ar_outcome;

static const char *entity_iso(json_t *ents, json_t *ids)
{
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        const char *iso = json_string_value(json_object_get(json_object_get(ents, json_string_value(v)), "iso3"));
        if (iso)
            return iso;
    }
    return NULL;
}

static void apply_pick(json_t *actor, json_t *pick)
{
    json_t *md = json_object_get(actor, "metadata");
    if (!json_is_object(md)) {
        md = json_object();
        json_object_set_new(actor, "metadata", md);
    }
    const char *k;
    json_t *v;
    json_object_foreach(pick, k, v) json_object_set(md, k, v);
    const char *country = json_string_value(json_object_get(pick, "country"));
    json_t *pos = json_object_get(pick, "position");
    const char *pcountry = json_string_value(json_object_get(pos, "country"));
    const char *best = pcountry ? pcountry : country;
    const char *cur = json_string_value(json_object_get(actor, "country"));
    if (!cur && best) {
        json_object_set_new(actor, "country", json_string(best));
        cur = best;
    } else if (cur && best) {
        json_object_set_new(md, "country_confirmed", json_boolean(strcmp(cur, best) == 0));
    }
    const char *sector = json_string_value(json_object_get(actor, "sector"));
    if (!sector) {
        const char *s = en_sector_for_position(json_string_value(json_object_get(pos, "label")));
        if (s) {
            json_object_set_new(actor, "sector", json_string(s));
            sector = s;
        }
    }
    const char *code = json_string_value(json_object_get(actor, "code"));
    if (cur && sector && (!code || strlen(code) <= 3)) {
        char nc[16];
        snprintf(nc, sizeof nc, "%.3s%.3s", cur, sector);
        json_object_set_new(actor, "code", json_string(nc));
    }
}

static ar_outcome resolve_actor(call *c, actor_ref *a)
{
    json_t *pick = local_get(c, a->pick_key, ENRICH_WIKIDATA);
    if (pick) {
        if (json_is_string(pick)) {
            json_t *md = json_object_get(a->actor, "metadata");
            if (json_is_object(md))
                json_object_set_new(md, "wikidata_match", json_string(json_string_value(pick)));
            return AR_NEGATIVE;
        }
        apply_pick(a->actor, pick);
        return AR_RESOLVED;
    }
    json_t *ids = local_get(c, a->search_key, ENRICH_WIKIDATA);
    if (!ids)
        return AR_FAILED;
    if (json_is_string(ids)) { /* nohits */
        json_t *md = json_object_get(a->actor, "metadata");
        if (json_is_object(md))
            json_object_set_new(md, "wikidata_match", json_string("nohits"));
        return AR_NEGATIVE;
    }
    int unknown = 0;
    json_t *cands = candidates_of(c, ids, &unknown);
    json_t *ents = entity_map(c);
    /* every position held on the date and every country referenced must be known */
    size_t i;
    json_t *cand;
    json_array_foreach(cands, i, cand) {
        json_t *need = json_object();
        add_id(need, json_object_get(cand, "p27"));
        size_t j;
        json_t *st;
        json_array_foreach(json_object_get(cand, "p39"), j, st) {
            if (!en_wd_held_on(st, a->date))
                continue;
            json_t *pos = json_object_get(ents, json_string_value(json_object_get(st, "id")));
            if (!pos) {
                unknown++;
                continue;
            }
            add_id(need, json_object_get(pos, "p17"));
            add_id(need, json_object_get(pos, "p1001"));
        }
        const char *id;
        json_t *t;
        json_object_foreach(need, id, t) {
            if (!json_object_get(ents, id)) {
                char key[48];
                snprintf(key, sizeof key, "wde:%s", id);
                if (!local_get(c, key, ENRICH_WIKIDATA))
                    unknown++;
            }
        }
        json_decref(need);
    }
    if (unknown) {
        json_decref(cands);
        json_decref(ents);
        return AR_FAILED;
    }
    const char *name = json_string_value(json_object_get(a->actor, "name"));
    const char *title = json_string_value(json_object_get(a->actor, "title"));
    const char *country = json_string_value(json_object_get(a->actor, "country"));
    json_t *pos = NULL;
    int k = en_wd_choose(cands, ents, name, title, country, a->date, &pos);
    ar_outcome out;
    if (k < 0) {
        local_put(c, a->pick_key, json_string(k == -2 ? "ambiguous" : "nomatch"));
        json_t *md = json_object_get(a->actor, "metadata");
        if (json_is_object(md))
            json_object_set_new(md, "wikidata_match", json_string(k == -2 ? "ambiguous" : "nomatch"));
        out = AR_NEGATIVE;
    } else {
        json_t *e = json_array_get(cands, (size_t)k);
        json_t *p = json_object();
        json_object_set(p, "wikidata", json_object_get(e, "id"));
        json_object_set(p, "label", json_object_get(e, "label"));
        json_object_set(p, "description", json_object_get(e, "description"));
        const char *iso = entity_iso(ents, json_object_get(e, "p27"));
        json_object_set_new(p, "country", iso ? json_string(iso) : json_null());
        if (pos) {
            const char *pid = json_string_value(json_object_get(pos, "id"));
            json_t *pe = json_object_get(ents, pid);
            json_t *po = json_object();
            json_object_set_new(po, "wikidata", json_string(pid));
            json_object_set(po, "label", json_object_get(pe, "label"));
            json_object_set(po, "start", json_object_get(pos, "start"));
            json_object_set(po, "end", json_object_get(pos, "end"));
            const char *piso = entity_iso(ents, json_object_get(pe, "p17"));
            if (!piso)
                piso = entity_iso(ents, json_object_get(pe, "p1001"));
            json_object_set_new(po, "country", piso ? json_string(piso) : json_null());
            json_object_set_new(p, "position", po);
        } else {
            json_object_set_new(p, "position", json_null());
        }
        json_object_set_new(p, "source", json_string("wikidata"));
        local_put(c, a->pick_key, json_incref(p));
        apply_pick(a->actor, p);
        json_decref(p);
        out = AR_RESOLVED;
    }
    json_decref(cands);
    json_decref(ents);
    return out;
}

/* ids of stage 3 (positions on the date and nationalities of candidates) or stage 4
 * (countries of those positions) that are still unknown */
static void collect_stage(call *c, actor_ref *refs, size_t n, int stage, json_t *set)
{
    for (size_t i = 0; i < n; i++) {
        if (json_object_get(c->local, refs[i].pick_key))
            continue;
        json_t *ids = json_object_get(c->local, refs[i].search_key);
        if (!json_is_array(ids))
            continue;
        int unknown = 0;
        json_t *cands = candidates_of(c, ids, &unknown);
        size_t j;
        json_t *cand;
        json_array_foreach(cands, j, cand) {
            if (stage == 3)
                add_id(set, json_object_get(cand, "p27"));
            size_t k;
            json_t *st;
            json_array_foreach(json_object_get(cand, "p39"), k, st) {
                const char *pid = json_string_value(json_object_get(st, "id"));
                if (!pid || !en_wd_held_on(st, refs[i].date))
                    continue;
                if (stage == 3) {
                    json_object_set(set, pid, json_true());
                } else {
                    char key[48];
                    snprintf(key, sizeof key, "wde:%s", pid);
                    json_t *pe = json_object_get(c->local, key);
                    add_id(set, json_object_get(pe, "p17"));
                    add_id(set, json_object_get(pe, "p1001"));
                }
            }
        }
        json_decref(cands);
    }
}

/* ---- places ---- */
typedef struct place_ref {
    json_t *loc;
    char key[200];
} place_ref;

static int place_needs_lookup(json_t *loc)
{
    if (!json_is_object(loc))
        return 0;
    const char *name = json_string_value(json_object_get(loc, "name"));
    if (!name || !*name || strlen(name) > 150)
        return 0;
    return !json_is_number(json_object_get(loc, "lat")) || !json_is_number(json_object_get(loc, "lon"));
}

static ar_outcome resolve_place(call *c, place_ref *p)
{
    json_t *v = local_get(c, p->key, ENRICH_NOMINATIM);
    if (!v)
        return AR_FAILED;
    if (json_is_string(v))
        return AR_NEGATIVE;
    json_object_set(p->loc, "lat", json_object_get(v, "lat"));
    json_object_set(p->loc, "lon", json_object_get(v, "lon"));
    json_t *cc = json_object_get(v, "country");
    if (json_is_string(cc) && !json_is_string(json_object_get(p->loc, "country")))
        json_object_set(p->loc, "country", cc);
    json_object_set(p->loc, "osm_id", json_object_get(v, "osm_id"));
    json_object_set(p->loc, "osm_type", json_object_get(v, "osm_type"));
    json_object_set(p->loc, "wikidata", json_object_get(v, "wikidata"));
    return AR_RESOLVED;
}

static void set_enrichment(json_t *rec, const char *status, json_t *sources, const char *reason)
{
    json_t *e = json_object();
    json_object_set_new(e, "status", json_string(status));
    json_object_set_new(e, "sources", sources);
    if (reason && *reason)
        json_object_set_new(e, "reason", json_string(reason));
    json_object_set_new(rec, "enrichment", e);
}

/* ---- slow-backend mode: hand-off to the background warmer ---- */
static void run_call(call *cp, json_t *records, const char *event_date_hint, int64_t deadline,
                     enrich_result *out);

/* 1 when a host of the backend has its breaker open and not yet due for a probe: then the
 * breaker, not the slow mode, answers (ctx->lock held). */
static int breaker_open(enrich_ctx *ctx, int backend, int64_t now)
{
    for (en_host *h = ctx->hosts; h; h = h->next)
        if (h->backend == backend && h->breaker.state == ENRICH_BREAKER_OPEN &&
            now - h->breaker.opened_at < h->breaker.open_ms)
            return 1;
    return 0;
}

/* One background call on up to WARM_BATCH lookups: a synthetic record per lookup, the
 * answers go to the shared cache; the timings may end the backend's slow state. */
static void warm_batch(enrich_ctx *ctx, en_witem *items, size_t n)
{
    json_t *recs = json_array();
    int has[ENRICH_NBACKENDS] = {0};
    for (size_t i = 0; i < n; i++) {
        json_t *rec;
        if (items[i].backend == ENRICH_WIKIDATA)
            rec = json_pack("{s:[{s:s,s:s?,s:s?,s:{}}],s:n}", "actors", "name", items[i].name,
                            "title", items[i].title, "country", items[i].country, "metadata",
                            "location");
        else
            rec = json_pack("{s:[],s:{s:s}}", "actors", "location", "name", items[i].name);
        if (rec && items[i].date[0])
            json_object_set_new(rec, "time", json_pack("{s:s}", "start", items[i].date));
        json_array_append_new(recs, rec ? rec : json_object());
        has[items[i].backend] = 1;
    }
    call c;
    memset(&c, 0, sizeof c);
    c.ctx = ctx;
    c.background = 1;
    enrich_result res;
    memset(&res, 0, sizeof res);
    int64_t t0 = en_now_ms();
    run_call(&c, recs, NULL, t0 + ctx->cfg.background_budget_ms, &res);
    int cancelled = atomic_load(&ctx->warm_stop);
    uint64_t done[ENRICH_NBACKENDS] = {0}, failed[ENRICH_NBACKENDS] = {0};
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_object_get(json_array_get(recs, i), "enrichment");
        const char *st = json_string_value(json_object_get(e, "status"));
        if (st && strcmp(st, "complete") == 0)
            done[items[i].backend]++;
        else
            failed[items[i].backend]++;
    }
    pthread_mutex_lock(&ctx->lock);
    for (int b = 0; b < ENRICH_NBACKENDS; b++) {
        ctx->stats[b].bg_completed += done[b];
        ctx->stats[b].bg_failed += failed[b];
        if (has[b] && !cancelled)
            en_slow_note_background(&ctx->slow[b], !failed[b] && c.answers[b] > 0,
                                    c.last_answer_ms[b] - t0, ctx->cfg.article_budget_ms);
    }
    pthread_mutex_unlock(&ctx->lock);
    json_decref(recs);
}

static void *warm_main(void *arg)
{
    enrich_ctx *ctx = arg;
    en_witem items[WARM_BATCH];
    pthread_mutex_lock(&ctx->warm_lock);
    for (;;) {
        while (!atomic_load(&ctx->warm_stop) && ctx->warmq.n == 0)
            pthread_cond_wait(&ctx->warm_cond, &ctx->warm_lock);
        if (atomic_load(&ctx->warm_stop))
            break;
        size_t n = en_wq_pop(&ctx->warmq, items, WARM_BATCH);
        pthread_mutex_unlock(&ctx->warm_lock);
        warm_batch(ctx, items, n);
        pthread_mutex_lock(&ctx->warm_lock);
        for (size_t i = 0; i < n; i++)
            en_wq_done(&ctx->warmq, &items[i]);
    }
    pthread_mutex_unlock(&ctx->warm_lock);
    return NULL;
}

/* Queues a lookup for the warmer, starting it on first use (with every signal blocked:
 * signals belong to the daemon's own threads). Returns EN_WQ_*. */
static int warm_push(enrich_ctx *ctx, const en_witem *it)
{
    pthread_mutex_lock(&ctx->warm_lock);
    int rc = EN_WQ_FULL;
    if (!atomic_load(&ctx->warm_stop)) {
        if (!ctx->warm_started) {
            sigset_t all, old;
            sigfillset(&all);
            pthread_sigmask(SIG_SETMASK, &all, &old);
            if (pthread_create(&ctx->warm_thread, NULL, warm_main, ctx) == 0)
                ctx->warm_started = 1;
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        }
        if (ctx->warm_started)
            rc = en_wq_push(&ctx->warmq, it);
        if (rc == EN_WQ_QUEUED)
            pthread_cond_signal(&ctx->warm_cond);
    }
    pthread_mutex_unlock(&ctx->warm_lock);
    if (rc != EN_WQ_DUPLICATE) {
        pthread_mutex_lock(&ctx->lock);
        if (rc == EN_WQ_QUEUED)
            ctx->stats[it->backend].bg_queued++;
        else
            ctx->stats[it->backend].bg_dropped++;
        pthread_mutex_unlock(&ctx->lock);
    }
    return rc;
}

/* A worker's lookup that failed because the backend is slow or the budget ran out goes to
 * the warmer; other failures (5xx, parse, breaker...) do not. */
static int wants_hand_off(call *c, int backend)
{
    return !c->background && c->ctx->warmq.cap && (c->offline[backend] || c->out_of_time[backend]);
}

static void hand_off(call *c, int backend, const char *key, const char *name, const char *title,
                     const char *country, const char *date)
{
    en_witem it = {.backend = backend, .key = (char *)key, .name = (char *)name,
                   .title = (char *)title, .country = (char *)country};
    snprintf(it.date, sizeof it.date, "%s", date ? date : "");
    int rc = warm_push(c->ctx, &it);
    if (rc == EN_WQ_FULL || rc == EN_WQ_NOMEM)
        c->dropped[backend] = 1;
}

static void hand_off_actor(call *c, actor_ref *a)
{
    if (!wants_hand_off(c, ENRICH_WIKIDATA))
        return;
    hand_off(c, ENRICH_WIKIDATA, a->pick_key, json_string_value(json_object_get(a->actor, "name")),
             json_string_value(json_object_get(a->actor, "title")),
             json_string_value(json_object_get(a->actor, "country")), a->date);
}

static void hand_off_place(call *c, place_ref *p)
{
    if (!wants_hand_off(c, ENRICH_NOMINATIM))
        return;
    hand_off(c, ENRICH_NOMINATIM, p->key, json_string_value(json_object_get(p->loc, "name")),
             NULL, NULL, NULL);
}

/* The staged resolution of one call, a worker's or (cp->background) the warmer's. The
 * caller sets cp->ctx, cp->background, cp->offline and cp->run.cancel is set here from
 * background; the rest of *cp is filled in (cp->local is released before returning). */
static void run_call(call *cp, json_t *records, const char *event_date_hint, int64_t deadline,
                     enrich_result *out)
{
    enrich_ctx *ctx = cp->ctx;
    int64_t t0 = en_now_ms();
    out->records = json_array_size(records);
    cp->local = json_object();
    /* every field of an entry is written before it is counted: no zeroing (46 KB) */
    actor_ref *actors = malloc(MAX_LOOKUPS * sizeof *actors);
    place_ref *places = malloc(MAX_LOOKUPS * sizeof *places);
    char (*dates)[11] = calloc(json_array_size(records) + 1, sizeof *dates);
    int *rec_of_actor = calloc(MAX_LOOKUPS, sizeof(int));
    int *rec_of_place = calloc(MAX_LOOKUPS, sizeof(int));
    size_t na = 0, np = 0;
    if (!cp->local || !actors || !places || !dates || !rec_of_actor || !rec_of_place ||
        en_run_init(&cp->run, ctx, 0, deadline) != 0) {
        snprintf(out->reason, sizeof out->reason, "out of memory");
        goto done;
    }
    if (cp->background)
        cp->run.cancel = &ctx->warm_stop;

    /* collect */
    size_t ri;
    json_t *rec;
    json_array_foreach(records, ri, rec) {
        const char *date = record_date(rec, event_date_hint, dates[ri]);
        if (ctx->wikidata_url) {
            size_t ai;
            json_t *actor;
            json_array_foreach(json_object_get(rec, "actors"), ai, actor) {
                if (na >= MAX_LOOKUPS || !needs_lookup(actor))
                    continue;
                actor_ref *a = &actors[na];
                a->actor = actor;
                a->date = date;
                const char *name = json_string_value(json_object_get(actor, "name"));
                const char *title = json_string_value(json_object_get(actor, "title"));
                const char *country = json_string_value(json_object_get(actor, "country"));
                lower_key(a->search_key, sizeof a->search_key, "wds:", name);
                char pk[300];
                snprintf(pk, sizeof pk, "%s|%s|%s|%s", name, title ? title : "",
                         country ? country : "", date);
                lower_key(a->pick_key, sizeof a->pick_key, "wdp:", pk);
                rec_of_actor[na] = (int)ri;
                na++;
            }
        }
        json_t *loc = json_object_get(rec, "location");
        if (ctx->nominatim_url && np < MAX_LOOKUPS && place_needs_lookup(loc)) {
            places[np].loc = loc;
            lower_key(places[np].key, sizeof places[np].key, "nom:",
                      json_string_value(json_object_get(loc, "name")));
            rec_of_place[np] = (int)ri;
            np++;
        }
    }
    out->actors_looked_up = na;
    out->places_looked_up = np;

    /* stage 1: searches and places */
    json_t *asked = json_object();
    for (size_t i = 0; i < na; i++) {
        if (local_get(cp, actors[i].pick_key, ENRICH_WIKIDATA) ||
            local_get(cp, actors[i].search_key, ENRICH_WIKIDATA) ||
            json_object_get(asked, actors[i].search_key))
            continue;
        json_object_set(asked, actors[i].search_key, json_true());
        en_buf u = {.max = 4096};
        url_start(&u, ctx->wikidata_url);
        const char *q = "action=wbsearchentities&search=";
        en_buf_append(&u, q, strlen(q));
        url_escape(&u, json_string_value(json_object_get(actors[i].actor, "name")));
        char tail[96];
        snprintf(tail, sizeof tail, "&language=en&format=json&type=item&limit=5&maxlag=%ld",
                 ctx->cfg.maxlag_s);
        en_buf_append(&u, tail, strlen(tail));
        if (u.data)
            add_lookup(cp, u.data, ENRICH_WIKIDATA, TAG_WD, on_search, actors[i].search_key);
        en_buf_free(&u);
    }
    for (size_t i = 0; i < np; i++) {
        if (local_get(cp, places[i].key, ENRICH_NOMINATIM) || json_object_get(asked, places[i].key))
            continue;
        json_object_set(asked, places[i].key, json_true());
        en_buf u = {.max = 4096};
        url_start(&u, ctx->nominatim_url);
        en_buf_append(&u, "format=jsonv2&q=", 16);
        url_escape(&u, json_string_value(json_object_get(places[i].loc, "name")));
        const char *tail = "&limit=1&addressdetails=1&extratags=1";
        en_buf_append(&u, tail, strlen(tail));
        if (u.data)
            add_lookup(cp, u.data, ENRICH_NOMINATIM, TAG_NOM, on_nominatim, places[i].key);
        en_buf_free(&u);
    }
    json_decref(asked);
    en_run_drive(&cp->run, MASK_WD);

    /* stage 2: candidate entities */
    if (na) {
        json_t *set = json_object();
        for (size_t i = 0; i < na; i++) {
            if (json_object_get(cp->local, actors[i].pick_key))
                continue;
            json_t *ids = json_object_get(cp->local, actors[i].search_key);
            size_t k;
            json_t *v;
            json_array_foreach(ids, k, v) {
                if (k < 5)
                    json_object_set(set, json_string_value(v), json_true());
            }
        }
        fetch_entities(cp, set);
        json_decref(set);
        en_run_drive(&cp->run, MASK_WD);
        /* stages 3 and 4: positions + nationalities, then the positions' countries */
        for (int stage = 3; stage <= 4; stage++) {
            set = json_object();
            collect_stage(cp, actors, na, stage, set);
            fetch_entities(cp, set);
            json_decref(set);
            en_run_drive(&cp->run, MASK_WD);
        }
    }
    en_run_drive(&cp->run, MASK_ALL);

    /* resolve and label records */
    {
        size_t nrec = json_array_size(records);
        int *ok = calloc(nrec + 1, sizeof(int)), *bad = calloc(nrec + 1, sizeof(int));
        int *src_wd = calloc(nrec + 1, sizeof(int)), *src_nom = calloc(nrec + 1, sizeof(int));
        int *bad_wd = calloc(nrec + 1, sizeof(int));
        if (!ok || !bad || !src_wd || !src_nom || !bad_wd) {
            free(ok);
            free(bad);
            free(src_wd);
            free(src_nom);
            free(bad_wd);
            goto done;
        }
        for (size_t i = 0; i < na; i++) {
            ar_outcome o = resolve_actor(cp, &actors[i]);
            int r = rec_of_actor[i];
            if (o == AR_FAILED) {
                bad[r]++;
                bad_wd[r] = 1;
                out->lookups_failed++;
                hand_off_actor(cp, &actors[i]);
            } else {
                ok[r]++;
                src_wd[r] = 1;
                if (o == AR_RESOLVED)
                    out->actors_resolved++;
            }
        }
        for (size_t i = 0; i < np; i++) {
            ar_outcome o = resolve_place(cp, &places[i]);
            int r = rec_of_place[i];
            if (o == AR_FAILED) {
                bad[r]++;
                out->lookups_failed++;
                hand_off_place(cp, &places[i]);
            } else {
                ok[r]++;
                src_nom[r] = 1;
                if (o == AR_RESOLVED)
                    out->places_resolved++;
            }
        }
        for (int b = 0; b < ENRICH_NBACKENDS; b++)
            if (cp->offline[b] && cp->dropped[b])
                snprintf(cp->fail_reason[b], sizeof cp->fail_reason[b], "%s", SLOW_FULL_REASON);
            else if (cp->offline[b] && !cp->fail_reason[b][0])
                snprintf(cp->fail_reason[b], sizeof cp->fail_reason[b], "%s", SLOW_REASON);
        json_array_foreach(records, ri, rec) {
            json_t *sources = json_array();
            if (src_wd[ri])
                json_array_append_new(sources, json_string("wikidata"));
            if (src_nom[ri])
                json_array_append_new(sources, json_string("nominatim"));
            char reason[200] = "";
            if (bad[ri]) {
                int b = bad_wd[ri] ? ENRICH_WIKIDATA : ENRICH_NOMINATIM;
                const char *why = cp->fail_reason[b][0] ? cp->fail_reason[b]
                                  : en_now_ms() >= cp->run.deadline_ms ? "time budget exhausted"
                                                                     : "lookup incomplete";
                snprintf(reason, sizeof reason, "%s: %s", enrich_backend_name(b), why);
                if (bad_wd[ri] && bad[ri] > 0) {
                    /* a place failure too? name both backends */
                    for (size_t i = 0; i < np; i++)
                        if (rec_of_place[i] == (int)ri && !json_is_number(json_object_get(places[i].loc, "lat")) &&
                            !json_is_string(json_object_get(cp->local, places[i].key))) {
                            size_t l = strlen(reason);
                            snprintf(reason + l, sizeof reason - l, "; nominatim: %s",
                                     cp->fail_reason[ENRICH_NOMINATIM][0] ? cp->fail_reason[ENRICH_NOMINATIM]
                                                                        : "time budget exhausted");
                            break;
                        }
                }
                if (!out->reason[0])
                    snprintf(out->reason, sizeof out->reason, "%.150s", reason);
            }
            const char *status = !ok[ri] && !bad[ri] ? "none"
                                 : !bad[ri]           ? "complete"
                                 : ok[ri]             ? "partial"
                                                      : "failed";
            set_enrichment(rec, status, sources, reason);
        }
        free(ok);
        free(bad);
        free(src_wd);
        free(src_nom);
        free(bad_wd);
    }

done:
    en_run_cleanup(&cp->run);
    json_decref(cp->local);
    free(actors);
    free(places);
    free(dates);
    free(rec_of_actor);
    free(rec_of_place);
    out->elapsed_ms = (long)(en_now_ms() - t0);
}

int enrich_records(enrich_ctx *ctx, json_t *records, const char *event_date_hint,
                   enrich_result *out)
{
    enrich_result dummy;
    if (!out)
        out = &dummy;
    memset(out, 0, sizeof *out);
    if (!json_is_array(records))
        return -1;
    out->records = json_array_size(records);
    if (!enrich_enabled(ctx))
        return 0; /* records keep {"status":"none"} */
    call c;
    memset(&c, 0, sizeof c);
    c.ctx = ctx;
    if (ctx->warmq.cap) {
        int64_t now = en_now_ms();
        pthread_mutex_lock(&ctx->lock);
        for (int b = 0; b < ENRICH_NBACKENDS; b++)
            c.offline[b] = ctx->slow[b].slow && !breaker_open(ctx, b, now);
        pthread_mutex_unlock(&ctx->lock);
    }
    int64_t t0 = en_now_ms();
    run_call(&c, records, event_date_hint, t0 + ctx->cfg.article_budget_ms, out);
    if (ctx->warmq.cap) {
        pthread_mutex_lock(&ctx->lock);
        for (int b = 0; b < ENRICH_NBACKENDS; b++)
            if (c.out_of_time[b] || c.answers[b])
                en_slow_note_wait(&ctx->slow[b], c.out_of_time[b], c.last_answer_ms[b] - t0,
                                  ctx->cfg.article_budget_ms);
        pthread_mutex_unlock(&ctx->lock);
    }
    return 0;
}

/* ---- article fetch ---- */
void enrich_page_clear(enrich_page *p)
{
    if (!p)
        return;
    free(p->final_url);
    free(p->title);
    free(p->published_at);
    free(p->site_name);
    free(p->text);
    memset(p, 0, sizeof *p);
}

static void on_page(en_run *run, en_req *r)
{
    (void)run;
    (void)r; /* the caller inspects the finished request */
}

static int page_fail(enrich_page *out, int cls, const char *why)
{
    out->error_class = cls;
    snprintf(out->error, sizeof out->error, "%s", why);
    return -1;
}

static int scheme_ok(const char *url)
{
    CURLU *u = curl_url();
    char *scheme = NULL;
    int ok = 0;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK)
        ok = strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0;
    curl_free(scheme);
    curl_url_cleanup(u);
    return ok;
}

int enrich_fetch_article(enrich_ctx *ctx, const char *url, enrich_page *out)
{
    memset(out, 0, sizeof *out);
    if (!ctx || !ctx->cfg.fetch_enabled)
        return page_fail(out, ENRICH_ERR_OTHER, "article fetching is disabled");
    if (!url || strlen(url) > 8192 || !scheme_ok(url))
        return page_fail(out, ENRICH_ERR_OTHER, "not an http(s) URL");
    int64_t t0 = en_now_ms();
    en_run run;
    if (en_run_init(&run, ctx, 1, t0 + ctx->cfg.fetch_budget_ms) != 0)
        return page_fail(out, ENRICH_ERR_OTHER, "out of memory");
    run.follow_location = 1;
    int rc = -1;
    char *cur = en_dupstr(url);
    for (long hop = 0; cur; hop++) {
        en_req *r = en_run_add(&run, cur, ENRICH_FETCH, 0, on_page, NULL);
        if (!r) {
            page_fail(out, ENRICH_ERR_OTHER, "out of memory");
            break;
        }
        r->ssrf = 1;
        en_run_drive(&run, 1u);
        out->http_status = r->http_status;
        if (r->err) {
            char why[160];
            snprintf(why, sizeof why, "%s", r->reason);
            page_fail(out, r->err, why);
            break;
        }
        if (r->http_status >= 300 && r->http_status < 400) {
            if (hop >= ctx->cfg.max_redirects) {
                pthread_mutex_lock(&ctx->lock);
                ctx->stats[ENRICH_FETCH].errors[ENRICH_ERR_REDIRECTS]++;
                pthread_mutex_unlock(&ctx->lock);
                page_fail(out, ENRICH_ERR_REDIRECTS, "too many redirects");
                break;
            }
            if (!r->location || !scheme_ok(r->location)) {
                page_fail(out, ENRICH_ERR_HTTP, "redirect to a non-http(s) URL");
                break;
            }
            free(cur);
            cur = en_dupstr(r->location);
            continue; /* the next hop is checked again by the SSRF socket callback */
        }
        int herr = en_parse_html(r->body.data ? r->body.data : "", r->body.len,
                                 ctx->cfg.max_text_bytes, out);
        if (herr != 0) {
            page_fail(out, ENRICH_ERR_PARSE, "html parse failed");
            break;
        }
        out->final_url = cur;
        cur = NULL;
        rc = 0;
    }
    free(cur);
    en_run_cleanup(&run);
    if (rc != 0) {
        char e[160];
        int cls = out->error_class;
        long st = out->http_status;
        snprintf(e, sizeof e, "%s", out->error);
        enrich_page_clear(out);
        out->error_class = cls;
        out->http_status = st;
        snprintf(out->error, sizeof out->error, "%s", e);
    }
    return rc;
}
