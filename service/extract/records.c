/* records.c - turns sentence frames into parley.contact.v1 records: one record per
 * distinct event per article (same type, compatible parties and time => merged, with
 * `mentions` counted and the latest stage kept), CAMEO/PLOVER codes, stable event_id
 * (article id + parties + type + time bucket) and cluster_key (no article id). */
#include "px_internal.h"

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
} event;

/* ---------- JSON helpers ---------- */

/* Keys are ASCII literals and many values are ASCII codes made here: skip jansson's UTF-8
 * checks for them (text taken from the article keeps the checked constructors). */
static inline void jset(json_t *o, const char *key, json_t *v)
{
    (void)json_object_set_new_nocheck(o, key, v);
}

static json_t *jascii(const char *s)
{
    return json_string_nocheck(s);
}

static json_t *ascii_or_null(const char *s)
{
    return s && *s ? json_string_nocheck(s) : json_null();
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

static bool time_compatible(const px_time *a, const px_time *b)
{
    if (!a->set || !b->set) {
        return true;
    }
    int a0 = px_days_from_civil(a->y0, a->m0, a->d0), a1 = px_days_from_civil(a->y1, a->m1, a->d1);
    int b0 = px_days_from_civil(b->y0, b->m0, b->d0), b1 = px_days_from_civil(b->y1, b->m1, b->d1);
    return a0 <= b1 + 3 && b0 <= a1 + 3;
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

static json_t *plover_for(const char *cameo, const px_frame *f)
{
    const char *type = NULL, *mode = NULL;
    switch (f->status) {
    case S_OCCURRED:
        type = "CONSULT";
        if (f->type == T_VISIT || f->type == T_HOST) {
            mode = "visit";
        } else if (f->type == T_CALL) {
            mode = "phone";
        } else if (cameo && strcmp(cameo, "044") == 0) {
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
        return json_null();
    }
    json_t *o = json_object();
    jset(o, "type", jascii(type));
    jset(o, "mode", mode ? jascii(mode) : json_null());
    return o;
}

/* ---------- helpers ---------- */

static json_t *span(uint32_t s, uint32_t e)
{
    json_t *a = json_array();
    json_array_append_new(a, json_integer(s));
    json_array_append_new(a, json_integer(e));
    return a;
}

static json_t *text_of(const px_doc *d, uint32_t ts, uint32_t te)
{
    if (te <= ts) {
        return json_string("");
    }
    size_t s = d->toks[ts].s, e = d->toks[te - 1].e;
    return json_stringn(d->text + s, e - s);
}

static json_t *str_or_null(const char *s)
{
    return s && *s ? json_string(s) : json_null();
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

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void hex_id(const char *s, size_t n, char out[33])
{
    uint64_t a = px_hash64(s, n, 0x5061726c6579ULL);
    uint64_t b = px_hash64(s, n, 0x636f6e74616374ULL);
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i] = hx[(a >> (60 - 4 * i)) & 15];
        out[16 + i] = hx[(b >> (60 - 4 * i)) & 15];
    }
    out[32] = '\0';
}

static void make_ids(const px_doc *d, const event *ev, char eid[33], char ck[33])
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
    qsort(kp, (size_t)n, sizeof kp[0], cmpstr);
    qsort(ckp, (size_t)n, sizeof ckp[0], cmpstr);
    char bucket[16];
    const px_time *t = &ev->f.time;
    if (t->set) {
        fmt_ymd(bucket, t->y0, t->m0, -1);
    } else {
        memcpy(bucket, "none", 5);
    }
    px_buf b = {0};
    px_buf c = {0};
    (void)px_buf_adds(&b, d->art->id);
    (void)px_buf_addc(&b, '\x1f');
    for (int i = 0; i < n; i++) {
        (void)px_buf_adds(&b, kp[i]);
        (void)px_buf_addc(&b, '\x1e');
        (void)px_buf_adds(&c, ckp[i]);
        (void)px_buf_addc(&c, '\x1e');
    }
    const char *type = px_type_name(ev->f.type);
    (void)px_buf_addc(&b, '\x1f');
    (void)px_buf_adds(&b, type);
    (void)px_buf_addc(&b, '\x1f');
    (void)px_buf_adds(&b, bucket);
    (void)px_buf_addc(&c, '\x1f');
    (void)px_buf_adds(&c, type);
    (void)px_buf_addc(&c, '\x1f');
    if (t->set) {
        (void)px_buf_adds(&c, bucket);
    } else if (d->pub_y) {
        char pb[16];
        fmt_ymd(pb, d->pub_y, d->pub_m, -1);
        (void)px_buf_adds(&c, pb);
    }
    hex_id(b.p ? b.p : "", b.len, eid);
    hex_id(c.p ? c.p : "", c.len, ck);
    px_buf_free(&b);
    px_buf_free(&c);
}

static json_t *time_json(const px_time *t)
{
    static const char *const prec[] = {"", "day", "week", "month", "season", "year", "approximate"};
    if (!t->set) {
        return json_null();
    }
    char a[16], b[16];
    fmt_ymd(a, t->y0, t->m0, t->d0);
    fmt_ymd(b, t->y1, t->m1, t->d1);
    json_t *o = json_object();
    jset(o, "text", json_string(t->text));
    jset(o, "start", jascii(a));
    jset(o, "end", jascii(b));
    jset(o, "precision", jascii(t->prec <= 6 ? prec[t->prec] : "approximate"));
    return o;
}

static json_t *location_json(const px_doc *d, const px_frame *f)
{
    if (f->loc_ment < 0 && !f->venue_te) {
        return json_null();
    }
    json_t *o = json_object();
    const px_ent *le = f->loc_ment >= 0 ? &d->ents[d->ments[f->loc_ment].ent] : NULL;
    const char *venue_country = NULL;
    float vlat = 0, vlon = 0;
    bool vll = false;
    json_t *vname = NULL;
    if (f->venue_te) {
        vname = text_of(d, f->venue_ts, f->venue_te);
        uint32_t vl;
        const px_entry *ve = px_match_kind(d, f->venue_ts, K_VENUE, &vl);
        if (ve && vl == f->venue_te - f->venue_ts && ve->s[1]) {
            venue_country = px_gaz_cstr(d->ctx->gaz, ve->s[1]);
            vll = ve->flags & 1;
            vlat = ve->lat;
            vlon = ve->lon;
        }
    }
    if (le) {
        jset(o, "name", json_string(le->name));
        jset(o, "country", ascii_or_null(le->country));
    } else {
        jset(o, "name", vname ? json_copy(vname) : json_null());
        jset(o, "country", ascii_or_null(venue_country));
    }
    jset(o, "venue", vname ? vname : json_null());
    if (le && le->has_ll) {
        jset(o, "lat", json_real(le->lat));
        jset(o, "lon", json_real(le->lon));
    } else if (!le && vll) {
        jset(o, "lat", json_real(vlat));
        jset(o, "lon", json_real(vlon));
    } else {
        jset(o, "lat", json_null());
        jset(o, "lon", json_null());
    }
    if (le) {
        const px_ment *m = &d->ments[f->loc_ment];
        jset(o, "span", span(d->toks[m->ts].s, d->toks[m->te - 1].e));
    } else {
        jset(o, "span", span(d->toks[f->venue_ts].s, d->toks[f->venue_te - 1].e));
    }
    return o;
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

static json_t *actors_json(const px_doc *d, const event *ev)
{
    json_t *a = json_array();
    /* sources first, then targets, mediators, participants */
    static const int order[] = {R_SOURCE, R_TARGET, R_MEDIATOR, R_PARTICIPANT};
    for (int o = 0; o < 4; o++) {
        for (int i = 0; i < ev->nents; i++) {
            if (ev->roles[i] != order[o]) {
                continue;
            }
            const px_ent *e = &d->ents[ev->ents[i]];
            const px_ment *m = &d->ments[ev->ments[i]];
            json_t *x = json_object();
            jset(x, "role", jascii(role_name(ev->roles[i])));
            jset(x, "name", json_string(e->name));
            jset(x, "title", str_or_null(e->title));
            jset(x, "country", ascii_or_null(e->country));
            jset(x, "sector", ascii_or_null(e->sector));
            jset(x, "code", ascii_or_null(e->code));
            jset(x, "text", text_of(d, m->ts, m->te));
            jset(x, "span", span(d->toks[m->ts].s, d->toks[m->te - 1].e));
            jset(x, "metadata", json_object());
            json_array_append_new(a, x);
        }
    }
    return a;
}

static json_t *trigger_text(const px_doc *d, const px_frame *f)
{
    uint32_t a = f->trig_ts, b = f->core_te;
    if (b <= a) {
        return text_of(d, f->core_ts, f->core_te);
    }
    if (b - a <= 8) {
        return text_of(d, a, b);
    }
    /* "declined ... request for a meeting" */
    uint32_t c = f->core_ts >= 3 && f->core_ts - 3 > a ? f->core_ts - 3 : a + 1;
    px_buf buf = {0};
    size_t s0 = d->toks[a].s, e0 = d->toks[a].e;
    (void)px_buf_add(&buf, d->text + s0, e0 - s0);
    (void)px_buf_adds(&buf, " ... ");
    size_t s1 = d->toks[c].s, e1 = d->toks[b - 1].e;
    (void)px_buf_add(&buf, d->text + s1, e1 - s1);
    json_t *j = json_stringn(buf.p ? buf.p : "", buf.len);
    px_buf_free(&buf);
    return j;
}

/* The article's fields, made once per article and shared (reference counted, never
 * modified) by its records. */
typedef struct art_vals {
    json_t *id, *url, *source, *published_at, *title;
} art_vals;

static json_t *record_json(const px_doc *d, const event *ev, const art_vals *av)
{
    const px_frame *f = &ev->f;
    json_t *r = json_object();
    char eid[33], ck[33];
    make_ids(d, ev, eid, ck);
    jset(r, "schema", jascii("parley.contact.v1"));
    jset(r, "event_id", jascii(eid));
    jset(r, "cluster_key", jascii(ck));
    json_t *ao = json_object();
    jset(ao, "id", json_incref(av->id));
    jset(ao, "url", json_incref(av->url));
    jset(ao, "source", json_incref(av->source));
    jset(ao, "published_at", json_incref(av->published_at));
    jset(ao, "title", json_incref(av->title));
    jset(r, "article", ao);
    jset(r, "type", jascii(px_type_name(f->type)));
    jset(r, "status", jascii(px_status_name(f->status)));
    const char *cameo = cameo_for(d, f, ev);
    jset(r, "cameo", cameo ? jascii(cameo) : json_null());
    jset(r, "plover", plover_for(cameo, f));
    jset(r, "actors", actors_json(d, ev));
    jset(r, "location", location_json(d, f));
    jset(r, "time", time_json(&f->time));
    const px_sent *s = &d->sents[f->sent];
    json_t *evd = json_object();
    size_t ss = d->toks[s->tb].s, se = d->toks[s->te - 1].e;
    jset(evd, "sentence", json_stringn(d->text + ss, se - ss));
    jset(evd, "sentence_index", json_integer(f->sent));
    jset(evd, "span", span((uint32_t)ss, (uint32_t)se));
    jset(evd, "trigger", trigger_text(d, f));
    jset(r, "evidence", evd);
    jset(r, "mentions", json_integer(ev->mentions));
    jset(r, "first_report", json_true());
    jset(r, "duplicate_of", json_null());
    double conf = (double)(int)(f->conf * 100.0f + 0.5f) / 100.0;
    jset(r, "confidence", json_real(conf));
    json_t *ex = json_object();
    jset(ex, "version", jascii(PX_VERSION));
    jset(ex, "rule", jascii(f->rule ? f->rule : "contact"));
    jset(r, "extractor", ex);
    json_t *en = json_object();
    jset(en, "status", jascii("none"));
    jset(en, "sources", json_array());
    jset(r, "enrichment", en);
    return r;
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

static void ev_from_frame(const px_doc *d, event *ev, const px_frame *f)
{
    memset(ev, 0, sizeof *ev);
    ev->f = *f;
    ev->mentions = 1;
    ev->first_sent = f->sent;
    for (int i = 0; i < f->nparties; i++) {
        int ent = d->ments[f->parties[i].ment].ent;
        if (ev_find(ev, ent) >= 0) {
            continue;
        }
        ev->ents[ev->nents] = ent;
        ev->roles[ev->nents] = f->parties[i].role;
        ev->ments[ev->nents] = f->parties[i].ment;
        ev->nents++;
    }
}

int px_records(px_doc *d, json_t *out)
{
    int rc = 0;
    size_t cap = d->nframe;
    event *evs = NULL;
    if (cap && d->sc) {
        /* the event table lives in the call's scratch and is reused */
        if (d->sc->evbytes < cap * sizeof *evs) {
            void *ne = realloc(d->sc->evs, cap * sizeof *evs);
            if (!ne) {
                return -1;
            }
            d->sc->evs = ne;
            d->sc->evbytes = cap * sizeof *evs;
        }
        evs = d->sc->evs;
        memset(evs, 0, cap * sizeof *evs);
    } else if (cap) {
        evs = calloc(cap, sizeof *evs);
        if (!evs) {
            return -1;
        }
    }
    size_t nev = 0;
    for (size_t i = 0; i < d->nframe; i++) {
        const px_frame *f = &d->frames[i];
        if (f->nparties == 0) {
            continue;
        }
        event cand;
        ev_from_frame(d, &cand, f);
        bool merged = false;
        for (size_t j = 0; j < nev && !merged; j++) {
            event *e = &evs[j];
            if (e->f.type != f->type || e->f.mediation != f->mediation) {
                continue;
            }
            int common = 0;
            for (int k = 0; k < cand.nents; k++) {
                if (ev_find(e, cand.ents[k]) >= 0) {
                    common++;
                }
            }
            bool subset = common == cand.nents || common == e->nents;
            if (!subset || common < 2 || !time_compatible(&e->f.time, &f->time)) {
                continue;
            }
            bool eo = e->f.status == S_OCCURRED, fo = f->status == S_OCCURRED;
            if (eo != fo) {
                continue;
            }
            (void)status_compatible;
            /* merge: union parties, latest stage wins */
            e->mentions++;
            for (int k = 0; k < cand.nents && e->nents < PX_MAX_PARTIES * 2; k++) {
                if (ev_find(e, cand.ents[k]) < 0) {
                    e->ents[e->nents] = cand.ents[k];
                    e->roles[e->nents] = cand.roles[k];
                    e->ments[e->nents] = cand.ments[k];
                    e->nents++;
                }
            }
            px_time keep = e->f.time;
            if (stage_rank(f->status) > stage_rank(e->f.status)) {
                int n = e->nents;
                e->f = *f;
                /* roles from the later stage where it names them */
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
            }
            if (e->f.loc_ment < 0 && f->loc_ment >= 0) {
                e->f.loc_ment = f->loc_ment;
            }
            merged = true;
        }
        if (!merged) {
            evs[nev++] = cand;
        }
    }
    size_t emitted = 0;
    art_vals av = {NULL, NULL, NULL, NULL, NULL};
    for (size_t j = 0; j < nev && emitted < d->max_records; j++) {
        if (evs[j].dead) {
            continue;
        }
        evs[j].f.nparties = evs[j].nents > PX_MAX_PARTIES ? PX_MAX_PARTIES : evs[j].nents;
        if (evs[j].f.loc_ment < 0 && !evs[j].f.venue_te && evs[j].f.status == S_OCCURRED &&
            d->dateline_place >= 0) {
            evs[j].f.loc_ment = d->dateline_place; /* filed from there: a fallback place */
        }
        if (!av.id) {
            const px_article *art = d->art;
            av.id = json_string(art->id);
            av.url = str_or_null(art->url);
            av.source = str_or_null(art->source);
            av.published_at = str_or_null(art->published_at);
            av.title = str_or_null(art->title);
        }
        json_t *r = record_json(d, &evs[j], &av);
        if (!r || json_array_append_new(out, r) != 0) {
            rc = -1;
            break;
        }
        emitted++;
    }
    json_decref(av.id);
    json_decref(av.url);
    json_decref(av.source);
    json_decref(av.published_at);
    json_decref(av.title);
    if (!d->sc) {
        free(evs);
    }
    return rc;
}
