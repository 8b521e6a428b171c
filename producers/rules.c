/* rules.c - alert rule storage, validation and matching against parley.contact.v1
 * records. Lists are kept as arrays of strings; matching is case-insensitive for actor
 * names, exact for codes. */
#include "rules.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ITEMS 256

typedef struct strlist {
    char **v;
    size_t n;
} strlist;

typedef struct rule {
    char *name;
    strlist countries, actors, types, statuses;
    double min_confidence; /* < 0: not set */
} rule;

struct alert_rules {
    rule *v;
    size_t n, cap;
};

static const char *types[] = {"meet", "visit", "host", "call", "negotiate", "attend", NULL};
static const char *statuses[] = {"occurred", "planned",   "proposed",  "agreed",       "declined",
                                 "cancelled", "postponed", "not_occurred", NULL};

static int in_set(const char *const *set, const char *s, size_t n)
{
    for (size_t i = 0; set[i]; i++)
        if (strlen(set[i]) == n && strncmp(set[i], s, n) == 0)
            return 1;
    return 0;
}

/* Splits on commas, trims spaces. Calls fn(item, len) for each non-empty item. */
static int each_item(const char *v, int (*fn)(const char *, size_t, void *), void *opaque)
{
    while (*v) {
        const char *comma = strchr(v, ',');
        size_t n = comma ? (size_t)(comma - v) : strlen(v);
        const char *s = v;
        while (n > 0 && *s == ' ') {
            s++;
            n--;
        }
        while (n > 0 && s[n - 1] == ' ')
            n--;
        if (n > 0 && fn(s, n, opaque) != 0)
            return -1;
        v = comma ? comma + 1 : v + strlen(v);
    }
    return 0;
}

typedef struct check_ctx {
    const char *field;
    char *why;
    size_t whylen;
    size_t count;
} check_ctx;

static int check_item(const char *s, size_t n, void *opaque)
{
    check_ctx *c = opaque;
    if (++c->count > MAX_ITEMS) {
        snprintf(c->why, c->whylen, "%s: more than %d items", c->field, MAX_ITEMS);
        return -1;
    }
    if (!strcmp(c->field, "types") && !in_set(types, s, n)) {
        snprintf(c->why, c->whylen, "types: '%.*s' is not a contact type (meet|visit|host|call|negotiate|attend)",
                 (int)(n > 64 ? 64 : n), s);
        return -1;
    }
    if (!strcmp(c->field, "statuses") && !in_set(statuses, s, n)) {
        snprintf(c->why, c->whylen,
                 "statuses: '%.*s' is not a status (occurred|planned|proposed|agreed|declined|"
                 "cancelled|postponed|not_occurred)",
                 (int)(n > 64 ? 64 : n), s);
        return -1;
    }
    if (!strcmp(c->field, "countries")) {
        int ok = n == 3;
        for (size_t i = 0; ok && i < n; i++)
            ok = s[i] >= 'A' && s[i] <= 'Z';
        if (!ok) {
            snprintf(c->why, c->whylen, "countries: '%.*s' is not an ISO 3166-1 alpha-3 code",
                     (int)(n > 64 ? 64 : n), s);
            return -1;
        }
    }
    return 0;
}

int alert_rule_check(const char *field, const char *value, char *why, size_t whylen)
{
    if (!strcmp(field, "min_confidence")) {
        char *end;
        errno = 0;
        double x = strtod(value, &end);
        if (errno || end == value || *end || isnan(x) || x < 0 || x > 1) {
            snprintf(why, whylen, "min_confidence: '%s' is not a number in [0, 1]", value);
            return -1;
        }
        return 0;
    }
    if (strcmp(field, "countries") && strcmp(field, "actors") && strcmp(field, "types") &&
        strcmp(field, "statuses")) {
        snprintf(why, whylen,
                 "unknown alert rule field '%s' (countries|actors|types|statuses|min_confidence)",
                 field);
        return -1;
    }
    check_ctx c = {field, why, whylen, 0};
    if (each_item(value, check_item, &c) != 0)
        return -1;
    if (c.count == 0) {
        snprintf(why, whylen, "%s: empty list", field);
        return -1;
    }
    return 0;
}

alert_rules *alert_rules_new(void)
{
    return calloc(1, sizeof(alert_rules));
}

static void list_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

void alert_rules_destroy(alert_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].name);
        list_free(&r->v[i].countries);
        list_free(&r->v[i].actors);
        list_free(&r->v[i].types);
        list_free(&r->v[i].statuses);
    }
    free(r->v);
    free(r);
}

static int add_item(const char *s, size_t n, void *opaque)
{
    strlist *l = opaque;
    char **nv = realloc(l->v, (l->n + 1) * sizeof *nv);
    if (!nv)
        return -1;
    l->v = nv;
    l->v[l->n] = strndup(s, n);
    if (!l->v[l->n])
        return -1;
    l->n++;
    return 0;
}

int alert_rules_set(alert_rules *r, const char *name, const char *field, const char *value)
{
    rule *ru = NULL;
    for (size_t i = 0; i < r->n; i++)
        if (!strcmp(r->v[i].name, name))
            ru = &r->v[i];
    if (!ru) {
        if (r->n == r->cap) {
            size_t ncap = r->cap ? r->cap * 2 : 4;
            rule *nv = realloc(r->v, ncap * sizeof *nv);
            if (!nv)
                return -1;
            r->v = nv;
            r->cap = ncap;
        }
        ru = &r->v[r->n];
        memset(ru, 0, sizeof *ru);
        ru->min_confidence = -1;
        ru->name = strdup(name);
        if (!ru->name)
            return -1;
        r->n++;
    }
    if (!strcmp(field, "min_confidence")) {
        ru->min_confidence = strtod(value, NULL);
        return 0;
    }
    strlist *l = !strcmp(field, "countries") ? &ru->countries
                 : !strcmp(field, "actors")  ? &ru->actors
                 : !strcmp(field, "types")   ? &ru->types
                                             : &ru->statuses;
    list_free(l);
    return each_item(value, add_item, l);
}

size_t alert_rules_count(const alert_rules *r)
{
    return r ? r->n : 0;
}

static int list_has(const strlist *l, const char *s, int nocase)
{
    for (size_t i = 0; s && i < l->n; i++)
        if (nocase ? !strcasecmp(l->v[i], s) : !strcmp(l->v[i], s))
            return 1;
    return 0;
}

static int rule_matches(const rule *ru, const json_t *rec)
{
    const char *type = json_string_value(json_object_get(rec, "type"));
    const char *status = json_string_value(json_object_get(rec, "status"));
    if (ru->types.n && !list_has(&ru->types, type, 0))
        return 0;
    if (ru->statuses.n && !list_has(&ru->statuses, status, 0))
        return 0;
    if (ru->min_confidence >= 0 &&
        json_number_value(json_object_get(rec, "confidence")) < ru->min_confidence)
        return 0;
    if (ru->countries.n || ru->actors.n) {
        int c_ok = !ru->countries.n, a_ok = !ru->actors.n;
        size_t i;
        json_t *a;
        json_array_foreach(json_object_get(rec, "actors"), i, a)
        {
            c_ok |= list_has(&ru->countries, json_string_value(json_object_get(a, "country")), 0);
            a_ok |= list_has(&ru->actors, json_string_value(json_object_get(a, "name")), 1);
            a_ok |= list_has(&ru->actors,
                             json_string_value(json_object_get(json_object_get(a, "metadata"),
                                                               "wikidata")),
                             0);
        }
        if (!c_ok || !a_ok)
            return 0;
    }
    return 1;
}

size_t alert_rules_match(const alert_rules *r, const json_t *record,
                         void (*fn)(const char *, void *), void *opaque)
{
    size_t n = 0;
    for (size_t i = 0; r && i < r->n; i++) {
        if (rule_matches(&r->v[i], record)) {
            n++;
            if (fn)
                fn(r->v[i].name, opaque);
        }
    }
    return n;
}

static void append_list(json_t *o, const char *k, const strlist *l)
{
    if (!l->n)
        return;
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++)
        json_array_append_new(a, json_string(l->v[i]));
    json_object_set_new(o, k, a);
}

char *alert_rules_describe(const alert_rules *r)
{
    json_t *all = json_object();
    for (size_t i = 0; r && i < r->n; i++) {
        const rule *ru = &r->v[i];
        json_t *o = json_object();
        append_list(o, "countries", &ru->countries);
        append_list(o, "actors", &ru->actors);
        append_list(o, "types", &ru->types);
        append_list(o, "statuses", &ru->statuses);
        if (ru->min_confidence >= 0)
            json_object_set_new(o, "min_confidence", json_real(ru->min_confidence));
        json_object_set_new(all, ru->name, o);
    }
    char *s = json_dumps(all, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(all);
    return s;
}
