/* bench_state.c - memory of the cross-article state when it is full: the cluster store
 * (dedup.max.clusters entries per partition) and the article store of corrections
 * (corrections.max.bytes), filled with what the pipeline puts there: each corpus
 * article's records (px_extract_text) go in as stage B and the corrections owner see
 * them, over as many passes of the corpus as it takes to fill both stores and keep them
 * evicting (each pass gets its own cluster keys, event ids and article ids, of the
 * pipeline's form: 32 hex digits). Prints the growth of the process's RSS for each store.
 * Not a ctest test: a measurement.
 * usage: bench_state [--partitions P] [--clusters N] [--corrections-bytes B] CORPUS.jsonl */
#include "clusters.h"
#include "corpus.h"
#include "corrections.h"
#include "extract.h"
#include "ptables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef PARLEY_BENCH_JEMALLOC
#include <jemalloc/jemalloc.h>
#else
#include <malloc.h>
#endif

/* Hands the pages the allocator holds free back to the system, as it does by itself in
 * a long run (jemalloc's dirty-page decay, 10 s by default): what is left is what the
 * stores hold, not what a table's growth freed on the way. */
static void release_free_pages(void)
{
#ifdef PARLEY_BENCH_JEMALLOC
    mallctl("arena.4096.purge", NULL, NULL, NULL, 0); /* MALLCTL_ARENAS_ALL */
#else
    malloc_trim(0);
#endif
}

static long rss_kb(void)
{
    release_free_pages();
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

typedef struct feed {
    const px_ctx *px;
    const bench_article *arts;
    size_t narts;
    int partitions;
    cluster_store *clusters;  /* or NULL */
    article_store *articles;  /* or NULL */
    int64_t offset;
} feed;

/* One pass of the corpus into the stores; returns the cluster entries it observed. */
static size_t pass(feed *f, int n)
{
    char key[128], eid[64], ids[4096], err[256];
    size_t observed = 0;
    for (size_t i = 0; i < f->narts; i++) {
        px_text_records *recs = NULL;
        if (px_extract_text(f->px, &f->arts[i].a, &recs, NULL, err, sizeof err) != 0)
            continue;
        size_t nrec = px_text_records_count(recs), ids_len = 0, lines_len = 0;
        char *lines = NULL;
        for (size_t r = 0; r < nrec; r++) {
            const px_text_record *t = px_text_records_get(recs, r);
            /* ids and keys as the pipeline's: 32 hex digits (the last two: the pass) */
            snprintf(eid, sizeof eid, "%.30s%02x", t->event_id, n & 0xff);
            if (f->clusters) {
                int kl = snprintf(key, sizeof key, "%.30s%02x", t->cluster_key, n & 0xff);
                int32_t part = (int32_t)(pt_hash(key, (size_t)kl) % (uint64_t)f->partitions);
                cluster_decision d;
                if (cluster_store_observe(f->clusters, part, key, eid, t->status, 0, 1,
                                          f->offset++, 0, &d) == 0)
                    observed++;
                free(d.changelog);
            }
            if (f->articles) {
                int w = snprintf(ids + ids_len, sizeof ids - ids_len, "%s%s", r ? "," : "", eid);
                char *nl = realloc(lines, lines_len + t->len + 1);
                if (w < 0 || (size_t)w >= sizeof ids - ids_len || !nl) {
                    free(nl ? nl : lines);
                    lines = NULL;
                    break;
                }
                lines = nl;
                ids_len += (size_t)w;
                memcpy(lines + lines_len, t->json, t->len);
                lines_len += t->len;
                lines[lines_len++] = '\n';
            }
        }
        if (f->articles && (lines || nrec == 0)) {
            char id[600];
            snprintf(id, sizeof id, "%s.%d", f->arts[i].a.id, n);
            size_t kl = article_key(id, key, sizeof key);
            int32_t part = (int32_t)(pt_hash(key, kl) % (uint64_t)f->partitions);
            article_change c;
            memset(&c, 0, sizeof c);
            (void)article_store_observe(f->articles, part, key, kl, ids, ids_len, lines,
                                        lines_len, f->offset++, 0, &c);
            article_change_clear(&c);
        }
        free(lines);
        px_text_records_destroy(recs);
    }
    return observed;
}

int main(int argc, char **argv)
{
    int partitions = 4;
    long clusters = 20000;
    long long corr_bytes = 16777216;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--partitions") == 0 && i + 1 < argc)
            partitions = atoi(argv[++i]);
        else if (strcmp(argv[i], "--clusters") == 0 && i + 1 < argc)
            clusters = atol(argv[++i]);
        else if (strcmp(argv[i], "--corrections-bytes") == 0 && i + 1 < argc)
            corr_bytes = atoll(argv[++i]);
        else if (argv[i][0] != '-')
            path = argv[i];
        else
            path = NULL, i = argc;
    }
    if (!path || partitions < 1 || clusters < 100 || corr_bytes < 65536) {
        fprintf(stderr, "usage: bench_state [--partitions P] [--clusters N] "
                        "[--corrections-bytes B] CORPUS.jsonl\n");
        return 2;
    }
    bench_article *arts = NULL;
    size_t narts = 0;
    char err[256];
    px_options opts;
    memset(&opts, 0, sizeof opts);
    px_ctx *px = px_ctx_new(&opts, err, sizeof err);
    if (!px || bench_corpus_load(path, &arts, &narts) != 0 || narts == 0) {
        fprintf(stderr, "bench_state: no engine or no articles in %s\n", path);
        return 1;
    }
    feed f = {px, arts, narts, partitions, NULL, NULL, 0};
    pass(&f, -1); /* the engine's scratch, at its size for this corpus */
    long base = rss_kb();

    f.clusters = cluster_store_new(72LL * 3600 * 1000, (size_t)clusters);
    size_t want = (size_t)partitions * (size_t)clusters, full = 0, observed = 0;
    int n = 0, extra = 2;
    /* full (a full table drops its oldest tenth at once: 90 % and more), then two more
     * passes evicting, as in a long steady load */
    while (extra > 0 && n < 100) {
        observed += pass(&f, n++);
        full = 0;
        for (int p = 0; p < partitions; p++)
            full += cluster_store_size(f.clusters, p);
        if (full >= want / 10 * 9)
            extra--;
    }
    long with_clusters = rss_kb();
    printf("clusters        %d partitions x %ld = %zu entries kept (%zu observed in %d passes): "
           "+%.1f MB RSS, %.0f bytes per entry\n",
           partitions, clusters, full, observed, n, (double)(with_clusters - base) / 1024.0,
           full ? (double)(with_clusters - base) * 1024.0 / (double)full : 0.0);
    fflush(stdout);

    cluster_store *keep = f.clusters;
    f.clusters = NULL;
    f.articles = article_store_new((size_t)corr_bytes);
    for (int k = 0; k < 3; k++) /* the store bounds itself at max bytes; then it evicts */
        pass(&f, 10000 + k);
    long with_articles = rss_kb();
    printf("corrections     %zu articles, %.1f MB accounted (corrections.max.bytes %.1f MB): "
           "+%.1f MB RSS\n",
           article_store_count(f.articles), (double)article_store_bytes(f.articles) / 1048576.0,
           (double)corr_bytes / 1048576.0, (double)(with_articles - with_clusters) / 1024.0);
    printf("both full       +%.1f MB RSS over the engine alone (%.1f MB)\n",
           (double)(with_articles - base) / 1024.0, (double)base / 1024.0);
    cluster_store_destroy(keep);
    article_store_destroy(f.articles);
    bench_corpus_free(arts, narts);
    px_ctx_destroy(px);
    return 0;
}
