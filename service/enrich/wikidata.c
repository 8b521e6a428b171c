/* wikidata.c - Wikibase API responses (wbsearchentities, wbgetentities) parsed into small
 * summaries, and the choice of the entity an actor refers to: the person whose position
 * held (P39) on the event date fits the actor's title and country. Pure functions. */
#include "enrich_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_IDS 10
#define MAX_CLAIMS 64

static int api_error(json_t *root, char *errcode, size_t errlen)
{
    json_t *e = json_object_get(root, "error");
    if (!json_is_object(e))
        return 0;
    const char *code = json_string_value(json_object_get(e, "code"));
    snprintf(errcode, errlen, "%s", code ? code : "unknown");
    return 1;
}

static int valid_qid(const char *s)
{
    if (!s || (s[0] != 'Q' && s[0] != 'P') || !s[1] || strlen(s) > 16)
        return 0;
    for (const char *p = s + 1; *p; p++)
        if (!isdigit((unsigned char)*p))
            return 0;
    return 1;
}

int en_parse_wd_search(const char *body, size_t len, json_t **ids, char *errcode, size_t errlen)
{
    *ids = NULL;
    json_t *root = json_loadb(body, len, 0, NULL);
    if (!json_is_object(root)) {
        json_decref(root);
        return -1;
    }
    if (api_error(root, errcode, errlen)) {
        json_decref(root);
        return 1;
    }
    json_t *arr = json_object_get(root, "search");
    if (!json_is_array(arr)) {
        json_decref(root);
        return -1;
    }
    json_t *out = json_array();
    size_t i;
    json_t *hit;
    json_array_foreach(arr, i, hit) {
        const char *id = json_string_value(json_object_get(hit, "id"));
        if (valid_qid(id) && id[0] == 'Q' && json_array_size(out) < MAX_IDS)
            json_array_append_new(out, json_string(id));
    }
    json_decref(root);
    *ids = out;
    return 0;
}

/* Wikibase time "+2021-01-22T00:00:00Z" -> "2021-01-22" (month/day 00 for coarse precision). */
static json_t *wb_time(json_t *snak)
{
    json_t *dv = json_object_get(snak, "datavalue");
    const char *t = json_string_value(json_object_get(json_object_get(dv, "value"), "time"));
    if (!t || (t[0] != '+' && t[0] != '-'))
        return json_null();
    if (t[0] == '-' || strlen(t) < 11)
        return json_string("0000-00-00");
    char d[11];
    memcpy(d, t + 1, 10);
    d[10] = '\0';
    for (int k = 0; k < 10; k++)
        if (!(isdigit((unsigned char)d[k]) || ((k == 4 || k == 7) && d[k] == '-')))
            return json_null();
    return json_string(d);
}

static const char *snak_item(json_t *snak)
{
    if (!json_is_object(snak))
        return NULL;
    const char *st = json_string_value(json_object_get(snak, "snaktype"));
    if (st && strcmp(st, "value") != 0)
        return NULL;
    json_t *v = json_object_get(json_object_get(snak, "datavalue"), "value");
    const char *id = json_string_value(json_object_get(v, "id"));
    return valid_qid(id) ? id : NULL;
}

static int usable(json_t *stmt)
{
    const char *rank = json_string_value(json_object_get(stmt, "rank"));
    return !(rank && strcmp(rank, "deprecated") == 0);
}

static json_t *item_list(json_t *claims, const char *prop)
{
    json_t *out = json_array();
    json_t *arr = json_object_get(claims, prop);
    size_t i;
    json_t *st;
    json_array_foreach(arr, i, st) {
        if (i >= MAX_CLAIMS)
            break;
        if (!usable(st))
            continue;
        const char *id = snak_item(json_object_get(st, "mainsnak"));
        if (id)
            json_array_append_new(out, json_string(id));
    }
    return out;
}

static const char *lang_value(json_t *obj, const char *field)
{
    return json_string_value(json_object_get(json_object_get(json_object_get(obj, field), "en"), "value"));
}

static json_t *summarize(const char *id, json_t *ent)
{
    json_t *claims = json_object_get(ent, "claims");
    json_t *s = json_object();
    const char *label = lang_value(ent, "labels"), *desc = lang_value(ent, "descriptions");
    json_object_set_new(s, "id", json_string(id));
    json_object_set_new(s, "label", label ? json_string(label) : json_null());
    json_object_set_new(s, "description", desc ? json_string(desc) : json_null());
    json_object_set_new(s, "p31", item_list(claims, "P31"));
    json_object_set_new(s, "p27", item_list(claims, "P27"));
    json_object_set_new(s, "p17", item_list(claims, "P17"));
    json_object_set_new(s, "p1001", item_list(claims, "P1001"));
    json_object_set_new(s, "p106", item_list(claims, "P106"));
    const char *iso = NULL;
    json_t *p298 = json_object_get(claims, "P298");
    if (json_is_array(p298) && json_array_size(p298) > 0) {
        json_t *dv = json_object_get(json_object_get(json_array_get(p298, 0), "mainsnak"), "datavalue");
        iso = json_string_value(json_object_get(dv, "value"));
        if (iso && strlen(iso) != 3)
            iso = NULL;
    }
    json_object_set_new(s, "iso3", iso ? json_string(iso) : json_null());
    json_t *p39 = json_array();
    json_t *arr = json_object_get(claims, "P39");
    size_t i;
    json_t *st;
    json_array_foreach(arr, i, st) {
        if (i >= MAX_CLAIMS)
            break;
        if (!usable(st))
            continue;
        const char *pos = snak_item(json_object_get(st, "mainsnak"));
        if (!pos)
            continue;
        json_t *q = json_object_get(st, "qualifiers");
        json_t *ps = json_array_get(json_object_get(q, "P580"), 0);
        json_t *pe = json_array_get(json_object_get(q, "P582"), 0);
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(pos));
        json_object_set_new(o, "start", ps ? wb_time(ps) : json_null());
        json_object_set_new(o, "end", pe ? wb_time(pe) : json_null());
        json_array_append_new(p39, o);
    }
    json_object_set_new(s, "p39", p39);
    return s;
}

int en_parse_wd_entities(const char *body, size_t len, json_t **out, char *errcode, size_t errlen)
{
    *out = NULL;
    json_t *root = json_loadb(body, len, 0, NULL);
    if (!json_is_object(root)) {
        json_decref(root);
        return -1;
    }
    if (api_error(root, errcode, errlen)) {
        json_decref(root);
        return 1;
    }
    json_t *ents = json_object_get(root, "entities");
    if (!json_is_object(ents)) {
        json_decref(root);
        return -1;
    }
    json_t *res = json_object();
    const char *k;
    json_t *ent;
    json_object_foreach(ents, k, ent) {
        if (!valid_qid(k) || !json_is_object(ent))
            continue;
        if (json_object_get(ent, "missing"))
            json_object_set_new(res, k, json_string("missing"));
        else
            json_object_set_new(res, k, summarize(k, ent));
    }
    json_decref(root);
    *out = res;
    return 0;
}

/* ---- choosing ---- */

/* Lower-cased word tokens with a few spelling/synonym folds, stopwords dropped. */
static size_t tokens(const char *s, char out[][24], size_t max)
{
    static const char *stop[] = {"of", "the", "for", "and", "to", "in", "a", "an", "s", NULL};
    size_t n = 0;
    while (s && *s && n < max) {
        while (*s && !isalnum((unsigned char)*s))
            s++;
        char w[24];
        size_t k = 0;
        while (*s && isalnum((unsigned char)*s)) {
            if (k + 1 < sizeof w)
                w[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
        w[k] = '\0';
        if (!k)
            break;
        int skip = 0;
        for (size_t i = 0; stop[i]; i++)
            if (strcmp(w, stop[i]) == 0)
                skip = 1;
        if (skip)
            continue;
        if (strcmp(w, "defence") == 0)
            snprintf(w, sizeof w, "defense");
        else if (strcmp(w, "secretary") == 0 || strcmp(w, "minister") == 0)
            snprintf(w, sizeof w, "minister");
        else if (strcmp(w, "foreign") == 0 || strcmp(w, "affairs") == 0 || strcmp(w, "state") == 0)
            snprintf(w, sizeof w, "foreign"); /* secretary of state ~ foreign minister */
        else if (strcmp(w, "parliament") == 0 || strcmp(w, "commons") == 0 || strcmp(w, "mp") == 0 ||
                 strcmp(w, "lawmaker") == 0 || strcmp(w, "legislator") == 0 || strcmp(w, "parliamentary") == 0)
            snprintf(w, sizeof w, "parliament");
        else if (strcmp(w, "premier") == 0)
            snprintf(w, sizeof w, "prime");
        snprintf(out[n++], 24, "%s", w);
    }
    return n;
}

static int generic(const char *w)
{
    static const char *g[] = {"minister", "deputy", "vice", "chief", "head", "member", "general",
                              "senior", "first", "acting", "former", "national", "united", NULL};
    for (size_t i = 0; g[i]; i++)
        if (strcmp(w, g[i]) == 0)
            return 1;
    return 0;
}

/* How well a title fits a position label: matches of specific words ("defense", "foreign",
 * "president") count; generic ones ("minister") only count alongside a specific match, or
 * when the title has nothing specific. */
static int overlap(const char *a, const char *b)
{
    char ta[16][24], tb[24][24];
    size_t na = tokens(a, ta, 16), nb = tokens(b, tb, 24);
    int spec = 0, gen = 0, has_spec = 0;
    for (size_t i = 0; i < na; i++) {
        int g = generic(ta[i]);
        has_spec |= !g;
        for (size_t j = 0; j < nb; j++)
            if (strcmp(ta[i], tb[j]) == 0) {
                if (g)
                    gen++;
                else
                    spec++;
                break;
            }
    }
    if (has_spec)
        return spec ? spec + gen : 0;
    return gen;
}

static int same_name(const char *a, const char *b)
{
    char ta[16][24], tb[16][24];
    size_t na = tokens(a, ta, 16), nb = tokens(b, tb, 16);
    if (na == 0 || na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (strcmp(ta[i], tb[i]) != 0)
            return 0;
    return 1;
}

static int has_item(json_t *arr, const char *id)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        const char *s = json_string_value(v);
        if (s && strcmp(s, id) == 0)
            return 1;
    }
    return 0;
}

static const char *iso_of(json_t *entities, const char *id)
{
    return id ? json_string_value(json_object_get(json_object_get(entities, id), "iso3")) : NULL;
}

/* Any country among ids (P27/P17/P1001 lists) equal to iso? 1 yes, -1 known but different, 0 unknown. */
static int country_fit(json_t *entities, json_t *ids, const char *iso)
{
    if (!iso || !json_array_size(ids))
        return 0;
    int known = 0;
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        const char *c = iso_of(entities, json_string_value(v));
        if (!c)
            continue;
        known = 1;
        if (strcmp(c, iso) == 0)
            return 1;
    }
    return known ? -1 : 0;
}

int en_wd_held_on(json_t *st, const char *date)
{
    const char *s = json_string_value(json_object_get(st, "start"));
    const char *e = json_string_value(json_object_get(st, "end"));
    if (!date || !*date)
        return e == NULL; /* no date: the current holder */
    if (s && strncmp(s, date, 10) > 0)
        return 0;
    if (e && strncmp(e, date, 10) < 0)
        return 0;
    return 1;
}

int en_wd_choose(json_t *candidates, json_t *entities, const char *name, const char *title,
                 const char *country, const char *date, json_t **position)
{
    *position = NULL;
    int best = -1, best_score = 0, tie = 0;
    json_t *best_pos = NULL;
    int any_human = 0, name_nat = 0;
    size_t i;
    json_t *c;
    /* how many candidates have the actor's name and nationality: the weak fallback below
     * (no office on the date) only picks when exactly one does */
    json_array_foreach(candidates, i, c) {
        if (json_is_object(c) && has_item(json_object_get(c, "p31"), "Q5") && country &&
            same_name(name, json_string_value(json_object_get(c, "label"))) &&
            country_fit(entities, json_object_get(c, "p27"), country) > 0)
            name_nat++;
    }
    json_array_foreach(candidates, i, c) {
        if (!json_is_object(c))
            continue;
        if (!has_item(json_object_get(c, "p31"), "Q5"))
            continue;
        any_human = 1;
        int score = 0;
        json_t *pos_pick = NULL;
        json_t *p39 = json_object_get(c, "p39");
        size_t j;
        json_t *st;
        json_array_foreach(p39, j, st) {
            if (!en_wd_held_on(st, date))
                continue;
            const char *pid = json_string_value(json_object_get(st, "id"));
            json_t *pos = json_object_get(entities, pid);
            const char *plabel = json_string_value(json_object_get(pos, "label"));
            int s = 2; /* holds some office on that day */
            if (title && *title) {
                int ov = plabel ? overlap(title, plabel) : 0;
                s += 3 * ov;
            }
            if (country && *country) {
                json_t *pc = json_object_get(pos, "p17");
                if (!json_array_size(pc))
                    pc = json_object_get(pos, "p1001");
                int cf = country_fit(entities, pc, country);
                if (cf == 0)
                    cf = country_fit(entities, json_object_get(c, "p27"), country);
                if (cf < 0)
                    continue; /* an office of another state: not this actor */
                s += 2 * cf;
            }
            if (s > score) {
                score = s;
                pos_pick = st;
            }
        }
        int needed = (title && *title) ? 5 : 2;
        if (score < needed && name_nat == 1 && same_name(name, json_string_value(json_object_get(c, "label"))) &&
            country && country_fit(entities, json_object_get(c, "p27"), country) > 0)
            score = 1; /* the only one with that name and nationality, no fitting office */
        /* without a title, an office on the day plus the right country is enough; with a
         * title, the office must share a word with it */
        if (score < needed && score != 1)
            continue;
        if (score > best_score) {
            best_score = score;
            best = (int)i;
            best_pos = pos_pick;
            tie = 0;
        } else if (score == best_score) {
            tie = 1;
        }
    }
    if (!any_human) {
        /* institutions: only the top hit, and only under its exact name */
        json_t *top = json_array_get(candidates, 0);
        if (json_is_object(top) && same_name(name, json_string_value(json_object_get(top, "label"))))
            return 0;
        return -1;
    }
    if (best < 0)
        return name_nat > 1 ? -2 : -1;
    if (tie)
        return -2;
    *position = best_pos;
    return best;
}

const char *en_sector_for_position(const char *label)
{
    if (!label)
        return NULL;
    char t[24][24];
    size_t n = tokens(label, t, 24);
    int gov = 0;
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(t[i], "defense") || !strcmp(t[i], "military") || !strcmp(t[i], "army") ||
            !strcmp(t[i], "admiral") || !strcmp(t[i], "armed"))
            return "MIL";
        if (!strcmp(t[i], "ambassador") || !strcmp(t[i], "foreign") || !strcmp(t[i], "envoy"))
            return "DIP";
        if (!strcmp(t[i], "judge") || !strcmp(t[i], "court") || !strcmp(t[i], "justice"))
            return "JUD";
        if (!strcmp(t[i], "senator") || !strcmp(t[i], "parliament") || !strcmp(t[i], "congress") ||
            !strcmp(t[i], "representatives") || !strcmp(t[i], "legislative"))
            return "LEG";
        if (!strcmp(t[i], "minister") || !strcmp(t[i], "president") || !strcmp(t[i], "prime") ||
            !strcmp(t[i], "chancellor") || !strcmp(t[i], "government") || !strcmp(t[i], "head"))
            gov = 1;
    }
    return gov ? "GOV" : NULL;
}
