/* bench_enrich.c - enrichment benchmark (not a test): records/s with enrichment off and
 * with a warm cache; then, with a slow backend under the time budget (slow-backend mode),
 * records/s and p50/p99 latency per call for cold unique names and for a pool of names
 * that repeat, and after how many records the background warmer had the cache warm.
 * Run through bench_enrich.sh, which starts the fixture server. */
#include "enrich.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *REC =
    "[{\"schema\":\"parley.contact.v1\",\"type\":\"meet\",\"actors\":["
    "{\"role\":\"source\",\"name\":\"Lloyd Austin\",\"title\":\"defence secretary\",\"country\":\"USA\","
    "\"sector\":\"MIL\",\"code\":\"USAMIL\",\"metadata\":{}},"
    "{\"role\":\"target\",\"name\":\"Li Shangfu\",\"title\":\"defence minister\",\"country\":\"CHN\","
    "\"sector\":\"MIL\",\"code\":\"CHNMIL\",\"metadata\":{}}],"
    "\"location\":{\"name\":\"Vienna\",\"lat\":null,\"lon\":null},"
    "\"time\":{\"start\":\"2023-06-02\"},\"enrichment\":{\"status\":\"none\",\"sources\":[]}}]";

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long env_long(const char *k, long d)
{
    const char *v = getenv(k);
    if (!v || !*v)
        return d;
    char *end;
    long x = strtol(v, &end, 10);
    return *end ? d : x;
}

static enrich_ctx *make(const char *base, const char *fault, long budget)
{
    static char wd[256], nom[256];
    snprintf(wd, sizeof wd, "%s%s/w/api.php", base, fault);
    snprintf(nom, sizeof nom, "%s%s/search", base, fault);
    enrich_config c;
    enrich_config_defaults(&c);
    c.wikidata_url = wd;
    c.nominatim_url = nom;
    c.nominatim_rate_per_s = -1; /* unlimited: the fixture is local */
    c.article_budget_ms = budget;
    c.user_agent = "parley-bench/1.0 (bench@example.org)";
    char err[256];
    enrich_ctx *ctx = enrich_new(&c, err, sizeof err);
    if (!ctx)
        fprintf(stderr, "bench: %s\n", err);
    return ctx;
}

typedef struct job {
    enrich_ctx *ctx;
    int id, n;
    double *lat;
    int partial;
    double first_done;  /* when its first call (the one that finds the backend slow) ended */
} job;

static void *slow_worker(void *arg)
{
    job *j = arg;
    json_t *tmpl = json_loads(REC, 0, NULL);
    for (int i = 0; i < j->n; i++) {
        json_t *r = json_deep_copy(tmpl);
        char name[64];
        snprintf(name, sizeof name, "Person %d-%d", j->id, i); /* cold: every call asks */
        json_t *a = json_array_get(json_object_get(json_array_get(r, 0), "actors"), 1);
        json_object_set_new(a, "name", json_string(name));
        json_object_set_new(json_object_get(json_array_get(r, 0), "location"), "name", json_string(name));
        double t0 = now_s();
        enrich_records(j->ctx, r, "2023-06-02", NULL);
        j->lat[i] = (now_s() - t0) * 1000.0;
        if (i == 0)
            j->first_done = now_s();
        const char *st = json_string_value(json_object_get(json_object_get(json_array_get(r, 0), "enrichment"), "status"));
        if (st && strcmp(st, "complete") != 0)
            j->partial++;
        json_decref(r);
    }
    json_decref(tmpl);
    return NULL;
}

/* records/s of `threads` threads, each making `per` calls (fresh names) on ctx */
static double rate_of(enrich_ctx *ctx, long threads, long per)
{
    job *jobs = calloc((size_t)threads, sizeof *jobs);
    pthread_t *tid = calloc((size_t)threads, sizeof *tid);
    double *lat = calloc((size_t)(threads * per), sizeof *lat);
    double t0 = now_s();
    for (long t = 0; t < threads; t++) {
        jobs[t] = (job){ctx, (int)t, (int)per, lat + t * per, 0, 0};
        pthread_create(&tid[t], NULL, slow_worker, &jobs[t]);
    }
    for (long t = 0; t < threads; t++)
        pthread_join(tid[t], NULL);
    double r = (double)(threads * per) / (now_s() - t0);
    free(jobs);
    free(tid);
    free(lat);
    return r;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(const double *sorted, size_t n, double p)
{
    size_t i = (size_t)((double)n * p);
    return sorted[i < n ? i : n - 1];
}

/* ---- slow backend, a pool of names that repeat: runs until the cache is warm ---- */
static atomic_long pool_seq;      /* records started */
static atomic_long pool_last_bad; /* sequence number of the last record not complete */
static atomic_long pool_last_bad_us;
static long pool_names, pool_stable;
static double pool_t0, pool_limit_s;

typedef struct pjob {
    enrich_ctx *ctx;
    double *lat;
    size_t n, cap;
} pjob;

static void *pool_worker(void *arg)
{
    pjob *j = arg;
    json_t *tmpl = json_loads(REC, 0, NULL);
    for (;;) {
        long s = atomic_fetch_add(&pool_seq, 1);
        if (s - atomic_load(&pool_last_bad) > pool_stable || now_s() - pool_t0 > pool_limit_s)
            break;
        json_t *r = json_deep_copy(tmpl);
        json_t *rec = json_array_get(r, 0);
        char name[64], place[64];
        long k = s % pool_names;
        /* the fixture knows a few names (resolved); the others have no hits (negative
         * answers, cached too) */
        if (k == 0)
            snprintf(name, sizeof name, "Li Shangfu");
        else
            snprintf(name, sizeof name, "Envoy Number %ld", k);
        if (k % 4 == 0)
            snprintf(place, sizeof place, "%s", k % 8 ? "Detroit" : "Vienna");
        else
            snprintf(place, sizeof place, "Town Number %ld", k);
        json_object_set_new(json_array_get(json_object_get(rec, "actors"), 1), "name", json_string(name));
        json_object_set_new(json_object_get(rec, "location"), "name", json_string(place));
        double t0 = now_s();
        enrich_records(j->ctx, r, "2023-06-02", NULL);
        double el = (now_s() - t0) * 1000.0;
        if (j->n == j->cap) {
            size_t nc = j->cap ? j->cap * 2 : 65536;
            double *v = realloc(j->lat, nc * sizeof *v);
            if (!v)
                break;
            j->lat = v;
            j->cap = nc;
        }
        j->lat[j->n++] = el;
        const char *st = json_string_value(json_object_get(json_object_get(rec, "enrichment"), "status"));
        if (!st || strcmp(st, "complete") != 0) {
            long prev = atomic_load(&pool_last_bad);
            while (s > prev && !atomic_compare_exchange_weak(&pool_last_bad, &prev, s))
                ;
            if (s >= atomic_load(&pool_last_bad))
                atomic_store(&pool_last_bad_us, (long)((now_s() - pool_t0) * 1e6));
        }
        json_decref(r);
    }
    json_decref(tmpl);
    return NULL;
}

int main(void)
{
    const char *base = getenv("PARLEY_ENRICH_FIXTURE");
    if (!base) {
        fprintf(stderr, "bench_enrich: PARLEY_ENRICH_FIXTURE not set (use bench_enrich.sh)\n");
        return 2;
    }
    enrich_global_init();
    long warm_n = env_long("BENCH_WARM_N", 20000);
    long slow_ms = env_long("BENCH_SLOW_MS", 300);
    long budget = env_long("BENCH_BUDGET_MS", 500);
    long threads = env_long("BENCH_THREADS", 4);
    long per = env_long("BENCH_SLOW_N", 20000);
    pool_names = env_long("BENCH_POOL", 20);
    pool_stable = env_long("BENCH_STABLE_N", 20000);
    pool_limit_s = (double)env_long("BENCH_POOL_LIMIT_S", 60);
    if (threads < 1 || threads > 64 || per < 1 || per > 1000000 || pool_names < 1)
        return 2;

    /* off: the cost of the call itself */
    enrich_config off;
    enrich_config_defaults(&off);
    char err[128];
    enrich_ctx *ctx = enrich_new(&off, err, sizeof err);
    json_t *tmpl = json_loads(REC, 0, NULL);
    double t0 = now_s();
    for (long i = 0; i < warm_n; i++) {
        json_t *r = json_deep_copy(tmpl);
        enrich_records(ctx, r, NULL, NULL);
        json_decref(r);
    }
    double off_s = now_s() - t0;
    /* the same with the threads of the slow scenarios: what their ratios compare with */
    double off_mt_rate = rate_of(ctx, threads, per);
    enrich_destroy(ctx);

    /* warm cache */
    ctx = make(base, "", 2000);
    if (!ctx)
        return 1;
    json_t *r = json_deep_copy(tmpl);
    enrich_records(ctx, r, NULL, NULL);
    json_decref(r);
    t0 = now_s();
    for (long i = 0; i < warm_n; i++) {
        r = json_deep_copy(tmpl);
        enrich_records(ctx, r, NULL, NULL);
        json_decref(r);
    }
    double warm_s = now_s() - t0;
    enrich_stats st;
    enrich_get_stats(ctx, &st);
    printf("enrichment off      : %9.0f records/s (%ld records); %.0f records/s with %ld threads "
           "(the slow scenarios' baseline)\n", (double)warm_n / off_s, warm_n, off_mt_rate, threads);
    printf("warm cache          : %9.0f records/s (%ld records, 2 actors + 1 place each, "
           "%llu wikidata requests in total)\n", (double)warm_n / warm_s, warm_n,
           (unsigned long long)st.backend[ENRICH_WIKIDATA].requests);
    enrich_destroy(ctx);

    /* slow backend, cold names, budget */
    char fault[64];
    snprintf(fault, sizeof fault, "/f/slow%ld", slow_ms);
    ctx = make(base, fault, budget);
    if (!ctx)
        return 1;
    job *jobs = calloc((size_t)threads, sizeof *jobs);
    pthread_t *tid = calloc((size_t)threads, sizeof *tid);
    double *lat = calloc((size_t)(threads * per), sizeof *lat);
    t0 = now_s();
    for (long t = 0; t < threads; t++) {
        jobs[t] = (job){ctx, (int)t, (int)per, lat + t * per, 0, 0};
        pthread_create(&tid[t], NULL, slow_worker, &jobs[t]);
    }
    int partial = 0;
    double first_done = t0;
    for (long t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        partial += jobs[t].partial;
        if (jobs[t].first_done > first_done)
            first_done = jobs[t].first_done;
    }
    double slow_s = now_s() - t0;
    double after_first_s = now_s() - first_done;
    size_t n = (size_t)(threads * per);
    qsort(lat, n, sizeof *lat, cmp);
    enrich_get_stats(ctx, &st);
    double cold_rate = (double)n / slow_s;
    double steady = after_first_s > 0 ? (double)(n - (size_t)threads) / after_first_s : 0;
    printf("slow backend, cold  : %9.0f records/s after each thread's first call (%.0f records/s "
           "including it), p50 %.2f ms, p99 %.2f ms, max %.0f ms; slow/off %.3f "
           "(backend %ld ms/request, budget %ld ms, %ld threads, %zu records, every name new: "
           "%d not complete; wikidata slow=%d, background queued %llu, dropped %llu)\n",
           steady, cold_rate, lat[n / 2], pct(lat, n, 0.99), lat[n - 1], steady / off_mt_rate, slow_ms, budget, threads, n, partial,
           st.backend[ENRICH_WIKIDATA].slow,
           (unsigned long long)(st.backend[ENRICH_WIKIDATA].bg_queued + st.backend[ENRICH_NOMINATIM].bg_queued),
           (unsigned long long)(st.backend[ENRICH_WIKIDATA].bg_dropped + st.backend[ENRICH_NOMINATIM].bg_dropped));
    free(jobs);
    free(tid);
    free(lat);
    enrich_destroy(ctx);

    /* slow backend, names that repeat: the warmer fills the cache, calls never wait */
    ctx = make(base, fault, budget);
    if (!ctx)
        return 1;
    pjob *pj = calloc((size_t)threads, sizeof *pj);
    tid = calloc((size_t)threads, sizeof *tid);
    atomic_store(&pool_seq, 0);
    atomic_store(&pool_last_bad, -1);
    atomic_store(&pool_last_bad_us, 0);
    pool_t0 = now_s();
    for (long t = 0; t < threads; t++) {
        pj[t].ctx = ctx;
        pthread_create(&tid[t], NULL, pool_worker, &pj[t]);
    }
    size_t pn = 0;
    for (long t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        pn += pj[t].n;
    }
    double pool_s = now_s() - pool_t0;
    double *plat = malloc((pn ? pn : 1) * sizeof *plat);
    size_t k = 0;
    for (long t = 0; t < threads; t++) {
        memcpy(plat + k, pj[t].lat, pj[t].n * sizeof *plat);
        k += pj[t].n;
        free(pj[t].lat);
    }
    qsort(plat, pn, sizeof *plat, cmp);
    enrich_get_stats(ctx, &st);
    long last_bad = atomic_load(&pool_last_bad);
    int warmed = (long)pn - last_bad > pool_stable;
    double pool_rate = (double)pn / pool_s;
    printf("slow backend, pool  : %9.0f records/s, p50 %.2f ms, p99 %.2f ms, max %.0f ms; "
           "slow/off %.3f (%ld names and places repeating, %zu records in %.1f s)\n",
           pool_rate, pn ? plat[pn / 2] : 0, pn ? pct(plat, pn, 0.99) : 0, pn ? plat[pn - 1] : 0,
           pool_rate / off_mt_rate, pool_names, pn, pool_s);
    if (warmed)
        printf("  cache warm        : every record complete from record #%ld on, %.1f s after the start "
               "(background: %llu lookups done, %llu failed, %llu dropped; wikidata slow=%d, nominatim slow=%d)\n",
               last_bad + 1, (double)atomic_load(&pool_last_bad_us) / 1e6,
               (unsigned long long)(st.backend[ENRICH_WIKIDATA].bg_completed + st.backend[ENRICH_NOMINATIM].bg_completed),
               (unsigned long long)(st.backend[ENRICH_WIKIDATA].bg_failed + st.backend[ENRICH_NOMINATIM].bg_failed),
               (unsigned long long)(st.backend[ENRICH_WIKIDATA].bg_dropped + st.backend[ENRICH_NOMINATIM].bg_dropped),
               st.backend[ENRICH_WIKIDATA].slow, st.backend[ENRICH_NOMINATIM].slow);
    else
        printf("  cache warm        : NOT within %.0f s (last incomplete record #%ld)\n", pool_limit_s, last_bad);
    free(plat);
    free(pj);
    free(tid);
    json_decref(tmpl);
    enrich_destroy(ctx);
    enrich_global_cleanup();
    return 0;
}
