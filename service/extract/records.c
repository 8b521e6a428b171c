/* records.c - turns sentence frames into parley.contact.v1 records: one record per
 * distinct event per article (same type, compatible parties and time => merged, with
 * `mentions` counted and the latest stage kept), CAMEO/PLOVER codes, stable event_id
 * (article id + parties + type + time bucket, unique within the article) and cluster_key
 * (no article id). */
#include "px_internal.h"

#include "jtext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct event {
    px_frame f;            /* the frame that carries the record's stage and evidence */
    int ents[PX_MAX_PARTIES * 2];
    uint8_t roles[PX_MAX_PARTIES * 2];
    int32_t ments[PX_MAX_PARTIES * 2];
    int nents;
    int mentions;
    int first_sent;
    bool dead;
    uint64_t eid[2], ck[2]; /* the record's event_id and cluster_key (set_ids) */
} event;

/* A contact with no place of its own in a story filed from a dateline: the place of an
 * occurred visit of the story, within three days of it, that one of its parties made to
 * another state than the dateline's (even a party of the dateline's state: "BEIJING - ...
 * Han also held talks with Sanchez ... Han is in Spain"); with no such visit, the place of
 * another occurred contact of those days in another state, where one of its parties is
 * foreign; else -1 when the dateline may be its place, or -2 when such a visit was made by
 * others and none of its parties is of the dateline's state. */
static int dateline_away(const px_doc *d, const event *evs, size_t nev, const event *ev)
{
    int32_t de = d->ments[d->dateline_place].ent;
    const char *dc = de >= 0 ? d->ents[de].country : "";
    if (!dc[0]) {
        return -1;
    }
    int other = -1, away = -1;
    for (size_t v = 0; v < nev; v++) {
        const px_frame *vf = &evs[v].f;
        /* (or a contact abroad of one of its parties: "DOHA - Qatar's prime minister has held
         * talks with Vance in Washington ... a day after the Qatari premier met Rubio") */
        bool abroad = vf->type != T_VISIT && vf->type != T_CALL && &evs[v] != ev;
        if (evs[v].dead || (vf->type != T_VISIT && !abroad) || vf->status != S_OCCURRED ||
            vf->loc_ment < 0 || d->ments[vf->loc_ment].ent < 0) {
            continue;
        }
        const char *vc = d->ents[d->ments[vf->loc_ment].ent].country;
        if (!vc[0] || strcmp(vc, dc) == 0) {
            continue;
        }
        /* (not a journey after the contact in its sentence: "also met President Faye
         * before leaving for Abidjan", "met X and then flew to Y") */
        uint32_t vt = vf->core_ts;
        if (vf->sent == ev->f.sent && vt > ev->f.core_te && vt >= 2 &&
            (px_tis(d, vt - 1, "before") || px_tis(d, vt - 1, "then") ||
             px_tis(d, vt - 2, "before") || px_tis(d, vt - 2, "then"))) {
            continue;
        }
        if (ev->f.time.set && vf->time.set &&
            abs(px_days_from_civil(ev->f.time.y0, ev->f.time.m0, ev->f.time.d0) -
                px_days_from_civil(vf->time.y0, vf->time.m0, vf->time.d0)) > 3) {
            continue;
        }
        if (!ev->f.time.set && vf->time.set && d->pub_y &&
            px_days_from_civil(vf->time.y1, vf->time.m1, vf->time.d1) <
                px_days_from_civil(d->pub_y, d->pub_m, d->pub_d) - 3) {
            continue;
        }
        for (int i = 0; i < ev->nents; i++) {
            for (int q = 0; q < evs[v].nents; q++) {
                if (ev->ents[i] >= 0 && ev->ents[i] == evs[v].ents[q] && abroad &&
                    d->ents[ev->ents[i]].country[0] &&
                    strcmp(d->ents[ev->ents[i]].country, vc) != 0) {
                    away = away < 0 ? vf->loc_ment : away; /* (a visit's place first) */
                } else if (ev->ents[i] >= 0 && ev->ents[i] == evs[v].ents[q] && !abroad &&
                           evs[v].roles[q] == R_SOURCE) {
                    return vf->loc_ment;
                }
            }
        }
        other = abroad ? other : -2;
    }
    if (away >= 0) {
        return away;
    }
    for (int i = 0; i < ev->nents; i++) {
        if (ev->ents[i] >= 0 && strcmp(d->ents[ev->ents[i]].country, dc) == 0) {
            return -1; /* (a party of the dateline's state: it may well be there) */
        }
    }
    return other;
}

/* ---------- the record writer ----------
 * A record is written once, member by member in schema order, either into a jansson
 * tree (px_extract) or as compact JSON text (px_extract_text, through jtext): one
 * description of the schema for both. Keys are ASCII literals. Strings taken from the
 * article are UTF-8 the caller has validated (extract.h) and cut only at character
 * boundaries; the text form trusts that, the tree's checked constructors still check it
 * (a string they refused would become null; fuzz_extract compares the two forms). */
#define RW_DEPTH 6

typedef struct rw {
    jtext *t;                   /* text mode when set */
    json_t *stack[RW_DEPTH];    /* tree mode: the open containers */
    bool more[RW_DEPTH];        /* text mode: this level has a member already */
    int depth;
    const char *key;            /* tree mode: the member name of the next value */
    json_t *root;               /* tree mode: the finished record */
    bool bad;
} rw;

static void w_tree_add(rw *w, json_t *v)
{
    if (w->bad) {
        json_decref(v);
        return;
    }
    if (!v || w->depth == 0) {
        if (!v || w->root) {
            w->bad = true;
            json_decref(v);
        } else {
            w->root = v;
        }
        return;
    }
    json_t *top = w->stack[w->depth - 1];
    int rc = json_is_object(top) ? json_object_set_new_nocheck(top, w->key, v)
                                 : json_array_append_new(top, v);
    if (rc != 0) {
        w->bad = true;
    }
}

/* the separator before an array element (an object member's comes with its key) */
static void w_elem(rw *w)
{
    if (w->t && w->depth > 0 && !w->key) {
        if (w->more[w->depth - 1]) {
            jtext_putc(w->t, ',');
        }
        w->more[w->depth - 1] = true;
    }
    w->key = NULL;
}

/* An object member's key k, a string literal: text is ,"k": (n bytes), written from its
 * comma or from its quote with one copy. */
static void w_key_text(rw *w, const char *k, const char *text, size_t n)
{
    if (w->t && w->depth > 0) {
        bool more = w->more[w->depth - 1];
        w->more[w->depth - 1] = true;
        jtext_put(w->t, more ? text : text + 1, more ? n : n - 1);
    }
    w->key = k;
}

#define w_key(w, lit) w_key_text((w), lit, ",\"" lit "\":", sizeof(lit) + 3)

static void w_open(rw *w, bool object)
{
    if (w->depth == RW_DEPTH) {
        w->bad = true;
        return;
    }
    if (w->t) {
        w_elem(w);
        jtext_putc(w->t, object ? '{' : '[');
        w->more[w->depth++] = false;
        return;
    }
    json_t *c = object ? json_object() : json_array();
    w_tree_add(w, c); /* takes c; on failure frees it and sets bad */
    w->key = NULL;
    w->stack[w->depth++] = w->bad ? NULL : c;
}

static void w_close(rw *w, bool object)
{
    if (w->depth == 0) {
        w->bad = true;
        return;
    }
    w->depth--;
    if (w->t) {
        jtext_putc(w->t, object ? '}' : ']');
    }
}

static void w_value(rw *w, json_t *v, const char *lit, size_t litlen)
{
    if (w->t) {
        w_elem(w);
        jtext_put(w->t, lit, litlen);
        return;
    }
    w_tree_add(w, v);
    w->key = NULL;
}

static void w_null(rw *w)
{
    w_value(w, w->t ? NULL : json_null(), "null", 4);
}

static void w_bool(rw *w, bool b)
{
    w_value(w, w->t ? NULL : json_boolean(b), b ? "true" : "false", b ? 4 : 5);
}

static void w_int(rw *w, long long v)
{
    if (w->t) {
        w_elem(w);
        jtext_int(w->t, v);
        return;
    }
    w_tree_add(w, json_integer(v));
    w->key = NULL;
}

static void w_real(rw *w, double v)
{
    if (w->t) {
        w_elem(w);
        jtext_real(w->t, v);
        return;
    }
    w_tree_add(w, json_real(v));
    w->key = NULL;
}

/* n / 10^scale (micro-degrees, hundredths) as w_real writes that double */
static void w_decimal(rw *w, long long n, int scale)
{
    if (w->t) {
        w_elem(w);
        jtext_decimal(w->t, n, scale);
        return;
    }
    double q = 1.0;
    for (int i = 0; i < scale; i++) {
        q *= 10.0; /* (exact) */
    }
    w_real(w, (double)n / q);
}

/* UTF-8 from the article or the data files */
static void w_strn(rw *w, const char *s, size_t n)
{
    if (w->t) {
        w_elem(w);
        jtext_string(w->t, s, n);
        return;
    }
    json_t *v = json_stringn(s, n);
    w_tree_add(w, v ? v : json_null());
    w->key = NULL;
}

static void w_str(rw *w, const char *s)
{
    w_strn(w, s, strlen(s));
}

/* an ASCII code made here */
static void w_ascii(rw *w, const char *s)
{
    if (w->t) {
        w_strn(w, s, strlen(s));
        return;
    }
    w_tree_add(w, json_string_nocheck(s));
    w->key = NULL;
}

static void w_ascii_or_null(rw *w, const char *s)
{
    if (s && *s) {
        w_ascii(w, s);
    } else {
        w_null(w);
    }
}

static void w_str_or_null(rw *w, const char *s)
{
    if (s && *s) {
        w_str(w, s);
    } else {
        w_null(w);
    }
}

/* "YYYY-MM-DD" (or "YYYY-MM" with d < 0) without snprintf */
static void fmt_ymd(char *o, int y, int m, int d)
{
    if (y < 0 || y > 9999) {
        y = 0;
    }
    o[0] = (char)('0' + y / 1000 % 10);
    o[1] = (char)('0' + y / 100 % 10);
    o[2] = (char)('0' + y / 10 % 10);
    o[3] = (char)('0' + y % 10);
    o[4] = '-';
    o[5] = (char)('0' + (m / 10) % 10);
    o[6] = (char)('0' + m % 10);
    if (d < 0) {
        o[7] = '\0';
        return;
    }
    o[7] = '-';
    o[8] = (char)('0' + (d / 10) % 10);
    o[9] = (char)('0' + d % 10);
    o[10] = '\0';
}

const char *px_type_name(int t)
{
    static const char *const n[] = {"", "meet", "visit", "host", "call", "negotiate", "attend",
                                    "negotiate"};
    return t > 0 && t <= T_MEDIATE ? n[t] : "meet";
}

const char *px_status_name(int s)
{
    static const char *const n[] = {"",         "occurred",  "planned",   "proposed", "agreed",
                                    "declined", "cancelled", "postponed", "not_occurred"};
    return s > 0 && s <= S_NOT_OCCURRED ? n[s] : "occurred";
}

static int stage_rank(int s)
{
    switch (s) {
    case S_PROPOSED: return 1;
    case S_AGREED: return 2;
    case S_PLANNED: return 2;
    case S_DECLINED: return 3;
    case S_POSTPONED: return 3;
    case S_CANCELLED: return 4;
    case S_NOT_OCCURRED: return 4;
    case S_OCCURRED: return 5;
    default: return 0;
    }
}

/* a time's first and last day as day numbers, worked out once for a frame compared with
 * every event before it (and kept for each event in its ev_key) */
typedef struct {
    bool set;
    int d0, d1;
} day_span;

static day_span span_of(const px_time *t)
{
    day_span s = {t->set, 0, 0};
    if (t->set) {
        s.d0 = px_days_from_civil(t->y0, t->m0, t->d0);
        s.d1 = px_days_from_civil(t->y1, t->m1, t->d1);
    }
    return s;
}

static bool time_compatible(day_span a, day_span b)
{
    if (!a.set || !b.set) {
        return true;
    }
    return a.d0 <= b.d1 + 3 && b.d0 <= a.d1 + 3;
}

static bool status_compatible(int a, int b)
{
    /* an occurred meeting is not the declined one; other stages follow each other */
    bool ao = a == S_OCCURRED, bo = b == S_OCCURRED;
    return ao == bo || (a == S_PLANNED || b == S_PLANNED) == false ? ao == bo : true;
}

/* ---------- codes ---------- */

static const char *cameo_for(const px_doc *d, const px_frame *f, const event *ev)
{
    bool med = f->mediation;
    switch (f->status) {
    case S_OCCURRED:
        if (med) {
            return "045";
        }
        switch (f->type) {
        case T_VISIT: return "042";
        case T_HOST: return "043";
        case T_CALL: return "041";
        case T_NEGOTIATE: return "046";
        case T_ATTEND: return "040";
        default: break;
        }
        /* meeting at a third location */
        if (f->loc_ment >= 0) {
            const px_ent *le = &d->ents[d->ments[f->loc_ment].ent];
            if (le->country[0]) {
                bool third = true;
                bool anyc = false;
                for (int i = 0; i < ev->nents; i++) {
                    const px_ent *e = &d->ents[ev->ents[i]];
                    if (e->country[0]) {
                        anyc = true;
                    }
                    if (strcmp(e->country, le->country) == 0) {
                        third = false;
                    }
                }
                if (third && anyc) {
                    return "044";
                }
            }
        }
        return "040";
    case S_PLANNED:
        return med ? "039" : "036";
    case S_AGREED:
        return med ? "038" : "036";
    case S_PROPOSED:
        if (f->dec_class == 2) {
            return med ? "108" : "106";
        }
        if (f->dec_class == 3) {
            return med ? "039" : "036";
        }
        return med ? "028" : "026";
    case S_DECLINED:
        return med ? "126" : "125";
    case S_CANCELLED:
        if (med) {
            return "165";
        }
        return f->type == T_NEGOTIATE ? "164" : "161";
    default:
        return NULL;
    }
}

static void plover_for(rw *w, const char *cameo, const px_frame *f)
{
    const char *type = NULL, *mode = NULL;
    switch (f->status) {
    case S_OCCURRED:
        type = "CONSULT";
        if (f->type == T_VISIT || f->type == T_HOST) {
            mode = "visit";
        } else if (f->type == T_CALL) {
            mode = "phone";
        } else if (cameo && px_streq(cameo, "044")) {
            mode = "third-party";
        } else if (f->type == T_ATTEND || f->nparties > 2) {
            mode = "multilateral";
        }
        break;
    case S_PLANNED:
    case S_AGREED:
        type = "AGREE";
        mode = f->type == T_VISIT ? "visit" : "meet";
        break;
    case S_PROPOSED:
        type = f->dec_class == 2 ? "DEMAND" : f->dec_class == 3 ? "AGREE" : "REQUEST";
        mode = "meet";
        break;
    case S_DECLINED:
        type = "REJECT";
        mode = f->mediation ? "mediate" : "meet";
        break;
    case S_CANCELLED:
        type = "SANCTION";
        mode = "meet";
        break;
    default:
        w_null(w);
        return;
    }
    w_open(w, true);
    w_key(w, "type");
    w_ascii(w, type);
    w_key(w, "mode");
    w_ascii_or_null(w, mode);
    w_close(w, true);
}

/* ---------- helpers ---------- */

static void span(rw *w, uint32_t s, uint32_t e)
{
    if (w->t && !w->bad && w->depth < RW_DEPTH) { /* text: "[s,e]" in one piece */
        char b[2 * JTEXT_INT_MAX + 3];
        size_t n = 0;
        b[n++] = '[';
        n += jtext_int_fmt(b + n, s);
        b[n++] = ',';
        n += jtext_int_fmt(b + n, e);
        b[n++] = ']';
        w_elem(w);
        jtext_put(w->t, b, n);
        return;
    }
    w_open(w, false);
    w_int(w, s);
    w_int(w, e);
    w_close(w, false);
}

static void text_of(rw *w, const px_doc *d, uint32_t ts, uint32_t te)
{
    if (te <= ts) {
        w_strn(w, "", 0);
        return;
    }
    size_t s = d->toks[ts].s, e = d->toks[te - 1].e;
    w_strn(w, d->text + s, e - s);
}

static void key_cat(char *buf, size_t cap, size_t *o, const char *s)
{
    size_t n = strlen(s);
    if (*o + n >= cap) {
        n = cap - 1 - *o;
    }
    memcpy(buf + *o, s, n);
    *o += n;
    buf[*o] = '\0';
}

static void party_key(const px_ent *e, char *buf, size_t cap, bool cluster)
{
    size_t o = 0;
    buf[0] = '\0';
    if (e->kind == MK_PERSON) {
        key_cat(buf, cap, &o, "P:");
        if (cluster) {
            key_cat(buf, cap, &o, e->country);
            key_cat(buf, cap, &o, ":");
            key_cat(buf, cap, &o, e->surname[0] ? e->surname : e->name);
        } else {
            key_cat(buf, cap, &o, e->name);
        }
    } else if (e->country[0] && e->kind != MK_ORG) {
        key_cat(buf, cap, &o, "S:");
        key_cat(buf, cap, &o, e->country);
    } else {
        key_cat(buf, cap, &o, "O:");
        key_cat(buf, cap, &o, e->code[0] ? e->code : e->name);
    }
    for (char *p = buf; *p; p++) {
        if (*p >= 'A' && *p <= 'Z' && p > buf + 1) {
            *p = (char)(*p + 32);
        }
    }
}

/* the n strings of v in strcmp order (a few parties: insertion sort, no qsort call) */
static void sort_strs(const char **v, int n)
{
    for (int i = 1; i < n; i++) {
        const char *x = v[i];
        int j = i;
        while (j > 0 && strcmp(v[j - 1], x) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

static void hex_id(uint64_t a, uint64_t b, char out[33])
{
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i] = hx[(a >> (60 - 4 * i)) & 15];
        out[16 + i] = hx[(b >> (60 - 4 * i)) & 15];
    }
    out[32] = '\0';
}

static void hash_str(px_hash2 *h, const char *s)
{
    px_hash2_add(h, s, strlen(s));
}

/* The event id hashes "article id \x1f party keys (each + \x1e, sorted) \x1f type \x1f
 * month" (and "\x1f#k" for the k-th later record of an article with the same id: set_ids);
 * the cluster key "cluster party keys \x1f type \x1f month" (the publication month when no
 * time was read). Each is px_hash64 of that text with two seeds, fed in pieces. ck may be
 * NULL. */
static void make_ids(const px_doc *d, const event *ev, int k, uint64_t eid[2], uint64_t ck[2])
{
    char keys[PX_MAX_PARTIES * 2][128];
    char ckeys[PX_MAX_PARTIES * 2][128];
    const char *kp[PX_MAX_PARTIES * 2];
    const char *ckp[PX_MAX_PARTIES * 2];
    int n = 0;
    for (int i = 0; i < ev->nents; i++) {
        const px_ent *e = &d->ents[ev->ents[i]];
        party_key(e, keys[n], sizeof keys[n], false);
        party_key(e, ckeys[n], sizeof ckeys[n], true);
        kp[n] = keys[n];
        ckp[n] = ckeys[n];
        n++;
    }
    sort_strs(kp, n);
    sort_strs(ckp, n);
    char bucket[16];
    const px_time *t = &ev->f.time;
    if (t->set) {
        fmt_ymd(bucket, t->y0, t->m0, -1);
    } else {
        memcpy(bucket, "none", 5);
    }
    const uint64_t seed_a = 0x5061726c6579ULL, seed_b = 0x636f6e74616374ULL;
    px_hash2 b, c;
    px_hash2_init(&b, seed_a, seed_b);
    px_hash2_init(&c, seed_a, seed_b);
    hash_str(&b, d->art->id);
    px_hash2_add(&b, "\x1f", 1);
    for (int i = 0; i < n; i++) {
        hash_str(&b, kp[i]);
        px_hash2_add(&b, "\x1e", 1);
        hash_str(&c, ckp[i]);
        px_hash2_add(&c, "\x1e", 1);
    }
    const char *type = px_type_name(ev->f.type);
    px_hash2_add(&b, "\x1f", 1);
    hash_str(&b, type);
    px_hash2_add(&b, "\x1f", 1);
    hash_str(&b, bucket);
    if (k > 0) {
        char sfx[24];
        int len = snprintf(sfx, sizeof sfx, "\x1f#%d", k);
        px_hash2_add(&b, sfx, (size_t)len);
    }
    px_hash2_end(&b, &eid[0], &eid[1]);
    if (!ck) {
        return;
    }
    px_hash2_add(&c, "\x1f", 1);
    hash_str(&c, type);
    px_hash2_add(&c, "\x1f", 1);
    if (t->set) {
        hash_str(&c, bucket);
    } else if (d->pub_y) {
        char pb[16];
        fmt_ymd(pb, d->pub_y, d->pub_m, -1);
        hash_str(&c, pb);
    }
    px_hash2_end(&c, &ck[0], &ck[1]);
}

typedef struct id_ix {
    uint64_t a, b;
    size_t j;
} id_ix;

static int cmp_id_ix(const void *x, const void *y)
{
    const id_ix *p = x, *q = y;
    if (p->a != q->a) {
        return p->a < q->a ? -1 : 1;
    }
    if (p->b != q->b) {
        return p->b < q->b ? -1 : 1;
    }
    return p->j < q->j ? -1 : p->j > q->j;
}

/* The index in e of its first party of a role, or -1. */
static int ev_role(const event *e, int role)
{
    for (int k = 0; k < e->nents; k++) {
        if (e->roles[k] == role) {
            return k;
        }
    }
    return -1;
}

/* A planned leg of a trip the story reports under way, to a place the gazetteer lacks, is a
 * visit to the state of that trip: "Modi held talks with Dissanayake ... on his state visit
 * to Sri Lanka. Modi is scheduled to travel to Anuradhapura on Sunday" is Modi's `planned`
 * visit to Sri Lanka, at Anuradhapura (as a planned leg to a listed place is: "will travel to
 * Chengdu on Friday"). The trip under way: the traveller's `occurred` visit to another state,
 * undated or at most three days before the dispatch. */
static void trip_legs(const px_doc *d, event *evs, size_t nev)
{
    int pub = d->pub_y ? px_days_from_civil(d->pub_y, d->pub_m, d->pub_d) : 0;
    for (size_t j = 0; j < nev; j++) {
        event *e = &evs[j];
        if (e->dead || e->f.type != T_VISIT || e->f.status != S_PLANNED) {
            continue;
        }
        int sk = ev_role(e, R_SOURCE), tk = ev_role(e, R_TARGET);
        int src = sk >= 0 ? e->ents[sk] : -1;
        if (src < 0 || tk < 0 || e->ents[tk] < 0 || !d->ents[src].country[0]) {
            continue;
        }
        const px_ent *te = &d->ents[e->ents[tk]];
        if (te->kind != MK_UNKNOWN && !(te->kind == MK_PLACE && !te->country[0])) {
            continue;
        }
        for (size_t i = 0; i < nev; i++) {
            const event *v = &evs[i];
            if (i == j || v->dead || v->f.type != T_VISIT || v->f.status != S_OCCURRED) {
                continue;
            }
            int vsk = ev_role(v, R_SOURCE), vk = ev_role(v, R_TARGET);
            int vs = vsk >= 0 ? v->ents[vsk] : -1;
            const px_ent *ve = vk >= 0 && v->ents[vk] >= 0 ? &d->ents[v->ents[vk]] : NULL;
            if (vs != src || !ve || ve->kind != MK_STATE || !ve->country[0] ||
                px_streq(ve->country, d->ents[src].country)) {
                continue;
            }
            if (v->f.time.set && pub &&
                (px_days_from_civil(v->f.time.y1, v->f.time.m1, v->f.time.d1) < pub - 3 ||
                 px_days_from_civil(v->f.time.y0, v->f.time.m0, v->f.time.d0) > pub)) {
                continue;
            }
            if (e->f.loc_ment < 0) {
                e->f.loc_ment = e->ments[tk]; /* (the place stays where) */
            }
            e->ents[tk] = v->ents[vk];
            e->ments[tk] = v->ments[vk];
            break;
        }
    }
}

/* A trip made "for the meeting" (or "the talks") its traveller holds in that sentence is that
 * contact (a trip for talks is the talks): "Zelensky, who flew to Florida for the meeting,
 * held talks with Trump at Mar-a-Lago" is the talks alone, at Mar-a-Lago. */
static int ev_find(const event *ev, int ent);

static void trip_for_contact(const px_doc *d, event *evs, size_t nev)
{
    for (size_t j = 0; j < nev; j++) {
        event *v = &evs[j];
        if (v->dead || v->f.type != T_VISIT || v->f.loc_ment < 0 || !v->f.rule ||
            strncmp(v->f.rule, "motion_verb", 11) != 0 || v->f.rule[11] != '\0') {
            continue;
        }
        uint32_t q = d->ments[v->f.loc_ment].te;
        if (q + 2 >= d->ntok || !px_tis(d, q, "for") ||
            !(px_tis(d, q + 1, "the") || px_tis(d, q + 1, "this"))) {
            continue;
        }
        uint32_t nq = q + 2;
        if (!(px_tis(d, nq, "meeting") || px_tis(d, nq, "talks") ||
              px_tis(d, nq, "negotiations")) ||
            (nq + 1 < d->ntok && (px_tis(d, nq + 1, "with") || px_tis(d, nq + 1, "between") ||
                                  px_tis(d, nq + 1, "of")))) {
            continue;
        }
        int sk = ev_role(v, R_SOURCE);
        int src = sk >= 0 ? v->ents[sk] : -1;
        for (size_t i = 0; src >= 0 && i < nev; i++) {
            event *e = &evs[i];
            if (i == j || e->dead || e->first_sent != v->first_sent || e->f.status != v->f.status ||
                (e->f.type != T_MEET && e->f.type != T_NEGOTIATE) || ev_find(e, src) < 0) {
                continue;
            }
            v->dead = true;
            break;
        }
    }
}

/* The ids of the records px_records writes (the first max live events). Two distinct
 * records of one article can hash alike: an occurred contact and one agreed for the same
 * month ("met ... in Geneva on Friday ... agreed to meet again in Dublin in March") are
 * never merged, but share parties, type and month. A reader that deduplicates on ce_id
 * would drop one, so each later record of such a group also hashes its place in it. */
static int set_ids(const px_doc *d, event *evs, size_t nev, size_t max)
{
    size_t n = 0;
    for (size_t j = 0; j < nev && n < max; j++) {
        if (!evs[j].dead) {
            make_ids(d, &evs[j], 0, evs[j].eid, evs[j].ck);
            n++;
        }
    }
    if (n < 2) {
        return 0;
    }
    id_ix *ix = malloc(n * sizeof *ix);
    if (!ix) {
        return -1;
    }
    size_t m = 0;
    for (size_t j = 0; j < nev && m < n; j++) {
        if (!evs[j].dead) {
            ix[m++] = (id_ix){evs[j].eid[0], evs[j].eid[1], j};
        }
    }
    qsort(ix, n, sizeof *ix, cmp_id_ix);
    for (size_t i = 0; i < n;) {
        size_t e = i + 1;
        while (e < n && ix[e].a == ix[i].a && ix[e].b == ix[i].b) {
            e++;
        }
        for (size_t g = i + 1; g < e; g++) {
            make_ids(d, &evs[ix[g].j], (int)(g - i), evs[ix[g].j].eid, NULL);
        }
        i = e;
    }
    free(ix);
    return 0;
}

static void time_json(rw *w, const px_time *t)
{
    static const char *const prec[] = {"", "day", "week", "month", "season", "year", "approximate"};
    if (!t->set) {
        w_null(w);
        return;
    }
    char a[16], b[16];
    fmt_ymd(a, t->y0, t->m0, t->d0);
    fmt_ymd(b, t->y1, t->m1, t->d1);
    w_open(w, true);
    w_key(w, "text");
    w_str(w, t->text);
    w_key(w, "start");
    w_ascii(w, a);
    w_key(w, "end");
    w_ascii(w, b);
    w_key(w, "precision");
    w_ascii(w, t->prec <= 6 ? prec[t->prec] : "approximate");
    w_close(w, true);
}

static void location_json(rw *w, const px_doc *d, const px_frame *f)
{
    if (f->loc_ment < 0 && !f->venue_te) {
        w_null(w);
        return;
    }
    const px_ent *le = f->loc_ment >= 0 ? &d->ents[d->ments[f->loc_ment].ent] : NULL;
    const char *venue_country = NULL;
    int32_t vlat = 0, vlon = 0;
    bool vll = false;
    if (f->venue_te) {
        uint32_t vl;
        const px_entry *ve = px_match_kind(d, f->venue_ts, K_VENUE, &vl);
        if (ve && vl == f->venue_te - f->venue_ts && ve->s[1]) {
            venue_country = px_gaz_cstr(d->ctx->gaz, ve->s[1]);
            vll = ve->flags & 1;
            vlat = ve->lat;
            vlon = ve->lon;
        }
    }
    w_open(w, true);
    w_key(w, "name");
    if (le) {
        w_str(w, le->name);
        w_key(w, "country");
        w_ascii_or_null(w, le->country);
    } else {
        if (f->venue_te) {
            text_of(w, d, f->venue_ts, f->venue_te);
        } else {
            w_null(w);
        }
        w_key(w, "country");
        w_ascii_or_null(w, venue_country);
    }
    w_key(w, "venue");
    if (f->venue_te) {
        text_of(w, d, f->venue_ts, f->venue_te);
    } else {
        w_null(w);
    }
    bool ll = le ? le->has_ll : vll;
    w_key(w, "lat");
    if (ll) {
        w_decimal(w, le ? le->lat : vlat, 6); /* the data's decimal, as near as a double is */
    } else {
        w_null(w);
    }
    w_key(w, "lon");
    if (ll) {
        w_decimal(w, le ? le->lon : vlon, 6);
    } else {
        w_null(w);
    }
    w_key(w, "span");
    if (le) {
        const px_ment *m = &d->ments[f->loc_ment];
        span(w, d->toks[m->ts].s, d->toks[m->te - 1].e);
    } else {
        span(w, d->toks[f->venue_ts].s, d->toks[f->venue_te - 1].e);
    }
    w_close(w, true);
}

static const char *role_name(int r)
{
    switch (r) {
    case R_SOURCE: return "source";
    case R_TARGET: return "target";
    case R_MEDIATOR: return "mediator";
    default: return "participant";
    }
}

/* Also notes each actor's role and country in rec (text mode) for the pipeline's keys. */
static void actors_json(rw *w, const px_doc *d, const event *ev, px_text_record *rec)
{
    w_open(w, false);
    /* sources first, then targets, mediators, participants */
    static const int order[] = {R_SOURCE, R_TARGET, R_MEDIATOR, R_PARTICIPANT};
    for (int o = 0; o < 4; o++) {
        for (int i = 0; i < ev->nents; i++) {
            if (ev->roles[i] != order[o]) {
                continue;
            }
            const px_ent *e = &d->ents[ev->ents[i]];
            const px_ment *m = &d->ments[ev->ments[i]];
            if (rec && rec->nactors < PX_TEXT_ACTORS) {
                rec->actor_role[rec->nactors] = role_name(ev->roles[i]);
                memcpy(rec->actor_country[rec->nactors], e->country, sizeof e->country);
                rec->nactors++;
            }
            w_open(w, true);
            w_key(w, "role");
            w_ascii(w, role_name(ev->roles[i]));
            w_key(w, "name");
            w_str(w, e->name);
            w_key(w, "title");
            w_str_or_null(w, e->title);
            w_key(w, "country");
            w_ascii_or_null(w, e->country);
            w_key(w, "sector");
            w_ascii_or_null(w, e->sector);
            w_key(w, "code");
            w_ascii_or_null(w, e->code);
            w_key(w, "text");
            text_of(w, d, m->ts, m->te);
            w_key(w, "span");
            span(w, d->toks[m->ts].s, d->toks[m->te - 1].e);
            w_key(w, "metadata");
            w_open(w, true);
            w_close(w, true);
            w_close(w, true);
        }
    }
    w_close(w, false);
}

static void trigger_text(rw *w, const px_doc *d, const px_frame *f)
{
    uint32_t a = f->trig_ts, b = f->core_te;
    if (b <= a) {
        text_of(w, d, f->core_ts, f->core_te);
        return;
    }
    if (b - a <= 8) {
        text_of(w, d, a, b);
        return;
    }
    /* "declined ... request for a meeting" */
    /* (when the core starts at the trigger, its last six words: "joined ... for the
     * inaugural ASEAN-GCC-China Summit") */
    uint32_t c = f->core_ts >= 3 && f->core_ts - 3 > a ? f->core_ts - 3
                 : b - 6 > a + 1                        ? b - 6
                                                        : a + 1;
    px_buf buf = {0};
    size_t s0 = d->toks[a].s, e0 = d->toks[a].e;
    (void)px_buf_add(&buf, d->text + s0, e0 - s0);
    (void)px_buf_adds(&buf, " ... ");
    size_t s1 = d->toks[c].s, e1 = d->toks[b - 1].e;
    (void)px_buf_add(&buf, d->text + s1, e1 - s1);
    w_strn(w, buf.p ? buf.p : "", buf.len);
    px_buf_free(&buf);
}

/* Writes one record. In text mode the members "first_report" and "duplicate_of" are
 * left out (stage B of the pipeline writes them) and rec gets their place and the
 * fields the pipeline routes on. */
static void record_json(rw *w, const px_doc *d, const event *ev, px_text_record *rec,
                        size_t start)
{
    const px_frame *f = &ev->f;
    const px_article *art = d->art;
    char eid[33], ck[33];
    hex_id(ev->eid[0], ev->eid[1], eid);
    hex_id(ev->ck[0], ev->ck[1], ck);
    w_open(w, true);
    w_key(w, "schema");
    w_ascii(w, "parley.contact.v1");
    w_key(w, "event_id");
    w_ascii(w, eid);
    w_key(w, "cluster_key");
    w_ascii(w, ck);
    w_key(w, "article");
    w_open(w, true);
    w_key(w, "id");
    w_str(w, art->id);
    w_key(w, "url");
    w_str_or_null(w, art->url);
    w_key(w, "source");
    w_str_or_null(w, art->source);
    w_key(w, "published_at");
    w_str_or_null(w, art->published_at);
    w_key(w, "title");
    w_str_or_null(w, art->title);
    w_close(w, true);
    w_key(w, "type");
    w_ascii(w, px_type_name(f->type));
    w_key(w, "status");
    w_ascii(w, px_status_name(f->status));
    const char *cameo = cameo_for(d, f, ev);
    w_key(w, "cameo");
    w_ascii_or_null(w, cameo);
    w_key(w, "plover");
    plover_for(w, cameo, f);
    w_key(w, "actors");
    actors_json(w, d, ev, rec);
    w_key(w, "location");
    location_json(w, d, f);
    w_key(w, "time");
    time_json(w, &f->time);
    const px_sent *s = &d->sents[f->sent];
    size_t ss = d->toks[s->tb].s, se = d->toks[s->te - 1].e;
    w_key(w, "evidence");
    w_open(w, true);
    w_key(w, "sentence");
    w_strn(w, d->text + ss, se - ss);
    w_key(w, "sentence_index");
    w_int(w, f->sent);
    w_key(w, "span");
    span(w, (uint32_t)ss, (uint32_t)se);
    w_key(w, "trigger");
    trigger_text(w, d, f);
    w_close(w, true);
    w_key(w, "mentions");
    w_int(w, ev->mentions);
    if (rec) {
        rec->first_report_at = w->t->n - start;
    } else {
        w_key(w, "first_report");
        w_bool(w, true);
        w_key(w, "duplicate_of");
        w_null(w);
    }
    w_key(w, "confidence");
    w_decimal(w, (int)(f->conf * 100.0f + 0.5f), 2); /* to two decimals */
    w_key(w, "extractor");
    w_open(w, true);
    w_key(w, "version");
    w_ascii(w, PX_VERSION);
    w_key(w, "rule");
    w_ascii(w, f->rule ? f->rule : "contact");
    w_close(w, true);
    w_key(w, "enrichment");
    w_open(w, true);
    w_key(w, "status");
    w_ascii(w, "none");
    w_key(w, "sources");
    w_open(w, false);
    w_close(w, false);
    w_close(w, true);
    w_close(w, true);
    if (rec) {
        memcpy(rec->event_id, eid, sizeof eid);
        memcpy(rec->cluster_key, ck, sizeof ck);
        rec->type = px_type_name(f->type);
        rec->status = px_status_name(f->status);
    }
}

/* ---------- records as text (px_extract_text) ---------- */

struct px_text_records {
    jtext text; /* the records one after another */
    px_text_record *v;
    size_t n, cap;
};

px_text_records *px_text_records_new(void)
{
    return calloc(1, sizeof(px_text_records));
}

void px_text_records_destroy(px_text_records *r)
{
    if (r) {
        free(r->text.b);
        free(r->v);
        free(r);
    }
}

size_t px_text_records_count(const px_text_records *r)
{
    return r ? r->n : 0;
}

const px_text_record *px_text_records_get(const px_text_records *r, size_t i)
{
    return r && i < r->n ? &r->v[i] : NULL;
}

static px_text_record *text_records_add(px_text_records *r)
{
    if (r->n == 0 && !jtext_grow(&r->text, 4096)) { /* a record is 1-2 KB */
        return NULL;
    }
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        px_text_record *nv = realloc(r->v, cap * sizeof *nv);
        if (!nv) {
            return NULL;
        }
        r->v = nv;
        r->cap = cap;
    }
    px_text_record *rec = &r->v[r->n++];
    memset(rec, 0, sizeof *rec);
    return rec;
}

/* Points each record at its text once the buffer stops moving: records are contiguous
 * and len holds each one's end. A record left unfinished by a failure is dropped. */
static void text_records_fix(px_text_records *r)
{
    size_t start = 0, n = 0;
    for (size_t i = 0; i < r->n; i++) {
        size_t end = r->v[i].len;
        if (end <= start || end > r->text.n || !r->text.b) {
            break;
        }
        r->v[i].json = r->text.b + start;
        r->v[i].len = end - start;
        start = end;
        n++;
    }
    r->n = n;
}

static int ev_find(const event *ev, int ent)
{
    for (int i = 0; i < ev->nents; i++) {
        if (ev->ents[i] == ent) {
            return i;
        }
    }
    return -1;
}


/* A headline names the sides by their states or their leaders ("Japan, South Korea leaders
 * agree to boost ties at summit"), the body by the people ("Takaichi and Lee met ..."): in a
 * record of the headline, the party at which a person of the body's record stands for that
 * person's state (the only party of that state there), else -1. So does a sentence that
 * names one contact at one stage twice, by states and by people (same_sent: "Iran will not
 * hold negotiations with the United States, Araqchi said, rebuffing an offer of talks from
 * Trump"). */
static int ev_find_headline(const px_doc *d, const event *e, int ent, bool same_sent)
{
    if (ent < 0 || (!same_sent && (e->first_sent != 0 || !px_headline_first(d)))) {
        return -1; /* (or the first sentence is no headline) */
    }
    const px_ent *p = &d->ents[ent];
    /* (a body's group too: "Russia, Ukraine hold first direct talks ... Russian and
     * Ukrainian delegations held their first direct peace talks") */
    /* (and an international body's officer for the body: "EU leaders meet Xi in Beijing ...
     * Costa and von der Leyen met Xi") */
    bool igo = !p->country[0] && !same_sent && p->kind == MK_PERSON &&
               strncmp(p->code, "IGO", 3) == 0;
    if ((p->kind != MK_PERSON && !(p->kind == MK_GROUP && !same_sent)) ||
        (!p->country[0] && !igo)) {
        return -1;
    }
    int at = -1;
    for (int i = 0; i < e->nents; i++) {
        if (e->ents[i] < 0 || e->ents[i] == ent) {
            continue;
        }
        const px_ent *q = &d->ents[e->ents[i]];
        if (igo ? !((q->kind == MK_ORG || q->kind == MK_GROUP) && px_streq(q->code, p->code))
                : !px_streq(q->country, p->country)) {
            continue;
        }
        if (at >= 0 || q->kind == MK_PERSON ||
            !(q->kind == MK_STATE || q->kind == MK_GROUP || (igo && q->kind == MK_ORG))) {
            return -1;
        }
        at = i;
    }
    return at;
}

/* A visit's host named two ways: "will visit Washington next week for talks with Secretary
 * of State Marco Rubio ... It will be Cho's second trip to the U.S." is one visit, to Rubio
 * and to the United States. In a visit's record, the target that is the state of the person
 * ent or the person of the state ent (the only party of that state there), else -1. */
static int ev_find_host(const px_doc *d, const event *e, int ent, int role)
{
    if (ent < 0 || role != R_TARGET || e->f.type != T_VISIT) {
        return -1;
    }
    const px_ent *p = &d->ents[ent];
    if ((p->kind != MK_PERSON && p->kind != MK_STATE) || !p->country[0]) {
        return -1;
    }
    int at = -1;
    for (int i = 0; i < e->nents; i++) {
        if (e->ents[i] < 0 || !px_streq(d->ents[e->ents[i]].country, p->country)) {
            continue;
        }
        const px_ent *q = &d->ents[e->ents[i]];
        bool other = p->kind == MK_PERSON ? q->kind == MK_STATE : q->kind == MK_PERSON;
        if (at >= 0 || !other || e->roles[i] != R_TARGET) {
            return -1;
        }
        at = i;
    }
    return at;
}

static void ev_from_frame(px_doc *d, event *ev, const px_frame *f)
{
    memset(ev, 0, sizeof *ev);
    ev->f = *f;
    ev->mentions = 1;
    ev->first_sent = f->sent;
    /* an unnamed office ("the Chinese defence minister") is its holder on the event's day */
    int ymd = f->time.set ? f->time.y0 * 10000 + f->time.m0 * 100 + f->time.d0 : 0;
    /* the office of a named person party, for "his Japanese counterpart" */
    char partner[64] = "";
    for (int i = 0; i < f->nparties && !partner[0]; i++) {
        int e = d->ments[f->parties[i].ment].ent;
        if (e >= 0 && d->ents[e].kind == MK_PERSON && d->ents[e].title[0] &&
            !px_streq(d->ents[e].title, "counterpart")) {
            px_copy(partner, sizeof partner, d->ents[e].title, strlen(d->ents[e].title));
        }
    }
    for (int i = 0; i < f->nparties; i++) {
        int ent = d->ments[f->parties[i].ment].ent;
        int oe = px_office_resolve(d, f->parties[i].ment, ymd, partner);
        if (oe >= 0) {
            ent = oe;
        }
        if (ev_find(ev, ent) >= 0) {
            continue;
        }
        ev->ents[ev->nents] = ent;
        ev->roles[ev->nents] = f->parties[i].role;
        ev->ments[ev->nents] = f->parties[i].ment;
        ev->nents++;
    }
}

/* "KABUL (AP) - ... Dar met Taliban Foreign Minister Amir Khan Muttaqi and Prime Minister
 * Mohammad Hassan Akhund": a head of state or government of no known state, met at the
 * dateline's capital the contact falls back to, is that state's (as for a place named in the
 * sentence, in the frames). */
static void head_of_place(px_doc *d, const px_frame *f)
{
    const px_ment *lm = &d->ments[f->loc_ment];
    if (lm->ent < 0) {
        return;
    }
    const px_ent *le = &d->ents[lm->ent];
    if (!le->country[0] || f->type == T_HOST ||
        !(px_streq(le->code, "CAPITAL") || px_streq(le->code, "COUNTRY") || lm->kind == MK_STATE ||
          px_match_kind(d, lm->ts, K_CAPITAL, NULL))) {
        return;
    }
    for (int q = 0; q < f->nparties; q++) {
        const px_ment *pm = &d->ments[f->parties[q].ment];
        if (pm->kind != MK_PERSON || pm->ent < 0 || f->parties[q].role == R_SOURCE) {
            continue;
        }
        px_ent *e = &d->ents[pm->ent];
        if (e->country[0] || !px_streq(e->sector, "GOV") || !px_head_title(e->title)) {
            continue;
        }
        memcpy(e->country, le->country, sizeof e->country);
        memcpy(e->code, e->country, 3);
        memcpy(e->code + 3, e->sector, 4);
    }
}

/* What the merge loop of px_records tests first, for every event before a frame, kept
 * apart from the events (a long article's thousands are scanned per frame): the type, the
 * days, and a mask with a bit per party (entity index mod 64, all bits for a headline's
 * record when the article opens with one), which holds a bit of every party the event ever
 * had, so that no common bit means no party in common. key_of renews it after each merge. */
typedef struct ev_key {
    uint64_t ents;
    day_span span;
    uint8_t type;
    bool mediation;
} ev_key;

/* "X received Y on Monday. During the meeting, the minister praised the ambassador's
 * efforts": a meeting named by a bare definite noun in a later sentence, of parties all in
 * an earlier record of a reception, a meeting or talks at the same stage, is that contact */
static bool anaphoric_meeting(const px_doc *d, const px_frame *f, const event *e)
{
    if (f->type != T_MEET || f->sent <= e->first_sent || f->time.set ||
        f->status != e->f.status || f->core_ts == 0 ||
        !(e->f.type == T_HOST || e->f.type == T_MEET || e->f.type == T_NEGOTIATE)) {
        return false;
    }
    /* (also the credentials presented at a reception just reported: "X received the newly
     * appointed Ambassador of Indonesia, Y ... The Ambassador presented a copy of her
     * credentials to the Minister") */
    bool cred = false;
    for (uint32_t q = f->core_ts; q < f->core_te && q < d->ntok && !cred; q++) {
        cred = px_streq(px_tkey(d, q), "credentials") || px_streq(px_tkey(d, q), "credence");
    }
    const char *det = px_tkey(d, f->core_ts - 1);
    const char *noun = px_tkey(d, f->core_ts);
    if (!cred && (f->core_te != f->core_ts + 1 || !px_streq(det, "the") ||
                  !(px_streq(noun, "meeting") || px_streq(noun, "talks")))) {
        return false;
    }
    for (int q = 0; q < f->nparties; q++) {
        if (ev_find(e, d->ments[f->parties[q].ment].ent) < 0) {
            return false;
        }
    }
    return f->nparties >= 2;
}

static uint64_t ent_bit(int ent)
{
    return (uint64_t)1 << ((unsigned)ent & 63u);
}

static void key_of(ev_key *k, const event *e, bool headline)
{
    k->type = e->f.type;
    k->mediation = e->f.mediation;
    k->span = span_of(&e->f.time);
    k->ents = headline ? ~(uint64_t)0 : k->ents;
    for (int i = 0; i < e->nents; i++) {
        k->ents |= ent_bit(e->ents[i]);
    }
}

int px_records(px_doc *d, json_t *out, px_text_records *tout)
{
    int rc = 0;
    size_t cap = d->nframe;
    event *evs = NULL;
    ev_key *keys = NULL;
    size_t bytes = cap * (sizeof *evs + sizeof *keys); /* keys follow the events */
    if (cap && d->sc) {
        /* the event table lives in the call's scratch and is reused */
        if (d->sc->evbytes < bytes) {
            void *ne = realloc(d->sc->evs, bytes);
            if (!ne) {
                return -1;
            }
            d->sc->evs = ne;
            d->sc->evbytes = bytes;
        }
        evs = d->sc->evs;
        memset(evs, 0, bytes);
    } else if (cap) {
        evs = calloc(1, bytes);
        if (!evs) {
            return -1;
        }
    }
    keys = cap ? (ev_key *)(evs + cap) : NULL;
    size_t nev = 0;
    bool hfirst = px_headline_first(d);
    for (size_t i = 0; i < d->nframe; i++) {
        const px_frame *f = &d->frames[i];
        if (f->nparties == 0) {
            continue;
        }
        event cand;
        ev_from_frame(d, &cand, f);
        day_span fspan = span_of(&f->time);
        uint64_t cmask = 0;
        for (int k = 0; k < cand.nents; k++) {
            cmask |= ent_bit(cand.ents[k]);
        }
        bool merged = false;
        for (size_t j = 0; j < nev && !merged; j++) {
            const ev_key *ek = &keys[j];
            event *e = &evs[j];
            bool same_sent = e->mentions == 1 && e->first_sent == f->sent &&
                             e->f.status == f->status;
            bool anaphor = ek->type != f->type && anaphoric_meeting(d, f, e);
            /* (a headline's talks, the body's mediated ones: "Iran, US hold fourth round of
             * talks in Muscat ... with Omani Foreign Minister Badr Albusaidi shuttling") */
            bool head_medi = e->first_sent == 0 && hfirst && f->sent > 0 && !ek->mediation &&
                             f->mediation;
            /* (a headline's meeting is the body's talks or reception of the same sides: "Dodik
             * meets Lavrov in Moscow ... Dodik held talks with Lavrov in Moscow on Tuesday") */
            bool head_kind = e->first_sent == 0 && hfirst && f->sent > 0 && e->mentions == 1 &&
                             ek->type == T_MEET &&
                             (f->type == T_NEGOTIATE || f->type == T_HOST);
            if ((ek->type != f->type && !anaphor && !head_kind) ||
                (ek->mediation != f->mediation && !head_medi) ||
                (!(ek->ents & cmask) && !same_sent) || !time_compatible(ek->span, fspan)) {
                continue;
            }
            if (anaphor && !head_kind) { /* (counted as a mention of the earlier contact, as it stands) */
                e->mentions++;
                merged = true;
                continue;
            }
            /* where each of the frame's parties stands in e (-1: not there) */
            int at_e[PX_MAX_PARTIES * 2];
            bool any = false;
            for (int k = 0; k < cand.nents; k++) {
                at_e[k] = ev_find(e, cand.ents[k]);
                any = any || at_e[k] >= 0;
            }
            /* (two sides in common are needed below, and all but a headline's record, or
             * one of the same sentence at the same stage, share one exactly: a long
             * article's thousands of records are passed over here) */
            if (!any && (e->first_sent != 0 || !hfirst) && !same_sent) {
                continue;
            }
            same_sent = same_sent && !any; /* (states for people only when none is shared) */
            int common = 0, loose = 0, host = -1;
            for (int k = 0; k < cand.nents; k++) {
                if (at_e[k] >= 0) {
                    common++;
                } else if (ev_find_headline(d, e, cand.ents[k], same_sent) >= 0) {
                    common++;
                    loose++;
                } else if (host < 0 && ev_find_host(d, e, cand.ents[k], cand.roles[k]) >= 0) {
                    common++;
                    host = k;
                }
            }
            bool subset = common == cand.nents || common == e->nents;
            /* (the same sides with go-betweens named two ways are one contact: "Egypt hosted
             * Israeli and Hamas negotiators for indirect talks, with Abdelatty shuttling
             * between the two delegations") */
            int cs = 0, cn = 0, en = 0;
            for (int k = 0; k < cand.nents; k++) {
                if (cand.roles[k] != R_MEDIATOR) {
                    cn++;
                    cs += at_e[k] >= 0 && e->roles[at_e[k]] != R_MEDIATOR;
                }
            }
            for (int k = 0; k < e->nents; k++) {
                en += e->roles[k] != R_MEDIATOR;
            }
            if (!subset && f->mediation && e->f.mediation && cs >= 2 && (cs == cn || cs == en)) {
                subset = true;
                common = cs;
            }
            if (!subset || common < 2) {
                continue;
            }
            bool eo = e->f.status == S_OCCURRED, fo = f->status == S_OCCURRED;
            /* (a headline's bare noun says no stage: "Starmer in Washington for Trump talks"
             * over "arrived in Washington on Sunday ahead of talks with Trump" is those
             * talks, `planned`) */
            bool head_noun = e->first_sent == 0 && f->sent > 0 && px_headline_first(d) && eo &&
                             !e->f.time.set && e->f.rule &&
                             px_streq(e->f.rule, "contact_noun_bare") && !fo &&
                             f->status != S_NOT_OCCURRED;
            if (head_noun) {
                e->f.status = f->status;
                eo = fo;
            }
            if (eo != fo) {
                continue;
            }
            /* (what has not taken place is no contact still to come: "hoped to meet Trump
             * and Carney there on Friday ... has yet to meet Trump in person" are two) */
            const px_time *later = e->f.status == S_NOT_OCCURRED ? &f->time
                                   : f->status == S_NOT_OCCURRED ? &e->f.time
                                                                 : NULL;
            if (later && later->set && d->pub_y &&
                px_days_from_civil(later->y0, later->m0, later->d0) >=
                    px_days_from_civil(d->pub_y, d->pub_m, d->pub_d)) {
                continue;
            }
            /* (an undated contact of an earlier sentence is the story's news, not one dated
             * weeks before the dispatch later on: "Macron, who is on a state visit to China
             * ... Macron last visited China in April 2023" are two visits) */
            if (eo && !e->f.time.set && f->time.set && f->sent > e->first_sent && d->pub_y) {
                int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
                if (px_days_from_civil(f->time.y1, f->time.m1, f->time.d1) < pub - 14) {
                    continue;
                }
            }
            (void)status_compatible;
            /* (the headline's states become the body's people) */
            for (int k = 0; loose && k < cand.nents; k++) {
                int at = ev_find(e, cand.ents[k]) < 0
                             ? ev_find_headline(d, e, cand.ents[k], same_sent)
                             : -1;
                if (at >= 0) {
                    e->ents[at] = cand.ents[k];
                    e->ments[at] = cand.ments[k];
                }
            }
            /* (the visit's host is the person rather than the state) */
            int host_at = host >= 0 ? ev_find_host(d, e, cand.ents[host], cand.roles[host]) : -1;
            if (host_at >= 0 && d->ents[cand.ents[host]].kind == MK_PERSON) {
                e->ents[host_at] = cand.ents[host];
                e->ments[host_at] = cand.ments[host];
            }
            /* merge: union parties, latest stage wins */
            e->mentions++;
            e->f.mediation = e->f.mediation || f->mediation;
            for (int k = 0; k < cand.nents && e->nents < PX_MAX_PARTIES * 2; k++) {
                if (k != host && ev_find(e, cand.ents[k]) < 0) {
                    e->ents[e->nents] = cand.ents[k];
                    e->roles[e->nents] = cand.roles[k];
                    e->ments[e->nents] = cand.ments[k];
                    e->nents++;
                }
            }
            px_time keep = e->f.time;
            if (head_kind || stage_rank(f->status) > stage_rank(e->f.status)) {
                int n = e->nents;
                e->f = *f;
                /* roles from the later stage where it names them; the direction is the
                 * later stage's, so the earlier one's source or target not named there
                 * becomes a participant (one source, one target) */
                for (int k = 0; k < e->nents; k++) {
                    if (k != host_at && ev_find(&cand, e->ents[k]) < 0 &&
                        (e->roles[k] == R_SOURCE || e->roles[k] == R_TARGET)) {
                        e->roles[k] = R_PARTICIPANT;
                    }
                }
                for (int k = 0; k < cand.nents; k++) {
                    int at = ev_find(e, cand.ents[k]);
                    if (at >= 0) {
                        e->roles[at] = cand.roles[k];
                    }
                }
                e->nents = n;
            }
            if (!e->f.time.set && keep.set) {
                e->f.time = keep;
            } else if (!e->f.time.set && f->time.set) {
                e->f.time = f->time;
            } else if (e->f.time.set && f->time.set && f->time.prec < e->f.time.prec &&
                       f->status == e->f.status) {
                /* the finer of two compatible times ("arrived on Sunday ..., her second
                 * trip to Indonesia this year": Sunday) */
                e->f.time = f->time;
            }
            if (e->f.loc_ment < 0 && f->loc_ment >= 0) {
                e->f.loc_ment = f->loc_ment;
            } else if (e->f.loc_ment >= 0 && f->loc_ment >= 0 &&
                       d->ments[e->f.loc_ment].ent >= 0 && d->ments[f->loc_ment].ent >= 0) {
                /* a city of the same state over the state ("a Working Visit to the Republic
                 * of Angola ... to Luanda": Luanda) */
                const px_ent *a = &d->ents[d->ments[e->f.loc_ment].ent];
                const px_ent *b = &d->ents[d->ments[f->loc_ment].ent];
                if (px_streq(a->code, "COUNTRY") && !px_streq(b->code, "COUNTRY") &&
                    b->kind == MK_PLACE &&
                    a->country[0] && px_streq(a->country, b->country)) {
                    e->f.loc_ment = f->loc_ment;
                }
            }
            key_of(&keys[j], e, e->first_sent == 0 && hfirst);
            merged = true;
        }
        if (!merged) {
            evs[nev] = cand;
            key_of(&keys[nev], &evs[nev], cand.first_sent == 0 && hfirst);
            nev++;
        }
    }
    trip_legs(d, evs, nev);
    trip_for_contact(d, evs, nev);
    if (set_ids(d, evs, nev, d->max_records) != 0) {
        nev = 0;
        rc = -1;
    }
    size_t emitted = 0;
    for (size_t j = 0; j < nev && emitted < d->max_records; j++) {
        if (evs[j].dead) {
            continue;
        }
        evs[j].f.nparties = evs[j].nents > PX_MAX_PARTIES ? PX_MAX_PARTIES : evs[j].nents;
        /* (not for a contact months before the dispatch: "Diaz-Canel last travelled to
         * Moscow in May 2025 to attend the parade", filed from Havana) */
        bool recent = true;
        if (evs[j].f.time.set && d->pub_y) {
            int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
            int t0 = px_days_from_civil(evs[j].f.time.y0, evs[j].f.time.m0, evs[j].f.time.d0);
            /* (nor for a span that opened more than two weeks before it: "earlier this
             * year", "last month's summit") */
            recent = t0 >= pub - 14;
        }
        /* (nor for a visit to a place the gazetteer lacks: "travelled to Iznik" is away
         * from an Ankara dateline, and from the next stop of the trip) */
        bool unlisted = false;
        for (int q = 0; q < evs[j].nents && evs[j].f.type == T_VISIT; q++) {
            unlisted = unlisted || (evs[j].roles[q] == R_TARGET && evs[j].ents[q] >= 0 &&
                                    d->ents[evs[j].ents[q]].kind == MK_UNKNOWN);
        }
        if (evs[j].f.loc_ment < 0 && !evs[j].f.venue_te && evs[j].f.status == S_OCCURRED &&
            evs[j].f.type != T_CALL && d->dateline_place >= 0 && recent && !unlisted) {
            /* filed from there: a fallback place (a phone call has no one place); not when
             * the story's parties travelled elsewhere ("SEOUL - Kim told visiting Chinese
             * Premier Li Qiang ... Li arrived in Pyongyang on Thursday": the visit's place
             * for Li's contacts, none for others) */
            int away = dateline_away(d, evs, nev, &evs[j]);
            evs[j].f.loc_ment = away == -1 ? d->dateline_place : away >= 0 ? away : -1;
            if (evs[j].f.loc_ment >= 0) {
                head_of_place(d, &evs[j].f);
            }
        }
        if (tout) {
            px_text_record *rec = text_records_add(tout);
            if (!rec) {
                rc = -1;
                break;
            }
            size_t start = tout->text.n;
            rw w = {.t = &tout->text};
            record_json(&w, d, &evs[j], rec, start);
            if (w.bad || tout->text.bad) {
                rc = -1;
                break;
            }
            rec->len = tout->text.n; /* the end for now: text_records_fix makes it a length */
        } else {
            rw w = {0};
            record_json(&w, d, &evs[j], NULL, 0);
            if (w.bad || !w.root) {
                json_decref(w.root);
                rc = -1;
                break;
            }
            if (json_array_append_new(out, w.root) != 0) {
                rc = -1;
                break;
            }
        }
        emitted++;
    }
    if (tout) {
        text_records_fix(tout);
    }
    if (!d->sc) {
        free(evs);
    }
    return rc;
}
