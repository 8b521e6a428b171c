/* jsonw.c - compact JSON writer for jansson values (see jsonw.h): walks the tree and
 * writes with the engine's jtext primitives; jansson has already checked the UTF-8. */
#include "jsonw.h"

#include "jtext.h"

#include <stdbool.h>
#include <stdlib.h>

#define MAX_DEPTH 2048

size_t jsonw_int(char *buf, long long v)
{
    return jtext_int_fmt(buf, v);
}

static void put_value(jtext *w, const json_t *v, int depth)
{
    if (depth > MAX_DEPTH) {
        w->bad = true;
        return;
    }
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        jtext_putc(w, '{');
        bool first = true;
        for (void *it = json_object_iter((json_t *)v); it && !w->bad;
             it = json_object_iter_next((json_t *)v, it)) {
            if (!first)
                jtext_putc(w, ',');
            first = false;
            const char *k = json_object_iter_key(it);
            jtext_string(w, k, json_object_iter_key_len(it));
            jtext_putc(w, ':');
            put_value(w, json_object_iter_value(it), depth + 1);
        }
        jtext_putc(w, '}');
        break;
    }
    case JSON_ARRAY: {
        jtext_putc(w, '[');
        size_t n = json_array_size(v);
        for (size_t i = 0; i < n && !w->bad; i++) {
            if (i)
                jtext_putc(w, ',');
            put_value(w, json_array_get(v, i), depth + 1);
        }
        jtext_putc(w, ']');
        break;
    }
    case JSON_STRING:
        jtext_string(w, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER: jtext_int(w, (long long)json_integer_value(v)); break;
    case JSON_REAL: jtext_real(w, json_real_value(v)); break;
    case JSON_TRUE: jtext_put(w, "true", 4); break;
    case JSON_FALSE: jtext_put(w, "false", 5); break;
    case JSON_NULL: jtext_put(w, "null", 4); break;
    default: w->bad = true;
    }
}

char *jsonw_dumps(const json_t *v, size_t *len)
{
    jtext w = {0};
    if (!v)
        return NULL;
    put_value(&w, v, 0);
    if (!jtext_cstr(&w)) {
        free(w.b);
        return NULL;
    }
    if (len)
        *len = w.n;
    return w.b;
}
