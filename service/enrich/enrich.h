/* enrich.h - enrichment of parley.contact.v1 records over HTTP (libcurl): actors from a
 * Wikibase API (Wikidata), places from a Nominatim API, and article pages fetched and
 * parsed when a message has a URL but no text. Every backend is off until configured. */
#ifndef PARLEY_ENRICH_H
#define PARLEY_ENRICH_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

typedef struct enrich_ctx enrich_ctx;

/* Plain configuration. Strings are copied by enrich_new (the struct may be freed after).
 * Zero numeric fields take the defaults of enrich_config_defaults(); to ask for "none"
 * where zero would mean default, pass -1 (retries: no retry; *_rate_per_s: unlimited). */
typedef struct enrich_config {
    const char *wikidata_url;   /* MediaWiki API endpoint (.../w/api.php); NULL/"" = off */
    const char *nominatim_url;  /* Nominatim /search base URL; NULL/"" = off */
    int fetch_enabled;          /* 1 = enrich_fetch_article may touch the network */
    const char *user_agent;     /* descriptive UA; NULL = built-in "parleyd/<ver> (...)" */
    const char *ca_file;        /* CA bundle for TLS verification; NULL = system default */
    long connect_timeout_ms;    /* per attempt connect timeout */
    long timeout_ms;            /* per attempt total timeout */
    long article_budget_ms;     /* wall-clock budget of one enrich_records call */
    long fetch_budget_ms;       /* wall-clock budget of one enrich_fetch_article call */
    size_t max_body_bytes;      /* cap on any response body (API JSON or article HTML) */
    size_t max_text_bytes;      /* cap on extracted article text */
    long max_redirects;         /* article fetch: redirects followed (each re-checked) */
    int allow_private;          /* SSRF: 1 = loopback/private/link-local targets allowed */
    const char *allow_nets;     /* SSRF exceptions: comma list of CIDRs, e.g. "10.1.0.0/16" */
    size_t cache_max_bytes;     /* LRU cache bound (keys + values + overhead) */
    long cache_ttl_s;           /* positive entries */
    long negative_ttl_s;        /* negative entries: missing, nohits, ambiguous */
    long wikidata_concurrency;  /* requests in flight per Wikidata host (default 1) */
    long wikidata_rate_per_s;   /* request starts per second per host, 0 = unlimited */
    long nominatim_concurrency; /* default 1 */
    long nominatim_rate_per_s;  /* default 1, -1 = unlimited */
    long fetch_concurrency;     /* per article host, default 2 */
    long retries;               /* extra attempts on timeout/5xx/429/maxlag (default 2, -1 = 0) */
    long backoff_base_ms;       /* first backoff; doubles per attempt, full jitter */
    long backoff_max_ms;        /* backoff cap */
    long breaker_failures;      /* consecutive failures that open a host's breaker */
    long breaker_open_ms;       /* time open before one half-open probe */
    long maxlag_s;              /* maxlag parameter sent to MediaWiki (default 5) */
    long background_queue;      /* slow-backend mode: lookups queued for the background
                                 * warmer (default 1000; -1 = off, workers always wait) */
    long background_budget_ms;  /* budget of one background batch
                                 * (default max(10 x article_budget_ms, 10000)) */
} enrich_config;

/* Fills *c with the defaults (URLs empty = off). */
void enrich_config_defaults(enrich_config *c);

/* Calls curl_global_init(CURL_GLOBAL_DEFAULT) exactly once per process. The daemon's main()
 * calls it before starting any thread; enrich_new also calls it (idempotent, guarded by
 * pthread_once) so tests and tools need not. Returns 0 or -1. */
int enrich_global_init(void);
/* Optional, at the very end of main() after every ctx is destroyed. */
void enrich_global_cleanup(void);

/* Returns NULL and fills err on a bad configuration (bad URL scheme, bad CIDR...). */
enrich_ctx *enrich_new(const enrich_config *cfg, char *err, size_t errlen);
/* Accepts NULL; no call may be running. Stops and joins the background warmer (its
 * requests in flight are abandoned within about 100 ms). */
void enrich_destroy(enrich_ctx *ctx);

/* 1 when at least one of the Wikidata/Nominatim backends is configured. */
int enrich_enabled(const enrich_ctx *ctx);

typedef struct enrich_result {
    size_t records;           /* records seen */
    size_t actors_looked_up;  /* actors that needed a lookup */
    size_t actors_resolved;   /* actors given a wikidata id */
    size_t places_looked_up;
    size_t places_resolved;
    size_t lookups_failed;    /* lookups without a definitive answer (budget, errors, breaker) */
    long elapsed_ms;
    char reason[160];         /* first failure reason, "" when none */
} enrich_result;

/* Enriches an array of parley.contact.v1 records in place. Thread-safe: any number of
 * threads may call it on one ctx. event_date_hint ("YYYY-MM-DD..." or NULL) is the date
 * used for records without time.start (normally the article's published_at).
 * Per actor: metadata {wikidata,label,description,position{...},country}, country and
 * sector filled when missing (metadata.country_confirmed says whether they agreed).
 * Per location without lat/lon: lat, lon, country, osm_id, osm_type, wikidata.
 * Sets record.enrichment = {status: complete|partial|failed|none, sources[], reason?}.
 * Never blocks longer than article_budget_ms (plus a few ms). Returns 0, or -1 only when
 * `records` is not an array; enrichment failures are reported in the records, not here.
 *
 * Slow-backend mode (unless background_queue is -1): once a call's lookups on a backend
 * run out of the article budget, or wait for it more than half the budget, that backend
 * is "slow" and calls stop waiting for it: cache hits
 * are used, misses are handed to a background thread of the ctx (bounded, de-duplicated
 * queue) and the records go out at once, partial or failed, with the reason
 * "<backend>: slow backend, looked up in background". The background thread resolves
 * them with background_budget_ms into the shared cache, so later articles naming the same
 * actors and places are complete; when one of its batches takes at most a quarter of the
 * article budget the backend is fast again and calls wait for it as before. */
int enrich_records(enrich_ctx *ctx, json_t *records, const char *event_date_hint,
                   enrich_result *out);

/* An article page fetched and parsed. Strings are NUL-terminated, owned by the page,
 * NULL when not found; release with enrich_page_clear. */
typedef struct enrich_page {
    char *final_url;
    char *title;
    char *published_at;   /* as found (ISO 8601 in practice) */
    char *site_name;
    char *text;           /* paragraphs joined by blank lines, capped at max_text_bytes */
    size_t text_len;
    long http_status;
    char error[160];      /* why it failed, "" on success */
    int error_class;      /* enrich_err_class of the failure, 0 on success */
} enrich_page;

void enrich_page_clear(enrich_page *p); /* frees members, accepts NULL */

/* Fetches url (http/https only), follows up to max_redirects redirects, checks every
 * connected address against the SSRF policy, caps the body at max_body_bytes, and
 * extracts title/published time/site name (OpenGraph, JSON-LD NewsArticle, <title>) and
 * the <p> text. Returns 0 on success, -1 with out->error set otherwise (including
 * fetch_enabled = 0). Thread-safe. */
int enrich_fetch_article(enrich_ctx *ctx, const char *url, enrich_page *out);

/* Statistics: plain numbers for the metrics endpoint. */
enum enrich_backend { ENRICH_WIKIDATA = 0, ENRICH_NOMINATIM = 1, ENRICH_FETCH = 2, ENRICH_NBACKENDS = 3 };
enum enrich_err_class {
    ENRICH_ERR_NONE = 0,
    ENRICH_ERR_TIMEOUT, ENRICH_ERR_5XX, ENRICH_ERR_429, ENRICH_ERR_MAXLAG, ENRICH_ERR_CONNECT,
    ENRICH_ERR_PARSE, ENRICH_ERR_SSRF, ENRICH_ERR_HTTP,    /* other 4xx */
    ENRICH_ERR_TOOBIG, ENRICH_ERR_REDIRECTS, ENRICH_ERR_BREAKER, ENRICH_ERR_BUDGET,
    ENRICH_ERR_OTHER,
    ENRICH_ERR_NCLASSES
};
enum enrich_breaker_state { ENRICH_BREAKER_CLOSED = 0, ENRICH_BREAKER_OPEN = 1, ENRICH_BREAKER_HALF_OPEN = 2 };

#define ENRICH_LATENCY_BUCKETS 10
/* upper bounds in ms of the latency buckets; the last bucket is +Inf */
extern const long enrich_latency_bounds_ms[ENRICH_LATENCY_BUCKETS - 1];

typedef struct enrich_backend_stats {
    uint64_t requests;                         /* HTTP attempts started */
    uint64_t responses;                        /* attempts that ended with a usable answer */
    uint64_t retries;
    uint64_t errors[ENRICH_ERR_NCLASSES];      /* by enrich_err_class */
    uint64_t latency[ENRICH_LATENCY_BUCKETS];  /* non-cumulative counts per bucket */
    uint64_t latency_sum_ms;
    uint64_t cache_hits, cache_misses, coalesced;
    int breaker_state;                          /* worst state over the backend's hosts */
    uint64_t breaker_opened;                    /* closed/half-open -> open transitions */
    int slow;                                   /* 1 = slow-backend mode: calls do not wait */
    uint64_t slow_entered;                      /* fast -> slow transitions */
    uint64_t bg_queued;                         /* lookups handed to the background warmer */
    uint64_t bg_dropped;                        /* not handed: queue full */
    uint64_t bg_completed;                      /* looked up in background, answer cached */
    uint64_t bg_failed;                         /* looked up in background without an answer */
} enrich_backend_stats;

typedef struct enrich_stats {
    enrich_backend_stats backend[ENRICH_NBACKENDS];
    uint64_t cache_bytes, cache_entries, cache_evictions;
} enrich_stats;

void enrich_get_stats(enrich_ctx *ctx, enrich_stats *out);
const char *enrich_backend_name(int backend);   /* "wikidata", "nominatim", "fetch" */
const char *enrich_err_class_name(int cls);     /* "timeout", "5xx", "429", ... */

#endif
