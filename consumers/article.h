/* article.h - decoding of article messages (JSON) into the fields extraction needs.
 * Every failure has a stable reason code, used as the dead-letter reason header. */
#ifndef PARLEY_ARTICLE_H
#define PARLEY_ARTICLE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    ART_OK = 0,
    ART_NULL_VALUE,   /* tombstone / null message value */
    ART_TOO_LARGE,    /* over article.max.bytes */
    ART_INVALID_UTF8, /* bytes are not UTF-8 */
    ART_NOT_JSON,     /* not parseable JSON */
    ART_TOO_DEEP,     /* nesting deeper than allowed */
    ART_NOT_OBJECT,   /* JSON but not an object */
    ART_NO_TEXT,      /* no text field (and nothing to fetch it from) */
    ART_BAD_FIELD,    /* a known field of the wrong type */
} article_status;

/* Stable lower-case reason code ("invalid_utf8", ...). */
const char *article_status_reason(article_status st);

typedef struct article_decoder article_decoder;

/* The deepest nesting jansson parses; max_depth above it is refused. */
#define ARTICLE_MAX_DEPTH 2048

typedef struct article_decoder_opts {
    const char *field_id, *field_text /* comma-separated, tried in order */, *field_url,
        *field_title, *field_source, *field_published_at, *field_language;
    size_t max_bytes;
    int max_depth;
} article_decoder_opts;

/* Copies the options. NULL on bad options or no memory. */
article_decoder *article_decoder_new(const article_decoder_opts *opts);
void article_decoder_destroy(article_decoder *d); /* accepts NULL */

/* Whether article_decode tries article_scan (article_scan.h) before jansson; on by
 * default. Off is for tests and benchmarks that compare the two. */
void article_decoder_use_scan(article_decoder *d, int on);

/* A decoded article. Strings point into `root` or `buf` (owned by the article). */
typedef struct article {
    json_t *root; /* the message's tree, when jansson decoded it */
    char *buf;    /* the decoded fields, when article_scan did */
    char id[256];
    const char *url, *title, *source, *published_at, *language;
    const char *text;
    size_t text_len;
    char published_buf[40]; /* published_at from the message timestamp when absent */
    int32_t partition;      /* input position, set by the pipeline; -1 when not from Kafka */
    int64_t offset;
} article;

/* Decodes buf/len. fallback_id is used when the message has no id (e.g.
 * "articles/3/1042"); ts_ms (message timestamp, or -1) fills a missing published_at.
 * On ART_OK and ART_NO_TEXT (whose fields, such as url, stay readable so the text can
 * be fetched) the caller must call article_clear; calling it after any status is safe.
 * On failure `why` holds a short text. */
article_status article_decode(const article_decoder *d, const void *buf, size_t len,
                              const char *fallback_id, int64_t ts_ms, article *out, char *why,
                              size_t whylen);
void article_clear(article *a);

/* 1 when buf/len is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF). */
int utf8_valid(const unsigned char *buf, size_t len);

#endif
