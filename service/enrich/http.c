/* http.c - the HTTP runner: drives a set of requests on one curl multi handle, applying
 * per-host concurrency/rate limits, the circuit breaker, retries with capped jittered
 * backoff (Retry-After honoured), coalescing of identical lookups and the SSRF check.
 *
 * DESIGN. There is no internal thread. Each enrich_records/enrich_fetch_article call
 * borrows a curl multi handle from a small pool in the ctx (so connections and DNS
 * entries are reused across calls), adds its requests to it and drives it on the calling
 * thread with curl_multi_poll until its requests are done or its deadline passes. What
 * is shared between threads - host table (concurrency slots, rate slots, breakers), the
 * in-flight key registry, statistics, the pool, the RNG - lives in the ctx under one
 * mutex that is never held across network I/O; the cache has its own mutex. A request
 * that finds its key in flight in another call waits (polling every few ms, bounded by
 * its own deadline) and then reads the owner's result from the cache. The background
 * warmer's runs (enrich.c) carry a cancel flag so enrich_destroy need not wait for them. */
#include "enrich_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

const long enrich_latency_bounds_ms[ENRICH_LATENCY_BUCKETS - 1] = {10,  25,   50,   100, 250,
                                                                   500, 1000, 2500, 5000};

static char *dupstr(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

/* ---- host table (ctx->lock held) ---- */
static void host_of(const char *url, char *out, size_t outlen)
{
    out[0] = '\0';
    CURLU *u = curl_url();
    if (!u)
        return;
    char *host = NULL, *port = NULL;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT);
        snprintf(out, outlen, "%s:%s", host, port ? port : "");
    }
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
}

static en_host *host_get(enrich_ctx *ctx, const char *name, int backend)
{
    for (en_host *h = ctx->hosts; h; h = h->next)
        if (h->backend == backend && strcmp(h->name, name) == 0)
            return h;
    en_host *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    snprintf(h->name, sizeof h->name, "%s", name);
    h->backend = backend;
    long conc = 1, rate = 0;
    if (backend == ENRICH_WIKIDATA) {
        conc = ctx->cfg.wikidata_concurrency;
        rate = ctx->cfg.wikidata_rate_per_s;
    } else if (backend == ENRICH_NOMINATIM) {
        conc = ctx->cfg.nominatim_concurrency;
        rate = ctx->cfg.nominatim_rate_per_s;
    } else {
        conc = ctx->cfg.fetch_concurrency;
    }
    h->max_concurrency = conc > 0 ? (int)conc : 1;
    h->rate.interval_ms = rate > 0 ? 1000 / rate : 0;
    en_breaker_init(&h->breaker, (int)ctx->cfg.breaker_failures, ctx->cfg.breaker_open_ms);
    h->next = ctx->hosts;
    ctx->hosts = h;
    return h;
}

/* ---- in-flight keys (ctx->lock held) ---- */
static int key_inflight(enrich_ctx *ctx, const char *key)
{
    for (en_key *k = ctx->inflight; k; k = k->next)
        if (strcmp(k->key, key) == 0)
            return 1;
    return 0;
}

int en_run_claim(en_run *run, en_req *req, const char *key)
{
    enrich_ctx *ctx = run->ctx;
    int rc = 1;
    pthread_mutex_lock(&ctx->lock);
    if (key_inflight(ctx, key)) {
        rc = 0;
    } else {
        en_key *k = calloc(1, sizeof *k);
        char *kc = dupstr(key), *kc2 = dupstr(key);
        char **nk = realloc(req->keys, (req->nkeys + 1) * sizeof *nk);
        if (nk)
            req->keys = nk;
        if (!k || !kc || !kc2 || !nk) {
            free(k);
            free(kc);
            free(kc2);
            rc = -1;
        } else {
            k->key = kc;
            k->next = ctx->inflight;
            ctx->inflight = k;
            req->keys[req->nkeys++] = kc2;
        }
    }
    pthread_mutex_unlock(&ctx->lock);
    return rc;
}

int en_run_wait(en_req *req, const char *key)
{
    free(req->wait_key);
    req->wait_key = dupstr(key);
    if (!req->wait_key)
        return -1;
    req->state = EN_REQ_WAITKEY;
    return 0;
}

static void release_keys(enrich_ctx *ctx, en_req *req)
{
    if (!req->nkeys)
        return;
    pthread_mutex_lock(&ctx->lock);
    for (size_t i = 0; i < req->nkeys; i++) {
        en_key **pp = &ctx->inflight;
        while (*pp && strcmp((*pp)->key, req->keys[i]) != 0)
            pp = &(*pp)->next;
        if (*pp) {
            en_key *k = *pp;
            *pp = k->next;
            free(k->key);
            free(k);
        }
        free(req->keys[i]);
    }
    pthread_mutex_unlock(&ctx->lock);
    free(req->keys);
    req->keys = NULL;
    req->nkeys = 0;
}

/* ---- runner ---- */
int en_run_init(en_run *run, enrich_ctx *ctx, int kind, int64_t deadline_ms)
{
    memset(run, 0, sizeof *run);
    run->ctx = ctx;
    run->kind = kind;
    run->deadline_ms = deadline_ms;
    pthread_mutex_lock(&ctx->lock);
    if (ctx->npool[kind] > 0)
        run->multi = ctx->pool[kind][--ctx->npool[kind]];
    pthread_mutex_unlock(&ctx->lock);
    if (!run->multi)
        run->multi = curl_multi_init();
    return run->multi ? 0 : -1;
}

static void req_free(en_req *r)
{
    free(r->url);
    free(r->wait_key);
    free(r->location);
    free(r->cached);
    en_buf_free(&r->body);
    free(r);
}

static void detach(en_run *run, en_req *r)
{
    if (r->easy) {
        curl_multi_remove_handle(run->multi, r->easy);
        curl_easy_cleanup(r->easy);
        r->easy = NULL;
    }
    if (r->host) {
        pthread_mutex_lock(&run->ctx->lock);
        r->host->inflight--;
        pthread_mutex_unlock(&run->ctx->lock);
        r->host = NULL;
    }
}

void en_run_cleanup(en_run *run)
{
    for (size_t i = 0; i < run->n; i++) {
        en_req *r = run->reqs[i];
        if (r->host && r->state == EN_REQ_ACTIVE) {
            /* abandoned probe: let the breaker try again */
            pthread_mutex_lock(&run->ctx->lock);
            r->host->breaker.probe_inflight = 0;
            pthread_mutex_unlock(&run->ctx->lock);
        }
        detach(run, r);
        release_keys(run->ctx, r);
        req_free(r);
    }
    free(run->reqs);
    run->reqs = NULL;
    run->n = run->cap = 0;
    if (run->multi) {
        enrich_ctx *ctx = run->ctx;
        pthread_mutex_lock(&ctx->lock);
        if (ctx->npool[run->kind] < 8) {
            ctx->pool[run->kind][ctx->npool[run->kind]++] = run->multi;
            run->multi = NULL;
        }
        pthread_mutex_unlock(&ctx->lock);
        if (run->multi)
            curl_multi_cleanup(run->multi);
        run->multi = NULL;
    }
}

en_req *en_run_add(en_run *run, const char *url, int backend, int tag, en_done_fn fn, void *user)
{
    if (run->n == run->cap) {
        size_t nc = run->cap ? run->cap * 2 : 16;
        en_req **v = realloc(run->reqs, nc * sizeof *v);
        if (!v)
            return NULL;
        run->reqs = v;
        run->cap = nc;
    }
    en_req *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->url = dupstr(url);
    if (!r->url) {
        free(r);
        return NULL;
    }
    r->ctx = run->ctx;
    r->backend = backend;
    r->tag = tag;
    r->on_done = fn;
    r->user = user;
    r->state = EN_REQ_PENDING;
    r->body.max = run->ctx->cfg.max_body_bytes;
    run->reqs[run->n++] = r;
    return r;
}

static size_t on_write(char *p, size_t size, size_t nmemb, void *ud)
{
    en_req *r = ud;
    size_t n = size * nmemb;
    if (en_buf_append(&r->body, p, n) != 0)
        return 0; /* aborts the transfer: CURLE_WRITE_ERROR */
    return n;
}

static curl_socket_t on_opensocket(void *clientp, curlsocktype purpose, struct curl_sockaddr *a)
{
    en_req *r = clientp;
    (void)purpose;
    enrich_ctx *ctx = r->ctx;
    if (r->ssrf && !ctx->cfg.allow_private && en_addr_is_private(&a->addr) &&
        !en_addr_in_nets(&a->addr, ctx->nets, ctx->nnets)) {
        r->ssrf_blocked = 1;
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

static int start(en_run *run, en_req *r, int64_t now)
{
    enrich_ctx *ctx = run->ctx;
    CURL *e = curl_easy_init();
    if (!e)
        return -1;
    en_buf_free(&r->body);
    r->body.max = ctx->cfg.max_body_bytes;
    r->ssrf_blocked = 0;
    r->errbuf[0] = '\0';
    long left = (long)(run->deadline_ms - now);
    long tmo = ctx->cfg.timeout_ms < left ? ctx->cfg.timeout_ms : left;
    if (tmo < 1)
        tmo = 1;
    long ctmo = ctx->cfg.connect_timeout_ms < tmo ? ctx->cfg.connect_timeout_ms : tmo;
    curl_easy_setopt(e, CURLOPT_URL, r->url);
    curl_easy_setopt(e, CURLOPT_PRIVATE, r);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_write);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, r);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->errbuf);
    curl_easy_setopt(e, CURLOPT_USERAGENT, ctx->user_agent);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (ctx->ca_file)
        curl_easy_setopt(e, CURLOPT_CAINFO, ctx->ca_file);
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)ctx->cfg.max_body_bytes);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, tmo);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ctmo);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_opensocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, r);
    if (curl_multi_add_handle(run->multi, e) != CURLM_OK) {
        curl_easy_cleanup(e);
        return -1;
    }
    r->easy = e;
    r->state = EN_REQ_ACTIVE;
    r->started_ms = now;
    r->attempts++;
    pthread_mutex_lock(&ctx->lock);
    ctx->stats[r->backend].requests++;
    pthread_mutex_unlock(&ctx->lock);
    return 0;
}

static void finish(en_run *run, en_req *r, int err, const char *reason)
{
    detach(run, r);
    r->state = EN_REQ_DONE;
    r->err = err;
    if (reason && !r->reason[0])
        snprintf(r->reason, sizeof r->reason, "%s", reason);
    if (r->on_done)
        r->on_done(run, r);
    release_keys(run->ctx, r); /* after on_done cached the answer: waiters find it */
}

static uint64_t rng_next(enrich_ctx *ctx)
{
    /* xorshift64*, under ctx->lock */
    uint64_t x = ctx->rng;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    ctx->rng = x;
    return x * 2685821657736338717ULL;
}

static int is_maxlag(const en_req *r)
{
    if (r->backend != ENRICH_WIKIDATA || !r->body.data || !strstr(r->body.data, "maxlag"))
        return 0;
    json_t *j = json_loadb(r->body.data, r->body.len, 0, NULL);
    const char *code = json_string_value(json_object_get(json_object_get(j, "error"), "code"));
    int m = code && strcmp(code, "maxlag") == 0;
    json_decref(j);
    return m;
}

static void complete(en_run *run, en_req *r, CURLcode rc, int64_t now)
{
    enrich_ctx *ctx = run->ctx;
    long status = 0;
    curl_off_t retry_after = 0;
    char *loc = NULL;
    curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(r->easy, CURLINFO_RETRY_AFTER, &retry_after);
    curl_easy_getinfo(r->easy, CURLINFO_REDIRECT_URL, &loc);
    r->http_status = status;
    free(r->location);
    r->location = loc ? strdup(loc) : NULL;

    int cls = ENRICH_ERR_NONE;
    char why[128] = "";
    if (rc == CURLE_OK) {
        if (status >= 200 && status < 300) {
            if (is_maxlag(r)) {
                cls = ENRICH_ERR_MAXLAG;
                snprintf(why, sizeof why, "maxlag (replication lag)");
                if (retry_after <= 0)
                    retry_after = 5;
            }
        } else if (status >= 300 && status < 400 && run->follow_location && r->location) {
            /* redirect reported to the caller, which re-checks and follows it */
        } else if (status == 429) {
            cls = ENRICH_ERR_429;
            snprintf(why, sizeof why, "http 429");
        } else if (status >= 500) {
            cls = ENRICH_ERR_5XX;
            snprintf(why, sizeof why, "http %ld", status);
        } else {
            cls = ENRICH_ERR_HTTP;
            snprintf(why, sizeof why, "http %ld", status);
        }
    } else if (r->ssrf_blocked) {
        cls = ENRICH_ERR_SSRF;
        snprintf(why, sizeof why, "refused: private/loopback/link-local address");
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        cls = ENRICH_ERR_TIMEOUT;
        snprintf(why, sizeof why, "timeout");
    } else if (rc == CURLE_FILESIZE_EXCEEDED || (rc == CURLE_WRITE_ERROR && r->body.overflow)) {
        cls = ENRICH_ERR_TOOBIG;
        snprintf(why, sizeof why, "body larger than %zu bytes", ctx->cfg.max_body_bytes);
    } else if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
               rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
               rc == CURLE_PARTIAL_FILE || rc == CURLE_SSL_CONNECT_ERROR) {
        cls = ENRICH_ERR_CONNECT;
        snprintf(why, sizeof why, "connect: %.100s", r->errbuf[0] ? r->errbuf : curl_easy_strerror(rc));
    } else {
        cls = ENRICH_ERR_OTHER;
        snprintf(why, sizeof why, "%.100s", r->errbuf[0] ? r->errbuf : curl_easy_strerror(rc));
    }

    int down = cls == ENRICH_ERR_TIMEOUT || cls == ENRICH_ERR_5XX || cls == ENRICH_ERR_CONNECT ||
               cls == ENRICH_ERR_429;
    int retryable = cls == ENRICH_ERR_TIMEOUT || cls == ENRICH_ERR_5XX ||
                    cls == ENRICH_ERR_429 || cls == ENRICH_ERR_MAXLAG;
    int64_t lat = now - r->started_ms;
    int64_t delay = 0;

    pthread_mutex_lock(&ctx->lock);
    enrich_backend_stats *st = &ctx->stats[r->backend];
    size_t b = 0;
    while (b < ENRICH_LATENCY_BUCKETS - 1 && lat > enrich_latency_bounds_ms[b])
        b++;
    st->latency[b]++;
    st->latency_sum_ms += (uint64_t)(lat > 0 ? lat : 0);
    if (cls == ENRICH_ERR_NONE)
        st->responses++;
    else
        st->errors[cls]++;
    if (r->host) {
        uint64_t before = r->host->breaker.opened_count;
        if (cls != ENRICH_ERR_SSRF)
            en_breaker_report(&r->host->breaker, down, now);
        st->breaker_opened += r->host->breaker.opened_count - before;
    }
    if (retryable && r->attempts <= ctx->cfg.retries) {
        if (retry_after > 0) {
            delay = (int64_t)retry_after * 1000;
            if (r->host)
                en_rate_defer(&r->host->rate, now + delay); /* the whole host slows down */
        } else {
            int64_t cap = ctx->cfg.backoff_base_ms << (r->attempts - 1 < 16 ? r->attempts - 1 : 16);
            if (cap > ctx->cfg.backoff_max_ms)
                cap = ctx->cfg.backoff_max_ms;
            delay = cap > 0 ? (int64_t)(rng_next(ctx) % (uint64_t)(cap + 1)) : 0; /* full jitter */
        }
        if (now + delay < run->deadline_ms)
            st->retries++;
        else
            retryable = 0;
    } else {
        retryable = 0;
    }
    pthread_mutex_unlock(&ctx->lock);

    if (retryable) {
        detach(run, r);
        r->state = EN_REQ_PENDING;
        r->not_before_ms = now + delay;
        return;
    }
    if (cls != ENRICH_ERR_NONE && r->attempts > 1) {
        char tmp[128];
        snprintf(tmp, sizeof tmp, "%.100s after %d attempts", why, r->attempts);
        memcpy(why, tmp, sizeof why);
    }
    finish(run, r, cls, cls ? why : NULL);
}

static void fail_all(en_run *run, int err, const char *why)
{
    for (size_t i = 0; i < run->n; i++) {
        en_req *r = run->reqs[i];
        if (r->state == EN_REQ_DONE)
            continue;
        if (r->host && r->state == EN_REQ_ACTIVE) {
            pthread_mutex_lock(&run->ctx->lock);
            if (r->host->breaker.state == ENRICH_BREAKER_HALF_OPEN)
                r->host->breaker.probe_inflight = 0;
            run->ctx->stats[r->backend].errors[err]++;
            pthread_mutex_unlock(&run->ctx->lock);
        }
        finish(run, r, err, why);
    }
}

static void schedule(en_run *run, en_req *r, int64_t now, int64_t *wake)
{
    enrich_ctx *ctx = run->ctx;
    if (r->state == EN_REQ_WAITKEY) {
        pthread_mutex_lock(&ctx->lock);
        int busy = key_inflight(ctx, r->wait_key);
        pthread_mutex_unlock(&ctx->lock);
        if (busy) {
            if (now + 5 < *wake)
                *wake = now + 5;
            return;
        }
        char *v = NULL;
        int hit = en_cache_get(ctx->cache, r->wait_key, en_now_ms(), &v);
        if (hit != EN_CACHE_MISS) {
            r->cached = v;
            r->cached_negative = hit == EN_CACHE_NEGATIVE;
            pthread_mutex_lock(&ctx->lock);
            ctx->stats[r->backend].coalesced++;
            pthread_mutex_unlock(&ctx->lock);
            finish(run, r, ENRICH_ERR_NONE, NULL);
            return;
        }
        int c = en_run_claim(run, r, r->wait_key);
        if (c == 1) {
            r->state = EN_REQ_PENDING;
        } else if (c < 0) {
            finish(run, r, ENRICH_ERR_OTHER, "out of memory");
            return;
        } else {
            if (now + 5 < *wake)
                *wake = now + 5;
            return;
        }
    }
    if (r->state != EN_REQ_PENDING)
        return;
    if (r->not_before_ms > now) {
        if (r->not_before_ms < *wake)
            *wake = r->not_before_ms;
        return;
    }
    char hn[160];
    host_of(r->url, hn, sizeof hn);
    int decision;
    int64_t wait = 0;
    pthread_mutex_lock(&ctx->lock);
    en_host *h = host_get(ctx, hn, r->backend);
    if (!h) {
        decision = -1;
    } else if (h->inflight >= h->max_concurrency) {
        decision = EN_WAIT;
        wait = 5;
    } else if (h->rate.next_ms > now) {
        decision = EN_WAIT;
        wait = h->rate.next_ms - now;
    } else if (!en_breaker_allow(&h->breaker, now)) {
        decision = EN_REFUSE_BREAKER;
        ctx->stats[r->backend].errors[ENRICH_ERR_BREAKER]++;
    } else {
        en_rate_take(&h->rate, now, NULL);
        h->inflight++;
        r->host = h;
        decision = EN_GRANT;
    }
    pthread_mutex_unlock(&ctx->lock);
    if (decision == EN_GRANT) {
        if (start(run, r, now) != 0)
            finish(run, r, ENRICH_ERR_OTHER, "cannot start transfer");
    } else if (decision == EN_WAIT) {
        if (now + wait >= run->deadline_ms && wait > 5) {
            pthread_mutex_lock(&ctx->lock);
            ctx->stats[r->backend].errors[ENRICH_ERR_BUDGET]++;
            pthread_mutex_unlock(&ctx->lock);
            finish(run, r, ENRICH_ERR_BUDGET, "budget exhausted waiting for rate limit");
        } else if (now + wait < *wake) {
            *wake = now + wait;
        }
    } else if (decision == EN_REFUSE_BREAKER) {
        finish(run, r, ENRICH_ERR_BREAKER, "circuit breaker open");
    } else {
        finish(run, r, ENRICH_ERR_OTHER, "out of memory");
    }
}

void en_run_drive(en_run *run, unsigned mask)
{
    for (;;) {
        if (run->cancel && atomic_load(run->cancel)) {
            fail_all(run, ENRICH_ERR_BUDGET, "cancelled: shutting down");
            return;
        }
        int running = 0;
        curl_multi_perform(run->multi, &running);
        CURLMsg *m;
        int left;
        while ((m = curl_multi_info_read(run->multi, &left))) {
            if (m->msg != CURLMSG_DONE)
                continue;
            en_req *r = NULL;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&r);
            if (r)
                complete(run, r, m->data.result, en_now_ms());
        }
        int64_t now = en_now_ms();
        int64_t wake = run->deadline_ms;
        int pending = 0, active = 0;
        /* schedule() may run on_done callbacks that append requests: index, not pointer */
        for (size_t i = 0; i < run->n; i++) {
            en_req *r = run->reqs[i];
            if (r->state == EN_REQ_DONE)
                continue;
            schedule(run, r, now, &wake);
            if (r->state == EN_REQ_DONE)
                continue;
            if (r->state == EN_REQ_ACTIVE)
                active++;
            if (mask & (1u << r->tag))
                pending++;
        }
        if (!pending)
            return;
        now = en_now_ms();
        if (now >= run->deadline_ms) {
            fail_all(run, ENRICH_ERR_BUDGET, "time budget exhausted");
            return;
        }
        int64_t to = (active ? (wake < now + 50 ? wake : now + 50) : wake) - now;
        if (to < 0)
            to = 0;
        if (to > (run->cancel ? 100 : 1000))
            to = run->cancel ? 100 : 1000; /* a cancellable run notices within 100 ms */
        curl_multi_poll(run->multi, NULL, 0, (int)to, NULL);
    }
}

void en_stats_cache(enrich_ctx *ctx, int backend, int hit)
{
    pthread_mutex_lock(&ctx->lock);
    if (hit)
        ctx->stats[backend].cache_hits++;
    else
        ctx->stats[backend].cache_misses++;
    pthread_mutex_unlock(&ctx->lock);
}
