/* extract.h - the extraction engine: article text in, parley.contact.v1 records out.
 * Pure library: no I/O, no globals. A px_ctx holds the immutable gazetteer, lexicons
 * and actor dictionary and is shared read-only by any number of threads; each call
 * allocates its own scratch. */
#ifndef PARLEY_EXTRACT_H
#define PARLEY_EXTRACT_H

#include <jansson.h>
#include <stddef.h>

typedef struct px_ctx px_ctx;

typedef struct px_options {
    const char *actors_file;  /* user actor dictionary (extends/overrides built-in), or NULL */
    const char *data_dir;     /* directory with lexicon files overriding the built-in ones, or NULL */
    size_t max_sentence_bytes;    /* 0 = default */
    size_t max_actors_per_sentence; /* 0 = default */
    size_t max_records;           /* per article, 0 = default */
} px_options;

typedef struct px_article {
    const char *id;           /* never NULL */
    const char *url, *source, *title, *published_at, *language; /* may be NULL */
    const char *text;         /* UTF-8, validated by the caller */
    size_t text_len;
} px_article;

typedef struct px_stats {
    size_t sentences;
    size_t records;
    const char *skipped_reason; /* static string, e.g. "language:fr", or NULL */
} px_stats;

/* Returns NULL and fills err (`file:line: why` for data files) on failure. */
px_ctx *px_ctx_new(const px_options *opts, char *err, size_t errlen);
void px_ctx_destroy(px_ctx *ctx); /* accepts NULL */

/* Extracts records. On success returns 0 and *records is a new JSON array (caller owns,
 * json_decref) of parley.contact.v1 objects with enrichment {"status":"none"} and
 * first_report true / duplicate_of null. Returns -1 with err filled on internal failure
 * (never for odd text: odd text yields zero records). */
int px_extract(const px_ctx *ctx, const px_article *a, json_t **records, px_stats *stats,
               char *err, size_t errlen);

/* The same records as compact JSON text, written without building jansson trees (the
 * daemon's path: a tree per record cost as much as the rest of extraction). Each record's
 * text is exactly what jsonw_dumps (json_dumps(JSON_COMPACT) with each real at its
 * shortest) writes for px_extract's record less its "first_report" and "duplicate_of"
 * members, whose place is kept. */
#define PX_TEXT_ACTORS 16
typedef struct px_text_record {
    const char *json;        /* not NUL-terminated */
    size_t len;
    size_t first_report_at;  /* where ,"first_report":true,"duplicate_of":null belongs */
    char event_id[33], cluster_key[33];
    const char *type, *status; /* static strings */
    size_t nactors;          /* the record's actors, in its order (at most PX_TEXT_ACTORS) */
    const char *actor_role[PX_TEXT_ACTORS]; /* static strings */
    char actor_country[PX_TEXT_ACTORS][4];  /* "" when the actor has none */
} px_text_record;

typedef struct px_text_records px_text_records;

/* As px_extract; on success *records is a new set (px_text_records_destroy). */
int px_extract_text(const px_ctx *ctx, const px_article *a, px_text_records **records,
                    px_stats *stats, char *err, size_t errlen);
size_t px_text_records_count(const px_text_records *r);
const px_text_record *px_text_records_get(const px_text_records *r, size_t i);
void px_text_records_destroy(px_text_records *r); /* accepts NULL */

const char *px_version(void);

#endif
