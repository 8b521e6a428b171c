/* jsonw.h - compact JSON text of a jansson value, written straight into one growing
 * buffer. The same bytes as json_dumps(v, JSON_COMPACT) (keys in insertion order, the
 * same escapes and number formats) at a fraction of its cost: every record Parley
 * produces is serialized once per hop, and jansson's writer, which walks each string
 * code point by code point through callbacks, was the largest single cost after
 * extraction. */
#ifndef PARLEY_JSONW_H
#define PARLEY_JSONW_H

#include <jansson.h>
#include <stddef.h>

/* Returns a new NUL-terminated string (caller frees) and its length in *len (may be
 * NULL), or NULL when out of memory or when v holds what JSON cannot (NaN, infinity)
 * or nesting deeper than 2048. */
char *jsonw_dumps(const json_t *v, size_t *len);

/* The decimal text of v written to buf, which has room for JSONW_INT_MAX bytes (no NUL
 * is added); returns its length. What printf's %lld writes, without printf's cost. */
#define JSONW_INT_MAX 20
size_t jsonw_int(char *buf, long long v);

#endif
