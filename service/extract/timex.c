/* timex.c - time expressions ("on Monday", "last week", "in June", "early May",
 * "on 19 June", "last year", "recently", "two weeks ago") recognised on tokens and
 * resolved against the publication date with a precision (or against a dated dateline's
 * day near it: px_dateline_anchor). `future` selects the reading for planned contacts
 * (next Monday, the coming June) instead of the past one. */
#include "px_internal.h"

#include <stdio.h>
#include <string.h>

/* A plan's day and month with no year that fell this many days or fewer before publication
 * is this year's, not next year's: a stale or late report ("will visit Russia from Dec. 1
 * to 3", published on Dec. 5, is this December, not next). */
enum { FUTURE_SLACK_DAYS = 14 };

/* days since 1970-01-01 (H. Hinnant's civil calendar algorithms) */
int px_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void px_civil_from_days(int z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yy + (*m <= 2);
}

static int month_days(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        return 29;
    }
    return md[(m - 1) % 12];
}

int px_parse_date(const char *s, int *y, int *m, int *d)
{
    if (!s) {
        return -1;
    }
    size_t n = strlen(s);
    bool ok1, ok2, ok3;
    if (n < 10 || s[4] != '-' || s[7] != '-') {
        return -1;
    }
    long yy = px_parse_long(s, 4, &ok1), mm = px_parse_long(s + 5, 2, &ok2),
         dd = px_parse_long(s + 8, 2, &ok3);
    if (!ok1 || !ok2 || !ok3 || mm < 1 || mm > 12 || dd < 1 || yy < 1000 ||
        dd > month_days((int)yy, (int)mm)) {
        return -1;
    }
    *y = (int)yy;
    *m = (int)mm;
    *d = (int)dd;
    return 0;
}

/* ---------- token helpers ---------- */

/* The one-token time words at each of the last few tokens asked about: px_timex_at asks
 * for several kinds of time word (month, weekday, part, season ...) at the same token. */
typedef struct tw_memo {
    struct {
        uint32_t i1; /* token index + 1; 0 = empty */
        const px_entry *e;
    } s[4];
} tw_memo;

static const px_entry *tw(const px_doc *d, tw_memo *m, uint32_t i, uint32_t lim, int sub)
{
    if (i >= lim) {
        return NULL;
    }
    if (m->s[i & 3].i1 != i + 1) {
        uint32_t len;
        const px_entry *e = px_match_kind(d, i, K_TIME, &len);
        m->s[i & 3].i1 = i + 1;
        m->s[i & 3].e = e && len == 1 ? e : NULL;
    }
    for (const px_entry *x = m->s[i & 3].e; x; x = px_gaz_next(d->ctx->gaz, x)) {
        if (x->kind == K_TIME && x->sub == sub) {
            return x;
        }
    }
    return NULL;
}

static uint32_t skip_hyph(const px_doc *d, uint32_t i, uint32_t lim)
{
    while (i < lim && (d->toks[i].flags & TF_HYPH)) {
        i++;
    }
    return i;
}

static int num_at(const px_doc *d, uint32_t i, uint32_t lim, int lo, int hi)
{
    if (i >= lim || !(d->toks[i].flags & TF_NUM)) {
        /* 19th, 1st */
        if (i < lim && (d->toks[i].flags & TF_ALPHA)) {
            const char *k = px_tkey(d, i);
            size_t n = d->toks[i].klen;
            if (n >= 3 && n <= 4 && k[0] >= '0' && k[0] <= '9') {
                size_t dn = (k[1] >= '0' && k[1] <= '9') ? 2 : 1;
                const char *suf = k + dn;
                if (px_streq(suf, "st") || px_streq(suf, "nd") || px_streq(suf, "rd") ||
                    px_streq(suf, "th")) {
                    bool ok;
                    long v = px_parse_long(k, dn, &ok);
                    return ok && v >= lo && v <= hi ? (int)v : -1;
                }
            }
        }
        return -1;
    }
    bool ok;
    long v = px_parse_long(px_tkey(d, i), d->toks[i].klen, &ok);
    return ok && v >= lo && v <= hi ? (int)v : -1;
}

/* After a day of a month at *q: the last day of a span ("19-21", "19 to 21", "19 through
 * 21", "8 and 9"; also in another month, *m2 set: "Dec. 3 to Dec. 5", "30 November to 2
 * December" is read by the caller), *q moved past it; else 0. */
static int day_span_end(const px_doc *d, uint32_t *q, uint32_t lim, int day, int *m2)
{
    uint32_t r = *q;
    *m2 = 0;
    if (r + 1 >= lim) {
        return 0;
    }
    bool dash = (d->toks[r].flags & TF_HYPH) || d->toks[r].p == '-';
    if (!dash && !px_tis(d, r, "to") && !px_tis(d, r, "through") && !px_tis(d, r, "until") &&
        !px_tis(d, r, "and")) {
        return 0;
    }
    uint32_t ml = 0;
    const px_entry *me = px_match_kind(d, r + 1, K_TIME, &ml);
    if (me && me->sub == TW_MONTH && ml == 1 && (d->toks[r + 1].flags & TF_CAP) &&
        r + 2 < lim && (d->toks[r + 2].flags & TF_NUM)) {
        int dd = num_at(d, r + 2, lim, 1, 31);
        if (dd > 0) {
            *m2 = me->a;
            *q = r + 3;
            return dd;
        }
    }
    int d2 = num_at(d, r + 1, lim, 1, 31);
    if (d2 <= day || !(d->toks[r + 1].flags & TF_NUM)) {
        return 0;
    }
    /* (not a count: "on December 19 to 21 ministers", nor a time of day "to 11 pm") */
    if (r + 2 < lim && (d->toks[r + 2].flags & TF_ALPHA) && !(d->toks[r + 2].flags & TF_CAP) &&
        !px_tis(d, r + 2, "in") && !px_tis(d, r + 2, "at") && !px_tis(d, r + 2, "and") &&
        !px_tis(d, r + 2, "for") && !px_tis(d, r + 2, "to") && !px_tis(d, r + 2, "with") &&
        !px_tis(d, r + 2, "when") && !px_tis(d, r + 2, "on")) {
        return 0;
    }
    if (r + 2 < lim && d->toks[r + 2].p == ':') {
        return 0;
    }
    *q = r + 2;
    return d2;
}

static void set_days(px_time *t, int a, int b, int prec)
{
    px_civil_from_days(a, &t->y0, &t->m0, &t->d0);
    px_civil_from_days(b, &t->y1, &t->m1, &t->d1);
    t->prec = (uint8_t)prec;
    t->set = true;
}

static void set_month(px_time *t, int y, int m, char part)
{
    int d0 = 1, d1 = month_days(y, m);
    if (part == 'E') {
        d1 = 10;
    } else if (part == 'M') {
        d0 = 11;
        d1 = 20;
    } else if (part == 'L') {
        d0 = 21;
    }
    t->y0 = t->y1 = y;
    t->m0 = t->m1 = m;
    t->d0 = d0;
    t->d1 = d1;
    t->prec = 3;
    t->set = true;
}

/* the whole calendar year y */
static void set_year(px_time *t, int y)
{
    t->y0 = t->y1 = y;
    t->m0 = 1;
    t->d0 = 1;
    t->m1 = 12;
    t->d1 = 31;
    t->prec = 5;
    t->set = true;
}

/* "early/mid/late <year>": January-April, May-August, September-December */
static void set_year_part(px_time *t, int y, char part)
{
    set_month(t, y, part == 'E' ? 1 : part == 'M' ? 5 : 9, 0);
    t->m1 = part == 'E' ? 4 : part == 'M' ? 8 : 12;
    t->d1 = month_days(y, t->m1);
    t->prec = 5;
}

/* The end of px_timex_at: the expression's span [i, j) and text. */
static bool timex_done(const px_doc *d, px_time *t, uint32_t i, uint32_t j, bool unresolved)
{
    if (unresolved) {
        t->set = false;
    }
    t->ts = i;
    t->te = j;
    size_t s0 = d->toks[i].s, s1 = d->toks[j - 1].e;
    px_copy(t->text, sizeof t->text, d->text + s0, s1 - s0);
    return true;
}

typedef struct pubdate {
    int pub_y, pub_m, pub_d;
} pubdate;

static int month_year(const pubdate *d, int m, bool future)
{
    int y = d->pub_y;
    if (future) {
        /* the coming month of that name (this month counts) */
        return m >= d->pub_m ? y : y + 1;
    }
    return m <= d->pub_m ? y : y - 1;
}

/* Parses a time expression that starts exactly at token i (prepositions included).
 * Fills t (span, text, resolved dates when a publication date is known). */
/* "Jan Kowalski", "Theresa May", "Interior Minister June Okafor": a month word inside a
 * person's name (a capitalised neighbour, no date preposition or day number) */
bool px_month_is_name(const px_doc *d, uint32_t i, uint32_t lim)
{
    if (i >= lim || !(d->toks[i].flags & TF_CAP)) {
        return false;
    }
    if (i + 1 < lim && (d->toks[i + 1].flags & TF_NUM)) {
        return false; /* "May 12" */
    }
    if (i > 0) {
        static const char *const preps[] = {"in", "on", "by", "since", "until", "from", "of",
                                            "early", "mid", "late", "last", "next", "this",
                                            "during", "through", "before", "after", "till",
                                            "between", "and", "or", "to", NULL};
        for (int k = 0; preps[k]; k++) {
            if (px_tis(d, i - 1, preps[k])) {
                return false;
            }
        }
    }
    const px_tok *nx = i + 1 < lim ? &d->toks[i + 1] : NULL;
    bool next_name = nx && (nx->flags & TF_ALPHA) && (nx->flags & TF_CAP) && !(nx->flags & TF_NL) &&
                     !(nx->flags & TF_DATELINE) && !px_match_kind(d, i + 1, K_TIME, NULL);
    const px_tok *pv = i > 0 ? &d->toks[i - 1] : NULL;
    bool prev_name = pv && (pv->flags & TF_ALPHA) && (pv->flags & TF_CAP) &&
                     !(d->toks[i].flags & (TF_NL | TF_PARA)) && !(pv->flags & TF_DATELINE) &&
                     !px_match_kind(d, i - 1, K_TIME, NULL);
    return next_name || prev_name;
}

/* "last year", "next year", "this year" (after "of" or not) at q, after a month without a
 * year of its own ("in October last year", "on Dec. 5 next year"): that year, and *q moved
 * past the words; 0 when there are none. */
static int year_after(const px_doc *d, uint32_t *q, uint32_t lim, int pub_y)
{
    uint32_t k = *q;
    if (k < lim && px_tis(d, k, "of")) {
        k++;
    }
    if (k + 1 >= lim || !px_tis(d, k + 1, "year")) {
        return 0;
    }
    int dy = px_tis(d, k, "last") ? -1 : px_tis(d, k, "next") ? 1 : px_tis(d, k, "this") ? 0 : 2;
    if (dy == 2 && px_tis(d, k, "that")) {
        /* "travelled to Moscow in July 2024 and attended the BRICS summit in Kazan in
         * October that year": the year last written out before it */
        for (uint32_t r = k; r > 0 && k - r < 60; r--) {
            int yy = num_at(d, r - 1, lim, 1900, 2100);
            if (yy > 0) {
                *q = k + 2;
                return yy;
            }
        }
        return 0;
    }
    if (dy == 2) {
        return 0;
    }
    *q = k + 2;
    return pub_y + dy;
}

bool px_timex_at(const px_doc *d, uint32_t i, uint32_t lim, px_time *t, bool future)
{
    memset(t, 0, sizeof *t);
    tw_memo memo;
    memset(&memo, 0, sizeof memo);
    uint32_t j = i;
    bool have_pub = d->pub_y > 0;
    /* without a publication date, relative expressions are still recognised (so they
     * can be skipped and attached) but left unresolved */
    pubdate P = {d->pub_y, d->pub_m, d->pub_d};
    if (!have_pub) {
        P.pub_y = 2000;
        P.pub_m = 1;
        P.pub_d = 1;
    }
    bool absolute = false;
    int pub = px_days_from_civil(P.pub_y, P.pub_m, P.pub_d);
    /* a year that modifies a noun: "the 2018 Singapore summit", "Xi's 2023 meeting with
     * Biden" (the year of that event) */
    {
        int yy = num_at(d, j, lim, 1900, 2100);
        if (yy > 0 && j > 0 && j + 1 < lim && (d->toks[j].flags & TF_NUM) &&
            (px_tis(d, j - 1, "the") || px_tis(d, j - 1, "'s")) &&
            (d->toks[j + 1].flags & TF_ALPHA) && !d->toks[j].p) {
            set_year(t, yy);
            return timex_done(d, t, j, j + 1, false);
        }
    }
    const char *k0 = j < lim ? px_tkey(d, j) : "";
    /* "late on Wednesday", "early on Monday": the day's time, the adverb inside it */
    if ((px_streq(k0, "late") || px_streq(k0, "early")) && j + 2 < lim &&
        px_tis(d, j + 1, "on") && px_timex_at(d, j + 1, lim, t, future)) {
        return timex_done(d, t, i, t->te, false);
    }
    bool prep = false;
    /* ("since 2023, when Xi visited Moscow": the year of the when-clause) */
    bool since_when = px_streq(k0, "since") && j + 3 < lim && (d->toks[j + 1].flags & TF_NUM) &&
                      d->toks[j + 2].p == ',' && px_tis(d, j + 3, "when");
    if (px_streq(k0, "on") || px_streq(k0, "in") || px_streq(k0, "during") ||
        px_streq(k0, "by") || px_streq(k0, "from") || since_when ||
        (px_streq(k0, "at") && j + 2 < lim && px_tis(d, j + 1, "the") &&
         (px_tis(d, j + 2, "end") || px_tis(d, j + 2, "beginning") || px_tis(d, j + 2, "start")))) {
        prep = true;
        j++;
    }
    uint32_t b = j;
    if (j < lim && px_tis(d, j, "the") && prep) {
        j++;
    }
    /* "at the weekend", "over the weekend": the coming one for a plan, else the last */
    if ((px_streq(k0, "at") || px_streq(k0, "over")) && i + 2 < lim && px_tis(d, i + 1, "the") &&
        px_tis(d, i + 2, "weekend")) {
        int pubwd = ((pub % 7) + 7 + 3) % 7; /* 0 = Monday */
        int sat = future ? pub + (5 - pubwd + 7) % 7 : pub - (pubwd - 5 + 7) % 7;
        set_days(t, sat, sat + 1, 2);
        return timex_done(d, t, i, i + 3, !have_pub);
    }
    /* "a week from now", "two weeks from now" */
    if ((px_streq(k0, "a") || px_streq(k0, "one") || px_streq(k0, "two")) && i + 3 < lim &&
        (px_tis(d, i + 1, "week") || px_tis(d, i + 1, "weeks")) && px_tis(d, i + 2, "from") &&
        px_tis(d, i + 3, "now")) {
        int z = pub + (px_streq(k0, "two") ? 14 : 7);
        set_days(t, z, z, 1);
        return timex_done(d, t, i, i + 4, !have_pub);
    }
    /* "on the 14th", "on the 2nd of next month": a day of this month (or the next one for a
     * plan whose day has passed, the last one for a past event whose day is still to come) */
    if (prep && j > b && j < lim && (d->toks[j].flags & TF_NUM) == 0) {
        const char *dk = px_tkey(d, j);
        size_t dl = d->toks[j].klen;
        int dn = 0;
        size_t q = 0;
        while (q < dl && q < 2 && dk[q] >= '0' && dk[q] <= '9') {
            dn = dn * 10 + (dk[q] - '0');
            q++;
        }
        bool suf = q > 0 && q + 2 == dl &&
                   ((dk[q] == 's' && dk[q + 1] == 't') || (dk[q] == 'n' && dk[q + 1] == 'd') ||
                    (dk[q] == 'r' && dk[q + 1] == 'd') || (dk[q] == 't' && dk[q + 1] == 'h'));
        if (suf && dn >= 1 && dn <= 31 && have_pub) {
            int yy = P.pub_y, mm = P.pub_m, off = 0;
            uint32_t e2 = j + 1;
            if (e2 + 2 < lim + 1 && e2 + 2 <= lim && px_tis(d, e2, "of") &&
                (px_tis(d, e2 + 1, "next") || px_tis(d, e2 + 1, "this") || px_tis(d, e2 + 1, "last")) &&
                e2 + 2 < lim && px_tis(d, e2 + 2, "month")) {
                off = px_tis(d, e2 + 1, "next") ? 1 : px_tis(d, e2 + 1, "last") ? -1 : 0;
                e2 += 3;
            } else if (future && dn < P.pub_d) {
                off = 1;
            } else if (!future && dn > P.pub_d) {
                off = -1;
            }
            mm += off;
            if (mm < 1) {
                mm += 12;
                yy--;
            } else if (mm > 12) {
                mm -= 12;
                yy++;
            }
            if (dn <= month_days(yy, mm)) {
                int z = px_days_from_civil(yy, mm, dn);
                set_days(t, z, z, 1);
                return timex_done(d, t, i, e2, false);
            }
        }
    }
    const px_entry *e;
    bool ok = false;
    int y = 0;
    /* "early"/"mid"/"late" [month|next month|this year] */
    char part = 0;
    if ((e = tw(d, &memo, j, lim, TW_PART)) && e->b && e->b != 0) {
        uint32_t q = skip_hyph(d, j + 1, lim);
        if (q < lim && px_tis(d, q, "of")) {
            q++;
        }
        if (q < lim && px_tis(d, q, "the")) {
            q++;
        }
        const px_entry *un =
            q > j + 1 && px_tis(d, q - 1, "the") ? tw(d, &memo, q, lim, TW_UNIT) : NULL;
        if (tw(d, &memo, q, lim, TW_MONTH) || tw(d, &memo, q, lim, TW_PART) ||
            tw(d, &memo, q, lim, TW_SEASON) || (prep && num_at(d, q, lim, 1900, 2100) > 0)) {
            part = (char)e->b;
            j = q;
        } else if (un && (un->b == 'm' || un->b == 'y') && (px_tis(d, j, "end") ||
                                                             px_tis(d, j, "beginning") ||
                                                             px_tis(d, j, "start") ||
                                                             px_tis(d, j, "middle"))) {
            /* "at the end of the month", "by the end of the year": of the current one */
            if (un->b == 'm') {
                set_month(t, P.pub_y, P.pub_m, (char)e->b);
            } else {
                set_year_part(t, P.pub_y, (char)e->b);
            }
            /* a plan "by/before the end of the year" is still to come: from the day of
             * publication on (not from September) */
            if (future && px_days_from_civil(t->y0, t->m0, t->d0) < pub &&
                px_days_from_civil(t->y1, t->m1, t->d1) >= pub) {
                px_civil_from_days(pub, &t->y0, &t->m0, &t->d0);
            }
            return timex_done(d, t, i, q + 1, !have_pub);
        }
    }
    /* "this morning", "this evening", "last night": a part of the publication day or of
     * the day before */
    if (!part && (e = tw(d, &memo, j, lim, TW_PART)) != NULL && !e->b && e->a <= 0 && j + 1 < lim &&
        (px_tis(d, j + 1, "morning") || px_tis(d, j + 1, "afternoon") ||
         px_tis(d, j + 1, "evening") || (px_tis(d, j + 1, "night") && e->a < 0))) {
        set_days(t, pub + e->a, pub + e->a, 1);
        return timex_done(d, t, i, j + 2, !have_pub);
    }
    if ((e = tw(d, &memo, j, lim, TW_MONTH)) != NULL) {
        int m = e->a;
        uint32_t q = j + 1;
        int day = num_at(d, q, lim, 1, 31);
        if (!(d->toks[j].flags & TF_CAP) && !part) {
            return false; /* "may" the modal */
        }
        if (!part && !prep && px_month_is_name(d, j, lim)) {
            return false; /* "Jan Kowalski" */
        }
        if (day > 0 && !part) {
            q++;
            /* a span of days: "December 19-21", "from December 19 to 21" */
            int m2 = 0;
            int day2 = day_span_end(d, &q, lim, day, &m2);
            bool comma = q < lim && d->toks[q].p == ',';
            if (comma) {
                q++;
            }
            y = num_at(d, q, lim, 1900, 2100);
            if (y > 0) {
                absolute = true;
                q++;
            } else if (comma) {
                q--; /* give back the comma */
            }
            if (y <= 0) {
                y = year_after(d, &q, lim, P.pub_y); /* relative: needs the publication date */
            }
            if (y <= 0) {
                y = P.pub_y;
                int cand = px_days_from_civil(y, m, day > month_days(y, m) ? month_days(y, m) : day);
                if (future && cand < pub - FUTURE_SLACK_DAYS) {
                    y++;
                } else if (!future && cand > pub + 1) {
                    y--;
                }
            }
            if (day > month_days(y, m)) {
                return false;
            }
            int z = px_days_from_civil(y, m, day), z2 = z;
            if (day2 > 0 && m2 > 0) {
                int y2 = m2 < m ? y + 1 : y;
                z2 = day2 <= month_days(y2, m2) ? px_days_from_civil(y2, m2, day2) : z;
                z2 = z2 > z && z2 - z <= 62 ? z2 : z;
            } else if (day2 > 0 && day2 <= month_days(y, m)) {
                z2 = z + (day2 - day);
            }
            set_days(t, z, z2, 1);
            j = q;
            ok = true;
        } else {
            y = num_at(d, q, lim, 1900, 2100);
            if (y > 0) {
                absolute = true;
                q++;
            } else if ((y = year_after(d, &q, lim, P.pub_y)) > 0) {
                /* relative: resolved only with the publication date */
            } else {
                y = month_year(&P, m, future);
            }
            set_month(t, y, m, part);
            j = q;
            ok = true;
        }
    } else if (!part && num_at(d, j, lim, 1, 31) > 0 &&
               (tw(d, &memo, j + 1, lim, TW_MONTH) ||
                (j + 3 < lim && (d->toks[j + 1].flags & TF_HYPH) &&
                 num_at(d, j + 2, lim, 1, 31) > num_at(d, j, lim, 1, 31) &&
                 tw(d, &memo, j + 3, lim, TW_MONTH)))) {
        /* 19 June [2023] (also a span: "19-21 June") */
        int day = num_at(d, j, lim, 1, 31), day2 = 0;
        if (!tw(d, &memo, j + 1, lim, TW_MONTH)) {
            day2 = num_at(d, j + 2, lim, 1, 31);
            j += 2;
        }
        int m = tw(d, &memo, j + 1, lim, TW_MONTH)->a;
        uint32_t q = j + 2;
        y = num_at(d, q, lim, 1900, 2100);
        if (y > 0) {
            absolute = true;
            q++;
        } else if ((y = year_after(d, &q, lim, P.pub_y)) > 0) {
            /* relative: resolved only with the publication date */
        } else {
            y = P.pub_y;
            int cand = px_days_from_civil(y, m, day > month_days(y, m) ? month_days(y, m) : day);
            if (future && cand < pub - FUTURE_SLACK_DAYS) {
                y++;
            } else if (!future && cand > pub + 1) {
                y--;
            }
        }
        if (day > month_days(y, m)) {
            return false;
        }
        int z = px_days_from_civil(y, m, day);
        set_days(t, z, day2 > 0 && day2 <= month_days(y, m) ? z + (day2 - day) : z, 1);
        j = q;
        ok = true;
    } else if ((e = tw(d, &memo, j, lim, TW_WEEKDAY)) != NULL && !part) {
        if (!(d->toks[j].flags & TF_CAP)) {
            return false;
        }
        /* "Vice Foreign Minister Sun Weidong": an abbreviation before a capitalised word
         * is a name */
        if (d->toks[j].klen <= 4 && j + 1 < lim && (d->toks[j + 1].flags & TF_CAP) &&
            (d->toks[j + 1].flags & TF_ALPHA) && !(d->toks[j + 1].flags & TF_DATELINE) &&
            !px_match_kind(d, j + 1, K_TIME, NULL)) {
            return false;
        }
        int wd = e->a; /* 1 = Monday */
        int pubwd = ((pub % 7) + 7 + 3) % 7 + 1; /* 1970-01-01 was a Thursday */
        int back = (pubwd - wd + 7) % 7;
        int z = future ? pub + (wd - pubwd + 7) % 7 : pub - back;
        set_days(t, z, z, 1);
        j++;
        while (j < lim && (px_tis(d, j, "morning") || px_tis(d, j, "afternoon") ||
                           px_tis(d, j, "evening") || px_tis(d, j, "night"))) {
            j++;
        }
        /* "from Tuesday to Friday", "Monday through Wednesday": the days between */
        const px_entry *e2 = NULL;
        if (j + 1 < lim && (px_tis(d, j, "to") || px_tis(d, j, "through") ||
                            px_tis(d, j, "until") || px_tis(d, j, "till")) &&
            (d->toks[j + 1].flags & TF_CAP) && (e2 = tw(d, &memo, j + 1, lim, TW_WEEKDAY)) &&
            e2->a != wd && !(j + 2 < lim && px_tis(d, j + 2, "'s"))) {
            set_days(t, z, z + (e2->a - wd + 7) % 7, 1);
            j += 2;
        } else if (j + 1 < lim && px_tis(d, j, "and") && (d->toks[j + 1].flags & TF_CAP) &&
                   (e2 = tw(d, &memo, j + 1, lim, TW_WEEKDAY)) && e2->a == wd % 7 + 1 &&
                   !(j + 2 < lim && px_tis(d, j + 2, "'s"))) {
            /* "will visit Washington on Monday and Tuesday": two days running */
            set_days(t, z, z + 1, 1);
            j += 2;
        }
        ok = true;
    } else if ((e = tw(d, &memo, j, lim, TW_REL)) != NULL) {
        char code = (char)e->b;
        if (code == 'R') {
            set_days(t, pub - 30, pub, 6);
            j++;
            ok = true;
        } else if (code == 0 && !prep) {
            if (px_tis(d, j, "now")) {
                return false;
            }
            set_days(t, pub + e->a, pub + e->a, 1);
            j++;
            ok = true;
        } else if (code == 'E' || code == 'L') {
            /* earlier/later this week|month|year */
            const px_entry *p2 = tw(d, &memo, j + 1, lim, TW_PART);
            const px_entry *u = tw(d, &memo, j + 2, lim, TW_UNIT);
            /* (also "later in the month", "earlier in the year": this one) */
            bool in_the = false;
            if (!(p2 && u) && px_tis(d, j + 1, "in") && px_tis(d, j + 2, "the")) {
                u = tw(d, &memo, j + 3, lim, TW_UNIT);
                in_the = u && (u->b == 'w' || u->b == 'm' || u->b == 'y') &&
                         (j + 4 >= lim || !px_tis(d, j + 4, "of"));
                u = in_the ? u : NULL;
            }
            if ((p2 && u && p2->a == 0 && !p2->b) || in_the) {
                int a = pub, z = pub;
                if (u->b == 'm') {
                    a = px_days_from_civil(P.pub_y, P.pub_m, 1);
                    z = px_days_from_civil(P.pub_y, P.pub_m, month_days(P.pub_y, P.pub_m));
                } else if (u->b == 'y') {
                    a = px_days_from_civil(P.pub_y, 1, 1);
                    z = px_days_from_civil(P.pub_y, 12, 31);
                } else {
                    int pubwd = ((pub % 7) + 7 + 3) % 7;
                    a = pub - pubwd;
                    z = a + 6;
                }
                if (code == 'E') {
                    set_days(t, a, pub, u->b == 'y' ? 5 : u->b == 'm' ? 3 : 2);
                } else {
                    set_days(t, pub, z, u->b == 'y' ? 5 : u->b == 'm' ? 3 : 2);
                }
                j += in_the ? 4 : 3;
                ok = true;
            }
        }
    } else if ((e = tw(d, &memo, j, lim, TW_PART)) != NULL && !e->b) {
        /* last/this/next week|month|year|weekend|<weekday>|<season> */
        int off = e->a;
        const px_entry *u = tw(d, &memo, j + 1, lim, TW_UNIT);
        const px_entry *w = tw(d, &memo, j + 1, lim, TW_WEEKDAY);
        const px_entry *s = tw(d, &memo, j + 1, lim, TW_SEASON);
        const px_entry *m = tw(d, &memo, j + 1, lim, TW_MONTH);
        /* "in the coming days", "in the coming weeks", "over the coming months": from the
         * publication day on, a week, four weeks or three months */
        bool plural = u && (px_tis(d, j + 1, "days") || px_tis(d, j + 1, "weeks") ||
                            px_tis(d, j + 1, "months"));
        if (plural && px_tis(d, j, "coming")) {
            int span = u->b == 'd' ? 7 : u->b == 'w' ? 28 : 91;
            set_days(t, pub, pub + span - 1, u->b == 'd' ? 2 : 3);
            j += 2;
            ok = true;
        } else if (u && (u->b == 'w' || u->b == 'W') && d->toks[j + 1].klen <= 7 &&
            !(u->b == 'w' && px_tis(d, j + 1, "weeks"))) {
            int pubwd = ((pub % 7) + 7 + 3) % 7; /* 0 = Monday */
            int mon = pub - pubwd + 7 * off;
            if (u->b == 'W') {
                set_days(t, mon + 5, mon + 6, 2);
            } else {
                set_days(t, mon, mon + 6, 2);
            }
            j += 2;
            ok = true;
        } else if (u && u->b == 'm' && px_tis(d, j + 1, "month")) {
            int yy = P.pub_y, mm = P.pub_m + off;
            if (mm < 1) {
                mm += 12;
                yy--;
            } else if (mm > 12) {
                mm -= 12;
                yy++;
            }
            set_month(t, yy, mm, part);
            j += 2;
            ok = true;
        } else if (u && u->b == 'y' && px_tis(d, j + 1, "year")) {
            int yy = P.pub_y + off;
            if (part) {
                set_year_part(t, yy, part);
            } else {
                set_year(t, yy);
            }
            j += 2;
            ok = true;
        } else if (w && (d->toks[j + 1].flags & TF_CAP) && off != 0) {
            int wd = w->a;
            int pubwd = ((pub % 7) + 7 + 3) % 7 + 1;
            int z = off < 0 ? pub - ((pubwd - wd + 7) % 7 ? (pubwd - wd + 7) % 7 : 7)
                            : pub + ((wd - pubwd + 7) % 7 ? (wd - pubwd + 7) % 7 : 7);
            set_days(t, z, z, 1);
            j += 2;
            ok = true;
        } else if (m && (d->toks[j + 1].flags & TF_CAP) && off != 0) {
            int yy = off < 0 ? (m->a < P.pub_m ? P.pub_y : P.pub_y - 1)
                             : (m->a > P.pub_m ? P.pub_y : P.pub_y + 1);
            set_month(t, yy, m->a, 0);
            j += 2;
            ok = true;
        } else if (s) {
            int yy = P.pub_y;
            int sm = s->a;
            int pubseason = P.pub_m == 12 ? 12 : ((P.pub_m - 3 + 12) % 12) / 3 * 3 + 3;
            if (off < 0 && sm >= pubseason && sm != 12) {
                yy--;
            } else if (off > 0 && sm <= pubseason) {
                yy++;
            }
            int a = px_days_from_civil(yy, sm, 1);
            int em = sm + 2 > 12 ? sm + 2 - 12 : sm + 2;
            int ey = sm + 2 > 12 ? yy + 1 : yy;
            set_days(t, a, px_days_from_civil(ey, em, month_days(ey, em)), 4);
            j += 2;
            ok = true;
        }
    } else if ((e = tw(d, &memo, j, lim, TW_SEASON)) != NULL && prep) {
        int sm = e->a;
        int yy = num_at(d, j + 1, lim, 1900, 2100);
        uint32_t q = j + 1;
        if (yy > 0) {
            absolute = true;
            q++;
        } else {
            yy = future ? (sm >= P.pub_m - 2 ? P.pub_y : P.pub_y + 1)
                        : (sm <= P.pub_m ? P.pub_y : P.pub_y - 1);
        }
        int a = px_days_from_civil(yy, sm, 1);
        int em = sm + 2 > 12 ? sm + 2 - 12 : sm + 2;
        int ey = sm + 2 > 12 ? yy + 1 : yy;
        set_days(t, a, px_days_from_civil(ey, em, month_days(ey, em)), 4);
        j = q;
        ok = true;
    } else if (prep && (y = num_at(d, j, lim, 1900, 2100)) > 0 &&
               (px_tis(d, i, "in") || since_when ||
                (part && (px_tis(d, i, "by") || px_tis(d, i, "from"))))) {
        absolute = true;
        if (part) {
            set_year_part(t, y, part); /* "in early 2027", "mid-2027", "late 2026" */
        } else {
            set_year(t, y);
        }
        j++;
        ok = true;
    } else if (!prep) {
        /* N days|weeks|months|years ago */
        int nn = num_at(d, j, lim, 1, 99);
        const px_entry *nw = tw(d, &memo, j, lim, TW_NUMWORD);
        if (nn < 0 && nw) {
            nn = nw->a;
        }
        const px_entry *u = tw(d, &memo, j + 1, lim, TW_UNIT);
        if (nn > 0 && u && px_tis(d, j + 2, "ago")) {
            int z = pub;
            int prec = 1;
            if (u->b == 'd') {
                z -= nn;
            } else if (u->b == 'w') {
                z -= 7 * nn;
                prec = 2;
            } else if (u->b == 'm') {
                z -= 30 * nn;
                prec = 3;
            } else {
                z -= 365 * nn;
                prec = 5;
            }
            if (prec == 1) {
                set_days(t, z, z, 1);
            } else if (prec == 2) {
                set_days(t, z - 3, z + 3, 2);
            } else {
                int yy, mm, dd;
                px_civil_from_days(z, &yy, &mm, &dd);
                if (prec == 3) {
                    set_month(t, yy, mm, 0);
                } else {
                    set_year(t, yy);
                }
            }
            j += 3;
            ok = true;
        }
    }
    (void)b;
    if (!ok) {
        return false;
    }
    return timex_done(d, t, i, j, !have_pub && !absolute);
}

void px_time_resolve(const px_doc *d, px_time *t, bool future)
{
    if (!t->set && t->te == 0) {
        return;
    }
    px_time r;
    uint32_t ts = t->ts, te = t->te;
    if (px_timex_at(d, ts, te, &r, future)) {
        *t = r;
    }
}

void px_dateline_anchor(px_doc *d)
{
    if (d->pub_y <= 0) {
        return;
    }
    /* the dateline opens the story or the line after its headline */
    for (size_t s = 0; s < d->nsent && s < 2; s++) {
        uint32_t tb = d->sents[s].tb, te = d->sents[s].te, e = tb;
        while (e < te && (d->toks[e].flags & TF_DATELINE)) {
            e++;
        }
        for (uint32_t i = tb; i < e; i++) {
            px_time t;
            if ((d->toks[i].flags & TF_PUNCT) || !px_timex_at(d, i, e, &t, false) ||
                !t.set || t.prec != 1) {
                continue;
            }
            /* a wire story filed the day before (or, across time zones, the day after)
             * its publication: its "today" and "on Tuesday" are the dateline's */
            int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
            int dl = px_days_from_civil(t.y0, t.m0, t.d0);
            if (dl != pub && dl >= pub - 3 && dl <= pub + 1) {
                d->pub_y = t.y0;
                d->pub_m = t.m0;
                d->pub_d = t.d0;
            }
            return;
        }
    }
}
