/* log.c - JSON-lines logger on stderr, shared by every thread of parleyd.
 * Each line is built in a private buffer and written with one fwrite under a lock,
 * so lines from different threads never interleave. */
#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <time.h>

static plog_level g_level = PLOG_INFO; /* set once by main before threads start */
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *level_names[] = {"debug", "info", "warn", "error", "fatal"};

void plog_set_level(plog_level level)
{
    g_level = level;
}

int plog_enabled(plog_level level)
{
    return level >= g_level;
}

int plog_level_parse(const char *s, plog_level *out)
{
    for (int i = 0; i <= PLOG_FATAL; i++) {
        if (strcasecmp(s, level_names[i]) == 0) {
            *out = (plog_level)i;
            return 0;
        }
    }
    if (strcasecmp(s, "warning") == 0) {
        *out = PLOG_WARN;
        return 0;
    }
    return -1;
}

/* Does the key token k[0..n) name a secret? Case-insensitive substring match. */
static int is_secret_key(const char *k, size_t n)
{
    static const char *words[] = {"password", "passwd", "secret", "token", "credential",
                                  "apikey", "api_key", "api-key", "private.key", "key.pem"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t wl = strlen(words[w]);
        for (size_t i = 0; i + wl <= n; i++)
            if (strncasecmp(k + i, words[w], wl) == 0)
                return 1;
    }
    return 0;
}

static int key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c == '-';
}

/* If a key token starts at src[i] and names a secret followed by '=' or ':', sets the
 * value's range [*vs, *ve) and returns 1. *kend is the end of the key token. */
static int secret_value_at(const char *src, size_t n, size_t i, size_t *kend, size_t *vs,
                           size_t *ve)
{
    size_t k = i;
    while (k < n && key_char(src[k]))
        k++;
    *kend = k;
    if (k == i || !is_secret_key(src + i, k - i))
        return 0;
    size_t p = k;
    if (p < n && src[p] == '"')
        p++;
    while (p < n && (src[p] == ' ' || src[p] == '\t'))
        p++;
    if (p >= n || (src[p] != '=' && src[p] != ':'))
        return 0;
    p++;
    while (p < n && (src[p] == ' ' || src[p] == '\t'))
        p++;
    if (p < n && src[p] == '"') {
        size_t q = ++p;
        while (q < n && src[q] != '"')
            q += (src[q] == '\\' && q + 1 < n) ? 2 : 1;
        *vs = p;
        *ve = q < n ? q : n;
        return 1;
    }
    size_t q = p;
    while (q < n && !strchr(" \t\r\n&,;}]\"'", src[q]))
        q++;
    *vs = p;
    *ve = q;
    return 1; /* even an empty value is shown as masked */
}

void plog_redact(const char *src, char *dst, size_t cap)
{
    size_t o = 0, n = strlen(src);
    if (cap == 0)
        return;
#define PUT(c)                                                                                     \
    do {                                                                                           \
        if (o + 1 < cap)                                                                           \
            dst[o++] = (c);                                                                        \
    } while (0)
    for (size_t i = 0; i < n && o + 1 < cap;) {
        /* scheme://user:pass@host -> scheme://user:***@host */
        if (src[i] == ':' && i + 2 < n && src[i + 1] == '/' && src[i + 2] == '/') {
            size_t j = i + 3, colon = 0;
            while (j < n && !strchr("/@ \"?#", src[j])) {
                if (src[j] == ':' && !colon)
                    colon = j;
                j++;
            }
            if (j < n && src[j] == '@' && colon) {
                for (size_t k = i; k <= colon; k++)
                    PUT(src[k]);
                PUT('*');
                PUT('*');
                PUT('*');
                i = j;
                continue;
            }
        }
        if (key_char(src[i]) && (i == 0 || !key_char(src[i - 1]))) {
            size_t kend, vs, ve;
            if (secret_value_at(src, n, i, &kend, &vs, &ve)) {
                for (size_t k = i; k < vs; k++)
                    PUT(src[k]);
                PUT('*');
                PUT('*');
                PUT('*');
                i = ve;
                continue;
            }
            for (size_t k = i; k < kend; k++)
                PUT(src[k]);
            i = kend;
            continue;
        }
        PUT(src[i]);
        i++;
    }
#undef PUT
    dst[o] = '\0';
}

static void emit(plog_level level, const char *component, const char *msg, json_t *fields)
{
    char ts[80], red[4096];
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, now.tv_nsec / 1000000);
    plog_redact(msg, red, sizeof red);

    json_t *o = json_object();
    json_object_set_new(o, "ts", json_string(ts));
    json_object_set_new(o, "level", json_string(level_names[level]));
    json_object_set_new(o, "component", json_string(component ? component : "parleyd"));
    json_object_set_new(o, "msg", json_string(red));
    if (fields) {
        const char *k;
        json_t *v;
        json_object_foreach(fields, k, v)
        {
            if (json_is_string(v)) {
                plog_redact(json_string_value(v), red, sizeof red);
                json_object_set_new(o, k, json_string(red));
            } else {
                json_object_set(o, k, v);
            }
        }
        json_decref(fields);
    }
    char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(o);
    if (!line)
        return;
    pthread_mutex_lock(&g_lock);
    fputs(line, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    pthread_mutex_unlock(&g_lock);
    free(line);
}

void plog(plog_level level, const char *component, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    if (level < g_level)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    emit(level, component, msg, NULL);
}

void plog_fields(plog_level level, const char *component, const char *msg, json_t *fields)
{
    if (level < g_level) {
        json_decref(fields);
        return;
    }
    emit(level, component, msg, fields);
}
