/* article_scan.h - the usual article message decoded without jansson: one strict pass
 * over a JSON object that decodes only the top-level members asked for. It decides only
 * what it is sure of: a message it accepts is one jansson (JSON_REJECT_DUPLICATES |
 * JSON_ALLOW_NUL) accepts with the same values; anything unusual (an escape in a key, a
 * number near a limit, deep nesting, an object of many keys, bad JSON) is left to jansson
 * by returning -1. article_decode tries it first. */
#ifndef PARLEY_ARTICLE_SCAN_H
#define PARLEY_ARTICLE_SCAN_H

#include <stddef.h>

typedef enum {
    SCAN_ABSENT = 0,
    SCAN_NULL,
    SCAN_STRING,  /* s, len: decoded, NUL-terminated (and may hold NULs, from \u0000) */
    SCAN_INTEGER, /* i */
    SCAN_OTHER,   /* a real, true, false, an object or an array */
} scan_type;

typedef struct scan_field {
    const char *name; /* set by the caller */
    scan_type type;
    const char *s;
    size_t len;
    long long i;
} scan_field;

/* Scans buf/len (already known to be valid UTF-8) as one JSON object. On 0, each field
 * whose name is a member of the object has its type and value (strings decoded into
 * arena, which needs len + 1 bytes); the others are SCAN_ABSENT. On -1 nothing is
 * decided: the caller asks jansson. */
int article_scan(const char *buf, size_t len, scan_field *fields, size_t nfields, char *arena);

#endif
