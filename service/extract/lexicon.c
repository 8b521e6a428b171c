/* lexicon.c - loads the lexicons and gazetteer into the context's trie: the files
 * embedded at build time (the lexicon and data TSV files), each replaceable by a file of the
 * same name in options.data_dir, then the user actor dictionary. Errors read
 * `file:line: why`. Column layouts are taken from each file's `#` header line. */
#include "px_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXCOL 16

typedef struct cols {
    const char *p[MAXCOL];
    size_t n[MAXCOL];
    int nc;
} cols;

typedef struct loader {
    px_ctx *ctx;
    const char *fname;
    long line;
    char *err;
    size_t errlen;
    /* header column names */
    char hdr[MAXCOL][32];
    int nhdr;
} loader;

static void split_tabs(const char *s, size_t n, cols *c)
{
    c->nc = 0;
    size_t st = 0;
    for (size_t i = 0; i <= n && c->nc < MAXCOL; i++) {
        if (i == n || s[i] == '\t') {
            size_t b = st, e = i;
            while (b < e && (s[b] == ' ' || s[b] == '\r')) {
                b++;
            }
            while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) {
                e--;
            }
            c->p[c->nc] = s + b;
            c->n[c->nc] = e - b;
            if (c->n[c->nc] == 1 && s[b] == '-') {
                c->n[c->nc] = 0; /* "-" = empty */
            }
            c->nc++;
            st = i + 1;
        }
    }
}

static bool col_is(const cols *c, int i, const char *w)
{
    return i < c->nc && strlen(w) == c->n[i] && memcmp(c->p[i], w, c->n[i]) == 0;
}

static int col_find(const loader *L, const char *name)
{
    for (int i = 0; i < L->nhdr; i++) {
        if (px_streq_ci(L->hdr[i], name)) {
            return i;
        }
    }
    return -1;
}

static int fail(loader *L, const char *why)
{
    snprintf(L->err, L->errlen, "%s:%ld: %s", L->fname, L->line, why);
    return -1;
}

static uint32_t S(loader *L, const cols *c, int i)
{
    if (i < 0 || i >= c->nc || c->n[i] == 0) {
        return 0;
    }
    return px_gaz_str(L->ctx->gaz, c->p[i], c->n[i]);
}

static int casef_for(const char *p, size_t n)
{
    int letters = 0, upper = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        if (ch >= 'A' && ch <= 'Z') {
            upper++;
            letters++;
        } else if (ch >= 'a' && ch <= 'z') {
            lower++;
            letters++;
        }
    }
    if (letters >= 2 && lower == 0 && letters <= 6) {
        return CASE_UPPER;
    }
    return upper ? CASE_CAP : CASE_ANY;
}

static int add_phrase(loader *L, const char *p, size_t n, px_entry *e)
{
    if (n == 0) {
        return 0;
    }
    if (px_gaz_add(L->ctx->gaz, p, n, e) != 0) {
        return fail(L, "cannot index phrase (too long or out of memory)");
    }
    return 0;
}

static int32_t parse_date(const char *p, size_t n)
{
    if (n < 4) {
        return 0;
    }
    char buf[16];
    px_copy(buf, sizeof buf, p, n);
    int y = 0, m = 1, d = 1;
    if (px_parse_date(buf, &y, &m, &d) != 0) {
        bool ok;
        long yy = px_parse_long(p, 4, &ok);
        if (!ok) {
            return -1;
        }
        y = (int)yy;
    }
    return y * 10000 + m * 100 + d;
}

/* ---------- per-file loaders ---------- */

static int type_code(const char *p, size_t n)
{
    static const char *const t[] = {"", "meet", "visit", "host", "call", "negotiate", "attend",
                                    "mediate"};
    for (int i = 1; i < 8; i++) {
        if (strlen(t[i]) == n && memcmp(t[i], p, n) == 0) {
            return i;
        }
    }
    return 0;
}

static int status_code(const char *p, size_t n)
{
    for (int i = 1; i <= S_NOT_OCCURRED; i++) {
        const char *s = px_status_name(i);
        if (strlen(s) == n && memcmp(s, p, n) == 0) {
            return i;
        }
    }
    return 0;
}

static int load_triggers(loader *L, const cols *c)
{
    static const char *const cls[] = {"", "contact_v", "contact_n", "light_v", "motion_v",
                                      "decide_v", "decide_n", "govern_v"};
    px_entry e;
    memset(&e, 0, sizeof e);
    e.kind = K_TRIGGER;
    if (c->nc < 2) {
        return fail(L, "expected phrase<TAB>class<TAB>type<TAB>status<TAB>flags");
    }
    for (int i = 1; i < 8; i++) {
        if (col_is(c, 1, cls[i])) {
            e.sub = (uint8_t)i;
        }
    }
    if (!e.sub) {
        return fail(L, "unknown trigger class");
    }
    char words[256];
    uint32_t starts[PX_TRIGGER_MAX_WORDS];
    if (px_tokenize_phrase(c->p[0], c->n[0], words, sizeof words, starts,
                           PX_TRIGGER_MAX_WORDS) < 1) {
        return fail(L, "a trigger phrase has one to 8 words");
    }
    if (c->nc > 2 && c->n[2]) {
        e.a = (int16_t)type_code(c->p[2], c->n[2]);
        if (!e.a) {
            return fail(L, "unknown contact type");
        }
    }
    if (c->nc > 3 && c->n[3]) {
        e.b = (int16_t)status_code(c->p[3], c->n[3]);
        if (!e.b) {
            return fail(L, "unknown status");
        }
    }
    if (c->nc > 4) {
        const char *f = c->p[4];
        size_t n = c->n[4], st = 0;
        for (size_t i = 0; i <= n; i++) {
            if (i == n || f[i] == ',') {
                const char *w = f + st;
                size_t wl = i - st;
#define FL(name, bit)                                                  \
    do {                                                               \
        if (wl == strlen(name) && memcmp(w, name, wl) == 0) {          \
            e.flags |= (bit);                                          \
        }                                                              \
    } while (0)
                FL("past", TRF_PAST);
                FL("ing", TRF_ING);
                FL("inf", TRF_INF);
                FL("3sg", TRF_3SG);
                FL("ppart", TRF_PPART | TRF_PAST);
                FL("objperson", TRF_OBJPERSON);
                FL("with", TRF_NEEDS_WITH);
                if (wl == 7 && memcmp(w, "request", 7) == 0) {
                    e.c = 1;
                } else if (wl == 6 && memcmp(w, "demand", 6) == 0) {
                    e.c = 2;
                } else if (wl == 6 && memcmp(w, "intent", 6) == 0) {
                    e.c = 3;
                }
#undef FL
                st = i + 1;
            }
        }
    }
    return add_phrase(L, c->p[0], c->n[0], &e);
}

static int load_cues(loader *L, const cols *c)
{
    static const char *const cls[] = {"",       "future", "hypo",     "recommend", "habit",
                                      "neg",    "report", "cond",     "aux",       "fail",
                                      "analyst", "clause", "locprep", "particle",  "det",
                                      "mod",    "pron",   "rel",      "past",      "domestic",
                                      "sport",  "speech"};
    px_entry e;
    memset(&e, 0, sizeof e);
    e.kind = K_CUE;
    for (int i = 1; i < (int)(sizeof cls / sizeof cls[0]); i++) {
        if (col_is(c, 1, cls[i])) {
            e.sub = (uint8_t)i;
        }
    }
    if (!e.sub) {
        return fail(L, "unknown cue class");
    }
    return add_phrase(L, c->p[0], c->n[0], &e);
}

static int load_timewords(loader *L, const cols *c)
{
    static const char *const cls[] = {"", "month", "weekday", "rel", "part", "season", "unit",
                                      "num"};
    px_entry e;
    memset(&e, 0, sizeof e);
    e.kind = K_TIME;
    for (int i = 1; i < 8; i++) {
        if (col_is(c, 1, cls[i])) {
            e.sub = (uint8_t)i;
        }
    }
    if (!e.sub || c->nc < 3 || !c->n[2]) {
        return fail(L, "expected phrase<TAB>class<TAB>value");
    }
    bool ok;
    long v = px_parse_long(c->p[2][0] == '-' ? c->p[2] + 1 : c->p[2],
                           c->p[2][0] == '-' ? c->n[2] - 1 : c->n[2], &ok);
    if (ok) {
        e.a = (int16_t)(c->p[2][0] == '-' ? -v : v);
    } else {
        e.b = (int16_t)c->p[2][0]; /* letter code */
    }
    return add_phrase(L, c->p[0], c->n[0], &e);
}

static int kind_code(const char *p, size_t n)
{
    static const struct {
        const char *n;
        int k;
    } t[] = {{"country", K_COUNTRY}, {"demonym", K_DEMONYM}, {"capital", K_CAPITAL},
             {"metonym", K_METONYM}, {"city", K_CITY},       {"org", K_ORG},
             {"title", K_TITLE},     {"groupn", K_GROUPN},   {"stop", K_STOP},
             {"venue", K_VENUE},     {"person", K_PERSON},   {"ambiguous", K_AMBIG},
             {"agency", K_AGENCY},   {NULL, 0}};
    for (int i = 0; t[i].n; i++) {
        if (strlen(t[i].n) == n && memcmp(t[i].n, p, n) == 0) {
            return t[i].k;
        }
    }
    return 0;
}

/* A coordinate in degrees as microdegrees (the data's five or six decimals exactly: a
 * record carries 54.68916, not a float's 54.689159393310547); |v| <= 180. */
static int32_t parse_coord(const char *p, size_t n, bool *ok)
{
    char buf[32];
    *ok = false;
    if (n == 0 || n >= sizeof buf) {
        return 0;
    }
    memcpy(buf, p, n);
    buf[n] = '\0';
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    if (errno != 0 || *end != '\0' || !(v >= -180.0 && v <= 180.0)) {
        return 0;
    }
    *ok = true;
    return (int32_t)(v * 1e6 + (v < 0 ? -0.5 : 0.5)); /* to the nearest */
}

/* lexicon/gaz.tsv: phrase kind canonical country sector code lat lon */
static int load_gaz(loader *L, const cols *c)
{
    if (c->nc < 2) {
        return fail(L, "expected phrase<TAB>kind<TAB>...");
    }
    px_entry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind_code(c->p[1], c->n[1]);
    if (!e.kind) {
        return fail(L, "unknown gazetteer kind");
    }
    e.s[0] = S(L, c, 2);
    e.s[1] = S(L, c, 3);
    e.s[2] = S(L, c, 4);
    e.s[3] = S(L, c, 5);
    bool ok1 = false, ok2 = false;
    if (c->nc > 7) {
        e.lat = parse_coord(c->p[6], c->n[6], &ok1);
        e.lon = parse_coord(c->p[7], c->n[7], &ok2);
    }
    e.flags = ok1 && ok2 ? 1 : 0;
    e.casef = (uint8_t)((e.kind == K_TITLE || e.kind == K_GROUPN) ? CASE_ANY
                                                                  : casef_for(c->p[0], c->n[0]));
    if (e.kind == K_VENUE && !e.s[0]) {
        e.casef = CASE_ANY;
    }
    return add_phrase(L, c->p[0], c->n[0], &e);
}

/* actor dictionary: name aliases country sector valid_from valid_to [title] */
static int load_actor(loader *L, const cols *c)
{
    if (c->nc < 3 || !c->n[0]) {
        return fail(L, "expected name<TAB>aliases<TAB>country<TAB>sector<TAB>valid_from<TAB>valid_to");
    }
    px_entry e;
    memset(&e, 0, sizeof e);
    e.kind = K_PERSON;
    e.casef = CASE_CAP;
    e.s[0] = S(L, c, 0);
    e.s[1] = S(L, c, 2);
    e.s[2] = S(L, c, 3);
    e.s[4] = S(L, c, 6);
    if (c->nc > 2 && c->n[2] && c->n[2] != 3) {
        return fail(L, "country must be ISO 3166-1 alpha-3 or empty");
    }
    if (c->nc > 4 && c->n[4]) {
        e.valid_from = parse_date(c->p[4], c->n[4]);
        if (e.valid_from < 0) {
            return fail(L, "bad valid_from date (YYYY-MM-DD)");
        }
    }
    if (c->nc > 5 && c->n[5]) {
        e.valid_to = parse_date(c->p[5], c->n[5]);
        if (e.valid_to < 0) {
            return fail(L, "bad valid_to date (YYYY-MM-DD)");
        }
    }
    if (add_phrase(L, c->p[0], c->n[0], &e) != 0) {
        return -1;
    }
    /* the full name without an Arabic article before the family name, as the wires write
     * it: "Abdel Fattah al-Burhan" is also "Abdel Fattah Burhan" */
    char bare[128];
    size_t bn = 0;
    bool dropped = false;
    for (size_t i = 0; c->n[0] < sizeof bare && i < c->n[0]; i++) {
        const char *w = c->p[0] + i;
        if (i > 0 && w[-1] == ' ' && i + 3 < c->n[0] && (w[0] == 'a' || w[0] == 'e') &&
            w[1] == 'l' && w[2] == '-') {
            i += 2; /* (the loop steps over the hyphen) */
            dropped = true;
            continue;
        }
        bare[bn++] = *w;
    }
    if (dropped && add_phrase(L, bare, bn, &e) != 0) {
        return -1;
    }
    if (c->nc > 1 && c->n[1]) {
        const char *a = c->p[1];
        size_t n = c->n[1], st = 0;
        for (size_t i = 0; i <= n; i++) {
            if (i == n || a[i] == '|' || a[i] == ';') {
                size_t b = st, en = i;
                while (b < en && a[b] == ' ') {
                    b++;
                }
                while (en > b && a[en - 1] == ' ') {
                    en--;
                }
                if (en > b && add_phrase(L, a + b, en - b, &e) != 0) {
                    return -1;
                }
                st = i + 1;
            }
        }
    }
    return 0;
}

/* ---------- data TSV files (generated gazetteer): columns named by the header ---------- */

static void add_list(loader *L, const cols *c, int col, px_entry *e)
{
    if (col < 0 || col >= c->nc || !c->n[col]) {
        return;
    }
    const char *a = c->p[col];
    size_t n = c->n[col], st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || a[i] == '|' || a[i] == ';') {
            size_t b = st, en = i;
            while (b < en && a[b] == ' ') {
                b++;
            }
            while (en > b && a[en - 1] == ' ') {
                en--;
            }
            if (en > b) {
                px_entry x = *e;
                x.casef = (uint8_t)(x.kind == K_TITLE || x.kind == K_GROUPN
                                        ? CASE_ANY
                                        : casef_for(a + b, en - b));
                /* an event's or a body's alias ending in a lower-case word ("Apec
                 * leaders' meeting", "UN nuclear watchdog") needs only its first word
                 * capitalised */
                if ((x.kind == K_VENUE || (x.kind == K_ORG && a[b] >= 'A' && a[b] <= 'Z')) &&
                    x.casef == CASE_CAP && a[en - 1] >= 'a' && a[en - 1] <= 'z') {
                    x.casef = CASE_FIRST;
                }
                (void)px_gaz_add(L->ctx->gaz, a + b, en - b, &x);
            }
            st = i + 1;
        }
    }
}

static int32_t col_coord(const cols *c, int i, bool *ok)
{
    *ok = false;
    if (i < 0 || i >= c->nc) {
        return 0;
    }
    return parse_coord(c->p[i], c->n[i], ok);
}

/* Column index by header name; falls back to the documented position. */
static int hc(const loader *L, const char *name, int pos)
{
    int k = col_find(L, name);
    return k >= 0 ? k : pos;
}

static int load_data(loader *L, const cols *c, const char *base)
{
    px_entry e;
    memset(&e, 0, sizeof e);
    if (strcmp(base, "countries.tsv") == 0) {
        /* iso3 iso2 canonical_name aliases adjectives capitals lat lon */
        int ci = hc(L, "iso3", 0), cn = hc(L, "canonical_name", 2), ca = hc(L, "aliases", 3);
        int cd = hc(L, "adjectives", 4), cc = hc(L, "capitals", 5);
        if (cn >= c->nc || !c->n[cn]) {
            return 0;
        }
        e.kind = K_COUNTRY;
        e.s[0] = S(L, c, cn);
        e.s[1] = S(L, c, ci);
        e.s[2] = px_gaz_str(L->ctx->gaz, "GOV", 3);
        bool a, b;
        e.lat = col_coord(c, hc(L, "lat", 6), &a);
        e.lon = col_coord(c, hc(L, "lon", 7), &b);
        e.flags = a && b ? 1 : 0;
        e.casef = (uint8_t)casef_for(c->p[cn], c->n[cn]);
        (void)px_gaz_add(L->ctx->gaz, c->p[cn], c->n[cn], &e);
        add_list(L, c, ca, &e);
        px_entry dm = e;
        dm.kind = K_DEMONYM;
        add_list(L, c, cd, &dm);
        px_entry k = e;
        k.kind = K_CAPITAL;
        k.flags = 0; /* coordinates come from cities.tsv */
        add_list(L, c, cc, &k);
        return 0;
    }
    if (strcmp(base, "cities.tsv") == 0) {
        /* name iso3 lat lon population flags */
        int cn = hc(L, "name", 0), ci = hc(L, "iso3", 1), cf = hc(L, "flags", 5);
        if (cn >= c->nc || !c->n[cn]) {
            return 0;
        }
        e.kind = K_CITY;
        e.s[0] = S(L, c, cn);
        e.s[1] = S(L, c, ci);
        bool a, b;
        e.lat = col_coord(c, hc(L, "lat", 2), &a);
        e.lon = col_coord(c, hc(L, "lon", 3), &b);
        e.flags = a && b ? 1 : 0;
        int cp = hc(L, "population", 4);
        if (cp < c->nc) {
            bool ok;
            long pop = px_parse_long(c->p[cp], c->n[cp] > 9 ? 9 : c->n[cp], &ok);
            e.valid_from = ok ? (int32_t)pop : 0;
        }
        if (cf < c->nc && c->n[cf]) {
            const char *f = c->p[cf];
            size_t n = c->n[cf], st = 0;
            for (size_t i = 0; i <= n; i++) {
                if (i == n || f[i] == '|') {
                    if (i - st == 7 && memcmp(f + st, "capital", 7) == 0) {
                        e.sub |= 1;
                    } else if (i - st == 5 && memcmp(f + st, "venue", 5) == 0) {
                        e.sub |= 2;
                    } else if (i - st == 6 && memcmp(f + st, "island", 6) == 0) {
                        e.sub |= 4;
                    } else if (i - st > 4 && memcmp(f + st, "alt=", 4) == 0) {
                        e.s[0] = px_gaz_str(L->ctx->gaz, f + st + 4, i - st - 4);
                    }
                    st = i + 1;
                }
            }
        }
        e.casef = CASE_CAP;
        (void)px_gaz_add(L->ctx->gaz, c->p[cn], c->n[cn], &e);
        return 0;
    }
    if (strcmp(base, "metonyms.tsv") == 0) {
        /* phrase iso3 canonical_institution_name sector */
        int cp = hc(L, "phrase", 0);
        if (cp >= c->nc || !c->n[cp]) {
            return 0;
        }
        e.kind = K_METONYM;
        e.s[0] = S(L, c, hc(L, "canonical_institution_name", 2));
        e.s[1] = S(L, c, hc(L, "iso3", 1));
        e.s[2] = S(L, c, hc(L, "sector", 3));
        e.casef = (uint8_t)casef_for(c->p[cp], c->n[cp]);
        (void)px_gaz_add(L->ctx->gaz, c->p[cp], c->n[cp], &e);
        return 0;
    }
    if (strcmp(base, "orgs.tsv") == 0) {
        /* name aliases code kind */
        int cn = hc(L, "name", 0);
        if (cn >= c->nc || !c->n[cn]) {
            return 0;
        }
        e.kind = K_ORG;
        e.s[0] = S(L, c, cn);
        e.s[3] = S(L, c, hc(L, "code", 2));
        int ck = hc(L, "kind", 3);
        e.s[2] = ck < c->nc && col_is(c, ck, "ngo") ? px_gaz_str(L->ctx->gaz, "NGO", 3)
                                                    : px_gaz_str(L->ctx->gaz, "IGO", 3);
        e.casef = (uint8_t)casef_for(c->p[cn], c->n[cn]);
        (void)px_gaz_add(L->ctx->gaz, c->p[cn], c->n[cn], &e);
        add_list(L, c, hc(L, "aliases", 1), &e);
        return 0;
    }
    if (strcmp(base, "titles.tsv") == 0) {
        /* title sector rank */
        int ct = hc(L, "title", 0);
        if (ct >= c->nc || !c->n[ct]) {
            return 0;
        }
        e.kind = K_TITLE;
        e.s[0] = S(L, c, ct);
        e.s[2] = S(L, c, hc(L, "sector", 1));
        int cr = hc(L, "rank", 2);
        if (cr < c->nc) {
            bool ok;
            long r = px_parse_long(c->p[cr], c->n[cr], &ok);
            e.a = ok ? (int16_t)r : 0;
        }
        e.casef = CASE_ANY;
        /* an abbreviation ("PM", "FM"): matched in its own case, named by the title it
         * stands for */
        int cm = hc(L, "means", 3);
        if (cm < c->nc && c->n[cm]) {
            e.s[0] = S(L, c, cm);
            e.casef = (uint8_t)casef_for(c->p[ct], c->n[ct]);
        }
        (void)px_gaz_add(L->ctx->gaz, c->p[ct], c->n[ct], &e);
        return 0;
    }
    if (strcmp(base, "venues.tsv") == 0) {
        /* name aliases iso3 city kind */
        int cn = hc(L, "name", 0);
        if (cn >= c->nc || !c->n[cn]) {
            return 0;
        }
        e.kind = K_VENUE;
        e.s[0] = S(L, c, cn);
        e.s[1] = S(L, c, hc(L, "iso3", 2));
        e.s[2] = S(L, c, hc(L, "kind", 4)); /* summit|forum|building|residence */
        e.s[4] = S(L, c, hc(L, "city", 3));
        e.casef = CASE_ANY;
        (void)px_gaz_add(L->ctx->gaz, c->p[cn], c->n[cn], &e);
        add_list(L, c, hc(L, "aliases", 1), &e);
        return 0;
    }
    if (strcmp(base, "ambiguous.tsv") == 0) {
        /* phrase why: the category is the first word of why */
        int cp = hc(L, "phrase", 0), cw = hc(L, "why", 1);
        if (cp >= c->nc || !c->n[cp]) {
            return 0;
        }
        e.kind = K_AMBIG;
        if (cw < c->nc) {
            size_t n = 0;
            while (n < c->n[cw] && c->p[cw][n] != ';' && c->p[cw][n] != ' ') {
                n++;
            }
            e.s[0] = px_gaz_str(L->ctx->gaz, c->p[cw], n);
        }
        e.casef = CASE_ANY;
        (void)px_gaz_add(L->ctx->gaz, c->p[cp], c->n[cp], &e);
        return 0;
    }
    return 0; /* unknown data file: ignored */
}

/* ---------- driving ---------- */

static int load_text(loader *L, const char *base, const char *dir, const char *text, size_t len)
{
    L->nhdr = 0;
    L->line = 0;
    size_t i = 0;
    bool header_seen = false;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n') {
            e++;
        }
        L->line++;
        const char *s = text + i;
        size_t n = e - i;
        i = e + 1;
        if (n && s[n - 1] == '\r') {
            n--;
        }
        if (n == 0) {
            continue;
        }
        if (!px_utf8_valid(s, n)) {
            /* a Latin-1 or Windows-1252 export: its names would never match UTF-8 text,
             * and would put invalid UTF-8 in records */
            return fail(L, "not UTF-8 (save the file as UTF-8)");
        }
        if (s[0] == '#') {
            if (!header_seen) {
                /* "# col1<TAB>col2 ..." names the columns */
                header_seen = true;
                cols h;
                size_t off = 1;
                while (off < n && s[off] == ' ') {
                    off++;
                }
                split_tabs(s + off, n - off, &h);
                L->nhdr = 0;
                for (int k = 0; k < h.nc && k < MAXCOL; k++) {
                    px_copy(L->hdr[k], sizeof L->hdr[k], h.p[k], h.n[k]);
                    L->nhdr++;
                }
            }
            continue;
        }
        cols c;
        split_tabs(s, n, &c);
        if (c.nc == 0 || c.n[0] == 0) {
            continue;
        }
        int rc = 0;
        if (strcmp(dir, "data") == 0) {
            rc = load_data(L, &c, base);
        } else if (strcmp(base, "triggers.tsv") == 0) {
            rc = load_triggers(L, &c);
        } else if (strcmp(base, "cues.tsv") == 0) {
            rc = load_cues(L, &c);
        } else if (strcmp(base, "timewords.tsv") == 0) {
            rc = load_timewords(L, &c);
        } else if (strcmp(base, "gaz.tsv") == 0) {
            rc = load_gaz(L, &c);
        } else if (strcmp(base, "actors.tsv") == 0 || strcmp(dir, "user") == 0) {
            rc = load_actor(L, &c);
        }
        if (rc != 0) {
            return -1;
        }
    }
    return 0;
}

static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    px_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > ((size_t)256 << 20) || px_buf_add(&b, chunk, n) != 0) {
            snprintf(err, errlen, "%s:0: file too large or out of memory", path);
            fclose(f);
            px_buf_free(&b);
            return NULL;
        }
    }
    bool bad = ferror(f) != 0;
    fclose(f);
    if (bad) {
        snprintf(err, errlen, "%s:0: read error", path);
        px_buf_free(&b);
        return NULL;
    }
    if (!b.p && px_buf_add(&b, "", 0) != 0) {
        return NULL;
    }
    *len = b.len;
    return b.p;
}

static int load_one(loader *L, const char *name, const char *text, size_t len)
{
    char dir[16];
    const char *slash = strchr(name, '/');
    if (!slash) {
        return 0;
    }
    px_copy(dir, sizeof dir, name, (size_t)(slash - name));
    const char *base = slash + 1;
    const px_options *o = &L->ctx->opts;
    char path[1024];
    char *owned = NULL;
    L->fname = name;
    if (o->data_dir && *o->data_dir) {
        int w = snprintf(path, sizeof path, "%s/%s", o->data_dir, base);
        FILE *f = w > 0 && (size_t)w < sizeof path ? fopen(path, "rb") : NULL;
        if (f) {
            fclose(f);
            owned = read_file(path, &len, L->err, L->errlen);
            if (!owned) {
                return -1;
            }
            text = owned;
            L->fname = path;
        }
    }
    int rc = load_text(L, base, dir, text, len);
    free(owned);
    return rc;
}

const char *px_country_name(const px_ctx *ctx, const char *iso3)
{
    for (size_t k = 0; k < ctx->nisos; k++) {
        if (px_streq(ctx->isos[k].iso, iso3)) {
            return px_gaz_cstr(ctx->gaz, ctx->isos[k].name);
        }
    }
    return "";
}

const px_entry *px_office_holder(const px_ctx *ctx, const char *iso3, const char *title, int ymd)
{
    const px_office *found = NULL;
    for (size_t k = 0; k < ctx->noffices; k++) {
        const px_office *o = &ctx->offices[k];
        if (memcmp(o->iso, iso3, 4) != 0 || (o->valid_from && ymd < o->valid_from) ||
            (o->valid_to && ymd > o->valid_to) ||
            strcmp(px_gaz_cstr(ctx->gaz, o->title), title) != 0) {
            continue;
        }
        if (found && found->name != o->name) {
            return NULL; /* two holders of one office on that day: the data cannot say */
        }
        found = o;
    }
    return found ? px_gaz_entry_at(ctx->gaz, found->entry) : NULL;
}

/* name's last word, or the one before a generational suffix ("Ferdinand Marcos Jr.") */
static bool office_name_has(const char *nm, const char *word, size_t wl)
{
    const char *sp = strchr(nm, ' ');
    if (sp && (size_t)(sp - nm) == wl && strncasecmp(nm, word, wl) == 0) {
        return true;
    }
    size_t n = strlen(nm);
    for (int pass = 0; pass < 2 && n > 0; pass++) {
        size_t b = n;
        while (b > 0 && nm[b - 1] != ' ') {
            b--;
        }
        if (b == 0) {
            return false; /* one word: the first-word test above */
        }
        if (n - b == wl && strncasecmp(nm + b, word, wl) == 0) {
            return true;
        }
        const char *last = nm + b;
        size_t ll = n - b;
        bool suffix = (ll == 3 && strncmp(last, "Jr.", 3) == 0) ||
                      (ll == 3 && strncmp(last, "Sr.", 3) == 0) ||
                      (ll == 2 && strncmp(last, "Jr", 2) == 0) ||
                      (ll == 2 && strncmp(last, "II", 2) == 0) ||
                      (ll == 3 && strncmp(last, "III", 3) == 0);
        if (!suffix) {
            return false;
        }
        n = b - 1; /* the word before the suffix */
    }
    return false;
}

const px_entry *px_office_by_word(const px_ctx *ctx, const char *iso3, const char *word, int ymd,
                                  const char *title)
{
    size_t wl = strlen(word);
    /* with a title ("Chinese Foreign Minister Wang"), that office's holders first */
    for (int pass = title && title[0] ? 0 : 1; pass < 2; pass++) {
        const px_office *found = NULL;
        bool two = false;
        for (size_t k = 0; k < ctx->noffices && wl && !two; k++) {
            const px_office *o = &ctx->offices[k];
            if (memcmp(o->iso, iso3, 4) != 0 || (o->valid_from && ymd < o->valid_from) ||
                (o->valid_to && ymd > o->valid_to) ||
                (pass == 0 && strcmp(px_gaz_cstr(ctx->gaz, o->title), title) != 0)) {
                continue;
            }
            if (!office_name_has(px_gaz_cstr(ctx->gaz, o->name), word, wl)) {
                continue;
            }
            if (found && found->name != o->name) {
                two = true; /* two of that name: the data cannot say */
            }
            found = o;
        }
        if (found && !two) {
            return px_gaz_entry_at(ctx->gaz, found->entry);
        }
        if (two) {
            return NULL;
        }
    }
    return NULL;
}

const px_entry *px_country_capital(const px_ctx *ctx, const char *iso3)
{
    for (size_t k = 0; k < ctx->nisos; k++) {
        if (px_streq(ctx->isos[k].iso, iso3)) {
            return ctx->isos[k].capital;
        }
    }
    return NULL;
}

int px_lexicon_load(px_ctx *ctx, const px_options *opts, const px_embedded_file *files,
                    char *err, size_t errlen)
{
    loader L;
    memset(&L, 0, sizeof L);
    L.ctx = ctx;
    L.err = err;
    L.errlen = errlen;
    /* data/ first so the generated gazetteer wins over the lexicon/gaz.tsv supplement */
    for (int pass = 0; pass < 2; pass++) {
        for (const px_embedded_file *f = files; f->name; f++) {
            bool is_data = strncmp(f->name, "data/", 5) == 0;
            if ((pass == 0) != is_data) {
                continue;
            }
            if (load_one(&L, f->name, (const char *)f->data, f->len) != 0) {
                return -1;
            }
        }
    }
    px_gaz_fix_capitals(ctx->gaz);

    if (opts && opts->actors_file && *opts->actors_file) {
        size_t len;
        char *text = read_file(opts->actors_file, &len, err, errlen);
        if (!text) {
            return -1;
        }
        L.fname = opts->actors_file;
        /* user entries must win: they are added again at the front by priority flag; read
         * before the indexes below, which hold entries the gazetteer's growth would move */
        int rc = load_text(&L, "actors.tsv", "user", text, len);
        free(text);
        if (rc != 0) {
            return -1;
        }
    }
    /* ISO3 -> canonical name, first country entry wins (data/countries.tsv) */
    size_t ne = px_gaz_nentries(ctx->gaz);
    ctx->isos = calloc(300, sizeof *ctx->isos);
    if (!ctx->isos) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (size_t i = 1; i < ne && ctx->nisos < 300; i++) {
        const px_entry *e = px_gaz_entry_at(ctx->gaz, i);
        if (e->kind != K_COUNTRY || !e->s[1] || !e->s[0]) {
            continue;
        }
        const char *iso = px_gaz_cstr(ctx->gaz, e->s[1]);
        if (strlen(iso) != 3) {
            continue;
        }
        bool seen = false;
        for (size_t k = 0; k < ctx->nisos; k++) {
            if (strcmp(ctx->isos[k].iso, iso) == 0) {
                seen = true;
                break;
            }
        }
        if (!seen) {
            memcpy(ctx->isos[ctx->nisos].iso, iso, 4);
            ctx->isos[ctx->nisos].name = e->s[0];
            ctx->nisos++;
        }
    }
    /* each country's capital city ("the Turkish capital" is Ankara), first one wins */
    for (size_t i = 1; i < ne; i++) {
        const px_entry *e = px_gaz_entry_at(ctx->gaz, i);
        if (e->kind != K_CITY || !(e->sub & 1) || !e->s[1]) {
            continue;
        }
        const char *iso = px_gaz_cstr(ctx->gaz, e->s[1]);
        for (size_t k = 0; k < ctx->nisos; k++) {
            if (!ctx->isos[k].capital && strcmp(ctx->isos[k].iso, iso) == 0) {
                ctx->isos[k].capital = e;
                break;
            }
        }
    }
    /* the actor dictionary's office holders with a country and a title, once per term
     * (aliases repeat an entry): "the US president" on a given day */
    size_t np = 1;
    for (size_t i = 1; i < ne; i++) {
        np += px_gaz_entry_at(ctx->gaz, i)->kind == K_PERSON;
    }
    ctx->offices = calloc(np, sizeof *ctx->offices);
    if (!ctx->offices) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (size_t i = 1; i < ne; i++) {
        const px_entry *e = px_gaz_entry_at(ctx->gaz, i);
        if (e->kind != K_PERSON || !e->s[1] || !e->s[4]) {
            continue;
        }
        const char *iso = px_gaz_cstr(ctx->gaz, e->s[1]);
        if (strlen(iso) != 3) {
            continue;
        }
        /* a person's aliases follow its entry; a repeat elsewhere names the same holder,
         * which px_office_holder tells apart from a second one */
        const px_office *last = ctx->noffices ? &ctx->offices[ctx->noffices - 1] : NULL;
        if (!last || last->name != e->s[0] || last->valid_from != e->valid_from) {
            px_office *o = &ctx->offices[ctx->noffices++];
            memcpy(o->iso, iso, 4);
            o->title = e->s[4];
            o->name = e->s[0];
            o->valid_from = e->valid_from;
            o->valid_to = e->valid_to;
            o->entry = i;
        }
    }
    if (px_gaz_finish(ctx->gaz) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}
