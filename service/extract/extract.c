/* extract.c - the public API of the extraction engine (extract.h): context life cycle
 * and px_extract, which runs tokenise -> split -> language check -> per-sentence actors
 * and frames -> records on a per-call px_doc, so one px_ctx serves many threads. */
#include "px_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEF_MAX_SENT_BYTES 3000
#define DEF_MAX_ACTORS 40
#define DEF_MAX_RECORDS 50
#define MAX_TEXT_BYTES ((size_t)8 << 20)

const char *px_version(void)
{
    return PX_VERSION;
}

/* ---------- scratch pool ---------- */

#define POOL_MAX 64                       /* scratches kept (about one per thread) */
#define SCRATCH_KEEP_BYTES ((size_t)4 << 20) /* a huge article's buffers are not kept */

static void scratch_free(px_scratch *sc)
{
    if (!sc) {
        return;
    }
    free(sc->toks);
    free(sc->tpre);
    free(sc->keys);
    free(sc->sents);
    free(sc->ments);
    free(sc->ents);
    free(sc->frames);
    free(sc->evs);
    free(sc);
}

static px_scratch *scratch_get(px_pool *pool)
{
    px_scratch *sc = NULL;
    while (atomic_flag_test_and_set_explicit(&pool->lock, memory_order_acquire)) {
    }
    if (pool->head) {
        sc = pool->head;
        pool->head = sc->next;
        pool->n--;
    }
    atomic_flag_clear_explicit(&pool->lock, memory_order_release);
    if (!sc) {
        sc = calloc(1, sizeof *sc);
    }
    return sc;
}

/* Takes the doc's buffers back into sc and returns sc to the pool (or frees it). */
static void scratch_put(px_pool *pool, px_scratch *sc, px_doc *d)
{
    sc->toks = d->toks;
    sc->captok = d->captok;
    sc->tpre = d->tpre;
    sc->cappre = d->cappre;
    sc->keys = d->keys;
    sc->keycap = d->keycap;
    sc->sents = d->sents;
    sc->capsent = d->capsent;
    sc->ments = d->ments;
    sc->capment = d->capment;
    sc->ents = d->ents;
    sc->capent = d->capent;
    sc->frames = d->frames;
    sc->capframe = d->capframe;
    size_t bytes = sc->captok * sizeof *sc->toks + sc->cappre * sizeof *sc->tpre + sc->keycap +
                   sc->capsent * sizeof *sc->sents + sc->capment * sizeof *sc->ments +
                   sc->capent * sizeof *sc->ents + sc->capframe * sizeof *sc->frames +
                   sc->evbytes;
    if (bytes > SCRATCH_KEEP_BYTES) {
        scratch_free(sc);
        return;
    }
    while (atomic_flag_test_and_set_explicit(&pool->lock, memory_order_acquire)) {
    }
    bool kept = pool->n < POOL_MAX;
    if (kept) {
        sc->next = pool->head;
        pool->head = sc;
        pool->n++;
    }
    atomic_flag_clear_explicit(&pool->lock, memory_order_release);
    if (!kept) {
        scratch_free(sc);
    }
}

px_ctx *px_ctx_new(const px_options *opts, char *err, size_t errlen)
{
    return px_ctx_new_from(opts, px_embedded_files, err, errlen);
}

px_ctx *px_ctx_new_from(const px_options *opts, const px_embedded_file *files, char *err,
                        size_t errlen)
{
    char dummy[8];
    if (!err || errlen == 0) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = '\0';
    px_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    ctx->pool = calloc(1, sizeof *ctx->pool);
    if (!ctx->pool) {
        free(ctx);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    atomic_flag_clear(&ctx->pool->lock);
    if (opts) {
        ctx->opts = *opts;
    }
    ctx->opts.actors_file = NULL; /* not kept: only read here */
    ctx->opts.data_dir = NULL;
    ctx->gaz = px_gaz_new();
    if (!ctx->gaz) {
        snprintf(err, errlen, "out of memory");
        px_ctx_destroy(ctx);
        return NULL;
    }
    px_options lo = ctx->opts;
    if (opts) {
        lo.actors_file = opts->actors_file;
        lo.data_dir = opts->data_dir;
    }
    ctx->opts = lo; /* loaders read data_dir from ctx->opts */
    if (px_lexicon_load(ctx, &lo, files, err, errlen) != 0) {
        px_ctx_destroy(ctx);
        return NULL;
    }
    ctx->opts.actors_file = NULL;
    ctx->opts.data_dir = NULL;
    return ctx;
}

void px_ctx_destroy(px_ctx *ctx)
{
    if (!ctx) {
        return;
    }
    px_gaz_destroy(ctx->gaz);
    free(ctx->isos);
    free(ctx->offices);
    if (ctx->pool) {
        px_scratch *sc = ctx->pool->head;
        while (sc) {
            px_scratch *nx = sc->next;
            scratch_free(sc);
            sc = nx;
        }
        free(ctx->pool);
    }
    free(ctx);
}

static const char *lang_reason(const char *lang)
{
    static const char *const codes[] = {
        "language:fr", "language:de", "language:es", "language:it", "language:pt",
        "language:ru", "language:zh", "language:ja", "language:ko", "language:ar",
        "language:fa", "language:tr", "language:nl", "language:pl", "language:uk",
        "language:sv", "language:no", "language:da", "language:fi", "language:el",
        "language:he", "language:hi", "language:id", "language:vi", "language:th",
        "language:ro", "language:hu", "language:cs", "language:ur", "language:bn", NULL};
    for (int i = 0; codes[i]; i++) {
        const char *c = codes[i] + 9;
        if ((lang[0] | 32) == c[0] && (lang[1] | 32) == c[1] &&
            (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_')) {
            return codes[i];
        }
    }
    return "language:other";
}

static bool lang_is_english(const char *l)
{
    if (!l || !*l) {
        return true;
    }
    if ((l[0] | 32) == 'e' && (l[1] | 32) == 'n' &&
        (l[2] == '\0' || l[2] == '-' || l[2] == '_')) {
        return true;
    }
    return px_streq_ci(l, "eng") || px_streq_ci(l, "english");
}

static void doc_free(px_doc *d)
{
    free(d->toks);
    free(d->tpre);
    free(d->keys);
    free(d->sents);
    free(d->ments);
    free(d->ents);
    free(d->enthash);
    free(d->corefhash);
    free(d->frames);
}

/* px_extract (tree set) or px_extract_text (text set). */
static int extract(const px_ctx *ctx, const px_article *a, json_t **tree, px_text_records **text,
                   px_stats *stats, char *err, size_t errlen)
{
    char dummy[8];
    if (!err || errlen == 0) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = '\0';
    px_stats st_local;
    if (!stats) {
        stats = &st_local;
    }
    memset(stats, 0, sizeof *stats);
    if (!ctx || !a || !a->id || (!tree && !text)) {
        snprintf(err, errlen, "px_extract: bad arguments");
        return -1;
    }
    if (tree) {
        *tree = json_array();
    } else {
        *text = px_text_records_new();
    }
    if (tree ? !*tree : !*text) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (!a->text || a->text_len == 0) {
        stats->skipped_reason = "empty";
        return 0;
    }
    if (a->language && *a->language && !lang_is_english(a->language)) {
        stats->skipped_reason = lang_reason(a->language);
        return 0;
    }
    px_doc d;
    memset(&d, 0, sizeof d);
    d.ctx = ctx;
    d.sc = ctx->pool ? scratch_get(ctx->pool) : NULL;
    if (d.sc) {
        d.toks = d.sc->toks;
        d.captok = d.sc->captok;
        d.tpre = d.sc->tpre;
        d.cappre = d.sc->cappre;
        d.keys = d.sc->keys;
        d.keycap = d.sc->keycap;
        d.sents = d.sc->sents;
        d.capsent = d.sc->capsent;
        d.ments = d.sc->ments;
        d.capment = d.sc->capment;
        d.ents = d.sc->ents;
        d.capent = d.sc->capent;
        d.frames = d.sc->frames;
        d.capframe = d.sc->capframe;
    }
    d.art = a;
    d.text = a->text;
    d.len = a->text_len > MAX_TEXT_BYTES ? MAX_TEXT_BYTES : a->text_len;
    d.dateline_place = -1;
    d.max_sent_toks = 400;
    size_t msb = ctx->opts.max_sentence_bytes ? ctx->opts.max_sentence_bytes : DEF_MAX_SENT_BYTES;
    if (msb / 3 < d.max_sent_toks) {
        d.max_sent_toks = msb / 3 > 8 ? msb / 3 : 8;
    }
    d.max_ments = ctx->opts.max_actors_per_sentence ? ctx->opts.max_actors_per_sentence
                                                     : DEF_MAX_ACTORS;
    d.max_records = ctx->opts.max_records ? ctx->opts.max_records : DEF_MAX_RECORDS;
    if (a->published_at) {
        if (px_parse_date(a->published_at, &d.pub_y, &d.pub_m, &d.pub_d) != 0) {
            d.pub_y = d.pub_m = d.pub_d = 0;
        }
    }
    int rc = -1;
    if (px_tokenize(&d) != 0 || px_split(&d) != 0) {
        snprintf(err, errlen, "out of memory while tokenising");
        goto out;
    }
    stats->sentences = d.nsent;
    px_dateline_anchor(&d);
    if ((!a->language || !*a->language) && !px_is_english(&d)) {
        stats->skipped_reason = "language:undetermined";
        rc = 0;
        goto out;
    }
    px_titlecase(&d);
    for (size_t s = 0; s < d.nsent; s++) {
        if (px_actors(&d, (int)s) != 0 || px_frames(&d, (int)s) != 0) {
            snprintf(err, errlen, "out of memory in sentence %zu", s);
            goto out;
        }
    }
    px_actors_finish(&d);
    if (px_records(&d, tree ? *tree : NULL, tree ? NULL : *text) != 0) {
        snprintf(err, errlen, "out of memory while building records");
        goto out;
    }
    stats->records = tree ? json_array_size(*tree) : px_text_records_count(*text);
    rc = 0;
out:
    if (d.sc) {
        free(d.enthash); /* (not kept: only long articles have them) */
        free(d.corefhash);
        scratch_put(ctx->pool, d.sc, &d);
    } else {
        doc_free(&d);
    }
    if (rc != 0 && tree) {
        json_decref(*tree);
        *tree = NULL;
    } else if (rc != 0) {
        px_text_records_destroy(*text);
        *text = NULL;
    }
    return rc;
}

int px_extract(const px_ctx *ctx, const px_article *a, json_t **records, px_stats *stats,
               char *err, size_t errlen)
{
    return extract(ctx, a, records, NULL, stats, err, errlen);
}

int px_extract_text(const px_ctx *ctx, const px_article *a, px_text_records **records,
                    px_stats *stats, char *err, size_t errlen)
{
    return extract(ctx, a, NULL, records, stats, err, errlen);
}
