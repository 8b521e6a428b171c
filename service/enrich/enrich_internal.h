/* enrich_internal.h - internals of the enrichment module shared by its .c files, the
 * cmocka unit tests and the fuzz targets: the LRU cache, per-host rate limiter and
 * circuit breaker (pure, clock passed in), response parsers, and the HTTP runner. */
#ifndef PARLEY_ENRICH_INTERNAL_H
#define PARLEY_ENRICH_INTERNAL_H

#include "enrich.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/socket.h>

int64_t en_now_ms(void); /* CLOCK_MONOTONIC in ms */

/* ---- LRU cache with TTL, bounded in bytes, thread-safe ------------------------------ */
typedef struct en_cache en_cache;
enum { EN_CACHE_MISS = 0, EN_CACHE_HIT = 1, EN_CACHE_NEGATIVE = 2 };
/* Per-entry overhead charged against max_bytes, so many tiny entries stay bounded. */
#define EN_CACHE_OVERHEAD 64

en_cache *en_cache_new(size_t max_bytes);
void en_cache_destroy(en_cache *c);
/* Stores a copy. negative = 1 marks a negative entry (value is its reason, e.g. "nohits").
 * An entry larger than max_bytes is not stored. Returns 0, -1 on allocation failure. */
int en_cache_put(en_cache *c, const char *key, const char *value, int negative,
                 int64_t expires_ms);
/* Returns EN_CACHE_MISS, EN_CACHE_HIT or EN_CACHE_NEGATIVE; on a hit *value is a malloc'd
 * copy (caller frees). Expired entries count as misses and are dropped. */
int en_cache_get(en_cache *c, const char *key, int64_t now_ms, char **value);
void en_cache_usage(en_cache *c, uint64_t *bytes, uint64_t *entries, uint64_t *evictions);

/* ---- rate limiter: minimum interval between request starts -------------------------- */
typedef struct en_rate {
    int64_t interval_ms; /* 0 = unlimited */
    int64_t next_ms;     /* earliest next start */
} en_rate;
/* 1 = a start is granted now (and the next slot reserved); 0 = *wait_ms until next slot. */
int en_rate_take(en_rate *r, int64_t now_ms, int64_t *wait_ms);
/* Pushes the next slot to at least until_ms (Retry-After, maxlag). */
void en_rate_defer(en_rate *r, int64_t until_ms);

/* ---- circuit breaker: closed -> open after N consecutive failures -> half-open probe -- */
typedef struct en_breaker {
    int state;              /* enum enrich_breaker_state */
    int failures;           /* consecutive */
    int threshold;
    int64_t open_ms;
    int64_t opened_at;
    int probe_inflight;     /* half-open: one probe at a time */
    uint64_t opened_count;
} en_breaker;
void en_breaker_init(en_breaker *b, int threshold, int64_t open_ms);
/* 1 = request may go (in half-open the caller becomes the probe), 0 = refuse (open). */
int en_breaker_allow(en_breaker *b, int64_t now_ms);
/* Reports the outcome of an allowed request. failure = the service looked down. */
void en_breaker_report(en_breaker *b, int failure, int64_t now_ms);

/* ---- per-host policy: concurrency + rate + breaker ---------------------------------- */
typedef struct en_host {
    char name[128];     /* host[:port] */
    int backend;
    int max_concurrency;
    int inflight;
    en_rate rate;
    en_breaker breaker;
    struct en_host *next;
} en_host;
enum { EN_GRANT = 0, EN_WAIT = 1, EN_REFUSE_BREAKER = 2 };

/* ---- growing buffer with a cap ------------------------------------------------------ */
typedef struct en_buf {
    char *data;     /* always NUL-terminated when non-NULL */
    size_t len, cap, max;
    int overflow;
} en_buf;
int en_buf_append(en_buf *b, const char *p, size_t n); /* -1 past max (overflow set) */
void en_buf_free(en_buf *b);

/* ---- parsers (pure: bytes in, JSON out; fuzzed) ------------------------------------- */
/* wbsearchentities -> array of ids ["Q1",...] (max 10). Returns 0, -1 on malformed input,
 * 1 for an API error object (code copied to errcode). */
int en_parse_wd_search(const char *body, size_t len, json_t **ids, char *errcode, size_t errlen);
/* wbgetentities -> object {"Q1": summary, ...}; a summary is
 * {"id","label","description","p31":[ids],"p27":[ids],"p17":[ids],"p1001":[ids],
 *  "p106":[ids],"iso3":"USA"|null,"p39":[{"id","start","end"}]}; missing entities map
 * to the string "missing". Same return convention. */
int en_parse_wd_entities(const char *body, size_t len, json_t **out, char *errcode, size_t errlen);
/* Nominatim jsonv2 -> {"lat","lon","country","osm_id","osm_type","wikidata","display_name",
 * "category","type"} or json null when no hits. Returns 0 or -1. */
int en_parse_nominatim(const char *body, size_t len, json_t **out);
/* HTML -> page fields. Returns 0 (even when little was found), -1 on allocation failure. */
int en_parse_html(const char *html, size_t len, size_t max_text, enrich_page *out);

/* ISO 3166-1 alpha-2 -> alpha-3 (case-insensitive) into out; -1 when unknown. */
int en_iso2_to_iso3(const char *a2, char out[4]);

/* Picks the entity for an actor: candidates are summaries, entities maps ids to summaries
 * (positions and countries). Returns the index of the pick, -1 no match, -2 ambiguous.
 * On a pick, *position is the P39 statement held on `date` that fitted (or NULL). */
int en_wd_choose(json_t *candidates, json_t *entities, const char *name, const char *title,
                 const char *country, const char *date, json_t **position);
/* 1 when the P39 statement summary {"start","end"} covers date ("" = current holder). */
int en_wd_held_on(json_t *st, const char *date);
/* Sector (GOV, MIL, DIP, LEG, JUD) suggested by a position label, or NULL. */
const char *en_sector_for_position(const char *label);

/* ---- SSRF ---------------------------------------------------------------------------- */
typedef struct en_net { int family; unsigned char addr[16]; int prefix; } en_net;
/* 1 when the address is loopback, private, link-local, unique-local, CGNAT, unspecified,
 * multicast/reserved, or an IPv4-mapped form of those. */
int en_addr_is_private(const struct sockaddr *sa);
int en_parse_nets(const char *list, en_net **nets, size_t *n, char *err, size_t errlen);
int en_addr_in_nets(const struct sockaddr *sa, const en_net *nets, size_t n);

/* ---- slow-backend mode: warmer queue and slow state (warm.c, pure, caller locks) -------- */
/* One lookup handed to the background warmer: an actor (name, title, country, date) for
 * Wikidata or a place name for Nominatim. key is the cache key its answer ends up under
 * (the actor's pick key, the place's key) and de-duplicates the queue. */
typedef struct en_witem {
    int backend;
    char *key, *name, *title, *country; /* title, country may be NULL */
    char date[11];                      /* "YYYY-MM-DD" or "" */
} en_witem;

/* Bounded FIFO; a key stays "known" from push until en_wq_done, so a lookup queued or
 * being resolved is not queued twice. cap 0 = disabled (every push is EN_WQ_FULL). */
typedef struct en_wq {
    en_witem *items;
    size_t cap, head, n;
    json_t *keys;                       /* set of known keys */
} en_wq;
enum { EN_WQ_QUEUED = 0, EN_WQ_DUPLICATE = 1, EN_WQ_FULL = 2, EN_WQ_NOMEM = 3 };
int en_wq_init(en_wq *q, size_t cap);   /* 0, -1 on allocation failure */
void en_wq_free(en_wq *q);
/* Copies *it. Returns EN_WQ_QUEUED, EN_WQ_DUPLICATE, EN_WQ_FULL (dropped) or EN_WQ_NOMEM. */
int en_wq_push(en_wq *q, const en_witem *it);
/* Moves up to max items (oldest first) into out; the caller owns them and hands each back
 * with en_wq_done once looked up. */
size_t en_wq_pop(en_wq *q, en_witem *out, size_t max);
void en_wq_done(en_wq *q, en_witem *it);
void en_witem_clear(en_witem *it);

/* Per backend: slow = workers do not wait on the network for it. */
typedef struct en_slow {
    int slow;
    uint64_t entered;                   /* fast -> slow transitions */
    int64_t last_ms;                    /* duration of the last background lookup batch */
} en_slow;
/* A worker's call asked the backend: out_of_time = a lookup ran out of the article budget
 * (or timed out), waited_ms = from the call's start to the backend's last answer. Slow
 * when it ran out or waited more than half the budget. Returns 1 when it became slow. */
int en_slow_note_wait(en_slow *s, int out_of_time, int64_t waited_ms, int64_t budget_ms);
/* A background batch ended after elapsed_ms; answered = every lookup of the backend in it
 * got an HTTP answer. Fast again when it took at most a quarter of the article budget (a
 * batch holds up to 8 lookups, and the gap to the entry threshold keeps the state from
 * flapping). Returns 1 when this call ended the slow state. */
int en_slow_note_background(en_slow *s, int answered, int64_t elapsed_ms, int64_t budget_ms);

/* ---- the context ---------------------------------------------------------------------- */
typedef struct en_key {
    char *key;
    struct en_key *next;
} en_key;

struct enrich_ctx {
    enrich_config cfg;             /* strings below are owned copies */
    char *wikidata_url, *nominatim_url, *user_agent, *ca_file;
    en_net *nets;
    size_t nnets;
    en_cache *cache;

    pthread_mutex_t lock;          /* hosts, inflight keys, stats, multi pool, rng */
    en_host *hosts;
    en_key *inflight;
    enrich_backend_stats stats[ENRICH_NBACKENDS];
    /* idle multi handles (each holds a connection cache); pool[0] for the API backends,
     * pool[1] for article fetches so a fetch never reuses an unchecked API connection */
    CURLM *pool[2][8];
    size_t npool[2];
    uint64_t rng;
    en_slow slow[ENRICH_NBACKENDS];  /* under lock */

    /* background warmer (enrich.c): one thread, started on the first hand-off */
    pthread_mutex_t warm_lock;       /* warmq, warm_started; never held across I/O */
    pthread_cond_t warm_cond;
    en_wq warmq;
    pthread_t warm_thread;
    int warm_started;
    atomic_int warm_stop;            /* enrich_destroy: the warmer's run ends at once */
};

/* ---- HTTP runner ---------------------------------------------------------------------- */
enum { EN_REQ_WAITKEY, EN_REQ_PENDING, EN_REQ_ACTIVE, EN_REQ_DONE };

typedef struct en_run en_run;
typedef struct en_req en_req;
typedef void (*en_done_fn)(en_run *run, en_req *req);

struct en_req {
    enrich_ctx *ctx;
    char *url;
    int backend;
    int tag;                       /* orchestration group, drives en_run_drive */
    int ssrf;                      /* apply the SSRF policy to connected addresses */
    char **keys;                   /* coalescing keys claimed (owned) */
    size_t nkeys;
    char *wait_key;                /* EN_REQ_WAITKEY: key owned by someone else */
    en_done_fn on_done;
    void *user;

    int state;
    int attempts;
    int64_t not_before_ms;
    int64_t started_ms;
    en_host *host;
    CURL *easy;
    en_buf body;
    int ssrf_blocked;
    char errbuf[CURL_ERROR_SIZE];

    /* results */
    long http_status;
    int err;                       /* enum enrich_err_class */
    char reason[128];
    char *location;                /* redirect target (fetch), owned */
    char *cached;                  /* coalesced: value found in cache after waiting */
    int cached_negative;
};

struct en_run {
    enrich_ctx *ctx;
    CURLM *multi;
    int kind;                      /* 0 API, 1 fetch (multi pool) */
    en_req **reqs;
    size_t n, cap;
    int64_t deadline_ms;
    int follow_location;           /* report 3xx Location instead of treating as error */
    atomic_int *cancel;            /* optional: when set, en_run_drive ends like a deadline */
};

int en_run_init(en_run *run, enrich_ctx *ctx, int kind, int64_t deadline_ms);
void en_run_cleanup(en_run *run);  /* releases keys, frees requests, returns the multi */
/* Creates a request (url copied). Returns NULL on allocation failure. */
en_req *en_run_add(en_run *run, const char *url, int backend, int tag, en_done_fn fn, void *user);
/* Claims key for req if nobody else has it in flight: returns 1 (claimed; released when
 * req finishes, after its on_done ran), 0 (someone else owns it), -1 on allocation failure. */
int en_run_claim(en_run *run, en_req *req, const char *key);
/* Makes req a waiter: it does nothing until key is released, then takes the cached value
 * (req->cached) or, when the owner cached nothing, claims the key and sends itself. */
int en_run_wait(en_req *req, const char *key);
/* Drives requests until none whose tag bit is in mask is still pending, or the deadline
 * passes (then every unfinished request ends with ENRICH_ERR_BUDGET). */
void en_run_drive(en_run *run, unsigned mask);

void en_stats_cache(enrich_ctx *ctx, int backend, int hit);

/* strdup that accepts NULL (returns NULL). */
char *en_dupstr(const char *s);

#endif
