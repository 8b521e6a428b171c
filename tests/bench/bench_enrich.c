/* bench_enrich.c - enrichment benchmark (not a test): records/s with a warm cache, and
 * records/s and p50/p99 latency per article with a slow backend under the time budget.
 * Run through bench_enrich.sh, which starts the fixture server. */
#include "enrich.h"

#include <pthread.h>
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
        const char *st = json_string_value(json_object_get(json_object_get(json_array_get(r, 0), "enrichment"), "status"));
        if (st && strcmp(st, "complete") != 0)
            j->partial++;
        json_decref(r);
    }
    json_decref(tmpl);
    return NULL;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
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
    long per = env_long("BENCH_SLOW_N", 10);
    if (threads < 1 || threads > 64 || per < 1 || per > 10000)
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
    printf("enrichment off      : %9.0f records/s (%ld records)\n", (double)warm_n / off_s, warm_n);
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
        jobs[t] = (job){ctx, (int)t, (int)per, lat + t * per, 0};
        pthread_create(&tid[t], NULL, slow_worker, &jobs[t]);
    }
    int partial = 0;
    for (long t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        partial += jobs[t].partial;
    }
    double slow_s = now_s() - t0;
    size_t n = (size_t)(threads * per);
    qsort(lat, n, sizeof *lat, cmp);
    printf("slow backend        : %9.1f records/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms "
           "(backend %ld ms/request, budget %ld ms, %ld threads, %zu records, %d not complete)\n",
           (double)n / slow_s, lat[n / 2], lat[(size_t)((double)n * 0.99) < n ? (size_t)((double)n * 0.99) : n - 1],
           lat[n - 1], slow_ms, budget, threads, n, partial);
    free(jobs);
    free(tid);
    free(lat);
    json_decref(tmpl);
    enrich_destroy(ctx);
    enrich_global_cleanup();
    return 0;
}
