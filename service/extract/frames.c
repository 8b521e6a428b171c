/* frames.c - contact frames: finds contact words (verbs, nouns, light-verb and motion
 * constructions), climbs to their governors (request/agree/decline/cancel/postpone,
 * will/plan to, negation) to set type and status, fills roles from the clause
 * (subject, object, with/between/by/from phrases, adjectives such as "US mediation"),
 * and attaches location and time. Habitual, hypothetical, conditional and recommended
 * contacts are dropped, as are parties that are quoted analysts or speakers.
 * DESIGN: shallow, window-bounded analysis over tokens; every loop is capped so a
 * sentence costs O(tokens x small constant). */
#include "px_internal.h"

#include <stdlib.h>
#include <string.h>
#ifdef PX_TRACE
#include <stdio.h>
#endif

enum { F_VERB = 1, F_NOUN, F_LIGHT, F_MOTION };
enum { MAX_SUBJ = 8 }; /* a contact's subjects: a list of states or people */

typedef struct core {
    uint32_t ts, te;      /* contact phrase (light verb .. noun included) */
    uint32_t cs;          /* start of the verb chain (governors included) */
    uint32_t after;       /* first token after the contact phrase */
    uint8_t type, form;
    uint8_t vflags;
    uint8_t status;
    uint8_t dec;          /* 1 request, 2 demand, 3 intent */
    bool neg, drop, governed, venue;
    int32_t dec_tok;      /* deciding verb, -1 */
    int32_t owner;        /* requester / offerer mention, -1 */
    int32_t dest;         /* destination of a motion verb turned into a purpose frame */
    uint32_t vts, vte;    /* the event a motion verb travels to ("for the G7 summit"), 0/0 */
    int32_t agent;        /* the delegate of "send X to the meeting", -1 */
    bool delegate;        /* the agent stands for the subject, who is no party: "sent
                             Witkoff to Moscow (to meet Putin)" */
    int32_t pur;          /* purpose infinitive: index of the contact it serves, -1 */
    int32_t asked[4];     /* "invited A and B to visit": the ones asked, nasked of them */
    int nasked;
    int32_t asker;        /* "was invited by X to visit": the one who asks, -1 */
    bool asked_subj;      /* "X was invited to visit": the subject is the one asked */
    bool self_dec;        /* the core word is itself the decision: "invited X to Moscow" */
    bool inv_noun;        /* "an invitation to Beijing": proposed unless a verb decides it */
    uint32_t pass_tok;    /* "was postponed": the passive decision's verb, 0 */
    uint32_t rel_ts, rel_te; /* ", which were postponed in October," before the predicate */
    uint32_t since_verb;  /* "have not met since their summit": the negated verb, 0 */
    uint32_t trip_tok;    /* "a tour ..., taking in Samoa": the trip noun, whose status the
                             visit takes, 0 */
    bool setting;         /* a noun in a setting phrase ("during a meeting", "at talks"): a
                             contact only with the parties of its clause */
    bool ahead;           /* a setting that comes later: "ahead of / before / prior to talks
                             with X" (planned, not dated by the clause's time) */
    int32_t adj[4];
    int nadj;
    const char *rule;
} core;

#define MAX_CORES 16
#define MAX_TIMEX 8

typedef struct sctx {
    px_doc *d;
    int si;
    uint32_t tb, te;
    size_t mb, me;        /* mentions of this sentence */
    int32_t *tm;          /* token -> mention (relative index), -1 */
    bool *speaker;        /* per mention: speaker of a report verb */
    px_time tx[MAX_TIMEX];
    int ntx;
    core cores[MAX_CORES];
    int ncore;
    bool sport;           /* the sentence has a sport cue ("match", "stadium") */
} sctx;

/* ---------- token predicates ---------- */

static const px_entry *trig(const px_doc *d, uint32_t i, uint32_t lim, int cls, uint32_t *len)
{
    if (i >= lim || !(d->toks[i].kmask & PX_TRIG_BIT(cls))) {
        if (len) {
            *len = 0;
        }
        return NULL;
    }
    const px_gaz *g = d->ctx->gaz;
    uint32_t node = 0, j = i, best = 0;
    const px_entry *be = NULL;
    /* (up to the lexicon's longest phrase: "presented a copy of his credentials to"; a
     * hyphen is no word) */
    for (int w = 0; j < lim && w < PX_TRIGGER_MAX_WORDS;) {
        if ((d->toks[j].flags & TF_HYPH) && j > i) {
            j++;
            continue;
        }
        w++;
        uint32_t c = px_gaz_child(g, node, d->toks[j].wid);
        if (!c) {
            break;
        }
        node = c;
        j++;
        for (const px_entry *e = px_gaz_entries(g, node); e; e = px_gaz_next(g, e)) {
            if (e->kind == K_TRIGGER && e->sub == cls) {
                be = e;
                best = j - i;
                break;
            }
        }
    }
    if (len) {
        *len = best;
    }
    return be;
}

static bool cue1(const px_doc *d, uint32_t i, int sub)
{
    uint32_t l;
    return px_cue(d, i, sub, &l) && l >= 1;
}

/* (always inline: the rules call it with a literal thousands of times, whose length the
 * compiler then knows; an out-of-line copy measures each word with strlen) */
static inline __attribute__((always_inline)) bool is(const px_doc *d, uint32_t i, const char *w)
{
    return px_tis(d, i, w);
}

/* the head noun of a joint body named before a contact noun ("a General Border Committee
 * meeting", "the Joint Commission meeting", "a new consultation mechanism meeting") */
static bool joint_body_head(const px_doc *d, uint32_t i)
{
    return is(d, i, "committee") || is(d, i, "commission") || is(d, i, "mechanism");
}

/* "face-to-face" or "face to face" (over hyphens), or "in person", at i: the token after
 * it, or 0 */
static uint32_t in_person(const px_doc *d, uint32_t i, uint32_t lim)
{
    static const char *const ftf[] = {"face", "to", "face"};
    if (i >= lim || (d->toks[i].k0 != 'f' && d->toks[i].k0 != 'i' &&
                     !(d->toks[i].flags & TF_HYPH))) {
        return 0; /* (most words: neither starts, nor is a hyphen skipped before them) */
    }
    uint32_t e = i;
    int n = 0;
    while (e < lim && n < 3 && e < i + 6) {
        if ((d->toks[e].flags & TF_HYPH) && !(d->toks[e].flags & TF_ALPHA)) {
            e++;
        } else if (is(d, e, ftf[n])) {
            e++;
            n++;
        } else {
            break;
        }
    }
    if (n == 3) {
        return e;
    }
    return i + 1 < lim && is(d, i, "in") && is(d, i + 1, "person") ? i + 2 : 0;
}

/* "on the sidelines of", "on the margins of", "at a White House dinner", "during the
 * funeral" at q: a setting met in person */
static bool in_person_setting(const px_doc *d, uint32_t q, uint32_t lim)
{
    if (q + 2 >= lim) {
        return false;
    }
    if (is(d, q, "on") && is(d, q + 1, "the") &&
        (is(d, q + 2, "sidelines") || is(d, q + 2, "margins") || is(d, q + 2, "fringes"))) {
        return true;
    }
    if (!(is(d, q, "at") || is(d, q, "during")) ||
        !(is(d, q + 1, "a") || is(d, q + 1, "the") || is(d, q + 1, "an"))) {
        return false;
    }
    static const char *const gatherings[] = {"dinner", "reception", "banquet", "lunch",
                                             "luncheon", "breakfast", "gala", "funeral",
                                             "ceremony", "summit", "gathering", NULL};
    for (uint32_t g = q + 2; g < lim && g < q + 6; g++) {
        for (int x = 0; gatherings[x]; x++) {
            if (is(d, g, gatherings[x])) {
                return true;
            }
        }
        if (d->toks[g].p) {
            break;
        }
    }
    return false;
}

/* a gathering one attends, named by its kind: "the ceremony", "the inauguration" */
static bool ceremony_noun(const px_doc *d, uint32_t i)
{
    return is(d, i, "ceremony") || is(d, i, "inauguration") || is(d, i, "summit") ||
           is(d, i, "funeral") || is(d, i, "conference") || is(d, i, "forum") ||
           is(d, i, "meeting") || is(d, i, "coronation") || is(d, i, "gathering");
}

/* "on the principle of" (also "\"agreed on the principle\" of", over the quotes) from a
 * to b: an agreement in principle on the contact at b. */
static bool agreed_principle(const px_doc *d, uint32_t a, uint32_t b)
{
    static const char *const w[] = {"on", "the", "principle", "of"};
    int n = 0;
    for (uint32_t q = a; q < b; q++) {
        if (d->toks[q].p == '"' || (d->toks[q].p && (d->toks[q].flags & (TF_QOPEN | TF_QCLOSE)))) {
            continue;
        }
        if (n >= 4 || !is(d, q, w[n])) {
            return false;
        }
        n++;
    }
    return n == 4 || (n == 3 && is(d, b, "of"));
}

/* an ordinal in figures: "24th", "3rd", "1st" */
static bool num_ordinal(const px_doc *d, uint32_t i)
{
    const char *k = px_tkey(d, i);
    size_t n = d->toks[i].klen;
    if (n < 3 || k[0] < '0' || k[0] > '9') {
        return false;
    }
    const char *suf = k + n - 2;
    return strcmp(suf, "st") == 0 || strcmp(suf, "nd") == 0 || strcmp(suf, "rd") == 0 ||
           strcmp(suf, "th") == 0;
}

/* an ordinal in words: "first" ... "tenth" */
static bool ordinal_word(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* a go-between's noun after a state's adjective: "with US mediation", "under UN auspices",
 * "under Malaysian facilitation" */
static bool mediation_noun(const px_doc *d, uint32_t i)
{
    return is(d, i, "mediation") || is(d, i, "auspices") || is(d, i, "facilitation");
}

/* a word of rivalry before a named person: "to meet his rival, X" */
static bool rival_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "rival") || is(d, i, "adversary") || is(d, i, "opponent") ||
           is(d, i, "foe");
}

/* an armed group's descriptor before its name: "the paramilitary Rapid Support Forces" */
static bool armed_descriptor(const px_doc *d, uint32_t i)
{
    return is(d, i, "paramilitary") || is(d, i, "rebel") || is(d, i, "militant") ||
           is(d, i, "separatist") || is(d, i, "insurgent") || is(d, i, "armed");
}

/* the participle of a "-led" compound: "the communist-led National Democratic Front" */
static bool led_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "led") || is(d, i, "backed") || is(d, i, "aligned") || is(d, i, "linked");
}

/* "a special envoy of President X", "Tshisekedi's personal emissary": the token after an
 * envoy's noun at i (over up to two modifiers), else 0 */
static uint32_t envoy_end(const px_doc *d, uint32_t i, uint32_t lim)
{
    /* (over an article: "received the Special Envoy of the President of the UAE, X") */
    uint32_t a = i < lim && (is(d, i, "the") || is(d, i, "a") || is(d, i, "an")) ? i + 1 : i;
    for (uint32_t q = a; q < lim && q < a + 3; q++) {
        if (is(d, q, "envoy") || is(d, q, "emissary")) {
            return q + 1;
        }
        if (!is(d, q, "special") && !is(d, q, "personal") && !is(d, q, "presidential") &&
            !is(d, q, "senior")) {
            return 0;
        }
    }
    return 0;
}

/* a condition word at i ("if", "unless", "on condition"), but not "until" (a time) nor the
 * attribution "spoke on condition of anonymity" / "on condition that they not be named" */
static bool cond_at(const px_doc *d, uint32_t i)
{
    /* (also over an opening quote: would travel there only "when the guns fall silent") */
    if (i > 1 && is(d, i - 2, "only") && (d->toks[i - 1].flags & TF_QOPEN) &&
        (is(d, i, "when") || is(d, i, "if") || is(d, i, "once"))) {
        return true;
    }
    if (!cue1(d, i, CUE_COND) || is(d, i, "until")) {
        return false;
    }
    if (is(d, i, "on")) {
        for (uint32_t j = i + 2; j < d->ntok && j < i + 9; j++) {
            if (is(d, j, "anonymity") || is(d, j, "named") || is(d, j, "identified")) {
                return false;
            }
        }
    }
    return true;
}

/* "by", "over", "via": the word that opens a medium ("by phone", "over the telephone") */
static bool medium_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "by") || is(d, i, "over") || is(d, i, "via");
}

/* a form of "be" (is, are, was, were, been, be): before a participle, a passive */
static bool be_form(const px_doc *d, uint32_t i)
{
    return is(d, i, "is") || is(d, i, "are") || is(d, i, "was") || is(d, i, "were") ||
           is(d, i, "been") || is(d, i, "be");
}

/* an -ly adverb that is not a name: "probably", "likely", "formally" */
static bool adverb_ly(const px_doc *d, uint32_t i)
{
    const char *k = px_tkey(d, i);
    size_t n = d->toks[i].klen;
    return n > 4 && k[n - 2] == 'l' && k[n - 1] == 'y' && !(d->toks[i].flags & TF_CAP) &&
           !d->toks[i].p;
}

/* "was hosted", "had been received", "were warmly welcomed": a past participle at i after a
 * form of "be" (adverbs between) */
static bool passive_at(const px_doc *d, uint32_t tb, uint32_t i)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "today", "yesterday", NULL};
    uint32_t p = i;
    /* (a reduced passive of a reception after a comma: "arrived at the White House,
     * greeted by Trump") */
    if (i > tb && d->toks[i - 1].p == ',' && i + 2 < d->ntok && is(d, i + 1, "by") &&
        (is(d, i, "greeted") || is(d, i, "welcomed") || is(d, i, "received") ||
         is(d, i, "hosted"))) {
        return true;
    }
    for (int n = 0; n < 4 && p > tb; n++) {
        p--;
        if (be_form(d, p)) {
            return true;
        }
        /* (also over a day: "was on Monday received by Abiy Ahmed") */
        bool day = false;
        bool on = (d->toks[p].flags & TF_CAP) && p > tb && is(d, p - 1, "on");
        for (int w = on ? 0 : 7; days[w] && !day; w++) {
            day = is(d, p, days[w]);
        }
        if (day && p > tb && is(d, p - 1, "on")) {
            p--;
            continue;
        }
        if (!adverb_ly(d, p) && !is(d, p, "also") && !is(d, p, "not") && !is(d, p, "later") &&
            !is(d, p, "then") && !is(d, p, "subsequently") && !is(d, p, "afterwards") && !day) {
            return false;
        }
    }
    return false;
}

static int ment_at(const sctx *c, uint32_t i)
{
    if (i < c->tb || i >= c->te) {
        return -1;
    }
    return c->tm[i - c->tb];
}

static const px_ment *M(const sctx *c, int rel)
{
    return &c->d->ments[c->mb + (size_t)rel];
}

static const px_ent *E(const sctx *c, int rel)
{
    const px_ment *m = M(c, rel);
    return m->ent >= 0 ? &c->d->ents[m->ent] : NULL;
}

static bool is_party_kind(const sctx *c, int rel)
{
    const px_ment *m = M(c, rel);
    return m->kind == MK_PERSON || m->kind == MK_STATE || m->kind == MK_ORG ||
           m->kind == MK_GROUP || m->kind == MK_UNKNOWN;
}

/* The envoy whose remit the state or body at m is ("The ASEAN special envoy on Myanmar met
 * ...", "the UN envoy for Yemen"), standing for it as a subject; else -1. */
static int remit_holder(const sctx *c, int m)
{
    const px_doc *d = c->d;
    const px_ment *mm = M(c, m);
    uint32_t of = mm->ts > c->tb + 1 && is(d, mm->ts - 1, "the") ? mm->ts - 1 : mm->ts;
    int rp = of > c->tb + 1 && (is(d, of - 1, "on") || is(d, of - 1, "for") || is(d, of - 1, "to"))
                 ? ment_at(c, of - 2)
                 : -1;
    const px_ent *re = rp >= 0 ? E(c, rp) : NULL;
    if (re && M(c, rp)->kind == MK_PERSON && M(c, rp)->te == of - 1 &&
        !(M(c, rp)->flags & (MF_PRON | MF_POSS)) && (mm->kind == MK_STATE || mm->kind == MK_ORG) &&
        (strstr(re->title, "envoy") || strstr(re->title, "ambassador") ||
         strstr(re->title, "representative") || strstr(re->title, "coordinator") ||
         strstr(re->title, "rapporteur"))) {
        return rp;
    }
    return -1;
}

/* The second of a pair of states a joint body is named for, after the first at m ("the
 * Saudi-Iraqi Coordination Council", "the India-Saudi Strategic Partnership Council"): its
 * mention, or -1 (not a business body: "the Saudi-Iraqi Business Council"). */
static int pair_body(const sctx *c, int m)
{
    const px_doc *d = c->d;
    const px_ment *mm = M(c, m);
    uint32_t h = mm->te + (mm->te < c->te && is(d, mm->te, "-") ? 1 : 0);
    if (mm->kind != MK_STATE || h >= c->te ||
        !((d->toks[mm->te - 1].flags & TF_HYPH) || h > mm->te)) {
        return -1;
    }
    int m2 = ment_at(c, h);
    if (m2 < 0 || M(c, m2)->ts != h || M(c, m2)->kind != MK_STATE || !E(c, m) || !E(c, m2) ||
        !E(c, m)->country[0] || !E(c, m2)->country[0] ||
        strcmp(E(c, m)->country, E(c, m2)->country) == 0) {
        return -1;
    }
    uint32_t q = M(c, m2)->te;
    while (q < c->te && q < M(c, m2)->te + 3 && !d->toks[q].p && (d->toks[q].flags & TF_ALPHA) &&
           !joint_body_head(d, q) && !is(d, q, "council") && !is(d, q, "business") &&
           (ment_at(c, q) < 0 || M(c, ment_at(c, q))->kind == MK_UNKNOWN)) {
        q++;
    }
    return q < c->te && (joint_body_head(d, q) || is(d, q, "council")) ? m2 : -1;
}

static int coord_left(const sctx *c, int m, int *out, int max);
static int appositive_head(const sctx *c, uint32_t q);
static bool ing_word(const px_doc *d, uint32_t i);
static bool headline_sent(const sctx *c);
static bool hyph_ing(const sctx *c, uint32_t i);
static bool building_word(const px_doc *d, uint32_t i);
static int coord_right(const sctx *c, int m, int *out, int max);
static int subject(const sctx *c, uint32_t lim, int *out, int max);
static int group_subject(sctx *c, uint32_t cs, int *out, int max);
static int body_people(sctx *c, uint32_t cs, int *out, int max);
static bool report_transparent(const sctx *c, uint32_t r);
static bool sent_to(sctx *c, core *k);
static int sentence_subject(const sctx *c, uint32_t lim, bool speakers, int *out, int max);
static bool expected_to(sctx *c, core *k);

static bool barrier(const px_doc *d, uint32_t i)
{
    const px_tok *t = &d->toks[i];
    if (t->p == ';' || t->p == ':' || (t->flags & (TF_QOPEN | TF_QCLOSE))) {
        return true;
    }
    switch (d->toks[i].k0) {
    case 'b':
        return is(d, i, "but") || is(d, i, "because") || is(d, i, "before");
    case 'w':
        return is(d, i, "while") || is(d, i, "whereas") || is(d, i, "which") || is(d, i, "who") ||
               is(d, i, "where") || is(d, i, "when");
    case 'a':
        return is(d, i, "although") || is(d, i, "after") || is(d, i, "as");
    case 't':
        return is(d, i, "though") || is(d, i, "that");
    case 'i':
        return is(d, i, "if");
    case 'u':
        return is(d, i, "unless");
    case 's':
        return is(d, i, "since");
    default:
        return false;
    }
}

/* a report verb ("said", "told") at i that is no part of a name ("States" in "the United
 * States") */
static bool report_at(const sctx *c, uint32_t i)
{
    return cue1(c->d, i, CUE_REPORT) && ment_at(c, i) < 0;
}

/* ---------- time expressions ---------- */

/* a time word or a number at token q ("on the 14th": a key that starts with a digit) */
static bool time_or_number(const px_doc *d, uint32_t q)
{
    const px_tok *t = &d->toks[q];
    return (t->kmask & ((uint64_t)1 << K_TIME)) || (t->flags & TF_NUM) ||
           (t->k0 >= '0' && t->k0 <= '9');
}

static void find_timex(sctx *c)
{
    px_doc *d = c->d;
    /* tnext: the first time word or number at or after tfrom (c->te: none), found once for
     * the tokens up to it instead of looked for again at each */
    uint32_t tfrom = c->tb, tnext = c->tb;
    while (tnext < c->te && !time_or_number(d, tnext)) {
        tnext++;
    }
    for (uint32_t i = c->tb; i < c->te && c->ntx < MAX_TIMEX; i++) {
        if (ment_at(c, i) >= 0 && !(d->toks[i].flags & TF_NUM)) {
            continue;
        }
        if (d->toks[i].flags & TF_DATELINE) {
            continue; /* the filing date of a wire, not the event's */
        }
        /* only where a time word or number is within reach (i .. i + 2) */
        if (i < tfrom || i > tnext) {
            tfrom = tnext = i;
            while (tnext < c->te && !time_or_number(d, tnext)) {
                tnext++;
            }
        }
        if (tnext >= c->te || tnext >= i + 3) {
            continue;
        }
        px_time t;
        if (px_timex_at(d, i, c->te, &t, false)) {
            /* "since 2020", "until May" and "(on a state visit) through Thursday" do not
             * place an event */
            /* (but "since 2023, when Xi visited Moscow" dates the when-clause) */
            bool when_after = is(d, i - 1, "since") && t.te + 1 < c->te && d->toks[t.te].p == ',' &&
                              is(d, t.te + 1, "when");
            if (i > c->tb && !when_after &&
                (is(d, i - 1, "since") || is(d, i - 1, "until") || is(d, i - 1, "till") ||
                 is(d, i - 1, "by") || is(d, i - 1, "through"))) {
                i = t.te - 1;
                continue;
            }
            /* "... since he returned to office in 2023": the time of a since-clause */
            /* (not past another clause's opener: "the first British prime minister to visit
             * China since 2018 when he travels to Beijing in January") */
            /* (but a contact noun's own time is kept: "has not travelled abroad since his
             * visit to Riyadh in 2023" dates that visit) */
            bool since = false, noun = false;
            /* (over a hyphen inside a name: "since the Russia-Ukraine conflict began in
             * February 2022") */
            for (uint32_t q = i; q > c->tb && q + 12 > i &&
                                 (!d->toks[q - 1].p || (d->toks[q - 1].flags & TF_HYPH)) && !since;
                 q--) {
                since = is(d, q - 1, "since");
                /* (also a contact verb of the since-clause's own: "their first conversation
                 * since they met in Busan in October" dates that meeting) */
                noun = noun || trig(d, q - 1, c->te, TR_CONTACT_N, NULL) != NULL ||
                       trig(d, q - 1, c->te, TR_CONTACT_V, NULL) != NULL;
                if (!since && barrier(d, q - 1) && !is(d, q - 1, "that") &&
                    !is(d, q - 1, "which") && !is(d, q - 1, "who") && !is(d, q - 1, "as")) {
                    break;
                }
            }
            since = since && !noun && !when_after;
            if (since) {
                i = t.te - 1;
                continue;
            }
            /* "visited the White House for the fourth time this year on Monday": the year
             * counts the visits, and the day after it is the visit's */
            if (i > c->tb + 2 && is(d, i - 1, "time") && t.prec >= 3 && t.te < c->te) {
                px_time t2;
                uint32_t n2 = t.te;
                if (px_timex_at(d, n2, c->te, &t2, false) && t2.prec < t.prec) {
                    i = t.te - 1;
                    continue;
                }
            }
            c->tx[c->ntx++] = t;
            i = t.te - 1;
        }
    }
}

static bool in_timex(const sctx *c, uint32_t i, uint32_t *end)
{
    for (int k = 0; k < c->ntx; k++) {
        if (i >= c->tx[k].ts && i < c->tx[k].te) {
            if (end) {
                *end = c->tx[k].te;
            }
            return true;
        }
    }
    return false;
}

/* the first token at or after i that is in no time phrase ("to Moscow last Friday for
 * talks": "for") */
static uint32_t after_timex(const sctx *c, uint32_t i)
{
    uint32_t e = 0;
    while (i < c->te && in_timex(c, i, &e) && e > i) {
        i = e;
    }
    return i < c->te ? i : c->te - 1;
}

/* a time phrase's word, or a comma that opens or closes one ("will on Monday, 30 March
 * 2026, host"): what may stand between an auxiliary and its verb */
static bool time_gap(const sctx *c, uint32_t i)
{
    if (in_timex(c, i, NULL)) {
        return true;
    }
    return c->d->toks[i].p == ',' && i > c->tb && i + 1 < c->te &&
           (in_timex(c, i - 1, NULL) || in_timex(c, i + 1, NULL));
}

/* a time phrase (and its commas) right after an auxiliary and before the verb it
 * governs, with i in it: "will on Monday, 30 March 2026, host", "is to on Friday meet" */
static bool aux_time_gap(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    uint32_t q = i;
    while (q > c->tb && time_gap(c, q)) {
        q--;
    }
    return q < i && !time_gap(c, q) &&
           (is(d, q, "will") || is(d, q, "would") || is(d, q, "could") || is(d, q, "should") ||
            is(d, q, "can") || is(d, q, "may") || is(d, q, "might") || is(d, q, "must") ||
            is(d, q, "shall") || is(d, q, "'ll") || is(d, q, "to"));
}

/* ---------- skipping helpers ---------- */

/* tokens that may sit between a subject and its verb, or inside a verb chain */
static bool chain_skip(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    if (in_timex(c, i, NULL)) {
        return true;
    }
    if (cue1(d, i, CUE_AUX) || cue1(d, i, CUE_NEG)) {
        return true;
    }
    /* ("will no longer travel": both words of the negation) */
    if ((is(d, i, "no") && i + 1 < c->te && is(d, i + 1, "longer")) ||
        (is(d, i, "longer") && i > c->tb && is(d, i - 1, "no"))) {
        return true;
    }
    /* adverbs: -ly words that are not names */
    return adverb_ly(d, i);
}

/* ---------- contact cores ---------- */

static bool meal(const px_doc *d, uint32_t i)
{
    return is(d, i, "lunch") || is(d, i, "dinner") || is(d, i, "breakfast") ||
           is(d, i, "luncheon") || is(d, i, "banquet");
}

static bool det_like(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    if (cue1(c->d, i, CUE_DET)) {
        return true;
    }
    const px_tok *t = &d->toks[i];
    if (t->flags & TF_HYPH) {
        return true;
    }
    int m = ment_at(c, i);
    if (m >= 0 && (M(c, m)->flags & (MF_ADJ | MF_POSS))) {
        return true;
    }
    if (m >= 0 && M(c, m)->kind == MK_ORG) {
        return true; /* "Security Council meeting", "Apec trade meeting" */
    }
    if (is(d, i, "'s") || is(d, i, "their") || is(d, i, "his") || is(d, i, "her") ||
        is(d, i, "its") || is(d, i, "our")) {
        return true;
    }
    if ((t->flags & TF_NUM) || num_ordinal(d, i)) {
        return true; /* (also "the 48th meeting", as "the fifth meeting") */
    }
    return false;
}

/* a plain lower-case modifier inside a venue phrase ("at a closed-door meeting") */
/* A word of a measure compound: "90" or "minute" of "a 90-minute call", "two" or "hour" of
 * "a two-hour meeting". */
/* A number word: "two", "ten", "half". */
static bool measure_num(const px_doc *d, uint32_t k)
{
    static const char *const nums[] = {"one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", "half", NULL};
    for (int q = 0; nums[q]; q++) {
        if (is(d, k, nums[q])) {
            return true;
        }
    }
    return false;
}

static bool measure_part(const sctx *c, uint32_t k)
{
    const px_doc *d = c->d;
    uint32_t n = k;
    if (k >= c->tb + 2 && (d->toks[k - 1].flags & TF_HYPH)) {
        n = k - 2; /* the unit: its number is before the hyphen */
    } else if (!(k + 1 < c->te && (d->toks[k + 1].flags & TF_HYPH))) {
        return false;
    }
    return (d->toks[n].flags & TF_NUM) || measure_num(d, n);
}

/* A named venue that is an event (a summit, a forum: going there is attending it), not
 * a building or residence (going to Mar-a-Lago is visiting the United States). m is a
 * VENUE mention. */
static bool venue_event(const sctx *c, int m)
{
    const px_doc *d = c->d;
    uint32_t ts = M(c, m)->ts, vl = 0;
    if (ts + 1 < M(c, m)->te && (is(d, ts, "the") || is(d, ts, "a"))) {
        ts++;
    }
    const px_entry *ve = px_match_kind(d, ts, K_VENUE, &vl);
    const char *kind = ve && ve->s[2] ? px_gaz_cstr(d->ctx->gaz, ve->s[2]) : "";
    return !(px_streq(kind, "building") || px_streq(kind, "residence"));
}

static bool venue_adj(const sctx *c, uint32_t k)
{
    const px_doc *d = c->d;
    /* "a 90-minute phone call", "a two-hour meeting": a measure compound */
    if (measure_part(c, k) ||
        ((d->toks[k].flags & TF_HYPH) && k > c->tb && measure_part(c, k - 1))) {
        return true;
    }
    if (!(d->toks[k].flags & TF_ALPHA) || (d->toks[k].flags & TF_CAP) || ment_at(c, k) >= 0) {
        return false;
    }
    if (d->toks[k].kmask & (((uint64_t)1 << K_TRIGGER) | PX_CUE_BIT(CUE_REPORT) |
                            PX_CUE_BIT(CUE_AUX) | PX_CUE_BIT(CUE_NEG) | PX_CUE_BIT(CUE_CLAUSE) |
                            PX_CUE_BIT(CUE_PRON) | PX_CUE_BIT(CUE_REL))) {
        return false;
    }
    /* not a preposition or conjunction (by first letter: this runs for many tokens) */
    const char *w = px_tkey(d, k);
    switch (w[0]) {
    case 'w':
        return !px_streq(w, "with");
    case 'b':
        return !px_streq(w, "between") && !px_streq(w, "by");
    case 'f':
        return !px_streq(w, "from") && !px_streq(w, "for") && !px_streq(w, "following");
    case 't':
        return !px_streq(w, "to");
    case 'a':
        return !px_streq(w, "and") && !px_streq(w, "at") && !px_streq(w, "after");
    case 'o':
        return !px_streq(w, "or") && !px_streq(w, "on") && !px_streq(w, "over") &&
               !px_streq(w, "of");
    case 'i':
        return !px_streq(w, "in");
    case 'd':
        return !px_streq(w, "during");
    default:
        return true;
    }
}

/* Does a preposition that puts what follows later end at i: "ahead of", "before",
 * "prior to"? */
static bool ahead_prep(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    const char *w = px_tkey(d, i);
    switch (w[0]) { /* (per token in post_scan) */
    case 'b':
        return px_streq(w, "before");
    case 'o':
        return px_streq(w, "of") && i > c->tb && is(d, i - 1, "ahead");
    case 't':
        return px_streq(w, "to") && i > c->tb && is(d, i - 1, "prior");
    default:
        return false;
    }
}

/* Is the noun at i used as a venue ("at an Apec trade meeting", "on the sidelines of")? */
/* "weeks of", "hours of tense", "two rounds of", "several days of": a span of a contact
 * before its noun (its words from the end at i backwards); returns the index before it, or
 * i when there is none */
static uint32_t span_of(const px_doc *d, uint32_t tb, uint32_t i)
{
    static const char *const w[] = {"hours", "days", "weeks", "months", "years", "rounds",
                                    "round", "decades", "minutes", "hour", NULL};
    uint32_t q = i;
    /* an adjective or two after "of": "weeks of tense, difficult negotiations" */
    for (int n = 0; n < 2 && q > tb && !is(d, q, "of") && (d->toks[q].flags & TF_ALPHA) &&
                    !(d->toks[q].flags & TF_CAP);
         n++) {
        q--;
    }
    if (q <= tb || !is(d, q, "of")) {
        return i;
    }
    uint32_t u = q - 1;
    bool unit = false;
    for (int k = 0; w[k] && !unit; k++) {
        unit = is(d, u, w[k]);
    }
    if (!unit) {
        return i;
    }
    while (u > tb && ((d->toks[u - 1].flags & TF_NUM) || is(d, u - 1, "several") ||
                      is(d, u - 1, "many") || is(d, u - 1, "two") || is(d, u - 1, "three") ||
                      is(d, u - 1, "four") || is(d, u - 1, "five") || is(d, u - 1, "long") ||
                      is(d, u - 1, "more") || is(d, u - 1, "than") || is(d, u - 1, "nearly") ||
                      /* ("about 90 minutes of talks", "an hour of talks") */
                      is(d, u - 1, "about") || is(d, u - 1, "around") || is(d, u - 1, "almost") ||
                      is(d, u - 1, "roughly") || is(d, u - 1, "an"))) {
        u--;
    }
    return u > tb ? u - 1 : i;
}

/* "at the start of their talks", "at the end of the meeting": a phase of a contact */
static bool phase_word(const px_doc *d, uint32_t k)
{
    return is(d, k, "start") || is(d, k, "beginning") || is(d, k, "end") ||
           is(d, k, "opening") || is(d, k, "close") || is(d, k, "conclusion") ||
           is(d, k, "outset");
}

/* A lower-case word in -ed: a past participle ("initiated", "requested") */
static bool ed_word(const px_doc *d, uint32_t i)
{
    const char *w = px_tkey(d, i);
    size_t n = d->toks[i].klen;
    return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && !(d->toks[i].flags & TF_CAP) &&
           !d->toks[i].p;
}

/* "denied", "denies", "deny", "denying" (that a contact took place) */
static bool deny_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "denied") || is(d, i, "denies") || is(d, i, "deny") || is(d, i, "denying");
}

/* A group named by its go-between title ("Egyptian and Qatari mediators") */
static bool mediator_group(const px_ent *e)
{
    return e && strncmp(e->title, "mediator", 8) == 0;
}

/* "dismissed", "rejected", "denied" ... (reports that ...) */
static bool dismiss_verb(const px_doc *d, uint32_t i)
{
    return is(d, i, "dismissed") || is(d, i, "rejected") || is(d, i, "denied") ||
           is(d, i, "dismisses") || is(d, i, "denies") || is(d, i, "rejects") ||
           is(d, i, "dismissing") || is(d, i, "rejecting") || is(d, i, "denying");
}

/* "mediated", "brokered", "facilitated", "sponsored": a go-between's participle */
static bool go_between_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "mediated") || is(d, i, "brokered") || is(d, i, "facilitated") ||
           is(d, i, "sponsored");
}

/* "hosted", "co-hosted": a go-between's participle before or after talks ("US-hosted talks
 * between Armenia and Azerbaijan", "talks hosted by Turkey") */
static bool host_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "hosted") || is(d, i, "co-hosted");
}

/* a lower-case word joined by a hyphen: "face-to-face", "long-awaited" */
static bool hyph_part(const sctx *c, uint32_t p)
{
    const px_doc *d = c->d;
    return (d->toks[p].flags & TF_ALPHA) && !(d->toks[p].flags & TF_CAP) &&
           !go_between_word(d, p) && !host_word(d, p) && /* "Qatari-mediated talks" */
           ((p + 1 < c->te && (d->toks[p + 1].flags & TF_HYPH)) ||
            (p > c->tb && (d->toks[p - 1].flags & TF_HYPH)));
}

/* "on a state visit to Turkey", "on his first trip abroad": a visit as the setting of its
 * clause; true when the visit noun at i follows "on" over its determiner and adjectives */
static bool on_a_visit(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    const px_entry *cn = trig(d, i, c->te, TR_CONTACT_N, NULL);
    if (!cn || cn->a != T_VISIT) {
        return false;
    }
    uint32_t q = i;
    for (int n = 0; n < 5 && q > c->tb; n++) {
        uint32_t p = q - 1;
        if (is(d, p, "on")) {
            return n > 0;
        }
        if (!(det_like(c, p) || is(d, p, "a") || is(d, p, "an") || venue_adj(c, p) ||
              is(d, p, "state") || is(d, p, "official") || is(d, p, "working") ||
              (d->toks[p].flags & TF_HYPH) || hyph_part(c, p))) {
            return false;
        }
        q = p;
    }
    return false;
}

static bool venue_use(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    uint32_t k = i;
    if (on_a_visit(c, i)) {
        return true;
    }
    /* "after weeks of talks", "despite hours of tense negotiations" */
    if (i > c->tb + 2) {
        uint32_t sp = span_of(d, c->tb, i - 1);
        if (sp != i - 1 && (is(d, sp, "after") || is(d, sp, "despite") || is(d, sp, "following"))) {
            return true;
        }
    }
    for (int n = 0; n < 8 && k > c->tb; n++) {
        k--;
        /* (over a name's possessive: "the ASEAN Defence Ministers' Meeting-Plus") */
        if ((d->toks[k].p == '\'' || is(d, k, "'s")) && k > c->tb && (d->toks[k - 1].flags & TF_CAP)) {
            continue;
        }
        if (is(d, k, "at") || is(d, k, "during") || is(d, k, "sidelines") || is(d, k, "margins") ||
            is(d, k, "ahead") || is(d, k, "before") || is(d, k, "after") || is(d, k, "since") ||
            is(d, k, "following") || is(d, k, "until") || is(d, k, "throughout") ||
            (is(d, k, "to") && k > c->tb && is(d, k - 1, "prior"))) {
            /* "before meeting X" (gerund) is a verb use, handled by the caller */
            return true;
        }
        /* (over a possessive party: "during the Tajik leader's state visit") */
        if (!det_like(c, k) && !(d->toks[k].flags & TF_CAP) && !is(d, k, "of") && !is(d, k, "the") &&
            !is(d, k, "a") && !is(d, k, "an") && !venue_adj(c, k) && !phase_word(d, k) &&
            !(ment_at(c, k) >= 0 && (M(c, ment_at(c, k))->flags & MF_POSS))) {
            return false;
        }
    }
    return false;
}

/* "met with sharp criticism", "met stiff resistance from Hungary", "met a mixed
 * reception": a reception of a proposal, no contact. j is the first token after the verb
 * ("with" included or not); up to three determiners or modifiers may come first. */
static bool met_reception(const sctx *c, uint32_t j, uint32_t lim)
{
    const px_doc *d = c->d;
    static const char *const nouns[] = {
        "criticism", "resistance", "scepticism", "skepticism", "opposition", "approval",
        "disapproval", "protests", "protest", "condemnation", "anger", "outrage", "silence",
        "success", "applause", "praise", "derision", "hostility", "concern", "alarm", "dismay",
        "indifference", "suspicion", "caution", "enthusiasm", "backlash", "objections",
        "rejection", "reaction", "reactions", "response", "reception", "fury", "ridicule",
        "disbelief", "surprise", "setbacks", "failure", "acclaim", "support",
        /* "has met NATO's target of spending 2%", "met the deadline": a goal reached */
        "target", "targets", "goal", "goals", "deadline", "deadlines", "demand", "demands",
        "requirement", "requirements", "criteria", "conditions", "obligations", "expectations",
        "commitments", "benchmark", "threshold", "quota", NULL};
    if (j < lim && is(d, j, "with")) {
        j++;
    }
    for (uint32_t n = 0; j < lim && n < 4; n++, j++) {
        int pm = ment_at(c, j);
        if (pm >= 0 && (M(c, pm)->flags & MF_POSS) && M(c, pm)->ts == j) {
            j = M(c, pm)->te; /* ("NATO's target") */
            if (j < lim && is(d, j, "'s")) {
                continue;
            }
            j--;
            continue;
        }
        if ((d->toks[j].flags & TF_NUM) || (d->toks[j].flags & TF_PUNCT)) {
            continue; /* ("the 2% target") */
        }
        if (!(d->toks[j].flags & TF_ALPHA) || (d->toks[j].flags & TF_CAP) || pm >= 0) {
            return false;
        }
        for (int x = 0; nouns[x]; x++) {
            if (is(d, j, nouns[x])) {
                return true;
            }
        }
    }
    return false;
}

/* Verbal reading of an ambiguous form (visit, meeting, call, host, tour, welcome). */
static bool verbal_reading(const sctx *c, uint32_t i, const px_entry *e)
{
    const px_doc *d = c->d;
    if (e->flags & (TRF_PAST | TRF_3SG)) {
        /* "visits"/"calls"/"talks" are also plural nouns: verbal only after a subject */
        if ((e->flags & TRF_3SG) && i > c->tb) {
            uint32_t p = i - 1;
            /* (after "and" with its own object: "Grossi visits Tehran and meets Araqchi") */
            int om = is(d, p, "and") && i + 1 < c->te ? ment_at(c, i + 1) : -1;
            bool and_obj = om >= 0 && M(c, om)->ts == i + 1 && !(M(c, om)->flags & MF_ADJ) &&
                           (M(c, om)->kind == MK_PERSON || M(c, om)->kind == MK_STATE ||
                            M(c, om)->kind == MK_PLACE) &&
                           !trig(d, p - 1, c->te, TR_CONTACT_N, NULL);
            if (det_like(c, p) || is(d, p, "of") || is(d, p, "for") || is(d, p, "in") ||
                is(d, p, "on") || is(d, p, "at") || is(d, p, "with") ||
                (is(d, p, "and") && !and_obj)) {
                return false;
            }
        }
        if ((e->flags & TRF_PAST) && i > c->tb && i + 1 < c->te && is(d, i + 1, "by") &&
            go_between_word(d, i) && !passive_at(d, c->tb, i) && !is(d, i - 1, "has") &&
            !is(d, i - 1, "have") && !is(d, i - 1, "had")) {
            return false; /* "talks mediated by Qatar": a participle of the noun before */
        }
        /* ("Sheinbaum first met Trump", "who last met him": an adverb after a subject) */
        /* (also after a plural anaphor: "The two leaders first met in Gyeongju") */
        bool adv = i > c->tb + 1 && (is(d, i - 1, "first") || is(d, i - 1, "last")) &&
                   (ment_at(c, i - 2) >= 0 || is(d, i - 2, "who") || is(d, i - 2, "he") ||
                    is(d, i - 2, "she") || is(d, i - 2, "they") || is(d, i - 2, "had") ||
                    is(d, i - 2, "have") || is(d, i - 2, "has") || is(d, i - 2, "leaders") ||
                    is(d, i - 2, "men") || is(d, i - 2, "ministers") || is(d, i - 2, "two") ||
                    is(d, i - 2, "pair") || is(d, i - 2, "presidents"));
        /* (an adverb that is also a determiner is no determiner before a verb: "Grenell
         * previously met Maduro") */
        /* (a spaced dash is none: "Emomali Rahmon, Sadyr Japarov and Shavkat Mirziyoyev -
         * met in Khujand") */
        bool sdash = i > c->tb && d->toks[i - 1].p == '-' && !(d->toks[i - 1].flags & TF_NOSP);
        /* (nor a plural anaphor's number: "a week after the two met in Munich") */
        sdash = sdash || (i > c->tb + 1 && (is(d, i - 1, "two") || is(d, i - 1, "three")) &&
                          is(d, i - 2, "the"));
        /* (nor "both" for the pair: "although both attended the East Asia Summit") */
        sdash = sdash || (is(d, i - 1, "both") && i + 1 < c->te &&
                          (is(d, i + 1, "the") || ment_at(c, i + 1) >= 0));
        /* (nor a date's day: "Pham Minh Chinh on January 8 received ...") */
        if ((e->flags & TRF_PAST) && i > c->tb && det_like(c, i - 1) && !is(d, i - 1, "'s") && !adv &&
            !sdash && !((d->toks[i - 1].flags & TF_NUM) && in_timex(c, i - 1, NULL)) &&
            !(cue1(d, i - 1, CUE_AUX) && i > c->tb + 1 && ment_at(c, i - 2) >= 0)) {
            /* "a planned visit", "the rescheduled talks": participle as adjective */
            int m = ment_at(c, i - 1);
            if (m < 0) {
                return false;
            }
        }
        return true;
    }
    if (i == c->tb) {
        /* "Hosting King Felipe VI at the Elysee on Wednesday, Macron said ...": a participle
         * opening the sentence with a person as its object */
        if ((e->flags & TRF_ING) && i + 2 < c->te) {
            uint32_t j = i + 1;
            if (is(d, j, "his") || is(d, j, "her") || is(d, j, "their")) {
                j++;
            }
            int om = ment_at(c, j);
            return om >= 0 && M(c, om)->ts == j &&
                   (M(c, om)->kind == MK_PERSON ||
                    (e->a == T_VISIT && (M(c, om)->kind == MK_PLACE || M(c, om)->kind == MK_STATE))) &&
                   !(M(c, om)->flags & (MF_ADJ | MF_POSS | MF_PRON));
        }
        return false;
    }
    uint32_t p = i - 1;
    while (p > c->tb && ((cue1(d, p, CUE_AUX) && !is(d, p, "to") && !is(d, p, "is") &&
                          !is(d, p, "are") && !is(d, p, "was") && !is(d, p, "were") &&
                          !is(d, p, "be") && !is(d, p, "been")) ||
                         adverb_ly(d, p) ||
                         ((e->flags & TRF_INF) && aux_time_gap(c, p)))) {
        p--; /* "will also meet", "would probably meet", "will on Monday, 30 March, host" */
    }
    if (e->flags & TRF_INF) {
        if (is(d, p, "to") || cue1(d, p, CUE_NEG) || is(d, p, "will") || is(d, p, "would") ||
            is(d, p, "could") || is(d, p, "should") || is(d, p, "can") || is(d, p, "might") ||
            is(d, p, "may") || is(d, p, "must") || is(d, p, "shall") || is(d, p, "did") ||
            is(d, p, "do") || is(d, p, "does") || is(d, p, "and") || is(d, p, "or") ||
            is(d, p, "'ll")) {
            /* "address the European Parliament and meet EU leaders": after a name, a verb */
            return !(is(d, p, "and") || is(d, p, "or")) ||
                   (p > c->tb && (!det_like(c, p - 1) || ment_at(c, p - 1) >= 0));
        }
        /* a headline's ", meet X" after "<subject> to <verb> ...": the comma for "and" */
        if (d->toks[p].p == ',' && headline_sent(c) && i + 1 < c->te && ment_at(c, i + 1) >= 0) {
            uint32_t q = c->tb;
            while (q < p && (d->toks[q].flags & TF_DATELINE)) {
                q++;
            }
            int hm = ment_at(c, q);
            if (hm >= 0 && M(c, hm)->te < p && is(d, M(c, hm)->te, "to") && is_party_kind(c, hm)) {
                return true;
            }
        }
        /* plain present after a subject: "leaders meet", "they visit" (not after a pair
         * joined by a hyphen: "a Putin-Trump call") */
        int m = ment_at(c, p);
        if (m >= 0 && !(M(c, m)->flags & (MF_ADJ | MF_POSS)) &&
            !(M(c, m)->ts > c->tb + 1 &&
              ((d->toks[M(c, m)->ts - 1].flags & TF_HYPH) || is(d, M(c, m)->ts - 1, "-")))) {
            return true;
        }
        if (is(d, p, "they") || is(d, p, "we") || is(d, p, "i")) {
            return true;
        }
        return false;
    }
    if (e->flags & TRF_ING) {
        if (be_form(d, p)) {
            return true;
        }
        /* "hosted a dinner for visiting Indian Prime Minister Narendra Modi": "visiting"
         * before a person describes the guest */
        if (is(d, i, "visiting") && i + 1 < c->te && (is(d, p, "for") || is(d, p, "to")) &&
            ment_at(c, i + 1) >= 0 && M(c, ment_at(c, i + 1))->kind == MK_PERSON &&
            M(c, ment_at(c, i + 1))->ts == i + 1) {
            return false;
        }
        /* ("looked forward to meeting Trump in Beijing") */
        if (is(d, p, "to") && p > c->tb && is(d, p - 1, "forward")) {
            return true;
        }
        /* ("is open to meeting Kim Jong Un": a governor's "to" before a gerund with the one
         * met as its object) */
        if (is(d, p, "to") && i + 1 < c->te && ment_at(c, i + 1) >= 0 &&
            (is_party_kind(c, ment_at(c, i + 1)) ||
             (e->a == T_VISIT && M(c, ment_at(c, i + 1))->kind == MK_PLACE))) {
            for (uint32_t q = p; q > c->tb && p - q < 2; q--) {
                uint32_t gl = 0;
                if (trig(d, q - 1, c->te, TR_GOVERN_V, &gl) && q - 1 + gl == i) {
                    return true;
                }
            }
        }
        /* "ruled out meeting Trump", "denied meeting Witkoff": a gerund after a deciding
         * verb, with the one met as its object */
        /* (for a visit, also its place: "is considering visiting Pyongyang") */
        int gm = i + 1 < c->te ? ment_at(c, i + 1) : -1;
        if (gm >= 0 && (is_party_kind(c, gm) ||
                        (e->a == T_VISIT && M(c, gm)->kind == MK_PLACE))) {
            if (deny_word(d, p) || is(d, p, "avoided") || is(d, p, "avoid")) {
                return true;
            }
            for (uint32_t q = i; q > c->tb && i - q < 4; q--) { /* ("saw no point in") */
                uint32_t gl = 0;
                if (trig(d, q - 1, c->te, TR_DECIDE_V, &gl) && q - 1 + gl == i) {
                    return true;
                }
            }
        }
        if (d->toks[p].p == ',' && i + 1 < c->te && ment_at(c, i + 1) >= 0 &&
            M(c, ment_at(c, i + 1))->kind == MK_PERSON) {
            return true; /* "visited Beijing, meeting Xi and Li Qiang" */
        }
        /* "Defense Secretary Pete Hegseth, visiting Warsaw, told reporters": a visit's
         * participle after a comma, with a place (not "visiting Chinese officials") */
        if (d->toks[p].p == ',' && e->a == T_VISIT && gm >= 0 && M(c, gm)->ts == i + 1 &&
            (M(c, gm)->kind == MK_PLACE || M(c, gm)->kind == MK_STATE) &&
            !(M(c, gm)->flags & (MF_ADJ | MF_POSS))) {
            return true;
        }
        /* (also over a particle and "with": "was in Brussels on Tuesday, sitting down with
         * Enlargement Commissioner Marta Kos") */
        for (uint32_t w = i + 1; d->toks[p].p == ',' && w + 1 < c->te && w < i + 3; w++) {
            if (is(d, w, "with")) {
                int wm = ment_at(c, w + 1);
                if (wm >= 0 && M(c, wm)->kind == MK_PERSON) {
                    return true;
                }
                break;
            }
        }
        if (d->toks[p].p == ',' && e->a == T_ATTEND && i + 1 < c->te &&
            (is(d, i + 1, "a") || is(d, i + 1, "an") || is(d, i + 1, "the"))) {
            return true; /* "..., attending a military parade in Beijing alongside Xi" */
        }
        /* "A and B were among the foreign ministers attending an ASEAN retreat", "are among
         * those attending" */
        for (uint32_t w = i; e->a == T_ATTEND && w > c->tb + 1 && w + 6 > i; w--) {
            if (is(d, w - 1, "among") && be_form(d, w - 2)) {
                return true;
            }
            if (d->toks[w - 1].p || ment_at(c, w - 1) >= 0) {
                break;
            }
        }
        if (is(d, p, "before") || is(d, p, "after") || is(d, p, "while") || is(d, p, "by") ||
            is(d, p, "when") || is(d, p, "since") || is(d, p, "for") || is(d, p, "without") ||
            (is(d, p, "in") && p > c->tb &&
             (is(d, p - 1, "interested") || is(d, p - 1, "interest")))) {
            /* gerund: "after meeting Putin"; a noun when a determiner follows (but for a
             * person or a party's people after it: "after hosting the Argentine leader for
             * lunch") */
            int dm = i + 2 < c->te && is(d, i + 1, "the") ? ment_at(c, i + 2) : -1;
            if (dm >= 0 && (M(c, dm)->ts == i + 2 || M(c, dm)->ts == i + 1) &&
                (M(c, dm)->kind == MK_PERSON || M(c, dm)->kind == MK_GROUP) &&
                !(M(c, dm)->flags & (MF_ADJ | MF_POSS))) {
                return true;
            }
            /* (a name that opens with a determiner's word is none: "after meeting New
             * Zealand Prime Minister Christopher Luxon") */
            int nm = i + 1 < c->te && (d->toks[i + 1].flags & TF_CAP) ? ment_at(c, i + 1) : -1;
            if (nm >= 0 && M(c, nm)->ts == i + 1 && is_party_kind(c, nm) &&
                !(M(c, nm)->flags & (MF_ADJ | MF_POSS))) {
                return true;
            }
            /* (a possessive pronoun after it is the gerund's object's: "a day after meeting
             * his British counterpart in Geneva") */
            if (i + 2 < c->te && (is(d, i + 1, "his") || is(d, i + 1, "her") ||
                                  is(d, i + 1, "their"))) {
                return true;
            }
            return !(i + 1 < c->te && (cue1(d, i + 1, CUE_DET) || is(d, i + 1, "of")));
        }
        int m = ment_at(c, p);
        if (m >= 0 && !(M(c, m)->flags & (MF_ADJ | MF_POSS)) && !(d->toks[p].p)) {
            /* "Obama meeting Putin" (headline style) only when an actor follows */
            int m2 = ment_at(c, i + 1);
            return m2 >= 0;
        }
        return false;
    }
    return false;
}

/* words that end a light verb's object: the noun is not its object after these */
static bool light_stop(const px_doc *d, uint32_t j)
{
    return is(d, j, "before") || is(d, j, "after") || is(d, j, "at") || is(d, j, "over") ||
           is(d, j, "about") || is(d, j, "during") || is(d, j, "since") || is(d, j, "until") ||
           is(d, j, "against") || is(d, j, "into") || is(d, j, "that") || is(d, j, "than") ||
           is(d, j, "no") || is(d, j, "not");
}

/* "by telephone", "over the phone", "by video link" after "spoke with X": length or 0 */
static uint32_t phone_tail(const px_doc *d, uint32_t j, uint32_t lim)
{
    if (j + 1 >= lim) {
        return 0;
    }
    uint32_t q = j + 1;
    if (!(is(d, j, "by") || is(d, j, "over") || is(d, j, "on") || is(d, j, "via"))) {
        return 0;
    }
    if (q < lim && is(d, q, "the")) {
        q++;
    }
    if (q < lim && (is(d, q, "phone") || is(d, q, "telephone") || is(d, q, "videoconference") ||
                    is(d, q, "videolink"))) {
        return q + 1 - j;
    }
    if (q + 1 < lim && is(d, q, "video") &&
        (is(d, q + 1, "link") || is(d, q + 1, "call") || is(d, q + 1, "conference"))) {
        return q + 2 - j;
    }
    return 0;
}

/* The leader named after "led by" at r: "led by Khalil al-Hayya", "led by the Vice
 * President, X", "led by its Vice President for Western and Central Africa, Ousmane
 * Diagana"; a person mention, or -1. */
/* a person of no known state given the state ccc, the code's sector kept ("GOV" becomes
 * "USAGOV") */
static void give_country(px_ent *pe, const char *ccc)
{
    if (pe->country[0]) {
        return;
    }
    memcpy(pe->country, ccc, sizeof pe->country);
    size_t sl = strnlen(pe->code, sizeof pe->code);
    if (sl <= 3) {
        char code[sizeof pe->code] = {0};
        size_t cl = strnlen(pe->country, 3);
        memcpy(code, pe->country, cl);
        memcpy(code + cl, pe->code, sl);
        memcpy(pe->code, code, sizeof code);
    }
}

/* a person known only by a title: the name ends with the title ("Vice President") */
static bool title_only(const px_ent *e)
{
    size_t nl = strlen(e->name), tl = strlen(e->title);
    return tl && nl >= tl && strcmp(e->name + nl - tl, e->title) == 0;
}

static int delegation_leader0(const sctx *c, uint32_t r, uint32_t lim)
{
    const px_doc *d = c->d;
    if (r + 1 < lim && is(d, r, "the")) {
        r++;
    }
    /* (an "its" of a body the article does not list before a lower-case office: "a
     * delegation of the Saudi-Pakistan Business Council led by its chairman Prince
     * Mansour") */
    if (r + 2 < lim && is(d, r, "its") && ment_at(c, r) < 0 && (d->toks[r + 1].flags & TF_ALPHA) &&
        !(d->toks[r + 1].flags & TF_CAP)) {
        r++;
    }
    int lm = r < lim ? ment_at(c, r) : -1;
    if (lm >= 0 && (M(c, lm)->flags & MF_PRON) && (M(c, lm)->flags & MF_POSS)) {
        lm = ment_at(c, M(c, lm)->te); /* "led by its Vice President, X" */
    } else if (lm >= 0 && M(c, lm)->kind == MK_STATE && (M(c, lm)->flags & MF_POSS) &&
               M(c, lm)->te + 1 < lim && is(d, M(c, lm)->te, "'s")) {
        int sm = lm;
        lm = ment_at(c, M(c, lm)->te + 1); /* "led by Estonia's Margus Tsahkna" */
        if (lm >= 0 && M(c, lm)->ent >= 0 && E(c, sm)) {
            give_country(&c->d->ents[M(c, lm)->ent], E(c, sm)->country); /* (of that state) */
        }
    } else if ((lm < 0 || (M(c, lm)->ts == r && (M(c, lm)->kind == MK_UNKNOWN || M(c, lm)->kind == MK_ORG))) &&
               r + 1 < lim && (d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA)) {
        /* (a long office before the name: "led by National Security and Defense Council
         * Secretary Rustem Umerov", "led by House Foreign Affairs Committee Chairman Brian
         * Mast") */
        lm = -1;
        const char *oc = NULL; /* (the office's state: "led by the Chairman of the State Duma
                                * of the Russian Federation Vyacheslav Volodin") */
        for (uint32_t q2 = r; q2 < lim && q2 < r + 12; q2++) {
            int nm = ment_at(c, q2);
            if (nm >= 0 && M(c, nm)->kind == MK_PERSON && !(M(c, nm)->flags & MF_PRON)) {
                if (oc && M(c, nm)->ent >= 0 && !E(c, nm)->country[0]) {
                    give_country(&c->d->ents[M(c, nm)->ent], oc);
                }
                return nm;
            }
            if (nm >= 0 && E(c, nm) && E(c, nm)->country[0] &&
                (M(c, nm)->kind == MK_STATE || M(c, nm)->kind == MK_ORG)) {
                oc = E(c, nm)->country;
            }
            if (d->toks[q2].p || !((d->toks[q2].flags & TF_CAP) || is(d, q2, "and") ||
                                   is(d, q2, "of") || is(d, q2, "the") || is(d, q2, "for"))) {
                break;
            }
        }
    } else if (lm < 0 && r + 1 < lim && (d->toks[r].flags & TF_ALPHA) &&
               !(d->toks[r].flags & TF_CAP) && !is(d, r, "its") && !is(d, r, "his") &&
               !is(d, r, "her") && !is(d, r, "their")) {
        /* (a lower-case office before the name: "headed by presidential aide Vladimir
         * Medinsky") */
        for (uint32_t q2 = r; q2 < lim && q2 < r + 4; q2++) {
            int nm = ment_at(c, q2);
            if (nm >= 0) {
                return M(c, nm)->kind == MK_PERSON && !(M(c, nm)->flags & MF_PRON) ? nm : -1;
            }
            if (d->toks[q2].p || !(d->toks[q2].flags & TF_ALPHA) || (d->toks[q2].flags & TF_CAP)) {
                break;
            }
        }
    } else if (lm < 0 && r + 3 < lim && (is(d, r, "its") || is(d, r, "his") || is(d, r, "her") ||
                                         is(d, r, "their")) &&
               (d->toks[r + 1].flags & TF_CAP)) {
        /* (its office and holder in one: "led by its President Ajay Banga") */
        int om = ment_at(c, r + 1);
        if (om >= 0 && M(c, om)->ts == r + 1 && M(c, om)->kind == MK_PERSON &&
            !(M(c, om)->flags & MF_PRON) && E(c, om) && E(c, om)->title[0] &&
            !title_only(E(c, om))) {
            return om;
        }
        /* (a possessive that names no one: the title's holder after its remit) */
        for (uint32_t q2 = r + 1; q2 + 1 < lim && q2 < r + 14; q2++) {
            int nm = d->toks[q2].p == ',' ? ment_at(c, q2 + 1) : -1;
            if (nm >= 0 && M(c, nm)->kind == MK_PERSON && !(M(c, nm)->flags & MF_PRON)) {
                return nm;
            }
            if ((d->toks[q2].p && d->toks[q2].p != '-') ||
                (ment_at(c, q2) >= 0 && M(c, ment_at(c, q2))->kind == MK_PERSON)) {
                break;
            }
        }
    }
    /* "led by its Vice President for Western and Central Africa, Ousmane Diagana": a
     * title with no name of its own names the person after its remit */
    const px_ent *le = lm >= 0 ? E(c, lm) : NULL;
    if (le && M(c, lm)->kind == MK_PERSON && le->title[0] && title_only(le)) {
        for (uint32_t q2 = M(c, lm)->te; q2 + 1 < lim && q2 < M(c, lm)->te + 10; q2++) {
            int nm = d->toks[q2].p == ',' ? ment_at(c, q2 + 1) : -1;
            if (nm >= 0 && M(c, nm)->kind == MK_PERSON && !(M(c, nm)->flags & MF_PRON)) {
                return nm;
            }
        }
        return -1;
    }
    return lm >= 0 && M(c, lm)->kind == MK_PERSON && !(M(c, lm)->flags & MF_PRON) ? lm : -1;
}

/* The leader after "led by" at r (see delegation_leader0); a leader the dictionary lacks of
 * a body's delegation belongs to that body ("a World Bank delegation led by its Vice
 * President for Western and Central Africa, Ousmane Diagana": the World Bank's) */
static int delegation_leader(const sctx *c, uint32_t r, uint32_t lim)
{
    const px_doc *d = c->d;
    int lead = delegation_leader0(c, r, lim);
    uint32_t q = r >= c->tb + 3 ? r - 3 : r;
    int body = q < r && (is(d, q, "delegation") || is(d, q, "team") || is(d, q, "mission"))
                   ? ment_at(c, q)
                   : -1;
    const px_ent *be = body >= 0 && M(c, body)->te == q + 1 ? E(c, body) : NULL;
    /* (also over the body it is of and a comma: "a delegation of the U.S. Congress, headed
     * by Representative Abraham Hamadeh") */
    for (uint32_t p = r >= c->tb + 4 ? r - 4 : c->tb; !be && lead >= 0 && p > c->tb &&
                                                      r - p < 12 && !d->toks[p].p;
         p--) {
        if ((is(d, p - 1, "of") || is(d, p - 1, "from")) && p >= c->tb + 2 &&
            (is(d, p - 2, "delegation") || is(d, p - 2, "team") || is(d, p - 2, "mission"))) {
            int bm = ment_at(c, p);
            bm = bm < 0 && is(d, p, "the") ? ment_at(c, p + 1) : bm;
            if (bm >= 0 && (M(c, bm)->kind == MK_ORG || M(c, bm)->kind == MK_STATE ||
                            M(c, bm)->kind == MK_GROUP)) {
                be = E(c, bm);
            }
            break;
        }
    }
    if (lead >= 0 && be && strncmp(be->code, "IGO", 3) == 0 && M(c, lead)->ent >= 0) {
        px_ent *le = &c->d->ents[M(c, lead)->ent];
        if (!le->country[0] && !le->code[0]) {
            memcpy(le->code, be->code, sizeof le->code);
            memcpy(le->sector, "IGO", 4);
        }
    }
    /* (and of a state's delegation the state's: "a U.S. congressional delegation led by
     * House Foreign Affairs Committee Chairman Brian Mast") */
    if (lead >= 0 && be && be->country[0] && strncmp(be->code, "IGO", 3) != 0 && M(c, lead)->ent >= 0) {
        give_country(&c->d->ents[M(c, lead)->ent], be->country);
    }
    return lead;
}

/* The "led" or "headed" of "led by" after a delegation noun ending before q, over the body
 * it is of or from and a comma ("a delegation of the Azerbaijani Milli Majlis led by", "a
 * delegation from the European Parliament's Committee on Foreign Affairs, led by"); 0 when
 * none. */
static uint32_t led_by_at(const sctx *c, uint32_t q, uint32_t lim)
{
    const px_doc *d = c->d;
    for (int n = 0; q + 2 < lim && n < 12; n++) {
        if ((is(d, q, "led") || is(d, q, "headed")) && is(d, q + 1, "by")) {
            return q;
        }
        int bm = ment_at(c, q);
        if (d->toks[q].p == ',' && (is(d, q + 1, "led") || is(d, q + 1, "headed"))) {
            q++;
        } else if (bm >= 0 && M(c, bm)->kind != MK_PERSON && M(c, bm)->kind != MK_PLACE) {
            q = M(c, bm)->te;
        } else if (bm < 0 && !d->toks[q].p &&
                   ((d->toks[q].flags & TF_CAP) || is(d, q, "of") || is(d, q, "the") ||
                    is(d, q, "from") || is(d, q, "'s") || is(d, q, "on") || is(d, q, "for"))) {
            q++;
        } else if (bm < 0 && ((d->toks[q].flags & TF_HYPH) ||
                              px_match_kind(d, q, K_TITLE, NULL))) {
            q++; /* ("a delegation of Nordic-Baltic foreign ministers led by") */
        } else {
            break;
        }
    }
    return 0;
}

/* "received a (high-level) delegation led by Han Zheng": the mention after "led by" or
 * "headed by" when the object at j is an unnamed delegation, team or mission; else -1 */
static int led_delegation(const sctx *c, uint32_t j, uint32_t lim)
{
    const px_doc *d = c->d;
    for (uint32_t q = j; q + 2 < lim && q < j + 5; q++) {
        int am = ment_at(c, q);
        if (am >= 0 && M(c, am)->te > q + 1 &&
            (is(d, M(c, am)->te - 1, "delegation") || is(d, M(c, am)->te - 1, "team") ||
             is(d, M(c, am)->te - 1, "mission"))) {
            q = M(c, am)->te - 1; /* "met a Hamas delegation led by Khalil al-Hayya" */
        } else if (am >= 0 && M(c, am)->ts == q && M(c, am)->kind == MK_GROUP &&
                   M(c, am)->te > q + 1 &&
                   (is(d, q + (is(d, q, "a") || is(d, q, "the")), "delegation") ||
                    is(d, q + (is(d, q, "a") || is(d, q, "the")), "team") ||
                    is(d, q + (is(d, q, "a") || is(d, q, "the")), "mission"))) {
            /* ("a delegation of the U.S. Congress, headed by ...": one group mention) */
            uint32_t lb = led_by_at(c, M(c, am)->te, lim);
            return lb ? delegation_leader(c, lb + 2, lim) : -1;
        } else if (am >= 0) {
            return -1;
        }
        if (!(is(d, q, "delegation") || is(d, q, "delegations") || is(d, q, "team") ||
              is(d, q, "mission"))) {
            continue;
        }
        uint32_t lb = led_by_at(c, q + 1, lim);
        return lb ? delegation_leader(c, lb + 2, lim) : -1;
    }
    return -1;
}

/* "a Hamas delegation led by Khalil al-Hayya", also over the body it is from ("a
 * delegation from China's National People's Congress led by Li Hongzhong"): the leader of
 * the group mention m, or -1. */
static int group_leader(const sctx *c, int m)
{
    if (M(c, m)->kind != MK_GROUP) {
        return -1;
    }
    /* (also after a comma: "the Russian delegation, headed by presidential aide Vladimir
     * Medinsky,") */
    uint32_t le = led_by_at(c, M(c, m)->te, c->te);
    return le ? delegation_leader(c, le + 2, c->te) : -1;
}

static void core_add(sctx *c, const core *k)
{
    if (c->ncore < MAX_CORES) {
        c->cores[c->ncore++] = *k;
    }
}

/* Sets the words, type, form, verb flags and rule of a core about to be added. */
static void core_set(core *k, uint32_t ts, uint32_t te, uint32_t after, uint8_t type, uint8_t form,
                     uint8_t vflags, const char *rule)
{
    k->ts = ts;
    k->te = te;
    k->after = after;
    k->type = type;
    k->form = form;
    k->vflags = vflags;
    k->rule = rule;
}

static int late_object(const sctx *c, const core *k);
static bool being_there(const sctx *c, uint32_t i, int m);
static bool m_topic_start(const sctx *c, uint32_t i);
static bool syn_room(const sctx *c);
static bool sport_event(const sctx *c, uint32_t a, uint32_t b);

/* A headline: title case, or no closing full stop, question or exclamation mark. */
/* a verb that gives a reception: "accorded X a ceremonial welcome", "was given a warm
 * welcome", "granted" */
static bool give_verb(const px_doc *d, uint32_t i)
{
    const char *w = px_tkey(d, i);
    return (w[0] == 'g' || w[0] == 'a') &&
           (px_streq(w, "give") || px_streq(w, "gives") || px_streq(w, "gave") ||
            px_streq(w, "given") || px_streq(w, "giving") || px_streq(w, "grant") ||
            px_streq(w, "grants") || px_streq(w, "granted") || px_streq(w, "accord") ||
            px_streq(w, "accords") || px_streq(w, "accorded"));
}

static bool headline_sent(const sctx *c)
{
    const px_doc *d = c->d;
    uint8_t lp = d->toks[c->te - 1].p;
    return d->sents[c->si].title_case ||
           !(lp == '.' || lp == '?' || lp == '!' || (d->toks[c->te - 1].flags & TF_QCLOSE));
}

/* The subject of the passive verb at v ("Zelensky was received by ...", "who was welcomed
 * by ...") is a party: a person, state, body or group (or a pronoun or relative for one),
 * not a thing ("the proposal was welcomed by Kyiv"). */
static int64_t group_anaphor(const sctx *c, uint32_t cs);

static bool passive_subject_party(const sctx *c, uint32_t v)
{
    const px_doc *d = c->d;
    uint32_t p = v;
    while (p > c->tb && (cue1(d, p - 1, CUE_AUX) || cue1(d, p - 1, CUE_NEG) ||
                         is(d, p - 1, "will") || is(d, p - 1, "would") || is(d, p - 1, "to") ||
                         is(d, p - 1, "could") || is(d, p - 1, "may") || is(d, p - 1, "might") ||
                         is(d, p - 1, "'ll") || is(d, p - 1, "should") || is(d, p - 1, "must") ||
                         is(d, p - 1, "expected") || is(d, p - 1, "due") ||
                         is(d, p - 1, "scheduled") || is(d, p - 1, "set") ||
                         /* ("and was later received by") */
                         (p - 1 > c->tb && cue1(d, p - 2, CUE_AUX) &&
                          (is(d, p - 1, "later") || is(d, p - 1, "then") || is(d, p - 1, "also") ||
                           is(d, p - 1, "subsequently") || is(d, p - 1, "afterwards") ||
                           adverb_ly(d, p - 1))))) {
        p--;
    }
    if (p == v || p == c->tb) {
        return true; /* (no auxiliary before it: a reduced relative, "X, welcomed by Y,") */
    }
    /* ("who was received by", "met X and was received by", "but was not received by") */
    if (is(d, p - 1, "who") || is(d, p - 1, "whom") || is(d, p - 1, "and") || is(d, p - 1, "but") ||
        is(d, p - 1, "then") || is(d, p - 1, "also") || d->toks[p - 1].p == ',') {
        return true;
    }
    int m = ment_at(c, p - 1);
    if (m < 0 && group_anaphor(c, p) >= 0) {
        return true; /* ("the two ministers were later received by Prabowo") */
    }
    if (m < 0) {
        /* a time or place between: "Modi on Monday was received by ..." */
        uint32_t te = 0;
        for (uint32_t q = c->tb; q < p; q++) {
            if (in_timex(c, q, &te) && te == p) {
                m = q > c->tb ? ment_at(c, q - 1) : -1;
                break;
            }
        }
    }
    if (m < 0 || !(is_party_kind(c, m) || (M(c, m)->flags & MF_PRON))) {
        return false;
    }
    /* ("the resumption of talks between Armenia and Azerbaijan was welcomed": the party
     * is inside a phrase of the subject, not its head) */
    int co[4];
    int nco = coord_left(c, m, co, 4);
    uint32_t s0 = M(c, co[nco - 1])->ts;
    return !(s0 > c->tb && (is(d, s0 - 1, "between") || is(d, s0 - 1, "of") ||
                            is(d, s0 - 1, "with") || is(d, s0 - 1, "on") ||
                            is(d, s0 - 1, "about") || is(d, s0 - 1, "for")));
}

/* "have not met since", "had not spoken since", "haven't met since": at i the "since"
 * after a negated contact verb. Returns that verb's first token, or 0. */
static uint32_t not_since(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    uint32_t l = 0;
    /* (over a manner: "have not met in person since", "face to face since") */
    if (i > c->tb + 3 && is(d, i - 1, "person") && is(d, i - 2, "in")) {
        i -= 2;
    } else if (i > c->tb + 4 && is(d, i - 1, "face") && is(d, i - 2, "to") && is(d, i - 3, "face")) {
        i -= 3;
    } else if (i > c->tb + 2 && (is(d, i - 1, "directly") || is(d, i - 1, "formally"))) {
        i -= 1;
    }
    for (uint32_t v = i; v > c->tb + 1 && v + 3 > i; v--) {
        bool spoke = v == i && (is(d, v - 1, "spoken") || is(d, v - 1, "talked") ||
                                is(d, v - 1, "spoke"));
        if ((trig(d, v - 1, c->te, TR_CONTACT_V, &l) && v - 1 + l == i) || spoke) {
            for (uint32_t q = v - 1; q > c->tb && q + 4 > v; q--) {
                if (cue1(d, q - 1, CUE_NEG)) {
                    return v - 1;
                }
            }
            return 0;
        }
    }
    return 0;
}

/* "HE" or "H.E." (His Excellency) before a title or name: not the pronoun, and no word
 * between a verb or preposition and its object ("a phone call from HE President X") */
static bool honorific_tok(const px_doc *d, uint32_t i)
{
    return (d->toks[i].flags & (TF_UPPER | TF_ABBR)) &&
           (is(d, i, "he") || is(d, i, "h.e") || is(d, i, "h.e.") || is(d, i, "hh") ||
            is(d, i, "h.h") || is(d, i, "h.h."));
}

/* A word that begins an office: "King", "Vice" (of "Vice President") */
static bool title_word(const px_doc *d, uint32_t i)
{
    uint32_t tl = 0;
    return px_match_kind(d, i, K_TITLE, &tl) != NULL && tl > 0;
}

/* "his", "her", "its", "their" */
static bool possessive_pron(const px_doc *d, uint32_t i)
{
    return is(d, i, "his") || is(d, i, "her") || is(d, i, "its") || is(d, i, "their");
}

/* The length of a form of address at i ("His Excellency", "Her Royal Highness", "His
 * Majesty"), or 0. */
static uint32_t address_form(const px_doc *d, uint32_t i, uint32_t lim)
{
    if (i + 2 >= lim || !(is(d, i, "his") || is(d, i, "her"))) {
        return 0;
    }
    uint32_t h = i + 1 + (is(d, i + 1, "royal") ? 1 : 0);
    return is(d, h, "excellency") || is(d, h, "highness") || is(d, h, "majesty") ? h + 1 - i : 0;
}

/* A verb at i that takes part in the named event of mention vm ("joined a virtual BRICS
 * summit", "will travel to the G20 summit"): an attendance core ending with the event. */
static void event_core(const sctx *c, core *k, uint32_t i, int vm, uint8_t vflags, const char *rule)
{
    const px_doc *d = c->d;
    k->ts = i;
    k->type = T_ATTEND;
    k->vflags = vflags;
    k->vts = M(c, vm)->ts;
    k->vte = M(c, vm)->te;
    while (k->vts + 1 < k->vte && (is(d, k->vts, "the") || is(d, k->vts, "a"))) {
        k->vts++;
    }
    k->rule = rule;
    k->form = F_LIGHT;
    k->after = k->vte;
    k->te = k->vte;
}

/* A word before a gathering's noun: "two-day", "annual", "39th", "Ordinary" */
static bool gathering_adj(const sctx *c, uint32_t q)
{
    const px_doc *d = c->d;
    if (is(d, q, "summit") || is(d, q, "summits") || is(d, q, "conference") ||
        is(d, q, "meeting") || is(d, q, "session") || is(d, q, "forum") ||
        is(d, q, "assembly") || is(d, q, "congress")) {
        return false; /* (the gathering's own noun) */
    }
    return venue_adj(c, q) || (d->toks[q].flags & TF_HYPH) || is(d, q, "-") ||
           ((d->toks[q].flags & TF_NUM) && ment_at(c, q) < 0 && !in_timex(c, q, NULL)) ||
           is(d, q, "ordinary") || is(d, q, "extraordinary") || is(d, q, "annual") ||
           is(d, q, "special") || is(d, q, "emergency");
}

/* An article, demonstrative or possessive determiner at i ("the", "this", "her", "every") */
static bool article_word(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"the", "a", "an", "this", "that", "these", "those",
                                    "another", "any", "some", "each", "every", "my", "your",
                                    "our", NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return possessive_pron(d, i);
}

/* A modifier before a gathering's noun that is no article: "two-day", "first",
 * "ministerial" ("the first ministerial conference") */
static bool gathering_mod(const sctx *c, uint32_t q)
{
    const px_doc *d = c->d;
    return !article_word(d, q) &&
           (gathering_adj(c, q) || measure_part(c, q) ||
            (cue1(d, q, CUE_DET) && ment_at(c, q) < 0));
}

/* The end of a gathering named as a trip's purpose at q (the noun, nl words): "summit" (a
 * meeting of leaders whatever its name), "a meeting of SCO foreign ministers", "a session
 * of the General Assembly" (of a body), "the conference" (definite); 0 when none. */
static uint32_t gathering_end(const sctx *c, uint32_t q, uint32_t nl, uint32_t lim)
{
    const px_doc *d = c->d;
    bool summit = is(d, q, "summit") || is(d, q, "summits");
    bool other = is(d, q, "conference") || is(d, q, "meeting") || is(d, q, "session") ||
                 is(d, q, "forum") || is(d, q, "assembly") || is(d, q, "congress");
    if (!summit && !other) {
        return 0;
    }
    uint32_t e = q + nl;
    int om = e + 1 < lim && is(d, e, "of") ? ment_at(c, e + 1) : -1;
    if (om < 0 && e + 2 < lim && is(d, e, "of") && is(d, e + 1, "the")) {
        om = ment_at(c, e + 2);
        /* ("the 39th Ordinary Session of the Assembly of the African Union") */
        uint32_t e2 = om < 0 && !is(d, e + 2, "summit") ? gathering_end(c, e + 2, 1, lim) : 0;
        if (e2 > e + 3) {
            return e2;
        }
        /* ("the 51st session of the Council of Foreign Ministers of the Organisation of
         * Islamic Cooperation": a named organ of a body) */
        for (uint32_t r = e + 2; om < 0 && r < lim && r < e + 10 && (d->toks[r].flags & TF_CAP);) {
            int rm = ment_at(c, r);
            if (rm >= 0 && M(c, rm)->kind == MK_ORG) {
                om = rm;
                break;
            }
            r++;
            while (r < lim && (is(d, r, "of") || is(d, r, "the") || is(d, r, "and"))) {
                r++;
            }
        }
    }
    if (om >= 0 && (M(c, om)->kind == MK_ORG || M(c, om)->kind == MK_GROUP) && E(c, om) &&
        (px_streq(E(c, om)->sector, "IGO") || strncmp(E(c, om)->code, "IGO", 3) == 0)) {
        e = M(c, om)->te;
        /* ("of SCO foreign ministers") */
        for (int n = 0; n < 3 && e < lim && venue_adj(c, e) && !(d->toks[e].flags & TF_HYPH);
             n++) {
            e++;
        }
        return e;
    }
    if (summit) {
        return e;
    }
    uint32_t b = q;
    while (b > c->tb && b + 4 > q && gathering_mod(c, b - 1)) {
        b--;
    }
    bool definite = b > c->tb && is(d, b - 1, "the");
    return definite && !is(d, q, "meeting") && !is(d, q, "session") ? e : 0;
}

/* a form of "join" at i */
static bool join_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "joined") || is(d, i, "join") || is(d, i, "joins") || is(d, i, "joining");
}

/* "joined leaders of ASEAN for the ASEAN-China Summit", "joined other leaders at the G20
 * summit": a join verb at i (object from j), the people joined (no other contact word, no
 * clause's punctuation) and "for" or "at" a summit, forum or conference; returns the end of the
 * gathering's words (their start in *gs), or 0. */
static uint32_t join_for_gathering(const sctx *c, uint32_t i, uint32_t j, uint32_t *gs)
{
    const px_doc *d = c->d;
    if (!join_word(d, i)) {
        return 0;
    }
    uint32_t q = j;
    while (q < c->te && q < j + 10 && !is(d, q, "for") && !is(d, q, "at")) {
        if ((d->toks[q].p && !(d->toks[q].flags & TF_HYPH) && d->toks[q].p != '\'') ||
            trig(d, q, c->te, TR_CONTACT_N, NULL) || trig(d, q, c->te, TR_CONTACT_V, NULL)) {
            return 0;
        }
        q++;
    }
    /* (someone joined: a group or person before "for") */
    int om = ment_at(c, j);
    bool people = om >= 0 && M(c, om)->ts == j &&
                  (M(c, om)->kind == MK_GROUP || M(c, om)->kind == MK_PERSON);
    /* (also leaders of no named state: "joined other leaders at the G20 summit") */
    people = people || (q > j && (is(d, q - 1, "leaders") || is(d, q - 1, "counterparts")));
    if (q == j || q + 2 >= c->te || q >= j + 10 || !people) {
        return 0;
    }
    uint32_t g = q + 1;
    if (!(is(d, g, "the") || is(d, g, "a") || is(d, g, "an") || is(d, g, "this"))) {
        return 0;
    }
    g++;
    *gs = g;
    for (uint32_t r = g; r < c->te && r < g + 8; r++) {
        if (is(d, r, "summit") || is(d, r, "forum") || is(d, r, "conference") ||
            is(d, r, "congress")) {
            return r + 1;
        }
        int rm = ment_at(c, r);
        if (!(rm >= 0 || (d->toks[r].flags & (TF_CAP | TF_HYPH | TF_NUM)) || is(d, r, "-") ||
              gathering_adj(c, r) || ordinal_word(d, r) || is(d, r, "inaugural") ||
              is(d, r, "leaders") || d->toks[r].p == '\'')) {
            return 0;
        }
    }
    return 0;
}

/* Makes the motion core k an attendance of the gathering [vts, vte) at destination m
 * ("arrived in Tianjin for the two-day summit"). */
static void attend_core(core *k, int m, uint32_t vts, uint32_t vte, const char *rule)
{
    k->type = T_ATTEND;
    k->dest = m;
    k->vts = vts;
    k->vte = vte;
    k->rule = rule;
    k->form = F_LIGHT;
    k->after = vte;
    k->te = vte;
}

/* A deciding verb of refusal or cancellation with no object of its own ("skipped",
 * "boycotted") ending right before token at, within three words, or NULL. */
static const px_entry *refusal_before(const sctx *c, uint32_t at)
{
    const px_entry *dv = NULL;
    uint32_t dl = 0;
    for (uint32_t q = at; q > c->tb && q + 3 > at && !dv; q--) {
        dv = trig(c->d, q - 1, c->te, TR_DECIDE_V, &dl);
        if (dv && q - 1 + dl != at) {
            dv = NULL;
        }
    }
    return dv && (dv->b == S_CANCELLED || dv->b == S_DECLINED) && !dv->c ? dv : NULL;
}

/* Adds the refused attendance [ts, te) of the gathering named at [vts, vte) ("Xi skipped
 * the G20 summit"). */
static void decline_event(sctx *c, uint32_t ts, uint32_t te, uint32_t vts, uint32_t vte)
{
    core v;
    memset(&v, 0, sizeof v);
    v.dec_tok = -1;
    v.owner = v.dest = v.agent = v.pur = v.asker = -1;
    v.ts = ts;
    v.te = v.after = te;
    v.vts = vts;
    v.vte = vte;
    v.type = T_ATTEND;
    v.form = F_LIGHT;
    v.rule = "decline+event";
    core_add(c, &v);
}

static void find_cores(sctx *c)
{
    px_doc *d = c->d;
    uint32_t lim = c->te;
    for (uint32_t i = c->tb; i < lim; i++) {
        if (ment_at(c, i) >= 0) {
            const px_ment *m = M(c, ment_at(c, i));
            /* "Xi skipped the G20 summit", "boycotted the summit": a refused attendance */
            const px_ent *ve = m->kind == MK_PLACE && i == m->ts ? E(c, ment_at(c, i)) : NULL;
            bool venue = ve && px_streq(ve->code, "VENUE");
            uint32_t vi = venue && i > c->tb && (is(d, i - 1, "the") || is(d, i - 1, "a")) ? i - 1 : i;
            /* (over a time's possessive: "will skip next month's G20 summit") */
            if (venue && vi == i && i > c->tb + 1 && is(d, i - 1, "'s")) {
                for (int t2 = 0; t2 < c->ntx; t2++) {
                    if (c->tx[t2].te == i - 1) {
                        vi = c->tx[t2].ts;
                    }
                }
            }
            if (venue && refusal_before(c, vi)) {
                /* (the deciding verb governs from vi) */
                uint32_t vs = m->ts;
                while (vs + 1 < m->te && (is(d, vs, "the") || is(d, vs, "a"))) {
                    vs++;
                }
                decline_event(c, vi, m->te, vs, m->te);
            }
            /* "Rubio to skip the NATO foreign ministers meeting": an international body's
             * people before a gathering's noun name that body's gathering */
            const px_ent *ge2 = !venue && i == m->ts && (m->kind == MK_GROUP || m->kind == MK_ORG)
                                    ? E(c, ment_at(c, i))
                                    : NULL;
            if (ge2 && (px_streq(ge2->sector, "IGO") || strncmp(ge2->code, "IGO", 3) == 0) &&
                m->te < lim &&
                (is(d, m->te, "meeting") || is(d, m->te, "summit") || is(d, m->te, "conference"))) {
                uint32_t gi = i > c->tb && (is(d, i - 1, "the") || is(d, i - 1, "a")) ? i - 1 : i;
                if (refusal_before(c, gi)) {
                    decline_event(c, gi, m->te + 1, m->ts, m->te + 1);
                    i = m->te;
                    continue;
                }
            }
            i = m->te - 1;
            continue;
        }
        if (in_timex(c, i, NULL)) {
            continue;
        }
        /* "after Washington boycotted the summit in Johannesburg": a refused attendance of a
         * gathering named by its kind, at its place */
        /* (a gathering's noun, told by its first letter) */
        char gk = d->toks[i].k0;
        bool gathering = (gk == 's' || gk == 'c' || gk == 'f') &&
                         (is(d, i, "summit") || is(d, i, "conference") || is(d, i, "forum"));
        int gpm = gathering && i + 2 < lim && is(d, i + 1, "in") ? ment_at(c, i + 2) : -1;
        if (gathering && i > c->tb &&
            is(d, i - 1, "the") && gpm >= 0 && M(c, gpm)->ts == i + 2 &&
            (M(c, gpm)->kind == MK_PLACE || M(c, gpm)->kind == MK_STATE) &&
            refusal_before(c, i - 1)) {
            decline_event(c, i - 1, i + 1, i, i + 1);
            continue;
        }
        /* "... will not attend the Summit of the Americas ... Sheinbaum will also skip the
         * summit": a refused attendance of the gathering named before (its place and target
         * come from that attendance) */
        if (gathering && i > c->tb &&
            is(d, i - 1, "the") && (i + 1 >= lim || d->toks[i + 1].p || in_timex(c, i + 1, NULL)) &&
            refusal_before(c, i - 1)) {
            int n0 = c->ncore;
            decline_event(c, i - 1, i - 1, 0, 0);
            if (c->ncore > n0) {
                c->cores[n0].rule = "decline+gathering_before";
            }
            continue;
        }
        core k;
        memset(&k, 0, sizeof k);
        k.dec_tok = -1;
        k.owner = -1;
        k.dest = -1;
        k.agent = -1;
        k.pur = -1;
        k.asker = -1;
        uint32_t l;
        const px_entry *e;
        /* "send its foreign minister to the meeting": the delegate attends the event */
        char k0 = d->toks[i].k0;
        if ((k0 == 's' || k0 == 'd') &&
            (is(d, i, "send") || is(d, i, "sends") || is(d, i, "sent") || is(d, i, "sending") ||
             is(d, i, "dispatch") || is(d, i, "dispatched"))) {
            int am = ment_at(c, i + 1);
            if (am < 0 && i + 2 < lim && (is(d, i + 1, "a") || is(d, i + 1, "the"))) {
                am = ment_at(c, i + 2);
            }
            /* "Witkoff was sent to Moscow", "will be dispatched to Kyiv": the subject
             * travels */
            int ppm = i + 2 < lim && is(d, i + 1, "to") ? ment_at(c, i + 2) : -1;
            if (ppm >= 0 && M(c, ppm)->ts == i + 2 && i > c->tb &&
                (is(d, i, "sent") || is(d, i, "dispatched")) &&
                (be_form(d, i - 1) || is(d, i - 1, "been") || is(d, i - 1, "be") ||
                 is(d, i - 1, "being")) &&
                (M(c, ppm)->kind == MK_PLACE || M(c, ppm)->kind == MK_STATE) &&
                !(M(c, ppm)->flags & (MF_ADJ | MF_POSS)) && E(c, ppm) && E(c, ppm)->country[0]) {
                core_set(&k, i, i + 1, i + 1, T_VISIT, F_MOTION,
                         is(d, i - 1, "be") || is(d, i - 1, "being") ? TRF_INF : TRF_PAST,
                         "sent_to_place");
                core_add(c, &k);
                continue;
            }
            if (am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->te + 1 < lim &&
                is(d, M(c, am)->te, "to")) {
                uint32_t q = M(c, am)->te + 1;
                if (is(d, q, "the") || is(d, q, "a") || is(d, q, "an") || is(d, q, "this") ||
                    is(d, q, "next")) {
                    q++;
                }
                uint32_t nl4 = 0, vl4 = 0;
                int vm = ment_at(c, q);
                const px_ent *ve = vm >= 0 ? E(c, vm) : NULL;
                bool named = ve && px_streq(ve->code, "VENUE");
                if (named || (vm < 0 && trig(d, q, lim, TR_CONTACT_N, &nl4) &&
                              !trig(d, q, lim, TR_CONTACT_V, NULL)) ||
                    (vm < 0 && px_match_kind(d, q, K_VENUE, &vl4) && vl4)) {
                    k.ts = i;
                    k.te = named ? M(c, vm)->te : q + (nl4 ? nl4 : vl4);
                    k.after = k.te;
                    k.type = T_ATTEND;
                    k.form = F_LIGHT;
                    k.vflags = (is(d, i, "sent") || is(d, i, "dispatched")) ? TRF_PAST
                               : is(d, i, "sending") ? TRF_ING
                               : is(d, i, "sends") ? TRF_3SG : TRF_INF;
                    k.agent = am;
                    if (named) {
                        k.vts = M(c, vm)->ts;
                        k.vte = M(c, vm)->te;
                    }
                    k.rule = "send+event";
                    core_add(c, &k);
                    i = k.te - 1;
                    continue;
                }
                /* "sent envoy Steve Witkoff to Moscow", "will dispatch Lavrov to Pyongyang":
                 * the one sent visits the place; the sender is no party of the trip */
                int pm = ment_at(c, q);
                /* (not before a purpose noun, which the one sent is the subject of: "will
                 * send Witkoff to Moscow next week for talks with Putin") */
                bool for_noun = false;
                for (uint32_t r = pm >= 0 ? M(c, pm)->te : lim, tr = 0; r + 1 < lim && !for_noun &&
                                                                     r < M(c, pm)->te + 6;) {
                    if (in_timex(c, r, &tr) && tr > r) {
                        r = tr;
                        continue;
                    }
                    if (!is(d, r, "for")) {
                        break;
                    }
                    for (uint32_t f2 = r + 1; f2 < lim && f2 < r + 5 && !for_noun; f2++) {
                        for_noun = trig(d, f2, lim, TR_CONTACT_N, NULL) != NULL ||
                                   gathering_end(c, f2, 1, lim) > 0;
                    }
                    break;
                }
                if (pm >= 0 && M(c, pm)->ts == q && q == M(c, am)->te + 1 && !for_noun &&
                    (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE) &&
                    !(M(c, pm)->flags & (MF_ADJ | MF_POSS)) && E(c, pm) && E(c, pm)->country[0] &&
                    !(M(c, am)->flags & (MF_POSS | MF_ADJ))) {
                    uint8_t svf = (is(d, i, "sent") || is(d, i, "dispatched")) ? TRF_PAST
                                  : is(d, i, "sending")                        ? TRF_ING
                                  : is(d, i, "sends")                          ? TRF_3SG
                                                                               : TRF_INF;
                    core_set(&k, i, i + 1, M(c, am)->te, T_VISIT, F_MOTION, svf, "send+place");
                    k.agent = am;
                    k.delegate = true;
                    core_add(c, &k);
                    i = M(c, am)->te - 1;
                    continue;
                }
            }
        }
        /* "Ruto, in Abu Dhabi for the annual Abu Dhabi Sustainability Week, met ...", "Diop,
         * in Sochi for the first ministerial conference of the Russia-Africa Partnership
         * Forum, met ...": a place and the gathering one is there for, between commas after
         * a person, is that person's attendance */
        if (k0 == 'i' && is(d, i, "in") && i > c->tb + 1 && d->toks[i - 1].p == ',' &&
            i + 4 < lim) {
            int am = ment_at(c, i - 2);
            int pm = ment_at(c, i + 1);
            uint32_t q = pm >= 0 ? M(c, pm)->te : lim;
            bool ok = am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->te == i - 1 &&
                      !(M(c, am)->flags & (MF_POSS | MF_ADJ | MF_PRON)) && pm >= 0 &&
                      M(c, pm)->ts == i + 1 &&
                      (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE) && E(c, pm) &&
                      E(c, pm)->country[0] && q + 2 < lim && is(d, q, "for");
            uint32_t gs = ok ? q + 1 : 0, ge = 0;
            if (ok && (is(d, gs, "the") || is(d, gs, "a") || is(d, gs, "an"))) {
                gs++;
            }
            int vm = ok ? ment_at(c, gs) : -1;
            if (vm >= 0 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE") && venue_event(c, vm)) {
                ge = M(c, vm)->te;
            } else if (ok) {
                uint32_t r = gs;
                while (r < lim && r < gs + 3 &&
                       (gathering_adj(c, r) ||
                        (gathering_mod(c, r) && !(d->toks[r].flags & TF_CAP)))) {
                    r++;
                }
                /* (or a capitalised name ending in its gathering's word: "the annual Abu Dhabi
                 * Sustainability Week", "the Munich Security Conference", "the G20 summit") */
                uint32_t n = r;
                while (n < lim && n < r + 6 && (d->toks[n].flags & (TF_CAP | TF_UPPER)) &&
                       !d->toks[n].p) {
                    n++;
                }
                if (n > r && n < lim && !(d->toks[n].flags & TF_CAP) &&
                    (is(d, n, "summit") || is(d, n, "conference") || is(d, n, "meeting") ||
                     is(d, n, "forum"))) {
                    n++; /* (its last word, checked below) */
                }
                if (n > r + 1 && (is(d, n - 1, "week") || is(d, n - 1, "summit") ||
                                  is(d, n - 1, "conference") || is(d, n - 1, "forum") ||
                                  is(d, n - 1, "meeting") || is(d, n - 1, "dialogue"))) {
                    ge = n;
                } else if (r < lim && gs > q + 1) {
                    ge = gathering_end(c, r, 1, lim);
                }
            }
            /* (the phrase closes with a comma) */
            uint32_t cm = ge;
            while (ge && cm < lim && cm < ge + 12 &&
                   (!d->toks[cm].p || d->toks[cm].p == '-' || d->toks[cm].p == '\'')) {
                cm++;
            }
            if (ge && cm < lim && d->toks[cm].p == ',') {
                k.ts = i;
                k.vflags = TRF_PAST;
                attend_core(&k, pm, gs, ge, "in_place_for_event");
                k.agent = am;
                core_add(c, &k);
                i = ge - 1;
                continue;
            }
        }
        /* a headline's "Saudi FM in Tehran for talks": a person in a foreign place for talks
         * with no partner named is visiting it (with one, "Wang Yi in Moscow for talks with
         * Lavrov", the talks are the contact) */
        if (k0 == 'i' && is(d, i, "in") && i > c->tb && i + 4 <= lim && headline_sent(c)) {
            int am = ment_at(c, i - 1);
            int pm = ment_at(c, i + 1);
            uint32_t q = pm >= 0 ? M(c, pm)->te : lim;
            uint32_t pn = q + 1 < lim && is(d, q, "for") ? q + 1 : 0;
            if (pn && pn + 1 < lim && (is(d, pn, "a") || is(d, pn, "an"))) {
                pn++;
            }
            uint32_t nl5 = 0;
            const px_entry *pe5 = pn ? trig(d, pn, lim, TR_CONTACT_N, &nl5) : NULL;
            if (am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->te == i &&
                !(M(c, am)->flags & (MF_POSS | MF_ADJ | MF_PRON)) && pm >= 0 &&
                M(c, pm)->ts == i + 1 && M(c, pm)->kind == MK_PLACE && E(c, pm) &&
                E(c, pm)->country[0] && pe5 &&
                (pe5->a == T_NEGOTIATE || pe5->a == T_MEET || pe5->a == T_VISIT) &&
                (pn + nl5 >= lim || !(is(d, pn + nl5, "with") || is(d, pn + nl5, "between")))) {
                core_set(&k, i, pn + nl5, pn + nl5, T_VISIT, F_MOTION, TRF_PAST,
                         "headline_in_place");
                k.dest = pm;
                core_add(c, &k);
                i = q - 1;
                continue;
            }
        }
        /* "a Pacific swing that will also take him to Fiji and the Cook Islands": a trip that
         * takes its traveller to a place is a visit there, the traveller its agent */
        if (k0 == 't' && i + 3 < lim &&
            (is(d, i, "take") || is(d, i, "takes") || is(d, i, "took") || is(d, i, "taking"))) {
            uint8_t tvf = is(d, i, "took")     ? TRF_PAST
                          : is(d, i, "takes")  ? TRF_3SG
                          : is(d, i, "taking") ? TRF_ING
                                               : TRF_INF;
            int am = ment_at(c, i + 1);
            uint32_t tq = am >= 0 ? M(c, am)->te : lim;
            int pm = tq + 1 < lim && is(d, tq, "to") ? ment_at(c, tq + 1 + (is(d, tq + 1, "the") ? 1 : 0)) : -1;
            /* ("a four-nation Pacific tour, taking in Samoa, Tonga and Niue": the trip's
             * traveller is the clause's) */
            int im = is(d, i + 1, "in") ? ment_at(c, i + 2 + (is(d, i + 2, "the") ? 1 : 0)) : -1;
            uint32_t tn = 0; /* the trip noun before, within eight words */
            for (uint32_t r = i; (am >= 0 || im >= 0) && r > c->tb && i - r < 8 && !tn; r--) {
                if (is(d, r - 1, "trip") || is(d, r - 1, "tour") || is(d, r - 1, "swing") ||
                    is(d, r - 1, "journey") || is(d, r - 1, "itinerary") ||
                    (am >= 0 && is(d, r - 1, "visit"))) {
                    tn = r - 1;
                }
            }
            if (tn && am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->ts == i + 1 && pm >= 0 &&
                (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE) &&
                !(M(c, pm)->flags & MF_ADJ)) {
                core_set(&k, i, i + 1, tq, T_VISIT, F_MOTION, tvf, "trip_takes_to");
                k.agent = am;
                /* ("Blinken's whirlwind trip took him to Cairo": a pronoun's traveller is the
                 * trip's possessor) */
                for (uint32_t r = tn; (M(c, am)->flags & MF_PRON) && r > c->tb && tn - r < 4; r--) {
                    int om = ment_at(c, r - 1);
                    if (om >= 0 && M(c, om)->kind == MK_PERSON && (M(c, om)->flags & MF_POSS)) {
                        k.agent = om;
                        break;
                    }
                }
                core_add(c, &k);
                i = tq;
                continue;
            }
            if (tn && im >= 0 && (M(c, im)->kind == MK_PLACE || M(c, im)->kind == MK_STATE) &&
                !(M(c, im)->flags & MF_ADJ)) {
                core_set(&k, i, i + 1, i + 1, T_VISIT, F_MOTION, tvf, "trip_takes_in");
                k.trip_tok = tn;
                core_add(c, &k);
                i++;
                continue;
            }
        }
        /* "invited Trump to Moscow", "invited him to the Shangri-La Dialogue": an invitation
         * to a place is a proposed visit, to a named event a proposed attendance (to a
         * contact noun or verb, "to a summit", "to visit", the contact word governs) */
        if (k0 == 'i' && (e = trig(d, i, lim, TR_DECIDE_V, &l)) != NULL && e->c &&
            px_tkey(d, i)[1] == 'n' && px_tkey(d, i)[2] == 'v') {
            uint32_t j = i + l;
            int pm = ment_at(c, j);
            if (pm >= 0 && (M(c, pm)->flags & MF_PRON) && (M(c, pm)->flags & MF_POSS)) {
                j = M(c, pm)->te;
            } else if (j < lim && is(d, j, "the")) {
                j++;
            }
            int am = ment_at(c, j);
            /* (over a state's possessive: "invited Venezuela's Nicolas Maduro to Bogota") */
            if (am >= 0 && M(c, am)->kind == MK_STATE && (M(c, am)->flags & MF_POSS) &&
                M(c, am)->te + 1 < lim && is(d, M(c, am)->te, "'s")) {
                int pm2 = ment_at(c, M(c, am)->te + 1);
                if (pm2 >= 0 && M(c, pm2)->kind == MK_PERSON) {
                    am = pm2;
                }
            }
            /* "X has been invited to Mogadishu": the subject is the one asked */
            bool pass = i > c->tb && (e->flags & (TRF_PAST | TRF_PPART)) && is(d, i + l, "to") &&
                        be_form(d, i - 1);
            if (pass || (am >= 0 && is_party_kind(c, am) &&
                         !(M(c, am)->flags & (MF_ADJ | MF_POSS | MF_LOCPP)) && !c->speaker[am])) {
                int objs[4];
                int no = pass ? 0 : coord_right(c, am, objs, 4);
                uint32_t t = pass ? i + l : M(c, objs[no - 1])->te;
                uint32_t q = t + 1;
                if (q < lim && is(d, q, "the")) {
                    q++;
                }
                int dm = t + 1 < lim && is(d, t, "to") ? ment_at(c, q) : -1;
                const px_ment *dmm = dm >= 0 ? M(c, dm) : NULL;
                const px_ent *de = dm >= 0 ? E(c, dm) : NULL;
                bool venue = de && px_streq(de->code, "VENUE") && venue_event(c, dm);
                /* "invited Xi to the White House": an institution's seat is a place too */
                uint32_t ml = 0, mt0 = dmm ? dmm->ts + (is(d, dmm->ts, "the") ? 1 : 0) : 0;
                bool seat = dmm && dmm->kind == MK_ORG && mt0 < dmm->te &&
                            px_match_kind(d, mt0, K_METONYM, &ml) && mt0 + ml == dmm->te;
                if (dmm && (dmm->kind == MK_PLACE || dmm->kind == MK_STATE || seat ||
                            (dmm->kind == MK_UNKNOWN && (dmm->flags & MF_LOCPP))) &&
                    !(dmm->flags & MF_ADJ)) {
                    k.ts = i;
                    k.te = i + l;
                    k.after = t;
                    k.type = venue ? T_ATTEND : T_VISIT;
                    k.form = F_VERB;
                    k.vflags = e->flags;
                    k.self_dec = true;
                    k.asked_subj = pass;
                    k.dec = (uint8_t)e->c;
                    for (int x = 0; x < no; x++) {
                        k.asked[k.nasked++] = objs[x];
                    }
                    if (venue) {
                        k.vts = dmm->ts;
                        k.vte = dmm->te;
                        while (k.vts + 1 < k.vte && (is(d, k.vts, "the") || is(d, k.vts, "a"))) {
                            k.vts++;
                        }
                    } else {
                        k.dest = dm;
                    }
                    k.rule = "invite+place";
                    core_add(c, &k);
                    i = k.te - 1;
                    continue;
                }
            }
        }
        /* "declined Trump's invitation to Washington", "accepted an invitation from Xi to
         * Beijing": an invitation to a place is one to visit it (read as "to visit"), to a
         * named event one to attend it */
        if (k0 == 'i' && (is(d, i, "invitation") || is(d, i, "invitations")) && i + 2 < lim) {
            uint32_t to = i + 1;
            int fm = is(d, to, "from") ? ment_at(c, to + 1) : -1;
            if (fm >= 0 && M(c, fm)->ts == to + 1 && is_party_kind(c, fm)) {
                to = M(c, fm)->te;
            }
            uint32_t q = to + 1;
            uint32_t tte = 0;
            if (q < lim && in_timex(c, q, &tte) && tte < lim && is(d, tte, "'s")) {
                q = tte + 1; /* "an invitation to next month's EU-Western Balkans summit" */
            }
            if (q < lim && is(d, q, "the")) {
                q++;
            }
            int dm = to + 1 < lim && is(d, to, "to") ? ment_at(c, q) : -1;
            const px_ment *dmm = dm >= 0 ? M(c, dm) : NULL;
            const px_ent *de = dm >= 0 ? E(c, dm) : NULL;
            bool venue = de && px_streq(de->code, "VENUE") && venue_event(c, dm);
            /* (a body's or named gathering: "to the G20 leaders' summit", "to the
             * EU-Western Balkans summit") */
            uint32_t sv = 0;
            if (!venue && q < lim && (dmm == NULL || dmm->kind == MK_ORG || dmm->kind == MK_PLACE ||
                                      dmm->kind == MK_STATE || dmm->kind == MK_GROUP)) {
                uint32_t r = q;
                while (r < lim && r < q + 6 && !trig(d, r, lim, TR_CONTACT_N, NULL)) {
                    int rm = ment_at(c, r);
                    if (rm >= 0 && M(c, rm)->ts == r && M(c, rm)->te > r) {
                        r = M(c, rm)->te;
                        continue;
                    }
                    /* (also a lower-case kind: "to the peace summit in Sharm el-Sheikh") */
                    if (!((d->toks[r].flags & TF_CAP) || (d->toks[r].flags & TF_HYPH) || is(d, r, "-") ||
                          d->toks[r].p == '\'' || is(d, r, "leaders") || (d->toks[r].flags & TF_NUM) ||
                          gathering_adj(c, r) || is(d, r, "peace") || is(d, r, "climate") ||
                          (r == q && (ordinal_word(d, r) || num_ordinal(d, r))))) {
                        break; /* (over an ordinal: "to the first peace summit") */
                    }
                    r++;
                }
                if (r > q && r < lim && (is(d, r, "summit") || is(d, r, "conference"))) {
                    sv = r + 1;
                }
            }
            if (sv) {
                k.ts = i;
                k.te = i + 1;
                k.after = sv;
                k.type = T_ATTEND;
                k.form = F_NOUN;
                k.inv_noun = true;
                k.vts = q;
                k.vte = sv;
                k.rule = "invitation+event";
                core_add(c, &k);
                i = sv - 1; /* (the gathering's noun is this core's, not a contact of its own) */
                continue;
            }
            uint32_t ml = 0, mt0 = dmm ? dmm->ts + (is(d, dmm->ts, "the") ? 1 : 0) : 0;
            bool seat = dmm && dmm->kind == MK_ORG && mt0 < dmm->te &&
                        px_match_kind(d, mt0, K_METONYM, &ml) && mt0 + ml == dmm->te;
            if (dmm && dmm->ts == q - (is(d, q - 1, "the") && dmm->ts < q ? 1 : 0) &&
                (dmm->kind == MK_PLACE || dmm->kind == MK_STATE || seat || venue ||
                 (dmm->kind == MK_UNKNOWN && (dmm->flags & MF_LOCPP))) &&
                !(dmm->flags & MF_ADJ)) {
                k.ts = i;
                k.te = i + 1;
                k.after = i + 1;
                k.type = venue ? T_ATTEND : T_VISIT;
                k.form = F_NOUN;
                k.inv_noun = true;
                if (venue) {
                    k.vts = dmm->ts;
                    k.vte = dmm->te;
                    while (k.vts + 1 < k.vte && (is(d, k.vts, "the") || is(d, k.vts, "a"))) {
                        k.vts++;
                    }
                } else {
                    k.dest = dm;
                }
                k.rule = "invitation+place";
                core_add(c, &k);
                continue;
            }
        }
        /* light verb + contact noun: "held talks", "paid a visit", "launched a mediation effort"
         * (not a noun: "at the start of their talks") */
        if ((e = trig(d, i, lim, TR_LIGHT_V, &l)) != NULL &&
            !(i > c->tb && (is(d, i - 1, "the") || is(d, i - 1, "a") || is(d, i - 1, "an") ||
                            (d->toks[i - 1].flags & TF_HYPH))) && /* ("US-hosted talks") */
            /* (an auxiliary "has" before a deciding verb: "has proposed meeting Aliyev",
             * "had suggested holding talks", "Cairo had proposed a meeting between ...") */
            !((is(d, i, "has") || is(d, i, "have") || is(d, i, "had")) && i + 2 < lim &&
              (trig(d, i + 1, lim, TR_DECIDE_V, NULL) ||
               /* (nor an auxiliary before a participle: "had discussed the possibility of
                * meeting", "had discussed the trip by telephone") */
               (ed_word(d, i + 1) && !trig(d, i + 1, lim, TR_CONTACT_N, NULL) && i + 3 < lim &&
                (is(d, i + 2, "the") || is(d, i + 2, "a")))))) {
            uint32_t j = i + l;
            int given_to = -1;
            uint32_t jgs = 0, jge = d->toks[i].k0 == 'j' ? join_for_gathering(c, i, i + l, &jgs) : 0;
            if (jge) {
                /* "joined leaders of ASEAN and the Gulf Cooperation Council for the inaugural
                 * ASEAN-GCC-China Summit": an attendance; those joined are no parties */
                k.ts = i;
                k.te = k.after = jge;
                k.type = T_ATTEND;
                k.form = F_LIGHT;
                k.vflags = e->flags;
                k.vts = jgs;
                k.vte = jge;
                k.rule = "join+event";
                core_add(c, &k);
                i = jge - 1;
                continue;
            }
            /* (eight steps: "held a new round of China-brokered talks"; a hyphenated
             * compound and quote marks count as none: 'held their first "two-plus-two"
             * security talks') */
            for (int n = 0; n < 8 && j < lim && j < i + l + 20; n++) {
                /* "accorded Putin a ceremonial welcome", "gave Lula a warm welcome": the one
                 * received before the noun */
                int gvm = j == i + l && give_verb(d, i) ? ment_at(c, j) : -1;
                if (gvm >= 0 && M(c, gvm)->ts == j && M(c, gvm)->te + 1 < lim &&
                    (M(c, gvm)->kind == MK_PERSON || M(c, gvm)->kind == MK_STATE ||
                     M(c, gvm)->kind == MK_GROUP) &&
                    !(M(c, gvm)->flags & (MF_POSS | MF_ADJ | MF_LOCPP)) &&
                    (is(d, M(c, gvm)->te, "a") || is(d, M(c, gvm)->te, "an"))) {
                    given_to = gvm;
                    j = M(c, gvm)->te;
                    continue;
                }
                uint32_t nl;
                const px_entry *cn = trig(d, j, lim, TR_CONTACT_N, &nl);
                if (given_to >= 0 && cn && cn->a != T_HOST) {
                    break;
                }
                /* ("renewed his call for a face-to-face meeting": an appeal, no phone call) */
                /* (not "for" a span: "refused to take Netanyahu's calls for weeks") */
                bool for_span = j + 2 < lim && is(d, j + 1, "for") &&
                                (is(d, j + 2, "weeks") || is(d, j + 2, "months") ||
                                 is(d, j + 2, "days") || is(d, j + 2, "hours") ||
                                 is(d, j + 2, "years") || is(d, j + 2, "several") ||
                                 is(d, j + 2, "more") || (d->toks[j + 2].flags & TF_NUM) ||
                                 in_timex(c, j + 2, NULL));
                if (cn && cn->a == T_CALL && (is(d, j, "call") || is(d, j, "calls")) &&
                    j + 1 < lim &&
                    ((is(d, j + 1, "for") && !for_span) ||
                     (is(d, j + 1, "to") && (j + 2 >= lim || ment_at(c, j + 2) < 0)))) {
                    break; /* ("made a call to Putin" stays a call) */
                }
                /* ("returned Netanyahu's call", "answered her calls": these verbs are
                 * light only for a call; "returned the visit" is no contact) */
                if (cn && cn->a != T_CALL && l == 1 &&
                    (d->toks[i].k0 == 'r' || d->toks[i].k0 == 'a') &&
                    (is(d, i, "return") || is(d, i, "returns") || is(d, i, "returned") ||
                     is(d, i, "returning") || is(d, i, "answer") || is(d, i, "answers") ||
                     is(d, i, "answered") || is(d, i, "answering"))) {
                    break;
                }
                if (cn) {
                    k.ts = i;
                    k.te = j + nl;
                    k.after = k.te;
                    /* compound nouns: "mediation mission", "peace talks" */
                    uint32_t nl2;
                    const px_entry *hn = cn, *h2;
                    while (k.after < lim && !medium_word(d, k.after) &&
                           (h2 = trig(d, k.after, lim, TR_CONTACT_N, &nl2)) != NULL) {
                        hn = h2;
                        k.after += nl2;
                        k.te = k.after;
                    }
                    /* ("face-to-face talks", "bilateral talks": the head noun says the type) */
                    k.type = (uint8_t)(is(d, j, "face") || is(d, j, "bilateral") ||
                                               (is(d, j, "summit") && hn->a == T_NEGOTIATE)
                                           ? hn->a
                                           : cn->a);
                    k.form = F_LIGHT;
                    k.vflags = e->flags;
                    k.rule = "light_verb+noun";
                    if (given_to >= 0) {
                        k.asked[0] = given_to;
                        k.nasked = 1;
                    }
                    /* "chaired a welcome ceremony for X" (not "chaired a meeting of the
                     * Security Council", "presided over a cabinet meeting": a chair's own
                     * gathering) */
                    if ((is(d, i, "chaired") || is(d, i, "chairs") || is(d, i, "presided") ||
                         is(d, i, "presides")) &&
                        hn->a != T_HOST) {
                        k.form = 0;
                    }
                    break;
                }
                /* "began a two-day visit", "held a round of talks", "paid an official visit",
                 * "will hold a fifth round of nuclear talks" */
                if (d->toks[j].p == '"' && n > 0) {
                    j++; /* scare quotes: 'had a "very good" phone call' */
                    n--;
                    continue;
                }
                /* "held what he called frank discussions with X", "had what the Kremlin
                 * described as a substantive call": over the one who names it */
                if (n == 0 && j == i + l && is(d, j, "what")) {
                    uint32_t q = j + 1;
                    while (q < lim && q < j + 6 && (d->toks[q].flags & TF_ALPHA) &&
                           !(is(d, q, "called") || is(d, q, "described") || is(d, q, "termed") ||
                             is(d, q, "characterized") || is(d, q, "characterised") ||
                             is(d, q, "dubbed") || is(d, q, "calls") || is(d, q, "describes"))) {
                        q++;
                    }
                    if (q > j + 1 && q + 1 < lim && q < j + 6 && (d->toks[q].flags & TF_ALPHA)) {
                        j = q + 1 + (is(d, q + 1, "as") ? 1 : 0);
                        n = -1; /* (the noun may follow its own determiners) */
                        continue;
                    }
                }
                if (j + 1 < lim && d->toks[j + 1].p == '\'' && (d->toks[j].flags & TF_ALPHA) &&
                    d->toks[j].klen > 2 && px_tkey(d, j)[d->toks[j].klen - 1] == 's') {
                    j += 2; /* a plural possessive: "hold their annual leaders' meeting" */
                    continue;
                }
                /* "sat down in Istanbul's Ciragan Palace on Wednesday for a fourth round of
                 * direct talks": over where and when to "for" */
                if (n == 0 && j == i + l && is(d, j - 1, "down")) {
                    uint32_t q = j, tq = 0;
                    while (q < lim && q < j + 10 && !is(d, q, "for")) {
                        int qm = ment_at(c, q);
                        /* (a building after a city's possessive too) */
                        if (qm >= 0 && M(c, qm)->ts == q &&
                            (M(c, qm)->kind == MK_PLACE || (M(c, qm)->flags & MF_LOCPP) ||
                             (q > j && is(d, q - 1, "'s") && M(c, qm)->kind == MK_UNKNOWN))) {
                            q = M(c, qm)->te;
                        } else if (in_timex(c, q, &tq) && tq > q) {
                            q = tq;
                        } else if (is(d, q, "in") || is(d, q, "at") || is(d, q, "the") ||
                                   is(d, q, "'s")) {
                            q++;
                        } else {
                            break;
                        }
                    }
                    if (q + 1 < lim && is(d, q, "for")) {
                        j = q + 1;
                        n = -1; /* (the noun may follow its own determiners) */
                        continue;
                    }
                    break;
                }
                /* "will set off on Monday on a four-day tour": over a time, and the light
                 * verb's preposition again after it */
                uint32_t tx2 = 0, j0 = j - (is(d, j - 1, "on") ? 1 : 0);
                if (n == 0 && j > i && in_timex(c, j0, &tx2) && tx2 > j && tx2 + 1 < lim) {
                    j = tx2;
                    if (is(d, j, "on") && is(d, i + l - 1, "on")) {
                        j++;
                    }
                    continue;
                }
                if (j > i + l && d->toks[j].p == '\'' && d->toks[j - 1].klen > 2 &&
                    px_tkey(d, j - 1)[d->toks[j - 1].klen - 1] == 's') {
                    j++; /* (its mark after a group read as one: "Foreign Ministers' Meeting") */
                    continue;
                }
                if (j > i + l + 1 && (d->toks[j - 1].flags & TF_HYPH) && (d->toks[j].flags & TF_CAP) &&
                    (d->toks[j - 2].flags & TF_CAP)) {
                    /* a compound of names: "the EU-Western Balkans summit" */
                    while (j < lim && (d->toks[j].flags & TF_CAP) && (d->toks[j].flags & TF_ALPHA) &&
                           !trig(d, j, lim, TR_CONTACT_N, NULL)) {
                        j++;
                    }
                    continue;
                }
                if ((j > i + l && (d->toks[j - 1].flags & TF_HYPH) &&
                     (d->toks[j].flags & TF_ALPHA) && !(d->toks[j].flags & TF_CAP)) ||

                    (j > i + l && (d->toks[j].flags & TF_HYPH)) ||
                    ((d->toks[j].flags & TF_ALPHA) && !(d->toks[j].flags & TF_CAP) && j + 1 < lim &&
                     (d->toks[j + 1].flags & TF_HYPH))) {
                    /* inside a compound: "a one-on-one meeting", "face-to-face talks", "an
                     * in-person meeting" */
                    j++;
                    n--;
                    continue;
                }
                int hm = ment_at(c, j);
                if (hm >= 0 && M(c, hm)->te + 1 < lim && (d->toks[M(c, hm)->te].flags & TF_HYPH) &&
                    go_between_word(d, M(c, hm)->te + 1)) {
                    j = M(c, hm)->te; /* "held Turkish-brokered talks" */
                    continue;
                }
                int vm0 = ment_at(c, j);
                if (vm0 >= 0 && E(c, vm0) && px_streq(E(c, vm0)->code, "VENUE") && venue_event(c, vm0) &&
                    join_word(d, i)) {
                    /* "joined a virtual BRICS summit": taking part in a named event */
                    event_core(c, &k, i, vm0, e->flags, "light_verb+event");
                    break;
                }
                if (is(d, j, "and") && j > i + l && j + 1 < lim && venue_adj(c, j - 1) &&
                    venue_adj(c, j + 1) && !light_stop(d, j + 1)) {
                    j++; /* "had a long and frank call with Merz" */
                    continue;
                }
                /* "held a Japan-Philippines Foreign Ministers' Meeting": over the states of
                 * a hyphenated pair */
                {
                    int sm = ment_at(c, j);
                    uint32_t nj = sm >= 0 ? M(c, sm)->te + (is(d, M(c, sm)->te, "-") ? 1 : 0) : 0;
                    int gm = sm >= 0 && nj < lim ? ment_at(c, nj) : -1;
                    if (sm >= 0 && M(c, sm)->ts == j &&
                        (M(c, sm)->kind == MK_STATE || M(c, sm)->kind == MK_ORG) &&
                        M(c, sm)->te < lim &&
                        ((d->toks[M(c, sm)->te - 1].flags & TF_HYPH) || is(d, M(c, sm)->te, "-")) &&
                        gm >= 0 && M(c, gm)->kind == MK_GROUP) {
                        j = nj; /* (only before the group named in the title) */
                        continue;
                    }
                    /* (and the group after it: "Philippines Foreign Ministers' Meeting") */
                    if (sm >= 0 && M(c, sm)->ts == j && j > i + l && M(c, sm)->kind == MK_GROUP &&
                        ((d->toks[j - 1].flags & TF_HYPH) || is(d, j - 1, "-")) &&
                        M(c, sm)->te + 1 < lim && d->toks[M(c, sm)->te].p == '\'') {
                        j = M(c, sm)->te + 1;
                        continue;
                    }
                }
                /* the name of the talks: "held the seventh round of Foreign Office
                 * Consultations", "the 2+2 Ministerial Dialogue" (also over a plural
                 * possessive: "Foreign Ministers' Meeting") */
                if ((d->toks[j].flags & TF_CAP) && (d->toks[j].flags & TF_ALPHA) && ment_at(c, j) < 0) {
                    uint32_t q = j;
                    while (q < lim && q < j + 5 && (d->toks[q].flags & TF_CAP) &&
                           (d->toks[q].flags & TF_ALPHA) &&
                           (ment_at(c, q) < 0 ||
                            (M(c, ment_at(c, q))->kind == MK_UNKNOWN &&
                             joint_body_head(d, M(c, ment_at(c, q))->te - 1))) &&
                           !trig(d, q, lim, TR_CONTACT_N, NULL)) {
                        q++;
                        if (q + 1 < lim && d->toks[q].p == '\'' && (d->toks[q + 1].flags & TF_CAP)) {
                            q++;
                        }
                    }
                    /* (a joint body's talks in lower case: "a fresh round of General
                     * Border Committee talks") */
                    /* (also after a name in capitals after an article or "of": "held the
                     * 24th round of Special Representatives talks") */
                    if (q > j && q < lim &&
                        ((d->toks[q].flags & TF_CAP) || (q > j + 1 && joint_body_head(d, q - 1)) ||
                         (q > j + 1 && (is(d, j - 1, "the") || is(d, j - 1, "of")))) &&
                        trig(d, q, lim, TR_CONTACT_N, NULL)) {
                        j = q;
                        continue;
                    }
                }
                /* (a joint body's name, unlisted words and all: "held a Regional Border
                 * Committee meeting") */
                if ((d->toks[j].flags & TF_CAP) && (d->toks[j].flags & TF_ALPHA) && j > i + l &&
                    (is(d, j - 1, "a") || is(d, j - 1, "an") || is(d, j - 1, "the"))) {
                    uint32_t q = j;
                    while (q < lim && q < j + 5 && (d->toks[q].flags & TF_CAP) &&
                           (d->toks[q].flags & TF_ALPHA) &&
                           (ment_at(c, q) < 0 || M(c, ment_at(c, q))->kind == MK_UNKNOWN) &&
                           !trig(d, q, lim, TR_CONTACT_N, NULL)) {
                        q++;
                    }
                    if (q > j + 1 && q < lim && trig(d, q, lim, TR_CONTACT_N, NULL) &&
                        joint_body_head(d, q - 1)) {
                        j = q;
                        continue;
                    }
                }
                /* "will hold their next High-Level Cooperation Council in Ankara": a joint
                 * council held is its meeting */
                if ((is(d, i, "hold") || is(d, i, "held") || is(d, i, "holds") ||
                     is(d, i, "holding")) &&
                    (d->toks[j].flags & TF_CAP) && (d->toks[j].flags & TF_ALPHA) && j > i + l) {
                    uint32_t q = j;
                    while (q < lim && q < j + 6 &&
                           (((d->toks[q].flags & TF_CAP) && (d->toks[q].flags & TF_ALPHA)) ||
                            (d->toks[q].flags & TF_HYPH) || is(d, q, "-")) &&
                           (ment_at(c, q) < 0 || M(c, ment_at(c, q))->kind == MK_UNKNOWN)) {
                        q++;
                    }
                    if (q > j + 1 && (is(d, q - 1, "council") || joint_body_head(d, q - 1)) &&
                        (d->toks[q - 1].flags & TF_CAP) &&
                        (q >= lim || d->toks[q].p || is(d, q, "in") || is(d, q, "on") ||
                         is(d, q, "at") || in_timex(c, q, NULL)) &&
                        (is(d, j - 1, "the") || is(d, j - 1, "their") || is(d, j - 1, "its") ||
                         is(d, j - 1, "next") || is(d, j - 1, "annual") ||
                         (d->toks[j - 1].flags & TF_NUM) || ordinal_word(d, j - 1))) {
                        k.ts = i;
                        k.te = q;
                        k.after = q;
                        k.type = T_MEET;
                        k.form = F_LIGHT;
                        k.vflags = e->flags;
                        k.rule = "light_verb+council";
                        break;
                    }
                }
                if (j == i + l && is(d, j, "no") && j + 1 < lim) {
                    j++; /* "held no bilateral meeting": negated below */
                    continue;
                }
                /* "held about 90 minutes of talks": an approximation before a number */
                if ((is(d, j, "about") || is(d, j, "around") || is(d, j, "almost") ||
                     is(d, j, "nearly") || is(d, j, "roughly")) &&
                    j + 1 < lim && (d->toks[j + 1].flags & TF_NUM)) {
                    j++;
                    continue;
                }
                if (!det_like(c, j) && !is(d, j, "a") && !is(d, j, "an") && !is(d, j, "of") &&
                    !is(d, j, "round") && !is(d, j, "new") && !(d->toks[j].flags & TF_NUM) &&
                    /* ("held the 24th round of Special Representatives talks") */
                    !num_ordinal(d, j) && !ordinal_word(d, j) &&
                    !is(d, j, "return") && !is(d, j, "reciprocal") &&
                    /* ("hold a number of bilateral meetings", "a series of meetings") */
                    !((is(d, j, "number") || is(d, j, "series")) && j + 1 < lim &&
                      is(d, j + 1, "of")) &&
                    !is(d, j, "virtual") && !is(d, j, "online") &&
                    !(venue_adj(c, j) && !light_stop(d, j)) &&
                    /* ("held their last talks in July": before the noun, no time) */
                    !((is(d, j, "last") || is(d, j, "latest")) && j > i + l && j + 1 < lim &&
                      trig(d, j + 1, lim, TR_CONTACT_N, NULL))) {
                    break;
                }
                int m = ment_at(c, j);
                if (m >= 0) {
                    j = M(c, m)->te;
                    continue;
                }
                j++;
            }
            if (k.form) {
                /* the light verb "host" also hosts nouns: "hosted a meeting" stays host */
                const px_entry *hv = trig(d, i, lim, TR_CONTACT_V, NULL);
                if (hv && (hv->a == T_HOST || hv->a == T_ATTEND || hv->a == T_MEDIATE) &&
                    /* (one who takes part in a call is on it: "took part in a video call
                     * with other European leaders") */
                    !(hv->a == T_ATTEND && k.type == T_CALL)) {
                    /* "hosted a meeting", "attend a summit", "brokered talks" */
                    k.type = (uint8_t)hv->a;
                }
                /* "joined the inaugural ASEAN-GCC-China Summit in Kuala Lumpur": one who joins
                 * a summit, forum or conference attends it (one who joins a meeting, talks or
                 * a call is in that contact) */
                uint32_t hn = k.te - 1;
                if (!hv && k.type == T_MEET && d->toks[i].k0 == 'j' && join_word(d, i) &&
                    (is(d, hn, "summit") || is(d, hn, "forum") || is(d, hn, "conference") ||
                     is(d, hn, "congress")) &&
                    !(k.te < lim && (is(d, k.te, "with") || is(d, k.te, "between")))) {
                    k.type = T_ATTEND;
                }
                /* "granted an audience at Al Alam Palace on Sunday to X": a reception */
                /* (not the one granted it: "was granted an audience with King Charles" is
                 * his meeting with the king) */
                if ((is(d, i, "granted") || is(d, i, "grants") || is(d, i, "grant") ||
                     is(d, i, "gave") || is(d, i, "gives")) &&
                    is(d, k.te - 1, "audience") && !(i > c->tb && be_form(d, i - 1))) {
                    k.type = T_HOST;
                }
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
        }
        /* "left Moscow for Beijing", "departed Abuja on Sunday for Paris": a journey from one
         * place to the one after "for" */
        /* (also a plan: "will on Thursday depart Abuja for Addis Ababa") */
        bool leave_inf = (is(d, i, "leave") || is(d, i, "depart")) && i > c->tb &&
                         (cue1(d, i - 1, CUE_AUX) || is(d, i - 1, "to") || is(d, i - 1, "will") ||
                          is(d, i - 1, "would") || aux_time_gap(c, i - 1));
        if ((k0 == 'l' || k0 == 'd') &&
            (is(d, i, "left") || is(d, i, "leaves") || is(d, i, "leaving") || leave_inf ||
             is(d, i, "departed") || is(d, i, "departs") || is(d, i, "departing"))) {
            int pm = ment_at(c, i + 1);
            uint32_t q = pm >= 0 && (M(c, pm)->flags & MF_LOCPP) ? M(c, pm)->te : lim;
            uint32_t te2;
            if (q < lim && in_timex(c, q, &te2)) {
                q = te2;
            }
            /* (also a time alone before "for": "left yesterday for Minas Tirith") */
            if (pm < 0 && i + 1 < lim && in_timex(c, i + 1, &te2) && te2 > i + 1) {
                q = te2;
            }
            /* (and over "here", the dateline's city: "PHNOM PENH (Xinhua) -- Hun Manet left
             * here on Sunday for Beijing") */
            if (pm < 0 && i + 2 < lim && is(d, i + 1, "here")) {
                q = i + 2;
                if (in_timex(c, q, &te2) && te2 > q) {
                    q = te2;
                }
            }
            int dm = q + 1 < lim && is(d, q, "for") ? ment_at(c, q + 1) : -1;
            /* (a place the gazetteer lacks, read as a place after "for": its trip has no
             * state to visit, but its purpose is the traveller's) */
            if (dm >= 0 && (M(c, dm)->kind == MK_PLACE || M(c, dm)->kind == MK_STATE ||
                            (M(c, dm)->kind == MK_UNKNOWN && (M(c, dm)->flags & MF_LOCPP))) &&
                !(M(c, dm)->flags & MF_ADJ) && M(c, dm)->ts == q + 1) {
                /* "for" */
                uint8_t lvf = is(d, i, "leaves") || is(d, i, "departs")      ? TRF_3SG
                              : is(d, i, "leaving") || is(d, i, "departing") ? TRF_ING
                              : leave_inf                                    ? TRF_INF
                                                                             : TRF_PAST;
                /* "left Dakar for Abidjan for talks with Ouattara", "left yesterday for Minas
                 * Tirith for meetings of the joint transport committee with Arnor": a trip
                 * for a contact with a partner is that contact, as after "travelled to" */
                uint32_t pq = M(c, dm)->te, nl3 = 0;
                if (pq + 2 < lim && is(d, pq, "for")) {
                    uint32_t q3 = pq + 1;
                    while (q3 < lim && q3 < pq + 4 &&
                           (is(d, q3, "a") || is(d, q3, "an") || is(d, q3, "the") ||
                            det_like(c, q3) || venue_adj(c, q3))) {
                        q3++;
                    }
                    const px_entry *cn3 = q3 < lim ? trig(d, q3, lim, TR_CONTACT_N, &nl3) : NULL;
                    bool later = false;
                    for (uint32_t r = q3 + nl3; cn3 && r < lim && r < q3 + nl3 + 10 && !later &&
                                                !d->toks[r].p;
                         r++) {
                        later = is(d, r, "with");
                    }
                    if (cn3 && later && cn3->a != T_VISIT && cn3->a != T_ATTEND) {
                        core_set(&k, i, q3 + nl3, q3 + nl3, (uint8_t)cn3->a, F_LIGHT, lvf,
                                 "motion_verb+purpose");
                        k.dest = dm;
                        k.venue = false;
                        core_add(c, &k);
                        i = q3 + nl3 - 1;
                        continue;
                    }
                }
                core_set(&k, i, i + 1, q, T_VISIT, F_MOTION, lvf, "motion_verb");
                core_add(c, &k);
                i = q;
                continue;
            }
        }
        /* "Witkoff spent three days in Moscow": a stay abroad is a visit */
        if ((is(d, i, "spent") || is(d, i, "spends")) && i > c->tb) {
            uint32_t j = i + 1, te3 = 0;
            for (int n = 0; n < 4 && j < lim && !is(d, j, "in") && !is(d, j, "on"); n++) {
                if (in_timex(c, j, &te3)) {
                    j = te3;
                    continue;
                }
                if (!(d->toks[j].flags & (TF_ALPHA | TF_NUM)) || (d->toks[j].flags & TF_CAP) ||
                    ment_at(c, j) >= 0) {
                    break;
                }
                j++;
            }
            /* ("Lee and Takaichi spent 25 minutes on the phone": a call) */
            if (j > i + 1 && j + 2 < lim && is(d, j, "on") && is(d, j + 1, "the") &&
                (is(d, j + 2, "phone") || is(d, j + 2, "telephone"))) {
                core_set(&k, i, j + 3, j + 3, T_CALL, F_VERB, is(d, i, "spent") ? TRF_PAST : TRF_3SG,
                         "spent_on_the_phone");
                core_add(c, &k);
                i = j + 2;
                continue;
            }
            int m = j > i + 1 && j + 1 < lim && is(d, j, "in") ? ment_at(c, j + 1) : -1;
            if (m >= 0 && (M(c, m)->kind == MK_PLACE || M(c, m)->kind == MK_STATE) && E(c, m) &&
                E(c, m)->country[0] && !px_streq(E(c, m)->code, "VENUE")) {
                core_set(&k, i, i + 1, i + 1, T_VISIT, F_MOTION, is(d, i, "spent") ? TRF_PAST : TRF_3SG,
                         "stay");
                k.dest = m;
                core_add(c, &k);
                i = M(c, m)->te - 1;
                continue;
            }
        }
        /* "will travel next Monday to Rabat", "flew on Tuesday to Beijing": a motion verb
         * with a time between it and its "to" */
        {
            static const char *const inf[] = {"travel", "fly", "head", NULL};
            static const char *const s3[] = {"travels", "flies", "heads", NULL};
            static const char *const past[] = {"travelled", "traveled", "flew", "headed", NULL};
            static const char *const ing[] = {"travelling", "traveling", "flying", "heading", NULL};
            uint8_t vf = 0;
            for (int w = 0; inf[w] && !vf; w++) {
                vf = is(d, i, inf[w]) ? TRF_INF : is(d, i, s3[w]) ? TRF_3SG
                                      : is(d, i, ing[w])   ? TRF_ING
                                                           : 0;
            }
            for (int w = 0; past[w] && !vf; w++) {
                vf = is(d, i, past[w]) ? TRF_PAST : 0;
            }
            uint32_t xe = 0, x0 = i + 1 + (i + 2 < lim && is(d, i + 1, "this") ? 1 : 0);
            if (vf && i + 3 < lim && !in_timex(c, i, NULL) && in_timex(c, x0, &xe) && xe > x0 &&
                xe + 1 < lim && is(d, xe, "to")) {
                uint32_t j2 = xe + 1 + (is(d, xe + 1, "the") ? 1 : 0);
                int m2 = j2 < lim ? ment_at(c, j2) : -1;
                if (m2 >= 0 && (M(c, m2)->kind == MK_PLACE || M(c, m2)->kind == MK_STATE) &&
                    !(vf == TRF_INF && i > c->tb && det_like(c, i - 1))) {
                    core_set(&k, i, i + 1, xe + 1, T_VISIT, F_MOTION, vf, "motion_verb");
                    core_add(c, &k);
                    continue;
                }
            }
        }
        /* "Sheinbaum will not travel to the Summit of the Americas ..., and de la Fuente will
         * represent Mexico": standing in for one's state, with no gathering named, attends
         * the one just skipped (anaphoric_attendance) */
        if (k0 == 'r' && i + 1 < lim && (is(d, i, "represent") || is(d, i, "represents"))) {
            int sm0 = ment_at(c, i + 1);
            uint32_t e0 = sm0 >= 0 ? M(c, sm0)->te : 0;
            if (sm0 >= 0 && M(c, sm0)->ts == i + 1 && M(c, sm0)->kind == MK_STATE &&
                !(M(c, sm0)->flags & MF_ADJ) &&
                (e0 >= lim || d->toks[e0].p || is(d, e0, "instead")) &&
                !(i > c->tb && det_like(c, i - 1))) {
                core_set(&k, i, i + 1, i + 1, T_ATTEND, F_LIGHT,
                         is(d, i, "represent") ? TRF_INF : TRF_3SG, "represent+instead");
                core_add(c, &k);
                i = e0 - 1;
                continue;
            }
        }
        /* "will instead represent Australia at the ceremony in Santiago", "represented the
         * king at the funeral": standing in for one's state or leader at a gathering is
         * attending it */
        if (k0 == 'r' && i + 4 < lim) {
            uint8_t vf = is(d, i, "represent")      ? TRF_INF
                         : is(d, i, "represents")   ? TRF_3SG
                         : is(d, i, "represented")  ? TRF_PAST
                         : is(d, i, "representing") ? TRF_ING
                                                    : 0;
            uint32_t q = 0;
            int om = vf ? ment_at(c, i + 1) : -1;
            /* (also in the passive, its agent the one who goes: "Australia will be
             * represented by Deputy Prime Minister Richard Marles at the gathering") */
            int am = vf == TRF_PAST && i > c->tb && be_form(d, i - 1) && is(d, i + 1, "by")
                         ? ment_at(c, i + 2)
                         : -1;
            if (am >= 0 && M(c, am)->ts == i + 2 && M(c, am)->kind == MK_PERSON &&
                !(M(c, am)->flags & (MF_ADJ | MF_PRON))) {
                q = M(c, am)->te;
            } else if (om >= 0 && M(c, om)->ts == i + 1 && !(M(c, om)->flags & MF_ADJ) &&
                M(c, om)->kind != MK_PLACE) {
                q = M(c, om)->te;
            } else if (vf && (is(d, i + 1, "his") || is(d, i + 1, "her") || is(d, i + 1, "the") ||
                              is(d, i + 1, "their")) &&
                       (is(d, i + 2, "country") || is(d, i + 2, "government") ||
                        is(d, i + 2, "nation") || is(d, i + 2, "president") ||
                        is(d, i + 2, "king") || is(d, i + 2, "queen"))) {
                q = i + 3;
            }
            uint32_t gq = q && q + 2 < lim && is(d, q, "at") ? q + 1 : 0;
            int m2 = gq ? ment_at(c, gq) : -1;
            while (gq && m2 < 0 && gq + 1 < lim && gq < q + 4 &&
                   (is(d, gq, "the") || is(d, gq, "a") || venue_adj(c, gq)) &&
                   !ceremony_noun(d, gq)) {
                gq++;
                m2 = ment_at(c, gq);
            }
            bool inf_noun = vf == TRF_INF && i > c->tb && det_like(c, i - 1);
            if (gq && !inf_noun && m2 >= 0 && E(c, m2) && px_streq(E(c, m2)->code, "VENUE") &&
                venue_event(c, m2)) {
                event_core(c, &k, i, m2, vf, "represent+event");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
            if (gq && !inf_noun && m2 < 0 && ceremony_noun(d, gq) && !is(d, gq, "meeting")) {
                core_set(&k, i, gq, gq, T_ATTEND, F_LIGHT, vf, "represent+event");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
        }
        /* "will lead a parliamentary delegation to Russia", "who is leading an Indian
         * delegation to the IPU Assembly": leading a delegation somewhere is going there */
        {
            static const char *const inf[] = {"lead", "head", NULL};
            static const char *const s3[] = {"leads", "heads", NULL};
            static const char *const past[] = {"led", "headed", NULL};
            static const char *const ing[] = {"leading", "heading", NULL};
            uint8_t vf = 0;
            for (int w = 0; (k0 == 'l' || k0 == 'h') && inf[w] && !vf; w++) {
                vf = is(d, i, inf[w])    ? TRF_INF
                     : is(d, i, s3[w])   ? TRF_3SG
                     : is(d, i, ing[w])  ? TRF_ING
                     : is(d, i, past[w]) ? TRF_PAST
                                         : 0;
            }
            uint32_t dn = 0;
            for (uint32_t r = i + 1; vf && r + 2 < lim && r < i + 9 &&
                                     (!d->toks[r].p || d->toks[r].p == '-' ||
                                      ment_at(c, r) >= 0); /* ("the U.S. delegation") */
                 r++) {
                if (is(d, r, "delegation") || is(d, r, "team") ||
                    /* ("will lead a trade mission to India next month") */
                    (is(d, r, "mission") && r > i + 1 &&
                     (is(d, r - 1, "trade") || is(d, r - 1, "business") ||
                      is(d, r - 1, "investment") || is(d, r - 1, "diplomatic")))) {
                    dn = r;
                    break;
                }
                /* (also a state's: "is heading Kuwait's delegation to the 46th Summit") */
                int pm = r == i + 1 || (r == i + 2 && is(d, i + 1, "the")) ? ment_at(c, r) : -1;
                if (pm >= 0 && M(c, pm)->kind == MK_GROUP && M(c, pm)->te > r + 1 &&
                    (is(d, M(c, pm)->te - 1, "delegation") || is(d, M(c, pm)->te - 1, "team"))) {
                    dn = M(c, pm)->te - 1;
                    break;
                }
                if (r == i + 1 && !(is(d, r, "a") || is(d, r, "an") || is(d, r, "the") ||
                                    is(d, r, "his") || is(d, r, "her") || is(d, r, "its") ||
                                    is(d, r, "their"))) {
                    break;
                }
                if (trig(d, r, lim, TR_CONTACT_N, NULL) || cue1(d, r, CUE_CLAUSE)) {
                    break;
                }
            }
            /* (over the members it is of: "a delegation of Kenyan MPs to Kampala") */
            uint32_t dt = dn + 1;
            if (dn && dt + 2 < lim && (is(d, dt, "of") || is(d, dt, "from"))) {
                uint32_t r = dt + 1;
                while (r < lim && r < dt + 6 && !d->toks[r].p && !is(d, r, "to") &&
                       !trig(d, r, lim, TR_CONTACT_N, NULL)) {
                    r++;
                }
                dt = r < lim && is(d, r, "to") ? r : dt;
            }
            /* "Milei will skip the Mercosur summit ... Quirno will lead the Argentine
             * delegation instead": the gathering just reported (anaphoric_attendance) */
            if (dn && dt == dn + 1 && dt < lim && is(d, dt, "instead") && vf != TRF_PAST) {
                core_set(&k, i, dt, dt, T_ATTEND, F_LIGHT, vf, "lead_delegation+instead");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
            uint32_t j2 = dn && is(d, dt, "to") ? dt + 1 : 0;
            j2 += j2 && j2 + 1 < lim && is(d, j2, "the") ? 1 : 0;
            int m2 = j2 && j2 < lim ? ment_at(c, j2) : -1;
            bool inf_noun = vf == TRF_INF && i > c->tb && det_like(c, i - 1);
            /* "will lead the U.S. delegation to the inauguration of Honduras's new president
             * in Tegucigalpa": a gathering named by its kind is attended */
            uint32_t gq = j2;
            while (m2 < 0 && gq && gq + 1 < lim && gq < j2 + 2 && venue_adj(c, gq) &&
                   !ceremony_noun(d, gq)) {
                gq++;
            }
            if (m2 < 0 && gq && gq < lim && !inf_noun && ceremony_noun(d, gq) &&
                !(vf == TRF_PAST && i > c->tb && is(d, i - 1, "delegation"))) {
                /* (the phrase ends before the gathering's noun, as "attend" does, so that
                 * "the inauguration of X" names the one sworn in) */
                core_set(&k, i, gq, gq, T_ATTEND, F_LIGHT, vf, "lead_delegation+event");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
            if (m2 >= 0 && !inf_noun &&
                !(vf == TRF_PAST && i > c->tb && is(d, i - 1, "delegation"))) {
                uint32_t gl = 0;
                if (E(c, m2) && px_streq(E(c, m2)->code, "VENUE") && venue_event(c, m2)) {
                    event_core(c, &k, i, m2, vf, "lead_delegation+event");
                    core_add(c, &k);
                    i = k.te - 1;
                    continue;
                }
                if ((M(c, m2)->kind == MK_ORG || M(c, m2)->kind == MK_GROUP) &&
                    M(c, m2)->te < lim && px_match_kind(d, M(c, m2)->te, K_VENUE, &gl) && gl) {
                    /* ("to the Inter-Parliamentary Union Assembly") */
                    core_set(&k, i, M(c, m2)->te + gl, M(c, m2)->te + gl, T_ATTEND, F_LIGHT, vf,
                             "lead_delegation+event");
                    k.vts = M(c, m2)->ts;
                    k.vte = M(c, m2)->te + gl;
                    core_add(c, &k);
                    i = k.te - 1;
                    continue;
                }
                if (M(c, m2)->kind == MK_PLACE || M(c, m2)->kind == MK_STATE) {
                    core_set(&k, i, i + 1, j2, T_VISIT, F_MOTION, vf, "lead_delegation");
                    /* "led a delegation to Cairo on Wednesday for talks with Hassan Rashad":
                     * the talks with a partner are the contact, the place theirs (as for
                     * "travelled to Cairo for talks with") */
                    uint32_t r = M(c, m2)->te, tr = 0;
                    if (r < lim && in_timex(c, r, &tr) && tr > r) {
                        r = tr;
                    }
                    uint32_t pq = r + 1, pl = 0;
                    while (pq < lim && pq < r + 4 && (is(d, pq, "a") || is(d, pq, "an") ||
                                                      is(d, pq, "the") || venue_adj(c, pq))) {
                        pq++;
                    }
                    const px_entry *pn = r < lim && is(d, r, "for") ? trig(d, pq, lim, TR_CONTACT_N, &pl)
                                                                   : NULL;
                    if (pn && pq + pl + 1 < lim && is(d, pq + pl, "with") &&
                        ment_at(c, pq + pl + 1) >= 0 && pn->a != T_VISIT) {
                        k.type = (uint8_t)pn->a;
                        k.form = F_LIGHT;
                        k.te = k.after = pq + pl;
                        k.dest = m2;
                        k.rule = "lead_delegation+purpose";
                        core_add(c, &k);
                        i = k.te - 1;
                        continue;
                    }
                    core_add(c, &k);
                    i = dn + 1;
                    continue;
                }
            }
            /* ("to the 151st Assembly of the Inter-Parliamentary Union") */
            uint32_t g0 = j2;
            while (g0 && g0 < lim && g0 < j2 + 3 && gathering_adj(c, g0)) {
                g0++;
            }
            uint32_t ge = g0 > j2 && g0 < lim && !inf_noun &&
                                  !(vf == TRF_PAST && i > c->tb && is(d, i - 1, "delegation"))
                              ? gathering_end(c, g0, 1, lim)
                              : 0;
            if (ge > g0 + 1) {
                core_set(&k, i, ge, ge, T_ATTEND, F_LIGHT, vf, "lead_delegation+event");
                k.vts = j2;
                k.vte = ge;
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
        }
        /* motion verbs: travel to / arrive in / leave for + place */
        if ((e = trig(d, i, lim, TR_MOTION_V, &l)) != NULL) {
            uint32_t j = i + l;
            if (j < lim && (is(d, j, "the"))) {
                j++;
            }
            /* "Talks between Modi and Sharif, which had been expected in New York,": a thing
             * expected or due somewhere is no traveller */
            if (is(d, i, "expected") || is(d, i, "due")) {
                uint32_t w = i;
                while (w > c->tb && i - w < 4 && (cue1(d, w - 1, CUE_AUX) || be_form(d, w - 1) ||
                                                  is(d, w - 1, "had") || is(d, w - 1, "has") ||
                                                  is(d, w - 1, "have"))) {
                    w--;
                }
                if (w > c->tb + 1 && (is(d, w - 1, "which") || is(d, w - 1, "that")) &&
                    d->toks[w - 2].p == ',') {
                    int am = ment_at(c, w - 3 >= c->tb ? w - 3 : c->tb);
                    if (am < 0 || M(c, am)->kind != MK_PERSON) {
                        i = j;
                        continue;
                    }
                }
            }
            /* "Prince Faisal arrived here on Thursday" (after "NEW DELHI (PTI) -"): here is
             * the dateline's city, a place mention on "here" */
            uint32_t h = i + l - 1;
            if (is(d, h, "here") && ment_at(c, h) < 0 && d->dateline_place >= 0 && syn_room(c) &&
                d->ments[d->dateline_place].kind == MK_PLACE) {
                int32_t de = d->ments[d->dateline_place].ent;
                if (px_ment_push(d, h, h + 1, h, MK_PLACE, MF_LOCPP, de) == 0) {
                    c->tm[h - c->tb] = (int32_t)(d->nment - 1 - c->mb);
                    j = h;
                }
            }
            /* "KUWAIT, Nov 10 (KUNA) -- Abdelatty, who arrived in the country on Sunday": the
             * country is the dateline's */
            /* (so is "the capital", "the national capital", "the city": "NEW DELHI (PTI)
             * Putin, who arrived in the national capital on Thursday evening") */
            uint32_t cw = j < lim && is(d, j, "national") ? j + 1 : j;
            if (cw < lim && j == i + l + 1 &&
                (is(d, cw, "country") || (is(d, cw, "capital") && !(cw + 1 < lim && is(d, cw + 1, "'s"))) ||
                 (cw == j && is(d, cw, "city"))) &&
                ment_at(c, j) < 0 && ment_at(c, cw) < 0 && d->dateline_place >= 0 && syn_room(c) &&
                d->ments[d->dateline_place].kind == MK_PLACE) {
                int32_t de = d->ments[d->dateline_place].ent;
                if (px_ment_push(d, j, cw + 1, cw, MK_PLACE, MF_LOCPP, de) == 0) {
                    for (uint32_t w = j; w <= cw; w++) {
                        c->tm[w - c->tb] = (int32_t)(d->nment - 1 - c->mb);
                    }
                }
            }
            int m = ment_at(c, j);
            /* "will travel to the G20 summit": going to a named event is attending it */
            int em = m >= 0 ? m : j > i + l ? ment_at(c, j - 1) : -1;
            if (em >= 0 && E(c, em) && px_streq(E(c, em)->code, "VENUE") && venue_event(c, em) &&
                !(e->flags & TRF_INF && i > c->tb && det_like(c, i - 1))) {
                event_core(c, &k, i, em, e->flags, "motion_verb+event");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
            /* "will not travel to the Pacific Islands Forum leaders' meeting in Honiara", "flew
             * to the World Economic Forum in Davos": a gathering named in capitals (a body's
             * name, then its members' possessive and the gathering's noun, or a name ending
             * in "Forum", "Summit" or "Conference") is attended */
            uint32_t gn = j;
            if (is(d, i + l - 1, "to") && j > i + l && j < lim && (d->toks[j].flags & TF_CAP) &&
                !(e->flags & TRF_INF && i > c->tb && det_like(c, i - 1))) {
                while (gn < lim && gn < j + 8 && !d->toks[gn].p &&
                       ((d->toks[gn].flags & (TF_CAP | TF_UPPER)) ||
                        (is(d, gn, "of") && gn > j && gn + 1 < lim &&
                         (d->toks[gn + 1].flags & TF_CAP)))) {
                    /* (a body's name goes in, a state, a place or a person stops it: "to the
                     * United States") */
                    int gm = ment_at(c, gn);
                    const px_ent *ge = gm >= 0 ? E(c, gm) : NULL;
                    bool body = gm < 0 || M(c, gm)->kind == MK_ORG ||
                                M(c, gm)->kind == MK_UNKNOWN || M(c, gm)->kind == MK_GROUP ||
                                (ge && (strncmp(ge->code, "IGO", 3) == 0 ||
                                        px_streq(ge->code, "VENUE")));
                    if (!body) {
                        break;
                    }
                    gn++;
                }
            }
            uint32_t gh = gn; /* (over "leaders'" or "Leaders'": "the PIF Leaders' Meeting") */
            if (gn > j + 1 && gh + 1 < lim && is(d, gh, "'") &&
                (is(d, gn - 1, "leaders") || is(d, gn - 1, "ministers"))) {
                gh = gn + 1;
            } else if (gn > j) {
                /* (over a portfolio: "the ASEAN foreign ministers' meeting") */
                uint32_t w = gh;
                while (w < gh + 2 && w + 1 < lim && (d->toks[w].flags & TF_ALPHA) &&
                       !(d->toks[w].flags & TF_CAP) && !is(d, w, "leaders") &&
                       !is(d, w, "ministers")) {
                    w++;
                }
                if (w + 2 < lim && (is(d, w, "leaders") || is(d, w, "ministers")) &&
                    is(d, w + 1, "'")) {
                    gh = w + 2;
                }
            }
            bool named_end = gn > j + 1 && (is(d, gn - 1, "forum") || is(d, gn - 1, "summit") ||
                                            is(d, gn - 1, "conference") ||
                                            (is(d, gn - 1, "meeting") && gn > j + 2));
            bool head = gh < lim && gh > gn && (is(d, gh, "meeting") || is(d, gh, "summit"));
            if (gn > j && (named_end || head) && !sport_event(c, j, gn)) {
                core_set(&k, i, head ? gh + 1 : gn, head ? gh + 1 : gn, T_ATTEND, F_LIGHT,
                         e->flags, "motion_verb+named_gathering");
                k.vts = j;
                k.vte = head ? gh + 1 : gn;
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
            /* (also a government's seat: "went to the White House for talks with Trump") */
            const px_ent *seat = m >= 0 && M(c, m)->kind == MK_ORG &&
                                         (M(c, m)->flags & MF_LOCPP) ? E(c, m) : NULL;
            bool place = m >= 0 && (M(c, m)->kind == MK_PLACE || M(c, m)->kind == MK_STATE ||
                                    M(c, m)->kind == MK_UNKNOWN ||
                                    (M(c, m)->kind == MK_PERSON && (M(c, m)->flags & MF_LOCPP)) ||
                                    (seat && seat->country[0] && strlen(seat->code) == 6 &&
                                     strcmp(seat->code + 3, "GOV") == 0));
            if (place && be_form(d, i) && !being_there(c, i, m)) {
                place = false;
            }
            /* "asked to meet Fidan before returning to Doha": the way back after the
             * contact is no visit */
            if (place && is(d, i, "returning") && i > c->tb &&
                (is(d, i - 1, "before") || is(d, i - 1, "after") || is(d, i - 1, "upon"))) {
                place = false;
            }
            /* ("will first travel to the UAE": an adverb after the modal, not "the first
             * travel") */
            bool first_adv = i > c->tb + 1 && (is(d, i - 1, "first") || is(d, i - 1, "then")) &&
                             (is(d, i - 2, "will") || is(d, i - 2, "would") ||
                              is(d, i - 2, "to") || is(d, i - 2, "shall") ||
                              is(d, i - 2, "'ll"));
            if (place && !(e->flags & TRF_INF && i > c->tb && det_like(c, i - 1) && !first_adv)) {
                core_set(&k, i, i + l, i + l, T_VISIT, F_MOTION, e->flags, "motion_verb");
                if (j == h) {
                    k.dest = m; /* ("arrived here": inside the trigger's own words) */
                }
                /* "left for Geneva on Monday for talks with X": the talks are the contact,
                 * the destination its place */
                uint32_t q = M(c, m)->te;
                uint32_t medi_end = 0; /* end of a go-between's participle: "Egyptian-mediated" */
                bool visit_first = false;
                int pre_partner = -1; /* a bare name before the noun: "for Trump talks" */
                for (int n = 0; n < 10 && q < lim; n++) {
                    uint32_t te2;
                    if (in_timex(c, q, &te2)) {
                        q = te2;
                        continue;
                    }
                    /* (over a go-between before a hyphen: "for Egyptian-mediated talks") */
                    int gm0 = q > c->tb && is(d, q - 1, "for") ? ment_at(c, q) : -1;
                    uint32_t gp = gm0 >= 0 ? M(c, gm0)->te + 1 : 0;
                    if (gm0 >= 0 && gp < lim && M(c, gm0)->ts == q &&
                        ((d->toks[gp - 1].flags & TF_HYPH) || is(d, gp - 1, "-")) &&
                        (go_between_word(d, gp) || host_word(d, gp))) {
                        q = medi_end = gp + 1;
                        continue;
                    }
                    if (is(d, q, "for") || is(d, q, "and") || is(d, q, "this") || is(d, q, "next") ||
                        is(d, q, "a") || det_like(c, q) ||
                        /* (a time's possessive: "for this weekend's ASEAN summit") */
                        (is(d, q, "'s") && q > c->tb && in_timex(c, q - 1, NULL))) {
                        q++;
                        continue;
                    }
                    /* (over "as planned": "will travel to Beijing in April as planned for a
                     * summit with Xi") */
                    if (is(d, q, "as") && q + 1 < lim &&
                        (is(d, q + 1, "planned") || is(d, q + 1, "scheduled") ||
                         is(d, q + 1, "expected") || is(d, q + 1, "agreed"))) {
                        q += 2;
                        continue;
                    }
                    /* (over the means: "arrived in Kyiv by overnight train on Saturday for
                     * talks with Zelensky") */
                    if (is(d, q, "by") && q + 1 < lim && ment_at(c, q + 1) < 0 &&
                        (d->toks[q + 1].flags & TF_ALPHA) && !(d->toks[q + 1].flags & TF_CAP)) {
                        uint32_t r = q + 1;
                        while (r < lim && r < q + 4 && (d->toks[r].flags & TF_ALPHA) &&
                               !(d->toks[r].flags & TF_CAP) && !is(d, r, "for") &&
                               !in_timex(c, r, NULL) && ment_at(c, r) < 0) {
                            r++;
                        }
                        if (r < lim && (is(d, r, "for") || in_timex(c, r, NULL) ||
                                        d->toks[r].p == ',' || d->toks[r].p == '.')) {
                            q = r;
                            continue;
                        }
                    }
                    /* "left for Istanbul at the head of Kuwait's delegation to the 51st
                     * session of the Council of Foreign Ministers of the OIC": attending it */
                    if (q + 6 < lim && is(d, q, "at") && is(d, q + 1, "the") &&
                        is(d, q + 2, "head") && is(d, q + 3, "of")) {
                        uint32_t r = q + 4;
                        while (r < lim && r < q + 10 && !is(d, r, "delegation") &&
                               !is(d, r, "team")) {
                            int gm = ment_at(c, r);
                            if (gm >= 0 && M(c, gm)->te > r + 1 &&
                                (is(d, M(c, gm)->te - 1, "delegation") ||
                                 is(d, M(c, gm)->te - 1, "team"))) {
                                r = M(c, gm)->te - 1; /* ("Kuwait's delegation") */
                                break;
                            }
                            if (d->toks[r].p && !is(d, r, "'s")) {
                                break;
                            }
                            r++;
                        }
                        uint32_t g0 = r + 2 < lim && is(d, r + 1, "to") ? r + 2 : 0;
                        g0 += g0 && is(d, g0, "the") ? 1 : 0;
                        uint32_t gs = g0;
                        while (g0 && g0 < lim && g0 < gs + 3 && gathering_adj(c, g0)) {
                            g0++;
                        }
                        uint32_t ge = g0 && g0 < lim ? gathering_end(c, g0, 1, lim) : 0;
                        if (ge > g0 + 1) {
                            attend_core(&k, m, gs, ge, "motion_verb+event");
                        }
                        break;
                    }
                    /* "arrived in Rome for the G7 summit": travelling to an event is
                     * attending it */
                    int vm = ment_at(c, q);
                    const px_ent *ve = vm >= 0 ? E(c, vm) : NULL;
                    /* (not a residence or a building: "travelled to Trump's Mar-a-Lago
                     * estate" is a visit) */
                    if (ve && px_streq(ve->code, "VENUE") && q > c->tb && venue_event(c, vm) &&
                        (is(d, q - 1, "for") || is(d, q - 1, "the") || is(d, q - 1, "a") ||
                         is(d, q - 1, "an") || is(d, q - 1, "'s"))) {
                        k.type = T_ATTEND;
                        k.dest = m;
                        k.vts = M(c, vm)->ts;
                        k.vte = M(c, vm)->te;
                        while (k.vts < k.vte && (is(d, k.vts, "the") || is(d, k.vts, "a"))) {
                            k.vts++;
                        }
                        k.rule = "motion_verb+event";
                        k.form = F_LIGHT;
                        k.after = k.vte;
                        k.te = k.vte;
                        break;
                    }
                    /* (over a gathering's name: "for the EU-Western Balkans summit") */
                    /* (also after a time's possessive: "for this week's Pacific Islands
                     * Forum Leaders Meeting") */
                    bool time_poss = q > c->tb + 1 && is(d, q - 1, "'s") && in_timex(c, q - 2, NULL);
                    if (q > c->tb && (is(d, q - 1, "the") || is(d, q - 1, "-") || time_poss ||
                                      (d->toks[q - 1].flags & TF_HYPH)) &&
                        (d->toks[q].flags & (TF_CAP | TF_UPPER))) {
                        uint32_t r = q;
                        /* (and "of" or "'" inside the name: "the Commonwealth Heads of
                         * Government Meeting", "the ASEAN Foreign Ministers' Meeting") */
                        while (r < lim && r < q + 8 && !trig(d, r, lim, TR_CONTACT_N, NULL) &&
                               ((d->toks[r].flags & (TF_CAP | TF_UPPER | TF_HYPH)) ||
                                is(d, r, "-") || is(d, r, "'") ||
                                (is(d, r, "of") && r + 1 < lim &&
                                 (d->toks[r + 1].flags & TF_CAP)))) {
                            r++;
                        }
                        /* (a capitalised "Meeting" after a name is a named gathering: "the
                         * Pacific Islands Forum Leaders Meeting") */
                        bool named_meeting = r < lim && is(d, r, "meeting") &&
                                             (d->toks[r].flags & TF_CAP) && r > q + 1;
                        /* (and its members' possessive in lower case: "the Pacific Islands
                         * Forum leaders' meeting") */
                        if (!named_meeting && r > q + 1 && r + 2 < lim &&
                            (is(d, r, "leaders") || is(d, r, "ministers")) && is(d, r + 1, "'") &&
                            (is(d, r + 2, "meeting") || is(d, r + 2, "summit"))) {
                            r += 2;
                            named_meeting = true;
                        }
                        if (r > q && r < lim &&
                            (is(d, r, "summit") || is(d, r, "conference") || named_meeting) &&
                            (d->toks[r - 1].flags & (TF_CAP | TF_UPPER) || is(d, r - 1, "'"))) {
                            attend_core(&k, m, q, r + 1, "motion_verb+event");
                            break;
                        }
                    }
                    /* (over a bare name before the noun, its partner: "arrived in Washington
                     * for Trump talks") */
                    int bm = ment_at(c, q);
                    if (bm >= 0 && pre_partner < 0 && M(c, bm)->ts == q &&
                        M(c, bm)->kind == MK_PERSON &&
                        !(M(c, bm)->flags & (MF_POSS | MF_PRON | MF_ADJ)) && M(c, bm)->te < lim &&
                        q > c->tb && (is(d, q - 1, "for") || is(d, q - 1, "a")) &&
                        trig(d, M(c, bm)->te, lim, TR_CONTACT_N, NULL)) {
                        pre_partner = bm;
                        q = M(c, bm)->te;
                        continue;
                    }
                    /* (over a measure or an adjective: "for the two-day summit") */
                    bool adj = false;
                    if (gathering_adj(c, q)) {
                        uint32_t r = q;
                        while (r < lim && r < q + 4 && gathering_adj(c, r)) {
                            r++;
                        }
                        if (r < lim && gathering_end(c, r, 1, lim)) {
                            q = r;
                            adj = true;
                        }
                    }
                    uint32_t nl3;
                    const px_entry *cn3 = trig(d, q, lim, TR_CONTACT_N, &nl3);
                    /* (a gathering that is no contact noun: "for the 38th Ordinary Session of
                     * the Assembly of the African Union") */
                    uint32_t gq = !cn3 && q > c->tb &&
                                          (is(d, q - 1, "for") || det_like(c, q - 1) || adj)
                                      ? gathering_end(c, q, 1, lim)
                                      : 0;
                    if (gq) {
                        if (visit_first) {
                            core v = k;
                            v.dest = m;
                            core_add(c, &v);
                        }
                        attend_core(&k, m, q, gq, "motion_verb+purpose");
                        k.venue = false;
                        break;
                    }
                    bool pre = pre_partner >= 0 && M(c, pre_partner)->te == q;
                    if (cn3 && q > c->tb &&
                        (is(d, q - 1, "for") || det_like(c, q - 1) || adj || q == medi_end ||
                         pre)) {
                        uint32_t vl3 = 0;
                        /* "for talks with X": a contact with a partner, not an event */
                        uint32_t qa = q + nl3;
                        bool partner = pre || (qa < lim && (is(d, qa, "with") ||
                                                            is(d, qa, "between")));
                        /* (a named event: "for the G20 summit"; "arrived in Cairo for
                         * talks" names no one to talk with: the visit is the contact) */
                        bool named = false;
                        uint32_t r0 = q > c->tb + 3 ? q - 3 : c->tb;
                        for (uint32_t r = r0 > medi_end ? r0 : medi_end; r < q; r++) {
                            named = named || ((d->toks[r].flags & (TF_CAP | TF_NUM)) &&
                                              ment_at(c, r) != m && r > c->tb &&
                                              !in_timex(c, r, NULL) &&
                                              !(pre && ment_at(c, r) == pre_partner));
                        }
                        /* (talks between a coordinated subject's parties, or with a partner
                         * further on: "for meetings of the committee with Arnor") */
                        bool later = partner;
                        for (uint32_t r = qa; r < lim && r < qa + 10 && !later && !d->toks[r].p; r++) {
                            later = is(d, r, "with") || is(d, r, "between");
                        }
                        /* "for a state visit and a summit of the CIS": a visit, then
                         * what else the trip is for */
                        if (!later && !named && cn3->a == T_VISIT && qa + 1 < lim &&
                            is(d, qa, "and")) {
                            q = qa + 1;
                            visit_first = true;
                            continue;
                        }
                        /* "for a summit of the Commonwealth of Independent States", "for
                         * the two-day summit", "for a meeting of SCO foreign ministers": a
                         * gathering is attended (a summit whatever its name; another
                         * gathering when definite or of a body) */
                        uint32_t ge = gathering_end(c, q, nl3, lim);
                        int sb[4];
                        if (!later && !named && !ge && subject(c, i, sb, 4) < 2) {
                            break;
                        }
                        /* ("A and B flew to Cairo for the talks" after a summit hosted in
                         * Cairo: the talks reported, and each one's trip to them) */
                        bool reported = false;
                        for (size_t x = d->nframe; !later && !named && q > c->tb &&
                                                   is(d, q - 1, "the") && x-- > 0 && !reported;) {
                            const px_frame *pf = &d->frames[x];
                            if (pf->sent + 2 < c->si) {
                                break;
                            }
                            /* (at its place, or at the dateline's when it has none) */
                            int32_t le = pf->loc_ment >= 0 ? d->ments[pf->loc_ment].ent
                                         : d->dateline_place >= 0
                                             ? d->ments[d->dateline_place].ent
                                             : -1;
                            reported = pf->sent < c->si && le >= 0 && E(c, m) &&
                                       E(c, m)->country[0] &&
                                       strcmp(d->ents[le].country, E(c, m)->country) == 0;
                        }
                        if (reported) {
                            break;
                        }
                        /* ("A and B arrived in Baku for talks": talks between them) */
                        k.type = !partner && px_match_kind(d, q, K_VENUE, &vl3) && vl3 &&
                                         (named || ge ||
                                          !(is(d, q, "talks") || is(d, q, "meeting") ||
                                            is(d, q, "meetings")))
                                     ? T_ATTEND
                                     : (uint8_t)cn3->a;
                        if (k.type == T_ATTEND && ge && !later) {
                            k.vts = q;
                            k.vte = ge;
                            nl3 = ge - q;
                            if (visit_first) {
                                /* (the visit itself, then the attendance) */
                                core v = k;
                                v.type = T_VISIT;
                                v.form = F_MOTION;
                                v.vts = v.vte = 0;
                                v.te = v.after = i + l;
                                v.rule = "motion_verb";
                                core_add(c, &v);
                            }
                        }
                        k.dest = m;
                        k.rule = "motion_verb+purpose";
                        k.form = F_LIGHT;
                        if (pre_partner >= 0 && k.nadj < 4) {
                            k.adj[k.nadj++] = pre_partner;
                        }
                        k.after = q + nl3;
                        k.te = q + nl3;
                        k.venue = false;
                    }
                    break;
                }
                core_add(c, &k);
                i = k.form == F_LIGHT ? k.te - 1 : k.te - 1;
                continue;
            }
        }
        /* "Wang Yi told visiting Australian Foreign Minister Penny Wong in Beijing that ...",
         * "Xi assured the visiting Mr. X": speaking to one visiting is meeting him */
        if (i + 2 < lim && cue1(d, i, CUE_SPEECH) &&
            (is(d, i + 1, "visiting") || (is(d, i + 1, "the") && is(d, i + 2, "visiting")))) {
            uint32_t j = is(d, i + 1, "the") ? i + 2 : i + 1;
            int om = ment_at(c, j) >= 0 ? ment_at(c, j) : j + 1 < lim ? ment_at(c, j + 1) : -1;
            const char *vk = px_tkey(d, i);
            size_t vn = d->toks[i].klen;
            if (om >= 0 && (M(c, om)->kind == MK_PERSON || M(c, om)->kind == MK_GROUP) &&
                !(M(c, om)->flags & MF_PRON) && vn > 2) {
                core_set(&k, i, i + 1, i + 1, T_MEET, F_VERB,
                         vk[vn - 1] == 'd' ? TRF_PAST : vk[vn - 1] == 's' ? TRF_3SG : TRF_INF,
                         "contact_verb");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
        }
        /* "Jaishankar called on President Putin in Moscow": a courtesy call is a meeting
         * (with "to" after the one called on, an appeal: "called on Iran to resume talks") */
        if (k0 == 'c' && i + 2 < lim && is(d, i + 1, "on") &&
            (is(d, i, "called") || is(d, i, "calls") || is(d, i, "call") ||
             /* (a gerund after "before" or "after": "before calling on interim leader
              * Muhammad Yunus") */
             (is(d, i, "calling") && i > c->tb &&
              (is(d, i - 1, "before") || is(d, i - 1, "after"))))) {
            uint32_t j = i + 2 + (is(d, i + 2, "the") ? 1 : 0);
            int om = ment_at(c, j);
            if (om < 0 && j + 1 < lim && cue1(d, j, CUE_MOD)) {
                om = ment_at(c, j + 1); /* ("calling on interim leader Muhammad Yunus") */
            }
            bool appeal = false;
            uint32_t q = om >= 0 ? M(c, om)->te : lim;
            for (int n = 0; q < lim && n < 12 && !appeal; n++, q++) {
                if (d->toks[q].p == ',' && q + 1 < lim &&
                    (is(d, q + 1, "who") || is(d, q + 1, "which") || is(d, q + 1, "where"))) {
                    /* over a relative clause ("called on Modi, who reiterated his invitation
                     * to X to visit": a call; "called on Putin, who has ignored him, to end
                     * the war": an appeal) */
                    uint32_t r = q + 2;
                    while (r < lim && r < q + 16 && d->toks[r].p != ',' && d->toks[r].p != '.') {
                        r++;
                    }
                    if (r >= lim || d->toks[r].p != ',') {
                        break;
                    }
                    q = r;
                    continue;
                }
                /* (not a trip's destination: "called on X in Riyadh on Monday during a
                 * two-day visit to the kingdom") */
                if (is(d, q, "during")) {
                    break;
                }
                /* (nor the seat of the one called on: "called on President Dissanayake at the
                 * Presidential Secretariat on Wednesday to brief him") */
                if ((is(d, q, "at") || is(d, q, "in")) && q + 2 < lim) {
                    uint32_t b = q + 1 + (is(d, q + 1, "the") ? 1 : 0), be = b;
                    while (be < lim && be < b + 5 && (d->toks[be].flags & TF_CAP)) {
                        be++;
                    }
                    int pm = ment_at(c, q + 1);
                    bool own = (is(d, q + 1, "his") || is(d, q + 1, "her") || is(d, q + 1, "their")) &&
                               (building_word(d, q + 2) || is(d, q + 2, "residence"));
                    if ((be > b && (building_word(d, be - 1) || is(d, be - 1, "secretariat"))) || own ||
                        (pm >= 0 && M(c, pm)->kind == MK_PLACE)) {
                        break;
                    }
                }
                /* (nor one of a second verb phrase: "called on X on Tuesday and pitched
                 * Amaravati as a destination for investment") */
                if (is(d, q, "and") && q + 1 < lim && (d->toks[q + 1].flags & TF_ALPHA) &&
                    !(d->toks[q + 1].flags & TF_CAP) && ment_at(c, q + 1) < 0 &&
                    !is(d, q + 1, "the") && !is(d, q + 1, "his") && !is(d, q + 1, "her") &&
                    !is(d, q + 1, "their") && !is(d, q + 1, "other") && ed_word(d, q + 1)) {
                    break;
                }
                /* (nor one of a clause of its own: "will call on Modi on Thursday before
                 * leaving for Mumbai") */
                if ((is(d, q, "before") || is(d, q, "after")) && q + 1 < lim &&
                    ing_word(d, q + 1)) {
                    break;
                }
                appeal = (is(d, q, "to") && !is(d, q - 1, "according") && !is(d, q - 1, "due") &&
                          !is(d, q - 1, "prior") && !is(d, q - 1, "next") &&
                          !is(d, q - 1, "visit") && !is(d, q - 1, "trip")) ||
                         is(d, q, "for") || is(d, q, "not") || d->toks[q].p == ';' ||
                         d->toks[q].p == ':';
            }
            if (om >= 0 && M(c, om)->kind == MK_PERSON && !(M(c, om)->flags & (MF_ADJ | MF_POSS)) &&
                !appeal && (is(d, i, "called") || is(d, i, "calling") ||
                            verbal_reading(c, i, &(px_entry){
                                                     .flags = is(d, i, "calls") ? TRF_3SG
                                                                                : TRF_INF}))) {
                core_set(&k, i, i + 2, i + 2, T_MEET, F_VERB,
                         is(d, i, "called")    ? TRF_PAST
                         : is(d, i, "calls")   ? TRF_3SG
                         : is(d, i, "calling") ? TRF_ING
                                               : TRF_INF,
                         "contact_verb");
                core_add(c, &k);
                i = k.te - 1;
                continue;
            }
        }
        /* "spoke with X by telephone", "spoke over the phone with X": a call */
        {
            static const char *const sv[] = {"speak", "speaks", "spoke", "spoken", "speaking",
                                             "talk", "talks", "talked", "talking", NULL};
            static const uint8_t sf[] = {TRF_INF, TRF_3SG, TRF_PAST, TRF_PPART, TRF_ING,
                                         TRF_INF, TRF_3SG, TRF_PAST, TRF_ING};
            int w = -1;
            for (int q = 0; sv[q] && w < 0 && (k0 == 's' || k0 == 't'); q++) {
                if (is(d, i, sv[q])) {
                    w = q;
                }
            }
            /* "spoke over the phone with X", or "spoke with X by phone" (also over an
             * adverb: "spoke separately by phone with X and Y") */
            uint32_t adv = w >= 0 && i + 2 < lim && adverb_ly(d, i + 1) ? 1 : 0;
            uint32_t pt = w >= 0 ? phone_tail(d, i + 1 + adv, lim) : 0;
            if (!pt) {
                adv = 0;
            }
            pt += pt ? adv : 0;
            /* (also with no partner after it: "Trump and Carney talked on the phone") */
            bool phone = pt && (i + 1 + pt >= lim || is(d, i + 1 + pt, "with") ||
                                is(d, i + 1 + pt, "to") || d->toks[i + 1 + pt].p ||
                                in_timex(c, i + 1 + pt, NULL));
            uint32_t after = phone ? i + 1 + pt : i + 1;
            if (!phone && w >= 0 && i + 2 < lim && (is(d, i + 1, "with") || is(d, i + 1, "to"))) {
                uint32_t j = i + 2;
                for (int n = 0; n < 16 && j < lim && !phone; n++) {
                    int mj = ment_at(c, j);
                    if (mj >= 0) {
                        j = M(c, mj)->te;
                        continue;
                    }
                    if (phone_tail(d, j, lim)) {
                        phone = true;
                        break;
                    }
                    if (!(d->toks[j].p == ',' || is(d, j, "and") || is(d, j, "the") ||
                          is(d, j, "his") || is(d, j, "her") || is(d, j, "their") ||
                          cue1(d, j, CUE_DET) || venue_adj(c, j))) {
                        break;
                    }
                    j++;
                }
                phone = phone && (w != 6 || verbal_reading(c, i, &(px_entry){.flags = TRF_3SG}));
            }
            /* "is ready to talk with Trump", "offered to talk face to face with X": an
             * infinitive after a governor is talks (face to face, a meeting); the governor
             * chain gives the status, an ungoverned one is dropped */
            uint32_t ff = w == 5 && i + 4 < lim && is(d, i + 1, "face") && is(d, i + 2, "to") &&
                                  is(d, i + 3, "face")
                              ? 3
                              : 0;
            /* (also "to": "was ready to talk to U.S. President Donald Trump \"face to face\"",
             * in person after the one talked to as well) */
            if (!phone && w == 5 && i > c->tb && is(d, i - 1, "to") && i + ff + 2 < lim &&
                (is(d, i + 1 + ff, "with") || is(d, i + 1 + ff, "to")) &&
                ment_at(c, i + 2 + ff) >= 0 && M(c, ment_at(c, i + 2 + ff))->kind != MK_PLACE) {
                uint32_t oe = M(c, ment_at(c, i + 2 + ff))->te;
                oe += oe < lim && d->toks[oe].p == '"';
                bool ff2 = !ff && oe + 2 < lim && is(d, oe, "face") && is(d, oe + 1, "to") &&
                           is(d, oe + 2, "face");
                core_set(&k, i, i + 1 + ff, i + 1 + ff, ff || ff2 ? T_MEET : T_NEGOTIATE, F_VERB,
                         TRF_INF, "contact_verb");
                core_add(c, &k);
                continue;
            }
            /* "spoke with Zelensky on the sidelines of the funeral", "spoke briefly with
             * Trump at a White House dinner": in person */
            bool aside = false;
            uint32_t wi = i + 1 + (i + 1 < lim && adverb_ly(d, i + 1) ? 1 : 0);
            /* ("spoke face-to-face with Putin", "talked in person with Trump") */
            uint32_t fe = in_person(d, wi, lim);
            if (!phone && fe && w >= 0 && w != 1 && w != 6 && fe + 1 < lim &&
                is(d, fe, "with") && ment_at(c, fe + 1) >= 0) {
                aside = true;
            }
            if (!phone && !aside && w >= 0 && w != 1 && w != 6 && wi + 1 < lim && is(d, wi, "with") &&
                ment_at(c, wi + 1) >= 0) {
                for (uint32_t q = wi + 1; q + 2 < lim && q < wi + 13 && !aside; q++) {
                    if (d->toks[q].p == '.' || d->toks[q].p == ';') {
                        break;
                    }
                    aside = in_person_setting(d, q, lim);
                }
            }
            /* "Landau spoke today with Indonesian Foreign Minister Sugiono", "Starmer spoke to
             * President Zelensky this evening": one official speaking with another, with no
             * setting in person, is on the phone (as readouts write it; "spoke with Xi in
             * Beijing" says nothing of how, and stays no record) */
            if (!phone && !aside && w >= 0 && w <= 3) {
                uint32_t q = i + 1, tte = 0;
                if (q < lim && in_timex(c, q, &tte) && tte > q) {
                    q = tte;
                } else if (q < lim && (is(d, q, "today") || is(d, q, "yesterday"))) {
                    q++;
                }
                int pm = q + 1 < lim && (is(d, q, "with") || is(d, q, "to")) ? ment_at(c, q + 1) : -1;
                /* (over a possessive: "spoke with his Cambodian counterpart Prak Sokhonn") */
                if (pm >= 0 && (M(c, pm)->flags & MF_POSS) && (M(c, pm)->flags & MF_PRON) &&
                    M(c, pm)->te < lim && ment_at(c, M(c, pm)->te) >= 0) {
                    pm = ment_at(c, M(c, pm)->te);
                }
                const px_ment *pmm = pm >= 0 ? M(c, pm) : NULL;
                bool person = pmm && pmm->kind == MK_PERSON && E(c, pm) &&
                              (E(c, pm)->title[0] || E(c, pm)->country[0]) &&
                              !(pmm->flags & (MF_PRON | MF_ANALYST));
                bool where = false;
                for (uint32_t r = person ? pmm->te : lim; r + 1 < lim && r < pmm->te + 6; r++) {
                    if (d->toks[r].p) {
                        break;
                    }
                    where = where || ((is(d, r, "in") || is(d, r, "at")) && ment_at(c, r + 1) >= 0 &&
                                      M(c, ment_at(c, r + 1))->kind == MK_PLACE);
                }
                if (person && !where) {
                    phone = true;
                    after = i + 1;
                }
            }
            /* "Trump and Xi last spoke in September": two officials of two states as the
             * subject of a bare "spoke" or "talked", with only a time or the clause's end
             * after it, are on the phone as the one-sided "spoke with" is */
            if (!phone && !aside && (w == 2 || w == 7) && i > c->tb + 2) {
                uint32_t q = i;
                while (q > c->tb + 1 && i - q < 2 &&
                       (is(d, q - 1, "last") || is(d, q - 1, "also") || is(d, q - 1, "have") ||
                        is(d, q - 1, "had") || is(d, q - 1, "previously") ||
                        is(d, q - 1, "briefly") || is(d, q - 1, "recently"))) {
                    q--;
                }
                int sm = ment_at(c, q - 1);
                int sl[4];
                int ns = sm >= 0 && M(c, sm)->te == q ? coord_left(c, sm, sl, 4) : 0;
                bool two = ns == 2;
                for (int x = 0; x < ns && two; x++) {
                    const px_ment *xm = M(c, sl[x]);
                    two = xm->kind == MK_PERSON && E(c, sl[x]) && E(c, sl[x])->country[0] &&
                          !(xm->flags & (MF_PRON | MF_ANALYST | MF_POSS | MF_ADJ));
                }
                two = two && strcmp(E(c, sl[0])->country, E(c, sl[1])->country) != 0;
                uint32_t tte = 0, r = i + 1;
                if (two && r < lim && (is(d, r, "again") || is(d, r, "briefly"))) {
                    r++;
                }
                /* ("Araqchi and Witkoff spoke briefly face-to-face", "in person": a
                 * meeting) */
                if (two && in_person(d, r, lim)) {
                    aside = true;
                }
                /* ("Albanese and Li spoke on the sidelines of the G20 summit", "spoke briefly
                 * at a White House dinner": in person, at a gathering) */
                if (two && !aside) {
                    aside = in_person_setting(d, r, lim);
                }
                if (two && r < lim && in_timex(c, r, &tte) && tte > r) {
                    r = tte;
                }
                if (two && (r >= lim || d->toks[r].p == ',' || d->toks[r].p == '.' ||
                            d->toks[r - 1].p == ',' || d->toks[r - 1].p == '.')) {
                    phone = true;
                    after = i + 1;
                }
            }
            /* "Starmer spoke with Trump on Sunday and the two leaders agreed to speak again
             * this week": after a call just reported, to speak or talk "again" is another
             * call */
            if (!phone && !aside && (w == 0 || w == 5) && i > c->tb + 1 && is(d, i - 1, "to") &&
                i + 1 < lim && is(d, i + 1, "again")) {
                bool prior_call = false;
                for (int o2 = 0; o2 < c->ncore && !prior_call; o2++) {
                    prior_call = c->cores[o2].type == T_CALL && c->cores[o2].ts < i &&
                                 !c->cores[o2].drop;
                }
                for (size_t f = d->nframe; f-- > 0 && !prior_call;) {
                    const px_frame *fr = &d->frames[f];
                    if (fr->sent + 2 < c->si) {
                        break;
                    }
                    prior_call = fr->type == T_CALL && fr->nparties >= 2;
                }
                uint32_t r = i + 2, tte = 0;
                if (r < lim && in_timex(c, r, &tte) && tte > r) {
                    r = tte;
                } else if (r < lim && is(d, r, "soon")) {
                    r++;
                }
                if (prior_call && (r >= lim || d->toks[r].p == ',' || d->toks[r].p == '.' ||
                                   d->toks[r - 1].p == ',' || d->toks[r - 1].p == '.')) {
                    phone = true;
                    after = i + 2;
                }
            }
            if (phone || aside) {
                core_set(&k, i, i + 1, phone ? after : i + 1, phone ? T_CALL : T_MEET, F_VERB,
                         sf[w], "contact_verb");
                core_add(c, &k);
                continue;
            }
        }
        /* "Paz and Noboa are also expected at the ceremony": one expected at a gathering
         * named before will attend it */
        if (k0 == 'e' && (is(d, i, "expected") || is(d, i, "due")) && i + 3 < lim &&
            is(d, i + 1, "at") && is(d, i + 2, "the") && i > c->tb &&
            (be_form(d, i - 1) || (is(d, i - 1, "also") && i > c->tb + 1 && be_form(d, i - 2))) &&
            ceremony_noun(d, i + 3)) {
            core_set(&k, i, i + 2, i + 2, T_ATTEND, F_VERB, 0, "motion_verb+event");
            core_add(c, &k);
            i = i + 3;
            continue;
        }
        /* "Israel is in talks with Syria", "the two sides were in direct negotiations":
         * being in talks is holding them (the be-form's tense and governors say when) */
        if (k0 == 'i' && is(d, i, "in") && i > c->tb && be_form(d, i - 1) && i + 1 < lim) {
            uint32_t q = i + 1;
            while (q < lim && q < i + 4 &&
                   (is(d, q, "direct") || is(d, q, "indirect") || is(d, q, "advanced") ||
                    is(d, q, "secret") || is(d, q, "intensive") || is(d, q, "close") ||
                    is(d, q, "preliminary") || is(d, q, "ongoing") || is(d, q, "exploratory") ||
                    is(d, q, "serious") || is(d, q, "formal") || is(d, q, "informal") ||
                    is(d, q, "active") || is(d, q, "final") || is(d, q, "early") ||
                    is(d, q, "high-level") || is(d, q, "trade") || is(d, q, "peace"))) {
                q++;
            }
            if (q < lim && (is(d, q, "talks") || is(d, q, "negotiations"))) {
                bool past = is(d, i - 1, "was") || is(d, i - 1, "were");
                core_set(&k, i, q + 1, q + 1, T_NEGOTIATE, F_LIGHT, past ? TRF_PAST : TRF_3SG,
                         "light_verb+noun");
                core_add(c, &k);
                i = q;
                continue;
            }
        }
        /* contact verbs and nouns */
        const px_entry *cv = trig(d, i, lim, TR_CONTACT_V, &l);
        uint32_t nl = 0;
        const px_entry *cn = trig(d, i, lim, TR_CONTACT_N, &nl);
        /* "co-chaired a video conference", "will co-chair the strategic dialogue with X": a
         * contact noun as the object is the contact itself */
        for (uint32_t q = i + l; cv && q < lim && q < i + l + 7 && is(d, i, "co") &&
                                 (!d->toks[q].p || is(d, q, "-"));
             q++) {
            if (trig(d, q, lim, TR_CONTACT_N, NULL)) {
                cv = NULL;
            }
        }
        /* ("confirmed his participation in the G20 summit": the noun's own "in" or "at"
         * names what is attended) */
        if (cv && l == 3 && i + 3 < lim && (is(d, i + 3, "in") || is(d, i + 3, "at")) &&
            (is(d, i + 2, "attendance") || is(d, i + 2, "participation"))) {
            cv = NULL;
        }
        if (cv && verbal_reading(c, i, cv)) {
            if (cv->a == T_HOST && !(cv->flags & TRF_OBJPERSON)) {
                /* "host a meeting" is caught above as a light verb */
            }
            core_set(&k, i, i + l, i + l, (uint8_t)cv->a, F_VERB,
                     cv->flags, "contact_verb");
            if (cv->a == T_MEET && met_reception(c, k.te, lim)) {
                continue; /* "met with sharp criticism from X" */
            }
            /* "visited a hospital in Ishikawa prefecture", "visited typhoon-hit provinces in
             * the Bicol region": a visit to a common place, not to a state or a host */
            /* (also over a compound of a state and a participle: "visit the U.S.-led
             * coordination center in Kiryat Gat") */
            int jm = k.te + 1 < lim ? ment_at(c, k.te) : -1;
            bool led_np = jm >= 0 && M(c, jm)->kind == MK_STATE && M(c, jm)->te + 2 < lim &&
                          (d->toks[M(c, jm)->te].flags & TF_HYPH) && led_word(d, M(c, jm)->te + 1);
            if (cv->a == T_VISIT && k.te + 1 < lim && (ment_at(c, k.te) < 0 || led_np) &&
                (d->toks[k.te].flags & TF_ALPHA) && !(d->toks[k.te].flags & TF_CAP)) {
                uint32_t j2 = k.te;
                if (is(d, j2, "a") || is(d, j2, "an") || is(d, j2, "the")) {
                    j2++;
                }
                if (led_np) {
                    j2 = M(c, jm)->te + 2;
                }
                bool common = j2 < lim && ment_at(c, j2) < 0 && (d->toks[j2].flags & TF_ALPHA) &&
                              !(d->toks[j2].flags & TF_CAP) && !in_timex(c, j2, NULL) &&
                              !trig(d, j2, lim, TR_CONTACT_N, NULL) && !cue1(d, j2, CUE_MOD) &&
                              !is(d, j2, "there") && !is(d, j2, "here") && !is(d, j2, "with") &&
                              !cue1(d, j2, CUE_LOCPREP) && !is(d, j2, "on") && !is(d, j2, "for");
                if (common) {
                    continue;
                }
            }
            /* "South Korea, which hosted the Winter Olympics in Pyeongchang": sport */
            if (cv->a == T_HOST && sport_event(c, k.te, k.te + 5)) {
                /* (not "hosted Erdogan at the World Cup final": a guest first) */
                bool guest = false;
                for (uint32_t q = k.te; q < lim && q < k.te + 5 && !guest; q++) {
                    int gm = ment_at(c, q);
                    guest = gm >= 0 && (M(c, gm)->kind == MK_PERSON || M(c, gm)->kind == MK_STATE ||
                                        M(c, gm)->kind == MK_ORG || M(c, gm)->kind == MK_GROUP);
                }
                if (!guest) {
                    continue;
                }
            }
            if (cv->flags & TRF_OBJPERSON) {
                /* receive/welcome/call: the object must be a person, group or state */
                /* (over a form of address: "welcomed His Highness the Amir of Kuwait") */
                uint32_t j = k.te + address_form(d, k.te, lim);
                /* (over a state's participle: "to see detained former leader Aung San Suu
                 * Kyi") */
                while (j < lim &&
                       (cue1(d, j, CUE_DET) || cue1(d, j, CUE_MOD) || honorific_tok(d, j) ||
                        is(d, j, "detained") || is(d, j, "jailed") || is(d, j, "imprisoned") ||
                        is(d, j, "ousted") || is(d, j, "exiled") || is(d, j, "deposed") ||
                        is(d, j, "outgoing") || is(d, j, "incoming")) &&
                       ment_at(c, j) < 0 && j < k.te + 3 &&
                       !(is(d, j, "this") && j + 1 < lim && in_timex(c, j + 1, NULL))) {
                    j++;
                }
                /* ("received on Thursday X"; a passive too: "was phoned on Monday by Macron") */
                /* (a passive's place after "on": "was welcomed on the tarmac by X") */
                bool on_place = j == k.te && j + 3 < lim && is(d, j, "on") &&
                                (cv->flags & TRF_PAST) && passive_at(d, c->tb, i) &&
                                !m_topic_start(c, j);
                if (j < lim && (is(d, j, "on") || is(d, j, "for") || is(d, j, "off") ||
                                is(d, j, "upon")) && !on_place &&
                    !((cv->a == T_HOST || ((cv->flags & TRF_PAST) && passive_at(d, c->tb, i))) &&
                      in_timex(c, j, NULL))) {
                    continue;
                }
                /* "was received by King Charles": the one who receives follows "by" (and
                 * a party was received: "the resumption of talks was welcomed by the EU" is
                 * approval) */
                if (j == k.te && j + 1 < lim && is(d, j, "by") && (cv->flags & TRF_PAST) &&
                    passive_at(d, c->tb, i) && !passive_subject_party(c, i)) {
                    continue;
                }
                /* ("Sharif received by Saudi crown prince in Jeddah": a headline's passive
                 * drops its auxiliary) */
                /* ("was received the same day by Kim Jong Un": a relative day) */
                bool rel_day = k.te + 3 < lim && is(d, k.te, "the") &&
                               (is(d, k.te + 1, "same") || is(d, k.te + 1, "next") ||
                                is(d, k.te + 1, "following")) &&
                               (is(d, k.te + 2, "day") || is(d, k.te + 2, "evening") ||
                                is(d, k.te + 2, "morning") || is(d, k.te + 2, "afternoon"));
                if (rel_day && (cv->flags & TRF_PAST) && passive_at(d, c->tb, i)) {
                    j = k.te;
                }
                bool hl_pass = j == k.te && j + 1 < lim && is(d, j, "by") && (cv->flags & TRF_PAST) &&
                               i > c->tb && ment_at(c, i - 1) >= 0 && headline_sent(c);
                if (j == k.te && j + 1 < lim && is(d, j, "by") && (cv->flags & TRF_PAST) &&
                    (passive_at(d, c->tb, i) || hl_pass)) {
                    j++;
                } else if (j == k.te && (cv->flags & TRF_PAST) && passive_at(d, c->tb, i) &&
                           /* (also "was welcomed with military honours by", "was
                            * warmly welcomed", "was welcomed warmly by") */
                           (is(d, j, "at") || is(d, j, "in") || is(d, j, "to") || rel_day ||
                            is(d, j, "with") || on_place ||
                            (d->toks[j].klen > 4 && !(d->toks[j].flags & TF_CAP) &&
                             strncmp(px_tkey(d, j) + d->toks[j].klen - 2, "ly", 2) == 0) ||
                            in_timex(c, j, NULL) || is(d, j, "today") || is(d, j, "yesterday") ||
                            (is(d, j, "this") && j + 1 < lim && in_timex(c, j + 1, NULL)))) {
                    /* "was received at the White House by Trump", "was received on Thursday
                     * in Beijing by Chinese Vice President Han Zheng" */
                    for (uint32_t q = j + 1; q + 1 < lim && q < j + 10 && !d->toks[q].p; q++) {
                        if (is(d, q, "by")) {
                            j = q + 1;
                            break;
                        }
                    }
                }
                if (j > k.te && j + 1 < lim && is(d, j - 1, "by") && is(d, j, "both")) {
                    j++; /* ("was phoned on Monday by both Macron and Starmer") */
                }
                int m = ment_at(c, j);
                if (m < 0 && j < lim && is(d, j, "the")) {
                    m = ment_at(c, j + 1);
                }
                /* ("by Kurdistan Region President Nechirvan Barzani": a region before its
                 * office holder) */
                if (m >= 0 && M(c, m)->kind == MK_PLACE && M(c, m)->te < lim &&
                    ment_at(c, M(c, m)->te) >= 0 &&
                    M(c, ment_at(c, M(c, m)->te))->kind == MK_PERSON &&
                    M(c, ment_at(c, M(c, m)->te))->ts == M(c, m)->te) {
                    m = ment_at(c, M(c, m)->te);
                }
                /* "welcome my friend Prime Minister Keir Starmer", "our dear brother X" */
                bool mine = false;
                for (uint32_t q = k.te; q <= j && q < lim; q++) {
                    mine = mine || is(d, q, "my") || is(d, q, "our");
                }
                for (uint32_t q = j; m < 0 && mine && q < lim && q < j + 4; q++) {
                    m = ment_at(c, q);
                    if ((d->toks[q].flags & TF_CAP) || d->toks[q].p) {
                        break;
                    }
                }
                if (m < 0) {
                    m = led_delegation(c, j, lim);
                }
                /* "received a special envoy of Congolese President Felix Tshisekedi, Foreign
                 * Minister X": the envoy (post_scan names the one sent) */
                uint32_t ev = m < 0 ? envoy_end(d, j, lim) : 0;
                if (ev && ev + 1 < lim && (is(d, ev, "of") || is(d, ev, "from"))) {
                    m = ment_at(c, ev + 1 + (ev + 2 < lim && is(d, ev + 1, "the")));
                }
                if (m < 0 && cv->a == T_HOST && (j == k.te || in_timex(c, j, NULL))) {
                    m = late_object(c, &k); /* "received on Thursday in Havana X" (also
                                             * "received this Tuesday at ... X") */
                }
                /* "received ... a number of heads of state and government ..., including
                 * President Ilham Aliyev of Azerbaijan": the ones named */
                for (uint32_t q = j; m < 0 && q + 2 < lim && q < j + 24; q++) {
                    if (d->toks[q].p == ',' && is(d, q + 1, "including")) {
                        int im = ment_at(c, q + 2);
                        m = im >= 0 && M(c, im)->kind == MK_PERSON ? im : -1;
                        break;
                    }
                    if (d->toks[q].p && d->toks[q].p != ',' && d->toks[q].p != '-') {
                        break;
                    }
                }
                /* "was received in Beijing on Monday": no one after "by", the state of
                 * the place receives (see build) */
                if (m < 0 && j == k.te && j + 1 < lim && is(d, j, "in") &&
                    (cv->flags & TRF_PAST) && passive_at(d, c->tb, i) &&
                    ment_at(c, j + 1) >= 0 && M(c, ment_at(c, j + 1))->kind == MK_PLACE &&
                    passive_subject_party(c, i)) {
                    core_add(c, &k);
                    i = k.te - 1;
                    continue;
                }
                if (m < 0 || !(M(c, m)->kind == MK_PERSON || M(c, m)->kind == MK_GROUP ||
                               M(c, m)->kind == MK_UNKNOWN ||
                               (M(c, m)->kind == MK_STATE && cv->a != T_CALL) ||
                               M(c, m)->kind == MK_ORG)) {
                    continue;
                }
                if (M(c, m)->flags & MF_ADJ) {
                    /* ("received IAEA chief Rafael Grossi", "the IAEA chief, Rafael
                     * Grossi,": a body's office before its holder) */
                    int hm = -1;
                    for (uint32_t q = M(c, m)->te; q < lim && q < M(c, m)->te + 4 && hm < 0; q++) {
                        int qm = ment_at(c, q);
                        if (qm >= 0 && M(c, qm)->ts == q) {
                            hm = M(c, qm)->kind == MK_PERSON && !(M(c, qm)->flags & MF_PRON) ? qm
                                                                                            : -2;
                        } else if (d->toks[q].p != ',' &&
                                   !((d->toks[q].flags & TF_ALPHA) &&
                                     ((d->toks[q].flags & TF_CAP) ||
                                      px_match_kind(d, q, K_TITLE, NULL)))) {
                            break;
                        }
                    }
                    if (hm < 0) {
                        continue;
                    }
                    m = hm;
                }
                /* "was due to see Parliament Speaker Nabih Berri later in the day": a person
                 * seen is met, with nothing after but a place, a time or the clause's end
                 * (not "would like to see Zelensky make concessions", "to see Iran sign") */
                if (is(d, i, "see")) {
                    int sm = m; /* (over a state's possessive: "to see Zambia's Hichilema") */
                    if ((M(c, m)->flags & MF_POSS) && M(c, m)->kind == MK_STATE &&
                        M(c, m)->te + 1 < lim && is(d, M(c, m)->te, "'s") &&
                        ment_at(c, M(c, m)->te + 1) >= 0) {
                        sm = ment_at(c, M(c, m)->te + 1);
                    }
                    uint32_t a2 = M(c, sm)->te;
                    if (M(c, sm)->kind != MK_PERSON || (M(c, sm)->flags & MF_PRON) ||
                        !(a2 >= lim || d->toks[a2].p || in_timex(c, a2, NULL) ||
                          is(d, a2, "in") || is(d, a2, "at") || is(d, a2, "on") ||
                          is(d, a2, "later") || is(d, a2, "during") || is(d, a2, "before") ||
                          is(d, a2, "after") || is(d, a2, "tonight") || is(d, a2, "today") ||
                          is(d, a2, "tomorrow") || is(d, a2, "and"))) {
                        continue;
                    }
                }
                /* "Trump called Carney \"a very tough negotiator\"", "called him a liar":
                 * naming, not a phone call */
                if (cv->a == T_CALL && M(c, m)->te < lim) {
                    uint32_t a2 = M(c, m)->te;
                    uint32_t a3 = (d->toks[a2].flags & TF_QOPEN) && d->toks[a2].p ? a2 + 1 : a2;
                    bool quoted = (d->toks[a2].flags & TF_QOPEN) && a3 < lim &&
                                  (is(d, a3, "a") || is(d, a3, "an") || is(d, a3, "the") ||
                                   is(d, a3, "my") || is(d, a3, "our") || is(d, a3, "a") ||
                                   (d->toks[a3].p == 0 && is(d, a2, "a")));
                    bool naming = quoted ||
                                  ((is(d, a2, "a") || is(d, a2, "an")) && a2 + 1 < lim &&
                                   !in_timex(c, a2, NULL) && !is(d, a2 + 1, "day") &&
                                   !is(d, a2 + 1, "week") && !is(d, a2 + 1, "few") &&
                                   !is(d, a2 + 1, "couple") && !is(d, a2 + 1, "month") &&
                                   !trig(d, a2 + 1, lim, TR_CONTACT_N, NULL));
                    if (naming) {
                        continue;
                    }
                }
                /* "received Ukraine's proposal", "greeted Japan's decision": the object is
                 * what the possessive owns, a person only when a mention follows ("called her
                 * on Wednesday": an object "her" carries no MF_POSS, see px_actors) */
                if (M(c, m)->flags & MF_POSS) {
                    uint32_t q = M(c, m)->te;
                    if (q < lim && is(d, q, "'s")) {
                        q++;
                    }
                    /* (or an envoy: "received Tshisekedi's special envoy, X") */
                    if (q >= lim || (ment_at(c, q) < 0 && !envoy_end(d, q, lim))) {
                        continue;
                    }
                }
            }
            core_add(c, &k);
            i = k.te - 1;
            continue;
        }
        if (cn) {
            /* "the COP30 climate summit": the head noun of a named venue is no contact of
             * its own */
            {
                uint32_t q = i;
                while (q > c->tb && q + 2 > i && venue_adj(c, q - 1)) {
                    q--;
                }
                int vm = q > c->tb ? ment_at(c, q - 1) : -1;
                if (vm >= 0 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE")) {
                    continue;
                }
            }
            k.setting = venue_use(c, i);
            /* "discussed Ukraine by phone": a medium that sets its clause */
            bool medium = is(d, i, "by") || is(d, i, "over") || is(d, i, "via");
            if (medium) {
                k.setting = true;
            } else if (k.setting) {
                /* only "at/during/after/following a meeting" can name the clause's parties
                 * (or a setting with "between"/"with" its own); other settings ("on the
                 * sidelines of the summit", "ahead of talks") stay settings */
                uint32_t q = i, a2 = i + nl;
                while (q > c->tb && (det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "an") ||
                                     is(d, q - 1, "the") || venue_adj(c, q - 1))) {
                    q--;
                }
                bool prep = q > c->tb && (is(d, q - 1, "at") || is(d, q - 1, "during") ||
                                          is(d, q - 1, "after") || is(d, q - 1, "following") ||
                                          is(d, q - 1, "in"));
                /* "at the start of their talks", "at the end of the meeting" */
                for (uint32_t r = i; !prep && r >= c->tb + 4 && r + 5 > i; r--) {
                    prep = is(d, r - 1, "of") && phase_word(d, r - 2) && is(d, r - 3, "the") &&
                           is(d, r - 4, "at");
                }
                prep = prep || on_a_visit(c, i);
                if (!prep && i > c->tb + 2) {
                    uint32_t sp = span_of(d, c->tb, i - 1);
                    prep = sp != i - 1 && (is(d, sp, "after") || is(d, sp, "despite") ||
                                           is(d, sp, "following"));
                }
                bool own = a2 < lim && (is(d, a2, "between") || is(d, a2, "with"));
                /* "Trump and Putin have not met since their summit in Anchorage": the last
                 * contact, a contact of its own (the clause's parties are its parties) */
                uint32_t last = q > c->tb + 2 && is(d, q - 1, "since") ? not_since(c, q - 1) : 0;
                /* "their first direct contact since Rubio's visit to Mexico City in
                 * September": a named party's contact after "since" is a past contact of its
                 * own */
                bool since_own = false;
                bool after_since = !last && q > c->tb + 1 && is(d, q - 1, "since");
                for (uint32_t r = q; after_since && r < i; r++) {
                    int rm = ment_at(c, r);
                    /* (also a possessive pronoun that names a person: "has not travelled
                     * abroad since his visit to Riyadh in 2023") */
                    /* (and "their": "their first conversation since their summit in Busan
                     * last month") */
                    since_own = since_own ||
                                (rm >= 0 && (M(c, rm)->flags & MF_POSS) &&
                                 (!(M(c, rm)->flags & MF_PRON) || E(c, rm)) &&
                                 M(c, rm)->kind == MK_PERSON) ||
                                (rm < 0 && r == q && is(d, r, "their"));
                }
                /* "ahead of the annual India-Russia summit, scheduled to be held in New
                 * Delhi next month": two parties joined by a hyphen before the noun name a
                 * contact of its own */
                bool pair = false;
                {
                    uint32_t p = i;
                    while (p > c->tb && i - p < 3 && venue_adj(c, p - 1) && ment_at(c, p - 1) < 0) {
                        p--;
                    }
                    int m2 = p > c->tb ? ment_at(c, p - 1) : -1;
                    uint32_t h = m2 >= 0 ? M(c, m2)->ts : 0;
                    pair = m2 >= 0 && M(c, m2)->te == p && h > c->tb + 1 && is_party_kind(c, m2) &&
                           ((d->toks[h].flags & TF_HYPH) || is(d, h - 1, "-")) &&
                           ment_at(c, is(d, h - 1, "-") ? h - 2 : h - 1) >= 0 &&
                           is_party_kind(c, ment_at(c, is(d, h - 1, "-") ? h - 2 : h - 1));
                }
                /* "ahead of President Vladimir Putin's visit to India in December": a named
                 * person's contact after "ahead of", "before" or "prior to" is one of its
                 * own, still to come */
                bool ahead_own = false;
                {
                    bool aprep = false;
                    for (uint32_t r = q > c->tb ? q - 1 : q; r < i && !ahead_own; r++) {
                        aprep = aprep || ahead_prep(c, r);
                        int rm = aprep ? ment_at(c, r) : -1;
                        ahead_own = rm >= 0 && M(c, rm)->kind == MK_PERSON &&
                                    !(M(c, rm)->flags & MF_PRON) &&
                                    ((M(c, rm)->flags & MF_POSS) ||
                                     (M(c, rm)->te < i && is(d, M(c, rm)->te, "'s")));
                    }
                }
                if (last) {
                    k.setting = false;
                    k.since_verb = last;
                } else if (ahead_own) {
                    k.setting = false;
                    k.ahead = true;
                } else if (pair && !is(d, q - 1, "since")) {
                    k.setting = false;
                } else if (since_own) {
                    k.setting = false;
                } else if (!prep && !own) {
                    continue;
                }
                for (uint32_t p = i; own && p > c->tb && p + 1 >= q && !k.ahead; p--) {
                    k.ahead = ahead_prep(c, p - 1);
                }
            }
            k.ts = i;
            k.te = i + nl;
            k.after = k.te;
            uint32_t nl2;
            const px_entry *hn = cn, *h2;
            /* (not a medium after it: "discussed the visit by telephone with Trump") */
            while (k.after < lim && !medium_word(d, k.after) &&
                   (h2 = trig(d, k.after, lim, TR_CONTACT_N, &nl2)) != NULL) {
                hn = h2;
                k.after += nl2;
                k.te = k.after;
            }
            /* ("face-to-face talks", "summit talks": the head noun says the type) */
            /* (also "Bilateral talks between Malaysia and Indonesia were held") */
            k.type = (uint8_t)(is(d, i, "face") || (is(d, i, "summit") && hn->a == T_NEGOTIATE) ||
                                       (is(d, i, "bilateral") && hn->a == T_NEGOTIATE)
                                   ? hn->a
                                   : cn->a);
            k.form = F_NOUN;
            k.rule = "contact_noun";
            /* "calls" as a noun is only a phone call with a phone word; "call for" is an appeal */
            if (cn->a == T_CALL && (is(d, i, "call") || is(d, i, "calls"))) {
                bool phone = i > c->tb && (is(d, i - 1, "phone") || is(d, i - 1, "telephone") ||
                                           is(d, i - 1, "video"));
                /* "agreed ... during a call on Wednesday", "in a call with Putin": a call
                 * that sets a clause is a phone call ("a call for calm" is an appeal) */
                /* "requested a call with Trump", "a call with Putin on Monday": a call
                 * with a named party is a phone call */
                /* (also a possessive's: "Secretary Rubio's Call with Russian Foreign Minister
                 * Lavrov", a readout's title) */
                bool with = i > c->tb &&
                            (is(d, i - 1, "a") || is(d, i - 1, "the") || is(d, i - 1, "'s")) &&
                            i + 2 < lim && is(d, i + 1, "with") && ment_at(c, i + 2) >= 0 &&
                            is_party_kind(c, ment_at(c, i + 2));
                /* "took a call from Fico", "refused to take a call from Fico" (not "a call
                 * from the UN for calm", an appeal) */
                int fm2 = i + 2 < lim && is(d, i + 1, "from") ? ment_at(c, i + 2) : -1;
                if (!with && fm2 >= 0 && (is(d, i - 1, "a") || is(d, i - 1, "the")) &&
                    M(c, fm2)->kind == MK_PERSON && M(c, fm2)->te < lim &&
                    !is(d, M(c, fm2)->te, "for") && !is(d, M(c, fm2)->te, "to")) {
                    with = true;
                }
                /* "a call on Monday between Rubio and Lavrov": a call between named
                 * parties is a phone call */
                uint32_t bq = i + 1, bte = 0;
                if (bq < lim && in_timex(c, bq, &bte)) {
                    bq = bte;
                }
                if (!with && (is(d, i - 1, "a") || is(d, i - 1, "the")) && bq + 1 < lim &&
                    is(d, bq, "between") && ment_at(c, bq + 1) >= 0 &&
                    is_party_kind(c, ment_at(c, bq + 1))) {
                    with = true;
                }
                /* (also between the two named before: "The visit follows a call between the
                 * two leaders last week") */
                if (!with && (is(d, i - 1, "a") || is(d, i - 1, "the")) && bq + 3 < lim &&
                    is(d, bq, "between") && is(d, bq + 1, "the") && is(d, bq + 2, "two") &&
                    (is(d, bq + 3, "leaders") || is(d, bq + 3, "men") || is(d, bq + 3, "women") ||
                     is(d, bq + 3, "presidents") || is(d, bq + 3, "ministers") ||
                     is(d, bq + 3, "premiers") || is(d, bq + 3, "heads") ||
                     (bq + 4 < lim && is(d, bq + 4, "ministers")))) {
                    with = true;
                }
                /* "a Putin-Trump call scheduled for Friday": two people joined by a hyphen
                 * before the call name its parties, a phone call */
                int pm1 = i > c->tb + 2 ? ment_at(c, i - 1) : -1;
                if (!with && pm1 >= 0 && M(c, pm1)->kind == MK_PERSON && M(c, pm1)->te == i &&
                    M(c, pm1)->ts > c->tb + 1 &&
                    ((d->toks[M(c, pm1)->ts - 1].flags & TF_HYPH) ||
                     is(d, M(c, pm1)->ts - 1, "-"))) {
                    uint32_t h0 = M(c, pm1)->ts - 1;
                    int pm0 = h0 > c->tb ? ment_at(c, (d->toks[h0].flags & TF_HYPH) && !is(d, h0, "-")
                                                          ? h0
                                                          : h0 - 1)
                                         : -1;
                    with = pm0 >= 0 && pm0 != pm1 && M(c, pm0)->kind == MK_PERSON;
                }
                phone = phone || with;
                /* (over a measure: "in a 90-minute call on Monday"; and an adjective: "In a
                 * separate call, X discussed ... with Y", "in a brief call", "in a lengthy
                 * call", "in a joint call") */
                uint32_t b = i;
                while (b > c->tb + 2 && i - b < 4 &&
                       (measure_part(c, b - 1) || d->toks[b - 1].p == '-' ||
                        (d->toks[b - 1].flags & TF_HYPH) || is(d, b - 1, "separate") ||
                        is(d, b - 1, "brief") || is(d, b - 1, "lengthy") ||
                        is(d, b - 1, "short") || is(d, b - 1, "long") ||
                        is(d, b - 1, "rare") || is(d, b - 1, "first") ||
                        is(d, b - 1, "second") || is(d, b - 1, "later") ||
                        is(d, b - 1, "subsequent") || is(d, b - 1, "private") ||
                        is(d, b - 1, "joint") || is(d, b - 1, "cordial"))) {
                    b--;
                }
                bool set = b >= c->tb + 2 &&
                           (is(d, b - 1, "a") || is(d, b - 1, "the") || is(d, b - 1, "their") ||
                            is(d, b - 1, "his") || is(d, b - 1, "her")) &&
                           (is(d, b - 2, "during") || is(d, b - 2, "in") || is(d, b - 2, "after") ||
                            is(d, b - 2, "following")) &&
                           !(i + 1 < lim && (is(d, i + 1, "for") || is(d, i + 1, "to") ||
                                             is(d, i + 1, "from") ||
                                             (is(d, i + 1, "on") && !in_timex(c, i + 1, NULL))));
                /* (a headline drops the article: "Sheinbaum, Carney discuss USMCA review in
                 * call") */
                if (!set && b > c->tb + 1 && (is(d, b - 1, "in") || is(d, b - 1, "during")) &&
                    i + 1 == c->te && headline_sent(c)) {
                    set = true;
                }
                if (!phone && !set) {
                    continue;
                }
            }
            if ((is(d, i, "talk")) && !(i > c->tb && (is(d, i - 1, "for") || det_like(c, i - 1)))) {
                continue;
            }
            /* "called off a planned stop in Kyiv": a stop is a visit only with its place */
            if (is(d, i, "stop") || is(d, i, "stops")) {
                int sm = i + 2 < lim && (is(d, i + 1, "in") || is(d, i + 1, "at")) ? ment_at(c, i + 2) : -1;
                if (sm < 0 || (M(c, sm)->kind != MK_PLACE && !(M(c, sm)->flags & MF_LOCPP)) ||
                    !(i > c->tb && (det_like(c, i - 1) || is(d, i - 1, "a") || ed_word(d, i - 1)))) {
                    continue;
                }
            }
            if (is(d, i, "welcome") && !(i > c->tb && (det_like(c, i - 1) || is(d, i - 1, "a")))) {
                continue;
            }
            /* "a bilateral with Modi" is a meeting; "bilateral trade", "bilateral ties" are no
             * contact */
            if (is(d, i, "bilateral") && k.te < lim && (d->toks[k.te].flags & TF_ALPHA) &&
                !(d->toks[k.te].flags & TF_CAP) && !cue1(d, k.te, CUE_LOCPREP) &&
                !is(d, k.te, "with") && !is(d, k.te, "between") && !is(d, k.te, "on") &&
                !is(d, k.te, "for") && !is(d, k.te, "during") && !is(d, k.te, "last") &&
                !is(d, k.te, "this") && !is(d, k.te, "next") && !in_timex(c, k.te, NULL)) {
                continue;
            }
            /* a meal is a meeting only with its partner or guest: "had lunch with Trump",
             * "hosted a state dinner for Modi" (not "over dinner", "the dinner menu") */
            if (meal(d, k.te - 1) && !(k.te < c->te && (is(d, k.te, "with") || is(d, k.te, "for")))) {
                continue;
            }
            core_add(c, &k);
            i = k.te - 1;
            continue;
        }
    }
}

/* ---------- governors: status, modality, negation ---------- */

/* "for the annual summit in December", "this year's annual meeting": "annual" before one
 * contact names an instance of a series, not a habit ("they hold annual summits" is) */
static bool annual_one(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    uint32_t nl = 0, j = i + 1;
    if (!(is(d, i, "annual") || is(d, i, "yearly") || is(d, i, "biannual"))) {
        return false;
    }
    /* over names and compounds: "the annual India-Russia summit", "its annual EU-China
     * summit" */
    while (j < c->te && j < i + 6 &&
           (((d->toks[j].flags & (TF_CAP | TF_HYPH)) && !trig(d, j, c->te, TR_CONTACT_N, NULL)) ||
            (j + 1 < c->te && d->toks[j + 1].p == '\'' &&
             !trig(d, j, c->te, TR_CONTACT_N, NULL)))) { /* (not "leaders' retreat") */
        j += j + 1 < c->te && d->toks[j + 1].p == '\'' ? 2 : 1; /* (also "leaders'") */
    }
    /* "will host Prabowo for annual leaders' consultations on Dec. 4": the purpose of one
     * contact is one instance */
    if (i > c->tb && is(d, i - 1, "for")) {
        return true;
    }
    if (j >= c->te || !trig(d, j, c->te, TR_CONTACT_N, &nl)) {
        /* "for the annual leaders' consultation": "the" and a singular head name one
         * instance whatever the noun */
        if (i == c->tb || !is(d, i - 1, "the")) {
            return false;
        }
        uint32_t h = i;
        for (uint32_t q = i + 1; q < c->te && q < i + 5; q++) {
            if (d->toks[q].p == '\'') {
                continue; /* "leaders'" */
            }
            if (!(d->toks[q].flags & TF_ALPHA) || d->toks[q].p || is(d, q, "for") ||
                is(d, q, "in") || is(d, q, "on") || is(d, q, "at") || is(d, q, "with") ||
                is(d, q, "between") || is(d, q, "of") || is(d, q, "which") || is(d, q, "that")) {
                break;
            }
            h = q;
        }
        const char *hk = px_tkey(d, h);
        return h > i && hk[d->toks[h].klen - 1] != 's';
    }
    const char *k = px_tkey(d, j + nl - 1);
    size_t n = d->toks[j + nl - 1].klen;
    bool plural = n > 1 && k[n - 1] == 's';
    return !plural || (i > c->tb && is(d, i - 1, "the"));
}

static bool window_has(const sctx *c, uint32_t a, uint32_t b, int sub)
{
    const px_doc *d = c->d;
    const uint64_t bit = PX_CUE_BIT(sub);
    for (uint32_t i = a; i < b && i < c->te; i++) {
        if (!(d->toks[i].kmask & bit) || (d->toks[i].flags & TF_DATELINE)) {
            continue; /* no cue of the class starts here (cue1 below would say so), or a
                       * dateline's: "GENEVA, March 12 (Northwind Press) -" */
        }
        if (sub == CUE_HYPO && (d->toks[i].flags & TF_CAP)) {
            continue; /* "May" the month */
        }
        if ((sub == CUE_RECOMMEND || sub == CUE_HABIT) && (d->toks[i].flags & TF_CAP) &&
            i > c->tb && !(d->toks[i - 1].flags & (TF_QOPEN | TF_DATELINE))) {
            continue; /* inside a name: "Northwind Press" */
        }
        if (sub == CUE_RECOMMEND && ment_at(c, i) >= 0) {
            continue; /* an actor's words: "Press secretary Karoline Leavitt said ..." */
        }
        if (cue1(d, i, sub)) {
            if (sub == CUE_HABIT && annual_one(c, i)) {
                continue;
            }
            /* "during a phone call on Thursday": the noun, not the appeal "call on" */
            if (sub == CUE_RECOMMEND && (is(d, i, "call") || is(d, i, "calls")) &&
                (in_timex(c, i + 1, NULL) ||
                 (i > c->tb && (is(d, i - 1, "phone") || is(d, i - 1, "telephone") ||
                                is(d, i - 1, "video") || is(d, i - 1, "a") || is(d, i - 1, "the"))))) {
                continue;
            }
            /* "will call on Vice President Han Zheng and meet Wang Yi": a courtesy call found
             * as a contact of its own is no appeal */
            bool courtesy = false;
            for (int o = 0; sub == CUE_RECOMMEND && o < c->ncore && !courtesy; o++) {
                courtesy = c->cores[o].type == T_MEET && c->cores[o].form == F_VERB &&
                           c->cores[o].ts == i && c->cores[o].te == i + 2 && is(d, i + 1, "on");
            }
            if (courtesy) {
                continue;
            }
            /* "Despite weeks of speculation, no meeting took place": a phrase about the
             * speculation, not a hedge on the contact */
            if (sub == CUE_HYPO &&
                (is(d, i, "speculation") || is(d, i, "rumours") || is(d, i, "rumors"))) {
                bool about = false;
                for (uint32_t q = i; q > c->tb && i - q < 4 && !about; q--) {
                    about = is(d, q - 1, "despite") || is(d, q - 1, "amid") ||
                            is(d, q - 1, "after") || is(d, q - 1, "following");
                }
                if (about) {
                    continue;
                }
            }
            if (sub == CUE_HYPO && (is(d, i, "hope") || is(d, i, "likely") || is(d, i, "idea")) &&
                i > c->tb && (cue1(d, i - 1, CUE_DET) && !is(d, i - 1, "the"))) {
                continue;
            }
            return true;
        }
    }
    return false;
}

/* "invited Modi to visit", "urged Israel and Hamas to resume talks", "invited him for
 * talks": a request, demand or offer verb whose object, the one asked, stands between it
 * and the contact. m is the object's last mention (before "to"/"for"). Returns the verb's
 * first token and fills k (status, class, the ones asked), or -1. */
static int64_t object_control(sctx *c, core *k, int m)
{
    px_doc *d = c->d;
    /* (a person after "to" is no place: "an invitation to Ramaphosa to visit") */
    uint16_t bad = MF_ADJ | MF_POSS | MF_LOCPP;
    if (m >= 0 && M(c, m)->kind == MK_PERSON && M(c, m)->ts > c->tb && is(d, M(c, m)->ts - 1, "to")) {
        bad = MF_ADJ | MF_POSS;
    }
    if (m < 0 || !is_party_kind(c, m) || (M(c, m)->flags & bad) || c->speaker[m]) {
        return -1;
    }
    int objs[4];
    int no = coord_left(c, m, objs, 4);
    uint32_t q0 = M(c, objs[no - 1])->ts;
    /* "his Tanzanian counterpart", "the two sides" */
    int pm = q0 > c->tb ? ment_at(c, q0 - 1) : -1;
    /* (a state's possessive: "invited Chile's Gabriel Boric to visit") */
    int sm = q0 > c->tb + 1 && is(d, q0 - 1, "'s") ? ment_at(c, q0 - 2) : -1;
    if (sm >= 0 && M(c, sm)->kind == MK_STATE && (M(c, sm)->flags & MF_POSS)) {
        q0 = M(c, sm)->ts;
    } else if (pm >= 0 && (M(c, pm)->flags & MF_PRON) && (M(c, pm)->flags & MF_POSS)) {
        q0 = M(c, pm)->ts;
    } else if (q0 > c->tb && (is(d, q0 - 1, "the") || cue1(d, q0 - 1, CUE_DET))) {
        q0--;
    }
    /* (over the noun phrase an appositive names: "invited Guinea's transitional
     * president, General Mamadi Doumbouya, to attend") */
    if (no == 1 && q0 > c->tb + 2 && d->toks[q0 - 1].p == ',' && M(c, m)->kind == MK_PERSON) {
        uint32_t b = q0 - 1;
        while (b > c->tb && q0 - b < 8 && (!d->toks[b - 1].p || is(d, b - 1, "'s")) &&
               !trig(d, b - 1, c->te, TR_DECIDE_V, NULL)) {
            b--;
        }
        uint32_t gl = 0;
        if (b > c->tb && b + 1 < q0 && trig(d, b - 1, c->te, TR_DECIDE_V, &gl) && gl == 1) {
            q0 = b;
        }
    }
    /* "was invited by Putin to visit": the one who asks after "by" */
    int asker = -1;
    if (no == 1 && q0 > c->tb + 1 && is(d, q0 - 1, "by")) {
        asker = m;
        q0--;
    }
    /* "extended an invitation to Ramaphosa to visit Beijing", "sent an invitation to X
     * to attend": a proposal noun with the one asked after "to", offered by the clause's
     * subject */
    if (asker < 0 && q0 >= c->tb + 4 && is(d, q0 - 1, "to")) {
        uint32_t nl = 0, n0 = q0 - 2;
        const px_entry *dn = trig(d, n0, c->te, TR_DECIDE_N, &nl);
        if (!(dn && n0 + nl == q0 - 1)) {
            n0 = q0 - 3;
            dn = trig(d, n0, c->te, TR_DECIDE_N, &nl);
        }
        if (dn && n0 + nl == q0 - 1 && dn->b == S_PROPOSED) {
            uint32_t v = n0;
            while (v > c->tb && v + 3 > n0 && (is(d, v - 1, "an") || is(d, v - 1, "a") ||
                                                is(d, v - 1, "the") || is(d, v - 1, "his") ||
                                                is(d, v - 1, "her") || is(d, v - 1, "its") ||
                                                is(d, v - 1, "official") || is(d, v - 1, "formal") ||
                                                is(d, v - 1, "open"))) {
                v--;
            }
            if (v > c->tb && (is(d, v - 1, "extended") || is(d, v - 1, "extends") ||
                              is(d, v - 1, "issued") || is(d, v - 1, "issues") ||
                              is(d, v - 1, "sent") || is(d, v - 1, "sends") ||
                              is(d, v - 1, "conveyed") || is(d, v - 1, "conveys") ||
                              is(d, v - 1, "renewed") || is(d, v - 1, "renews") ||
                              is(d, v - 1, "delivered") || is(d, v - 1, "handed"))) {
                k->status = (uint8_t)dn->b;
                k->dec = (uint8_t)dn->c;
                k->dec_tok = (int32_t)n0;
                k->governed = true;
                k->nasked = 0;
                for (int x = no - 1; x >= 0; x--) {
                    k->asked[k->nasked++] = objs[x];
                }
                return (int64_t)(v - 1);
            }
        }
    }
    /* "agreed with Tusk to hold a meeting": the partner of an agreement, after "with" */
    if (asker < 0 && q0 >= c->tb + 2 && is(d, q0 - 1, "with")) {
        uint32_t al = 0;
        const px_entry *ag = trig(d, q0 - 2, c->te, TR_DECIDE_V, &al);
        if (ag && al == 1 && ag->b == S_AGREED) {
            k->status = (uint8_t)ag->b;
            k->dec = (uint8_t)ag->c;
            k->dec_tok = (int32_t)(q0 - 2);
            k->governed = true;
            k->nasked = 0;
            for (int x = no - 1; x >= 0; x--) {
                k->asked[k->nasked++] = objs[x];
            }
            return (int64_t)(q0 - 2);
        }
    }
    uint32_t q = q0;
    for (uint32_t back = 0; back < 3 && q > c->tb; back++) {
        q--;
        uint32_t gl = 0;
        const px_entry *g = trig(d, q, c->te, TR_DECIDE_V, &gl);
        if (!g || q + gl != q0) {
            continue;
        }
        if (!g->c) {
            return -1; /* agree, refuse, cancel ... take no object before "to" */
        }
        bool passive = q > c->tb && be_form(d, q - 1);
        if ((asker >= 0) != passive || (passive && !(g->flags & (TRF_PAST | TRF_PPART)))) {
            return -1;
        }
        k->status = (uint8_t)g->b;
        k->dec = (uint8_t)g->c;
        k->dec_tok = (int32_t)q;
        k->governed = true;
        if (asker >= 0) {
            k->asker = asker;
            k->asked_subj = true;
        } else {
            k->nasked = 0;
            for (int x = no - 1; x >= 0; x--) {
                k->asked[k->nasked++] = objs[x];
            }
        }
        return (int64_t)q;
    }
    return -1;
}

/* "Trump sent Witkoff to meet Putin", "will dispatch Lavrov to hold talks with Kim": a
 * contact infinitive right after the person sent is that person's, at the sending's stage
 * (sent: occurred; send, sending: planned), the sender no party. Fills k; false if none. */
static bool sent_to(sctx *c, core *k)
{
    const px_doc *d = c->d;
    if (k->form == F_NOUN || k->ts < c->tb + 3 || !is(d, k->ts - 1, "to")) {
        return false;
    }
    int am = ment_at(c, k->ts - 2);
    if (am < 0 || M(c, am)->te != k->ts - 1 || M(c, am)->kind != MK_PERSON ||
        (M(c, am)->flags & (MF_POSS | MF_ADJ)) || M(c, am)->ts <= c->tb) {
        return false;
    }
    uint32_t v = M(c, am)->ts - 1;
    bool past = is(d, v, "sent") || is(d, v, "dispatched");
    if (!past && !is(d, v, "send") && !is(d, v, "sends") && !is(d, v, "sending") &&
        !is(d, v, "dispatch") && !is(d, v, "dispatches") && !is(d, v, "dispatching")) {
        return false;
    }
    k->status = past ? S_OCCURRED : S_PLANNED;
    k->cs = v;
    k->governed = true;
    k->agent = am;
    k->delegate = true;
    return true;
}

/* "he expected Trump and Xi to meet in South Korea", "analysts expect Trump to visit
 * Beijing": a contact expected of the ones named before its "to" is theirs and planned (the
 * one who expects is no party). Sets k's chain to start at that "to"; false if none. */
static bool expected_to(sctx *c, core *k)
{
    const px_doc *d = c->d;
    if (k->form == F_NOUN || k->ts < c->tb + 3 || !is(d, k->ts - 1, "to")) {
        return false;
    }
    int m = ment_at(c, k->ts - 2);
    if (m < 0 || M(c, m)->te != k->ts - 1 || !is_party_kind(c, m) ||
        (M(c, m)->flags & (MF_POSS | MF_ADJ | MF_LOCPP))) {
        return false;
    }
    int objs[4];
    int no = coord_left(c, m, objs, 4);
    uint32_t v = M(c, objs[no - 1])->ts;
    if (v <= c->tb) {
        return false;
    }
    v--;
    if (!is(d, v, "expect") && !is(d, v, "expects") && !is(d, v, "expected") &&
        !is(d, v, "expecting") && !is(d, v, "anticipate") && !is(d, v, "anticipates") &&
        !is(d, v, "anticipated")) {
        return false;
    }
    /* ("nobody expected Putin to call Zelensky", "did not expect": no plan) */
    for (uint32_t q = v; q > c->tb && q + 3 > v; q--) {
        if (is(d, q - 1, "nobody") || is(d, q - 1, "one") || is(d, q - 1, "few") ||
            cue1(d, q - 1, CUE_NEG)) {
            return false;
        }
    }
    k->status = S_PLANNED;
    k->cs = k->ts - 1;
    k->governed = true;
    return true;
}

/* "will discuss the deal when they meet in Sochi", "will raise it when he visits
 * Washington": a present-tense verb at ts whose subject opens a time clause of a sentence
 * that speaks of the future refers to the future. */
static bool future_clause(const sctx *c, uint32_t ts)
{
    const px_doc *d = c->d;
    uint32_t p = ts;
    while (p > c->tb && chain_skip(c, p - 1)) {
        p--;
    }
    if (p == c->tb) {
        return false;
    }
    int m = ment_at(c, p - 1);
    uint32_t s0 = m >= 0 ? M(c, m)->ts : p - 1;
    if (m < 0 && !is(d, p - 1, "they") && !is(d, p - 1, "we")) {
        return false;
    }
    if (s0 > c->tb && (is(d, s0 - 1, "the") || cue1(d, s0 - 1, CUE_DET))) {
        s0--;
    }
    if (s0 == c->tb || !(is(d, s0 - 1, "when") || is(d, s0 - 1, "once") || is(d, s0 - 1, "after") ||
                         is(d, s0 - 1, "before") || is(d, s0 - 1, "until"))) {
        return false;
    }
    if (is(d, s0 - 1, "before")) {
        return true; /* "a day before Sarkozy heads to Beijing": still ahead */
    }
    for (uint32_t i = c->tb; i + 1 < s0; i++) {
        uint32_t gl = 0;
        const px_entry *g = trig(d, i, s0 - 1, TR_GOVERN_V, &gl);
        if (g && g->b == S_PLANNED) {
            return true;
        }
    }
    return false;
}

/* "X became the first Syrian president to visit the White House", "is the first foreign
 * leader to meet Y since ...", "will be the first to visit": an infinitive after an ordinal
 * (first, second ... last, only) and a copula is a contact of the copula's subject: occurred,
 * planned after "will" or "would". Returns the status (0: not such an infinitive) and
 * sets *cop to the copula's chain start. */
static uint8_t ordinal_to(const sctx *c, const core *k, uint32_t *cop)
{
    const px_doc *d = c->d;
    if (k->ts < c->tb + 4 || !is(d, k->ts - 1, "to")) {
        return 0;
    }
    static const char *const ord[] = {"first", "second", "third", "fourth", "fifth", "last",
                                      "only", "latest", NULL};
    uint32_t q = k->ts - 1; /* "to" */
    for (int n = 0; n < 6 && q > c->tb + 1; n++) {
        q--;
        bool o = false;
        for (int x = 0; ord[x] && !o; x++) {
            o = is(d, q, ord[x]);
        }
        if (o) {
            if (!is(d, q - 1, "the")) {
                return 0;
            }
            uint32_t b = q - 1; /* "the" */
            static const char *const be[] = {"became", "becomes", "become", "was", "is",
                                             "will", "would", "be", "been", "has", "had",
                                             "set", "expected", "due", "poised", "going",
                                             "to", NULL};
            bool any = false, fut = false;
            while (b > c->tb) {
                bool w = false;
                for (int x = 0; be[x] && !w; x++) {
                    w = is(d, b - 1, be[x]);
                }
                if (!w) {
                    break;
                }
                any = true;
                fut = fut || is(d, b - 1, "will") || is(d, b - 1, "would") || is(d, b - 1, "to");
                b--;
            }
            /* "is set to become the first ...": planned; "wants to become" is no copula */
            if (!any || is(d, b, "to")) {
                return 0;
            }
            *cop = b;
            return fut ? S_PLANNED : S_OCCURRED;
        }
        if (!(d->toks[q].flags & (TF_ALPHA | TF_HYPH)) || d->toks[q].p == ',' ||
            trig(d, q, c->te, TR_CONTACT_V, NULL) || cue1(d, q, CUE_REPORT)) {
            return 0;
        }
    }
    return 0;
}

/* A contact noun after "no date / no plans / no timetable (yet) for": nothing set. */
static bool no_plan_for(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    uint32_t q = k->ts;
    while (q > c->tb && (det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "an") ||
                         is(d, q - 1, "the") || venue_adj(c, q - 1)) && q + 4 > k->ts) {
        q--;
    }
    if (q < c->tb + 3 || !is(d, q - 1, "for")) {
        return false;
    }
    uint32_t n = q - 2;
    if (is(d, n, "yet") || is(d, n, "set")) {
        n--;
    }
    return n > c->tb && is(d, n - 1, "no") &&
           (is(d, n, "date") || is(d, n, "plans") || is(d, n, "plan") || is(d, n, "timetable") ||
            is(d, n, "decision") || is(d, n, "dates"));
}

/* A contact noun after "preparations for", "preparing for", "to prepare for" (over its
 * determiner, possessive and adjectives): a contact still to come. */
static bool prepared_for(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    uint32_t q = k->ts;
    while (q > c->tb && q + 6 > k->ts &&
           (det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "an") || is(d, q - 1, "the") ||
            venue_adj(c, q - 1) || ment_at(c, q - 1) >= 0)) {
        int m = ment_at(c, q - 1);
        q = m >= 0 && M(c, m)->ts < q - 1 ? M(c, m)->ts : q - 1;
    }
    /* (also its object: "to prepare a second Trump-Putin summit") */
    if (q > c->tb && q < k->ts &&
        (is(d, q - 1, "prepare") || is(d, q - 1, "prepares") || is(d, q - 1, "preparing"))) {
        return true;
    }
    if (q < c->tb + 2 || !is(d, q - 1, "for")) {
        return false;
    }
    uint32_t p = q - 2;
    return is(d, p, "preparations") || is(d, p, "preparation") || is(d, p, "preparing") ||
           is(d, p, "prepare") || is(d, p, "prepares") || is(d, p, "prepared");
}

/* The verb of an occasion taken for a contact, ending right before the "to" at i: "will
 * use the trip to hold talks with X", "used the opportunity to meet X", "took the chance to
 * call X", "used his visit to Moscow to meet Y", "used the sidelines of the summit to meet Z".
 * The infinitive is no plan of its own: the verb's tense says whether it took place. Gives the
 * verb's index, or 0. */
static uint32_t occasion_use(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    bool noun = false;
    for (uint32_t q = i; q > c->tb && i - q < 12; q--) {
        uint32_t p = q - 1;
        if (d->toks[p].p && d->toks[p].p != '\'' && !(d->toks[p].flags & TF_HYPH)) {
            return 0;
        }
        if (is(d, p, "opportunity") || is(d, p, "occasion") || is(d, p, "chance") ||
            is(d, p, "trip") || is(d, p, "visit") || is(d, p, "tour") || is(d, p, "stop") ||
            is(d, p, "stopover") || is(d, p, "sidelines") || is(d, p, "summit") ||
            is(d, p, "meeting") || is(d, p, "forum") || is(d, p, "gathering") ||
            is(d, p, "conference") || is(d, p, "platform") || is(d, p, "moment")) {
            noun = true;
        }
        bool use = is(d, p, "use") || is(d, p, "uses") || is(d, p, "used") || is(d, p, "using") ||
                   is(d, p, "take") || is(d, p, "takes") || is(d, p, "took") ||
                   is(d, p, "taking") || is(d, p, "taken") || is(d, p, "seize") ||
                   is(d, p, "seized") || is(d, p, "seizes") || is(d, p, "seizing");
        if (use) {
            /* (the object starts with a determiner or a possessive: not "take part to") */
            bool det = p + 1 < i && (is(d, p + 1, "the") || is(d, p + 1, "this") ||
                                     is(d, p + 1, "that") || is(d, p + 1, "a") ||
                                     is(d, p + 1, "an") || possessive_pron(d, p + 1) ||
                                     (ment_at(c, p + 1) >= 0 &&
                                      (M(c, ment_at(c, p + 1))->flags & MF_POSS)));
            return noun && det ? p : 0;
        }
    }
    return 0;
}

static void governors(sctx *c, core *k)
{
    px_doc *d = c->d;
    uint32_t lim = c->te;
    k->cs = k->ts;
    k->status = 0;
    uint8_t base = S_OCCURRED;
    if (k->form == F_VERB || k->form == F_LIGHT || k->form == F_MOTION) {
        if ((k->vflags & TRF_INF) && !(k->vflags & (TRF_PAST | TRF_3SG))) {
            base = 0; /* needs a governor (will, plan to, agree to ...) */
            uint32_t p = k->ts;
            while (p > c->tb && (chain_skip(c, p - 1) || aux_time_gap(c, p - 1)) &&
                   !cue1(d, p - 1, CUE_NEG) && !is(d, p - 1, "to")) {
                p--;
            }
            if (p > c->tb) {
                int m = ment_at(c, p - 1);
                if ((m >= 0 && !(M(c, m)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) ||
                    is(d, p - 1, "they") || is(d, p - 1, "we")) {
                    base = S_OCCURRED; /* plain present: "negotiators return to Geneva" */
                }
            }
        }
        if (k->vflags & TRF_ING) {
            base = S_OCCURRED;
            /* "will travel to Israel before heading to Qatar": a participle after the
             * clause takes the clause's planned status */
            if (k->ts > c->tb + 1 && (is(d, k->ts - 1, "before") || is(d, k->ts - 1, "after") ||
                                      is(d, k->ts - 1, "then"))) {
                for (int o = 0; o < c->ncore; o++) {
                    const core *pk = &c->cores[o];
                    /* (not over a report: "X will visit Australia, Sugiono said after
                     * meeting Wong": the meeting is the speaker's, before he spoke) */
                    bool rep = false;
                    for (uint32_t q = pk->te; q < k->ts && !rep; q++) {
                        rep = cue1(d, q, CUE_REPORT);
                    }
                    if (pk != k && pk->te <= k->ts && !pk->drop && pk->status == S_PLANNED && !rep) {
                        base = S_PLANNED;
                    }
                }
                /* (also after a plan of no contact: "is also scheduled to address a business
                 * forum before heading to Addis Ababa") */
                for (uint32_t q = k->ts - 1; base != S_PLANNED && is(d, k->ts - 1, "before") &&
                                             q > c->tb && k->ts - q < 20;
                     q--) {
                    uint32_t p = q - 1, gl = 0;
                    if (d->toks[p].p == ',' || d->toks[p].p == ';' || report_at(c, p)) {
                        break;
                    }
                    const px_entry *g = trig(d, p, k->ts, TR_GOVERN_V, &gl);
                    if (g && g->b == S_PLANNED) {
                        base = S_PLANNED;
                    }
                }
            }
        } else if (base == S_OCCURRED && !(k->vflags & TRF_PAST) && future_clause(c, k->ts)) {
            base = S_PLANNED;
        }
        /* "Ruto is due in Mogadishu next week", "is expected in Beijing": planned (also
         * "is due in Berlin for talks with X", a motion verb turned into its purpose) */
        if ((k->form == F_MOTION || strncmp(k->rule, "motion_verb", 11) == 0) &&
            (is(d, k->ts, "due") || is(d, k->ts, "expected"))) {
            base = S_PLANNED;
        }
        /* "Zelenskiy heads to Washington for talks with Trump", "is flying to Beijing for
         * the summit": the trip under way, what it is for still to come */
        if (base == S_OCCURRED &&
            (px_streq(k->rule, "motion_verb+purpose") || px_streq(k->rule, "motion_verb+event")) &&
            ((k->vflags & TRF_3SG) ||
             ((k->vflags & TRF_ING) && k->ts > c->tb &&
              (is(d, k->ts - 1, "is") || is(d, k->ts - 1, "are")))) &&
            !(k->vflags & TRF_PAST)) {
            const char *w = px_tkey(d, k->ts);
            if (px_streq(w, "heads") || px_streq(w, "heading") || px_streq(w, "leaves") ||
                px_streq(w, "leaving") || px_streq(w, "departs") || px_streq(w, "departing") ||
                px_streq(w, "flies") || px_streq(w, "flying") || px_streq(w, "travels") ||
                px_streq(w, "travelling") || px_streq(w, "traveling") || px_streq(w, "sets") ||
                px_streq(w, "setting") || px_streq(w, "jets") || px_streq(w, "jetting")) {
                base = S_PLANNED;
            }
        }
        /* a headline's "Modi to visit Japan next week": planned (also with a light verb:
         * "Minister Lamola to undertake Working Visit to Angola") */
        bool light_inf = k->form == F_LIGHT && !(k->vflags & (TRF_PAST | TRF_3SG | TRF_ING));
        if ((!base || light_inf) && k->ts >= c->tb + 2 && is(d, k->ts - 1, "to")) {
            int hm = ment_at(c, k->ts - 2);
            uint32_t s0 = c->tb;
            while (s0 < k->ts && (d->toks[s0].flags & TF_DATELINE)) {
                s0++;
            }
            /* ("MEDIA STATEMENT - ..., 20 November 2026: Minister Lamola to undertake a
             * Working Visit": a headline after a press release's colon) */
            for (uint32_t q = k->ts; c->si == 0 && q > s0; q--) {
                if (d->toks[q - 1].p == ':') {
                    s0 = q;
                    break;
                }
            }
            if (hm >= 0 && is_party_kind(c, hm) &&
                !(M(c, hm)->flags & (MF_ADJ | MF_POSS | MF_LOCPP)) && !c->speaker[hm]) {
                int hs[4];
                int nh = coord_left(c, hm, hs, 4);
                uint32_t first = M(c, hs[nh - 1])->ts;
                /* ("UK's Starmer to host Zelensky": over the state's possessive) */
                uint32_t fp = first > s0 && is(d, first - 1, "'s") ? first - 1 : first;
                int pm = fp > s0 ? ment_at(c, fp - 1) : -1;
                if (pm >= 0 && M(c, pm)->kind == MK_STATE && (M(c, pm)->flags & MF_POSS)) {
                    first = M(c, pm)->ts;
                }
                /* "Kremlin says Putin, Trump to meet in Budapest": over the source */
                int sm = ment_at(c, s0);
                uint32_t s1 = sm >= 0 ? M(c, sm)->te : s0;
                if (sm >= 0 && s1 < first && (is(d, s1, "says") || is(d, s1, "said")) &&
                    (first == s1 + 1 || (first == s1 + 2 && is(d, s1 + 1, "the")))) {
                    first = s0;
                }
                if (first == s0 || (first == s0 + 1 && is(d, s0, "the"))) {
                    base = S_PLANNED;
                }
            }
        }
    } else {
        base = 0;
    }
    /* walk left through the verb chain */
    uint32_t i = k->ts;
    int steps = 0;
    bool saw_to = false;
    uint8_t st = 0;
    bool neg = false;
    uint32_t occ = 0;
    while (i > c->tb && steps < 14) {
        steps++;
        uint32_t p = i - 1;
        uint32_t l;
        const px_entry *e;
        /* noun phrase material before a contact noun */
        if (k->form == F_NOUN && !k->governed && d->toks[p].p == ',' && is(d, i, "for") &&
            p > c->tb + 3) {
            /* "a request from Myanmar's foreign minister, Than Swe, for a meeting": the one
             * who asks named in an appositive after "from" or "by" */
            int am = ment_at(c, p - 1);
            uint32_t q = am >= 0 ? M(c, am)->ts : 0;
            if (am >= 0 && M(c, am)->kind == MK_PERSON && q > c->tb + 2) {
                uint32_t fb = q;
                int commas = 0;
                while (fb > c->tb && q - fb < 10 &&
                       (!d->toks[fb - 1].p || d->toks[fb - 1].p == '\'' || d->toks[fb - 1].p == '-' ||
                        (d->toks[fb - 1].p == ',' && commas++ == 0)) &&
                       !is(d, fb - 1, "from") && !is(d, fb - 1, "by")) {
                    fb--;
                }
                if (fb > c->tb && (is(d, fb - 1, "from") || is(d, fb - 1, "by"))) {
                    k->owner = am;
                    i = fb - 1;
                    continue;
                }
            }
        }
        if (k->form == F_NOUN && !k->governed) {
            int m = ment_at(c, p);
            if (m >= 0 && p >= M(c, m)->ts) {
                const px_ment *mm = M(c, m);
                /* (a headline's bare name before the noun: "declines Trump invitation") */
                bool hname = mm->kind == MK_PERSON && mm->te == k->ts && k->inv_noun &&
                             !(mm->flags & MF_PRON) && headline_sent(c);
                /* (so is a bare name after a preposition or an article: "Starmer in
                 * Washington for Trump talks", "ahead of the Putin summit") */
                uint32_t nb = mm->ts;
                hname = hname ||
                        (mm->kind == MK_PERSON && mm->te == k->ts && nb > c->tb &&
                         !(mm->flags & (MF_PRON | MF_LOCPP)) &&
                         (is(d, nb - 1, "for") || is(d, nb - 1, "the") || is(d, nb - 1, "a") ||
                          is(d, nb - 1, "of") || is(d, nb - 1, "after") ||
                          is(d, nb - 1, "before") || is(d, nb - 1, "at") ||
                          is(d, nb - 1, "during")));
                /* (a body before "for" is the one who asks, no modifier: "a request from
                 * ECOWAS for a meeting") */
                bool org_for = mm->kind == MK_ORG && !(mm->flags & (MF_ADJ | MF_POSS)) &&
                               is(d, i, "for");
                if ((mm->flags & (MF_ADJ | MF_POSS)) || (mm->kind == MK_ORG && !org_for) ||
                    hname || (mm->te < c->te && d->toks[mm->te].p == '\'')) {
                    if (k->nadj < 4) {
                        k->adj[k->nadj++] = m;
                    }
                    i = mm->ts;
                    /* (and the first of a pair joined by a hyphen: "said the Putin-Trump
                     * summit would be held") */
                    int mp = mm->kind == MK_PERSON && mm->ts >= c->tb + 2 &&
                                     ((d->toks[mm->ts - 1].flags & TF_HYPH) || is(d, mm->ts - 1, "-"))
                                 ? ment_at(c, mm->ts - 2)
                                 : -1;
                    if (mp >= 0 && mp != m && M(c, mp)->kind == MK_PERSON &&
                        !(M(c, mp)->flags & MF_POSS) && k->nadj < 4) {
                        k->adj[k->nadj++] = mp;
                        i = M(c, mp)->ts;
                    }
                    continue;
                }
                /* "the Putin-Trump summit", "a Trump-Kim meeting": two people joined by a
                 * hyphen name the contact's parties */
                int m0 = mm->ts >= c->tb + 2 && (d->toks[mm->ts - 1].flags & TF_HYPH)
                             ? ment_at(c, mm->ts - 2)
                             : -1;
                if (mm->kind == MK_PERSON && m0 >= 0 && M(c, m0)->kind == MK_PERSON &&
                    k->nadj + 2 <= 4) {
                    k->adj[k->nadj++] = m;
                    k->adj[k->nadj++] = m0;
                    i = M(c, m0)->ts;
                    continue;
                }
                if (!k->governed && !st && (is(d, i, "for") || is(d, i, "to"))) {
                    /* "invited Modi for talks", "asked him for a meeting" */
                    int64_t gq = object_control(c, k, m);
                    if (gq >= 0) {
                        st = k->status;
                        i = (uint32_t)gq;
                        continue;
                    }
                }
                /* (over a possessive pronoun: "requests from his Japanese counterpart X") */
                uint32_t pb = mm->ts > c->tb ? mm->ts - 1 : mm->ts;
                int pbm = ment_at(c, pb);
                if (pbm >= 0 && (M(c, pbm)->flags & MF_PRON) && (M(c, pbm)->flags & MF_POSS) &&
                    M(c, pbm)->ts > c->tb) {
                    pb = M(c, pbm)->ts - 1;
                }
                /* (or a state's: "a call by Colombia's Gustavo Petro for a meeting") */
                int psm = pb > c->tb && is(d, pb, "'s") ? ment_at(c, pb - 1) : -1;
                if (psm >= 0 && M(c, psm)->kind == MK_STATE && M(c, psm)->ts > c->tb) {
                    pb = M(c, psm)->ts - 1;
                }
                /* (or a body's office before it: "a request by the president of the ECOWAS
                 * Commission for a meeting") */
                for (uint32_t t0 = pb; mm->kind == MK_ORG && is(d, pb, "of") && t0 + 3 > pb &&
                                       t0 > c->tb + 1;) {
                    t0--;
                    uint32_t tl9 = 0;
                    if (px_match_kind(d, t0, K_TITLE, &tl9) && t0 + tl9 == pb) {
                        pb = t0 - 1 > c->tb && is(d, t0 - 1, "the") ? t0 - 2 : t0 - 1;
                    }
                }
                if (is(d, pb, "from") || is(d, pb, "by")) {
                    /* "an offer from Afghanistan for talks" */
                    k->owner = m;
                    i = pb;
                    continue;
                }
                /* "will skip the EU-Western Balkans summit": a compound of names before the
                 * noun is its name, no party (over it to the deciding verb) */
                if (mm->kind == MK_UNKNOWN && mm->te == i && i == k->ts) {
                    uint32_t q = mm->ts;
                    while (q > c->tb + 1 && q + 3 > mm->ts && ment_at(c, q - 1) < 0 &&
                           (d->toks[q - 1].flags & TF_CAP) && (d->toks[q - 1].flags & TF_ALPHA)) {
                        q--;
                    }
                    bool hy = q > c->tb + 1 &&
                              (is(d, q - 1, "-") || (d->toks[q - 1].flags & TF_HYPH));
                    int hm = hy ? ment_at(c, q - 2) : -1;
                    if (hm >= 0 && (M(c, hm)->kind == MK_ORG || M(c, hm)->kind == MK_STATE)) {
                        if (k->nadj < 4) {
                            k->adj[k->nadj++] = hm; /* (the body whose gathering it is) */
                        }
                        i = M(c, hm)->ts;
                        continue;
                    }
                    /* "called off a General Border Committee meeting with Cambodia", "held
                     * the third Joint Commission meeting": a joint body's name after an
                     * article is the meeting's name, no party */
                    uint32_t hw = mm->te - 1;
                    while (q > c->tb + 1 && q + 4 > mm->ts && (d->toks[q - 1].flags & TF_CAP) &&
                           ment_at(c, q - 1) >= 0 && M(c, ment_at(c, q - 1))->kind == MK_UNKNOWN) {
                        q = M(c, ment_at(c, q - 1))->ts; /* ("a Regional Border Committee") */
                    }
                    /* (over a pair of states: "the seventh India-Nepal Joint Commission") */
                    int s2 = q > c->tb ? ment_at(c, q - 1) : -1;
                    uint32_t h2 = s2 >= 0 ? M(c, s2)->ts : 0;
                    if (s2 >= 0 && M(c, s2)->kind == MK_STATE && h2 > c->tb + 1) {
                        uint32_t h1 = is(d, h2 - 1, "-") ? h2 - 1 : h2;
                        int s1 = (h1 < h2 || (d->toks[h2 - 1].flags & TF_HYPH))
                                     ? ment_at(c, h1 - 1)
                                     : -1;
                        if (s1 >= 0 && M(c, s1)->kind == MK_STATE) {
                            q = M(c, s1)->ts;
                        }
                    }
                    uint32_t a8 = q > c->tb + 1 && venue_adj(c, q - 1) && !is(d, q - 1, "a") &&
                                          !is(d, q - 1, "an") && !is(d, q - 1, "the")
                                      ? q - 1
                                      : q;
                    if (is(d, q, "the")) {
                        a8 = q + 1; /* (the pair's mention took the article: "the India") */
                    }
                    if (a8 > c->tb &&
                        (is(d, a8 - 1, "a") || is(d, a8 - 1, "an") || is(d, a8 - 1, "the")) &&
                        joint_body_head(d, hw)) {
                        i = q;
                        continue;
                    }
                }
                break;
            }
            /* ("proposed an in-person meeting": a deciding verb before an article is the
             * verb, not the modifier of "the proposed meeting") */
            bool verb_det = p + 1 < c->te &&
                            (is(d, p + 1, "a") || is(d, p + 1, "an") || is(d, p + 1, "the")) &&
                            trig(d, p, lim, TR_DECIDE_V, NULL) != NULL;
            /* ("proposed foreign secretary-level consultations": a word before a rank's
             * "-level" compound) */
            bool level_mod = p + 3 < c->te && (d->toks[p].flags & TF_ALPHA) &&
                             !(d->toks[p].flags & TF_CAP) && (d->toks[p + 2].flags & TF_HYPH) &&
                             is(d, p + 3, "level") && !trig(d, p, lim, TR_DECIDE_V, NULL);
            /* ("Wadephul's own visit to Turkey": "own" after a possessive) */
            bool own = is(d, p, "own") && p > c->tb &&
                       (is(d, p - 1, "'s") || possessive_pron(d, p - 1) || is(d, p - 1, "whose"));
            /* ("rejected Pakistan's offer of comprehensive talks": an adjective after "of") */
            /* (or an article: "co-chaired a regular meeting of the commission") */
            bool of_adj = i == k->ts && p > c->tb &&
                          (is(d, p - 1, "of") || is(d, p - 1, "a") || is(d, p - 1, "an")) &&
                          venue_adj(c, p);
            if (!verb_det && (det_like(c, p) || is(d, p, "a") || is(d, p, "an") || is(d, p, "for") ||
                              is(d, p, "of") || (d->toks[p].flags & TF_HYPH) || measure_part(c, p) ||
                              hyph_part(c, p) || level_mod || own || of_adj)) {
                i = p;
                continue;
            }
            /* (two after an article: "called off a border committee meeting with Cambodia") */
            if (i == k->ts && p > c->tb + 1 && (is(d, p - 2, "a") || is(d, p - 2, "an")) &&
                venue_adj(c, p) && venue_adj(c, p - 1)) {
                i = p - 1;
                continue;
            }
            /* "pulled out of an EU-brokered meeting": over the go-between's compound (its
             * mediator is read in build) */
            if (go_between_word(d, p) && p > c->tb + 1 && (d->toks[p - 1].flags & TF_HYPH) &&
                ment_at(c, p - 2) >= 0) {
                i = M(c, ment_at(c, p - 2))->ts;
                continue;
            }
            /* "skipped the APEC leaders' meeting", "the foreign ministers' talks": over a
             * plural possessive (a party before it is taken as the noun's, above) */
            if (d->toks[p].p == '\'' && p > c->tb + 1 && d->toks[p - 1].klen > 2 &&
                px_tkey(d, p - 1)[d->toks[p - 1].klen - 1] == 's') {
                uint32_t q = p - 1;
                if (ment_at(c, q) < 0) {
                    while (q > c->tb + 1 && q + 2 >= p && (d->toks[q - 1].flags & TF_ALPHA) &&
                           !(d->toks[q - 1].flags & TF_CAP) && !d->toks[q - 1].p &&
                           !det_like(c, q - 1) && !is(d, q - 1, "a") && !is(d, q - 1, "an") &&
                           !trig(d, q - 1, c->te, TR_DECIDE_V, NULL) &&
                           !trig(d, q - 1, c->te, TR_CONTACT_V, NULL) &&
                           !trig(d, q - 1, c->te, TR_LIGHT_V, NULL)) {
                        q--;
                    }
                    i = q;
                } else {
                    i = p;
                }
                continue;
            }
            /* "left Beijing without securing a meeting with Wang Yi": none took place */
            if (p > c->tb && is(d, p - 1, "without") &&
                (is(d, p, "securing") || is(d, p, "getting") || is(d, p, "obtaining") ||
                 is(d, p, "winning") || is(d, p, "landing") || is(d, p, "arranging") ||
                 is(d, p, "holding"))) {
                neg = true;
                i = p - 1;
                continue;
            }
            /* (so "failed to secure a meeting with Trump", "did not get the face-to-face
             * meeting with Donald Trump she had hoped for") */
            if (p > c->tb + 1 &&
                (is(d, p, "secure") || is(d, p, "get") || is(d, p, "obtain") || is(d, p, "win") ||
                 is(d, p, "land")) &&
                ((is(d, p - 1, "to") && (is(d, p - 2, "failed") || is(d, p - 2, "fails"))) ||
                 ((is(d, p - 1, "not") || is(d, p - 1, "n't")) &&
                  (is(d, p - 2, "did") || is(d, p - 2, "could") || is(d, p - 2, "does") ||
                   is(d, p - 2, "do"))))) {
                neg = true;
                i = p - 2;
                continue;
            }
            /* "called for an urgent resumption of talks": the resumption of a contact is
             * that contact */
            if (is(d, i, "of") && (is(d, p, "resumption") || is(d, p, "revival") ||
                                   is(d, p, "restart") || is(d, p, "renewal") ||
                                   is(d, p, "continuation") || is(d, p, "resuming"))) {
                uint32_t q = p;
                while (q > c->tb && q + 3 > p && venue_adj(c, q - 1)) {
                    q--;
                }
                i = q;
                continue;
            }
            e = trig(d, p, lim, TR_DECIDE_N, &l);
            if (!e && p > c->tb) {
                /* multi-word decision noun ending at p */
                e = trig(d, p - 1, lim, TR_DECIDE_N, &l);
                if (e && l == 2) {
                    p--;
                } else {
                    e = NULL;
                }
            }
            if (e && (is(d, i, "for") || is(d, i, "to") || is(d, i, "of") || p + 1 == i ||
                      is(d, p + 1, "for") || is(d, p + 1, "to") || is(d, p + 1, "of"))) {
                if (!st) {
                    st = (uint8_t)e->b;
                    k->dec = (uint8_t)e->c;
                }
                /* owner: "the Pentagon's request", "our invitation", "a US offer" */
                uint32_t q = p;
                while (q > c->tb) {
                    uint32_t pq = q - 1;
                    int om = ment_at(c, pq);
                    if (om >= 0) {
                        if (k->owner < 0) {
                            k->owner = om;
                        }
                        q = M(c, om)->ts;
                        if (M(c, om)->flags & (MF_ADJ | MF_POSS)) {
                            continue; /* "ignored repeated U.S. requests" */
                        }
                        break;
                    }
                    /* (and adjectives: "rebuffed repeated requests for a meeting") */
                    if (det_like(c, pq) || is(d, pq, "a") || is(d, pq, "an") || is(d, pq, "the") ||
                        (venue_adj(c, pq) && (ed_word(d, pq) || is(d, pq, "several") ||
                                              is(d, pq, "multiple") || is(d, pq, "numerous") ||
                                              is(d, pq, "fresh") || is(d, pq, "new") ||
                                              is(d, pq, "formal") || is(d, pq, "urgent") ||
                                              is(d, pq, "direct") || is(d, pq, "earlier"))) ||
                        /* ("rejected Zelensky's renewed offer of a meeting") */
                        is(d, pq, "renewed") || is(d, pq, "repeated") || is(d, pq, "latest") ||
                        is(d, pq, "recent") || is(d, pq, "previous")) {
                        q = pq;
                        continue;
                    }
                    break;
                }
                i = q;
                k->dec_tok = (int32_t)p;
                continue;
            }
        }
        /* "accepted with pleasure Lee's invitation to pay a state visit": over the manner */
        if ((is(d, p, "pleasure") || is(d, p, "gratitude") || is(d, p, "appreciation")) &&
            p > c->tb + 1 && is(d, p - 1, "with")) {
            i = p - 1;
            continue;
        }
        /* "accepted an invitation from his Japanese counterpart, Sanae Takaichi, to visit
         * Tokyo": the comma closes the appositive of the one who asks */
        int appm = saw_to && is(d, i, "to") && k->form != F_NOUN && d->toks[p].p == ',' &&
                           p > c->tb + 3
                       ? ment_at(c, p - 1)
                       : -1;
        if (appm >= 0 && !(M(c, appm)->te == p && M(c, appm)->kind == MK_PERSON)) {
            appm = -1;
        }
        /* a headline's ", meet X" after "to travel to Kyiv on Monday": the comma stands for
         * "and", the plan of the first verb ("Von der Leyen to travel to Kyiv on Monday, meet
         * Zelenskiy") */
        if (d->toks[p].p == ',' && i == k->ts &&
            ((k->form == F_VERB && (k->vflags & TRF_INF)) ||
             (k->form == F_LIGHT && !(d->toks[k->ts].flags & TF_CAP))) &&
            !(k->vflags & (TRF_PAST | TRF_3SG | TRF_ING)) && !st && headline_sent(c)) {
            uint32_t q = c->tb;
            while (q < p && (d->toks[q].flags & TF_DATELINE)) {
                q++;
            }
            int hm = ment_at(c, q);
            uint32_t to = hm >= 0 ? M(c, hm)->te : p;
            if (to < p && is(d, to, "to") && is_party_kind(c, hm)) {
                st = S_PLANNED;
                i = to;
                saw_to = true;
                continue;
            }
        }
        bool skip = chain_skip(c, p);
        /* (not the "not" of a decision: "decided not to attend", "chose not to meet") */
        uint32_t ndl = 0;
        if (skip && p > c->tb && cue1(d, p, CUE_NEG) && trig(d, p - 1, lim, TR_DECIDE_V, &ndl) &&
            ndl == 2) {
            skip = false;
        }
        if (skip) { /* ("likely" of "is likely to" governs; so does "is" of "Lavrov is to") */
            uint32_t gl0 = 0;
            const px_entry *g0 = trig(d, p, lim, TR_GOVERN_V, &gl0);
            skip = !(g0 && (adverb_ly(d, p) || p + gl0 == i + 1));
        }
        if (skip || (d->toks[p].p == ',' && appm < 0)) {
            /* (not a comma around a time before a bare verb: "will on Monday, 30 March
             * 2026, host") */
            /* (a light verb's base form carries no flag: "will on Thursday, 12 November
             * 2026, undertake a working visit") */
            if (d->toks[p].p == ',' && k->form != F_NOUN &&
                ((k->vflags & TRF_INF) || (k->form == F_LIGHT && !k->vflags)) &&
                !(k->vflags & (TRF_PAST | TRF_3SG)) && aux_time_gap(c, p)) {
                i = p;
                continue;
            }
            if (d->toks[p].p == ',' && k->form != F_NOUN) {
                break;
            }
            if (d->toks[p].p == ',') {
                break;
            }
            if (cue1(d, p, CUE_NEG)) {
                neg = true;
            }
            i = p;
            continue;
        }
        if (is(d, p, "to")) {
            saw_to = true;
            i = p;
            continue;
        }
        /* "will use the trip to hold talks with X": over the occasion to its verb */
        if (saw_to && is(d, i, "to") && k->form != F_NOUN && !st && !k->governed && !occ) {
            occ = occasion_use(c, i);
            if (occ) {
                i = occ;
                continue;
            }
        }
        /* "Witkoff is reported to have met Putin", "was said to have postponed": the
         * report in the passive is transparent */
        if (saw_to && is(d, i, "to") && p > c->tb &&
            (is(d, p, "reported") || is(d, p, "said") || is(d, p, "believed") ||
             is(d, p, "understood") || is(d, p, "thought") || is(d, p, "known") ||
             is(d, p, "alleged") || is(d, p, "rumoured") || is(d, p, "rumored")) &&
            be_form(d, p - 1)) {
            i = p - 1;
            continue;
        }
        /* "agreed during a phone call to meet soon", "agreed in Beijing to resume talks": a
         * setting between the deciding verb and its "to" */
        /* (also over a time before the "to": "agreed during a 40-minute phone call on
         * Thursday to hold a summit") */
        uint32_t at_to = i, tte = 0;
        while (at_to < k->ts && in_timex(c, at_to, &tte) && tte > at_to) {
            at_to = tte;
        }
        /* (not when a deciding verb stands right before the "to": "was cancelled after X
         * refused to meet Y" is X's refusal) */
        bool own_dv = false;
        for (uint32_t r = p; r > c->tb && r + 4 > p && !own_dv; r--) {
            uint32_t gl = 0;
            own_dv = (trig(d, r, lim, TR_DECIDE_V, &gl) || trig(d, r, lim, TR_GOVERN_V, &gl)) &&
                     r + gl == i;
        }
        if (saw_to && is(d, at_to, "to") && k->form != F_NOUN && !st && !own_dv) {
            uint32_t q = p, pp = 0;
            for (int n = 0; n < 14 && q > c->tb + 1 && (!d->toks[q].p || (d->toks[q].flags & TF_HYPH));
                 n++, q--) {
                if (is(d, q, "during") || is(d, q, "in") || is(d, q, "at") || is(d, q, "over") ||
                    is(d, q, "after") ||
                    /* ("agreed by phone on Monday to meet in Athens": the call, then the plan) */
                    (is(d, q, "by") && q + 1 < c->te &&
                     (is(d, q + 1, "phone") || is(d, q + 1, "telephone") || is(d, q + 1, "video")))) {
                    for (uint32_t r = q; r > c->tb && r + 4 > q && !pp; r--) {
                        uint32_t gl = 0, tte2 = 0;
                        /* (over a time: "agreed Thursday during talks ... to hold") */
                        if (trig(d, r - 1, lim, TR_DECIDE_V, &gl) &&
                            (r - 1 + gl == q ||
                             (in_timex(c, r - 1 + gl, &tte2) && tte2 == q))) {
                            pp = q;
                        }
                    }
                    break;
                }
            }
            if (pp) {
                i = pp;
                continue;
            }
        }
        /* "a US offer to host", "the request to meet": a decision noun governs */
        if (saw_to && is(d, i, "to") && k->form != F_NOUN) {
            uint32_t nl0 = 0;
            /* "an invitation from Trump to visit": the one who asks between noun and "to" */
            int from = appm >= 0 ? appm : ment_at(c, p);
            uint32_t pn = p;
            /* (also "an invitation from the Peruvian government to visit") */
            uint32_t fs = from >= 0 ? M(c, from)->ts : 0;
            int fpm = from >= 0 && fs > c->tb ? ment_at(c, fs - 1) : -1;
            if (fpm >= 0 && (M(c, fpm)->flags & MF_PRON) && (M(c, fpm)->flags & MF_POSS)) {
                fs = M(c, fpm)->ts; /* ("from his Japanese counterpart, X,", also with no
                                     * commas: "from his Colombian counterpart Gustavo Petro
                                     * to meet") */
            }
            /* (over a state's possessive: "an invitation from Eritrea's Isaias Afwerki to
             * hold talks") */
            int fsm = from >= 0 && fs > c->tb + 2 && is(d, fs - 1, "'s") ? ment_at(c, fs - 2) : -1;
            if (fsm >= 0 && (M(c, fsm)->flags & MF_POSS) && M(c, fsm)->kind == MK_STATE &&
                M(c, from)->kind == MK_PERSON) {
                fs = M(c, fsm)->ts;
            }
            /* (over a body's adjective and a lower-case title: "a request by IAEA chief
             * Rafael Grossi to visit Tehran") */
            if (from >= 0 && fs > c->tb + 3 && !is(d, fs - 1, "from") && !is(d, fs - 1, "by") &&
                (d->toks[fs - 1].flags & TF_ALPHA) && !(d->toks[fs - 1].flags & TF_CAP) &&
                ment_at(c, fs - 1) < 0) {
                int am = ment_at(c, fs - 2);
                uint32_t g = am >= 0 && (M(c, am)->flags & MF_ADJ) && M(c, am)->te == fs - 1
                                 ? M(c, am)->ts
                                 : fs;
                if (g < fs && g > c->tb + 1 && (is(d, g - 1, "from") || is(d, g - 1, "by"))) {
                    fs = g;
                }
            }
            if (from >= 0 && fs > c->tb + 2 && is(d, fs - 1, "the")) {
                fs--;
            }
            if (from >= 0 && (M(c, from)->te == i || appm >= 0) && fs > c->tb + 1 &&
                (is(d, fs - 1, "from") || is(d, fs - 1, "by")) && is_party_kind(c, from)) {
                pn = fs - 2;
            } else {
                from = -1;
            }
            const px_entry *dn = trig(d, pn, lim, TR_DECIDE_N, &nl0);
            if (dn && from >= 0 && pn + nl0 == fs - 1) {
                p = pn;
                if (k->owner < 0) {
                    k->owner = from;
                }
            } else if (from >= 0) {
                dn = NULL;
            }
            if (dn && (p + nl0 == i || (p + nl0 == i + 1 && is(d, i, "to")) || from >= 0)) {
                if (!st) {
                    st = (uint8_t)dn->b;
                    k->dec = (uint8_t)dn->c;
                }
                k->governed = true;
                uint32_t q = p;
                while (q > c->tb) {
                    int om = ment_at(c, q - 1);
                    if (om >= 0) {
                        /* (a headline's bare name: "Kim rebuffs Trump offer to meet") */
                        bool hname = M(c, om)->kind == MK_PERSON && M(c, om)->te == q &&
                                     q == p && !(M(c, om)->flags & MF_PRON) && headline_sent(c);
                        if ((M(c, om)->flags & (MF_ADJ | MF_POSS)) || hname) {
                            if (k->owner < 0) {
                                k->owner = om;
                            }
                            q = M(c, om)->ts;
                            if (hname) {
                                break;
                            }
                            continue;
                        }
                        break;
                    }
                    if (k->owner < 0 && (is(d, q - 1, "its") || is(d, q - 1, "their"))) {
                        /* "Turkey reiterated its readiness to host talks": the clause's
                         * subject owns the offer */
                        for (uint32_t r = q - 1; r > c->tb && !d->toks[r - 1].p && k->owner < 0;
                             r--) {
                            int sm = ment_at(c, r - 1);
                            if (sm >= 0 && is_party_kind(c, sm) &&
                                !(M(c, sm)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
                                k->owner = sm;
                            }
                        }
                    }
                    if (det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "an") ||
                        is(d, q - 1, "the")) {
                        q--;
                        continue;
                    }
                    break;
                }
                k->dec_tok = (int32_t)p;
                i = q;
                /* "Modi received an invitation from Putin to attend": the one who receives a
                 * proposal is the one asked, its owner the one who asks */
                if (st == S_PROPOSED && q > c->tb &&
                    (is(d, q - 1, "received") || is(d, q - 1, "receives") || is(d, q - 1, "got") ||
                     is(d, q - 1, "gets"))) {
                    k->asked_subj = true;
                    if (k->owner >= 0) {
                        k->asker = k->owner;
                        k->owner = -1;
                    }
                    i = q - 1;
                }
                continue;
            }
        }
        /* "invited Modi to visit Moscow", "urged Israel and Hamas to resume talks" (also
         * the one asked named in an appositive: "invited Guinea's transitional president,
         * General Mamadi Doumbouya, to attend") */
        if (saw_to && is(d, i, "to") && k->form != F_NOUN && !k->governed && !st) {
            int64_t gq = object_control(c, k, appm >= 0 ? appm : ment_at(c, p));
            if (gq >= 0) {
                st = k->status;
                i = (uint32_t)gq;
                continue;
            }
        }
        if (appm >= 0) {
            break; /* (a comma with no offer before it closes the chain) */
        }
        /* "scheduled to give a speech ... and meet with": the governor of the first verb */
        /* (also over "also": "will hold talks with Modi on Tuesday and also call on ...") */
        /* (and over a second "to": "is scheduled to address Ukrainian lawmakers and to meet
         * President Volodymyr Zelensky") */
        if ((is(d, p, "and") || is(d, p, "or")) &&
            (i == k->ts || (i + 1 == k->ts && (is(d, i, "also") || is(d, i, "to")))) &&
            ((k->form == F_VERB && (k->vflags & TRF_INF)) ||
             /* ("will attend the summit and wrap up the trip with a state visit") */
             (k->form == F_LIGHT && !(k->vflags & (TRF_PAST | TRF_3SG | TRF_ING)) &&
              !(d->toks[k->ts].flags & TF_CAP)))) {
            uint32_t q = p;
            bool found = false, modal = false;
            /* (over a long first verb phrase: "will attend the inauguration of Chile's
             * President-elect Jose Antonio Kast in Valparaiso on March 11 and hold ...") */
            for (int n = 0; n < 24 && q > c->tb; n++) {
                q--;
                if (barrier(d, q) || d->toks[q].p == '.') {
                    break;
                }
                if (is(d, q, "to") && q > c->tb && ment_at(c, q + 1) < 0 && !is(d, q + 1, "the") &&
                    (trig(d, q - 1, lim, TR_GOVERN_V, NULL) || trig(d, q - 1, lim, TR_DECIDE_V, NULL) ||
                     (q > c->tb + 1 && trig(d, q - 2, lim, TR_GOVERN_V, NULL)))) {
                    found = true; /* (not the preposition of "travel to Israel") */
                    break;
                }
                /* "will visit the White House and meet Trump": the modal of the first verb */
                if (is(d, q, "will") || is(d, q, "would") || is(d, q, "shall") || is(d, q, "'ll")) {
                    found = modal = true;
                    break;
                }
            }
            if (found) {
                saw_to = !modal;
                i = modal ? q + 1 : q;
                continue;
            }
        }
        /* governor verbs: plan to, will, expected to, ready to */
        {
            uint32_t q = p;
            const px_entry *g = NULL;
            uint32_t gl = 0;
            for (uint32_t back = 0; back < 3 && q >= c->tb; back++) {
                const px_entry *x = trig(d, q, lim, TR_GOVERN_V, &gl);
                if (x && q + gl >= i && q + gl <= i + 1) {
                    g = x;
                    break;
                }
                if (q == c->tb) {
                    break;
                }
                q--;
            }
            if (g) {
                if (!st) {
                    st = (uint8_t)g->b;
                    if (g->c == 3) {
                        k->dec = 3;
                    }
                }
                k->governed = true;
                i = q;
                continue;
            }
        }
        /* deciding verbs */
        {
            uint32_t q = p;
            const px_entry *g = NULL;
            uint32_t gl = 0;
            /* ("floated the idea of"; "\"agreed on the principle\" of") */
            for (uint32_t back = 0; back < 7 && q >= c->tb; back++) {
                const px_entry *x = trig(d, q, lim, TR_DECIDE_V, &gl);
                /* (over an adjective of repetition: "has ignored repeated offers from Trump to
                 * meet") */
                uint32_t qa = q + gl;
                while (x && qa < i && (is(d, qa, "repeated") || is(d, qa, "renewed") ||
                                       is(d, qa, "several") || is(d, qa, "multiple") ||
                                       is(d, qa, "latest") || is(d, qa, "previous"))) {
                    qa++;
                }
                /* ("at the end of a two-day trip": a phase of the contact, no decision) */
                bool phase = x && is(d, i, "of") && phase_word(d, q) && q > c->tb &&
                             (is(d, q - 1, "the") || possessive_pron(d, q - 1));
                if (x && !phase &&
                    (q + gl == i || qa == i ||
                     (q + gl == i + 1 && (is(d, i, "to") || is(d, i, "for") || is(d, i, "of"))) ||
                     /* ("agreed on a visit to Algiers by the French foreign minister") */
                     (q + gl + 1 == i && is(d, q + gl, "on") && x->b == S_AGREED) ||
                     /* (also "agreed on the principle of a visit", over quotes) */
                     (x->b == S_AGREED && agreed_principle(d, q + gl, i)))) {
                    g = x;
                    break;
                }
                if (q == c->tb) {
                    break;
                }
                q--;
            }
            if (g) {
                /* outermost decision wins ("has not agreed to reschedule"): keep walking */
                st = (uint8_t)g->b;
                k->dec = (uint8_t)g->c;
                k->dec_tok = (int32_t)q;
                /* "Macron's postponed visit to Algeria", "Kallas's cancelled trip": a
                 * participle between a possessive and the noun is an adjective; the
                 * possessor is the noun's own party, not a decider */
                bool attrib = k->form == F_NOUN && i == k->ts && q + gl == i && q > c->tb &&
                              ed_word(d, q) && (is(d, q - 1, "'s") || det_like(c, q - 1));
                k->governed = !attrib;
                i = q;
                continue;
            }
        }
        /* contact noun objects of verbs take any intervening NP of a decision verb */
        break;
    }
    (void)saw_to;
    k->cs = i;
    /* negation just before the chain ("did not", "never") */
    if (k->cs > c->tb) {
        uint32_t p = k->cs - 1;
        for (int n = 0; n < 3 && p >= c->tb; n++) {
            if (cue1(d, p, CUE_NEG)) {
                neg = true;
            }
            if (!chain_skip(c, p)) {
                break;
            }
            if (p == c->tb) {
                break;
            }
            p--;
        }
    }
    /* "did not receive a visit from X", "is due to receive a call from X": the chain of
     * the verb that receives a trip or a call */
    if (k->form == F_NOUN && (k->type == T_CALL || k->type == T_VISIT) && k->cs > c->tb + 1 &&
        (is(d, k->cs - 1, "receive") || is(d, k->cs - 1, "received") ||
         is(d, k->cs - 1, "receives") || is(d, k->cs - 1, "take") || is(d, k->cs - 1, "took"))) {
        for (uint32_t p = k->cs - 1, n = 0; p > c->tb && n < 4; n++) {
            p--;
            if (cue1(d, p, CUE_NEG)) {
                neg = true;
            } else if (is(d, p, "will") || is(d, p, "'ll") ||
                       (is(d, p, "to") && p > c->tb &&
                        (is(d, p - 1, "due") || is(d, p - 1, "expected") ||
                         is(d, p - 1, "set") || is(d, p - 1, "scheduled")))) {
                st = st ? st : S_PLANNED;
                break;
            } else if (!chain_skip(c, p)) {
                break;
            }
        }
    }
    /* "held no bilateral meeting", "will hold no talks": a light verb's object denied */
    if (k->form == F_LIGHT && k->ts + 1 < k->te && is(d, k->ts + 1, "no")) {
        neg = true;
    }
    /* "failed to meet" */
    for (uint32_t q = k->cs; q < k->ts; q++) {
        if (is(d, q, "failed") || is(d, q, "fail") || is(d, q, "fails")) {
            neg = true;
        }
    }
    /* "will send Rubio to hold talks with Lavrov": the one sent holds them */
    if (!st && saw_to && (sent_to(c, k) || expected_to(c, k))) {
        st = k->status;
        i = k->cs;
    }
    /* ("used the opportunity to meet X": the occasion's verb took place) */
    if (!st && occ) {
        st = S_OCCURRED;
    }
    bool ungoverned = !st;
    if (!st) {
        st = base;
    }
    /* (a light verb's base is occurred: "visited China to attend the SCO summit") */
    if ((!st || (ungoverned && k->form == F_LIGHT)) && saw_to && k->form != F_NOUN &&
        k->ts > c->tb && is(d, k->ts - 1, "to")) {
        /* "will visit Mauritania to mediate", "left for X to attend meetings": a purpose
         * infinitive takes the status and subject of the preceding contact */
        for (int o = 0; o < c->ncore; o++) {
            const core *pk = &c->cores[o];
            if (pk == k || pk->te > k->ts || pk->drop || pk->setting || !pk->status ||
                k->ts - pk->te > 14) {
                continue;
            }
            st = pk->status;
            /* (the reason for calling off one contact is another still to come: "has
             * postponed a planned trip to Saudi Arabia to take part in talks on Ukraine in
             * Washington") */
            if (st == S_POSTPONED || st == S_CANCELLED) {
                st = S_PLANNED;
            }
            i = pk->cs;
            k->cs = i; /* the subject of the first verb is the subject of the purpose */
            k->pur = o;
            /* ("sent Witkoff to Moscow to meet Putin": the one sent meets) */
            if (pk->delegate) {
                k->agent = pk->agent;
                k->delegate = true;
            }
        }
    }
    /* ("will travel to Moscow next week for talks with Lavrov and to attend a meeting of the
     * commission": a second purpose after "and to" serves the trip as well) */
    if (k->pur < 0 && k->form != F_NOUN && k->ts > c->tb + 2 && is(d, k->ts - 1, "to") &&
        is(d, k->ts - 2, "and")) {
        for (int o = 0; o < c->ncore; o++) {
            const core *pk = &c->cores[o];
            if (pk != k && !pk->drop && pk->te <= k->ts && k->ts - pk->te <= 14 &&
                trig(d, pk->ts, lim, TR_MOTION_V, NULL) && pk->status == st) {
                k->pur = o;
            }
        }
    }
    /* a planned/scheduled participle before a noun: "a planned visit" (also over a rank's
     * compound: "proposed foreign secretary-level consultations") */
    if (k->form == F_NOUN && k->ts > c->tb) {
        uint32_t reach = k->ts >= c->tb + 2 && is(d, k->ts - 1, "level") &&
                                 (d->toks[k->ts - 2].flags & TF_HYPH)
                             ? 7
                             : 4;
        for (uint32_t q = k->ts; q > c->tb && q + reach > k->ts; q--) {
            uint32_t gl;
            const px_entry *g = trig(d, q - 1, lim, TR_GOVERN_V, &gl);
            if (g && q - 1 + gl == q) {
                if (!k->governed || st == 0 || st == S_OCCURRED) {
                    if (!k->dec_tok || k->dec_tok < 0) {
                        st = (uint8_t)g->b;
                    }
                }
                break;
            }
        }
    }
    k->neg = neg;
    /* "has not ruled out a meeting between Trump and Kim", "did not rule out meeting Kim": a
     * refusal denied leaves the contact possible, as "has not been ruled out" does */
    if (neg && st == S_DECLINED && k->dec_tok >= 0 && (uint32_t)k->dec_tok + 1 < c->te &&
        (is(d, (uint32_t)k->dec_tok, "ruled") || is(d, (uint32_t)k->dec_tok, "rule") ||
         is(d, (uint32_t)k->dec_tok, "rules")) &&
        is(d, (uint32_t)k->dec_tok + 1, "out")) {
        st = S_PROPOSED;
        neg = false;
        k->neg = false;
    }
    if (neg) {
        switch (st) {
        case S_OCCURRED:
            st = S_NOT_OCCURRED;
            break;
        case S_PLANNED:
        case S_AGREED:
            st = S_DECLINED;
            break;
        case 0:
            /* "did not meet" */
            st = S_NOT_OCCURRED;
            break;
        default:
            k->drop = true;
            break;
        }
    }
    if (k->self_dec && !k->drop) {
        /* "invited", "will invite", "has invited": the invitation, whatever its tense */
        if (neg) {
            k->drop = true;
        }
        st = S_PROPOSED;
    }
    if (k->inv_noun && !k->drop && (!k->governed || st == S_OCCURRED || !st)) {
        st = S_PROPOSED; /* ("declined Trump's invitation to Washington": the decision's) */
    }
    k->status = st;
    /* "there is no date yet for a visit by Modi", "no plans for talks": none to report */
    if (k->form == F_NOUN && !st && no_plan_for(c, k)) {
        k->drop = true;
    }
    /* "discussed preparations for Putin's visit to New Delhi": planned */
    if (k->form == F_NOUN && !st && prepared_for(c, k)) {
        st = S_PLANNED;
        k->status = st;
    }
    /* "is interested in meeting Kim" (intent), "has no interest in talks with Seoul", "was
     * not interested in meeting Lee" (a refusal) */
    if ((!k->dec_tok || k->dec_tok < 0) && (k->form == F_NOUN || (k->vflags & TRF_ING))) {
        uint32_t q = k->ts;
        while (q > c->tb + 1 && (det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "the"))) {
            q--;
        }
        if (q >= c->tb + 2 && is(d, q - 1, "in") &&
            (is(d, q - 2, "interested") || is(d, q - 2, "interest"))) {
            uint32_t g = q - 2;
            bool no = g > c->tb && (is(d, g - 1, "no") || is(d, g - 1, "not") ||
                                    is(d, g - 1, "little") || is(d, g - 1, "zero"));
            k->status = no ? S_DECLINED : S_PROPOSED;
            k->dec = 3; /* intent */
            k->dec_tok = (int32_t)g;
            k->governed = true;
            k->drop = false;
            k->neg = false;
            uint32_t b = no ? g - 1 : g;
            while (b > c->tb &&
                   (chain_skip(c, b - 1) || is(d, b - 1, "has") || is(d, b - 1, "have") ||
                    is(d, b - 1, "had") || cue1(d, b - 1, CUE_NEG) || is(d, b - 1, "shown") ||
                    is(d, b - 1, "showed") || is(d, b - 1, "expressed") ||
                    is(d, b - 1, "signalled") || is(d, b - 1, "signaled"))) {
                b--;
            }
            k->cs = b;
            k->rule = "contact_noun";
        }
    }
    /* contact nouns without any governor: a report of the contact ("talks between A and B
     * ended"); accepted as occurred when participants are explicit */
    if (!k->status) {
        if (k->form == F_NOUN && k->ahead) {
            k->status = S_PLANNED; /* "arrived in Muscat ahead of talks with X" */
        } else if (k->form == F_NOUN) {
            k->status = S_OCCURRED;
            k->rule = "contact_noun_bare";
            /* "confirmed his participation in the G20 summit": an attendance announced is
             * to come */
            uint32_t cq = k->ts;
            while (cq > c->tb + 1 && k->ts - cq < 3 &&
                   (possessive_pron(d, cq - 1) || is(d, cq - 1, "the") || is(d, cq - 1, "'s") ||
                    ment_at(c, cq - 1) >= 0)) {
                cq = ment_at(c, cq - 1) >= 0 ? M(c, ment_at(c, cq - 1))->ts : cq - 1;
            }
            if (k->type == T_ATTEND &&
                (is(d, k->ts, "participation") || is(d, k->ts, "attendance")) &&
                cq > c->tb && cq < k->ts &&
                (is(d, cq - 1, "confirmed") || is(d, cq - 1, "confirms") ||
                 is(d, cq - 1, "announced") || is(d, cq - 1, "announces"))) {
                k->status = S_PLANNED;
            }
            /* "He will then attend the summit and wrap up the trip with a state visit to
             * Turkey": a contact noun in a clause about the future is planned */
            for (uint32_t q = k->ts; q > c->tb && q + 24 > k->ts; q--) {
                uint32_t p = q - 1;
                if (d->toks[p].p == ',' || d->toks[p].p == ';' || d->toks[p].p == ':' ||
                    (d->toks[p].flags & (TF_QOPEN | TF_QCLOSE))) {
                    break;
                }
                if ((d->toks[p].klen == 4 && is(d, p, "will")) || is(d, p, "'ll")) {
                    k->status = S_PLANNED;
                    break;
                }
                if (cue1(d, p, CUE_REPORT) || cue1(d, p, CUE_CLAUSE)) {
                    break;
                }
            }
        } else {
            uint32_t cop = 0;
            uint8_t ost = ordinal_to(c, k, &cop);
            /* "'Great to welcome my friend Keir Starmer to Rome today,' Meloni wrote": a
             * quoted greeting of one who is there */
            uint32_t g0 = k->ts >= c->tb + 2 && is(d, k->ts - 1, "to") ? k->ts - 2 : k->ts;
            bool greet = g0 < k->ts && (d->toks[g0].flags & TF_CAP) &&
                         (g0 == c->tb || (d->toks[g0 - 1].flags & TF_QOPEN)) &&
                         (is(d, g0, "great") || is(d, g0, "good") || is(d, g0, "wonderful") ||
                          is(d, g0, "delighted") || is(d, g0, "pleased") || is(d, g0, "honoured") ||
                          is(d, g0, "honored") || is(d, g0, "glad") || is(d, g0, "happy") ||
                          is(d, g0, "proud"));
            /* "broke protocol to receive Modi at the airport", "was on hand to greet him":
             * a past act whose purpose is the contact, which took place */
            uint32_t ent = 0;
            if (k->ts >= c->tb + 4 && is(d, k->ts - 1, "to")) {
                uint32_t p = k->ts - 2, q = p - 1;
                if (is(d, p, "protocol")) {
                    q = is(d, q, "with") && q > c->tb ? q - 1 : q;
                    ent = is(d, q, "broke") ? q : 0;
                } else if (is(d, p, "hand") && is(d, q, "on") && q > c->tb &&
                           (is(d, q - 1, "was") || is(d, q - 1, "were"))) {
                    ent = q - 1;
                }
            }
            if (ent) {
                k->status = S_OCCURRED;
                k->cs = ent;
                k->governed = true;
            } else if (ost) { /* "became the first Syrian president to visit the White House" */
                k->status = ost;
                k->cs = cop;
                k->governed = true;
            } else if (greet) {
                k->status = S_OCCURRED;
                k->cs = g0;
                k->governed = true;
            } else if (sent_to(c, k) || expected_to(c, k)) {
                /* "sent Witkoff to meet Putin": the one sent meets (the agent) */
            } else {
                k->drop = true; /* ungoverned infinitive: "forums for X to meet" */
            }
        }
    }
}

/* a hypothetical cue inside the contact's own governor chain [cs, ts). The governor
 * itself says the status there: "hopes to meet" is an intent (proposed), "is likely to
 * meet" and "will likely meet" planned; "could meet", "may visit" stay hypothetical. */
static bool chain_hypo(const sctx *c, uint32_t cs, uint32_t ts)
{
    const px_doc *d = c->d;
    for (uint32_t i = cs; i < ts && i < c->te; i++) {
        if (!cue1(d, i, CUE_HYPO) || (d->toks[i].flags & TF_CAP)) {
            continue;
        }
        bool gov = false;
        for (uint32_t back = 0; back < 3 && !gov && back + c->tb <= i && i - back >= cs; back++) {
            uint32_t gl = 0;
            if (trig(d, i - back, ts, TR_GOVERN_V, &gl) && i - back + gl > i) {
                gov = true;
            }
            /* (or a deciding phrase: "floated the idea of a meeting") */
            if (trig(d, i - back, ts, TR_DECIDE_V, &gl) && i - back + gl > i) {
                gov = true;
            }
        }
        if (!gov && is(d, i, "likely") && i > cs && (is(d, i - 1, "will") || is(d, i - 1, "would") ||
                                                    is(d, i - 1, "'ll"))) {
            gov = true;
        }
        /* ("took the chance to meet": an occasion taken, no mere chance) */
        gov = gov || (is(d, i, "chance") && occasion_use(c, i + 1) >= cs);
        if (!gov) {
            return true;
        }
    }
    return false;
}

/* habitual, hypothetical, conditional and recommended contexts */
/* "has met Putin more than 40 times", "dozens of times", "several times", "on more than 20
 * occasions": a count of contacts, no one contact */
static bool many_times(const sctx *c, uint32_t a, uint32_t b)
{
    const px_doc *d = c->d;
    static const char *const q1[] = {"several", "many", "numerous", "multiple", "countless",
                                     "two", "three", "four", "five", "six", "seven", "eight",
                                     "nine", "ten", "dozen", NULL};
    for (uint32_t q = a; q < b && q < c->te; q++) {
        if (!(is(d, q, "times") || is(d, q, "occasions")) || q == c->tb) {
            continue;
        }
        if (d->toks[q - 1].flags & TF_NUM) {
            return true;
        }
        for (int x = 0; q1[x]; x++) {
            if (is(d, q - 1, q1[x])) {
                return true;
            }
        }
        if (q >= c->tb + 2 && is(d, q - 1, "of") &&
            (is(d, q - 2, "dozens") || is(d, q - 2, "hundreds") || is(d, q - 2, "scores"))) {
            return true;
        }
    }
    return false;
}

static void modality(sctx *c, core *k)
{
    px_doc *d = c->d;
    /* clause start: nearest barrier on the left */
    uint32_t a = k->cs;
    int n = 0;
    while (a > c->tb && n < 12) {
        if (barrier(d, a - 1) || d->toks[a - 1].p == ';') {
            break;
        }
        /* (", and" before a person of its own opens a clause: "Xi said the two countries
         * should be partners, and Luxon invited him to visit New Zealand") */
        if (a > c->tb + 1 && is(d, a - 1, "and") && d->toks[a - 2].p == ',' &&
            ment_at(c, a) >= 0 && M(c, ment_at(c, a))->ts == a &&
            M(c, ment_at(c, a))->kind == MK_PERSON &&
            !(M(c, ment_at(c, a))->flags & (MF_PRON | MF_POSS | MF_ADJ))) {
            break;
        }
        a--;
        n++;
    }
    uint32_t b = k->te;
    n = 0;
    while (b < c->te && n < 10 && !barrier(d, b)) {
        b++;
        n++;
    }
    /* "talks between Putin and Zelensky are not on the agenda", "a summit is off the
     * table": a contact denied a place on the agenda is not asserted */
    for (uint32_t q = k->after; k->form == F_NOUN && q < c->te && q < k->after + 30 && d->toks[q].p != ',' &&
                                d->toks[q].p != ';' && !barrier(d, q);
         q++) {
        if ((is(d, q, "not") || is(d, q, "off")) && cue1(d, q, CUE_HYPO)) {
            k->drop = true;
            k->rule = "hypothetical";
            return;
        }
    }
    /* "her many meetings with Putin", "numerous visits to Beijing": many contacts, no one */
    bool many = false;
    if (k->form == F_NOUN && k->ts > c->tb && d->toks[k->te - 1].klen > 3 &&
        px_tkey(d, k->te - 1)[d->toks[k->te - 1].klen - 1] == 's' && !is(d, k->te - 1, "talks")) {
        for (uint32_t q = k->ts - 1; !many && q >= c->tb && q + 3 > k->ts; q--) {
            many = is(d, q, "many") || is(d, q, "numerous") || is(d, q, "several") ||
                   is(d, q, "countless") || is(d, q, "frequent") || is(d, q, "regular") ||
                   is(d, q, "repeated") || is(d, q, "multiple");
            if (q == c->tb || !venue_adj(c, q)) {
                break;
            }
        }
    }
    /* (also after a light verb: "have held regular summits since 2023"; not "held several
     * meetings in Beijing on Monday", a day's contacts) */
    if (k->form == F_LIGHT && k->te > k->ts + 2 && d->toks[k->te - 1].klen > 3 &&
        px_tkey(d, k->te - 1)[d->toks[k->te - 1].klen - 1] == 's' && !is(d, k->te - 1, "talks")) {
        for (uint32_t q = k->te - 2; !many && q > k->ts && q + 4 > k->te; q--) {
            many = is(d, q, "many") || is(d, q, "numerous") || is(d, q, "countless") ||
                   is(d, q, "frequent") || is(d, q, "regular") || is(d, q, "repeated");
        }
    }
    if (many || window_has(c, a, b, CUE_HABIT) || window_has(c, c->tb, k->cs, CUE_HABIT) ||
        many_times(c, k->te, b)) {
        k->drop = true;
        k->rule = "habitual";
        return;
    }
    /* "any meeting between Kim and Trump ... would take place at Panmunjom": no one
     * contact (a decision on it stays: "ruled out any meeting with Putin") */
    bool any_near = false;
    for (uint32_t q = k->ts; q > c->tb && k->ts - q < 8 && !any_near; q--) {
        any_near = d->toks[q - 1].klen == 3 && is(d, q - 1, "any");
    }
    if (any_near && k->form == F_NOUN && !k->governed && k->dec_tok < 0 && !k->neg) {
        /* (also over the resumption of it and a pair of states: "Any resumption of talks
         * between Iran and the United States would most likely take place in Muscat", "in any
         * future U.S.-Russia talks") */
        for (uint32_t q = k->ts, w = 0; q > c->tb && w < 5; q--, w++) {
            if (is(d, q - 1, "any")) {
                k->drop = true;
                return;
            }
            int pm = ment_at(c, q - 1);
            if (pm >= 0 && M(c, pm)->kind == MK_STATE && M(c, pm)->ts + 1 < q) {
                q = M(c, pm)->ts + 1; /* (the loop steps over its first word) */
                continue;
            }
            uint16_t kl = d->toks[q - 1].klen;
            if (kl == 2 && q >= c->tb + 2 && is(d, q - 1, "of") &&
                (is(d, q - 2, "resumption") || is(d, q - 2, "revival"))) {
                q--;
                continue;
            }
            if (!(d->toks[q - 1].flags & TF_HYPH) && !(pm >= 0 && M(c, pm)->kind == MK_STATE) &&
                !(kl == 1 && is(d, q - 1, "-")) && !venue_adj(c, q - 1) &&
                !(kl == 10 && is(d, q - 1, "resumption")) &&
                !(kl == 7 && is(d, q - 1, "revival"))) {
                break;
            }
        }
    }
    /* "said he had no plans to meet Zelensky": nothing planned, nothing refused */
    /* (also inside quotes: 'there were "no concrete plans" for a summit') */
    uint32_t qa = k->ts;
    while (qa > c->tb && k->ts - qa < 12 && d->toks[qa - 1].p != ',' && d->toks[qa - 1].p != ';' &&
           d->toks[qa - 1].p != '.') {
        qa--;
    }
    for (uint32_t q = qa < a ? qa : a; q + 1 < k->ts; q++) {
        if (d->toks[q].klen != 2 || !is(d, q, "no")) {
            continue;
        }
        /* (over an adjective: 'there were "no concrete plans" for a summit') */
        uint32_t r = q + 1 + (q + 2 < k->ts && venue_adj(c, q + 1) ? 1 : 0);
        if (is(d, r, "plans") || is(d, r, "plan") || is(d, r, "intention") ||
            is(d, q + 1, "immediate")) {
            k->drop = true;
            return;
        }
    }
    /* "urged Israel and Hamas to resume talks": an appeal to named parties is a proposal
     * (CAMEO 026), not advice; only cues before the appeal verb count */
    uint32_t rb = k->nasked > 0 && k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts
                      ? (uint32_t)k->dec_tok
                      : k->ts;
    uint32_t hc = k->cs > a && k->cs <= k->ts ? k->cs : k->ts;
    /* (a past verb after "and" is a verb phrase of its own, no part of an appeal before it:
     * "urged the envoys to promote investment, and later received X") */
    uint32_t ra = a;
    if (k->form == F_VERB && (k->vflags & TRF_PAST) && k->ts > c->tb + 1) {
        uint32_t q = k->ts - 1;
        while (q > c->tb && k->ts - q < 3 && (is(d, q, "later") || is(d, q, "then") ||
                                              is(d, q, "also") || adverb_ly(d, q))) {
            q--;
        }
        if (is(d, q, "and") && q + 1 > ra) {
            ra = q + 1;
        }
    }
    if (window_has(c, a, hc, CUE_HYPO) || chain_hypo(c, hc, k->ts) ||
        window_has(c, ra, rb > ra ? rb : ra, CUE_RECOMMEND)) {
        k->drop = true;
        return;
    }
    /* "If A and B meet this year, ...": a condition opening the clause of the contact */
    for (uint32_t i = k->cs, n2 = 0; i > c->tb && n2 < 40; i--, n2++) {
        uint32_t p = i - 1;
        if (d->toks[p].p == ',' || d->toks[p].p == ';' || d->toks[p].p == ':' ||
            (d->toks[p].flags & (TF_QOPEN | TF_QCLOSE | TF_DATELINE))) {
            break;
        }
        if (cond_at(d, p)) {
            k->drop = true;
            return;
        }
    }
    /* "said that, if elected, he would make Washington his first foreign stop and seek a
     * meeting with Trump": a short fronted condition governs its whole clause */
    for (uint32_t q = k->cs, n2 = 0; k->status != S_OCCURRED && q > c->tb + 1 && n2 < 16;
         q--, n2++) {
        uint32_t p = q - 1;
        if (d->toks[p].p == '.' || d->toks[p].p == ';' ||
            (d->toks[p].flags & (TF_QOPEN | TF_QCLOSE))) {
            break;
        }
        if (d->toks[p - 1].p == ',' && (is(d, p, "if") || is(d, p, "unless")) && p + 3 < k->cs &&
            (d->toks[p + 2].p == ',' || d->toks[p + 3].p == ',')) {
            k->drop = true;
            return;
        }
    }
    /* condition anywhere close: "if", "unless", "as long as" */
    uint32_t ca = k->cs > c->tb + 10 ? k->cs - 10 : c->tb;
    uint32_t cb = k->te + 12 < c->te ? k->te + 12 : c->te;
    for (uint32_t i = ca; i < cb; i++) {
        if (cond_at(d, i) && !(d->toks[i].flags & TF_DATELINE)) {
            if (k->status == S_PROPOSED && k->dec == 3) {
                /* "is open to talks with Trump if Washington drops its demand": an offer
                 * with a condition is still an offer (CAMEO 036); a contact inside the
                 * condition ("if they meet") was dropped above */
                break;
            }
            if (k->status == S_DECLINED && i >= k->te) {
                /* "would not meet Netanyahu as long as troops remain in Gaza": a refusal
                 * with its condition after it is still a refusal */
                break;
            }
            /* (not a condition of a report after it: "met Trump in Washington on Monday and
             * said that, if needed, he would return") */
            bool reported = false;
            for (uint32_t q = k->te; i >= k->te && q < i && !reported; q++) {
                reported = report_at(c, q) || is(d, q, "that") || d->toks[q].p == ';';
            }
            if (reported && k->status == S_OCCURRED) {
                break;
            }
            k->drop = true;
            return;
        }
    }
    /* "the two leaders had discussed the possibility of meeting in the United States": a
     * possibility discussed is no contact */
    /* (also a sign or a chance of one, over an article: "investors will watch for any sign
     * of a visit by He Lifeng to Washington", "the chances of a summit") */
    uint32_t of = k->ts >= c->tb + 3 && (is(d, k->ts - 1, "a") || is(d, k->ts - 1, "an") ||
                                         is(d, k->ts - 1, "the"))
                      ? k->ts - 1
                      : k->ts;
    if (of >= c->tb + 2 && is(d, of - 1, "of") &&
        (is(d, of - 2, "possibility") || is(d, of - 2, "prospect") ||
         is(d, of - 2, "prospects") || is(d, of - 2, "sign") || is(d, of - 2, "signs") ||
         is(d, of - 2, "chance") || is(d, of - 2, "chances") || is(d, of - 2, "likelihood"))) {
        bool decided = false;
        for (uint32_t q = of - 2; q > c->tb && of - q < 6 && !decided; q--) {
            decided = trig(d, q - 1, c->te, TR_DECIDE_V, NULL) != NULL;
        }
        if (!decided) {
            k->drop = true;
            return;
        }
    }
    /* "Relations will not improve until Vucic and Kurti sit down together": a contact in the
     * present after "until" or "unless" is a condition yet to be met */
    if ((k->form == F_VERB || k->form == F_LIGHT) && !(k->vflags & (TRF_PAST | TRF_ING))) {
        for (uint32_t q = k->ts; q > c->tb && k->ts - q < 10 && !d->toks[q - 1].p; q--) {
            if (is(d, q - 1, "until") || is(d, q - 1, "unless")) {
                k->drop = true;
                return;
            }
        }
    }
    /* "signed a memorandum establishing a mechanism for political consultations between the
     * two countries": a standing channel for contacts is none of them */
    if (k->form == F_NOUN) {
        uint32_t q = k->ts;
        while (q > c->tb + 1 && k->ts - q < 3 && !d->toks[q - 1].p &&
               !(d->toks[q - 1].flags & TF_CAP) && !is(d, q - 1, "for") && ment_at(c, q - 1) < 0) {
            q--;
        }
        if (q > c->tb + 1 && is(d, q - 1, "for") &&
            (is(d, q - 2, "mechanism") || is(d, q - 2, "framework") || is(d, q - 2, "platform") ||
             is(d, q - 2, "channel") || is(d, q - 2, "format") || is(d, q - 2, "architecture"))) {
            k->drop = true;
            return;
        }
    }
    /* "would" outside reported speech is hypothetical; "said X would visit" is planned */
    for (uint32_t i = a; i < k->ts; i++) {
        if (is(d, i, "would") || is(d, i, "could")) {
            bool reported = false, agreed = false;
            /* (also an attribution after a comma: "The two leaders would meet in South
             * Korea, Trump said") */
            /* (not "in what would be her first trip") */
            bool comma = false;
            bool what = i > c->tb && (is(d, i - 1, "what") || is(d, i - 1, "which"));
            for (uint32_t j = k->te; j < c->te && !reported && !what; j++) {
                comma = comma || d->toks[j].p == ',';
                reported = comma && report_at(c, j);
            }
            for (uint32_t j = c->tb; j < i; j++) {
                if (report_at(c, j) || is(d, j, "confirmed")) {
                    reported = true;
                }
                /* "the two agreed that she would travel to Ottawa", "with the two sides
                 * agreeing that Merz would make his first trip to China": agreed */
                if (j + 1 < i && is(d, j + 1, "that") &&
                    (is(d, j, "agreed") || is(d, j, "agreeing") || is(d, j, "agree") ||
                     is(d, j, "agrees"))) {
                    reported = agreed = true;
                    if (k->dec_tok < 0) {
                        k->dec_tok = (int32_t)j; /* (the agreement's time is not the visit's) */
                    }
                }
            }
            /* ("A Trump-Xi summit could lift Asian equities ..., strategists wrote": a
             * possibility is none, reported or not) */
            if (is(d, i, "could")) {
                k->drop = true;
                return;
            }
            if (!reported && k->dec != 3 && !(i + 2 < c->te && (is(d, i + 1, "be") &&
                                                          (is(d, i + 2, "ready") ||
                                                           is(d, i + 2, "willing"))))) {
                k->drop = true;
                return;
            }
            if (agreed && !is(d, i, "could") &&
                (k->status == S_OCCURRED || k->status == S_PLANNED || k->status == 0)) {
                k->status = S_AGREED;
            } else if (k->status == S_OCCURRED || k->status == 0) {
                k->status = S_PLANNED;
            }
        }
    }
    /* "Lavrov denied that he had met the envoy", "denied meeting X": the contact is said
     * not to have happened */
    for (uint32_t i = k->cs, n2 = 0; i > c->tb && n2 < 8; i--, n2++) {
        uint32_t p = i - 1;
        /* (over the subject's appositive: "denied that Kirill Dmitriev, Putin's special
         * envoy, had met any Ukrainian officials") */
        int ah = d->toks[p].p == ',' ? appositive_head(c, p) : -1;
        if (ah >= 0) {
            i = M(c, ah)->ts + 1;
            continue;
        }
        if (d->toks[p].p == ',' || d->toks[p].p == ';' || (d->toks[p].flags & TF_QOPEN)) {
            break;
        }
        /* (a setting's trip is not the contact denied: "denied that X had met Ukrainian
         * officials during his trip to Miami") */
        bool other = false;
        for (int o2 = 0; k->setting && o2 < c->ncore && !other; o2++) {
            other = &c->cores[o2] != k && c->cores[o2].ts <= p && p < c->cores[o2].te;
        }
        if (other) {
            break;
        }
        int pm = ment_at(c, p);
        if (pm >= 0 && M(c, pm)->ts < p) {
            i = M(c, pm)->ts + 1; /* a name is one step: "that Prime Minister Shehbaz Sharif" */
            continue;
        }
        char p0 = d->toks[p].k0;
        bool deny = p0 == 'd' && deny_word(d, p);
        /* "dismissed reports that Putin would meet Zelensky", "rejected speculation that",
         * "denied a report by Israel's Channel 12 that" */
        bool dismiss = (p0 == 'r' || p0 == 's' || p0 == 'c' || p0 == 'a') &&
                       (is(d, p, "reports") || is(d, p, "report") || is(d, p, "speculation") ||
                        is(d, p, "claims") || is(d, p, "claim") || is(d, p, "suggestions") ||
                        is(d, p, "rumours") || is(d, p, "rumors") || is(d, p, "rumour") ||
                        is(d, p, "rumor") || is(d, p, "allegations") || is(d, p, "story")) &&
                       p > c->tb;
        if (dismiss) {
            /* "denied media reports that", "rejected Indian press reports that" */
            /* (over "as ...": "dismissed as \"fake news\" a report that") */
            uint32_t v = p - 1;
            bool as = false;
            while (v > c->tb && p - v < 8 &&
                   (!d->toks[v].p || (d->toks[v].flags & (TF_QOPEN | TF_QCLOSE))) &&
                   !dismiss_verb(d, v) && !cue1(d, v, CUE_REPORT)) {
                as = as || is(d, v, "as");
                v--;
            }
            dismiss = dismiss_verb(d, v) && (p - v <= 3 || as);
        }
        if (deny || dismiss) {
            if (k->status == S_OCCURRED) {
                k->status = S_NOT_OCCURRED;
            } else if (k->status == S_PLANNED || k->status == S_PROPOSED ||
                       k->status == S_AGREED) {
                k->drop = true; /* a plan, a request or an agreement said not to exist */
            }
            break;
        }
    }
    /* "have not met since their summit in Anchorage", "have not spoken since August": a
     * span without contact is no event (the last contact, named after "since", is one) */
    if (k->neg && k->form == F_VERB && k->te < c->te && is(d, k->te, "since")) {
        k->drop = true;
    }
    /* "has never met Lee", "has yet to visit Washington", "has not visited a Sahel country
     * since 2022": no contact ever, or over a span, is no event */
    if (k->neg && (k->form == F_VERB || k->form == F_MOTION || k->form == F_LIGHT)) {
        /* (also "have never held a formal bilateral meeting since ...") */
        bool yet = false; /* ("has yet to meet Xi since ...": a meeting still awaited) */
        for (uint32_t q = k->ts; q > c->tb && k->ts - q < 4; q--) {
            yet = yet || (is(d, q - 1, "to") && q >= c->tb + 2 && is(d, q - 2, "yet"));
            /* (a reported "had never met" denies one meeting: "said he had never met the
             * ambassador in private, dismissing claims of a secret meeting") */
            if (is(d, q - 1, "never") && !(q >= c->tb + 2 && is(d, q - 2, "had"))) {
                k->drop = true;
            }
        }
        for (uint32_t q = k->te; q < c->te && q < k->te + 10 && !k->drop && !yet; q++) {
            if (d->toks[q].p == ',' || d->toks[q].p == ';' || is(d, q, "but") || is(d, q, "and")) {
                break;
            }
            k->drop = is(d, q, "since") && q > k->te;
        }
    }
    /* generic subjects: bare plurals only ("US defence secretaries meet their counterparts") */
}

/* ---------- parties ---------- */

typedef struct plist {
    int m[PX_MAX_PARTIES];
    uint8_t role[PX_MAX_PARTIES];
    int n;
} plist;

/* Does p name a party in that role? */
static bool plist_has(const plist *p, uint8_t role)
{
    for (int q = 0; q < p->n; q++) {
        if (p->role[q] == role) {
            return true;
        }
    }
    return false;
}

static void padd(const sctx *c, plist *p, int m, uint8_t role)
{
    if (m < 0) {
        return;
    }
    const px_ment *mm = M(c, m);
    for (int i = 0; i < p->n; i++) {
        if (M(c, p->m[i])->ent == mm->ent) {
            return;
        }
    }
    if (p->n < PX_MAX_PARTIES) {
        p->m[p->n] = m;
        p->role[p->n] = role;
        p->n++;
    }
}

/* coordinated mentions to the left of mention m: "A, B and C" */
static int coord_left(const sctx *c, int m, int *out, int max)
{
    const px_doc *d = c->d;
    bool fronted_list = false;
    int n = 0;
    out[n++] = m;
    uint32_t i = M(c, m)->ts;
    while (n < max && i > c->tb + 1) {
        uint32_t p = i - 1;
        /* "A and his Chinese counterpart B"; "Japan's Takaichi, China's Li" */
        int pm = ment_at(c, is(d, p, "'s") && p > c->tb ? p - 1 : p);
        if (pm >= 0 && (M(c, pm)->flags & MF_POSS) &&
            ((M(c, pm)->flags & MF_PRON) || M(c, pm)->kind == MK_STATE) &&
            M(c, pm)->ts > c->tb + 1) {
            p = M(c, pm)->ts - 1;
        } else if (pm < 0 && is(d, p, "the") && p > c->tb + 1 && is(d, p - 1, "and")) {
            p--; /* "A and the U.S. president" */
        } else if (pm < 0 && (is(d, p, "visiting") || honorific_tok(d, p)) && p > c->tb + 1 &&
                   is(d, p - 1, "and")) {
            p--; /* "A and visiting Rwandan President Paul Kagame" (also "A and HE
                  * President of the Republic of Rwanda Paul Kagame") */
        } else if (pm < 0 && is(d, p, "visiting") && p > c->tb + 2 && is(d, p - 1, "the") &&
                   is(d, p - 2, "and")) {
            p -= 2; /* "A and the visiting President of Rwanda" */
        }
        /* (over an armed group's descriptor: "A and the paramilitary Rapid Support Forces",
         * "A and the communist-led National Democratic Front") */
        if (pm < 0 && M(c, out[n - 1])->kind == MK_ORG && !is(d, p, "and")) {
            uint32_t r = p;
            if (r > c->tb + 3 && (d->toks[r - 1].flags & TF_HYPH) && led_word(d, r) &&
                (d->toks[r - 2].flags & TF_ALPHA) && !(d->toks[r - 2].flags & TF_CAP) &&
                ment_at(c, r - 2) < 0) {
                r -= 3;
            } else if (r > c->tb + 1 && ment_at(c, r) < 0 && armed_descriptor(d, r)) {
                r--;
            }
            if (r < p && r > c->tb + 1 && is(d, r, "the") && is(d, r - 1, "and")) {
                p = r - 1;
            }
        }
        if (is(d, p, "and") || d->toks[p].p == ',') {
            uint32_t q = p;
            while (q > c->tb && (d->toks[q - 1].p == ',' || is(d, q - 1, "and"))) {
                q--;
            }
            if (q == c->tb) {
                break;
            }
            /* ("Lindsey Graham, a Republican, and Richard Blumenthal") */
            int ah = q < p && d->toks[q].p == ',' ? appositive_head(c, q) : -1;
            if (ah >= 0) {
                q = M(c, ah)->te;
            }
            int m2 = ment_at(c, q - 1);
            if (m2 < 0 || !is_party_kind(c, m2) || (M(c, m2)->flags & MF_LOCPP)) {
                break;
            }
            /* "At the invitation of President Xi, Bolivian President Paz will visit": a name
             * inside a fronted phrase is not part of a comma list */
            uint32_t b2 = M(c, m2)->ts;
            /* (but "Heads of state from Ethiopia, Kenya, Somalia and Djibouti will meet": a
             * plural subject's list, with no comma after it) */
            bool heads = b2 >= c->tb + 2 && (is(d, b2 - 1, "of") || is(d, b2 - 1, "from")) &&
                         (is(d, b2 - 2, "state") || is(d, b2 - 2, "government") ||
                          is(d, b2 - 2, "leaders") || is(d, b2 - 2, "representatives") ||
                          is(d, b2 - 2, "delegations")) &&
                         M(c, m)->te < c->te && d->toks[M(c, m)->te].p != ',';
            if (b2 > c->tb && n >= 2 && !heads &&
                (is(d, b2 - 1, "of") || is(d, b2 - 1, "by") || is(d, b2 - 1, "with") ||
                 is(d, b2 - 1, "from") || is(d, b2 - 1, "for"))) {
                fronted_list = true; /* (the list so far is that phrase's too) */
                break;
            }
            if (d->toks[p].p == ',' && b2 > c->tb && !heads &&
                (is(d, b2 - 1, "of") || is(d, b2 - 1, "by") || is(d, b2 - 1, "with") ||
                 is(d, b2 - 1, "from") || is(d, b2 - 1, "to") || is(d, b2 - 1, "for"))) {
                break;
            }
            /* (nor after ", and" that opens a clause: "appointed Eide as his personal envoy
             * for the Western Sahara, and Eide is expected to travel") */
            uint32_t bp = b2 > c->tb + 1 && is(d, b2 - 1, "the") ? b2 - 2 : b2 - 1;
            if (is(d, p, "and") && p > c->tb && d->toks[p - 1].p == ',' && n == 1 && bp > c->tb &&
                (is(d, bp, "of") || is(d, bp, "for") || is(d, bp, "with") || is(d, bp, "to") ||
                 is(d, bp, "from") || is(d, bp, "by") || is(d, bp, "in") || is(d, bp, "on"))) {
                break;
            }
            /* ("According to a readout issued by the Prime Minister's Office, Modi accepted
             * ...": an office possessed by a title, in a fronted attribution) */
            if (d->toks[p].p == ',' && b2 > c->tb + 1 && is(d, b2 - 1, "'s") &&
                ment_at(c, b2 - 2) < 0) {
                break;
            }
            bool fronted_attr = false;
            for (uint32_t q2 = c->tb; q2 < b2 && q2 < c->tb + 3 && !fronted_attr; q2++) {
                fronted_attr = is(d, q2, "according");
            }
            for (uint32_t q2 = b2; fronted_attr && q2 < p; q2++) {
                fronted_attr = d->toks[q2].p != ',' || q2 + 1 == p;
            }
            if (d->toks[p].p == ',' && fronted_attr) {
                break;
            }
            /* "After meeting Xi, Trump flew to Tokyo": the object of a fronted clause's verb
             * is no member either */
            uint32_t v2 = b2 > c->tb + 1 && (is(d, b2 - 1, "a") || is(d, b2 - 1, "an") ||
                                              is(d, b2 - 1, "the"))
                              ? b2 - 2
                              : b2 - 1; /* ("Refusing to meet a US envoy, Tiani ...") */
            if (d->toks[p].p == ',' && b2 > c->tb &&
                (ing_word(d, v2) || trig(d, v2, c->te, TR_CONTACT_V, NULL))) {
                break;
            }
            out[n++] = m2;
            i = M(c, m2)->ts;
            continue;
        }
        break;
    }
    /* "At the invitation of the governments of Ethiopia, Tanzania and Lesotho, Wang Yi will
     * pay ...": a list that a fronted phrase's preposition opens is that phrase's, not the
     * subject's */
    uint32_t s1 = M(c, out[0])->ts;
    if (fronted_list && s1 > c->tb && d->toks[s1 - 1].p == ',') {
        n = 1;
    }
    return n;
}

static int coord_right(const sctx *c, int m, int *out, int max)
{
    const px_doc *d = c->d;
    int n = 0, closed = 1; /* members up to closed are sure: joined by "and" */
    /* "met with US envoys Steve Witkoff and Jared Kushner": a plural title right before
     * named people labels them */
    int mp = M(c, m)->kind == MK_GROUP && (M(c, m)->flags & MF_PLURAL) && M(c, m)->te < c->te
                 ? ment_at(c, M(c, m)->te)
                 : -1;
    if (mp >= 0 && M(c, mp)->ts == M(c, m)->te && M(c, mp)->kind == MK_PERSON &&
        !(M(c, mp)->flags & (MF_PRON | MF_POSS))) {
        m = mp;
    }
    out[n++] = m;
    uint32_t i = M(c, m)->te;
    while (n < max && i + 1 < c->te) {
        /* (over an acronym in brackets: "the Economic Community of West African States
         * (ECOWAS) and the Alliance of Sahel States") */
        if (d->toks[i].p == '(' && i + 3 < c->te && d->toks[i + 2].p == ')' &&
            (d->toks[i + 1].flags & TF_UPPER)) {
            i += 3;
            continue;
        }
        /* ("a video call with Jean-Noel Barrot, as well as EU foreign policy chief Kaja
         * Kallas": "as well as" joins as "and" does) */
        uint32_t aw = i + (d->toks[i].p == ',' ? 1 : 0);
        if (aw + 3 < c->te && is(d, aw, "as") && is(d, aw + 1, "well") && is(d, aw + 2, "as")) {
            int m3 = ment_at(c, aw + 3);
            if (m3 >= 0 && M(c, m3)->ts == aw + 3 && is_party_kind(c, m3) &&
                !(M(c, m3)->flags & (MF_POSS | MF_ADJ))) {
                out[n++] = m3;
                closed = n;
                i = M(c, m3)->te;
                continue;
            }
        }
        if (is(d, i, "and") ||
            (d->toks[i].p == ',' && (ment_at(c, i + 1) >= 0 ||
                                     (i + 2 < c->te && is(d, i + 1, "and") && ment_at(c, i + 2) >= 0)))) {
            uint32_t q = i + 1;
            bool joined = is(d, i, "and");
            if (q < c->te && is(d, q, "and")) {
                q++;
                joined = true;
            }
            /* ("met Bowen and, separately, China's climate envoy Liu Zhenmin") */
            if (joined && q + 2 < c->te && d->toks[q].p == ',' && is(d, q + 1, "separately") &&
                d->toks[q + 2].p == ',') {
                q += 3;
            }
            /* (also "a": "met Steve Witkoff and a Hamas delegation"; and a form of address:
             * "A and HE President Paul Kagame") */
            if (q < c->te && (is(d, q, "the") || is(d, q, "a") || honorific_tok(d, q))) {
                q++;
            }
            /* (and a modifier left out of the title: "met Premier Li Qiang and top
             * legislator Zhao Leji") */
            if (q + 1 < c->te && ment_at(c, q) < 0 && cue1(d, q, CUE_MOD) && ment_at(c, q + 1) >= 0 &&
                M(c, ment_at(c, q + 1))->ts == q + 1 && M(c, ment_at(c, q + 1))->kind == MK_PERSON) {
                q++;
            }
            /* ("Sudan's army and the paramilitary Rapid Support Forces": an armed group's
             * descriptor) */
            if (q + 1 < c->te && ment_at(c, q) < 0 && armed_descriptor(d, q) &&
                ment_at(c, q + 1) >= 0 && M(c, ment_at(c, q + 1))->kind == MK_ORG) {
                q++;
            }
            /* (also "the communist-led National Democratic Front") */
            if (q + 3 < c->te && ment_at(c, q) < 0 && (d->toks[q].flags & TF_ALPHA) &&
                !(d->toks[q].flags & TF_CAP) && (d->toks[q + 1].flags & TF_HYPH) &&
                led_word(d, q + 2) &&
                ment_at(c, q + 3) >= 0 && M(c, ment_at(c, q + 3))->kind == MK_ORG) {
                q += 3;
            }
            /* ("between Guterres and the three members of Bosnia and Herzegovina's
             * presidency": the state whose members they are) */
            uint32_t q3 = q + (q < c->te && (d->toks[q].flags & TF_NUM || is(d, q, "two") ||
                                             is(d, q, "three") || is(d, q, "four"))
                                   ? 1
                                   : 0);
            if (q3 + 2 < c->te && ment_at(c, q) < 0 &&
                (is(d, q3, "members") || is(d, q3, "leaders") || is(d, q3, "representatives")) &&
                is(d, q3 + 1, "of")) {
                uint32_t q4 = q3 + 2 + (is(d, q3 + 2, "the") ? 1 : 0);
                int sm4 = q4 < c->te ? ment_at(c, q4) : -1;
                if (sm4 >= 0 && M(c, sm4)->ts == q4 &&
                    (M(c, sm4)->kind == MK_STATE || M(c, sm4)->kind == MK_ORG ||
                     M(c, sm4)->kind == MK_GROUP)) {
                    q = q4;
                }
            }
            int m2 = ment_at(c, q);
            /* "Wang Yi and his Japanese counterpart Toshimitsu Motegi": over the pronoun */
            if (m2 >= 0 && (M(c, m2)->flags & MF_POSS) && (M(c, m2)->flags & MF_PRON) &&
                M(c, m2)->te < c->te && ment_at(c, M(c, m2)->te) >= 0) {
                m2 = ment_at(c, M(c, m2)->te);
            }
            /* "South Korea's Lee Jae-myung, Australia's Anthony Albanese and ...": over a
             * state's possessive to its person */
            if (m2 >= 0 && (M(c, m2)->flags & MF_POSS) && M(c, m2)->kind == MK_STATE &&
                M(c, m2)->te + 1 < c->te && is(d, M(c, m2)->te, "'s") &&
                ment_at(c, M(c, m2)->te + 1) >= 0 &&
                M(c, ment_at(c, M(c, m2)->te + 1))->kind == MK_PERSON) {
                m2 = ment_at(c, M(c, m2)->te + 1);
            }
            /* ("between Dong Jun and Pentagon chief Pete Hegseth": a body's adjective and a
             * title before the person) */
            if (m2 >= 0 && (M(c, m2)->flags & MF_ADJ) && M(c, m2)->kind != MK_PERSON) {
                uint32_t q2 = M(c, m2)->te;
                while (q2 < c->te && q2 < M(c, m2)->te + 3 && ment_at(c, q2) < 0 &&
                       (d->toks[q2].flags & TF_ALPHA) &&
                       (!(d->toks[q2].flags & TF_CAP) || px_match_kind(d, q2, K_TITLE, NULL))) {
                    q2++;
                }
                int pm2 = q2 > M(c, m2)->te && q2 < c->te ? ment_at(c, q2) : -1;
                if (pm2 >= 0 && M(c, pm2)->ts == q2 && M(c, pm2)->kind == MK_PERSON &&
                    !(M(c, pm2)->flags & (MF_PRON | MF_POSS))) {
                    m2 = pm2;
                }
            }
            if (m2 < 0 || !is_party_kind(c, m2)) {
                break;
            }
            /* (a person named again after the states listed for him: "with his British
             * and French counterparts, Yvette Cooper and Jean-Noel Barrot") */
            bool again = false;
            for (int o = 0; o < n && !again; o++) {
                again = M(c, out[o])->ent >= 0 && M(c, out[o])->ent == M(c, m2)->ent;
            }
            if (!again) {
                out[n++] = m2;
            }
            if (joined) {
                closed = n;
            }
            i = M(c, m2)->te;
            continue;
        }
        break;
    }
    /* (a list longer than the room: "the presidents of Kazakhstan, Kyrgyzstan, Tajikistan,
     * Turkmenistan and Uzbekistan" keeps its first members when an "and" closes it) */
    for (uint32_t q = i; n == max && closed < n && q + 1 < c->te && q < i + 24; q++) {
        if (is(d, q, "and") && ment_at(c, q + 1) >= 0) {
            closed = n;
        } else if (d->toks[q].p && d->toks[q].p != ',') {
            break;
        } else if (!d->toks[q].p && ment_at(c, q) < 0) {
            break;
        }
    }
    /* a comma list ends with "and C": "met A, B and C"; in "After meeting Xi, Trump said"
     * the name after the comma starts the main clause */
    return closed;
}

/* The comma of "Woodside, California": between a place and the region or state it is
 * in, no clause boundary. */
static bool place_comma(const sctx *c, uint32_t q)
{
    const px_doc *d = c->d;
    if (q <= c->tb || q + 1 >= c->te || d->toks[q].p != ',') {
        return false;
    }
    int am = ment_at(c, q - 1), bm = ment_at(c, q + 1);
    /* (and the one that closes the pair: "in Lima, Peru, last year") */
    if (am >= 0 && M(c, am)->te == q && M(c, am)->ts > c->tb + 1 &&
        (M(c, am)->kind == MK_PLACE || M(c, am)->kind == MK_STATE) &&
        d->toks[M(c, am)->ts - 1].p == ',' && M(c, am)->ts - 1 != q) {
        uint32_t p0 = M(c, am)->ts - 1;
        int pm = ment_at(c, p0 - 1);
        if (pm >= 0 && M(c, pm)->te == p0 &&
            (M(c, pm)->kind == MK_PLACE ||
             (M(c, pm)->kind == MK_UNKNOWN && (M(c, pm)->flags & MF_LOCPP)))) {
            return true;
        }
    }
    return am >= 0 && bm >= 0 && M(c, am)->te == q && M(c, bm)->ts == q + 1 &&
           (M(c, am)->kind == MK_PLACE ||
            (M(c, am)->kind == MK_UNKNOWN && (M(c, am)->flags & MF_LOCPP))) &&
           (M(c, bm)->kind == MK_PLACE || M(c, bm)->kind == MK_STATE);
}

/* "Putin, who denied the claims, met Modi": before the comma at p closes a relative
 * clause, its antecedent is the subject. Returns the mentions written (0: none). */
/* The person before an appositive that closes with the comma at q ("Asim Munir, the army
 * chief widely regarded as the most powerful man in Pakistan, who ..."): its mention, or
 * -1. The appositive opens with an article and has no other comma. */
static int appositive_head(const sctx *c, uint32_t q)
{
    const px_doc *d = c->d;
    uint32_t r = q;
    while (r > c->tb + 1 && q - r < 24 && d->toks[r - 1].p != ',' && d->toks[r - 1].p != ';' &&
           d->toks[r - 1].p != '.' && !is(d, r - 1, "who") && !is(d, r - 1, "which")) {
        r--;
    }
    /* (an appositive's own relative clause: "Pablo Quirno, a former banker who is on a
     * visit to the United States, held talks"): the person before the noun it qualifies */
    /* (also after a place: "Tom Barrack, the U.S. ambassador to Turkey who also serves as
     * Washington's special envoy for Syria, met ...") */
    int wm = r > c->tb + 2 ? ment_at(c, r - 2) : -1;
    if (r > c->tb + 2 && r < q && (is(d, r - 1, "who") || is(d, r - 1, "which")) &&
        !d->toks[r - 2].p &&
        (wm < 0 || (M(c, wm)->flags & MF_LOCPP) || M(c, wm)->kind == MK_PLACE)) {
        return appositive_head(c, r - 1);
    }
    /* (or with a title: "Sergei Shoigu, secretary of the Security Council of the Russian
     * Federation, who is on a visit to Pyongyang") */
    /* (also a capitalised office of something: "Ms. Ma. Theresa P. Lazaro, Secretary of
     * Foreign Affairs of the Republic of the Philippines, who is visiting Japan") */
    uint32_t tl = 0;
    bool cap_office = r < q && (d->toks[r].flags & TF_CAP) && px_match_kind(d, r, K_TITLE, &tl) &&
                      r + tl < q && is(d, r + tl, "of");
    /* (or a possessive: "Jared Kushner, President Donald Trump's son-in-law,") */
    int rm = r < q ? ment_at(c, r) : -1;
    bool poss = rm >= 0 && M(c, rm)->ts == r && (M(c, rm)->flags & MF_POSS) &&
                !(M(c, rm)->flags & MF_PRON) && M(c, rm)->te + 1 < q;
    if (!(r > c->tb + 1 && d->toks[r - 1].p == ',' && r < q &&
          (is(d, r, "the") || is(d, r, "a") || is(d, r, "an") || cap_office || poss ||
           (!(d->toks[r].flags & TF_CAP) && px_match_kind(d, r, K_TITLE, NULL))))) {
        return -1;
    }
    int m4 = ment_at(c, r - 2);
    if (m4 >= 0 && M(c, m4)->kind == MK_PERSON && M(c, m4)->te >= r - 1 && M(c, m4)->te <= q &&
        !(M(c, m4)->flags & (MF_ADJ | MF_POSS | MF_PRON)) && !c->speaker[m4]) {
        return m4;
    }
    return -1;
}

static int relative_antecedent(const sctx *c, uint32_t p, int *out, int max)
{
    const px_doc *d = c->d;
    for (uint32_t q = p; q > c->tb + 2 && p - q < 32; q--) {
        if (d->toks[q - 1].p == '.' || d->toks[q - 1].p == ';') {
            break;
        }
        if (q - 1 < p && d->toks[q - 1].p == ',' && !place_comma(c, q - 1) &&
            !(is(d, q, "who") || is(d, q, "which") || is(d, q, "whose"))) {
            break;
        }
        if ((is(d, q - 1, "who") || is(d, q - 1, "which") || is(d, q - 1, "whose")) &&
            d->toks[q - 2].p == ',') {
            int m3 = ment_at(c, q - 3);
            bool ok3 = m3 >= 0 && is_party_kind(c, m3) &&
                       !(M(c, m3)->flags & (MF_ADJ | MF_LOCPP | MF_POSS)) && !c->speaker[m3];
            if (ok3 && M(c, m3)->kind == MK_PERSON) {
                return coord_left(c, m3, out, max);
            }
            /* (a person before an appositive over a state in it: "Kalin, the intelligence
             * chief widely seen as his closest adviser on Syria, who ...") */
            int m4 = appositive_head(c, q - 2);
            if (m4 >= 0) {
                out[0] = m4;
                return 1;
            }
            if (ok3) {
                return coord_left(c, m3, out, max);
            }
            break;
        }
    }
    return 0;
}

/* Subject of the chain starting at cs. Returns the number of mentions written. */
static int subject(const sctx *c, uint32_t cs, int *out, int max)
{
    const px_doc *d = c->d;
    uint32_t i = cs;
    /* "Milei snubbed Lula by skipping the Mercosur summit": the means of the main clause
     * is its subject's (not the object's before "by") */
    if (cs > c->tb + 2 && is(d, cs - 1, "by") && ing_word(d, cs) && ment_at(c, cs - 2) >= 0) {
        int ls[MAX_SUBJ];
        int nl = sentence_subject(c, cs - 1, true, ls, max < MAX_SUBJ ? max : MAX_SUBJ);
        for (int x = 0; x < nl; x++) {
            out[x] = ls[nl - 1 - x]; /* (right to left, as coord_left gives them) */
        }
        if (nl > 0) {
            return nl;
        }
    }
    /* "A and B were among the foreign ministers attending ...", "are among those
     * attending": the subject of "were among" */
    /* (also "is among the five Central Asian leaders due to attend": over the plural
     * group to its planning word) */
    bool due = is(d, cs, "due") || is(d, cs, "expected") || is(d, cs, "set") ||
               is(d, cs, "scheduled");
    for (uint32_t p = cs; (ing_word(d, cs) || due) && p > c->tb + 2 && p + 8 > cs; p--) {
        if (is(d, p - 1, "among") && be_form(d, p - 2)) {
            int m3 = ment_at(c, p - 3);
            if (m3 >= 0 && is_party_kind(c, m3) && !(M(c, m3)->flags & (MF_ADJ | MF_LOCPP))) {
                return coord_left(c, m3, out, max);
            }
            break;
        }
        int gm = ment_at(c, p - 1);
        if (gm >= 0 && M(c, gm)->kind == MK_GROUP && (M(c, gm)->flags & MF_PLURAL) &&
            M(c, gm)->ts + 1 < p) {
            p = M(c, gm)->ts + 1; /* (the loop steps over its first word) */
            continue;
        }
        if (d->toks[p - 1].p || gm >= 0) {
            break;
        }
    }
    for (int n = 0; n < 12 && i > c->tb; n++) {
        uint32_t p = i - 1;
        int m = ment_at(c, p);
        /* ("Richard Blumenthal, a Democrat, met ..."): over a short appositive */
        /* "The foreign ministers of Congo and Rwanda, Therese Kayikwamba Wagner and Olivier
         * Nduhungirehe, are scheduled to meet": the people the plural subject names */
        int lm = m < 0 && d->toks[p].p == ',' && p > c->tb ? ment_at(c, p - 1) : -1;
        uint32_t la = lm >= 0 ? M(c, lm)->ts : 0;
        /* "The Kenyan delegation, led by Prime Cabinet Secretary Musalia Mudavadi, met ...":
         * the leader between commas, as without them */
        if (lm >= 0 && M(c, lm)->kind == MK_PERSON && !(M(c, lm)->flags & (MF_PRON | MF_POSS)) &&
            la > c->tb + 3 && is(d, la - 1, "by") &&
            (is(d, la - 2, "led") || is(d, la - 2, "headed")) && d->toks[la - 3].p == ',') {
            /* ("... met with a U.S. congressional delegation. The delegation, led by
             * Representative Riley Moore, also held talks ...": a leader of no known state
             * is of the delegation named in the two sentences before) */
            uint32_t gd = la - 4;
            if (is(d, gd, "delegation") && gd > c->tb && is(d, gd - 1, "the") && c->si > 0 &&
                E(c, lm) && !E(c, lm)->country[0] && M(c, lm)->ent >= 0) {
                uint32_t pb = d->sents[c->si >= 2 ? c->si - 2 : 0].tb;
                for (size_t mi = c->mb; mi-- > 0 && d->ments[mi].ts >= pb;) {
                    const px_ment *gm = &d->ments[mi];
                    if (gm->kind == MK_GROUP && gm->ent >= 0 && d->ents[gm->ent].country[0] &&
                        px_streq(d->ents[gm->ent].title, "delegation")) {
                        give_country(&d->ents[M(c, lm)->ent], d->ents[gm->ent].country);
                        break;
                    }
                }
            }
            out[0] = lm;
            return 1;
        }
        int fm = la > c->tb + 2 && is(d, la - 1, "and") ? ment_at(c, la - 2) : -1;
        /* (also over a remit after the plural: "The special representatives of Armenia and
         * Turkey for the normalisation process, X and Y,") */
        bool remit = false;
        if (fm >= 0 && M(c, fm)->ts > c->tb + 2 && d->toks[M(c, fm)->ts - 1].p == ',' &&
            ment_at(c, M(c, fm)->ts - 2) < 0) {
            uint32_t g0 = c->tb;
            while (g0 < M(c, fm)->ts && (d->toks[g0].flags & TF_DATELINE)) {
                g0++;
            }
            int gm = ment_at(c, g0);
            uint32_t q = gm >= 0 && M(c, gm)->kind == MK_GROUP && (M(c, gm)->flags & MF_PLURAL)
                             ? M(c, gm)->te
                             : M(c, fm)->ts;
            while (q < M(c, fm)->ts - 1 && !d->toks[q].p) {
                int qm = ment_at(c, q);
                q = qm >= 0 ? M(c, qm)->te
                    : (d->toks[q].flags & TF_CAP) && !is(d, q, "the") ? M(c, fm)->ts : q + 1;
            }
            remit = q == M(c, fm)->ts - 1 && M(c, fm)->ts - 1 > M(c, gm)->te;
        }
        if (lm >= 0 && fm >= 0 && max >= 2 && M(c, lm)->kind == MK_PERSON &&
            M(c, fm)->kind == MK_PERSON && !(M(c, lm)->flags & MF_PRON) &&
            !(M(c, fm)->flags & MF_PRON) && M(c, fm)->ts > c->tb + 1 &&
            d->toks[M(c, fm)->ts - 1].p == ',' && (ment_at(c, M(c, fm)->ts - 2) >= 0 || remit)) {
            out[0] = lm; /* (right to left, as coord_left gives them) */
            out[1] = fm;
            /* (people the dictionary gives no state take the plural's two states in turn:
             * "The special representatives of Armenia and Turkey for the normalisation
             * process, Ruben Rubinyan and Serdar Kilic, met") */
            int st[3], nst = 0;
            for (uint32_t q = c->tb; q + 1 < M(c, fm)->ts && nst < 3; q++) {
                int sq = ment_at(c, q);
                if (sq >= 0 && M(c, sq)->ts == q &&
                    (M(c, sq)->kind == MK_STATE || M(c, sq)->kind == MK_GROUP) && E(c, sq) &&
                    E(c, sq)->country[0] && !(M(c, sq)->flags & (MF_POSS | MF_LOCPP))) {
                    st[nst++] = sq;
                    q = M(c, sq)->te - 1;
                }
            }
            if (nst == 2 && !px_streq(E(c, st[0])->country, E(c, st[1])->country) &&
                M(c, fm)->ent >= 0 && M(c, lm)->ent >= 0 && !E(c, fm)->country[0] &&
                !E(c, lm)->country[0]) {
                give_country(&c->d->ents[M(c, fm)->ent], E(c, st[0])->country);
                give_country(&c->d->ents[M(c, lm)->ent], E(c, st[1])->country);
            }
            return 2;
        }
        /* "The presidents of Tajikistan, Kyrgyzstan and Uzbekistan - Emomali Rahmon, Sadyr
         * Japarov and Shavkat Mirziyoyev - met": the people named between spaced dashes
         * after a plural noun phrase that opens the sentence */
        int dm0 = m < 0 && d->toks[p].p == '-' && !(d->toks[p].flags & TF_NOSP) && p > c->tb
                      ? ment_at(c, p - 1)
                      : -1;
        if (dm0 >= 0 && M(c, dm0)->kind == MK_PERSON && !(M(c, dm0)->flags & MF_PRON)) {
            int co[4];
            int nco = coord_left(c, dm0, co, 4);
            uint32_t f0 = M(c, co[nco - 1])->ts;
            uint32_t tb0 = c->tb;
            while (tb0 < f0 && (d->toks[tb0].flags & TF_DATELINE)) {
                tb0++;
            }
            int gm = ment_at(c, tb0);
            if (nco >= 2 && f0 > tb0 + 1 && d->toks[f0 - 1].p == '-' &&
                !(d->toks[f0 - 1].flags & TF_NOSP) && gm >= 0 && M(c, gm)->kind == MK_GROUP &&
                (M(c, gm)->flags & MF_PLURAL)) {
                for (int x = 0; x < nco && x < max; x++) {
                    out[x] = co[x];
                }
                return nco < max ? nco : max;
            }
        }
        int ah = m < 0 && d->toks[p].p == ',' ? appositive_head(c, p) : -1;
        if (ah >= 0) {
            i = M(c, ah)->te;
            continue;
        }
        /* "the Ukrainian delegation he leads will meet ...": over a relative clause of a
         * subject pronoun and its verb */
        if (m < 0 && p > c->tb + 1 &&
            (is(d, p, "leads") || is(d, p, "led") || is(d, p, "heads") || is(d, p, "headed")) &&
            (is(d, p - 1, "he") || is(d, p - 1, "she") || is(d, p - 1, "they"))) {
            int gm = ment_at(c, p - 2);
            if (gm >= 0 && M(c, gm)->kind == MK_GROUP) {
                i = p - 1;
                continue;
            }
        }
        if (m >= 0) {
            const px_ment *mm = M(c, m);
            if ((mm->flags & (MF_ADJ | MF_LOCPP)) || !is_party_kind(c, m) || c->speaker[m]) {
                if (mm->flags & MF_LOCPP) {
                    /* "in Vienna" between subject and verb: skip the PP */
                    i = mm->ts > c->tb ? mm->ts - 1 : mm->ts;
                    continue;
                }
                return 0;
            }
            if (mm->flags & MF_POSS) {
                return 0;
            }
            /* "Secretary General Albert Ramdin of the Organization of American States
             * traveled": the person whose body it is */
            uint32_t of = mm->ts > c->tb + 1 && is(d, mm->ts - 1, "the") ? mm->ts - 1 : mm->ts;
            int hp = of > c->tb + 1 && is(d, of - 1, "of") ? ment_at(c, of - 2) : -1;
            if (hp >= 0 && M(c, hp)->kind == MK_PERSON && M(c, hp)->te == of - 1 &&
                !(M(c, hp)->flags & (MF_PRON | MF_POSS)) && mm->kind == MK_ORG && E(c, m) && E(c, hp) &&
                !E(c, hp)->country[0] && strncmp(E(c, m)->code, "IGO", 3) == 0) {
                px_ent *he = &c->d->ents[M(c, hp)->ent];
                if (strlen(he->code) <= 3) {
                    memcpy(he->code, E(c, m)->code, sizeof he->code);
                }
                out[0] = hp;
                return 1;
            }
            int rp = remit_holder(c, m);
            if (rp >= 0) {
                out[0] = rp;
                return 1;
            }
            return coord_left(c, m, out, max);
        }
        if (is(d, p, "who") || is(d, p, "which")) {
            /* relative clause: antecedent before ", who" */
            uint32_t q = p;
            if (q > c->tb && d->toks[q - 1].p == ',') {
                q--;
            }
            if (q > c->tb) {
                int m2 = ment_at(c, q - 1);
                /* "Mudavadi and Odongo, who met in Nairobi on Friday, agreed ...": a verb
                 * with no object of its own has the coordinated antecedent */
                uint32_t v = p + 1;
                while (v < c->te && v < p + 4 && cue1(d, v, CUE_AUX)) {
                    v++;
                }
                const px_entry *sv = v < c->te ? trig(d, v, c->te, TR_CONTACT_V, NULL) : NULL;
                /* (also over a medium: "Rubio and Lavrov, who spoke by phone on Monday") */
                uint32_t v1 = v + 1 + (v + 1 < c->te ? phone_tail(d, v + 1, c->te) : 0);
                bool bare = v1 < c->te && sv &&
                            (sv->a == T_MEET || sv->a == T_NEGOTIATE || sv->a == T_CALL) &&
                            (d->toks[v1].p == ',' || is(d, v1, "in") || is(d, v1, "on") ||
                             is(d, v1, "at") || is(d, v1, "last") ||
                             in_timex(c, v1, NULL));
                /* "A, B and C were among the leaders who attended": the people the
                 * plural antecedent counts in */
                for (uint32_t r = q; q == p && r > c->tb + 2 && p - r < 6; r--) {
                    if (is(d, r - 1, "among") && be_form(d, r - 2)) {
                        int am = ment_at(c, r - 3);
                        if (am >= 0 && M(c, am)->kind == MK_PERSON &&
                            !(M(c, am)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
                            return coord_left(c, am, out, max);
                        }
                        break;
                    }
                    int rm = ment_at(c, r - 1);
                    if (d->toks[r - 1].p ||
                        ((d->toks[r - 1].flags & TF_CAP) && rm >= 0 &&
                         M(c, rm)->kind == MK_PERSON)) {
                        break;
                    }
                }
                /* ("a meeting between Tshisekedi and Kagame, which had been expected in Lomé
                 * on Friday": "which" stands for no person) */
                if (m2 >= 0 && M(c, m2)->kind == MK_PERSON && is(d, p, "which")) {
                    return 0;
                }
                if (m2 >= 0 && M(c, m2)->kind == MK_PERSON && bare && max >= 2) {
                    int nco = coord_left(c, m2, out, max);
                    if (nco >= 2) {
                        return nco;
                    }
                }
                if (m2 >= 0 && M(c, m2)->kind == MK_PERSON) {
                    out[0] = m2;
                    return 1;
                }
                /* "Pablo Quirno, a former banker who is on a visit to ...": the person the
                 * appositive's noun describes */
                int m5 = q == p && m2 < 0 ? appositive_head(c, p) : -1;
                if (m5 >= 0) {
                    out[0] = m5;
                    return 1;
                }
                /* "Asim Munir, the army chief widely regarded as the most powerful man in
                 * Pakistan, who held talks with ...": the person before an appositive */
                int m4 = d->toks[q].p == ',' ? appositive_head(c, q) : -1;
                if (m4 >= 0) {
                    out[0] = m4;
                    return 1;
                }
                /* (not a body one works at: "Bonnie Glaser, a fellow at the German Marshall
                 * Fund, who met Xi") */
                uint32_t pa = m2 >= 0 ? M(c, m2)->ts : 0; /* (its "the" included) */
                if (pa > c->tb + 1 && !is(d, pa, "the") && is(d, pa - 1, "the")) {
                    pa--;
                }
                bool at_body = m2 >= 0 && M(c, m2)->kind == MK_ORG && pa > c->tb + 1 &&
                               (is(d, pa - 1, "at") || is(d, pa - 1, "of"));
                int pof = at_body && is(d, pa - 1, "of") ? ment_at(c, pa - 2) : -1;
                if (pof >= 0 && M(c, pof)->kind == MK_PERSON) {
                    out[0] = pof; /* ("Bonnie Glaser of the German Marshall Fund, who") */
                    return 1;
                }
                if (m2 >= 0 && is_party_kind(c, m2) && !at_body) {
                    out[0] = m2;
                    return 1;
                }
                /* "Li Qiang and Lula were among the leaders who attended the G20 summit": the
                 * subject of "were among" */
                uint32_t r = q - 1;
                while (r > c->tb && r + 5 > q && (d->toks[r].flags & TF_ALPHA) &&
                       !(d->toks[r].flags & TF_CAP) && !is(d, r, "among") && ment_at(c, r) < 0) {
                    r--;
                }
                if (is(d, r, "among") && r > c->tb + 1 && be_form(d, r - 1)) {
                    int m3 = ment_at(c, r - 2);
                    if (m3 >= 0 && is_party_kind(c, m3) && !(M(c, m3)->flags & (MF_ADJ | MF_LOCPP))) {
                        return coord_left(c, m3, out, max);
                    }
                }
            }
            return 0;
        }
        if (chain_skip(c, p) || is(d, p, "also") || is(d, p, "then")) {
            i = p;
            continue;
        }
        /* "Takaichi's plane touched down in Canberra": the one carried */
        if ((is(d, p, "plane") || is(d, p, "aircraft") || is(d, p, "jet") ||
             is(d, p, "motorcade") || is(d, p, "convoy") || is(d, p, "helicopter")) &&
            p >= c->tb + 2 && is(d, p - 1, "'s")) {
            int pm2 = ment_at(c, p - 2);
            if (pm2 >= 0 && M(c, pm2)->kind == MK_PERSON && !(M(c, pm2)->flags & MF_PRON)) {
                out[0] = pm2;
                return 1;
            }
        }
        /* "was forced to postpone a trip": the passive of compulsion is transparent */
        if ((is(d, p, "forced") || is(d, p, "obliged") || is(d, p, "compelled")) &&
            is(d, i, "to")) {
            i = p;
            continue;
        }
        /* "Lavrov denied meeting Witkoff", "Putin says ready to meet Zelensky" (a headline's
         * ellipsis): a report verb before a gerund or a readiness is transparent */
        if (cue1(d, p, CUE_REPORT) && p + 1 == i && report_transparent(c, p)) {
            i = p;
            continue;
        }
        /* "Pezeshkian, in a telephone conversation with Sharif on Thursday, called for
         * ...": a setting between commas after the subject has that subject */
        if ((is(d, p, "in") || is(d, p, "during") || is(d, p, "at")) && p > c->tb + 1 &&
            d->toks[p - 1].p == ',') {
            int m3 = ment_at(c, p - 2);
            if (m3 >= 0 && is_party_kind(c, m3) && !c->speaker[m3] &&
                !(M(c, m3)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
                uint32_t b = c->tb;
                while (b < p && (d->toks[b].flags & TF_DATELINE)) {
                    b++;
                }
                int co[4];
                int nco = coord_left(c, m3, co, 4);
                uint32_t s0 = M(c, co[nco - 1])->ts;
                if (s0 == b || (s0 == b + 1 && is(d, b, "the"))) { /* (the sentence's subject) */
                    return coord_left(c, m3, out, max);
                }
            }
        }
        if (d->toks[p].p == ')') {
            /* "Prime Minister Abiy Ahmed (PhD) held talks": over a short parenthesis */
            uint32_t q = p;
            while (q > c->tb && p - q < 6 && d->toks[q].p != '(') {
                q--;
            }
            if (d->toks[q].p == '(' && q > c->tb) {
                i = q;
                continue;
            }
            return 0;
        }
        if (d->toks[p].p == ',') {
            /* "Safadi, on a visit to Cairo on Tuesday, met X": a parenthetical phrase that
             * ends with a time, between commas after the subject */
            for (uint32_t q = p; p > c->tb && in_timex(c, p - 1, NULL) && q > c->tb + 1 && q + 14 > p;
                 q--) {
                if (d->toks[q - 1].p != ',') {
                    continue;
                }
                /* (also a participle's phrase: "Milei, attending the G20 summit in Rio de
                 * Janeiro on Monday, did not hold ...") */
                if (is(d, q, "on") || is(d, q, "in") || is(d, q, "during") || is(d, q, "after") ||
                    (ing_word(d, q) && !(d->toks[q].flags & TF_CAP))) {
                    int m3 = ment_at(c, q - 2);
                    if (m3 >= 0 && M(c, m3)->kind == MK_PERSON && !c->speaker[m3] &&
                        !(M(c, m3)->flags & (MF_ADJ | MF_POSS | MF_LOCPP)) && q - 1 < p &&
                        !in_timex(c, q, NULL)) {
                        return coord_left(c, m3, out, max);
                    }
                }
                break;
            }
            /* "Diop, in Sochi for the first ministerial conference of the Russia-Africa
             * Partnership Forum, met Lavrov": a place and what one is there for, between
             * commas after the person who opens the sentence */
            for (uint32_t q = p; q > c->tb + 2 && q + 24 > p; q--) {
                if (d->toks[q - 1].p != ',') {
                    continue;
                }
                int pl = is(d, q, "in") && q + 1 < p ? ment_at(c, q + 1) : -1;
                int m3 = ment_at(c, q - 2);
                uint32_t tb1 = c->tb;
                while (tb1 < q && (d->toks[tb1].flags & TF_DATELINE)) {
                    tb1++;
                }
                if (pl >= 0 && M(c, pl)->kind == MK_PLACE && m3 >= 0 &&
                    M(c, m3)->kind == MK_PERSON && M(c, m3)->te == q - 1 && !c->speaker[m3] &&
                    !(M(c, m3)->flags & (MF_ADJ | MF_POSS | MF_LOCPP | MF_PRON)) &&
                    M(c, m3)->ts <= tb1 + 1) {
                    out[0] = m3;
                    return 1;
                }
                break;
            }
            /* a comma after a time phrase */
            if (p > c->tb && in_timex(c, p - 1, NULL)) {
                int nr = relative_antecedent(c, p, out, max);
                if (nr > 0) {
                    return nr;
                }
                /* (not a time that ends a clause after its object: "visited Finland on
                 * Thursday, meeting Orpo" has no subject "Finland") */
                uint32_t t0 = p - 1;
                while (t0 > c->tb && in_timex(c, t0 - 1, NULL)) {
                    t0--;
                }
                int om = t0 > c->tb + 1 ? ment_at(c, t0 - 1) : -1;
                /* (also over its article: "will tour the Pacific next week, visiting Fiji") */
                uint32_t ob = om >= 0 ? M(c, om)->ts : 0;
                if (ob > c->tb + 1 && is(d, ob - 1, "the") && !d->toks[ob - 1].p) {
                    ob--;
                }
                if (om >= 0 && !(M(c, om)->flags & (MF_LOCPP | MF_ADJ | MF_POSS)) &&
                    ob > c->tb && !d->toks[ob - 1].p && (d->toks[ob - 1].flags & TF_ALPHA) &&
                    !(d->toks[ob - 1].flags & TF_CAP) && ment_at(c, ob - 1) < 0 &&
                    !is(d, ob - 1, "and") && !is(d, ob - 1, "the")) {
                    return 0;
                }
                i = p;
                continue;
            }
            /* "The US commander in Iraq, General David Petraeus, held talks" */
            int m2 = p > c->tb ? ment_at(c, p - 1) : -1;
            /* "The Kenyan defence minister, Peter Odhiambo, held talks": a sentence-initial
             * appositive mention */
            uint32_t tb0 = c->tb;
            while (tb0 < p && (d->toks[tb0].flags & TF_DATELINE)) {
                tb0++;
            }
            bool initial = m2 >= 0 && (M(c, m2)->ts == tb0 ||
                                       (M(c, m2)->ts == tb0 + 1 && is(d, tb0, "the")));
            /* "Iran's chief negotiator, Reza Karimi, held talks": the mention itself is an
             * appositive noun phrase closed by this comma */
            bool inner = false;
            for (uint32_t q = m2 >= 0 ? M(c, m2)->ts : p; q < p; q++) {
                if (d->toks[q].p == ',') {
                    inner = true;
                }
            }
            if (m2 >= 0 && M(c, m2)->kind == MK_PERSON &&
                ((M(c, m2)->ts > c->tb && d->toks[M(c, m2)->ts - 1].p == ',') || initial || inner) &&
                !c->speaker[m2]) {
                /* "Armenia's prime minister, Nikol Pashinyan, and Azerbaijan's president, Ilham
                 * Aliyev, met": appositive mentions joined by "and" */
                /* (also "X and his Armenian counterpart, Deputy Parliament Speaker Ruben
                 * Rubinyan, met") */
                uint32_t a0 = M(c, m2)->ts;
                int pp = a0 > c->tb ? ment_at(c, a0 - 1) : -1;
                if (pp >= 0 && (M(c, pp)->flags & MF_PRON) && (M(c, pp)->flags & MF_POSS)) {
                    a0 = M(c, pp)->ts;
                }
                if (inner && a0 > c->tb + 1 && is(d, a0 - 1, "and")) {
                    return coord_left(c, m2, out, max);
                }
                out[0] = m2;
                return 1;
            }
            /* "The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, will meet": the
             * people named between commas after a plural noun opening the sentence */
            uint32_t s2 = m2 >= 0 ? M(c, m2)->ts : 0;
            if (m2 >= 0 && s2 > c->tb + 2 && is(d, s2 - 1, "'s") && ment_at(c, s2 - 2) >= 0 &&
                (M(c, ment_at(c, s2 - 2))->flags & MF_POSS)) {
                s2 = M(c, ment_at(c, s2 - 2))->ts; /* ("..., Greece's X and Turkey's Y, ...") */
            }
            if (m2 >= 0 && M(c, m2)->kind == MK_PERSON && s2 > c->tb + 1 && is(d, s2 - 1, "and")) {
                int co[4];
                int nco = coord_left(c, m2, co, 4);
                uint32_t f0 = M(c, co[nco - 1])->ts;
                if (f0 > c->tb + 2 && is(d, f0 - 1, "'s") && ment_at(c, f0 - 2) >= 0) {
                    f0 = M(c, ment_at(c, f0 - 2))->ts; /* ("Greece's Giorgos Gerapetritis") */
                }
                uint32_t s0 = tb0 + (is(d, tb0, "the") ? 1 : 0);
                bool plural_np = nco >= 2 && f0 > s0 + 1 && d->toks[f0 - 1].p == ',' && f0 - 1 - s0 <= 4;
                for (uint32_t q = s0; plural_np && q + 1 < f0; q++) {
                    plural_np = (d->toks[q].flags & TF_ALPHA) && !(d->toks[q].flags & TF_CAP) &&
                                ment_at(c, q) < 0;
                }
                if (plural_np && d->toks[f0 - 2].klen > 2 &&
                    px_tkey(d, f0 - 2)[d->toks[f0 - 2].klen - 1] == 's') {
                    for (int x = 0; x < nco && x < max; x++) {
                        out[x] = co[x];
                    }
                    return nco < max ? nco : max;
                }
            }
            /* "Rubio, on his third trip to the region, met Sisi": a parenthetical phrase
             * between commas after the subject */
            for (uint32_t q = p; q > c->tb + 1 && q + 14 > p; q--) {
                if (d->toks[q - 1].p != ',') {
                    continue;
                }
                if (is(d, q, "on") || is(d, q, "in") || is(d, q, "at") || is(d, q, "during") ||
                    is(d, q, "after") || is(d, q, "amid") || is(d, q, "despite") ||
                    is(d, q, "as") || is(d, q, "fresh") || is(d, q, "making") ||
                    /* ("Guterres, attending the African Union summit, is meeting ...") */
                    (ing_word(d, q) && !(d->toks[q].flags & TF_CAP))) {
                    int m3 = ment_at(c, q - 2);
                    if (m3 >= 0 && is_party_kind(c, m3) && !c->speaker[m3] &&
                        !(M(c, m3)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
                        return coord_left(c, m3, out, max);
                    }
                }
                break;
            }
            int nr = relative_antecedent(c, p, out, max);
            if (nr > 0) {
                return nr;
            }
            /* "Sergey Lavrov, Russia's foreign minister for more than two decades and one of
             * the Kremlin's longest-serving officials, met ...": a long appositive, with no
             * verb of its own, after a person who opens the sentence */
            for (uint32_t q = p; q > tb0 && q + 40 > p; q--) {
                int m4 = ment_at(c, q - 1);
                if (m4 >= 0 && M(c, m4)->te == q && M(c, m4)->kind == MK_PERSON &&
                    (M(c, m4)->ts == tb0 || (M(c, m4)->ts == tb0 + 1 && is(d, tb0, "the"))) &&
                    !(M(c, m4)->flags & (MF_PRON | MF_POSS | MF_ADJ)) && !c->speaker[m4]) {
                    out[0] = m4;
                    return 1;
                }
                /* (an acronym in brackets, "the Communist Party of China (CPC)", and "also"
                 * opening the appositive, ", also a member of ...", belong to it) */
                bool acro = d->toks[q].p == '(' && q + 2 < p && d->toks[q + 2].p == ')';
                bool also = is(d, q, "also") && q > c->tb && d->toks[q - 1].p == ',';
                if (q < p && ((d->toks[q].p == '(' && !acro) || d->toks[q].p == ';' ||
                              d->toks[q].p == ':' ||
                              is(d, q, "who") || is(d, q, "which") || is(d, q, "that") ||
                              cue1(d, q, CUE_REPORT) || (cue1(d, q, CUE_AUX) && !also) ||
                              trig(d, q, c->te, TR_CONTACT_V, NULL) ||
                              trig(d, q, c->te, TR_DECIDE_V, NULL) ||
                              trig(d, q, c->te, TR_MOTION_V, NULL))) {
                    break;
                }
            }
            return 0;
        }
        /* "X and a group of deputies held talks": skip a short unknown noun phrase */
        if ((d->toks[p].flags & TF_ALPHA) && !(d->toks[p].flags & TF_CAP)) {
            uint32_t q = p;
            int w = 0;
            bool verb = false; /* (a verb among the words: "and discussed preparations for") */
            while (q > c->tb && w < 5 && (d->toks[q].flags & TF_ALPHA) && !is(d, q, "and") &&
                   ment_at(c, q) < 0 && !cue1(d, q, CUE_REPORT) && !cue1(d, q, CUE_CLAUSE) &&
                   !trig(d, q, c->te, TR_CONTACT_V, NULL) && !trig(d, q, c->te, TR_DECIDE_V, NULL)) {
                verb = verb || (ed_word(d, q) && q + 1 < c->te && !is(d, q + 1, "by"));
                q--;
                w++;
            }
            if (is(d, q, "and") && q > c->tb && !verb) {
                int m3 = ment_at(c, q - 1);
                /* ("Mali's junta expelled the French ambassador and refused to meet ...": a
                 * verb's object before "and" and the verb is no subject; its verb's is) */
                uint32_t a = m3 >= 0 ? M(c, m3)->ts : 0;
                if (a > c->tb + 1 &&
                    (is(d, a - 1, "the") || is(d, a - 1, "a") || is(d, a - 1, "an"))) {
                    a--;
                }
                if (w == 0 && m3 >= 0 && a > c->tb + 1 && ed_word(d, a - 1) &&
                    !(d->toks[a - 1].flags & TF_CAP) && ment_at(c, a - 1) < 0) {
                    return subject(c, a - 1, out, max);
                }
                if (m3 >= 0 && is_party_kind(c, m3) && !(M(c, m3)->flags & (MF_ADJ | MF_LOCPP))) {
                    return coord_left(c, m3, out, max);
                }
            }
        }
        return 0;
    }
    return 0;
}

/* "and Xi would ...", "and Putin will ...": an "and" at i that opens a clause with a subject
 * of its own (a party, then an auxiliary, modal, light or motion verb) */
static bool and_clause(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    if (!is(d, i, "and") || i + 2 >= c->te) {
        return false;
    }
    int am = ment_at(c, i + 1);
    if (am < 0 && is(d, i + 1, "the")) {
        /* "... in July 2025, and the next one is due to take place in Brussels": a
         * common noun phrase and its own verb */
        for (uint32_t q = i + 2; q < c->te && q < i + 6; q++) {
            if (q > i + 2 && (cue1(d, q, CUE_AUX) || is(d, q, "will") || is(d, q, "would"))) {
                return true;
            }
            if (!(d->toks[q].flags & TF_ALPHA) || (d->toks[q].flags & TF_CAP) ||
                ment_at(c, q) >= 0 || trig(d, q, c->te, TR_CONTACT_V, NULL)) {
                break;
            }
        }
    }
    uint32_t a2 = am >= 0 ? M(c, am)->te : 0;
    return am >= 0 && is_party_kind(c, am) && a2 < c->te &&
           !(M(c, am)->flags & (MF_ADJ | MF_POSS)) &&
           (is(d, a2, "will") || is(d, a2, "would") || cue1(d, a2, CUE_AUX) ||
            cue1(d, a2, CUE_HYPO) || trig(d, a2, c->te, TR_LIGHT_V, NULL) ||
            trig(d, a2, c->te, TR_MOTION_V, NULL));
}

/* "follows", "comes (after)", "preceded", "coincides (with)": a verb that relates a
 * contact noun to another event, the end of the noun's material */
static bool sequel_word(const px_doc *d, uint32_t i)
{
    switch (d->toks[i].k0) {
    case 'f':
        return is(d, i, "follows") || is(d, i, "followed");
    case 'c':
        return is(d, i, "comes") || is(d, i, "came") || is(d, i, "coincides") ||
               is(d, i, "coincided");
    case 'p':
        return is(d, i, "precedes") || is(d, i, "preceded");
    default:
        return false;
    }
}

/* "met their Philippine counterparts, Ma. Theresa Lazaro and Gilberto Teodoro Jr., in
 * Washington": people named between commas after a plural group are that group. Given a
 * coordination v[0..n) (which runs on over the commas), drops such a group; returns the new
 * count. */
static int appos_people(const sctx *c, int *v, int n)
{
    const px_doc *d = c->d;
    if (n < 3) {
        return n;
    }
    const px_ment *g = M(c, v[0]);
    if (g->kind != MK_GROUP || !(g->flags & MF_PLURAL)) {
        return n;
    }
    /* (also a group of the states named after it, one person for each: "the foreign
     * ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov,") */
    int j = 1;
    while (j < n && M(c, v[j])->kind == MK_STATE && !(M(c, v[j])->flags & (MF_ADJ | MF_POSS))) {
        j++;
    }
    if (j > 1 && n - j != j) {
        return n;
    }
    uint32_t ge = M(c, v[j - 1])->te;
    if (ge >= c->te || d->toks[ge].p != ',') {
        return n;
    }
    for (int x = j; x < n; x++) {
        if (M(c, v[x])->kind != MK_PERSON || (M(c, v[x])->flags & MF_PRON)) {
            return n;
        }
    }
    uint32_t e = M(c, v[n - 1])->te;
    if (e < c->te && d->toks[e].p != ',' && d->toks[e].p != '.') {
        return n;
    }
    for (int x = j; x < n; x++) {
        v[x - j] = v[x];
    }
    return n - j;
}

/* room for the people a verb's object, "with" or "between" lists */
#define POST_MAX 6

/* After the contact phrase: objects, with/between/by/from/of phrases, places. */
typedef struct post {
    int obj[POST_MAX], nobj;
    int with[POST_MAX], nwith;
    int betw[POST_MAX], nbetw;
    int medi[4], nmedi;   /* talks mediated by X (and Y) */
    int by;               /* visit by X / offer from X */
    int of;               /* meeting of the UN Security Council */
    int place;            /* first place mention (in/at/to) */
    int dest;             /* destination: to X / in X after motion / visit object */
    uint32_t venue_ts, venue_te;
    uint32_t rel_ts, rel_te; /* a relative clause between commas that the scan went over */
    uint32_t end;
} post;

/* a preposition that opens the subject matter of a contact ("talks on trade", "a trip
 * aimed at reviving talks"), not its time, place or venue */
/* A verb of expression, whose purpose infinitive says what a contact was for ("called
 * Abbas to express Italy's support"); told by its first letter (this runs per token). */
static bool say_verb(const char *w)
{
    switch (w[0]) {
    case 'c':
        return px_streq(w, "convey");
    case 'e':
        return px_streq(w, "express") || px_streq(w, "emphasise") || px_streq(w, "emphasize");
    case 'o':
        return px_streq(w, "offer");
    case 'p':
        return px_streq(w, "pledge");
    case 'r':
        return px_streq(w, "reiterate") || px_streq(w, "reaffirm");
    case 's':
        return px_streq(w, "stress");
    case 'u':
        return px_streq(w, "underline");
    case 'v':
        return px_streq(w, "voice");
    default:
        return false;
    }
}

static bool m_topic_start(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    if (in_timex(c, i, NULL) || i + 1 >= c->te) {
        return false;
    }
    if (is(d, i, "about") || is(d, i, "regarding") || is(d, i, "concerning") ||
        (is(d, i, "aimed") && is(d, i + 1, "at"))) {
        return true;
    }
    /* "the meeting ... focused on Gaza", "centred on trade" */
    char i0 = d->toks[i].k0;
    if ((i0 == 'f' || i0 == 'c') &&
        (is(d, i, "focused") || is(d, i, "focussed") || is(d, i, "focusing") ||
         is(d, i, "centred") || is(d, i, "centered")) &&
        is(d, i + 1, "on")) {
        return true;
    }
    /* "called Trump to discuss the Gaza ceasefire", "called Abbas to express Spain's
     * support": what the contact was for */
    if ((is(d, i, "discuss") || is(d, i, "discussing")) && i > c->tb &&
        (is(d, i - 1, "to") || d->toks[i - 1].p == ',')) {
        return true;
    }
    if (say_verb(px_tkey(d, i)) && i > c->tb && is(d, i - 1, "to")) {
        return true;
    }
    /* "had sought the talks to ease tensions over Second Thomas Shoal": a purpose */
    if (i > c->tb && is(d, i - 1, "to") && !(d->toks[i].flags & TF_CAP)) {
        static const char *const pv[] = {"ease", "defuse", "calm", "reduce", "resolve",
                                         "settle", "mend", "repair", "improve", "boost",
                                         "bolster", "strengthen", "deepen", "address", NULL};
        for (int n = 0; pv[n]; n++) {
            if (is(d, i, pv[n])) {
                return true;
            }
        }
    }
    if (is(d, i, "on") || is(d, i, "over")) {
        if (phone_tail(d, i, c->te) || in_timex(c, i + 1, NULL)) {
            return false;
        }
        uint32_t q = i + 1;
        if (is(d, q, "the") || is(d, q, "a") || is(d, q, "an")) {
            q++;
        }
        if (q < c->te && (is(d, q, "sidelines") || is(d, q, "margins") || is(d, q, "fringes") ||
                          is(d, q, "behalf") || is(d, q, "board") || is(d, q, "way") ||
                          is(d, q, "eve") || is(d, q, "occasion") || is(d, q, "invitation") ||
                          /* (where, not what: "was met on the platform by X", "greeted
                           * on the tarmac", "on arrival") */
                          is(d, q, "platform") || is(d, q, "tarmac") || is(d, q, "steps") ||
                          is(d, q, "arrival") || is(d, q, "spot") ||
                          in_timex(c, q, NULL) || (d->toks[q].flags & TF_NUM))) {
            return false;
        }
        /* "on the sidelines" aside, a lower-case word after on/over is a subject matter */
        return q < c->te && (d->toks[q].flags & TF_ALPHA) && !(d->toks[q].flags & TF_CAP) &&
               ment_at(c, q) < 0;
    }
    return false;
}

/* a lower-case word ending in -ing that is no name: "drawing", "saying", "prompting" */
/* A hyphenated participle starting at i: "co-chairing", "co-hosting". */
static bool hyph_ing(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    uint32_t h = i;
    while (h + 1 < c->te && h < i + 3 && ((d->toks[h].flags & TF_HYPH) || is(d, h + 1, "-") ||
                                          is(d, h, "-"))) {
        h++;
    }
    return h > i && ing_word(d, h);
}

static bool ing_word(const px_doc *d, uint32_t i)
{
    const char *k = px_tkey(d, i);
    size_t n = d->toks[i].klen;
    if (!(n > 4 && (d->toks[i].flags & TF_ALPHA) && !(d->toks[i].flags & TF_CAP) &&
          k[n - 3] == 'i' && k[n - 2] == 'n' && k[n - 1] == 'g')) {
        return false;
    }
    /* (a preposition and nouns: ", during which she was to hold talks", "evening") */
    static const char *const not_ing[] = {"during", "morning", "evening", "nothing", "something",
                                          "anything", "everything", "spring", NULL};
    for (int w = 0; not_ing[w]; w++) {
        if (px_streq(k, not_ing[w])) {
            return false;
        }
    }
    return true;
}

/* A finite auxiliary or modal: the start of a verb chain ("had been", "has been", "would"). */
static bool finite_aux(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"has", "have", "had", "is", "are", "was", "were", "will",
                                    "would", "could", "can", "might", "shall", "should", "must",
                                    NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* A sporting event among the words [a, b): "the Winter Olympics", "the World Cup", "the
 * Asian Games", "the championship" (hosting one is no contact; attending one abroad is, as
 * the host state is a party: "attend the Beijing Olympics"). */
static bool sport_event(const sctx *c, uint32_t a, uint32_t b)
{
    const px_doc *d = c->d;
    static const char *const w[] = {"olympics", "olympic", "paralympics", "games", "cup",
                                    "championship", "championships", "tournament", "marathon",
                                    "derby", NULL};
    for (uint32_t q = a; q < b && q < c->te; q++) {
        for (int n = 0; w[n]; n++) {
            if (is(d, q, w[n]) && !(is(d, q, "games") && q > c->tb && is(d, q - 1, "war"))) {
                return true;
            }
        }
    }
    return false;
}

/* A noun of a standing relation between two sides ("strain between", "tensions between",
 * "the border between"): a "between" after it names that relation's sides. */
static bool relation_noun(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "tension", "tensions", "strain", "strains", "relations", "relationship", "ties",
        "rift", "rifts", "dispute", "disputes", "conflict", "conflicts", "war", "rivalry",
        "divide", "gap", "border", "frontier", "friction", "feud", "standoff", "fighting",
        "clashes", "hostilities", "animosity", "distrust", "mistrust", "row", "spat",
        "differences", "split", "enmity", "hostility", NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* The last mention of the coordination that starts at m ("Brussels and Georgia"). */
static int coord_right_end(const sctx *c, int m)
{
    int co[4];
    int n = coord_right(c, m, co, 4);
    return co[n - 1];
}

/* "Wadephul is in Beijing this week", "Saidov, who is in Astana on a working visit,",
 * "will be in Paris on Monday": a person being in a place (the form of "be" at i, the place
 * mention m) is a visit; a state or a group "in" a place is not ("Russian troops are in
 * Syria"), nor a possessive ("is in Moscow's interest"). */
static bool being_there(const sctx *c, uint32_t i, int m)
{
    const px_doc *d = c->d;
    /* (a state or a town of one, not a region: "while Wang is in Europe") */
    if ((M(c, m)->flags & MF_POSS) || !E(c, m) || !E(c, m)->country[0]) {
        return false;
    }
    uint32_t p = i;
    while (p > c->tb && (is(d, p - 1, "will") || is(d, p - 1, "would") || is(d, p - 1, "to") ||
                         is(d, p - 1, "also") || is(d, p - 1, "already") || is(d, p - 1, "'ll") ||
                         is(d, p - 1, "currently") || is(d, p - 1, "expected") ||
                         is(d, p - 1, "due") || is(d, p - 1, "set"))) {
        p--;
    }
    if (p == c->tb) {
        return false;
    }
    if (is(d, p - 1, "who") && p >= c->tb + 2) {
        p -= d->toks[p - 2].p == ',' ? 2 : 1;
    }
    int s = p > c->tb ? ment_at(c, p - 1) : -1;
    if (s >= 0 && M(c, s)->kind == MK_GROUP && !(M(c, s)->flags & (MF_POSS | MF_ADJ))) {
        /* (a state's envoys are its people abroad: "Israeli negotiators were also in Cairo
         * for indirect talks", "an Israeli delegation was in Cairo on Sunday") */
        uint32_t h = M(c, s)->te - 1;
        return is(d, h, "negotiators") || is(d, h, "delegation") || is(d, h, "delegations") ||
               is(d, h, "envoys") || is(d, h, "emissaries") || is(d, h, "mediators") ||
               is(d, h, "lawmakers");
    }
    return s >= 0 && M(c, s)->kind == MK_PERSON && !(M(c, s)->flags & (MF_POSS | MF_ADJ));
}

/* State-media word order: "received in audience at Qasr Al Watan today H.E. X", "received
 * on Thursday at the Palace of the Revolution in Havana the Russian Deputy Prime Minister
 * X", "received in Rabat on Thursday X": a host verb's object after adverbials of time,
 * place and manner. Returns the mention of the object, or -1. */
/* "Palace", "House", "Villa", "Hall" ...: the last word of a named building */
static bool building_word(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"palace", "house", "villa", "hall", "building",
                                    "buildings", "office", "complex", "residence", "centre",
                                    "center", "lodge", "mansion", "castle", "chancellery", "diwan",
                                    "headquarters", NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

static int late_object(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    if (k->form != F_VERB || k->type != T_HOST || !(k->vflags & (TRF_PAST | TRF_3SG))) {
        return -1;
    }
    uint32_t i = k->after, te = 0;
    bool skipped = false;
    for (int n = 0; n < 8 && i < c->te; n++) {
        if (in_timex(c, i, &te) && te > i) {
            i = te;
        } else if (is(d, i, "this") && i + 1 < c->te && in_timex(c, i + 1, &te) && te > i + 1) {
            i = te; /* "received this Tuesday at the Palacio Quemado ..." */
        } else if (d->toks[i].p == ',' && n > 0 && i + 1 < c->te &&
                   (is(d, i + 1, "at") || is(d, i + 1, "in") || is(d, i + 1, "the") ||
                    honorific_tok(d, i + 1) || in_timex(c, i + 1, NULL))) {
            i++; /* "received in audience on Wednesday, at the Presidential Palace in Luanda,
                  * the Minister of ..." */
            continue;
        } else if (is(d, i, "today") || is(d, i, "yesterday") || is(d, i, "here") ||
                   is(d, i, "tonight")) {
            i++;
        } else if (n > 0 && d->toks[i].p == '(' && i + 2 < c->te &&
                   (d->toks[i + 1].flags & TF_NUM) && d->toks[i + 2].p == ')') {
            i += 3; /* the day of the month after a weekday: "received this Tuesday (9) the
                     * President of ..." */
        } else if (is(d, i, "in") && i + 1 < c->te && is(d, i + 1, "audience")) {
            i += 2;
        } else if ((is(d, i, "in") || is(d, i, "at")) && i + 1 < c->te) {
            /* a place, or a named building: "at the Presidential Villa", "at Al Husseiniya
             * Palace in Amman", "at the Palace of the Revolution in Havana" */
            uint32_t j = i + 1;
            if (is(d, j, "the")) {
                j++;
            } else if (possessive_pron(d, j) && j + 1 < c->te && building_word(d, j + 1)) {
                j++; /* "received at his office today his Kenyan counterpart" */
            }
            int pm = j < c->te ? ment_at(c, j) : -1;
            if (pm >= 0 && M(c, pm)->ts == j && M(c, pm)->kind == MK_UNKNOWN &&
                building_word(d, M(c, pm)->te - 1)) {
                j = M(c, pm)->te; /* ("received today at Al-Ittihadiya Palace in Cairo X") */
            } else if (pm >= 0 && M(c, pm)->ts <= j && M(c, pm)->te < c->te &&
                       M(c, pm)->kind == MK_ORG && (d->toks[M(c, pm)->te].flags & TF_CAP) &&
                       building_word(d, M(c, pm)->te)) {
                j = M(c, pm)->te + 1; /* ("at the AU Headquarters in Addis Ababa") */
            } else if (pm >= 0 && M(c, pm)->ts == j &&
                (M(c, pm)->kind == MK_PLACE || (M(c, pm)->flags & MF_LOCPP))) {
                j = M(c, pm)->te;
                /* "at Lusail Palace": a building named after its town */
                int bm = j < c->te ? ment_at(c, j) : -1;
                if (bm >= 0 && M(c, bm)->ts == j && M(c, bm)->kind == MK_UNKNOWN &&
                    building_word(d, M(c, bm)->te - 1)) {
                    j = M(c, bm)->te;
                }
            } else if (pm < 0 && j < c->te && (d->toks[j].flags & TF_CAP)) {
                uint32_t j0 = j;
                while (j < c->te && j < j0 + 7 && ment_at(c, j) < 0 &&
                       ((d->toks[j].flags & TF_CAP) ||
                        ((is(d, j, "of") || is(d, j, "the")) && j + 1 < c->te &&
                         ((d->toks[j + 1].flags & TF_CAP) ||
                          (is(d, j + 1, "the") && j + 2 < c->te &&
                           (d->toks[j + 2].flags & TF_CAP)))))) {
                    j++;
                }
                /* ("at State House": the building's last word read as a name) */
                int hm = j < c->te ? ment_at(c, j) : -1;
                if (hm >= 0 && M(c, hm)->ts == j && M(c, hm)->kind == MK_UNKNOWN &&
                    building_word(d, M(c, hm)->te - 1)) {
                    j = M(c, hm)->te;
                }
            } else if (pm < 0 && j > i + 1) {
                /* a building in lower case: "at the presidential headquarters in Ramallah" */
                uint32_t j0 = j;
                /* (also after a possessive: "at the ministry's general diwan") */
                while (j < c->te && j < j0 + 4 && ment_at(c, j) < 0 &&
                       (!d->toks[j].p || is(d, j, "'s")) &&
                       ((d->toks[j].flags & TF_ALPHA) || is(d, j, "'s")) &&
                       !(d->toks[j].flags & TF_CAP) && !building_word(d, j) &&
                       !is(d, j, "headquarters")) {
                    j++;
                }
                if (j < c->te && (building_word(d, j) || is(d, j, "headquarters")) &&
                    !(d->toks[j].flags & TF_CAP)) {
                    j++;
                } else {
                    break;
                }
            } else {
                break;
            }
            /* "the Palace of the Revolution" */
            while (j + 1 < c->te && is(d, j, "of")) {
                uint32_t q = j + 1 + (is(d, j + 1, "the") ? 1 : 0);
                int qm = q < c->te ? ment_at(c, q) : -1;
                if (qm >= 0 && M(c, qm)->ts == q &&
                    (M(c, qm)->kind == MK_UNKNOWN || !is_party_kind(c, qm))) {
                    j = M(c, qm)->te;
                } else if (qm < 0 && q < c->te && (d->toks[q].flags & TF_CAP)) {
                    j = q + 1;
                } else {
                    break;
                }
            }
            /* ", Abuja," after a building */
            if (j + 2 < c->te && d->toks[j].p == ',') {
                int cm = ment_at(c, j + 1);
                if (cm >= 0 && (M(c, cm)->kind == MK_PLACE || M(c, cm)->kind == MK_STATE) &&
                    M(c, cm)->te < c->te && d->toks[M(c, cm)->te].p == ',') {
                    j = M(c, cm)->te + 1;
                }
            }
            i = j;
        } else {
            break;
        }
        skipped = true;
    }
    if (!skipped && i < c->te && honorific_tok(d, i)) {
        skipped = true; /* ("received in audience H.E. Wang Wenbin": over the honorific) */
    }
    /* ("received in audience the Chinese Ambassador to Nigeria, Cui Jianchun": the object
     * after the trigger's own "in audience") */
    if (!skipped && i == k->after && k->te > k->ts && is(d, k->te - 1, "audience")) {
        skipped = true;
    }
    if (!skipped || i >= c->te) {
        return -1;
    }
    /* "received in Yerevan on November 19 the delegation led by X" */
    int lm = led_delegation(c, i, c->te);
    if (lm >= 0) {
        return lm;
    }
    if (is(d, i, "the") || is(d, i, "a") || honorific_tok(d, i)) {
        i++;
        if (i + 1 < c->te && (is(d, i, "outgoing") || is(d, i, "incoming") ||
                              is(d, i, "visiting")) && ment_at(c, i) < 0) {
            i++; /* ("the outgoing Chinese Ambassador to Nigeria, Cui Jianchun") */
        }
    } else if (address_form(d, i, c->te)) {
        i += address_form(d, i, c->te); /* "His Excellency", "His Royal Highness" */
    } else if (possessive_pron(d, i) && i + 1 < c->te && ment_at(c, i + 1) >= 0) {
        i++; /* "his Kenyan counterpart Moses Wetang'ula" */
    }
    /* ("received at the AU Headquarters in Addis Ababa a high-level delegation of the
     * Republic of South Sudan": the state the delegation is of) */
    if (i < c->te && ment_at(c, i) < 0) {
        uint32_t g = i;
        while (g < c->te && g < i + 4 && ment_at(c, g) < 0 && !d->toks[g].p &&
               !is(d, g, "delegation") && !is(d, g, "delegations")) {
            g++;
        }
        uint32_t g2 = g + 1 + (g + 2 < c->te && is(d, g + 2, "the") ? 1 : 0);
        if (g + 2 < c->te && (is(d, g, "delegation") || is(d, g, "delegations")) &&
            (is(d, g + 1, "of") || is(d, g + 1, "from")) && ment_at(c, g2) >= 0 &&
            (M(c, ment_at(c, g2))->kind == MK_STATE || M(c, ment_at(c, g2))->kind == MK_ORG)) {
            i = g2;
        }
    }
    int m = i < c->te ? ment_at(c, i) : -1;
    /* (a person is no place, whatever preposition came before the building: "received
     * today at Qasr Al Shati His Excellency Shehbaz Sharif") */
    if (m < 0 || M(c, m)->kind == MK_PLACE ||
        (M(c, m)->flags & (MF_PRON | (M(c, m)->kind == MK_PERSON ? 0 : MF_LOCPP))) ||
        !is_party_kind(c, m)) {
        return -1;
    }
    return m;
}

static void post_scan(sctx *c, core *k, post *o)
{
    px_doc *d = c->d;
    memset(o, 0, sizeof *o);
    o->by = o->of = o->place = o->dest = -1;
    uint32_t i = k->after;
    /* ("co-chaired the session with X": the object is the gathering, the partner comes
     * after "with") */
    bool direct_ok = (k->form == F_VERB || k->form == F_MOTION) &&
                     !(k->ts < c->te && (strncmp(px_tkey(d, k->ts), "co-chair", 8) == 0 ||
                                         (is(d, k->ts, "co") && k->te > k->ts + 1 &&
                                          strncmp(px_tkey(d, k->te - 1), "chair", 5) == 0)));
    bool topic = false; /* inside "on the war in Ukraine", "aimed at reviving talks ..." */
    int commas = 0;
    bool tour = k->type == T_VISIT && k->form != F_VERB && k->form != F_MOTION && k->te > k->ts &&
                (is(d, k->te - 1, "tour") || is(d, k->te - 1, "tours"));
    int late = late_object(c, k);
    /* (the core in a relative clause: ", who attended ...") */
    bool in_rel = false;
    for (uint32_t q = k->ts; q > c->tb + 1 && q + 10 > k->ts && !d->toks[q - 1].p; q--) {
        if ((is(d, q - 1, "who") || is(d, q - 1, "which")) && d->toks[q - 2].p == ',') {
            in_rel = true;
        }
    }
    /* (so does a participle's phrase between commas after a person: "Milei, attending the
     * G20 summit in Rio de Janeiro on Monday, did not hold ...") */
    if (k->form == F_VERB && (k->vflags & TRF_ING) && k->ts > c->tb + 1 &&
        d->toks[k->ts - 1].p == ',') {
        int sm = ment_at(c, k->ts - 2);
        in_rel = in_rel || (sm >= 0 && M(c, sm)->kind == MK_PERSON);
    }
    /* (a late object is reached however far: "received at the Presidential Villa, Abuja, a
     * World Bank delegation led by its Vice President for Western and Central Africa,
     * Ousmane Diagana") */
    for (int steps = 0; i < c->te && (steps < 24 || (late >= 0 && o->nobj == 0 && steps < 40));
         steps++) {
        const px_tok *t = &d->toks[i];
        /* (a name no mention covers is one step, as a mention is: "the two countries'
         * High-Level Cooperation Council, initially expected this month, has been
         * postponed") */
        if (i > k->after && i + 1 < c->te && ment_at(c, i) < 0 && !t->p &&
            (((t->flags & TF_CAP) && (t->flags & TF_ALPHA)) ||
             ((t->flags & TF_HYPH) && (d->toks[i - 1].flags & TF_CAP))) &&
            (d->toks[i + 1].flags & (TF_CAP | TF_HYPH))) {
            steps--;
        }
        if (!topic && m_topic_start(c, i)) {
            topic = true;
        }
        /* "hosted then-President Moon Jae-in", "met ex-President X": over the prefix */
        if (i == k->after && i + 2 < c->te && (is(d, i, "then") || is(d, i, "ex")) &&
            (d->toks[i + 1].flags & TF_HYPH) && ment_at(c, i + 2) >= 0) {
            i += 2;
            k->after = i;
            continue;
        }
        /* "will meet Presidents Felix Tshisekedi and Paul Kagame": over a plural title in
         * capitals before the people it names */
        if (i == k->after && i + 1 < c->te && ment_at(c, i) < 0 && (t->flags & TF_CAP) &&
            (is(d, i, "presidents") || is(d, i, "ministers") || is(d, i, "premiers") ||
             is(d, i, "leaders") || is(d, i, "chancellors") || is(d, i, "kings")) &&
            ment_at(c, i + 1) >= 0 && M(c, ment_at(c, i + 1))->ts == i + 1 &&
            M(c, ment_at(c, i + 1))->kind == MK_PERSON) {
            i++;
            k->after = i;
            continue;
        }
        /* "welcomed His Highness the Amir of Kuwait": over a form of address */
        if (i == k->after && k->form == F_VERB && address_form(d, i, c->te)) {
            i += address_form(d, i, c->te);
            k->after = i;
            continue;
        }
        /* "welcome my friend Prime Minister Keir Starmer": over a first-person relation */
        if (i == k->after && k->form == F_VERB && i + 2 < c->te && (is(d, i, "my") || is(d, i, "our"))) {
            uint32_t q = i + 1;
            while (q < c->te && q < i + 3 && ment_at(c, q) < 0 && (d->toks[q].flags & TF_ALPHA) &&
                   !(d->toks[q].flags & TF_CAP)) {
                q++;
            }
            if (q < c->te && ment_at(c, q) >= 0 && M(c, ment_at(c, q))->ts == q) {
                i = q;
                k->after = q;
                continue;
            }
        }
        /* "to see detained former leader Aung San Suu Kyi": over a state's participle */
        if (i == k->after && k->form == F_VERB && i + 1 < c->te &&
            (is(d, i, "detained") || is(d, i, "jailed") || is(d, i, "imprisoned") ||
             is(d, i, "ousted") || is(d, i, "exiled") || is(d, i, "deposed"))) {
            uint32_t q = i + 1;
            while (q < c->te && q < i + 3 && ment_at(c, q) < 0 && cue1(d, q, CUE_MOD)) {
                q++;
            }
            if (q < c->te && ment_at(c, q) >= 0 && M(c, ment_at(c, q))->ts == q &&
                M(c, ment_at(c, q))->kind == MK_PERSON) {
                i = q;
                k->after = q;
                continue;
            }
        }
        /* "will attend the G7 summit in Evian in June and is arranging a bilateral meeting
         * with Macron": a second verb phrase of the subject is no more of this contact */
        if (i > k->after && is(d, i, "and") && i + 1 < c->te &&
            (is(d, i + 1, "is") || is(d, i + 1, "are") || is(d, i + 1, "was") ||
             is(d, i + 1, "were") || is(d, i + 1, "will") || is(d, i + 1, "has") ||
             is(d, i + 1, "have") || is(d, i + 1, "had") || is(d, i + 1, "would"))) {
            break;
        }
        /* ("wrapped up a two-day visit to the Dominican Republic without securing a meeting
         * with President Luis Abinader": a "without" clause has a contact of its own) */
        if (i > k->after && d->toks[i].klen == 7 && is(d, i, "without") && i + 1 < c->te &&
            ing_word(d, i + 1)) {
            break;
        }
        /* ("will attend the G7 summit in Evian, where she is expected to hold a bilateral
         * meeting with Takaichi": the where-clause's person has a contact of her own) */
        if (i > k->after && is(d, i, "where") && d->toks[i - 1].p == ',' && i + 1 < c->te &&
            ment_at(c, i + 1) >= 0 && M(c, ment_at(c, i + 1))->kind == MK_PERSON) {
            break;
        }
        int m = ment_at(c, i);
        /* "welcomed at Parliament House in Canberra": a named building is where, not who */
        if (m >= 0 && M(c, m)->kind == MK_UNKNOWN && M(c, m)->ts == i && i > c->tb &&
            building_word(d, M(c, m)->te - 1) &&
            (is(d, i - 1, "at") || is(d, i - 1, "in") || is(d, i - 1, "to") ||
             (i > c->tb + 1 && (d->toks[i - 1].flags & TF_CAP) && ment_at(c, i - 1) < 0 &&
              (is(d, i - 2, "at") || is(d, i - 2, "in") || is(d, i - 2, "to"))))) {
            i = M(c, m)->te;
            continue;
        }
        if (m >= 0 && m == late && o->nobj == 0) {
            o->nobj = coord_right(c, m, o->obj, POST_MAX);
            i = M(c, o->obj[o->nobj - 1])->te;
            direct_ok = false;
            continue;
        }
        /* ("met the chairperson of the African Union Commission, Djibouti's Mahmoud Ali
         * Youssouf,": an appositive person after a state's possessive is read from the
         * person) */
        if (m >= 0 && M(c, m)->kind == MK_STATE && (M(c, m)->flags & MF_POSS) &&
            M(c, m)->ts > k->te + 2 && d->toks[M(c, m)->ts - 1].p == ',' &&
            M(c, m)->te + 1 < c->te && is(d, M(c, m)->te, "'s")) {
            int pm = ment_at(c, M(c, m)->te + 1);
            if (pm >= 0 && M(c, pm)->kind == MK_PERSON && M(c, pm)->ts == M(c, m)->te + 1 &&
                !(M(c, pm)->flags & (MF_PRON | MF_POSS)) &&
                (M(c, pm)->te >= c->te || d->toks[M(c, pm)->te].p == ',' ||
                 d->toks[M(c, pm)->te].p == '.')) {
                m = pm;
                i = M(c, pm)->ts;
            }
        }
        if (m >= 0) {
            const px_ment *mm = M(c, m);
            bool after_prep = false;
            const char *prep = "";
            uint32_t prep_at = 0;
            /* right after a core that does not end in a preposition ("received in audience
             * Ukrainian President X"): its object */
            bool object = mm->ts == k->after && k->te > k->ts &&
                          !(is(d, k->te - 1, "to") || is(d, k->te - 1, "in") ||
                            is(d, k->te - 1, "for") || is(d, k->te - 1, "at") ||
                            is(d, k->te - 1, "into") || is(d, k->te - 1, "with"));
            if (mm->ts > c->tb && !object) {
                uint32_t p = mm->ts - 1;
                /* (also over a state's possessive: "met the chairperson of the African Union
                 * Commission, Djibouti's Mahmoud Ali Youssouf,") */
                if (mm->kind == MK_PERSON && p > k->te + 3 && is(d, p, "'s")) {
                    int sp = ment_at(c, p - 1);
                    if (sp >= 0 && M(c, sp)->kind == MK_STATE && (M(c, sp)->flags & MF_POSS) &&
                        M(c, sp)->ts > k->te + 2 && d->toks[M(c, sp)->ts - 1].p == ',') {
                        p = M(c, sp)->ts - 1;
                    }
                }
                /* "talks with the head of the military authorities, General Horta N'Tam,",
                 * "an audience with the King, Sultan Ibrahim,": a person set off by commas
                 * after an unnamed office is under that office's preposition */
                if (d->toks[p].p == ',' && mm->kind == MK_PERSON && p > k->te + 2 &&
                    !(mm->flags & (MF_PRON | MF_POSS)) &&
                    (mm->te >= c->te || d->toks[mm->te].p == ',' || d->toks[mm->te].p == '.')) {
                    uint32_t b = p;
                    while (b > k->te + 1 && p - b < 8 && !d->toks[b - 1].p &&
                           !(is(d, b - 1, "the") && b >= k->te + 2 && is(d, b - 2, "with")) &&
                           ((ment_at(c, b - 1) < 0 &&
                             (!(d->toks[b - 1].flags & TF_CAP) || title_word(d, b - 1))) ||
                            (ment_at(c, b - 1) >= 0 &&
                             M(c, ment_at(c, b - 1))->kind != MK_PERSON))) {
                        b--;
                    }
                    if (b < p && b >= k->te + 2 && is(d, b - 1, "the") && is(d, b - 2, "with")) {
                        p = b - 2;
                    }
                    /* (also "with his host, Togolese leader Faure Gnassingbé,") */
                    int hp = p >= k->te + 3 ? ment_at(c, p - 2) : -1;
                    if (hp >= 0 && (is(d, p - 1, "host") || is(d, p - 1, "hosts")) &&
                        (M(c, hp)->flags & MF_PRON) && (M(c, hp)->flags & MF_POSS) &&
                        M(c, hp)->ts > c->tb && is(d, M(c, hp)->ts - 1, "with")) {
                        p = M(c, hp)->ts - 1;
                    }
                }
                /* skip a determiner and up to two adjectives: "between rival militias" */
                for (int n = 0; n < 3 && p > c->tb; n++) {
                    const char *pk = px_tkey(d, p);
                    bool prepw = px_streq(pk, "in") || px_streq(pk, "at") ||
                                 px_streq(pk, "to") || px_streq(pk, "for") ||
                                 px_streq(pk, "with") || px_streq(pk, "between") ||
                                 px_streq(pk, "by") || px_streq(pk, "from") ||
                                 px_streq(pk, "of") || px_streq(pk, "near") ||
                                 px_streq(pk, "into") || px_streq(pk, "among") ||
                                 px_streq(pk, "on") || px_streq(pk, "through") ||
                                 px_streq(pk, "via");
                    if (prepw) {
                        break;
                    }
                    int pm = ment_at(c, p);
                    if (pm >= 0 && (M(c, pm)->flags & MF_PRON) && (M(c, pm)->flags & MF_POSS)) {
                        p--; /* "with his Ethiopian counterpart" */
                        continue;
                    }
                    if (is(d, p, "visiting") || honorific_tok(d, p)) {
                        p--; /* "talks with visiting Spanish King Felipe VI", "from HE X" */
                        continue;
                    }
                    /* (also "from His Excellency President Donald Trump", "with Her Majesty
                     * Queen X", "His Royal Highness") */
                    if (p > c->tb + 1 && (d->toks[p].flags & TF_CAP)) {
                        uint32_t hp = p > c->tb + 2 && address_form(d, p - 2, c->te) == 3 ? p - 2
                                      : address_form(d, p - 1, c->te) == 2           ? p - 1
                                                                                      : 0;
                        if (hp > c->tb) {
                            p = hp - 1;
                            continue;
                        }
                    }
                    /* (a portfolio the title left out: "between International Relations
                     * Minister Ronald Lamola and ...") */
                    if (pm < 0 && (d->toks[p].flags & TF_CAP) && mm->kind == MK_PERSON &&
                        (is(d, p, "international") || is(d, p, "relations") ||
                         is(d, p, "affairs") || is(d, p, "home") || is(d, p, "interior"))) {
                        p--;
                        continue;
                    }
                    if (pm >= 0 && (M(c, pm)->flags & MF_ADJ) && M(c, pm)->ts > c->tb &&
                        M(c, pm)->te < mm->ts) {
                        p = M(c, pm)->ts - 1; /* "with IAEA chief Rafael Grossi" */
                        continue;
                    }
                    /* (an unknown body's name before its officer's lower-case title: "talks
                     * with Rosatom head Alexei Likhachev") */
                    if (pm < 0 && p + 1 == mm->ts && mm->kind == MK_PERSON && p > c->tb &&
                        (d->toks[p].flags & TF_CAP) && (d->toks[p].flags & TF_ALPHA) &&
                        !(d->toks[mm->ts].flags & TF_CAP) && E(c, m) && E(c, m)->title[0] &&
                        (is(d, p - 1, "with") || is(d, p - 1, "by") || is(d, p - 1, "and"))) {
                        p--;
                        continue;
                    }
                    /* (a plural title over coordinated names: "between Presidents Felix
                     * Tshisekedi and Paul Kagame", "between Foreign Ministers A and B") */
                    if (pm < 0 && p + 1 == mm->ts && mm->kind == MK_PERSON &&
                        (d->toks[p].flags & TF_CAP) &&
                        (is(d, p, "presidents") || is(d, p, "ministers") || is(d, p, "premiers") ||
                         is(d, p, "leaders") || is(d, p, "chancellors") || is(d, p, "speakers"))) {
                        uint32_t b = p;
                        while (b > c->tb + 1 && p - b < 3 && (d->toks[b - 1].flags & TF_CAP) &&
                               ment_at(c, b - 1) < 0) {
                            b--;
                        }
                        p = b - 1;
                        continue;
                    }
                    if (!(d->toks[p].flags & TF_ALPHA) || (d->toks[p].flags & TF_CAP) ||
                        pm >= 0 || trig(d, p, c->te, TR_CONTACT_V, NULL) ||
                        trig(d, p, c->te, TR_DECIDE_V, NULL) || cue1(d, p, CUE_REPORT) ||
                        cue1(d, p, CUE_SPEECH)) {
                        break;
                    }
                    p--;
                }
                /* (not an infinitive's "to": "a meeting between Rubio and Lavrov to prepare
                 * a Trump-Putin summit") */
                if (is(d, p, "to") && p + 2 < mm->ts && !det_like(c, p + 1) &&
                    !is(d, p + 1, "a") && !is(d, p + 1, "an") && !is(d, p + 1, "the") &&
                    (is(d, p + 2, "a") || is(d, p + 2, "an") || is(d, p + 2, "the"))) {
                    p++;
                }
                /* "consultations between the foreign ministries of Kyrgyzstan and
                 * Kazakhstan": the states whose bodies or people meet are under "between" */
                if (is(d, p, "of") && p > c->tb + 3) {
                    uint32_t b = p;
                    while (b > c->tb + 2 && p - b < 3 && ment_at(c, b - 1) < 0 &&
                           (d->toks[b - 1].flags & TF_ALPHA) && !(d->toks[b - 1].flags & TF_CAP) &&
                           !is(d, b - 1, "the")) {
                        b--;
                    }
                    const px_tok *pl = &d->toks[p - 1];
                    if (b < p && pl->klen > 3 && px_tkey(d, p - 1)[pl->klen - 1] == 's' &&
                        is(d, b - 1, "the") && is(d, b - 2, "between")) {
                        p = b - 2;
                    }
                }
                prep = px_tkey(d, p);
                prep_at = p;
                /* "at the State House, Abuja,", "at Zabeel Palace, Dubai": the city after a
                 * named building is where */
                if (d->toks[p].p == ',' && mm->kind == MK_PLACE && p + 1 == mm->ts) {
                    uint32_t b = p;
                    int nb = 0;
                    while (b > c->tb + 1 && nb < 6 &&
                           ((d->toks[b - 1].flags & TF_CAP) || is(d, b - 1, "the"))) {
                        b--;
                        nb++;
                    }
                    if (nb >= 1 && b > c->tb && is(d, b - 1, "at") && building_word(d, p - 1)) {
                        prep = "in";
                    }
                }
                /* (not a possessive: "a tour of Taiwan's diplomatic allies") */
                if (tour && px_streq(prep, "of") && p + 1 == mm->ts && p == k->te &&
                    !(mm->flags & MF_POSS)) {
                    prep = "to"; /* "a tour of Ghana and Argentina" */
                }
                after_prep = px_streq(prep, "in") || px_streq(prep, "at") ||
                             px_streq(prep, "to") || px_streq(prep, "near") ||
                             px_streq(prep, "for") || px_streq(prep, "into");
            }
            /* (nor the partner of a contact or relation inside the subject matter: "met
             * Chung Dong-young to discuss ways to revive dialogue with North Korea") */
            if (topic && px_streq(prep, "with") && prep_at > k->te + 1 &&
                (relation_noun(d, prep_at - 1) ||
                 trig(d, prep_at - 1, c->te, TR_CONTACT_N, NULL) ||
                 is(d, prep_at - 1, "dialogue") || is(d, prep_at - 1, "cooperation"))) {
                i = mm->te;
                continue;
            }
            if (topic && !px_streq(prep, "with") &&
                (mm->kind != MK_PLACE || !after_prep || k->type == T_CALL ||
                 (E(c, m) && (strcmp(E(c, m)->code, "COUNTRY") == 0 || !E(c, m)->country[0])))) {
                /* the subject matter of the talks: neither a party nor the place (nor for a
                 * call ever: "spoke by telephone with X about congestion at the Ressano
                 * Garcia border post") */
                i = mm->te;
                continue;
            }
            /* "for talks on Gaza reconstruction", "about the Gaza ceasefire": a place that
             * names what the talks were about (not "talks on Jeju island") */
            if (mm->kind == MK_PLACE && prep_at > c->tb &&
                (px_streq(prep, "about") || px_streq(prep, "over") || px_streq(prep, "regarding") ||
                 (px_streq(prep, "on") && mm->te < c->te && (d->toks[mm->te].flags & TF_ALPHA) &&
                  !(d->toks[mm->te].flags & TF_CAP) && !trig(d, mm->te, c->te, TR_CONTACT_V, NULL) &&
                  !is(d, mm->te, "island") && !is(d, mm->te, "and") && !is(d, mm->te, "on") &&
                  !is(d, mm->te, "in") && !is(d, mm->te, "at") && !is(d, mm->te, "to") &&
                  !is(d, mm->te, "with") && !is(d, mm->te, "for") && !is(d, mm->te, "after") &&
                  !is(d, mm->te, "before") && !is(d, mm->te, "during") && !is(d, mm->te, "as") &&
                  !is(d, mm->te, "where") && !is(d, mm->te, "when") && !is(d, mm->te, "while") &&
                  !is(d, mm->te, "last") && !is(d, mm->te, "next") && !is(d, mm->te, "this") &&
                  !in_timex(c, mm->te, NULL)))) {
                i = mm->te;
                continue;
            }
            /* "to review the Gaza reconstruction plan": a place that modifies a noun after a
             * determiner is no place of the contact */
            /* (also with no determiner before a noun of a conflict or an issue: "will not
             * meet Netanyahu until Gaza war ends") */
            bool issue = mm->te < c->te &&
                         (is(d, mm->te, "war") || is(d, mm->te, "conflict") ||
                          is(d, mm->te, "crisis") || is(d, mm->te, "ceasefire") ||
                          is(d, mm->te, "truce") || is(d, mm->te, "dispute") ||
                          is(d, mm->te, "issue") || is(d, mm->te, "question") ||
                          is(d, mm->te, "standoff") || is(d, mm->te, "offensive") ||
                          is(d, mm->te, "invasion") || is(d, mm->te, "reconstruction"));
            if (mm->kind == MK_PLACE && !after_prep && mm->ts > c->tb && E(c, m) &&
                !px_streq(E(c, m)->code, "VENUE") &&
                (is(d, mm->ts - 1, "the") || is(d, mm->ts - 1, "a") || is(d, mm->ts - 1, "an") ||
                 (issue && !cue1(d, mm->ts - 1, CUE_LOCPREP))) &&
                mm->te + 1 < c->te && (d->toks[mm->te].flags & TF_ALPHA) &&
                !(d->toks[mm->te].flags & TF_CAP) && !cue1(d, mm->te, CUE_LOCPREP) &&
                !is(d, mm->te, "and") && !is(d, mm->te, "on") && !is(d, mm->te, "for") &&
                !in_timex(c, mm->te, NULL) && !trig(d, mm->te, c->te, TR_CONTACT_N, NULL) &&
                px_match_kind(d, mm->te, K_VENUE, NULL) == NULL) {
                i = mm->te;
                continue;
            }
            /* (a posting is no place: "met Ukraine's ambassador to Poland in Warsaw") */
            if (px_streq(prep, "to") && prep_at > c->tb &&
                (is(d, prep_at - 1, "ambassador") || is(d, prep_at - 1, "ambassadors") ||
                 is(d, prep_at - 1, "envoy") || is(d, prep_at - 1, "envoys") ||
                 is(d, prep_at - 1, "commissioner") || is(d, prep_at - 1, "consul"))) {
                i = mm->te;
                continue;
            }
            if (mm->kind == MK_PLACE || ((mm->flags & MF_LOCPP) && mm->kind == MK_STATE)) {
                const px_ent *pe = E(c, m);
                if (pe && px_streq(pe->code, "VENUE")) {
                    if (!o->venue_te) {
                        o->venue_ts = mm->ts;
                        o->venue_te = mm->te;
                    }
                } else if (o->place < 0) {
                    o->place = m;
                }
                if ((px_streq(prep, "to") || k->form == F_MOTION ||
                     (direct_ok && k->type == T_VISIT && mm->ts == k->after) ||
                     /* "made a stopover in Bangkok" */
                     (k->type == T_VISIT && k->form != F_VERB && px_streq(prep, "in") &&
                      mm->ts == k->after + 1)) &&
                    o->dest < 0) {
                    o->dest = m;
                }
                i = mm->te;
                direct_ok = false;
                continue;
            }
            if ((mm->flags & MF_ADJ) && o->nmedi == 0 && mm->te < c->te &&
                mediation_noun(d, mm->te) &&
                mm->ts > c->tb &&
                (is(d, mm->ts - 1, "with") || is(d, mm->ts - 1, "under") ||
                 is(d, mm->ts - 1, "through") || is(d, mm->ts - 1, "via"))) {
                o->medi[o->nmedi++] = m; /* "met in Paris with US mediation" */
                i = mm->te + 1;
                continue;
            }
            /* "under Turkish and Qatari mediation" */
            int m2 = ((mm->flags & MF_ADJ) || ((mm->flags & MF_PLURAL) && mm->kind == MK_STATE)) &&
                             o->nmedi == 0 && mm->te + 2 < c->te &&
                             is(d, mm->te, "and") && mm->ts > c->tb &&
                             (is(d, mm->ts - 1, "with") || is(d, mm->ts - 1, "under") ||
                              is(d, mm->ts - 1, "through") || is(d, mm->ts - 1, "via"))
                         ? ment_at(c, mm->te + 1)
                         : -1;
            if (m2 >= 0 && (M(c, m2)->flags & MF_ADJ) && M(c, m2)->te < c->te &&
                mediation_noun(d, M(c, m2)->te)) {
                o->medi[o->nmedi++] = m;
                o->medi[o->nmedi++] = m2;
                i = M(c, m2)->te + 1;
                continue;
            }
            if ((mm->flags & MF_ADJ) && mm->kind == MK_ORG && px_streq(prep, "of") && o->of < 0 &&
                mm->ts >= c->tb + 2 && mm->ts <= k->after + 4 &&
                (is(d, mm->ts - 2, "leaders") || is(d, mm->ts - 2, "heads"))) {
                o->of = m; /* "leaders of the Group of 20 major economies" */
                i = mm->te;
                continue;
            }
            /* "visited the Siberian city of Omsk": an unknown adjective before a place noun
             * is none; the place after "of" is where */
            if (k->type == T_VISIT && mm->kind == MK_UNKNOWN && o->dest < 0 && o->nobj == 0 &&
                mm->te + 3 < c->te && !(d->toks[mm->te].flags & TF_CAP) &&
                (is(d, mm->te, "city") || is(d, mm->te, "town") || is(d, mm->te, "port") ||
                 is(d, mm->te, "region") || is(d, mm->te, "province")) &&
                is(d, mm->te + 1, "of") && ment_at(c, mm->te + 2) >= 0 &&
                M(c, ment_at(c, mm->te + 2))->kind == MK_PLACE) {
                int pm = ment_at(c, mm->te + 2);
                o->dest = pm;
                i = M(c, pm)->te;
                direct_ok = false;
                continue;
            }
            /* ("the inaugural meeting of the India-Saudi Strategic Partnership Council") */
            int pb2 = (mm->flags & MF_ADJ) && px_streq(prep, "of") && o->nbetw == 0 &&
                              o->of < 0 && mm->ts <= k->after + 2
                          ? pair_body(c, m)
                          : -1;
            if (pb2 >= 0) {
                o->betw[o->nbetw++] = m;
                o->betw[o->nbetw++] = pb2;
                i = M(c, pb2)->te;
                direct_ok = false;
                continue;
            }
            if (mm->flags & MF_ADJ) {
                /* "visited the North Korean resort city of Wonsan", "the Chinese port city of
                 * Tianjin": a place of the demonym's state */
                uint32_t q = mm->te;
                while (k->type == T_VISIT && q < c->te && q < mm->te + 3 &&
                       (d->toks[q].flags & TF_ALPHA) && !(d->toks[q].flags & TF_CAP) &&
                       !(is(d, q, "city") || is(d, q, "town") || is(d, q, "port") ||
                         is(d, q, "village") || is(d, q, "province") || is(d, q, "region"))) {
                    q++;
                }
                if (k->type == T_VISIT && mm->kind == MK_STATE && o->dest < 0 && o->nobj == 0 &&
                    q < c->te && q > c->tb &&
                    (is(d, q, "city") || is(d, q, "town") || is(d, q, "port") ||
                     is(d, q, "village") || is(d, q, "province") || is(d, q, "region"))) {
                    int pm = q + 2 < c->te && is(d, q + 1, "of") ? ment_at(c, q + 2) : -1;
                    bool own = pm >= 0 && M(c, pm)->kind == MK_PLACE && E(c, pm) &&
                               px_streq(E(c, pm)->country, E(c, m)->country);
                    o->dest = own ? pm : m;
                    i = own ? M(c, pm)->te : q + 1;
                    direct_ok = false;
                    continue;
                }
                i = mm->te;
                continue;
            }
            /* "met her Brazilian counterpart X": a possessive pronoun only determines the
             * next actor; so does a possessive state ("talks with China's Xi") */
            if ((mm->flags & MF_PRON) && (mm->flags & MF_POSS) && ment_at(c, mm->te) >= 0) {
                i = mm->te;
                continue;
            }
            /* "a phone call from his brother His Highness Sheikh Tamim", "his friend X": a
             * word of kinship or friendship before the name */
            /* (also a rival named after a comma: "to meet his rival, Rapid Support Forces
             * commander Mohamed Hamdan Dagalo") */
            /* (and a host: "bilateral talks with his host, Togolese leader Faure
             * Gnassingbé,") */
            bool host_w = is(d, mm->te, "host") || is(d, mm->te, "hosts");
            uint32_t kn = mm->te + 1 < c->te && d->toks[mm->te + 1].p == ',' &&
                                  (rival_word(d, mm->te) || host_w)
                              ? mm->te + 2
                              : mm->te + 1;
            if ((mm->flags & MF_PRON) && (mm->flags & MF_POSS) && kn < c->te &&
                (is(d, mm->te, "brother") || is(d, mm->te, "sister") || is(d, mm->te, "friend") ||
                 is(d, mm->te, "colleague") || rival_word(d, mm->te) ||
                 (host_w && kn == mm->te + 2)) &&
                ment_at(c, kn) >= 0) {
                i = kn;
                continue;
            }
            /* (also a person's: "received Trump's special envoy Steve Witkoff" hosts the
             * envoy, not Trump) */
            if ((mm->flags & MF_POSS) && (mm->kind == MK_STATE || mm->kind == MK_PERSON) &&
                mm->te + 1 < c->te && is(d, mm->te, "'s") && ment_at(c, mm->te + 1) >= 0 &&
                M(c, ment_at(c, mm->te + 1))->kind == MK_PERSON &&
                (mm->kind == MK_STATE || M(c, ment_at(c, mm->te + 1))->ts == mm->te + 1)) {
                m = ment_at(c, mm->te + 1); /* the person, under the state's preposition */
                mm = M(c, m);
            }
            /* (and over a title to the name after it: "met Trump's envoy, Steve Witkoff",
             * "Trump's envoys Steve Witkoff and Jared Kushner"; with no name, not the one who
             * sent them: "met Putin's envoy in Miami") */
            if ((mm->flags & MF_POSS) && mm->kind == MK_PERSON && mm->te + 1 < c->te &&
                is(d, mm->te, "'s") && ment_at(c, mm->te + 1) < 0) {
                uint32_t q = mm->te + 1, tl = 0;
                while (q < c->te && q < mm->te + 6 && ment_at(c, q) < 0 &&
                       ((px_match_kind(d, q, K_TITLE, &tl) && tl > 0) ||
                        ((is(d, q, "top") || is(d, q, "senior")) && (tl = 1)))) {
                    q += tl;
                }
                /* (over a remit: "Guterres's personal envoy for Western Sahara, Staffan de
                 * Mistura") */
                bool remit = q > mm->te + 1 && is(d, q, "for");
                for (uint32_t f = q + 1; remit && f < c->te && f < q + 6; f++) {
                    if (d->toks[f].p == ',') {
                        q = f;
                        break;
                    }
                }
                if (q > mm->te + 1) {
                    uint32_t r = q < c->te && d->toks[q].p == ',' ? q + 1 : q;
                    int pm = ment_at(c, r);
                    if (pm < 0 || M(c, pm)->kind != MK_PERSON || M(c, pm)->ts != r) {
                        i = q;
                        continue;
                    }
                    m = pm;
                    mm = M(c, m);
                }
            }
            /* "received the Sultan of Brunei, Sultan Hassanal Bolkiah,": an office with no
             * name before the name set off by commas is that person, of the office's state */
            if (mm->kind == MK_PERSON && E(c, m) && mm->te + 1 < c->te &&
                d->toks[mm->te].p == ',' && strcmp(E(c, m)->name, E(c, m)->title) == 0) {
                int am = ment_at(c, mm->te + 1);
                if (am >= 0 && M(c, am)->ts == mm->te + 1 && M(c, am)->kind == MK_PERSON &&
                    !(M(c, am)->flags & (MF_PRON | MF_POSS)) && M(c, am)->ent >= 0) {
                    if (E(c, m)->country[0]) {
                        give_country(&d->ents[M(c, am)->ent], E(c, m)->country);
                    }
                    m = am;
                    mm = M(c, m);
                }
            }
            /* "received a special envoy of Congolese President Felix Tshisekedi, Foreign
             * Minister X", "talks with an envoy from Beijing": the envoy named after a comma,
             * else a state's or body's unnamed envoy is that state; a person's, no party */
            if ((px_streq(prep, "of") || px_streq(prep, "from")) && prep_at > c->tb + 1 &&
                (is(d, prep_at - 1, "envoy") || is(d, prep_at - 1, "emissary"))) {
                uint32_t b = prep_at - 1;
                while (b > c->tb && (envoy_end(d, b, prep_at) || is(d, b, "a") ||
                                     is(d, b, "an") || is(d, b, "the"))) {
                    b--;
                }
                uint32_t r = mm->te;
                uint32_t r1 = r + 2 < c->te && is(d, r + 1, "former") ? r + 2 : r + 1;
                int pm = r1 < c->te && d->toks[r].p == ',' ? ment_at(c, r1) : -1;
                /* (the one named after the sender's comma, taken above: "the Special Envoy of
                 * the President of the United Arab Emirates, Sheikh Shakhbout bin Nahyan") */
                bool taken = pm < 0 && mm->kind == MK_PERSON && mm->ts > prep_at + 2 &&
                             d->toks[mm->ts - 1].p == ',' && !(mm->flags & (MF_PRON | MF_POSS));
                if (taken) {
                    pm = m;
                }
                if (pm >= 0 && M(c, pm)->kind == MK_PERSON && (M(c, pm)->ts == r1 || taken) &&
                    !(M(c, pm)->flags & (MF_PRON | MF_POSS))) {
                    if (M(c, pm)->ent >= 0 && E(c, m) && E(c, m)->country[0]) {
                        give_country(&d->ents[M(c, pm)->ent], E(c, m)->country); /* (of it) */
                    }
                    m = pm;
                    mm = M(c, m);
                } else if (mm->kind == MK_PERSON) {
                    i = mm->te;
                    continue;
                }
                if (b + 1 == k->after && o->nobj == 0 && k->form == F_VERB) {
                    o->obj[o->nobj++] = m;
                } else if (is(d, b, "with") && o->nwith == 0) {
                    o->with[o->nwith++] = m;
                } else {
                    i = mm->te;
                    continue;
                }
                i = mm->te;
                direct_ok = false;
                continue;
            }
            if (!is_party_kind(c, m) || c->speaker[m]) {
                i = mm->te;
                continue;
            }
            /* "in a sign of thawing relations with Conakry": a relation's partner, after
             * the contact, is none of its parties */
            if (px_streq(prep, "with") && prep_at > k->te && relation_noun(d, prep_at - 1)) {
                i = M(c, coord_right_end(c, m))->te;
                continue;
            }
            if ((px_streq(prep, "on") ||
                 (px_streq(prep, "to") && k->form == F_LIGHT && is(d, k->te - 1, "call"))) &&
                k->type == T_VISIT && mm->kind == MK_PERSON && o->nwith == 0) {
                /* "paid a courtesy call on the emir": the one called on is the host (also
                 * "paid a courtesy call to Party General Secretary To Lam") */
                o->with[o->nwith++] = m;
                i = mm->te;
                direct_ok = false;
                continue;
            }
            /* "held indirect talks through Egyptian and Qatari mediators" */
            if ((px_streq(prep, "through") || px_streq(prep, "via") || px_streq(prep, "with")) &&
                o->nmedi == 0 && mediator_group(E(c, m))) {
                o->nmedi = coord_right(c, m, o->medi, 4);
                i = M(c, o->medi[o->nmedi - 1])->te;
                continue;
            }
            /* (also after a list: ", with trade ministers Don Farrell and Piyush Goyal
             * saying ...") */
            uint32_t lte = mm->te;
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                is(d, lte, "and")) {
                int cr[4];
                int ncr = coord_right(c, m, cr, 4);
                lte = M(c, cr[ncr - 1])->te;
            }
            /* (", with Turkey and Qatar acting as mediators": go-betweens; also "again
             * acting as", "once more acting as") */
            uint32_t lta = lte + 1 < c->te && (is(d, lte, "again") || is(d, lte, "also") ||
                                               is(d, lte, "jointly"))
                               ? lte + 1
                               : lte;
            uint32_t as = lta + 2 < c->te && is(d, lta, "acting") && is(d, lta + 1, "as")
                              ? lta + 2 + (is(d, lta + 2, "a") || is(d, lta + 2, "the"))
                              : 0;
            /* (", with Turkish Foreign Minister Hakan Fidan presiding": the chair of talks
             * between others) */
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                lta < c->te && o->nmedi == 0 && mm->kind == MK_PERSON && k->type != T_VISIT &&
                (is(d, lta, "presiding") || is(d, lta, "mediating") || is(d, lta, "moderating"))) {
                o->nmedi = coord_right(c, m, o->medi, 4);
                break;
            }
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                as && as < c->te && o->nmedi == 0 &&
                (is(d, as, "mediators") || is(d, as, "mediator") || is(d, as, "facilitators") ||
                 is(d, as, "facilitator") || is(d, as, "guarantors") || is(d, as, "brokers"))) {
                o->nmedi = coord_right(c, m, o->medi, 4);
                break;
            }
            /* (", with Omani Foreign Minister Badr Albusaidi relaying messages between ...",
             * "shuttling between the two delegations": a go-between's errand) */
            uint32_t sb = lta + 1 < c->te && (is(d, lta, "shuttling") || is(d, lta, "shuttled"))
                              ? lta + 1
                          : lta + 2 < c->te &&
                                  (is(d, lta, "relaying") || is(d, lta, "passing") ||
                                   is(d, lta, "carrying") || is(d, lta, "ferrying")) &&
                                  is(d, lta + 1, "messages")
                              ? lta + 2
                              : 0;
            /* ("in line with Yerevan's freeze of its participation", "in keeping with",
             * "in accordance with", "in contrast with": a phrase of manner, no partner) */
            if (px_streq(prep, "with") && prep_at > c->tb + 1 && is(d, prep_at - 2, "in") &&
                (is(d, prep_at - 1, "line") || is(d, prep_at - 1, "keeping") ||
                 is(d, prep_at - 1, "accordance") || is(d, prep_at - 1, "contrast") ||
                 is(d, prep_at - 1, "connection") || is(d, prep_at - 1, "conjunction") ||
                 is(d, prep_at - 1, "solidarity"))) {
                break;
            }
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                sb && is(d, sb, "between") && o->nmedi == 0 && k->type == T_NEGOTIATE) {
                o->nmedi = coord_right(c, m, o->medi, 4);
                break;
            }
            /* (also over a common noun after the list: ", with Greens and Left party members
             * questioning Foreign Minister Johann Wadephul") */
            uint32_t lt2 = lte;
            while (lt2 < c->te && lt2 < lte + 2 && !d->toks[lt2].p &&
                   (d->toks[lt2].flags & TF_ALPHA) && !(d->toks[lt2].flags & TF_CAP) &&
                   ment_at(c, lt2) < 0 && !ing_word(d, lt2) && !cue1(d, lt2, CUE_LOCPREP) &&
                   !is(d, lt2, "and") && !is(d, lt2, "on") && !is(d, lt2, "for")) {
                lt2++;
            }
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                lt2 < c->te && lte > mm->te && ing_word(d, lt2)) {
                break;
            }
            /* (so after one party: "met in Geneva on Sunday, with European national security
             * advisers also holding talks with the Ukrainian side", ", with European advisers
             * also present": a clause of its own, no partner) */
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                lta > lte && lta < c->te && k->te < prep_at &&
                (ing_word(d, lta) || is(d, lta, "present"))) {
                break;
            }
            /* (", with Colombia's Gustavo Petro and Brazil's Lula among those attending": those
             * present, no partners) */
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',') {
                bool among = false;
                for (uint32_t q = mm->ts; q + 1 < c->te && q < mm->ts + 30 && !among; q++) {
                    if (d->toks[q].p && d->toks[q].p != ',' && d->toks[q].p != '\'') {
                        break;
                    }
                    among = is(d, q, "among") && is(d, q + 1, "those");
                }
                if (among) {
                    break;
                }
            }
            /* (also after a second name: ", with Foreign Minister Takeshi Iwaya and his
             * Chinese counterpart Wang Yi co-chairing the meeting") */
            uint32_t me2 = mm->te;
            if (px_streq(prep, "with") && me2 + 1 < c->te && is(d, me2, "and")) {
                for (uint32_t q = me2 + 1; q < c->te && q < me2 + 5; q++) {
                    int mc = ment_at(c, q);
                    if (mc >= 0 && M(c, mc)->kind == MK_PERSON && !(M(c, mc)->flags & MF_POSS)) {
                        me2 = M(c, mc)->te;
                        break;
                    }
                    if (d->toks[q].p || (mc < 0 && (d->toks[q].flags & TF_CAP))) {
                        break;
                    }
                }
            }
            if (px_streq(prep, "with") && prep_at > c->tb && d->toks[prep_at - 1].p == ',' &&
                me2 < c->te &&
                (is(d, me2, "leading") || is(d, me2, "heading") ||
                 is(d, me2, "representing") || is(d, me2, "attending") ||
                 /* (any participle: ", with Turkish Foreign Minister Hakan Fidan opening
                  * the session"; also a hyphenated one: "co-chairing") */
                 ing_word(d, me2) || hyph_ing(c, me2))) {
                break; /* ", with Jaishankar leading the delegation": another clause, not a partner */
            }
            /* "met in Paris at a meeting of the Weimar Triangle with Ukraine": a partner
             * after another contact noun that sets the scene is that gathering's */
            if (px_streq(prep, "with") && k->form != F_NOUN && prep_at > k->te) {
                bool scene = false;
                for (uint32_t q = k->te; q + 1 < prep_at && !scene; q++) {
                    uint32_t sl = 0;
                    scene = (is(d, q, "at") || is(d, q, "during")) &&
                            (is(d, q + 1, "a") || is(d, q + 1, "an") || is(d, q + 1, "the")) &&
                            q + 2 < prep_at && trig(d, q + 2, c->te, TR_CONTACT_N, &sl) != NULL;
                }
                /* (so is one after another contact between: "hosted Zelenskyy at the Elysee
                 * Palace on Monday, then the two leaders held a video call with European
                 * leaders") */
                for (int o2 = 0; o2 < c->ncore && !scene; o2++) {
                    const core *ck = &c->cores[o2];
                    scene = ck != k && !ck->drop && ck->ts > k->te && ck->te <= prep_at &&
                            ck->form != F_NOUN;
                }
                if (scene) {
                    i = mm->te;
                    continue;
                }
            }
            /* "held talks with Araghchi and with the head of Iran's Atomic Energy Organization,
             * Mohammad Eslami": a second partner joined by "and with" */
            /* (also "with A and, separately, with B") */
            uint32_t andw = prep_at;
            if (prep_at > c->tb + 4 && d->toks[prep_at - 1].p == ',' && is(d, prep_at - 2, "separately") &&
                d->toks[prep_at - 3].p == ',' && is(d, prep_at - 4, "and")) {
                andw = prep_at - 3;
            }
            /* (also over the first one's place and time: "held separate talks with
             * Tshisekedi in Kinshasa on Monday and with Kagame in Kigali on Wednesday") */
            uint32_t wte = o->nwith > 0 ? M(c, o->with[o->nwith - 1])->te : 0;
            bool wplace = false; /* (a place among them: a time alone makes a gapped contact) */
            for (uint32_t q = wte; wte && q + 1 < andw && wte + 8 > q;) {
                int qm = ment_at(c, q);
                uint32_t qe = 0;
                if (qm >= 0 && M(c, qm)->ts == q &&
                    (M(c, qm)->kind == MK_PLACE || (M(c, qm)->flags & MF_LOCPP))) {
                    q = M(c, qm)->te;
                    wplace = true;
                } else if (in_timex(c, q, &qe) && qe > q) {
                    q = qe;
                } else if (is(d, q, "in") || is(d, q, "at")) {
                    q++;
                } else {
                    break;
                }
                wte = q + 1 == andw && wplace ? q : wte;
            }
            if (px_streq(prep, "with") && o->nwith > 0 && o->nwith < POST_MAX && andw > c->tb &&
                is(d, andw - 1, "and") && !(mm->flags & (MF_PRON | MF_ADJ | MF_POSS)) &&
                /* (a person, or a body's delegation: "and with a Hamas delegation") */
                (mm->kind == MK_PERSON || mm->kind == MK_GROUP || mm->kind == MK_ORG ||
                 mm->kind == MK_STATE) &&
                wte + 1 == andw) {
                o->with[o->nwith++] = m;
                o->nwith = appos_people(c, o->with, o->nwith);
                i = M(c, o->with[o->nwith - 1])->te;
                continue;
            }
            if (px_streq(prep, "with") && o->nwith > 0 &&
                !((M(c, o->with[0])->flags & MF_PRON) && (M(c, o->with[0])->flags & MF_POSS))) {
                /* "held talks with Araghchi on relations with Washington": the first
                 * partner stays; a later "with" is inside a topic (not after "with his
                 * visiting Greek counterpart": the possessive only determines him) */
                i = mm->te;
                continue;
            }
            if (px_streq(prep, "with")) {
                /* (a person's group after the possessive: "held talks with Trump's envoys") */
                if ((mm->flags & MF_POSS) && mm->kind == MK_PERSON && mm->te < c->te) {
                    uint32_t ge = mm->te + (is(d, mm->te, "'s") ? 1 : 0);
                    int gm = ge < c->te ? ment_at(c, ge) : -1;
                    if (gm < 0 && mm->te < c->te) {
                        gm = ment_at(c, mm->te);
                    }
                    if (gm >= 0 && gm != m && M(c, gm)->kind == MK_GROUP) {
                        m = gm;
                    }
                }
                o->nwith = coord_right(c, m, o->with, POST_MAX);
                o->nwith = appos_people(c, o->with, o->nwith);
                i = M(c, o->with[o->nwith - 1])->te;
                direct_ok = false;
                continue;
            }
            /* (also of a bond: "discussed the strategic partnership between the UAE and
             * Russia", "trade between", "cooperation between") */
            if (px_streq(prep, "between") && prep_at > c->tb &&
                (relation_noun(d, prep_at - 1) || is(d, prep_at - 1, "partnership") ||
                 is(d, prep_at - 1, "cooperation") || is(d, prep_at - 1, "friendship") ||
                 is(d, prep_at - 1, "alliance") || is(d, prep_at - 1, "trade"))) {
                /* "a sign of strain between Brussels and Georgia": the parties of a relation,
                 * not of this contact */
                i = M(c, coord_right_end(c, m))->te;
                continue;
            }
            if (px_streq(prep, "between") && o->nbetw == 0) { /* the first "between" */
                o->nbetw = coord_right(c, m, o->betw, POST_MAX);
                i = M(c, o->betw[o->nbetw - 1])->te;
                direct_ok = false;
                continue;
            }
            if (px_streq(prep, "to") && k->type == T_HOST &&
                (mm->kind == MK_STATE || mm->kind == MK_ORG) && E(c, m) &&
                (o->nobj > 0 || (k->form == F_VERB && (k->vflags & TRF_PAST) &&
                                 passive_at(d, c->tb, k->ts))) &&
                E(c, m)->country[0] && !px_streq(E(c, m)->code, E(c, m)->country) &&
                !px_streq(E(c, m)->sector, "IGO")) {
                /* "welcomed the crown prince to the White House": where the guest is received
                 * (an institution's seat), not a party */
                if (o->place < 0) {
                    o->place = m;
                }
                i = mm->te;
                continue;
            }
            /* "hosted a banquet in his honour": the one the pronoun names, the guest */
            if (px_streq(prep, "in") && k->type == T_HOST && o->nwith == 0 && o->nobj == 0 &&
                (mm->flags & MF_PRON) && (mm->flags & MF_POSS) && mm->te < c->te &&
                (is(d, mm->te, "honour") || is(d, mm->te, "honor")) && E(c, m)) {
                o->with[o->nwith++] = m;
                i = mm->te + 1;
                direct_ok = false;
                continue;
            }
            /* "in honour of Lula": the guest, as after "for" (also "in honour of visiting
             * Lao Prime Minister Sonexay Siphandone") */
            uint32_t hq =
                mm->ts >= c->tb + 4 && is(d, mm->ts - 1, "visiting") ? mm->ts - 1 : mm->ts;
            if (px_streq(prep, "of") && k->type == T_HOST && o->nwith == 0 && o->nobj == 0 &&
                hq >= c->tb + 3 && (is(d, hq - 2, "honour") || is(d, hq - 2, "honor")) &&
                is(d, hq - 3, "in")) {
                o->nwith = coord_right(c, m, o->with, POST_MAX);
                i = M(c, o->with[o->nwith - 1])->te;
                direct_ok = false;
                continue;
            }
            /* (also past where and when: "held a welcoming ceremony at the Imperial Palace on
             * Tuesday for Indonesian President Prabowo Subianto") */
            bool adv_only = px_streq(prep, "for") && prep_at > k->after;
            for (uint32_t q = k->after; adv_only && q < prep_at;) {
                uint32_t te2 = 0;
                int am = ment_at(c, q);
                if (in_timex(c, q, &te2) && te2 > q) {
                    q = te2;
                } else if (am >= 0 && M(c, am)->ts == q &&
                           (M(c, am)->kind == MK_PLACE || (M(c, am)->flags & MF_LOCPP))) {
                    q = M(c, am)->te;
                } else if (is(d, q, "at") || is(d, q, "in") || is(d, q, "the")) {
                    q++;
                } else {
                    adv_only = false;
                }
            }
            if (px_streq(prep, "for") && k->type == T_HOST && o->nwith == 0 && o->nobj == 0 &&
                (mm->ts <= k->after + 1 || adv_only ||
                 /* ("hosted a dinner for visiting Indian Prime Minister Narendra Modi", "an
                  * official welcome ceremony for his Singaporean counterpart Lawrence Wong") */
                 (mm->ts == k->after + 2 &&
                  (is(d, k->after + 1, "visiting") || possessive_pron(d, k->after + 1))))) {
                /* "hosted a state dinner for King Charles": the guest (the leader of a
                 * delegation: "hosted a banquet for a delegation of the Russian Federation
                 * led by Sergei Shoigu") */
                o->nwith = coord_right(c, m, o->with, POST_MAX);
                int lp = o->nwith == 1 ? group_leader(c, o->with[0]) : -1;
                if (lp >= 0) {
                    o->with[0] = lp;
                }
                i = M(c, o->with[o->nwith - 1])->te;
                direct_ok = false;
                continue;
            }
            /* "arrived in Kyiv on Monday, accompanied by Enlargement Commissioner Marta Kos":
             * a fellow traveller on a trip, as after "with" (and ", joined by"); on another
             * contact, an aide and no party */
            bool joined = px_streq(prep, "by") && prep_at > c->tb + 1 &&
                          is(d, prep_at - 1, "joined") && d->toks[prep_at - 2].p == ',' &&
                          (k->form == F_MOTION || k->type == T_VISIT);
            if (px_streq(prep, "by") && prep_at > c->tb &&
                (is(d, prep_at - 1, "accompanied") || is(d, prep_at - 1, "escorted") || joined)) {
                if ((k->form == F_MOTION || k->type == T_VISIT) && o->nwith == 0 &&
                    mm->kind == MK_PERSON) {
                    o->nwith = coord_right(c, m, o->with, POST_MAX);
                    o->nwith = appos_people(c, o->with, o->nwith);
                    i = M(c, o->with[o->nwith - 1])->te;
                    direct_ok = false;
                    continue;
                }
                i = M(c, coord_right_end(c, m))->te;
                continue;
            }
            /* (over an adjective: "the first visit to Algeria by a senior U.S. official") */
            uint32_t ia = mm->ts;
            while (ia > c->tb + 1 && mm->ts - ia < 2 &&
                   (is(d, ia - 1, "senior") || is(d, ia - 1, "top") ||
                    is(d, ia - 1, "sitting") || is(d, ia - 1, "serving") ||
                    is(d, ia - 1, "reigning") || is(d, ia - 1, "incumbent") ||
                    is(d, ia - 1, "high-ranking") || is(d, ia - 1, "high-level"))) {
                ia--;
            }
            if ((px_streq(prep, "by") || px_streq(prep, "from")) && mm->kind == MK_PERSON &&
                ia > c->tb && (is(d, ia - 1, "a") || is(d, ia - 1, "an"))) {
                /* "the first visit by a Syrian head of state": a kind of person, not one */
                i = mm->te;
                continue;
            }
            if (px_streq(prep, "of") && o->nmedi == 0 && mm->ts >= c->tb + 3 &&
                (is(d, mm->ts - 2, "auspices") || is(d, mm->ts - 3, "auspices")) &&
                (mm->kind == MK_STATE || mm->kind == MK_ORG)) {
                /* "under the auspices of the UN" */
                o->medi[o->nmedi++] = m;
                i = mm->te;
                continue;
            }
            /* ("met at the White House and initialled a peace agreement in a ceremony
             * brokered by Trump": the go-between of another noun is not this contact's) */
            bool other_noun = k->form != F_NOUN && mm->ts >= c->tb + 3 && mm->ts - 2 > k->te &&
                              go_between_word(d, mm->ts - 2) &&
                              !trig(d, mm->ts - 3, c->te, TR_CONTACT_N, NULL) &&
                              (d->toks[mm->ts - 3].flags & TF_ALPHA) &&
                              !(d->toks[mm->ts - 3].flags & TF_CAP);
            if (other_noun) {
                i = mm->te;
                continue;
            }
            /* (also talks hosted by another after a verb: "met Grossi in Cairo in talks
             * hosted by Egyptian Foreign Minister Badr Abdelatty") */
            bool talks_host = mm->ts >= c->tb + 3 && mm->ts - 2 >= k->te &&
                              (k->type == T_NEGOTIATE || k->type == T_MEET) &&
                              host_word(d, mm->ts - 2) &&
                              trig(d, mm->ts - 3, c->te, TR_CONTACT_N, NULL) != NULL;
            if (px_streq(prep, "by") && o->nmedi == 0 && mm->ts >= c->tb + 2 &&
                (go_between_word(d, mm->ts - 2) || talks_host ||
                 (k->type == T_NEGOTIATE && k->form == F_NOUN && host_word(d, mm->ts - 2)))) {
                /* "talks mediated by Malaysia", "talks brokered by Egypt and Qatar" */
                o->nmedi = coord_right(c, m, o->medi, 4);
                i = M(c, o->medi[o->nmedi - 1])->te;
                /* (and a second participle: "hosted by Turkiye and co-mediated by Qatar") */
                uint32_t q2 = i + 1;
                if (q2 + 3 < c->te && is(d, i, "and") && is(d, q2, "co") &&
                    ((d->toks[q2 + 1].flags & TF_HYPH) || is(d, q2 + 1, "-"))) {
                    q2 += 2;
                }
                int mm2 = q2 + 2 < c->te && is(d, i, "and") &&
                                 (go_between_word(d, q2) || host_word(d, q2)) && is(d, q2 + 1, "by")
                             ? ment_at(c, q2 + 2)
                             : -1;
                if (mm2 >= 0 && (M(c, mm2)->kind == MK_STATE || M(c, mm2)->kind == MK_ORG) &&
                    o->nmedi < 4) {
                    o->medi[o->nmedi++] = mm2;
                    i = M(c, mm2)->te;
                }
                continue;
            }
            if (px_streq(prep, "by") && k->form == F_NOUN && mm->ts >= c->tb + 2 &&
                mm->ts - 2 >= k->after && ed_word(d, mm->ts - 2)) {
                /* "in a phone call initiated by the Russian side, Lavrov and Rubio ...": the
                 * agent of a participle, not the noun's party */
                i = mm->te;
                continue;
            }
            if (px_streq(prep, "by") && k->form != F_NOUN && prep_at >= k->after + 2 &&
                ed_word(d, prep_at - 1) && !d->toks[prep_at - 2].p &&
                (d->toks[prep_at - 2].flags & TF_ALPHA) && !(d->toks[prep_at - 2].flags & TF_CAP) &&
                !cue1(d, prep_at - 2, CUE_AUX) && !finite_aux(d, prep_at - 2) &&
                !trig(d, prep_at - 1, c->te, TR_CONTACT_V, NULL) && !is(d, prep_at - 1, "led") &&
                !is(d, prep_at - 1, "headed") && !is(d, prep_at - 1, "accompanied")) {
                /* "met to screen nominees submitted by President Tinubu": the agent of a
                 * participle after a noun of the clause, not the verb's party */
                i = mm->te;
                continue;
            }
            if (px_streq(prep, "from") && (k->form == F_MOTION || k->type == T_VISIT) &&
                (mm->kind == MK_PLACE || mm->kind == MK_STATE || (mm->flags & MF_LOCPP))) {
                i = mm->te; /* "had flown to Geneva from Abu Dhabi": where the trip began */
                continue;
            }
            if (px_streq(prep, "by") && prep_at > c->tb &&
                (is(d, prep_at - 1, "led") || is(d, prep_at - 1, "headed"))) {
                /* "received a delegation led by X": the leader ("led by its Vice President
                 * for Western and Central Africa, Ousmane Diagana": the named one) */
                int lp = delegation_leader(c, prep_at + 1, c->te);
                /* (the delegation already read as the partner gives way to its leader: "met
                 * with a Ukrainian delegation led by Rustem Umerov") */
                int dm = prep_at > c->tb + 1 ? ment_at(c, prep_at - 2) : -1;
                bool swapped = false;
                /* (also one read with the body it is from: "held discussions with a visiting
                 * delegation from the European Union led by Commissioner Jozef Sikela") */
                bool deleg = dm >= 0 && (is(d, prep_at - 2, "delegation") ||
                                         (M(c, dm)->kind == MK_GROUP && E(c, dm) &&
                                          px_streq(E(c, dm)->title, "delegation")));
                for (int x = 0; lp >= 0 && dm >= 0 && x < o->nwith; x++) {
                    if (o->with[x] == dm && M(c, dm)->te == prep_at - 1 && deleg) {
                        o->with[x] = lp;
                        swapped = true;
                    }
                }
                for (int x = 0; lp >= 0 && dm >= 0 && x < o->nobj; x++) {
                    if (o->obj[x] == dm && M(c, dm)->te == prep_at - 1 && deleg) {
                        o->obj[x] = lp;
                        swapped = true;
                    }
                }
                /* (so does the agent of a noun: "a visit to New Delhi by a U.S. trade team led
                 * by Assistant U.S. Trade Representative Brendan Lynch") */
                if (lp >= 0 && dm >= 0 && o->by == dm && M(c, dm)->te == prep_at - 1 &&
                    (is(d, prep_at - 2, "delegation") || is(d, prep_at - 2, "team") ||
                     is(d, prep_at - 2, "mission"))) {
                    o->by = lp;
                    swapped = true;
                }
                if (lp >= 0 && o->by < 0 && !swapped) {
                    o->by = lp;
                }
                i = lp >= 0 && M(c, lp)->te > mm->te ? M(c, lp)->te : mm->te;
                continue;
            }
            if (px_streq(prep, "from") && prep_at > c->tb &&
                (is(d, prep_at - 1, "message") || is(d, prep_at - 1, "letter") ||
                 is(d, prep_at - 1, "greetings") || is(d, prep_at - 1, "note"))) {
                /* "flew to Tehran carrying a message from Sultan Haitham": the sender of
                 * what is carried, not the one who travels or meets */
                i = mm->te;
                continue;
            }
            if ((px_streq(prep, "by") || px_streq(prep, "from")) && o->by < 0) {
                /* (not the agent of another contact noun before it: "will visit Beijing next
                 * month to prepare for a trip by President Emmanuel Macron") */
                bool other = false;
                for (uint32_t q = k->after; q < prep_at && !other; q++) {
                    other = trig(d, q, c->te, TR_CONTACT_N, NULL) != NULL &&
                            (is(d, q - 1, "a") || is(d, q - 1, "the") || is(d, q - 1, "an"));
                }
                if (!other || k->form == F_NOUN) {
                    o->by = m;
                }
                i = mm->te;
                continue;
            }
            /* "refused to meet a delegation of opposition leaders from South Sudan": the
             * people a verb's delegation is made of are its object */
            if (px_streq(prep, "of") && k->form != F_NOUN && o->nobj == 0 && o->nwith == 0 &&
                prep_at >= c->tb + 2 && prep_at <= k->after + 2 &&
                (is(d, prep_at - 1, "delegation") || is(d, prep_at - 1, "team")) &&
                (is(d, prep_at - 2, "a") || is(d, prep_at - 2, "the")) && is_party_kind(c, m) &&
                !(mm->flags & (MF_ADJ | MF_LOCPP)) &&
                !(mm->te < c->te && (is(d, mm->te, "led") || is(d, mm->te, "headed")))) {
                o->nobj = coord_right(c, m, o->obj, POST_MAX);
                i = M(c, o->obj[o->nobj - 1])->te;
                direct_ok = false;
                continue;
            }
            /* "meeting of the UN Security Council", "will host (the) leaders of the Group
             * of 20": the body whose people meet */
            bool of_heads = mm->ts <= k->after + 4 && mm->ts >= c->tb + 2 &&
                            (is(d, mm->ts - 2, "leaders") || is(d, mm->ts - 2, "heads") ||
                             is(d, mm->ts - 2, "members") || is(d, mm->ts - 2, "ministers") ||
                             is(d, mm->ts - 2, "representatives") ||
                             is(d, mm->ts - 2, "delegations"));
            /* (over a form of address and a royal title: "the official visit of His
             * Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah") */
            bool styled = false;
            if (mm->kind == MK_PERSON && k->type == T_VISIT && k->after + 2 < mm->ts &&
                is(d, k->after, "of")) {
                uint32_t q = k->after + 1, al = address_form(d, q, c->te);
                q += al;
                q += al && q < mm->ts && is(d, q, "the") ? 1 : 0;
                while (al && q < mm->ts && q < k->after + 8 && (d->toks[q].flags & TF_CAP) &&
                       (d->toks[q].flags & TF_ALPHA) && ment_at(c, q) < 0) {
                    q++;
                }
                styled = al && q == mm->ts;
            }
            if ((px_streq(prep, "of") || styled) && o->of < 0 &&
                (mm->ts <= k->after + 2 || of_heads || styled) &&
                (mm->kind == MK_ORG || mm->kind == MK_STATE || mm->kind == MK_GROUP ||
                 mm->kind == MK_UNKNOWN || (mm->kind == MK_PERSON && k->type == T_VISIT))) {
                /* "a meeting of the Armenian and Azerbaijani foreign ministers": two sides,
                 * as "between" names them */
                int r[4];
                int nr = o->nbetw == 0 ? coord_right(c, m, r, 4) : 1;
                for (int x = 0; x < nr && nr >= 2; x++) {
                    if (!E(c, r[x]) || !E(c, r[x])->country[0]) {
                        nr = 1; /* ("a meeting of Arab and Islamic foreign ministers") */
                    }
                }
                /* (and the pair of states a joint body is named for: "the fifth meeting of
                 * the Saudi-Iraqi Coordination Council") */
                int pm2 = nr < 2 && o->nbetw == 0 ? pair_body(c, m) : -1;
                if (pm2 >= 0) {
                    r[0] = m;
                    r[1] = pm2;
                    nr = 2;
                }
                if (nr >= 2) {
                    for (int x = 0; x < nr; x++) {
                        o->betw[o->nbetw++] = r[x];
                    }
                    i = M(c, r[nr - 1])->te;
                    direct_ok = false;
                    continue;
                }
                o->of = m;
                i = mm->te;
                continue;
            }
            if ((k->form == F_MOTION || k->type == T_VISIT) && o->dest < 0 &&
                (px_streq(prep, "to") || px_streq(prep, "in") || px_streq(prep, "for")) &&
                (mm->kind == MK_UNKNOWN || mm->kind == MK_STATE)) {
                /* "arrived in Gondor": an unknown place is the host */
                o->dest = m;
                i = mm->te;
                direct_ok = false;
                continue;
            }
            if (px_streq(prep, "to") && k->type == T_VISIT && o->dest < 0) {
                o->dest = m; /* "a visit to Beijing" as state reading */
                i = mm->te;
                continue;
            }
            if (direct_ok && !after_prep) {
                o->nobj = coord_right(c, m, o->obj, POST_MAX);
                o->nobj = appos_people(c, o->obj, o->nobj);
                /* "met a Hamas delegation led by Khalil al-Hayya": its leader */
                int lp = o->nobj == 1 ? group_leader(c, o->obj[0]) : -1;
                if (lp >= 0) {
                    o->obj[0] = lp;
                }
                i = M(c, o->obj[o->nobj - 1])->te;
                direct_ok = false;
                continue;
            }
            if (px_streq(prep, "to") && k->type != T_VISIT && prep_at > c->tb &&
                (is(d, prep_at - 1, "ambassador") || is(d, prep_at - 1, "ambassadors") ||
                 is(d, prep_at - 1, "envoy") || is(d, prep_at - 1, "envoys") ||
                 is(d, prep_at - 1, "representative") || is(d, prep_at - 1, "representatives"))) {
                /* "met China's ambassadors to European countries": where they serve */
                i = mm->te;
                continue;
            }
            if (px_streq(prep, "to") && k->type != T_VISIT) {
                /* "an invitation to X" / "talked to" : addressee (and those joined to it:
                 * "spoken separately by phone to Thailand's Anutin and Cambodia's Hun
                 * Manet") */
                if (o->nwith == 0) {
                    o->nwith = k->type == T_CALL ? coord_right(c, m, o->with, POST_MAX) : 0;
                    if (o->nwith == 0) {
                        o->with[o->nwith++] = m;
                    }
                    i = M(c, o->with[o->nwith - 1])->te;
                    continue;
                }
                i = mm->te;
                continue;
            }
            i = mm->te;
            continue;
        }
        /* "called off a meeting between the two ministers": the parties of the contact the
         * plural anaphor stands for */
        /* "met with a Ukrainian delegation led by National Security and Defense Council
         * Secretary Rustem Umerov": a leader whose long office comes first */
        if (is(d, i, "by") && i > k->after && (is(d, i - 1, "led") || is(d, i - 1, "headed")) &&
            i + 1 < c->te && ment_at(c, i + 1) < 0 && i >= c->tb + 3 && is(d, i - 2, "delegation")) {
            int lp = delegation_leader(c, i + 1, c->te);
            int dm = ment_at(c, i - 2);
            bool swapped = false;
            for (int x = 0; lp >= 0 && dm >= 0 && x < o->nwith; x++) {
                if (o->with[x] == dm) {
                    o->with[x] = lp;
                    swapped = true;
                }
            }
            for (int x = 0; lp >= 0 && dm >= 0 && x < o->nobj; x++) {
                if (o->obj[x] == dm) {
                    o->obj[x] = lp;
                    swapped = true;
                }
            }
            if (lp >= 0 && !swapped && o->by < 0) {
                o->by = lp;
            }
            if (lp >= 0) {
                i = M(c, lp)->te;
                continue;
            }
        }
        /* (a decided one only: "It was the second phone call between the two leaders this
         * month" restates the call already reported) */
        /* (an occurred one when no contact of its kind was reported just before: "The
         * invitation was extended during a telephone conversation between the two leaders
         * on Thursday") */
        bool restated = k->status == S_OCCURRED;
        if (restated && o->nbetw == 0 && is(d, i, "between") && k->form == F_NOUN &&
            (k->type == T_CALL || k->type == T_MEET || k->type == T_NEGOTIATE)) {
            restated = false;
            for (size_t fi = d->nframe; fi-- > 0 && !restated;) {
                if (d->frames[fi].sent + 2 < c->si) {
                    break;
                }
                /* (talks and a meeting restate each other: "... during their talks in
                 * Tokyo. It was the first face-to-face meeting between the two leaders
                 * since ...") */
                uint8_t ft = d->frames[fi].type;
                restated = ft == k->type ||
                           ((ft == T_MEET || ft == T_NEGOTIATE) &&
                            (k->type == T_MEET || k->type == T_NEGOTIATE));
            }
        }
        /* (also a go-between's own "between": "offered to mediate between the two
         * neighbours") */
        uint32_t bw = i == k->te && k->type == T_MEDIATE && i > c->tb && is(d, i - 1, "between")
                          ? i - 1
                          : i;
        if (o->nbetw == 0 && !restated && is(d, bw, "between") && bw + 3 < c->te &&
            is(d, bw + 1, "the") && is(d, bw + 2, "two")) {
            uint32_t h = bw + 3;
            while (h < c->te && h < bw + 6 && (d->toks[h].flags & TF_ALPHA) &&
                   !(d->toks[h].flags & TF_CAP) && ment_at(c, h) < 0 &&
                   !(d->toks[h].klen > 3 && px_tkey(d, h)[d->toks[h].klen - 1] == 's') &&
                   !is(d, h, "men") && !is(d, h, "women")) {
                h++;
            }
            int g[4];
            int ng = h < c->te ? group_subject(c, h + 1, g, 4) : 0;
            if (ng >= 2) {
                for (int x = 0; x < ng && o->nbetw < POST_MAX; x++) {
                    o->betw[o->nbetw++] = g[x];
                }
                i = h + 1;
                continue;
            }
        }
        if (t->p == ',') {
            commas++;
            topic = false;
            if (commas > 2 && !(late >= 0 && o->nobj == 0 && M(c, late)->ts > i)) {
                break;
            }
            /* "Birla, who attended the IPU Assembly in Geneva, held meetings with X": the
             * comma closing a relative clause ends its material (not a list: "who met
             * Putin, Xi and Modi") */
            if (in_rel && i + 1 < c->te && ment_at(c, i + 1) < 0 && !is(d, i + 1, "and") &&
                (d->toks[i + 1].flags & TF_ALPHA) && !(d->toks[i + 1].flags & TF_CAP) &&
                !in_timex(c, i + 1, NULL)) {
                break;
            }
            /* "received several leaders, including President Ilham Aliyev of Azerbaijan and
             * President William Ruto of Kenya": the ones named are the objects */
            int inc = i + 2 < c->te && is(d, i + 1, "including") ? ment_at(c, i + 2) : -1;
            /* (a state's possessive before the person: "including Mozambique's Daniel
             * Chapo and Kenya's William Ruto") */
            if (inc >= 0 && (M(c, inc)->flags & MF_POSS) && M(c, inc)->kind == MK_STATE &&
                M(c, inc)->te + 1 < c->te && is(d, M(c, inc)->te, "'s")) {
                int ip = ment_at(c, M(c, inc)->te + 1);
                inc = ip >= 0 && M(c, ip)->kind == MK_PERSON ? ip : inc;
            }
            /* (also in place of a group they belong to: "received several Arab leaders in
             * Riyadh on Tuesday, including ...", "held meetings with African leaders
             * attending the conference, including ...") */
            bool grp = o->nobj == 1 && M(c, o->obj[0])->kind == MK_GROUP &&
                       (d->toks[M(c, o->obj[0])->te - 1].flags & TF_ALPHA) &&
                       !(d->toks[M(c, o->obj[0])->te - 1].flags & TF_CAP);
            bool wgrp = o->nwith == 1 && o->nobj == 0 && M(c, o->with[0])->kind == MK_GROUP &&
                        (d->toks[M(c, o->with[0])->te - 1].flags & TF_ALPHA) &&
                        !(d->toks[M(c, o->with[0])->te - 1].flags & TF_CAP);
            if (inc >= 0 && M(c, inc)->ts >= i + 2 && is_party_kind(c, inc) &&
                !(M(c, inc)->flags & (MF_ADJ | MF_POSS | MF_PRON)) && (o->nobj == 0 || grp) &&
                (o->nwith == 0 || wgrp) && o->nbetw == 0 && k->form != F_NOUN &&
                (k->type == T_MEET || k->type == T_HOST || k->type == T_CALL ||
                 k->type == T_NEGOTIATE)) {
                if (wgrp) {
                    o->nwith = coord_right(c, inc, o->with, POST_MAX);
                    i = M(c, o->with[o->nwith - 1])->te;
                } else {
                    o->nobj = coord_right(c, inc, o->obj, POST_MAX);
                    i = M(c, o->obj[o->nobj - 1])->te;
                }
                direct_ok = false;
                continue;
            }
            /* ", drawing criticism from Kyiv", ", saying ...": a participle clause is not
             * more of this contact's material */
            if (i + 1 < c->te && ing_word(d, i + 1) &&
                !(is(d, i + 1, "including") && i + 2 < c->te && is(d, i + 2, "with"))) {
                break; /* (but ", including with his Indian counterpart X" names a partner) */
            }
            /* ", a diplomatic source in Tokyo said": the attribution's place is not the
             * contact's */
            {
                bool attrib = false;
                for (uint32_t j = i + 1; j < c->te && j < i + 12 && !d->toks[j].p; j++) {
                    if (is(d, j, "said") || is(d, j, "says") || is(d, j, "told") ||
                        is(d, j, "reported") || is(d, j, "according")) {
                        attrib = true;
                        break;
                    }
                    if (trig(d, j, c->te, TR_CONTACT_V, NULL) || trig(d, j, c->te, TR_CONTACT_N, NULL) ||
                        trig(d, j, c->te, TR_MOTION_V, NULL)) {
                        break;
                    }
                }
                if (attrib) {
                    break;
                }
            }
            /* ", the first trip by a Japanese minister to China": an appositive that names
             * the contact again is not more of this one's material */
            {
                uint32_t j = i + 1;
                for (int n = 0; n < 4 && j < c->te && ment_at(c, j) < 0 &&
                                (d->toks[j].flags & TF_ALPHA) && !(d->toks[j].flags & TF_CAP) &&
                                !trig(d, j, c->te, TR_CONTACT_N, NULL);
                     n++) {
                    j++;
                }
                if (j > i + 1 && j < c->te && trig(d, j, c->te, TR_CONTACT_N, NULL) &&
                    (is(d, i + 1, "the") || is(d, i + 1, "his") || is(d, i + 1, "her") ||
                     is(d, i + 1, "its") || is(d, i + 1, "their") || is(d, i + 1, "a"))) {
                    break;
                }
            }
            /* ", President Bush scheduled ...": a new clause with its own subject */
            int mn = i + 1 < c->te ? ment_at(c, i + 1) : -1;
            if (mn >= 0 && is_party_kind(c, mn) && M(c, mn)->te < c->te) {
                uint32_t a2 = M(c, mn)->te;
                const px_tok *nt = &d->toks[a2];
                if ((nt->flags & TF_ALPHA) && !(nt->flags & TF_CAP) && !is(d, a2, "and") &&
                    !is(d, a2, "of") && !is(d, a2, "in") && !is(d, a2, "at") && !is(d, a2, "'s")) {
                    break;
                }
            }
            i++;
            continue;
        }
        if (t->p == '.' || t->p == ';' || t->p == ':' || (t->flags & (TF_QOPEN | TF_QCLOSE))) {
            break;
        }
        /* "Talks between A and B, which were postponed in October, were held in Abu Dhabi
         * on Thursday": over a relative clause between commas to the noun's own predicate */
        /* (also after a preposition: "X's visit to Yerevan, during which she was to hold
         * talks with Y, was called off") */
        bool pwhich = i + 1 < c->te && is(d, i + 1, "which") &&
                      (is(d, i, "during") || is(d, i, "at") || is(d, i, "in") || is(d, i, "on"));
        /* (or a reduced relative: "A meeting between Netanyahu and al-Sharaa, floated by
         * Washington last month, has been ruled out by Damascus") */
        bool reduced = ed_word(d, i) && i + 1 < c->te && is(d, i + 1, "by") &&
                       !go_between_word(d, i) && !host_word(d, i);
        if (k->form == F_NOUN && (is(d, i, "which") || pwhich || reduced) && i > k->after &&
            d->toks[i - 1].p == ',') {
            uint32_t j = i + 1;
            while (j < c->te && j < i + 25 && !d->toks[j].p) {
                j++;
            }
            if (j + 1 < c->te && d->toks[j].p == ',' && finite_aux(d, j + 1)) {
                o->rel_ts = i;
                o->rel_te = j + 1;
                i = j + 1;
                continue;
            }
        }
        /* "received X, who is on a working visit to the UAE, in Abu Dhabi on Monday": past a
         * relative clause of the object to the verb's own place and time */
        if (is(d, i, "who") && k->form == F_VERB && o->nobj > 0 && i > k->after &&
            d->toks[i - 1].p == ',') {
            uint32_t j = i + 1;
            while (j < c->te && j < i + 25 && !d->toks[j].p) {
                j++;
            }
            if (j + 2 < c->te && d->toks[j].p == ',' &&
                (is(d, j + 1, "in") || is(d, j + 1, "at") || is(d, j + 1, "on"))) {
                i = j + 1;
                continue;
            }
        }
        /* "held his first bilateral meeting as head of state with Lula": over the capacity
         * to the partner after it */
        if (is(d, i, "as") && i >= k->after && i + 2 < c->te) {
            uint32_t j = i + 1 + (is(d, i + 1, "a") || is(d, i + 1, "the"));
            uint32_t tl = 0;
            bool office = ment_at(c, j) < 0 &&
                          (px_match_kind(d, j, K_TITLE, &tl) != NULL ||
                           (is(d, j, "head") && j + 2 < c->te && is(d, j + 1, "of")));
            j = office ? j + (tl ? tl : 3) : j;
            if (office && j + 1 < c->te && is(d, j, "with") && ment_at(c, j + 1) >= 0) {
                i = j;
                continue;
            }
        }
        if (is(d, i, "who") || is(d, i, "whom") || is(d, i, "which") || is(d, i, "that") ||
            is(d, i, "but") ||
            is(d, i, "while") || is(d, i, "because") || is(d, i, "said") || is(d, i, "says") ||
            is(d, i, "after") || is(d, i, "before") || is(d, i, "since") || is(d, i, "when") ||
            is(d, i, "as") || is(d, i, "despite") || is(d, i, "although") ||
            sequel_word(d, i) || ahead_prep(c, i)) {
            break; /* ("arrived in Muscat ahead of talks with X": the talks' own partner) */
        }
        /* "during talks on the sidelines of the summit to hold their next meeting in
         * Seoul": an infinitive of another contact ends a noun's material */
        if (k->form == F_NOUN && i > k->after && i + 1 < c->te && is(d, i, "to") &&
            !(is(d, i - 1, "due") || is(d, i - 1, "set") || is(d, i - 1, "expected") ||
              is(d, i - 1, "scheduled") || is(d, i - 1, "planned") || is(d, i - 1, "slated"))) {
            bool other = trig(d, i + 1, c->te, TR_CONTACT_V, NULL) ||
                         trig(d, i + 1, c->te, TR_MOTION_V, NULL);
            uint32_t ll = 0;
            for (uint32_t q = i + 2; !other && trig(d, i + 1, c->te, TR_LIGHT_V, &ll) &&
                                     q < c->te && q < i + 6;
                 q++) {
                other = trig(d, q, c->te, TR_CONTACT_N, NULL) != NULL;
            }
            if (other) {
                break;
            }
        }
        /* "the 2018 Singapore summit between A and B premiered in Seoul": a past event named
         * by its year ends at the next verb */
        if (k->form == F_NOUN && i > k->after && ed_word(d, i) && !is(d, i, "led") &&
            ment_at(c, i) < 0) {
            bool hist = false;
            for (int t2 = 0; t2 < c->ntx && !hist; t2++) {
                hist = c->tx[t2].te <= k->ts && c->tx[t2].te + 4 > k->ts &&
                       c->tx[t2].te == c->tx[t2].ts + 1 && (d->toks[c->tx[t2].ts].flags & TF_NUM);
            }
            if (hist) {
                break;
            }
        }
        bool and_i = i > k->after && d->toks[i].klen == 3 && is(d, i, "and");
        /* "... China in April and Xi would make a state visit to the US": a clause with a
         * subject of its own */
        if (and_i && and_clause(c, i)) {
            break;
        }
        /* "met Premier Li and will travel to Shanghai": a verb phrase of its own */
        if (and_i && i + 2 < c->te) {
            uint32_t v = i + 1;
            if (is(d, v, "will") || is(d, v, "would") || is(d, v, "then") || is(d, v, "later") ||
                is(d, v, "also")) {
                v++;
            }
            /* (also over a governor: "and is scheduled to travel to Algiers", "and is due
             * to fly to Juba") */
            {
                uint32_t gl = 0;
                uint32_t v2 = v + (cue1(d, v, CUE_AUX) && v + 1 < c->te ? 1 : 0);
                if (v2 < c->te && trig(d, v2, c->te, TR_GOVERN_V, &gl) && v2 + gl < c->te) {
                    v = v2 + gl;
                } else if (trig(d, v, c->te, TR_GOVERN_V, &gl) && v + gl < c->te) {
                    v += gl;
                }
            }
            if (trig(d, v, c->te, TR_MOTION_V, NULL) || trig(d, v, c->te, TR_LIGHT_V, NULL) ||
                (v > i + 1 && trig(d, v, c->te, TR_CONTACT_V, NULL))) {
                break;
            }
            /* (or any other contact verb found there: "met X and spoke with Y by phone") */
            bool vp = false;
            for (int o2 = 0; o2 < c->ncore && !vp; o2++) {
                const core *ok2 = &c->cores[o2];
                vp = ok2 != k && ok2->form != F_NOUN && ok2->ts == v;
            }
            if (vp) {
                break;
            }
            /* (or a speech verb once the contact has its partner: "met Lavrov in Moscow and
             * discussed preparations for the annual summit between Modi and Putin") */
            if (o->nobj + o->nwith > 0 && cue1(d, v, CUE_SPEECH) && !ing_word(d, v)) {
                break;
            }
        }
        /* another contact verb starts a new frame */
        uint32_t l;
        /* (not a participle of the talks: ", hosted by Turkiye and co-mediated by Qatar";
         * nor an adjective's hyphenated part: "on a long-delayed prisoner exchange") */
        bool part = (host_word(d, i) && i + 1 < c->te && is(d, i + 1, "by") &&
                     k->type == T_NEGOTIATE && k->form == F_NOUN) ||
                    (i > c->tb && ((d->toks[i - 1].flags & TF_HYPH) || is(d, i - 1, "-")) &&
                     (d->toks[i].flags & TF_NOSP));
        if (i > k->after && !part &&
            (trig(d, i, c->te, TR_CONTACT_V, &l) || trig(d, i, c->te, TR_DECIDE_V, &l))) {
            const px_entry *e = trig(d, i, c->te, TR_CONTACT_V, &l);
            if (!e || verbal_reading(c, i, e)) {
                if (!(i > c->tb && (is(d, i - 1, "at") || is(d, i - 1, "a") || is(d, i - 1, "an") ||
                                    is(d, i - 1, "the")))) {
                    break;
                }
            }
        }
        /* venue phrases: "at the Shangri-La Dialogue", "at an Apec trade meeting" */
        if ((is(d, i, "at") || is(d, i, "during")) && !o->venue_te) {
            uint32_t j = i + 1;
            uint32_t vs = j;
            for (int n = 0; n < 6 && j < c->te; n++) {
                uint32_t vl;
                const px_entry *ve = px_match_kind(d, j, K_VENUE, &vl);
                if (ve && vl) {
                    bool named = false;
                    for (uint32_t q = vs; q < j + vl; q++) {
                        if (d->toks[q].flags & TF_CAP) {
                            named = true;
                        }
                    }
                    if (named) {
                        while (vs < j && (is(d, vs, "the") || is(d, vs, "a") || is(d, vs, "an"))) {
                            vs++;
                        }
                        o->venue_ts = vs;
                        o->venue_te = j + vl;
                    }
                    break;
                }
                if (!(d->toks[j].flags & TF_ALPHA) && !(d->toks[j].flags & TF_NUM)) {
                    break;
                }
                if (j > vs && (is(d, j, "for") || is(d, j, "to") || is(d, j, "with") ||
                               is(d, j, "on") || is(d, j, "in") || is(d, j, "after") ||
                               is(d, j, "before"))) {
                    break; /* "at the Farnesina for talks": the venue ends there */
                }
                int mj = ment_at(c, j);
                if (mj >= 0) {
                    j = M(c, mj)->te;
                    continue;
                }
                j++;
            }
        }
        /* "met the head of the transitional military authorities, General Horta N'Tam,":
         * a common noun phrase before an appositive person is that person */
        bool appos_np = false;
        /* (or an office in capitals: "meet the King, Sultan Ibrahim,") */
        if (direct_ok && i > k->after && (d->toks[i].flags & TF_ALPHA) &&
            (!(d->toks[i].flags & TF_CAP) || title_word(d, i)) && ment_at(c, i) < 0 &&
            is(d, k->after, "the")) {
            uint32_t j = i;
            while (j < c->te && j < i + 8 && !d->toks[j].p &&
                   ((ment_at(c, j) < 0 && (!(d->toks[j].flags & TF_CAP) || title_word(d, j))) ||
                    (ment_at(c, j) >= 0 && M(c, ment_at(c, j))->kind != MK_PERSON))) {
                j++;
            }
            int am = j + 1 < c->te && d->toks[j].p == ',' ? ment_at(c, j + 1) : -1;
            /* (also after a state's possessive: ", Djibouti's Mahmoud Ali Youssouf,") */
            if (am >= 0 && M(c, am)->ts == j + 1 && M(c, am)->kind == MK_STATE &&
                (M(c, am)->flags & MF_POSS) && M(c, am)->te + 1 < c->te &&
                is(d, M(c, am)->te, "'s")) {
                int pm = ment_at(c, M(c, am)->te + 1);
                j = pm >= 0 ? M(c, am)->te : j;
                am = pm;
            }
            appos_np = am >= 0 && M(c, am)->ts == j + 1 && M(c, am)->kind == MK_PERSON &&
                       !(M(c, am)->flags & (MF_PRON | MF_POSS)) &&
                       (M(c, am)->te >= c->te || d->toks[M(c, am)->te].p == ',' ||
                        d->toks[M(c, am)->te].p == '.');
        }
        /* (a modifier right after a long body's name before the person: "met International
         * Atomic Energy Agency chief Rafael Grossi") */
        int pam = i > k->after ? ment_at(c, i - 1) : -1;
        bool adj_end = pam >= 0 && (M(c, pam)->flags & MF_ADJ) && M(c, pam)->te == i &&
                       M(c, pam)->ts < k->after + 2;
        if (direct_ok && !appos_np &&
            !(cue1(d, i, CUE_DET) || cue1(d, i, CUE_AUX) || is(d, i, "with") ||
                           (cue1(d, i, CUE_MOD) && (i < k->after + 2 || adj_end)) ||
                           /* "met eastern Libyan commander Khalifa Haftar" */
                           (i == k->after && i + 1 < c->te && ment_at(c, i + 1) >= 0 &&
                            venue_adj(c, i)) ||
                           is(d, i, "a") || is(d, i, "an") || is(d, i, "bunch") ||
                           is(d, i, "group") || is(d, i, "of") || is(d, i, "members") ||
                           is(d, i, "representatives") || in_timex(c, i, NULL) ||
                           /* ("received H.E. Wang Wenbin": His Excellency) */
                           (honorific_tok(d, i) && i + 1 < c->te && ment_at(c, i + 1) >= 0))) {
            direct_ok = false;
        }
        i++;
    }
    o->end = i;
}

/* ---------- build frames ---------- */

#define PASSIVE_DROP 0xFF

/* A verb that says a contact happens, at i: "take place", "resume", "begin", "open", "go
 * ahead", "be held", "convene", "happen" and their forms (with "be held": "was held", "been
 * held").
 * Returns its length in tokens, or 0. */
static uint32_t happen_verb(const px_doc *d, uint32_t i, uint32_t lim)
{
    if (!(d->toks[i].flags & TF_ALPHA) || (d->toks[i].flags & TF_CAP)) {
        return 0;
    }
    switch (d->toks[i].k0) { /* the first letters of the words below */
    case 't': case 'g': case 'w': case 'i': case 'a': case 'b': case 'r': case 's': case 'o':
    case 'c': case 'h': case 'm':
        break;
    default:
        return 0;
    }
    if (i + 1 < lim && is(d, i + 1, "place") &&
        (is(d, i, "take") || is(d, i, "took") || is(d, i, "taken") || is(d, i, "takes"))) {
        return 2;
    }
    if (i + 1 < lim && is(d, i + 1, "ahead") &&
        (is(d, i, "go") || is(d, i, "went") || is(d, i, "gone") || is(d, i, "goes"))) {
        return 2;
    }
    if (i + 1 < lim && is(d, i + 1, "held") && be_form(d, i)) {
        return 2;
    }
    static const char *const w[] = {"resume", "resumed", "resumes", "begin", "began", "begun",
                                    "begins", "start", "started", "starts", "open", "opened",
                                    "opens", "convene", "convened", "convenes", "happen",
                                    "happened", "happens", "materialise", "materialize",
                                    "materialised", "materialized", NULL};
    for (int k = 0; w[k]; k++) {
        if (is(d, i, w[k])) {
            /* "talks began on Monday", not "talks to begin ..."'s object ("begin talks") */
            return i + 1 < lim && (trig(d, i + 1, lim, TR_CONTACT_N, NULL) || is(d, i + 1, "a") ||
                                   is(d, i + 1, "the"))
                       ? 0
                       : 1;
        }
    }
    return 0;
}

/* "has been moved to next week", "was shifted to a later date": a contact moved to a later
 * time (the participle at v), not to another place ("was moved to Geneva") */
static bool moved_later(const sctx *c, uint32_t v)
{
    const px_doc *d = c->d;
    if (v + 2 >= c->te || !(is(d, v, "moved") || is(d, v, "shifted")) || !is(d, v + 1, "to")) {
        return false;
    }
    uint32_t t = v + 2;
    return (in_timex(c, t, NULL) && !is(d, t, "the")) || is(d, t, "next") || is(d, t, "later") ||
           (is(d, t, "a") && t + 1 < c->te && (is(d, t + 1, "later") || is(d, t + 1, "new")));
}

/* "The summit between A and B was cancelled", "talks were suspended": a decision in the
 * passive after a contact noun's phrase (where post_scan stopped) is the contact's latest
 * stage. Returns the status, or 0 when there is none. */
static uint8_t passive_decision(const sctx *c, const core *k, const post *o0, bool *happens)
{
    const px_doc *d = c->d;
    /* (the predicate ends before another contact noun: "dismissed Zelensky's call for a
     * meeting with Putin, with Peskov saying such a meeting could only take place ...") */
    /* (a noun phrase of its own, after a comma: "such a meeting", "the talks") */
    post oc = *o0;
    bool comma = false;
    for (uint32_t q = k->after + 1; k->form == F_NOUN && q < oc.end && q < c->te; q++) {
        comma = comma || d->toks[q - 1].p == ',';
        if (comma && q >= k->after + 2 && (q < oc.rel_ts || q >= oc.rel_te) &&
            (is(d, q - 1, "a") || is(d, q - 1, "the") || is(d, q - 1, "such")) &&
            trig(d, q, c->te, TR_CONTACT_N, NULL)) {
            oc.end = q;
            break;
        }
    }
    const post *o = &oc;
    /* (the predicate after the object of "to prepare a Trump-Putin summit" is its
     * clause's, not the contact's) */
    if (k->form == F_NOUN && prepared_for(c, k) && k->ts > c->tb &&
        !is(d, k->ts - 1, "for") && !(k->ts > c->tb + 1 && is(d, k->ts - 2, "for"))) {
        return 0;
    }
    uint32_t l = 0;
    const px_entry *e = trig(d, o->end, c->te, TR_DECIDE_V, &l);
    /* "a phone call between A and B was not planned": no contact to report */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 2 < c->te && q <= o->end; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        if (cue1(d, q + 1, CUE_NEG) && cue1(d, q, CUE_AUX) && be_form(d, q) &&
            (is(d, q + 2, "planned") || is(d, q + 2, "scheduled") || is(d, q + 2, "expected"))) {
            return PASSIVE_DROP;
        }
    }
    /* "a meeting between Xi and Trump is unlikely this year", "remains uncertain": a
     * contact in doubt is none to report */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < o->end + 1; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        /* (over a degree: "is very unlikely", "remains highly uncertain") */
        uint32_t a = q + 1;
        if (a + 1 < c->te && (is(d, a, "increasingly") || is(d, a, "very") ||
                              is(d, a, "extremely") || is(d, a, "relatively") ||
                              is(d, a, "highly") || is(d, a, "still"))) {
            a++;
        }
        /* (also "appears unlikely", "seems doubtful", "looks uncertain") */
        if ((be_form(d, q) || is(d, q, "remains") || is(d, q, "remained") ||
             is(d, q, "appears") || is(d, q, "appeared") || is(d, q, "seems") ||
             is(d, q, "seemed") || is(d, q, "looks") || is(d, q, "looked")) &&
            (is(d, a, "unlikely") || is(d, a, "uncertain") || is(d, a, "doubtful") ||
             is(d, a, "possible") || is(d, a, "unclear") || is(d, a, "unthinkable") ||
             is(d, a, "inconceivable") || is(d, a, "impossible"))) {
            return PASSIVE_DROP;
        }
        /* (and contacts said to be rare are none in particular: "Meetings between Indian
         * and Pakistani foreign ministers have become increasingly rare") */
        if ((be_form(d, q) || is(d, q, "remain") || is(d, q, "remains") ||
             is(d, q, "remained") || is(d, q, "become") || is(d, q, "became")) &&
            (is(d, a, "rare") || is(d, a, "infrequent") || is(d, a, "uncommon"))) {
            return PASSIVE_DROP;
        }
    }
    /* "A planned meeting between the Thai and Cambodian defence ministers fell through":
     * it did not take place */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < o->end + 1; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue;
        }
        if ((is(d, q, "fell") || is(d, q, "falls") || is(d, q, "fall") || is(d, q, "fallen")) &&
            is(d, q + 1, "through")) {
            return S_NOT_OCCURRED;
        }
    }
    /* "a summit with Putin in Budapest was off the table for now", "the meeting is off":
     * called off */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < o->end + 1; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        uint32_t a = q + 1;
        if (!be_form(d, q) || !is(d, a, "off")) {
            continue;
        }
        bool end = a + 1 >= c->te || d->toks[a + 1].p || in_timex(c, a + 1, NULL) ||
                   (a + 2 < c->te && is(d, a + 1, "the") && is(d, a + 2, "table")) ||
                   (a + 2 < c->te && is(d, a + 1, "for") && is(d, a + 2, "now"));
        if (end) {
            return S_CANCELLED;
        }
    }
    /* "a summit between Trump and Putin could take place within two weeks", "might be
     * held": not asserted; "would take place in Budapest" (reported): planned */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < o->end + 1; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        bool hyp = is(d, q, "could") || is(d, q, "might") ||
                   (is(d, q, "may") && !(d->toks[q].flags & TF_CAP)); /* (not the month) */
        if (!hyp && !is(d, q, "would")) {
            continue;
        }
        uint32_t v = q + 1;
        if (v < c->te && (is(d, v, "still") || is(d, v, "soon") || adverb_ly(d, v))) {
            v++;
        }
        if (v < c->te && happen_verb(d, v, c->te)) {
            /* (not "no meeting between the two sides' officials would take place") */
            bool none = false;
            for (uint32_t p = k->ts; p > c->tb && k->ts - p < 4 && !none; p--) {
                none = is(d, p - 1, "no");
            }
            if (hyp || none) {
                return PASSIVE_DROP;
            }
            *happens = true;
            return S_PLANNED;
        }
        /* "a summit between Trump and Kim would do little to curb ...": an indefinite
         * contact with a modal predicate is hypothetical */
        uint32_t a = k->ts;
        while (a > c->tb && k->ts - a < 8 && !is(d, a - 1, "a") && !is(d, a - 1, "an") &&
               !is(d, a - 1, "any") &&
               (venue_adj(c, a - 1) || (d->toks[a - 1].flags & TF_HYPH) ||
                ment_at(c, a - 1) >= 0)) { /* ("A Trump-Xi summit could lift ...") */
            a--;
        }
        if (a > c->tb && (is(d, a - 1, "a") || is(d, a - 1, "an") || is(d, a - 1, "any"))) {
            return PASSIVE_DROP;
        }
    }
    /* "no meeting between Takaichi and Xi had been scheduled": none announced */
    bool no_det = false;
    for (uint32_t p = k->ts; k->form == F_NOUN && p > c->tb && k->ts - p < 3; p--) {
        if (is(d, p - 1, "no")) {
            no_det = true;
        }
        if (!venue_adj(c, p - 1)) {
            break;
        }
    }
    /* "a meeting between Trump and Zelensky is scheduled for Friday", "a summit between Xi
     * and Trump is expected in April": a contact announced is planned, its time the one
     * after the predicate */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < o->end + 1; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        if (be_form(d, q) && !cue1(d, q + 1, CUE_NEG) &&
            (is(d, q + 1, "scheduled") || is(d, q + 1, "planned") || is(d, q + 1, "expected") ||
             is(d, q + 1, "slated") || is(d, q + 1, "due") || is(d, q + 1, "likely") ||
             (is(d, q + 1, "set") && q + 2 < c->te &&
              (is(d, q + 2, "for") || is(d, q + 2, "to"))))) {
            if (no_det) {
                return PASSIVE_DROP;
            }
            *happens = true;
            return S_PLANNED;
        }
        /* "a telephone conversation between Putin and Trump was 'being prepared'": one
         * being arranged is still to come */
        uint32_t bq = q + 1;
        while (bq < c->te && bq < q + 3 &&
               ((d->toks[bq].flags & (TF_QOPEN | TF_QCLOSE)) || d->toks[bq].p == '\'')) {
            bq++;
        }
        if (be_form(d, q) && bq + 1 < c->te && is(d, bq, "being") && !no_det &&
            (is(d, bq + 1, "prepared") || is(d, bq + 1, "arranged") || is(d, bq + 1, "planned") ||
             is(d, bq + 1, "organised") || is(d, bq + 1, "organized"))) {
            return S_PLANNED;
        }
    }
    /* "the meeting between Trump and Putin did not take place", "talks will resume in Muscat
     * on Saturday", "the summit was held in Alaska": the predicate of the contact noun's
     * clause */
    /* (also past a restrictive relative clause: "Talks ... that were expected in Geneva
     * this week failed to materialise") */
    uint32_t qend = o->end + 1;
    if (k->form == F_NOUN && o->end > k->after && o->end < c->te &&
        (is(d, o->end, "that") || is(d, o->end, "which")) && !d->toks[o->end - 1].p) {
        while (qend < c->te && qend < o->end + 16 && d->toks[qend].p != ',' &&
               d->toks[qend].p != '.' && d->toks[qend].p != ';') {
            qend++;
        }
    }
    for (uint32_t q = k->after; k->form == F_NOUN && q < c->te && q < qend; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        uint32_t pl = happen_verb(d, q, c->te);
        if (!pl) {
            continue;
        }
        /* (past the relative clause only a failure: "failed to materialise"; its own verbs
         * are its own: "that were due to open in Abu Dhabi") */
        if (q > o->end && !(q >= k->after + 2 && is(d, q - 1, "to") &&
                            (is(d, q - 2, "failed") || is(d, q - 2, "fails")))) {
            continue;
        }
        /* "Talks ..., due to resume in Abu Dhabi this week, failed to materialise": a
         * reduced relative between commas; the predicate after it says what happened */
        if (q > k->after + 1 && is(d, q - 1, "to")) {
            uint32_t cq = q + 1;
            while (cq < c->te && cq < q + 12 && d->toks[cq].p != ',' && d->toks[cq].p != '.') {
                cq++;
            }
            bool later = false;
            for (uint32_t r = cq + 1; cq < c->te && d->toks[cq].p == ',' && r < c->te && r < cq + 5;
                 r++) {
                later = later || happen_verb(d, r, c->te) || trig(d, r, c->te, TR_DECIDE_V, NULL);
            }
            if (later) {
                q = cq;
                continue;
            }
        }
        /* "X's trip to Hanoi, due to start on Nov. 24, has been postponed": a reduced
         * relative between commas; the decision after it is the predicate */
        if (e && o->end > q && o->end > k->after + 1 && be_form(d, o->end - 1)) {
            uint32_t p0 = q;
            while (p0 > k->after && !d->toks[p0 - 1].p && q - p0 < 4) {
                p0--;
            }
            if (p0 > k->after && d->toks[p0 - 1].p == ',') {
                continue;
            }
        }
        bool neg = false, fut = false;
        for (uint32_t p = q; p > k->after && q - p < 6; p--) {
            uint32_t a = p - 1;
            if (!(cue1(d, a, CUE_AUX) || cue1(d, a, CUE_NEG) || adverb_ly(d, a) || is(d, a, "to") ||
                  trig(d, a, c->te, TR_GOVERN_V, NULL))) {
                break;
            }
            neg = neg || cue1(d, a, CUE_NEG);
            /* "failed to materialise", "failed to take place": none took place */
            if (is(d, a, "to") && a > k->after &&
                (is(d, a - 1, "failed") || is(d, a - 1, "fails") || is(d, a - 1, "fail"))) {
                neg = true;
                fut = is(d, a - 1, "fail") && a >= 2 && (is(d, a - 2, "will") || is(d, a - 2, "may"));
                break;
            }
            if (is(d, a, "will") || is(d, a, "'ll") || is(d, a, "to") ||
                trig(d, a, c->te, TR_GOVERN_V, NULL)) {
                fut = true;
            }
        }
        *happens = true; /* a time after it is the contact's, not a decision's */
        /* "no meeting took place between A and B" */
        for (uint32_t p = k->ts; p > c->tb && k->ts - p < 3; p--) {
            if (is(d, p - 1, "no")) {
                neg = true;
            }
            if (!venue_adj(c, p - 1) && !is(d, p - 1, "no")) {
                break;
            }
        }
        /* "The sixth round of talks between A and B ... will not go ahead": called off */
        if (neg && fut && pl == 2 && is(d, q + 1, "ahead")) {
            return S_CANCELLED;
        }
        if (neg) {
            return fut ? PASSIVE_DROP : S_NOT_OCCURRED;
        }
        return fut ? S_PLANNED : S_OCCURRED;
    }
    /* "Putin's visit to India in December will focus on trade": a contact whose clause says
     * what it "will" do is still to come */
    for (uint32_t q = k->after; k->form == F_NOUN && q + 1 < c->te && q < k->after + 10; q++) {
        /* (not one already past: "Modi's visit to Moscow last week will boost ties") */
        uint32_t kl = d->toks[q].klen;
        if (d->toks[q].p || (q >= o->rel_ts && q < o->rel_te) ||
            (kl == 3 && (is(d, q, "who") || is(d, q, "ago"))) ||
            (kl == 4 && (is(d, q, "that") || is(d, q, "last"))) ||
            (kl == 5 && is(d, q, "which")) || (kl == 6 && is(d, q, "recent")) ||
            (kl == 7 && is(d, q, "earlier")) || (kl == 9 && is(d, q, "yesterday"))) {
            break;
        }
        if (((kl == 4 && is(d, q, "will")) || (kl == 3 && is(d, q, "'ll"))) &&
            !cue1(d, q + 1, CUE_NEG) && (d->toks[q + 1].flags & TF_ALPHA) &&
            !(d->toks[q + 1].flags & TF_CAP)) {
            return S_PLANNED;
        }
    }
    /* a headline drops the auxiliary: "Xi-Trump summit called off amid rare earth row",
     * "Milei's Washington visit postponed" (the participle right after the noun phrase) */
    if (k->form == F_NOUN && k->after < c->te) {
        bool headline = headline_sent(c);
        uint32_t dp = o->end < c->te && o->end > k->after ? o->end : k->after;
        uint32_t hl = 0;
        const px_entry *he = headline ? trig(d, dp, c->te, TR_DECIDE_V, &hl) : NULL;
        /* ("put off": the same form as the infinitive) */
        if (he && !(he->flags & (TRF_ING | TRF_3SG)) && he->b != S_PROPOSED && dp > c->tb &&
            !cue1(d, dp - 1, CUE_AUX) && !cue1(d, dp - 1, CUE_NEG) && !finite_aux(d, dp - 1) &&
            (dp == k->after || (ment_at(c, dp - 1) >= 0 && !is_party_kind(c, ment_at(c, dp - 1))) ||
             (ment_at(c, dp - 1) >= 0 && (M(c, ment_at(c, dp - 1))->kind == MK_PLACE ||
                                          (M(c, ment_at(c, dp - 1))->flags & MF_LOCPP))))) {
            return (uint8_t)he->b;
        }
    }
    /* "the visit ... has been moved to next week" (the scan goes over "moved") */
    for (uint32_t q = k->after; k->form == F_NOUN && !e && q + 2 < c->te && q < o->end; q++) {
        if (q >= o->rel_ts && q < o->rel_te) {
            continue; /* (inside a relative clause the scan went over) */
        }
        if (be_form(d, q) && moved_later(c, q + 1)) {
            return q > c->tb && cue1(d, q - 1, CUE_NEG) ? 0 : S_POSTPONED;
        }

        /* (the commas around a relative clause the scan went over do not end it) */
        bool rel_comma = o->rel_te > o->rel_ts && (q + 1 == o->rel_ts || q == o->rel_te);
        if ((d->toks[q].p == ',' && !rel_comma) || is(d, q, "and")) {
            break;
        }
    }
    if (k->form != F_NOUN || !e || !(e->flags & (TRF_PAST | TRF_PPART)) || o->end <= k->after) {
        return 0;
    }
    /* was / were / has been / will be [adverb]: an adverb or two may come between */
    uint32_t p = o->end - 1;
    bool neg0 = false; /* ("is not ruled out": the negation right before the participle) */
    while (p > k->after + 1 && (d->toks[p].flags & (TF_QOPEN | TF_QCLOSE))) {
        p--; /* (a quotation around the predicate: '"is not ruled out"') */
    }
    uint32_t p0 = p;
    for (int n = 0; n < 2 && p > k->after && !cue1(d, p, CUE_AUX); n++) {
        if (cue1(d, p, CUE_NEG) && p == p0 && !neg0 && p > k->after + 1) {
            neg0 = true;
            p--;
            continue;
        }
        if (cue1(d, p, CUE_NEG) || !(d->toks[p].flags & TF_ALPHA) || ment_at(c, p) >= 0 ||
            (d->toks[p].flags & (TF_CAP | TF_QOPEN | TF_QCLOSE))) {
            return 0;
        }
        p--;
    }
    while (p > k->after + 1 && (d->toks[p].flags & (TF_QOPEN | TF_QCLOSE))) {
        p--;
    }
    /* (an adverb the cues list among auxiliaries: "was quietly scrapped"; also "was also
     * put on hold", "was again postponed") */
    for (int n = 0; n < 2 && p > k->after + 1 && !be_form(d, p) &&
                    (adverb_ly(d, p) || is(d, p, "also") || is(d, p, "again") || is(d, p, "now"));
         n++) {
        p--;
    }
    if (!be_form(d, p)) {
        return 0;
    }
    /* "was not cancelled", "has not been postponed"; "has not been ruled out" leaves the
     * contact possible: proposed */
    bool neg = neg0;
    for (uint32_t q = p; q < o->end; q++) {
        neg = neg || cue1(d, q, CUE_NEG);
    }
    for (uint32_t q = p; q > k->after && p - q < 3; q--) {
        if (cue1(d, q - 1, CUE_NEG)) {
            neg = true;
        } else if (!cue1(d, q - 1, CUE_AUX)) {
            break;
        }
    }
    if (neg) {
        return e->b == S_DECLINED ? S_PROPOSED : 0;
    }
    return e->b == S_PROPOSED ? 0 : (uint8_t)e->b; /* "was requested": the asking, not a stage */
}

/* "Border talks between A and B that had been scheduled for Monday have been pushed back",
 * "Xi's visit to Washington, which Trump had said would take place this year, has been
 * postponed": after a relative clause on the contact noun, a decision in the passive is the
 * main clause's predicate and the contact's latest stage (the relative clause's own verb
 * chain comes first: "talks, which were postponed in October, resumed" is no such
 * decision). Returns the status and sets *at to the decision's verb, or returns 0. */
static uint8_t relative_decision(const sctx *c, const core *k, const post *o, uint32_t *at)
{
    const px_doc *d = c->d;
    uint32_t r = o->end;
    if (k->form != F_NOUN || r + 2 >= c->te) {
        return 0;
    }
    if (d->toks[r].p == ',') {
        r++;
    }
    /* "A meeting between Rubio and Kallas, who travelled to Washington this week, was
     * cancelled": a who-clause on the last party between commas, then the predicate */
    if (is(d, r, "who") && r > k->after && d->toks[r - 1].p == ',') {
        uint32_t q = r + 1;
        while (q < c->te && q < r + 20 && !d->toks[q].p) {
            q++;
        }
        if (q + 2 >= c->te || d->toks[q].p != ',') {
            return 0;
        }
        uint32_t v = q + 1, b = 0;
        while (v < c->te && v < q + 5 &&
               (finite_aux(d, v) || cue1(d, v, CUE_AUX) || is(d, v, "also") || is(d, v, "again") ||
                adverb_ly(d, v))) {
            b = be_form(d, v) ? v : b;
            v++;
        }
        uint32_t l = 0;
        const px_entry *e = b && v < c->te ? trig(d, v, c->te, TR_DECIDE_V, &l) : NULL;
        if (!e || !(e->flags & (TRF_PAST | TRF_PPART)) || e->b == S_PROPOSED) {
            return 0;
        }
        for (uint32_t n = q + 1; n < v; n++) {
            if (cue1(d, n, CUE_NEG)) {
                return 0;
            }
        }
        *at = v;
        return (uint8_t)e->b;
    }
    if (!is(d, r, "which") && !is(d, r, "that")) {
        return 0;
    }
    int chains = 0;
    for (uint32_t q = r + 1; q + 1 < c->te && q < r + 40; q++) {
        if (d->toks[q].p == '.' || d->toks[q].p == ';' || d->toks[q].p == ':') {
            return 0;
        }
        bool did = is(d, q, "did") || is(d, q, "never");
        if (!(finite_aux(d, q) || did) || finite_aux(d, q - 1)) {
            continue;
        }
        if (++chains < 2) {
            continue;
        }
        uint32_t v = q;
        bool neg = false;
        while (v < c->te && (finite_aux(d, v) || cue1(d, v, CUE_AUX) || cue1(d, v, CUE_NEG) ||
                             is(d, v, "did"))) {
            neg = neg || cue1(d, v, CUE_NEG);
            v++;
        }
        /* "talks ... that were due to open in Jeddah on Wednesday did not take place" */
        if (neg && v + 1 < c->te &&
            (((is(d, v, "take") || is(d, v, "took") || is(d, v, "taken")) &&
              is(d, v + 1, "place")) ||
             ((is(d, v, "go") || is(d, v, "went")) && is(d, v + 1, "ahead")) || is(d, v, "happened") ||
             is(d, v, "happen") || is(d, v, "materialise") || is(d, v, "materialize") ||
             /* ("..., which had been expected on the sidelines ..., never materialised") */
             is(d, v, "materialised") || is(d, v, "materialized"))) {
            *at = v;
            return S_NOT_OCCURRED;
        }
        uint32_t l = 0;
        const px_entry *e = v < c->te ? trig(d, v, c->te, TR_DECIDE_V, &l) : NULL;
        if (!e && !neg && moved_later(c, v) && be_form(d, v - 1)) {
            *at = v;
            return S_POSTPONED; /* ("..., which had been scheduled for Thursday, has been
                                 * moved to next week") */
        }
        if (!e || !(e->flags & (TRF_PAST | TRF_PPART)) || !be_form(d, v - 1)) {
            continue; /* ("which Trump had said would take place ...": the clause goes on) */
        }
        if (neg || e->b == S_PROPOSED) {
            return 0;
        }
        *at = v;
        return (uint8_t)e->b;
    }
    return 0;
}

/* The state a code's territory belongs to for a contact: China's special administrative
 * regions are China's ("Ding Xuexiang met Hong Kong Chief Executive John Lee" is domestic) */
static const char *sovereign(const char *cc)
{
    return px_streq(cc, "HKG") || px_streq(cc, "MAC") ? "CHN" : cc;
}

static bool same_side(const px_ent *a, const px_ent *b)
{
    if (!a || !b) {
        return false;
    }
    if (a->country[0] && b->country[0]) {
        /* (an armed group and its state's government are two sides: "talks between
         * Sudan's army and the Rapid Support Forces", "Bogota's talks with the ELN") */
        bool ra = px_streq(a->sector, "REB"), rb = px_streq(b->sector, "REB");
        return strcmp(sovereign(a->country), sovereign(b->country)) == 0 && ra == rb;
    }
    if (!a->country[0] && !b->country[0] && a->code[0] && b->code[0]) {
        return strcmp(a->code, b->code) == 0 && strcmp(a->name, b->name) == 0;
    }
    return false;
}

static int frame_push(px_doc *d, const px_frame *f)
{
    if (d->nframe == d->capframe) {
        size_t nc = d->capframe ? d->capframe * 2 : 32;
        px_frame *nf = realloc(d->frames, nc * sizeof *nf);
        if (!nf) {
            return -1;
        }
        d->frames = nf;
        d->capframe = nc;
    }
    d->frames[d->nframe++] = *f;
    return 0;
}

/* Room for one more synthetic mention of this sentence (c->speaker has 16 spare slots). */
static bool syn_room(const sctx *c)
{
    return c->d->nment - c->mb < (c->me - c->mb) + 16;
}

/* the person named after "at the invitation of" in the sentence ("will visit Tehran at the
 * invitation of his Iranian counterpart Abbas Araghchi", "At the invitation of Chinese
 * Premier Li Qiang, ..."), of the state `cc`; else -1 (not "of the Chinese government") */
static int inviter_of(const sctx *c, const char *cc)
{
    const px_doc *d = c->d;
    for (uint32_t i = c->tb + 2; i + 2 < c->te; i++) {
        if (!is(d, i, "invitation") || !is(d, i + 1, "of") || !is(d, i - 1, "the") ||
            !is(d, i - 2, "at")) {
            continue;
        }
        for (uint32_t q = i + 2; q < c->te && q < i + 10 && !d->toks[q].p; q++) {
            int m = ment_at(c, q);
            if (m < 0 || (M(c, m)->flags & MF_ADJ) ||
                ((M(c, m)->flags & MF_PRON) && M(c, m)->te == q + 1)) {
                continue; /* (over "his" to the counterpart) */
            }
            const px_ent *e = E(c, m);
            /* (or of no known state: "at the invitation of King Norodom Sihamoni") */
            if (M(c, m)->kind == MK_PERSON && e &&
                (strcmp(e->country, cc) == 0 || !e->country[0])) {
                return m;
            }
            break;
        }
    }
    return -1;
}

static int state_mention_for(sctx *c, int place_m)
{
    /* the host state of a destination place: reuse or create a mention on the same tokens */
    px_doc *d = c->d;
    const px_ment *pm = M(c, place_m);
    const px_ent *pe = E(c, place_m);
    if (!pe || !pe->country[0] || !syn_room(c)) {
        return -1;
    }
    /* find the canonical state entity by country */
    px_ent st;
    memset(&st, 0, sizeof st);
    st.kind = MK_STATE;
    /* name: for a country place the place's name is the state's; for a city, look it up */
    int found = -1;
    for (size_t e = 0; e < d->nent; e++) {
        if (d->ents[e].kind == MK_STATE && strcmp(d->ents[e].country, pe->country) == 0 &&
            d->ents[e].name[0]) {
            found = (int)e;
            break;
        }
    }
    if (found < 0) {
        if (px_streq(pe->code, "COUNTRY")) {
            memcpy(st.name, pe->name, sizeof st.name);
        } else {
            const char *cn = px_country_name(d->ctx, pe->country);
            if (!*cn) {
                cn = pe->country;
            }
            px_copy(st.name, sizeof st.name, cn, strlen(cn));
        }
        memcpy(st.country, pe->country, sizeof st.country);
        memcpy(st.sector, "GOV", 4);
        memcpy(st.code, pe->country, 4);
        st.last_sent = c->si;
        found = px_ent_add(d, &st);
        if (found < 0) {
            return -1;
        }
    }
    /* a synthetic mention sharing the place's tokens */
    const px_ment s = *pm; /* d->ments can move */
    if (px_ment_push(d, s.ts, s.te, s.head, MK_STATE, MF_LOCPP, found) != 0) {
        return -1;
    }
    return (int)(d->nment - 1 - c->mb);
}

/* "said President Putin would travel": a verb after the mention makes it the subject of
 * the reported clause, not the speaker */
static bool clause_subject(const sctx *c, uint32_t a)
{
    const px_doc *d = c->d;
    /* "Kremlin says Putin, Trump to meet": over a comma-joined pair */
    if (a + 1 < c->te && (d->toks[a].p == ',' || is(d, a, "and"))) {
        int m2 = ment_at(c, a + 1);
        if (m2 >= 0 && M(c, m2)->te > a + 1 && M(c, m2)->te < c->te &&
            !(d->toks[M(c, m2)->te].p == ',' || is(d, M(c, m2)->te, "and"))) {
            return clause_subject(c, M(c, m2)->te);
        }
        return false;
    }
    if (a >= c->te || !(d->toks[a].flags & TF_ALPHA) || (d->toks[a].flags & TF_CAP)) {
        return false;
    }
    /* "Kremlin says Putin to visit India": a headline's infinitive */
    if (is(d, a, "to") && a + 1 < c->te &&
        (trig(d, a + 1, c->te, TR_CONTACT_V, NULL) || trig(d, a + 1, c->te, TR_MOTION_V, NULL) ||
         trig(d, a + 1, c->te, TR_LIGHT_V, NULL))) {
        return true;
    }
    if (cue1(d, a, CUE_REPORT)) {
        return false;
    }
    return cue1(d, a, CUE_AUX) || cue1(d, a, CUE_FUTURE) || cue1(d, a, CUE_NEG) ||
           is(d, a, "would") || is(d, a, "will") || is(d, a, "could") || is(d, a, "might") ||
           is(d, a, "may") || is(d, a, "must") || is(d, a, "should") ||
           is(d, a, "spoke") || is(d, a, "talked") || /* "said he spoke with Trump at ..." */
           trig(d, a, c->te, TR_CONTACT_V, NULL) || trig(d, a, c->te, TR_MOTION_V, NULL) ||
           trig(d, a, c->te, TR_DECIDE_V, NULL) || trig(d, a, c->te, TR_GOVERN_V, NULL) ||
           trig(d, a, c->te, TR_LIGHT_V, NULL);
}

/* A report verb at r that says no more than its subject's own contact: "Lavrov denied
 * meeting Witkoff" (a gerund), "Putin says ready to meet Zelensky" (a headline's "says
 * (he is) ready to") */
static bool report_transparent(const sctx *c, uint32_t r)
{
    const px_doc *d = c->d;
    if (r + 1 >= c->te) {
        return false;
    }
    const px_entry *ge = trig(d, r + 1, c->te, TR_CONTACT_V, NULL);
    if (ge && (ge->flags & TRF_ING)) {
        return true;
    }
    if (!(is(d, r, "says") || is(d, r, "said")) || r + 2 >= c->te) {
        return false;
    }
    /* (also "Trump says will meet Kim 'at some point'", "Modi says hopes to visit
     * Moscow": the headline drops the subject's pronoun) */
    if ((is(d, r + 1, "will") || is(d, r + 1, "would")) && (d->toks[r + 2].flags & TF_ALPHA) &&
        (trig(d, r + 2, c->te, TR_CONTACT_V, NULL) || trig(d, r + 2, c->te, TR_MOTION_V, NULL) ||
         trig(d, r + 2, c->te, TR_LIGHT_V, NULL))) {
        return true;
    }
    return (is(d, r + 1, "ready") || is(d, r + 1, "willing") || is(d, r + 1, "open") ||
            is(d, r + 1, "prepared") || is(d, r + 1, "hopes") || is(d, r + 1, "plans") ||
            is(d, r + 1, "wants")) &&
           is(d, r + 2, "to");
}

static void mark_speakers(sctx *c)
{
    px_doc *d = c->d;
    size_t nm = c->me - c->mb;
    for (size_t r = 0; r < nm; r++) {
        const px_ment *m = &d->ments[c->mb + r];
        /* "X said", "said X", "according to X", "X told", "X added" */
        uint32_t a = m->te;
        if (a < c->te && d->toks[a].p == ',') {
            a++;
        }
        bool sp = false;
        if (m->te < c->te && (cue1(d, m->te, CUE_REPORT)) && !is(d, m->te, "informed")) {
            /* speaker only when the report verb ends the clause or introduces speech (not
             * "Lavrov denied meeting Witkoff": the one who met) */
            sp = !report_transparent(c, m->te);
        }
        if (m->ts > c->tb) {
            uint32_t p = m->ts - 1;
            if (is(d, p, "the") || is(d, p, "a") || is(d, p, "an")) {
                p = p > c->tb ? p - 1 : p;
            }
            if (is(d, p, "said") || is(d, p, "says") || is(d, p, "told") || is(d, p, "to") ||
                is(d, p, "added")) {
                if (is(d, p, "to") && p > c->tb && is(d, p - 1, "according")) {
                    sp = true;
                } else if (!is(d, p, "to") && !clause_subject(c, m->te) &&
                           /* ("said his trip to Buenos Aires had been postponed": a
                            * possessive begins what is said) */
                           !(m->te == m->ts + 1 &&
                             (is(d, m->ts, "his") || is(d, m->ts, "her") || is(d, m->ts, "their") ||
                              is(d, m->ts, "its"))) &&
                           /* ("said the Putin-Trump summit would be held": the first of a
                            * pair, or a name before a contact noun, begins what is said) */
                           !(m->te < c->te &&
                             (is(d, m->te, "-") || (d->toks[m->te - 1].flags & TF_HYPH) ||
                              trig(d, m->te, c->te, TR_CONTACT_N, NULL)))) {
                    sp = true;
                }
            }
        }
        if (m->ent >= 0 && d->ents[m->ent].analyst) {
            sp = true;
        }
        c->speaker[r] = sp;
    }
}

static uint8_t future_mode(uint8_t st)
{
    /* 1 future, 0 nearest, 2 past */
    switch (st) {
    case S_PLANNED:
    case S_PROPOSED:
    case S_AGREED:
        return 1;
    case S_DECLINED:
    case S_CANCELLED:
    case S_POSTPONED:
        return 0;
    default:
        return 2;
    }
}

/* The relative clause (", who ... ,") around token i: [*a, *b), or false. */
static bool relative_span(const sctx *c, uint32_t i, uint32_t *a, uint32_t *b)
{
    const px_doc *d = c->d;
    uint32_t q = i;
    while (q > c->tb + 1 && i - q < 16 &&
           (d->toks[q - 1].p != ',' || place_comma(c, q - 1)) && d->toks[q - 1].p != '.') {
        q--;
    }
    /* (also after an appositive's noun phrase: ", a fellow conservative who took office
     * last month,") */
    bool appos = false;
    for (uint32_t r = q; q > c->tb + 1 && d->toks[q - 1].p == ',' && r < i && r < q + 5 &&
                         (d->toks[r].flags & TF_ALPHA) && !(d->toks[r].flags & TF_CAP) &&
                         !d->toks[r].p;
         r++) {
        if (r > q && (is(d, r, "who") || is(d, r, "whose")) &&
            (is(d, q, "a") || is(d, q, "an") || is(d, q, "the"))) {
            q = r;
            appos = true;
            break;
        }
    }
    if (q <= c->tb + 1 || (d->toks[q - 1].p != ',' && !appos) ||
        !(is(d, q, "who") || is(d, q, "whom") || is(d, q, "whose") || is(d, q, "which"))) {
        return false;
    }
    uint32_t e = i;
    /* (a long clause to the sentence's end too: ", who are visiting the country following
     * President Donald Trump's threat of military action over the killing of Christians.") */
    while (e < c->te && e - i < 28 && (d->toks[e].p != ',' || place_comma(c, e)) &&
           d->toks[e].p != '.') {
        e++;
    }
    /* (", whom he last saw at Panmunjom in June 2019." closes with the sentence) */
    if (e >= c->te || (d->toks[e].p != ',' && !(d->toks[e].p == '.' && e + 1 >= c->te))) {
        return false;
    }
    *a = q;
    *b = e;
    return true;
}

/* "about the Ukraine negotiations", "regarding talks": a contact noun that is what another
 * contact was about */
static uint32_t topic_at(const sctx *c, const core *k);

static bool topic_noun(const sctx *c, const core *k)
{
    return topic_at(c, k) > 0;
}

/* topic_noun's marker: the token of "about" (or of "of", "to" after "outcome" ...) before
 * the noun, or 0. */
static uint32_t topic_at(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    if (k->form != F_NOUN) {
        return 0;
    }
    for (uint32_t q = k->ts, n = 0; q > c->tb && n < 5; q--, n++) {
        if (is(d, q - 1, "about") || is(d, q - 1, "regarding") || is(d, q - 1, "concerning")) {
            return q - 1;
        }
        /* (also what came of one: "on follow-up measures to the summit between Lee and
         * Trump", "the outcome of the talks", "the implementation of agreements reached at
         * the summit") */
        if (q > c->tb + 1 && (is(d, q - 1, "of") || is(d, q - 1, "to") || is(d, q - 1, "from")) &&
            (is(d, q - 2, "follow-up") || is(d, q - 2, "measures") || is(d, q - 2, "outcome") ||
             is(d, q - 2, "outcomes") || is(d, q - 2, "results") || is(d, q - 2, "implementation") ||
             is(d, q - 2, "up") || is(d, q - 2, "reached"))) {
            return q - 1;
        }
        if (d->toks[q - 1].p && d->toks[q - 1].p != '-') {
            return 0;
        }
    }
    return 0;
}

/* "welcomed X on Tuesday for talks", "will host Modi for the annual summit in December": a
 * contact noun after "for" (over its determiner and adjectives) is the purpose of another */
static bool purpose_noun(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    if (k->form != F_NOUN) {
        return false;
    }
    uint32_t q = k->ts;
    /* (over a plural possessive: "for the Quad foreign ministers' meeting") */
    if (q > c->tb + 1 && d->toks[q - 1].p == '\'') {
        q--;
        for (int w = 0; w < 2 && q > c->tb + 1 && (d->toks[q - 1].flags & TF_ALPHA) &&
                        !(d->toks[q - 1].flags & TF_CAP) && !is(d, q - 1, "for");
             w++) {
            q--;
        }
    }
    for (int n = 0; n < 8 && q > c->tb; n++) {
        if (is(d, q - 1, "for")) {
            return true;
        }
        /* (also over a hyphenated compound: "for annual two-plus-two talks") */
        if (!(det_like(c, q - 1) || is(d, q - 1, "a") || is(d, q - 1, "an") ||
              is(d, q - 1, "the") || venue_adj(c, q - 1) || is(d, q - 1, "annual") ||
              hyph_part(c, q - 1) ||
              go_between_word(d, q - 1) || host_word(d, q - 1) || /* "U.S.-brokered" */
              (d->toks[q - 1].flags & (TF_CAP | TF_HYPH)))) { /* "India-Russia" */
            return false;
        }
        q--;
    }
    return false;
}

/* "the previous day", "the day before", "a day earlier" (-1), "the next day", "the
 * following day", "a day later" (+1) at token q; else 0 */
static int day_offset_at(const px_doc *d, uint32_t q, uint32_t te)
{
    if (q + 2 >= te) {
        return 0;
    }
    if ((is(d, q, "the") && (is(d, q + 1, "previous") || is(d, q + 1, "preceding")) &&
         is(d, q + 2, "day")) ||
        (is(d, q, "the") && is(d, q + 1, "day") && is(d, q + 2, "before")) ||
        (is(d, q, "a") && is(d, q + 1, "day") && is(d, q + 2, "earlier"))) {
        return -1;
    }
    if ((is(d, q, "the") && (is(d, q + 1, "next") || is(d, q + 1, "following")) &&
         is(d, q + 2, "day")) ||
        (is(d, q, "a") && is(d, q + 1, "day") && is(d, q + 2, "later"))) {
        return 1;
    }
    return 0;
}

/* "to cement the peace agreement initialed by Baku and Yerevan at the White House last
 * year": a place or time at pos after a participle of another noun (not a contact noun)
 * between the contact and pos belongs to that participle. */
static bool participle_owned(const sctx *c, const core *k, uint32_t pos)
{
    const px_doc *d = c->d;
    for (uint32_t w = k->te + 1; w < pos && w < c->te; w++) {
        if (d->toks[w].p == ';' || d->toks[w].p == '.') {
            return false;
        }
        /* (the participle of a document or a deal: "agreement", "accord", "treaty",
         * "truce", "ceasefire", "pact", "declaration", "memorandum", "deal") */
        bool doc = is(d, w - 1, "agreement") || is(d, w - 1, "accord") ||
                   is(d, w - 1, "treaty") || is(d, w - 1, "truce") || is(d, w - 1, "ceasefire") ||
                   is(d, w - 1, "pact") || is(d, w - 1, "declaration") ||
                   is(d, w - 1, "memorandum") || is(d, w - 1, "deal") || is(d, w - 1, "accords");
        if (doc && ed_word(d, w) && w + 1 < c->te &&
            (is(d, w + 1, "by") || is(d, w + 1, "at") || is(d, w + 1, "in"))) {
            return true;
        }
    }
    return false;
}

/* "On Monday Wang Yi met Putin and held talks with Lavrov", "Wang Yi on Monday met Putin
 * and ...": a time opening the sentence, or standing between its subject and its first
 * verb, dates every verb of that subject as a fronted time with a comma does */
static bool opening_time(const sctx *c, const px_time *x)
{
    const px_doc *d = c->d;
    uint32_t b = c->tb;
    while (b < c->te && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    if (x->ts == b) {
        return true;
    }
    uint32_t first = c->te;
    for (int o = 0; o < c->ncore; o++) {
        const core *ok = &c->cores[o];
        if (!ok->drop && ok->form != F_NOUN && ok->cs < first) {
            first = ok->cs;
        }
    }
    int sm = x->ts > b ? ment_at(c, b) : -1;
    /* (a verb chain may begin at the time: "Wang Yi on Monday held talks") */
    return first < c->te && first >= x->ts && first <= x->te && sm >= 0 && M(c, sm)->te == x->ts;
}

static void attach_time(sctx *c, const core *k, px_frame *f)
{
    px_doc *d = c->d;
    int best = -1;
    uint32_t bestdist = 1000;
    /* "Also on Thursday, Xi met Anwar, who will pay an official visit to Beijing": a
     * contact in a who-clause takes no time from before it */
    uint32_t kra = 0, krb = 0;
    bool kin = relative_span(c, k->ts, &kra, &krb) &&
               (is(d, kra, "who") || is(d, kra, "whom") || is(d, kra, "whose"));
    uint32_t topic = topic_at(c, k);
    for (int t = 0; t < c->ntx; t++) {
        const px_time *x = &c->tx[t];
        if (x->ts > k->te && f->status != S_OCCURRED && participle_owned(c, k, x->ts)) {
            continue; /* ("... the agreement initialed at the White House last year") */
        }
        /* ("held talks with Landau on Monday on follow-up measures to the summit between Lee
         * and Trump": the topic's contact is not of that day) */
        if (topic && x->te <= topic) {
            continue;
        }
        if (kin && x->te <= kra && f->status != S_OCCURRED) {
            continue; /* ("Kallas, who is in Armenia on a working visit," is there then) */
        }
        /* "agreed to hold a commission meeting in Kampala next month, following talks
         * between Ruto and Museveni": an earlier contact after "following" or "after" takes
         * no time still to come from before it */
        /* (so does a past verb's after its subject: "agreed to hold a further round of
         * talks next week after negotiators from the two countries held talks in Doha") */
        bool past_v = k->form != F_NOUN && (k->vflags & TRF_PAST);
        if ((k->form == F_NOUN || past_v) && x->te <= k->ts && k->ts > c->tb &&
            f->status == S_OCCURRED && x->set && d->pub_y &&
            px_days_from_civil(x->y0, x->m0, x->d0) >
                px_days_from_civil(d->pub_y, d->pub_m, d->pub_d)) {
            uint32_t fp = k->ts;
            while (fp > c->tb + 1 && k->ts - fp < (past_v ? 8u : 4u) &&
                   (d->toks[fp - 1].flags & TF_ALPHA) &&
                   !(d->toks[fp - 1].flags & TF_CAP) && !is(d, fp - 1, "after") &&
                   !is(d, fp - 1, "following")) {
                fp--;
            }
            if (fp > c->tb && x->te < fp &&
                (is(d, fp - 1, "after") || is(d, fp - 1, "following"))) {
                continue;
            }
        }
        /* "the first visit of Ramgoolam to India after assuming office in November 2024":
         * the time of taking office is not the contact's */
        bool office = false;
        for (uint32_t q = x->ts; x->ts > k->te && q > k->te + 1 && x->ts - q < 6 && !office; q--) {
            office = (is(d, q - 2, "after") || is(d, q - 2, "since") || is(d, q - 2, "before") ||
                      is(d, q - 2, "upon")) &&
                     (is(d, q - 1, "assuming") || is(d, q - 1, "taking") ||
                      is(d, q - 1, "becoming") || is(d, q - 1, "winning"));
        }
        if (office) {
            continue;
        }
        /* "visited Israel twice after the Hamas-led attack of Oct. 7, 2023": a date after
         * "of" that a noun other than a contact's takes is that noun's */
        if (x->ts > k->te + 1 && x->ts > c->tb + 2 && is(d, x->ts - 1, "of") &&
            (d->toks[x->ts - 2].flags & TF_ALPHA) && !(d->toks[x->ts - 2].flags & TF_CAP) &&
            !trig(d, x->ts - 2, c->te, TR_CONTACT_N, NULL) &&
            !px_match_kind(d, x->ts - 2, K_TIME, NULL) &&
            !is(d, x->ts - 2, "end") && !is(d, x->ts - 2, "beginning") &&
            !is(d, x->ts - 2, "start") && !is(d, x->ts - 2, "middle") &&
            !is(d, x->ts - 2, "half") && !is(d, x->ts - 2, "part") &&
            !is(d, x->ts - 2, "weekend") && !is(d, x->ts - 2, "days")) {
            continue;
        }
        /* "would not travel to Washington for a meeting with Trump unless the United States
         * lifted sanctions imposed on him in October": a time in a subordinate clause with a
         * subject and a verb of its own after the contact is that clause's (after "after" or
         * "before" only a subject that is none of the contact's parties: "met Trump after
         * he arrived on Monday" is Monday) */
        bool sub_clause = false;
        for (uint32_t q = k->te; x->ts > k->te && q + 2 < x->ts && !sub_clause; q++) {
            char c0 = d->toks[q].klen >= 2 ? d->toks[q].k0 : 0; /* (told by its first letter) */
            if (c0 != 'a' && c0 != 'b' && c0 != 'u' && c0 != 't' && c0 != 'i' && c0 != 'o') {
                continue;
            }
            bool ab = is(d, q, "after") || is(d, q, "before");
            if (!(ab || is(d, q, "unless") || is(d, q, "until") || is(d, q, "because") ||
                  is(d, q, "although") || is(d, q, "though") || is(d, q, "if") ||
                  is(d, q, "once"))) {
                continue;
            }
            int sm = ment_at(c, q + 1);
            if (sm < 0 || M(c, sm)->te >= x->ts || (M(c, sm)->flags & (MF_LOCPP | MF_ADJ))) {
                continue;
            }
            uint32_t v = M(c, sm)->te;
            bool verb = ed_word(d, v) && !trig(d, v, c->te, TR_CONTACT_V, NULL) &&
                        !trig(d, v, c->te, TR_MOTION_V, NULL);
            bool party = (M(c, sm)->flags & MF_PRON) != 0;
            for (int p = 0; ab && p < f->nparties && !party; p++) {
                party = d->ments[f->parties[p].ment].ent == M(c, sm)->ent;
            }
            sub_clause = verb && !(ab && party);
        }
        if (sub_clause) {
            continue;
        }
        /* "cancelled a visit to Vanuatu scheduled for Friday, ..., but will go ahead with
         * stops in Fiji and Tonga": a contrasting clause has times of its own */
        bool contrast = false;
        /* (so has a concession: "did not hold a bilateral meeting this week, although both
         * attended the East Asia Summit on Wednesday") */
        for (uint32_t q = x->te; x->te <= k->ts && q < k->ts && !contrast; q++) {
            contrast = (is(d, q, "but") || is(d, q, "although") || is(d, q, "though")) &&
                       q > c->tb && d->toks[q - 1].p == ',';
        }
        if (contrast) {
            continue;
        }
        /* "headed to Cairo on Sunday, where he is scheduled to meet al-Sisi": the time before
         * a where-clause is the trip's; the clause takes the trip's own reading of it (from
         * the frame it hangs on, in build) */
        if (x->te + 1 < k->ts && d->toks[x->te].p == ',' && is(d, x->te + 1, "where")) {
            continue;
        }
        /* ("received X, who is on a working visit to the UAE, in Abu Dhabi on Monday": the
         * time after the clause is the main verb's) */
        if (kin && x->ts >= krb && krb > k->te && krb < c->te && d->toks[krb].p == ',') {
            continue;
        }
        /* "Araqchi, who arrived late on Wednesday, was due to meet": the relative clause's
         * time is its own verb's */
        uint32_t ra, rb;
        if (relative_span(c, x->ts, &ra, &rb) &&
            (is(d, ra, "who") || is(d, ra, "whom") || is(d, ra, "whose")) &&
            !(k->ts >= ra && k->ts < rb)) {
            continue; /* (", which ended on Friday," after a contact noun dates it) */
        }
        /* "met X in Ankara on Thursday and urged Y to resume talks": an "and" between the
         * time and another anchor, none between the time and this core, keeps it here */
        bool and_k = false;
        uint32_t klo = x->te <= k->ts ? x->te : k->te, khi = x->te <= k->ts ? k->ts : x->ts;
        for (uint32_t q = klo; q < khi; q++) {
            /* (not the "to" of a destination: "made a trip to Damascus on Sunday and met
             * Sharaa" dates the trip too) */
            bool dest = is(d, q, "to") && q == k->te && f->type == T_VISIT && q + 1 < c->te &&
                        ((d->toks[q + 1].flags & TF_CAP) || is(d, q + 1, "the"));
            /* (nor the "and" between two parties: "meet Netanyahu and President Isaac
             * Herzog in Jerusalem on Sunday and visit Yad Vashem") */
            int ca = is(d, q, "and") && q > c->tb ? ment_at(c, q - 1) : -1;
            int cb = ca >= 0 ? ment_at(c, q + 1) : -1;
            /* (nor two places: "will travel to Kinshasa and Kigali next week") */
            bool coord = cb >= 0 && ((M(c, ca)->kind == MK_PERSON && M(c, cb)->kind == MK_PERSON) ||
                                     (M(c, ca)->kind == MK_PLACE && M(c, cb)->kind == MK_PLACE));
            if ((is(d, q, "and") && !coord) || is(d, q, "but") || (is(d, q, "to") && !dest)) {
                and_k = true;
            }
        }
        /* distance to this core */
        uint32_t dc = x->te <= k->ts ? k->ts - x->te : x->ts >= k->te ? x->ts - k->te : 0;
        if (x->te <= k->ts && x->te <= k->cs && k->cs > x->te) {
            dc = k->cs - x->te;
        }
        /* "told Modi in a telephone call on Thursday that he looked forward to visiting
         * New Delhi in December": a time before the "that" of a report is the report's, and
         * yields to one of the contact's own */
        if (x->te < k->cs && is(d, x->te, "that")) {
            for (uint32_t q = x->ts; q > c->tb && x->ts - q < 16; q--) {
                if (report_at(c, q - 1) || is(d, q - 1, "told") || is(d, q - 1, "tells")) {
                    dc += 20;
                    break;
                }
                if (d->toks[q - 1].p == '.' || d->toks[q - 1].p == ';') {
                    break;
                }
            }
        }
        /* "visit China in April and Xi would make a state visit to the US later next
         * year": a time before a clause of its own belongs to the clause before */
        for (uint32_t q = x->te; x->te <= k->cs && q < k->cs; q++) {
            if (d->toks[q].klen == 3 && and_clause(c, q)) {
                dc += 20;
                break;
            }
            /* ("will meet Trump on Tuesday before Carney hosts him in Ottawa on Thursday":
             * a time before a subordinate clause's subject is the main clause's) */
            /* (also "after": "is considering a visit to China early next year, after he
             * met Xi in Rio de Janeiro in November 2024") */
            if ((is(d, q, "before") || is(d, q, "until") || is(d, q, "while") ||
                 is(d, q, "after")) &&
                q + 1 < k->cs && ment_at(c, q + 1) >= 0 &&
                M(c, ment_at(c, q + 1))->kind == MK_PERSON) {
                dc += 20;
                break;
            }
        }
        /* ("..., three months after Wadephul's own visit to Turkey": a contact a span of
         * time before or after the clause's, past a comma, has none of its times; "a day
         * after" is counted from it elsewhere) */
        /* (also a clause: "on Saturday, a week after the two met in Munich") */
        if (x->te <= k->ts) {
            uint32_t q = k->ts;
            while (q > x->te && k->ts - q < 6 && !d->toks[q - 1].p && !is(d, q - 1, "after") &&
                   !is(d, q - 1, "since") && !is(d, q - 1, "before")) {
                q--;
            }
            bool rel = q > x->te + 1 && (is(d, q - 1, "after") || is(d, q - 1, "before")) &&
                       (is(d, q - 2, "days") || is(d, q - 2, "weeks") || is(d, q - 2, "months") ||
                        is(d, q - 2, "years") || is(d, q - 2, "week") || is(d, q - 2, "day") ||
                        is(d, q - 2, "month") || is(d, q - 2, "year"));
            bool comma = false;
            for (uint32_t r = x->te; rel && r + 1 < q; r++) {
                comma = comma || d->toks[r].p == ',';
            }
            if (rel && comma) {
                continue;
            }
        }
        /* "met Fidan in Berlin on Tuesday, after Wadephul's visit to Turkey in October": a
         * contact noun past a comma with a time of its own phrase takes that one */
        if (k->form == F_NOUN && x->te <= k->ts) {
            bool comma = false, own_np = false;
            for (uint32_t q = x->te; q < k->ts && !comma; q++) {
                comma = d->toks[q].p == ',';
            }
            for (int t2 = 0; t2 < c->ntx && comma && !own_np; t2++) {
                bool clear = c->tx[t2].ts >= k->te;
                for (uint32_t q = k->te; clear && q < c->tx[t2].ts; q++) {
                    clear = !d->toks[q].p || d->toks[q].p == '\'' || d->toks[q].p == '-';
                }
                own_np = clear;
            }
            if (comma && own_np) {
                dc += 20;
            }
        }
        /* "met Faisal in Riyadh on Wednesday and is due to fly to Muscat on Friday": a time
         * of the verb phrase before "and" belongs there; a time of this one's own wins */
        if (x->te <= k->ts) {
            bool and_between = false, core_before = false;
            for (uint32_t q = x->te; q < k->ts && q < c->te; q++) {
                and_between = and_between || is(d, q, "and");
            }
            for (int o2 = 0; o2 < c->ncore && and_between; o2++) {
                const core *pk = &c->cores[o2];
                core_before = core_before || (pk != k && !pk->drop && pk->te <= x->ts &&
                                              pk->form != F_NOUN);
            }
            bool own_later = false; /* (only when this verb phrase has a time of its own) */
            for (int t2 = 0; t2 < c->ntx && !own_later; t2++) {
                own_later = c->tx[t2].ts >= k->te;
            }
            if (and_between && core_before && own_later) {
                dc += 20;
            }
            /* (a contact still to come named in the second verb phrase takes none: "met
             * Lavrov in Moscow on Wednesday and discussed preparations for the annual
             * summit") */
            /* (its verb before or after the time: "on Wednesday met Lavrov in Moscow and
             * discussed ...") */
            uint32_t and_at = 0;
            for (uint32_t q = x->te; q < k->ts && q < c->te; q++) {
                and_at = is(d, q, "and") ? q : and_at;
            }
            bool verb_first = false;
            for (int o2 = 0; o2 < c->ncore && and_at && !verb_first; o2++) {
                const core *pk = &c->cores[o2];
                verb_first = pk != k && !pk->drop && pk->form != F_NOUN && pk->te <= and_at &&
                             (pk->te <= x->ts || pk->ts >= x->te);
            }
            if (verb_first && k->form == F_NOUN && f->status != S_OCCURRED &&
                f->status != S_NOT_OCCURRED) {
                continue;
            }
        }
        /* "invited Takaichi to visit Manila during a phone call on Monday": the time of the
         * call in which a plan was made is not the plan's (also over the call's place and
         * partner: "during a meeting at the Vatican in June") */
        if (f->status != S_OCCURRED && f->status != S_NOT_OCCURRED) {
            bool call_time = false;
            for (int o2 = 0; o2 < c->ncore && !call_time; o2++) {
                const core *sk = &c->cores[o2];
                /* (not the medium of this very contact: "will speak with Trump by phone
                 * later this week") */
                call_time = sk != k && sk->setting && sk->form == F_NOUN && sk->ts > k->te &&
                            x->ts >= sk->te && x->ts <= sk->te + 8 &&
                            !is(d, sk->ts, "by") && !is(d, sk->ts, "via") &&
                            !is(d, sk->ts, "over") && !is(d, sk->ts - 1, "by") &&
                            !is(d, sk->ts - 1, "via");
                /* (past the place only after "during": "set to meet again at the summit in
                 * Gabala next month" is that meeting's time) */
                bool during = false;
                for (uint32_t q = sk->ts; q > k->te && sk->ts - q < 4 && !during; q--) {
                    during = is(d, q - 1, "during");
                }
                call_time = call_time && (x->ts <= sk->te + 1 || during);
                for (uint32_t q = sk->te; call_time && q < x->ts; q++) {
                    int qm = ment_at(c, q);
                    call_time = (qm >= 0 && M(c, qm)->kind != MK_NONE) || is(d, q, "at") ||
                                is(d, q, "in") || is(d, q, "with") || is(d, q, "the") ||
                                is(d, q, "of");
                }
            }
            if (call_time) {
                continue;
            }
        }
        /* "to revive diplomacy that collapsed in 2019": a time in a relative clause on a
         * noun after the contact is that clause's verb's ("that" straight before a verb,
         * not the "that" of a reported clause before its subject) */
        if (x->ts > k->te) {
            bool rel = false;
            for (uint32_t q = k->te; q + 1 < x->ts && !rel; q++) {
                rel = (is(d, q, "that") || is(d, q, "which")) && q > c->tb &&
                      (d->toks[q - 1].flags & TF_ALPHA) && !(d->toks[q - 1].flags & TF_CAP) &&
                      !d->toks[q - 1].p && ment_at(c, q - 1) < 0 && !report_at(c, q - 1) &&
                      (d->toks[q + 1].flags & TF_ALPHA) && !(d->toks[q + 1].flags & TF_CAP) &&
                      ment_at(c, q + 1) < 0 && !cue1(d, q + 1, CUE_PRON) &&
                      !cue1(d, q + 1, CUE_DET) && !is(d, q + 1, "the") && !is(d, q + 1, "a") &&
                      !is(d, q + 1, "an") && ed_word(d, q + 1);
            }
            if (rel) {
                continue;
            }
        }
        /* "said he had spoken with Milei by phone and that his trip, planned for next
         * week, had been postponed": a second reported clause has times of its own */
        if (x->ts > k->te) {
            bool second = false;
            for (uint32_t q = k->te; q + 1 < x->ts && !second; q++) {
                second = is(d, q, "and") && is(d, q + 1, "that");
            }
            if (second) {
                continue;
            }
        }
        /* "following a row over the exhumation of victims of the 1943 Volhynia massacres":
         * a bare year modifying another noun dates that noun ("the 2018 Singapore summit"
         * still dates the summit) */
        if (x->te == x->ts + 1 && (d->toks[x->ts].flags & TF_NUM) && d->toks[x->ts].klen == 4 &&
            x->ts > c->tb && x->te < c->te && (d->toks[x->te].flags & TF_ALPHA) &&
            (is(d, x->ts - 1, "the") || is(d, x->ts - 1, "a") || is(d, x->ts - 1, "its") ||
             is(d, x->ts - 1, "their") || is(d, x->ts - 1, "his") || is(d, x->ts - 1, "her")) &&
            !(k->ts >= x->te && k->ts <= x->te + 4)) {
            bool event = false; /* ("met at the 2019 Hanoi summit": the meeting's) */
            for (uint32_t q = x->te; q < c->te && q < x->te + 4 && !event &&
                                     (d->toks[q].flags & TF_ALPHA);
                 q++) {
                event = trig(d, q, c->te, TR_CONTACT_N, NULL) || px_match_kind(d, q, K_VENUE, NULL);
            }
            if (!event) {
                continue;
            }
        }
        /* "a planned trip ... was postponed last month": the decision's time */
        if (k->pass_tok && x->ts > k->pass_tok) {
            continue;
        }
        /* "Madrid, 20 Nov (EFE).- ...": the dateline's date is the filing's */
        if (d->toks[x->ts].flags & TF_DATELINE) {
            continue;
        }
        /* "Pretoria, 20 November 2026: Minister Lamola to ...": a press release's date */
        if (c->si == 0 && x->te < c->te && d->toks[x->te].p == ':') {
            continue;
        }
        /* ("A meeting between A and B, floated by Washington last month, has been ruled
         * out": the time of an agent's participle is the proposal's) */
        if (x->ts >= k->rel_ts && x->te <= k->rel_te && k->rel_te && ed_word(d, k->rel_ts) &&
            k->rel_ts + 1 < c->te && is(d, k->rel_ts + 1, "by")) {
            continue;
        }
        /* "talks, which were postponed in October, were held on Thursday": the predicate's
         * time over the relative clause's */
        if (x->ts >= k->rel_ts && x->te <= k->rel_te && k->rel_te) {
            bool later = false;
            for (int t2 = 0; t2 < c->ntx; t2++) {
                later = later || (c->tx[t2].ts >= k->rel_te &&
                                  (!k->pass_tok || c->tx[t2].ts < k->pass_tok));
            }
            if (later) {
                continue;
            }
        }
        /* "arrived on Saturday ahead of talks with X": the arrival's time */
        if (k->ahead && x->te <= k->ts) {
            continue;
        }
        /* "dimming hopes of a thaw after last year's military conflict": a time that owns
         * another noun dates that noun ("last year's summit" still dates the summit) */
        if (x->te + 1 < c->te && is(d, x->te, "'s") && !(x->te + 1 >= k->ts && x->te + 1 < k->te + 2)) {
            bool event = false; /* ("next month's OSCE ministerial council": the event's) */
            /* (in its own phrase: "ahead of next year's review of the USMCA, at a meeting
             * at the National Palace" is no time of the meeting) */
            for (uint32_t q = x->te + 1; q < c->te && q < x->te + 8 && !event &&
                                         !(d->toks[q].p && !(d->toks[q].flags & TF_HYPH));
                 q++) {
                int vm = ment_at(c, q);
                event = trig(d, q, c->te, TR_CONTACT_N, NULL) || px_match_kind(d, q, K_VENUE, NULL) ||
                        (vm >= 0 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE"));
            }
            if (!event) {
                continue;
            }
        }
        /* "will visit the US by the end of the year, after hosting Trump in Beijing in
         * April": a participle after "after"/"before" with a time of its own takes that */
        if (x->te < k->ts && k->ts > c->tb + 1 &&
            (is(d, k->ts - 1, "after") || is(d, k->ts - 1, "before")) && (k->vflags & TRF_ING)) {
            bool own = false;
            for (int t2 = 0; t2 < c->ntx && !own; t2++) {
                bool comma = false;
                for (uint32_t q = k->te; q < c->tx[t2].ts && !comma; q++) {
                    comma = d->toks[q].p == ',' || d->toks[q].p == ';';
                }
                own = c->tx[t2].ts >= k->te && !comma;
            }
            if (own) {
                continue;
            }
        }
        /* "told reporters on Saturday that he would meet Trump": a time between a report
         * verb and the "that" of what was reported dates the report */
        if (x->te <= k->ts) {
            bool that = false, report = false;
            for (uint32_t q = x->te; q < k->ts && !that; q++) {
                that = is(d, q, "that");
            }
            /* ("said on Thursday he hopes to meet Trump": a subject pronoun opens the
             * reported clause as "that" does; not when the contact counts its day from
             * the report's, "... he had spoken with Trump the previous day") */
            bool counted = false;
            for (uint32_t q = k->te; q + 2 < c->te && !counted; q++) {
                counted = day_offset_at(d, q, c->te) != 0;
            }
            that = that || (!counted && (is(d, x->te, "he") || is(d, x->te, "she") ||
                                         is(d, x->te, "they") || is(d, x->te, "it") ||
                                         is(d, x->te, "we")));
            for (uint32_t q = x->ts; that && !report && q > c->tb && q + 6 > x->ts; q--) {
                report = report_at(c, q - 1);
            }
            if (that && report) {
                continue;
            }
        }
        /* "on Thursday urged Tehran to resume talks": a time before the deciding verb
         * dates the decision, not the contact */
        if (k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts && x->te <= (uint32_t)k->dec_tok &&
            k->form != F_NOUN && f->status != S_OCCURRED) {
            continue;
        }
        /* "Munir, on his third visit to the United States this year, met Trump at the White
         * House on Thursday": a time in a phrase set off by commas before the verb yields to
         * the verb's own time after it */
        if (x->te <= k->ts && k->form != F_NOUN && x->ts > c->tb) {
            bool closed = false, opened = false, own = false;
            for (uint32_t q = x->te; q < k->ts && !closed; q++) {
                closed = d->toks[q].p == ',';
            }
            for (uint32_t q = x->ts; q > c->tb && x->ts - q < 12 && !opened; q--) {
                opened = d->toks[q - 1].p == ',';
            }
            for (int t2 = 0; t2 < c->ntx && closed && opened && !own; t2++) {
                bool sep = false;
                for (uint32_t q = k->te; q < c->tx[t2].ts && !sep; q++) {
                    sep = d->toks[q].p == ',' || d->toks[q].p == ';';
                }
                own = c->tx[t2].ts >= k->te && !sep;
            }
            if (closed && opened && own) {
                continue;
            }
        }
        /* "on Monday proposed holding military talks with North Korea on December 1": so
         * does one before a deciding verb that the chain did not record */
        if (x->te <= k->ts && f->status != S_OCCURRED && f->status != S_NOT_OCCURRED &&
            k->ts - x->te < 4) {
            bool decide = false;
            for (uint32_t q = x->te; q < k->ts && !decide; q++) {
                decide = trig(d, q, c->te, TR_DECIDE_V, NULL) != NULL;
            }
            if (decide) {
                continue;
            }
        }
        /* "On Wednesday, Putin rejected Zelensky's offer of a meeting": a time opening the
         * sentence before a decision on a contact noun dates the decision */
        if (k->form == F_NOUN && k->dec_tok >= 0 && x->te <= k->cs && k->cs > c->tb &&
            x->ts <= c->tb + 1 && x->te < c->te && d->toks[x->te].p == ',' &&
            (f->status == S_DECLINED || f->status == S_PROPOSED || f->status == S_AGREED ||
             f->status == S_CANCELLED || f->status == S_POSTPONED)) {
            continue;
        }
        /* "with the two sides agreeing that Merz would make his first trip to China": a time
         * before an agreement's verb dates the agreement, not the contact */
        if (k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts && x->te <= (uint32_t)k->dec_tok &&
            f->status == S_AGREED && k->form != F_NOUN && is(d, (uint32_t)k->dec_tok + 1, "that")) {
            continue;
        }
        /* "postponed a planned trip to China on Friday, saying ...": a day closing the clause
         * of a past deciding verb's object dates the decision (not "scheduled for Friday") */
        if (k->form == F_NOUN && k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts &&
            x->ts >= k->te && (f->status == S_POSTPONED || f->status == S_CANCELLED) &&
            ed_word(d, (uint32_t)k->dec_tok) && x->prec == 1 &&
            (x->te >= c->te || d->toks[x->te].p == ',' || d->toks[x->te].p == '.')) {
            bool own = false;
            for (uint32_t q = k->te; q < x->ts && !own; q++) {
                own = is(d, q, "scheduled") || is(d, q, "set") || is(d, q, "planned") ||
                      is(d, q, "due") || is(d, q, "for") || is(d, q, "that") ||
                      is(d, q, "which");
            }
            if (!own) {
                continue;
            }
        }
        /* "agreed on Thursday to resume talks": a time between the deciding verb and the
         * contact dates the decision, not the contact */
        if (k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts && x->ts > (uint32_t)k->dec_tok &&
            x->te <= k->ts && f->status != S_OCCURRED) {
            continue;
        }
        /* a closer anchor elsewhere (another core, a deciding verb, a report verb) wins */
        bool other = false;
        for (uint32_t i = c->tb; i < c->te && !other; i++) {
            bool anchor = false;
            if (k->dec_tok >= 0 && i == (uint32_t)k->dec_tok && k->form == F_NOUN) {
                anchor = true;
            } else if (report_at(c, i) || is(d, i, "confirmed") || is(d, i, "informed")) {
                anchor = true;
            }
            for (int o = 0; o < c->ncore && !anchor; o++) {
                /* a purpose noun ("welcomed X on Tuesday for talks") is no anchor, nor a
                 * topic ("spoke with Putin on Wednesday about the peace talks") */
                const core *ok2 = &c->cores[o];
                if (i != ok2->ts) {
                    continue; /* (only a core's first word anchors) */
                }
                /* (or the medium of a call: "spoke with X by video conference") */
                bool medium = ok2->form == F_NOUN && ok2->ts > c->tb &&
                              (is(d, ok2->ts - 1, "by") || is(d, ok2->ts - 1, "via") ||
                               is(d, ok2->ts, "by") || is(d, ok2->ts, "via"));
                /* (nor the object of this attendance: "will not attend the G20 leaders'
                 * summit in Miami next month") */
                bool attended = k->type == T_ATTEND && ok2->form == F_NOUN && ok2->ts >= k->te &&
                                ok2->ts <= k->te + 5;
                /* (nor a reduced relative on a gathering after the time: "co-chaired a
                 * summit in Sharm el-Sheikh on Monday attended by more than 20 world
                 * leaders") */
                attended = attended || (ok2 != k && ok2->type == T_ATTEND && x->te <= ok2->ts &&
                                        (k->form == F_NOUN || k->form == F_LIGHT) &&
                                        ok2->ts > k->te &&
                                        is(d, ok2->ts, "attended") && ok2->ts + 1 < c->te &&
                                        is(d, ok2->ts + 1, "by"));
                /* (nor a participle after "before"/"after" that follows the time: "will meet
                 * Goyal on Friday before heading to Colombo") */
                attended = attended || (ok2->ts > c->tb + 1 && x->te <= ok2->ts &&
                                        (is(d, ok2->ts - 1, "before") || is(d, ok2->ts - 1, "after")) &&
                                        (ok2->vflags & TRF_ING));
                /* (nor a noun that restates this verb's contact: "met Putin in a meeting on
                 * Friday", "received A and B in separate meetings on Friday") */
                bool rs_noun = ok2 != k && ok2->form == F_NOUN &&
                               k->form != F_NOUN && ok2->ts > k->te;
                uint32_t rq = ok2->ts;
                while (rs_noun && rq > k->te + 1 && ok2->ts - rq < 5) {
                    int hm2 = ment_at(c, rq - 1);
                    if (hm2 >= 0 && ((d->toks[rq].flags & TF_HYPH) || is(d, rq, "-")) &&
                        M(c, hm2)->ts > k->te) {
                        rq = M(c, hm2)->ts; /* ("in U.S.-mediated talks") */
                    } else if (is(d, rq - 1, "a") || is(d, rq - 1, "separate") ||
                               venue_adj(c, rq - 1) || (d->toks[rq - 1].flags & TF_HYPH) ||
                               is(d, rq - 1, "-")) {
                        rq--;
                    } else {
                        break;
                    }
                }
                attended = attended || (rs_noun && rq > k->te && is(d, rq - 1, "in") &&
                                        (ok2->type == k->type ||
                                         ((ok2->type == T_MEET || ok2->type == T_NEGOTIATE) &&
                                          (k->type == T_MEET || k->type == T_NEGOTIATE ||
                                           k->type == T_HOST))));
                /* (nor the trip a day of which the contact took place on: "on the first
                 * day of a state visit to the United Kingdom") */
                uint32_t dq = ok2->ts;
                while (ok2->form == F_NOUN && ok2->type == T_VISIT &&
                       dq > c->tb + 2 && ok2->ts - dq < 4 &&
                       (is(d, dq - 1, "a") || is(d, dq - 1, "an") || is(d, dq - 1, "his") ||
                        is(d, dq - 1, "her") || is(d, dq - 1, "the") || venue_adj(c, dq - 1))) {
                    dq--;
                }
                attended = attended || (ok2->form == F_NOUN &&
                                        ok2->type == T_VISIT && dq > c->tb + 2 &&
                                        is(d, dq - 1, "of") &&
                                        (is(d, dq - 2, "day") || is(d, dq - 2, "leg") ||
                                         is(d, dq - 2, "stop")));
                /* (nor, for the setting of a decision, the contact decided on after the
                 * time: "on Thursday agreed to hold regular talks during a meeting in
                 * Tokyo" dates the meeting in which they agreed) */
                attended = attended || (k->setting && ok2 != k && ok2->dec_tok >= 0 &&
                                        (uint32_t)ok2->dec_tok < ok2->ts && x->te <= ok2->ts &&
                                        ok2->ts < k->ts && ok2->status != S_OCCURRED);
                /* (nor the name after "of" of a contact noun: "for a meeting of the
                 * High-Level Strategic Cooperation Council" is one gathering) */
                uint32_t ofq = ok2->ts > c->tb + 1 && is(d, ok2->ts - 1, "the") ? ok2->ts - 1
                                                                               : ok2->ts;
                for (int o3 = 0; !attended && ok2->form == F_NOUN && ofq > c->tb + 1 &&
                                 is(d, ofq - 1, "of") && o3 < c->ncore;
                     o3++) {
                    attended = c->cores[o3].form == F_NOUN && c->cores[o3].te == ofq - 1;
                }
                if (ok2 != k && !ok2->venue && !ok2->setting &&
                    !purpose_noun(c, ok2) && !topic_noun(c, ok2) && !medium && !attended) {
                    anchor = true;
                }
            }
            if (!anchor || (i >= k->ts && i < k->te)) {
                continue;
            }
            /* ", the Kremlin said": a comma (or a semicolon: "met in Anchorage on Aug. 15;
             * a follow-up summit ...") keeps the attribution's verb from the time */
            /* ... an "and" or the "to" of a purpose ("met X on Monday to prepare the
             * visit") between the time and that anchor, none before this core, too */
            bool sep = false, and_i = false;
            uint32_t lo = x->te <= i ? x->te : i, hi = x->te <= i ? i : x->ts;
            for (uint32_t q = lo; q < hi; q++) {
                if (d->toks[q].p == ',' || d->toks[q].p == ';' ||
                    (d->toks[q].flags & (TF_QOPEN | TF_QCLOSE))) {
                    sep = true;
                } else if (!and_k && (is(d, q, "and") || is(d, q, "but") || is(d, q, "to"))) {
                    and_i = true;
                }
            }
            /* (not for a who-clause: "On Monday Xi met Anwar, who had visited Beijing", "To
             * Lam on Monday received Sonexay, who is on an official visit to Vietnam") */
            if ((sep || (x->te <= i && !report_at(c, i) && !kin && opening_time(c, x))) &&
                !(k->dec_tok >= 0 && i == (uint32_t)k->dec_tok)) {
                continue;
            }
            if (and_i) {
                continue;
            }
            /* ("would meet Chinese leader Xi Jinping in April when he travels to Beijing": a
             * when-clause after the time shares it, and takes it from no one) */
            bool when = false;
            for (uint32_t q = x->te; x->te <= i && q < i && q < x->te + 2 && !when; q++) {
                when = is(d, q, "when");
            }
            if (when) {
                continue;
            }
            /* ("received Merz at Hyderabad House on Friday for talks that officials said
             * focused on defence": a report verb in a relative clause on a noun after the
             * time is the clause's aside and takes no time from before it) */
            bool aside = false;
            for (uint32_t q = x->te + 1; x->te <= i && q < i && !aside && report_at(c, i); q++) {
                aside = (is(d, q, "that") || is(d, q, "which")) &&
                        (d->toks[q - 1].flags & TF_ALPHA) && !(d->toks[q - 1].flags & TF_CAP) &&
                        !d->toks[q - 1].p && !report_at(c, q - 1) && !is(d, q - 1, "told");
            }
            if (aside) {
                continue;
            }
            uint32_t da = x->te <= i ? i - x->te : x->ts > i ? x->ts - i : 0;
            if (da < dc) {
                other = true;
            }
        }
        /* "visited Beijing in December, when he met Wang": a when-clause right after the
         * time is dated by it, whatever verb the time follows */
        for (uint32_t q = x->te; other && q < k->ts && q < x->te + 2; q++) {
            if (is(d, q, "when")) {
                other = false;
            }
        }
        /* a time on a decision noun ("our early May invitation") belongs to the proposal */
        if (x->te < c->te && trig(d, x->te, c->te, TR_DECIDE_N, NULL)) {
            other = true;
        }
        if (!other && dc < bestdist) {
            bestdist = dc;
            best = t;
        }
    }
    if (best < 0) {
        return;
    }
    px_time t = c->tx[best];
    uint8_t fm = future_mode(f->status);
    /* "had been due to meet Erdogan on Thursday", "was due to meet him on Thursday": a plan
     * told in the past may have been for a weekday already gone; the nearer one */
    for (uint32_t q = k->ts; fm == 1 && q > c->tb + 1 && q + 8 > k->ts; q--) {
        /* (also "had originally planned to visit Israel in October", told in December:
         * that October) */
        bool intent = is(d, q - 1, "planned") || is(d, q - 1, "intended");
        if (is(d, q - 1, "due") || is(d, q - 1, "scheduled") || is(d, q - 1, "expected") ||
            is(d, q - 1, "supposed") || is(d, q - 1, "slated") || is(d, q - 1, "set") || intent) {
            bool weekday = false;
            for (uint32_t w = t.ts; w < t.te && !weekday; w++) {
                uint32_t wl = 0;
                const px_entry *we = px_match_kind(d, w, K_TIME, &wl);
                weekday = we && we->sub == TW_WEEKDAY;
            }
            /* (another time of it is the coming one unless the last is much nearer: "had
             * been due to travel to Washington in early March, but the trip was put off",
             * told in late April, is that March) */
            uint32_t h = q - 2;
            while (intent && h > c->tb && adverb_ly(d, h)) {
                h--;
            }
            if (is(d, q - 2, "been") || is(d, q - 2, "was") || is(d, q - 2, "were") ||
                (intent && is(d, h, "had"))) {
                fm = weekday ? 0 : 3;
            }
            break;
        }
    }
    /* "Trump had expressed his willingness to meet Kim during his visit to South Korea in
     * late October", "had offered to host the talks in March": a plan or an offer told in
     * the past perfect may have been for a time already gone; the nearer one */
    for (uint32_t q = k->ts; fm == 1 && q > c->tb + 1 && q + 7 > k->ts; q--) {
        if (d->toks[q - 1].p) {
            break;
        }
        if (is(d, q - 2, "had") && ed_word(d, q - 1) && !is(d, q - 1, "scheduled") &&
            !is(d, q - 1, "planned") && !is(d, q - 1, "expected")) {
            fm = 3;
            break;
        }
    }
    /* "Trump is hosting Netanyahu at the White House on Monday": the present progressive
     * with a day still to come is a plan; "Modi meets Putin on Monday" (a headline's
     * present) the nearest such day */
    bool prog = false, present = false;
    if (f->status == S_OCCURRED && k->form != F_NOUN && k->ts > c->tb) {
        uint32_t q = k->ts - 1;
        while (q > c->tb && adverb_ly(d, q)) {
            q--;
        }
        prog = (k->vflags & TRF_ING) && (is(d, q, "is") || is(d, q, "are") || is(d, q, "'s"));
        present = prog || (k->vflags & TRF_3SG);
        /* "is hosting Ruto for a state visit that began on Tuesday": a time after a verb
         * in the past tense of its own is past */
        for (uint32_t p = t.ts; present && p > c->tb && p + 3 > t.ts; p--) {
            if (is(d, p - 1, "began") || is(d, p - 1, "begun") ||
                (ed_word(d, p - 1) && !is(d, p - 1, "scheduled") && !is(d, p - 1, "planned") &&
                 !is(d, p - 1, "expected") && !is(d, p - 1, "slated"))) {
                prog = present = false;
            }
        }
        if (present) {
            fm = 0;
        }
    }
    if (fm == 3) {
        px_time a = t, b = t;
        px_time_resolve(d, &a, false);
        px_time_resolve(d, &b, true);
        t = b;
        if (d->pub_y && a.set && b.set) {
            int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
            int da = pub - px_days_from_civil(a.y1, a.m1, a.d1);
            int db = px_days_from_civil(b.y0, b.m0, b.d0) - pub;
            if (da >= 0 && db > 0 && 2 * da < db) {
                t = a;
            }
        }
    } else if (fm == 0) {
        px_time a = t, b = t;
        px_time_resolve(d, &a, false);
        px_time_resolve(d, &b, true);
        if (d->pub_y && a.set && b.set) {
            int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
            int da = pub - px_days_from_civil(a.y1, a.m1, a.d1);
            int db = px_days_from_civil(b.y0, b.m0, b.d0) - pub;
            t = (da < 0 ? -da : da) <= (db < 0 ? -db : db) ? a : b;
            bool differ = px_days_from_civil(a.y0, a.m0, a.d0) !=
                          px_days_from_civil(b.y0, b.m0, b.d0);
            if (prog && db > 0 && differ) {
                t = b;
            }
            if (present && differ && db > 0 && t.y0 == b.y0 && t.m0 == b.m0 && t.d0 == b.d0) {
                f->status = S_PLANNED; /* the day is still to come */
            }
        } else {
            t = a;
        }
    } else {
        px_time_resolve(d, &t, fm == 1);
    }
    /* "said on Thursday she had spoken with Trump the previous day": a day counted from
     * the sentence's own day */
    for (uint32_t q = k->te; t.set && t.prec == 1 && q + 2 < c->te; q++) {
        /* (in this verb phrase only: "met X on Sunday and addressed parliament the next
         * day"; not "the day before the summit") */
        if (d->toks[q].p == '.' || d->toks[q].p == ';' || d->toks[q].p == ',' ||
            is(d, q, "and") || is(d, q, "but")) {
            break;
        }
        if (q + 3 < c->te && !d->toks[q + 3].p) {
            continue;
        }
        int off = day_offset_at(d, q, c->te);
        if (off && !(q >= t.ts && q < t.te)) {
            int z = px_days_from_civil(t.y0, t.m0, t.d0) + off;
            px_civil_from_days(z, &t.y0, &t.m0, &t.d0);
            t.y1 = t.y0;
            t.m1 = t.m0;
            t.d1 = t.d0;
            size_t n = d->toks[q + 2].e - d->toks[q].s;
            if (n >= sizeof t.text) {
                n = sizeof t.text - 1;
            }
            memcpy(t.text, d->text + d->toks[q].s, n);
            t.text[n] = '\0';
            t.ts = q;
            t.te = q + 3;
            break;
        }
    }
    /* "... in May 2025 before agreeing a ceasefire after X called Y on May 10": a day named
     * without its year takes the year the sentence gives the same month */
    if (t.set && t.prec == 1 && t.y0 == t.y1 && t.m0 == t.m1) {
        bool own_year = false, month = false;
        for (uint32_t q = t.ts; q < t.te && !own_year; q++) {
            own_year = (d->toks[q].flags & TF_NUM) && d->toks[q].e - d->toks[q].s == 4;
            uint32_t ml = 0;
            const px_entry *me = px_match_kind(d, q, K_TIME, &ml);
            month = month || (me && me->sub == TW_MONTH);
        }
        own_year = own_year || !month; /* (only a named month and day: "on May 10") */
        for (int t2 = 0; t2 < c->ntx && !own_year; t2++) {
            const px_time *o2 = &c->tx[t2];
            bool yr = false;
            for (uint32_t q = o2->ts; q < o2->te && !yr; q++) {
                yr = (d->toks[q].flags & TF_NUM) && d->toks[q].e - d->toks[q].s == 4;
            }
            /* (toward the contact's own direction only: a past contact stays in the past) */
            bool past = o2->y0 * 100 + o2->m0 <= d->pub_y * 100 + d->pub_m;
            bool back = f->status == S_OCCURRED || f->status == S_NOT_OCCURRED;
            if (yr && o2->ts != t.ts && o2->y0 == o2->y1 && o2->m0 == t.m0 && o2->y0 != t.y0 &&
                o2->prec >= 3 && past == back) {
                t.y0 = t.y1 = o2->y0;
                break;
            }
        }
    }
    if (t.set) {
        f->time = t;
        /* "Erdogan heads to Washington next week": a contact whose time is all still to
         * come has not occurred */
        if (f->status == S_OCCURRED && d->pub_y &&
            px_days_from_civil(t.y0, t.m0, t.d0) >
                px_days_from_civil(d->pub_y, d->pub_m, d->pub_d)) {
            f->status = S_PLANNED;
        }
    }
}

/* a word opening a time or circumstance clause: "... when they meet in Sochi" */
static bool subordinator(const px_doc *d, uint32_t i)
{
    return is(d, i, "when") || is(d, i, "after") || is(d, i, "before") || is(d, i, "once") ||
           is(d, i, "while") || is(d, i, "until") || is(d, i, "where") || is(d, i, "as") ||
           is(d, i, "although") || is(d, i, "though") || is(d, i, "since");
}

/* The subject of the clause that ends at lim: the nearest party mention before lim that
 * opens a clause (the sentence, or after a dateline, a fronted time, a comma, a closing
 * quote, "that" or a report verb: "Zelensky said he was optimistic after ..."), with what
 * is coordinated with it; its mentions left to right ("Erdogan and Putin"), or 0. With
 * speakers, the speaker of a report may be it ("..., Witkoff told reporters after meeting
 * Putin"). */
static int sentence_subject(const sctx *c, uint32_t lim, bool speakers, int *out, int max)
{
    const px_doc *d = c->d;
    for (size_t r = c->me - c->mb; r-- > 0;) {
        int m = (int)r;
        const px_ment *pm = M(c, m);
        if (pm->ts >= lim) {
            continue;
        }
        if (!is_party_kind(c, m) || (pm->flags & (MF_ADJ | MF_POSS | MF_LOCPP)) ||
            ((pm->flags & MF_PRON) && !E(c, m)) || (c->speaker[m] && !speakers)) {
            continue;
        }
        uint32_t t = pm->ts;
        /* (over a state's possessive: "Argentina's Javier Milei snubbed Lula by ...") */
        int sm = t > c->tb + 1 && is(d, t - 1, "'s") ? ment_at(c, t - 2) : -1;
        if (sm >= 0 && M(c, sm)->kind == MK_STATE && (M(c, sm)->flags & MF_POSS)) {
            t = M(c, sm)->ts;
        }
        if (t > c->tb && (is(d, t - 1, "the") || cue1(d, t - 1, CUE_DET))) {
            t--;
        }
        /* (over a form of address: "His Highness the Crown Prince Sheikh ...") */
        for (uint32_t a = t >= c->tb + 3 ? t - 3 : c->tb; a < t; a++) {
            if (address_form(d, a, c->te) == t - a) {
                t = a;
                break;
            }
        }
        if (t != c->tb && !(d->toks[t - 1].flags & (TF_DATELINE | TF_QCLOSE)) &&
            d->toks[t - 1].p != ',' &&
            !in_timex(c, t - 1, NULL) && !is(d, t - 1, "that") && !cue1(d, t - 1, CUE_REPORT)) {
            continue;
        }
        int n = coord_right(c, m, out, max);
        return M(c, out[n - 1])->te < lim ? n : 0;
    }
    return 0;
}

/* The subject of a participle clause that follows its main clause at lim ("Macron spoke
 * to reporters after meeting Netanyahu", "Macron visited Beijing, meeting Xi"): the main
 * clause's subject, in subject order (the first-named last), even when it also speaks. */
static int participle_subject(sctx *c, uint32_t lim, int *subj, int max)
{
    int lsub[4];
    int nl = sentence_subject(c, lim, true, lsub, 4);
    int ns = 0;
    for (int x = nl - 1; x >= 0 && ns < max; x--) {
        subj[ns++] = lsub[x];
        c->speaker[lsub[x]] = false; /* the one who met, whatever else they said */
    }
    return ns;
}

/* "Erdogan and Putin will discuss the deal when they meet": the sentence's own
 * coordinated subject, when the anaphor stands in a clause it governs. Fills out with the
 * subject's mentions (two or more) or returns 0. */
static int clause_subject_group(const sctx *c, uint32_t as, int *out, int max)
{
    const px_doc *d = c->d;
    if (as == c->tb || !(subordinator(d, as - 1) || cue1(d, as - 1, CUE_REPORT))) {
        return 0;
    }
    int n = sentence_subject(c, as, false, out, max);
    return n >= 2 ? n : 0;
}

/* Plural anaphora in subject position: "the two ministers", "both sides", "both", "they",
 * "the leaders", "the two". Returns the first token of the phrase, or -1. */
static int64_t group_anaphor(const sctx *c, uint32_t cs)
{
    const px_doc *d = c->d;
    /* (a verb's chain that took "both" in: "Both attended the East Asia Summit") */
    bool both0 = is(d, cs, "both") && cs + 1 < c->te;
    uint32_t i = both0 ? cs + 1 : cs;
    while (!both0 && i > c->tb &&
           (chain_skip(c, i - 1) || is(d, i - 1, "also") || is(d, i - 1, "then") ||
            /* ("The two men last met in Kuala Lumpur last year") */
            (is(d, i - 1, "last") && !in_timex(c, i - 1, NULL)) || is(d, i - 1, "first") ||
            is(d, i - 1, "previously"))) {
        i--;
    }
    /* "The ministers discussed the security situation and agreed to meet": over a verb
     * phrase of what they said or did before "and" */
    /* (the first such verb: "discussed the implementation of agreements reached during
     * the recent state visit and agreed") */
    if (i > c->tb + 2 && is(d, i - 1, "and")) {
        uint32_t i0 = i;
        /* (also ", and agreed", over the commas of a list in the topic: "discussed the
         * implementation of agreements in energy, transport and water management, and
         * agreed") */
        for (uint32_t v = i0 - 2; v > c->tb && v + 20 > i0; v--) {
            if (d->toks[v].p == ',' && v + 1 < c->te && (d->toks[v + 1].flags & TF_ALPHA) &&
                !(d->toks[v + 1].flags & TF_CAP) && ment_at(c, v + 1) < 0) {
                continue;
            }
            int vm = ment_at(c, v);
            /* (over a name in the topic: "discussed progress on the Trans-Afghan railway
             * project and agreed") */
            uint32_t vs = vm >= 0 ? M(c, vm)->ts : v;
            uint32_t vp = vs > c->tb + 1 && is(d, vs - 1, "the") ? vs - 2 : vs - 1;
            if (vm >= 0 && vp > c->tb && (is(d, vp, "on") || is(d, vp, "of") ||
                                          is(d, vp, "about") || is(d, vp, "over"))) {
                v = vp + 1;
                continue;
            }
            if ((d->toks[v].p && d->toks[v].p != '\'') ||
                (vm >= 0 && !(M(c, vm)->flags & (MF_ADJ | MF_POSS | MF_LOCPP)))) {
                break;
            }
            if (cue1(d, v, CUE_SPEECH) && !(d->toks[v - 1].flags & TF_CAP) &&
                ment_at(c, v - 1) < 0) {
                i = v;
            }
            /* ("said the delegations had made \"tangible progress\" and would reconvene":
             * over an auxiliary's verb phrase to the plural noun before it) */
            if (i == i0 && v > c->tb + 1 && cue1(d, v, CUE_AUX) && is(d, v - 2, "the") &&
                (is(d, v - 1, "delegations") || is(d, v - 1, "sides") ||
                 is(d, v - 1, "negotiators") || is(d, v - 1, "leaders") ||
                 is(d, v - 1, "ministers"))) {
                i = v;
                break;
            }
        }
    }
    if (i == c->tb || ment_at(c, i - 1) >= 0) {
        return -1;
    }
    uint32_t p = i - 1;
    int64_t start = -1;
    if (is(d, p, "they") || is(d, p, "both")) {
        start = p;
    } else if (is(d, p, "state") && p >= c->tb + 3 && is(d, p - 1, "of") && is(d, p - 2, "heads") &&
               (is(d, p - 3, "the") || is(d, p - 3, "both") || is(d, p - 3, "two"))) {
        /* "The Heads of State agreed to meet in person in December" */
        start = p - 3;
        if (is(d, p - 3, "two") && p >= c->tb + 4 && is(d, p - 4, "the")) {
            start = p - 4;
        }
    } else if ((is(d, p, "two") || is(d, p, "three")) && p > c->tb && is(d, p - 1, "the")) {
        start = p - 1; /* "and the two agreed to meet in January" (also "the three") */
    } else if ((d->toks[p].flags & TF_ALPHA) &&
               /* (also capitalised after "two" or "both": "the two Presidents held talks") */
               (!(d->toks[p].flags & TF_CAP) ||
                (ment_at(c, p) < 0 && p > c->tb &&
                 (is(d, p - 1, "two") || is(d, p - 1, "both") ||
                  /* (and after "The" in a readout's style: "The Ministers agreed ...") */
                  (is(d, p - 1, "the") && p - 1 == c->tb)))) &&
               ((d->toks[p].klen > 3 && px_tkey(d, p)[d->toks[p].klen - 1] == 's') ||
                is(d, p, "pair") || is(d, p, "duo") || is(d, p, "men") || is(d, p, "women"))) {
        /* plural head: "the two ministers", "both foreign ministers", "the leaders", "the
         * pair" */
        static const char *const heads[] = {"leaders", "ministers", "sides", "men", "women",
                                            "pair", "duo",
                                            "presidents", "delegations", "envoys", "countries",
                                            "governments", "nations", "diplomats", "premiers",
                                            "counterparts", "parties", "officials", NULL};
        bool head = false;
        for (int h = 0; heads[h]; h++) {
            if (is(d, p, heads[h])) {
                head = true;
            }
        }
        uint32_t q = p;
        for (int n = 0; n < 3 && q > c->tb && !is(d, q - 1, "the") && !is(d, q - 1, "two") &&
                        !is(d, q - 1, "both") && !is(d, q - 1, "three") && !is(d, q - 1, "four");
             n++) {
            if (!(d->toks[q - 1].flags & TF_ALPHA) || (d->toks[q - 1].flags & TF_CAP) ||
                ment_at(c, q - 1) >= 0) {
                break;
            }
            /* (not over a verb to a group before it: "both sides discussed preparations for
             * Prabowo's visit" has no group "preparations") */
            bool verb = cue1(d, q - 1, CUE_SPEECH);
            for (int h = 0; heads[h] && !verb; h++) {
                verb = is(d, q - 1, heads[h]);
            }
            if (verb) {
                break;
            }
            q--;
        }
        /* (also "the three leaders", "the four ministers") */
        bool num = is(d, q - 1, "two") || is(d, q - 1, "three") || is(d, q - 1, "four");
        if (q > c->tb && (num || is(d, q - 1, "both"))) {
            start = num && q - 1 > c->tb && is(d, q - 2, "the") ? q - 2 : q - 1;
            if (num && start == q - 1) {
                start = -1; /* "two ministers" without "the" is not anaphoric */
            }
        } else if (head && q > c->tb && is(d, q - 1, "the") && q == p) {
            start = q - 1; /* "the leaders" */
        }
    }
    if (start < 0) {
        return -1;
    }
    /* "negotiators from the two countries", "military commanders from both sides": people
     * of the group's states stand for them */
    if ((uint32_t)start >= c->tb + 2 && (is(d, (uint32_t)start - 1, "from") ||
                                        is(d, (uint32_t)start - 1, "of"))) {
        uint32_t h = (uint32_t)start - 2;
        const px_tok *ht = &d->toks[h];
        if ((ht->flags & TF_ALPHA) && !ht->p && ment_at(c, h) < 0 && ht->klen > 4 &&
            px_tkey(d, h)[ht->klen - 1] == 's' && !trig(d, h, c->te, TR_CONTACT_N, NULL)) {
            uint32_t s2 = h;
            if (s2 > c->tb && (d->toks[s2 - 1].flags & TF_ALPHA) && !d->toks[s2 - 1].p &&
                ment_at(c, s2 - 1) < 0 && cue1(d, s2 - 1, CUE_MOD)) {
                s2--; /* ("senior officials from both sides") */
            } else if (s2 > c->tb && (d->toks[s2 - 1].flags & TF_CAP) && s2 - 1 == c->tb &&
                       ment_at(c, s2 - 1) < 0) {
                s2--; /* ("Military commanders from both sides will meet") */
            }
            if (s2 > c->tb && is(d, s2 - 1, "the")) {
                s2--;
            }
            start = s2;
        }
    }
    if ((uint32_t)start != c->tb && d->toks[start - 1].p != ',' && d->toks[start - 1].p != ';' &&
        !is(d, (uint32_t)start - 1, "and") && !is(d, (uint32_t)start - 1, "between") &&
        /* (", with the two leaders agreeing to meet in person early next year") */
        !((uint32_t)start > c->tb + 1 && is(d, (uint32_t)start - 1, "with") &&
          d->toks[start - 2].p == ',' && ing_word(d, i)) &&
        /* ("said ... and that the two leaders would meet in South Korea"; "a phone
         * conversation, during which the two agreed to hold an in-person meeting") */
        !is(d, (uint32_t)start - 1, "that") && !is(d, (uint32_t)start - 1, "which") &&
        /* (", then the two leaders held a video call with European leaders") */
        !((uint32_t)start > c->tb + 1 && is(d, (uint32_t)start - 1, "then") &&
          d->toks[start - 2].p == ',') &&
        !(d->toks[start - 1].flags & TF_DATELINE) && !subordinator(d, (uint32_t)start - 1) &&
        !in_timex(c, (uint32_t)start - 1, NULL) &&
        /* ("Wong and Anwar confirmed they will meet"; not "said both") */
        !(is(d, (uint32_t)start, "they") && cue1(d, (uint32_t)start - 1, CUE_REPORT)) &&
        /* (nor "the official said the two men would speak by phone", "told reporters the
         * three had agreed to meet") */
        !(is(d, (uint32_t)start, "the") &&
          (report_at(c, (uint32_t)start - 1) ||
           ((uint32_t)start > c->tb + 1 &&
            (is(d, (uint32_t)start - 1, "reporters") ||
             is(d, (uint32_t)start - 1, "journalists")) &&
            report_at(c, (uint32_t)start - 2))))) {
        /* "On Friday the two leaders held talks" */
        return -1;
    }
    return start;
}

/* A synthetic mention on the anaphor's tokens [as, ae) standing for src's entity; returns
 * its index in the sentence, or -1 when there is no room. */
/* "the two countries", "the two nations", "the two neighbours" (words as..ae): the states
 * of the people who stand for them, among the n parties in out */
static int as_states(sctx *c, uint32_t as, uint32_t ae, int *out, int n)
{
    const px_doc *d = c->d;
    bool states = false;
    for (uint32_t q = as; q < ae; q++) {
        states = states || is(d, q, "countries") || is(d, q, "nations") || is(d, q, "states") ||
                 is(d, q, "neighbours") || is(d, q, "neighbors");
    }
    for (int x = 0; states && x < n; x++) {
        const px_ent *pe = E(c, out[x]);
        if (M(c, out[x])->kind == MK_PERSON && pe && pe->country[0]) {
            int sm = state_mention_for(c, out[x]);
            if (sm >= 0) {
                out[x] = sm;
            }
        }
    }
    return n;
}

static int group_ment(sctx *c, uint32_t as, uint32_t ae, const px_ment *src)
{
    px_doc *d = c->d;
    if (!syn_room(c)) {
        return -1;
    }
    const px_ment s = *src; /* src may live in d->ments, which can move */
    if (px_ment_push(d, as, ae, ae - 1, s.kind, MF_COREF | MF_PLURAL, s.ent) != 0) {
        return -1;
    }
    return (int)(d->nment - 1 - c->mb);
}

/* "'I spoke with my friend Prime Minister Modi this morning,' Albanese wrote on X", "Zelensky
 * wrote: 'Had a good phone call with President Macron today'": a contact inside a quotation
 * with no subject of its own is the one quoted, the speaker of the sentence's report verb.
 * Returns that speaker's local mention, or -1. */
static int quote_speaker(const sctx *c, uint32_t ts)
{
    const px_doc *d = c->d;
    bool open = false;
    for (uint32_t q = c->tb; q < ts; q++) {
        if (d->toks[q].flags & TF_QOPEN) {
            open = true;
        } else if (d->toks[q].flags & TF_QCLOSE) {
            open = false;
        }
    }
    if (!open) {
        return -1;
    }
    int best = -1;
    for (size_t r = 0; r < c->me - c->mb; r++) {
        const px_ment *m = M(c, (int)r);
        if (c->speaker[r] && m->kind == MK_PERSON && !(m->flags & MF_PRON) &&
            !(m->ent >= 0 && d->ents[m->ent].analyst)) {
            best = best < 0 ? (int)r : best;
        }
    }
    return best;
}

/* a contact noun inside a "during which" / "in which" clause of an earlier one: "received a
 * phone call from King Hamad, during which they exchanged cordial talks" (the talks are the
 * call's) */
static bool which_inside(const px_doc *d, const px_frame *outer, const px_frame *inner)
{
    if (outer->core_te > inner->core_ts) {
        return false;
    }
    for (uint32_t q = outer->core_te + 1; q < inner->core_ts; q++) {
        if (is(d, q, "which") && (is(d, q - 1, "during") || is(d, q - 1, "in"))) {
            return true;
        }
        if (d->toks[q].p == '.' || d->toks[q].p == ';') {
            return false;
        }
    }
    return false;
}

/* "after a phone call", "following talks": a contact noun after a preposition of time
 * marks an earlier event of its own */
static bool prior_noun(const px_doc *d, const px_frame *f)
{
    uint32_t p = f->core_ts;
    for (int n = 0; n < 4 && p > 0 && (d->toks[p - 1].flags & TF_ALPHA) &&
                    !(d->toks[p - 1].flags & TF_CAP) && !is(d, p - 1, "after") &&
                    !is(d, p - 1, "following");
         n++) {
        p--;
    }
    return p > 0 && (is(d, p - 1, "after") || is(d, p - 1, "following"));
}

/* A contact noun after "ahead of", "before" or "prior to" ("received a courtesy call
 * from Wong on Monday, ahead of the annual Leaders' Retreat"): one still to come after
 * what the sentence reports first. */
static bool ahead_noun(const px_doc *d, const px_frame *f)
{
    uint32_t p = f->core_ts;
    for (int n = 0; n < 4 && p > 1 && (d->toks[p - 1].flags & TF_ALPHA) &&
                    !(d->toks[p - 1].flags & TF_CAP) && !is(d, p - 1, "of") &&
                    !is(d, p - 1, "before") && !is(d, p - 1, "to");
         n++) {
        p--;
    }
    return p > 1 && (is(d, p - 1, "before") || (is(d, p - 1, "of") && is(d, p - 2, "ahead")) ||
                     (is(d, p - 1, "to") && is(d, p - 2, "prior")));
}

/* a minister of a portfolio, not a head of government ("the two ministers") */
static bool cabinet_minister(const char *title)
{
    /* (a secretary of cabinet rank too: "secretary of state", "foreign secretary", not
     * a secretary-general, a press or a permanent secretary) */
    if (strstr(title, "secretary") != NULL) {
        return strstr(title, "general") == NULL && strstr(title, "press") == NULL &&
               strstr(title, "permanent") == NULL && strstr(title, "assistant") == NULL &&
               strstr(title, "under") == NULL && strstr(title, "party") == NULL;
    }
    return strstr(title, "minister") != NULL && strstr(title, "prime minister") == NULL &&
           strstr(title, "chief minister") == NULL && strstr(title, "first minister") == NULL;
}

/* Resolves a plural anaphor to the parties of the latest two-sided contact before it (this
 * sentence or the three previous ones: a quote or a detail of the talks often stands
 * between); writes synthetic mentions on the anaphor's tokens. */
/* "The EU leaders later held talks with Premier Li Qiang": a body's people before cs, as
 * "the" and the body's group noun name them, are the ones of that body named in this
 * sentence or the two before (two or more; synthetic mentions on the group's words). */
static int body_people(sctx *c, uint32_t cs, int *out, int max)
{
    px_doc *d = c->d;
    uint32_t p = cs;
    while (p > c->tb && cs - p < 2 && ment_at(c, p - 1) < 0 && (d->toks[p - 1].flags & TF_ALPHA) &&
           !(d->toks[p - 1].flags & TF_CAP)) {
        p--; /* (over "later", "also") */
    }
    int gm = p > c->tb ? ment_at(c, p - 1) : -1;
    const px_ment *g = gm >= 0 ? M(c, gm) : NULL;
    const px_ent *ge = gm >= 0 ? E(c, gm) : NULL;
    if (!g || !ge || g->kind != MK_GROUP || g->te != p || g->ts <= c->tb ||
        !is(d, g->ts - 1, "the") || strncmp(ge->code, "IGO", 3) != 0 || c->si < 0) {
        return 0;
    }
    uint32_t floor = d->sents[c->si >= 2 ? c->si - 2 : 0].tb;
    int pick[4], np = 0;
    for (size_t mi = c->mb + (size_t)gm; mi-- > 0 && d->ments[mi].ts >= floor && np < 4;) {
        const px_ment *pm = &d->ments[mi];
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) ||
            strcmp(d->ents[pm->ent].code, ge->code) != 0) {
            continue;
        }
        bool dup = false;
        for (int x = 0; x < np; x++) {
            dup = dup || d->ments[pick[x]].ent == pm->ent;
        }
        if (!dup) {
            pick[np++] = (int)mi;
        }
    }
    int n = 0;
    for (int x = 0; np >= 2 && x < np && n < max; x++) { /* (the first-named last) */
        const px_ment src = d->ments[pick[x]];
        int r = group_ment(c, g->ts - 1, g->te, &src);
        if (r >= 0) {
            out[n++] = r;
        }
    }
    return n;
}

/* Whether "instead" stands in tokens [tb, te): a trip made in place of another. */
static bool instead_in(const px_doc *d, uint32_t tb, uint32_t te)
{
    for (uint32_t q = tb; q < te; q++) {
        if (is(d, q, "instead")) {
            return true;
        }
    }
    return false;
}

/* "Hassan Rashad met a Hamas delegation led by Khalil al-Hayya ... The delegation will also
 * meet Qatari mediators": "the delegation" opening a sentence is the delegation named in the
 * two sentences before, its leader when it has one. Fills out[0] with a synthetic mention on
 * "the delegation" and returns 1, or 0. */
static int delegation_subject(sctx *c, uint32_t cs, int *out, int max)
{
    px_doc *d = c->d;
    uint32_t i = cs;
    while (i > c->tb && (chain_skip(c, i - 1) || is(d, i - 1, "also") || is(d, i - 1, "then") ||
                         is(d, i - 1, "later"))) {
        i--;
    }
    /* (also the members it was named by: "a delegation of U.S. lawmakers led by Rep. Riley
     * Moore ... The lawmakers also met National Security Adviser Nuhu Ribadu") */
    static const char *const members[] = {"lawmakers", "legislators", "senators",
                                          "congressmen", "parliamentarians", "MPs", NULL};
    const char *mw = NULL;
    for (int w = 0; members[w] && i >= c->tb + 2 && !mw; w++) {
        mw = is(d, i - 1, members[w]) ? members[w] : NULL;
    }
    if (max < 1 || c->si <= 0 || i < c->tb + 2 || !(is(d, i - 1, "delegation") || mw) ||
        !is(d, i - 2, "the") || (ment_at(c, i - 1) >= 0 && !mw)) {
        return 0;
    }
    uint32_t b = c->tb;
    while (b < i && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    if (i - 2 != b) {
        return 0; /* (only as the sentence's opening words) */
    }
    uint32_t floor = d->sents[c->si >= 2 ? c->si - 2 : 0].tb;
    int found = -1;
    for (size_t mi = c->mb; mi-- > 0 && d->ments[mi].ts >= floor && found < 0;) {
        const px_ment *pm = &d->ments[mi];
        if (pm->ent < 0 || (pm->flags & (MF_PRON | MF_ADJ))) {
            continue;
        }
        uint32_t a = pm->ts;
        /* "a Hamas delegation led by Khalil al-Hayya", "the delegation, headed by X," */
        bool led = pm->kind == MK_PERSON && a >= floor + 3 && is(d, a - 1, "by") &&
                   (is(d, a - 2, "led") || is(d, a - 2, "headed")) &&
                   (is(d, a - 3, "delegation") || (mw && is(d, a - 3, mw)) ||
                    (d->toks[a - 3].p == ',' && a >= floor + 4 && is(d, a - 4, "delegation")));
        /* (the members' word in the delegation's name: "a delegation of U.S. lawmakers led
         * by") */
        bool named_by = !mw;
        for (uint32_t q = a > floor + 8 ? a - 8 : floor; led && mw && q < a; q++) {
            named_by = named_by || is(d, q, mw);
        }
        led = led && named_by;
        /* ("a U.S. congressional delegation", "a delegation of U.S. lawmakers") */
        bool group = pm->kind != MK_PLACE && a >= floor + 2 && is(d, a - 1, "of") &&
                     is(d, a - 2, "delegation");
        for (uint32_t q = a; pm->kind == MK_GROUP && q < pm->te && q < a + 4; q++) {
            group = group || is(d, q, "delegation") || (mw && is(d, q, mw));
        }
        if (led || group) {
            found = (int)mi;
        }
    }
    /* (with no delegation named, the traveller of the trip reported there: "Fidan said he
     * would visit Damascus this week ... The delegation will meet President Ahmed
     * al-Sharaa") */
    for (size_t f = d->nframe; found < 0 && f-- > 0;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent >= c->si) {
            continue;
        }
        if (fr->sent + 2 < c->si) {
            break;
        }
        if (fr->type == T_VISIT && fr->nparties >= 2 && fr->parties[0].role == R_SOURCE &&
            d->ments[fr->parties[0].ment].kind == MK_PERSON) {
            found = fr->parties[0].ment;
        }
    }
    if (found < 0 || !syn_room(c)) {
        return 0;
    }
    const px_ment src = d->ments[found];
    if (px_ment_push(d, i - 2, i, i - 1, src.kind, MF_COREF, src.ent) != 0) {
        return 0;
    }
    out[0] = (int)(d->nment - 1 - c->mb);
    return 1;
}

static int group_subject(sctx *c, uint32_t cs, int *out, int max)
{
    px_doc *d = c->d;
    int64_t a = group_anaphor(c, cs);
    if (a < 0) {
        return 0;
    }
    uint32_t as = (uint32_t)a;
    uint32_t ae = as + 1;
    while (ae < cs && !chain_skip(c, ae) && (d->toks[ae].flags & TF_ALPHA) &&
           !(ae > as + 1 && cue1(d, ae, CUE_SPEECH)) && !is(d, ae, "and")) {
        ae++; /* (up to a verb phrase before "and": "The ministers discussed ... and") */
    }
    int subj[4];
    int ns = clause_subject_group(c, as, subj, 4);
    /* (a meeting before a visit: in "Erdogan hosted al-Sharaa ... It was the Syrian
     * leader's fourth trip to Turkey ... The two leaders held a one-on-one meeting" the two
     * leaders are the host and the guest, not the guest and Turkey) */
    /* "the two leaders", "the presidents": heads of state or government, so first a
     * contact between two of them ("Marcos hosted Albanese ... Marles held talks with
     * Teodoro ... The two leaders met in Kuala Lumpur last year": Marcos and Albanese) */
    bool heads = false, mins = false;
    for (uint32_t q = as; q < ae; q++) {
        /* (also "the two premiers", "the two prime ministers") */
        bool prime = q > as && is(d, q - 1, "prime");
        heads = heads || is(d, q, "leaders") || is(d, q, "presidents") || is(d, q, "heads") ||
                is(d, q, "premiers") || (prime && is(d, q, "ministers"));
        mins = mins || (is(d, q, "ministers") && !prime); /* ("the two ministers": two ministers first) */
    }
    /* "the two prime ministers", "the two presidents", "the two foreign ministers": first a
     * contact between two holders of that very office (Starmer hosted Tusk ... Tusk met King
     * Charles ... "The two prime ministers also spoke to Zelensky": Starmer and Tusk) */
    const char *want = NULL;
    for (uint32_t q = as; q < ae && !want; q++) {
        if (is(d, q, "presidents")) {
            want = "president";
        } else if (is(d, q, "ministers") && q > as && is(d, q - 1, "prime")) {
            want = "prime minister";
        } else if (is(d, q, "ministers") && q > as && is(d, q - 1, "foreign")) {
            want = "foreign minister";
        } else if (is(d, q, "ministers") && q > as && (is(d, q - 1, "defence") || is(d, q - 1, "defense"))) {
            want = "defen";
        }
    }
    bool states_word = false;
    for (uint32_t q = as; q < ae; q++) {
        states_word = states_word || is(d, q, "countries") || is(d, q, "nations") ||
                      is(d, q, "neighbours") || is(d, q, "neighbors");
    }
    const px_frame *ante = NULL;
    bool only_heads = false, only_want = false;
    for (int pass = want ? -1 : heads || mins ? 0 : 1; pass < 3 && !ante && ns < 2; pass++) {
        for (size_t f = d->nframe; f-- > 0;) {
            const px_frame *fr = &d->frames[f];
            /* (two holders of the office named reach a little further back) */
            if (fr->sent + (pass < 0 ? 5 : 3) < c->si) {
                break;
            }
            /* (a visit only between two people of that kind before any contact: "Cho will
             * visit Washington next week for talks with Secretary of State Marco Rubio ...
             * It will be Cho's second trip to the U.S. ... The two ministers last met") */
            if (fr->nparties < 2 || (fr->sent == c->si && fr->core_ts >= as) ||
                (pass == 1 && fr->type == T_VISIT)) {
                continue;
            }
            int nh = 0;
            for (int q = 0; pass <= 0 && q < fr->nparties; q++) {
                const px_ment *pm = &d->ments[fr->parties[q].ment];
                nh += pm->kind == MK_PERSON && pm->ent >= 0 &&
                      (pass < 0    ? strstr(d->ents[pm->ent].title, want) != NULL
                       : mins      ? cabinet_minister(d->ents[pm->ent].title)
                                   : px_leader_title(d->ents[pm->ent].title));
            }
            if (pass <= 0 && nh < 2) {
                continue;
            }
            /* ("Mirziyoyev met separately with Secretary of State Marco Rubio ... The leaders
             * are due to travel to New York": leaders are no minister's contact) */
            bool minister = false;
            for (int q = 0; heads && pass >= 1 && q < fr->nparties && !minister; q++) {
                const px_ment *pm = &d->ments[fr->parties[q].ment];
                minister = pm->kind == MK_PERSON && pm->ent >= 0 &&
                           !px_leader_title(d->ents[pm->ent].title) &&
                           (cabinet_minister(d->ents[pm->ent].title) ||
                            (strstr(d->ents[pm->ent].title, "secretary") != NULL &&
                             strstr(d->ents[pm->ent].title, "general") == NULL));
            }
            if (minister) {
                continue;
            }
            /* (two states need two parties of known states: not "Obasanjo ... was received
             * by Isaias ... offered to host talks between the two neighbours") */
            if (states_word) {
                const char *c0 = NULL;
                bool two = false;
                for (int q = 0; q < fr->nparties && !two; q++) {
                    int pe = d->ments[fr->parties[q].ment].ent;
                    const char *cc = pe >= 0 ? d->ents[pe].country : "";
                    if (!cc[0]) {
                        continue;
                    }
                    two = c0 && strcmp(c0, cc) != 0;
                    c0 = c0 ? c0 : cc;
                }
                if (!two) {
                    continue;
                }
            }
            ante = fr;
            only_heads = pass == 0;
            only_want = pass < 0;
            break;
        }
    }
    /* (no such contact: the two people of two states the sentence before names, of the
     * kind the anaphor says: "Trump said he had no plans to take up Putin's invitation to
     * visit Moscow. The two presidents met in Anchorage in August") */
    /* (also instead of a trip to a state for "the two presidents": "Nawrocki has postponed
     * a planned visit to Kyiv ... his relationship with Ukrainian President Volodymyr
     * Zelensky ... The two presidents held their first face-to-face meeting") */
    /* (also instead of a contact of states alone for "the two leaders": "Japan, South
     * Korea leaders agree to boost ties at summit\nTOKYO - Takaichi and Lee agreed ... The
     * two leaders met for about 90 minutes": Takaichi and Lee) */
    bool ante_people = false;
    for (int q = 0; ante && q < ante->nparties; q++) {
        ante_people = ante_people || d->ments[ante->parties[q].ment].kind == MK_PERSON;
    }
    /* (so too "the two men", "the two women": "MBS and Vance discussed regional security
     * ... during Vance's first official visit to the kingdom. The two men met at Al-Yamamah
     * Palace") */
    bool men = false;
    for (uint32_t q = as; q < ae; q++) {
        men = men || is(d, q, "men") || is(d, q, "women");
    }
    /* (first this sentence before the anaphor: "Carney told Trump ... that Canada is not
     * for sale, as the two leaders held their first meeting in the Oval Office") */
    for (int pass = as > c->tb ? 0 : 1;
         pass < 2 && (!ante || ((heads || men) && (ante->type == T_VISIT || !ante_people))) &&
         ns < 2 && max >= 2 && (pass == 0 || c->si > 0);
         pass++) {
        int pick[2], np = 0;
        bool more = false;
        size_t top = d->nment, low = c->mb;
        if (pass == 1) {
            uint32_t pb = d->sents[c->si - 1].tb;
            top = c->mb;
            for (low = c->mb; low > 0 && d->ments[low - 1].ts >= pb;) {
                low--;
            }
        }
        for (size_t mi = top; mi-- > low && !more;) {
            const px_ment *pm = &d->ments[mi];
            if (pass == 0 && (pm->ts >= as || pm->ts < c->tb)) {
                continue;
            }
            if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & (MF_GENERIC | MF_ANALYST))) {
                continue;
            }
            const px_ent *pe = &d->ents[pm->ent];
            if (pe->analyst || !pe->country[0] ||
                (heads && !px_leader_title(pe->title)) || (mins && !cabinet_minister(pe->title))) {
                continue;
            }
            bool dup = false;
            for (int x = 0; x < np; x++) {
                dup = dup || d->ments[pick[x]].ent == pm->ent;
            }
            if (!dup && np == 2) {
                more = true;
            } else if (!dup) {
                pick[np++] = (int)mi;
            }
        }
        if (!more && np == 2 &&
            strcmp(d->ents[d->ments[pick[0]].ent].country, d->ents[d->ments[pick[1]].ent].country) != 0) {
            int n2 = 0;
            for (int x = 0; x < 2; x++) { /* (the first-named last, as subjects run) */
                const px_ment src = d->ments[pick[x]];
                int r = group_ment(c, as, ae, &src);
                if (r >= 0) {
                    out[n2++] = r;
                }
            }
            return n2 == 2 ? as_states(c, as, ae, out, 2) : 0;
        }
    }
    if (!ante && ns < 2) {
        return 0;
    }
    int n = 0;
    for (int q = 0; q < ns && n < max; q++) {
        int r = group_ment(c, as, ae, M(c, subj[q]));
        if (r < 0) {
            break;
        }
        out[n++] = r;
    }
    /* "Merz, Macron and Starmer arrived in Kyiv for talks with Zelenskyy. The three leaders
     * later held a joint call with Trump": a count one short of the contact's sides is
     * its travellers, not the one they went to */
    bool skip_target = false;
    if (ante && ns == 0 && (is(d, as + 1, "three") || is(d, as + 1, "four"))) {
        int want_n = is(d, as + 1, "three") ? 3 : 4, sides_n = 0;
        for (int q = 0; q < ante->nparties; q++) {
            sides_n += ante->parties[q].role != R_MEDIATOR;
        }
        skip_target = sides_n == want_n + 1;
    }
    for (int q = 0; ante && q < ante->nparties && n < max; q++) {
        const px_ment *pq = &d->ments[ante->parties[q].ment];
        if (ante->parties[q].role == R_MEDIATOR ||
            (skip_target && ante->parties[q].role == R_TARGET) ||
            (only_want && !(pq->kind == MK_PERSON && pq->ent >= 0 &&
                            strstr(d->ents[pq->ent].title, want) != NULL)) ||
            (only_heads && !(pq->kind == MK_PERSON && pq->ent >= 0 &&
                             (mins ? cabinet_minister(d->ents[pq->ent].title)
                                   : px_leader_title(d->ents[pq->ent].title))))) {
            continue; /* (the leaders only: "North Korea dismissed Trump's offer to meet Kim
                       * ... The two leaders last met in 2019") */
        }
        const px_ment src = d->ments[ante->parties[q].ment];
        int r = group_ment(c, as, ae, &src);
        if (r < 0) {
            break;
        }
        out[n++] = r;
    }
    /* subjects run from the verb leftwards: the first-named last */
    for (int l = 0, r = n - 1; l < r; l++, r--) {
        int t = out[l];
        out[l] = out[r];
        out[r] = t;
    }
    return as_states(c, as, ae, out, n);
}

static const px_frame *visit_by(const sctx *c, int ent);
/* the latest visit of that status with a place made by ent in this sentence or the two
 * before, or NULL */
static const px_frame *visit_by_status(const sctx *c, int ent, uint8_t status);

/* A party with no country of its own that the words mark as part of a state's domestic
 * life (opposition leader, regional governors from X, lawmakers), in a contact whose other
 * parties all belong to the article's home state (the place of the contact or of the
 * dateline): a meeting inside one state. IGO parties always make a contact. */
static bool domestic(const sctx *c, const plist *Q, int loc, int type)
{
    const px_doc *d = c->d;
    const char *home = NULL;
    if (loc >= 0 && E(c, loc) && E(c, loc)->country[0]) {
        home = E(c, loc)->country;
    } else if (d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0) {
        home = d->ents[d->ments[d->dateline_place].ent].country;
    }
    /* (or a place fronted before the parties: "During his two-day stay in Ankara, the
     * Hungarian prime minister will also meet parliament speaker Numan Kurtulmus") */
    uint32_t first = c->te;
    for (int q = 0; q < Q->n; q++) {
        first = M(c, Q->m[q])->ts < first ? M(c, Q->m[q])->ts : first;
    }
    for (size_t r = 0; (!home || !home[0]) && r < c->me - c->mb; r++) {
        const px_ment *pm = M(c, (int)r);
        if (pm->te <= first && pm->kind == MK_PLACE && pm->ent >= 0 &&
            d->ents[pm->ent].country[0] && (pm->flags & MF_LOCPP)) {
            home = d->ents[pm->ent].country;
        }
    }
    const char *known = NULL;
    bool dom = false, envoy = false, titled = false, named_state = false;
    for (int q = 0; q < Q->n; q++) {
        const px_ent *e = E(c, Q->m[q]);
        const px_ment *m = M(c, Q->m[q]);
        if (!e || px_streq(e->sector, "IGO") || strncmp(e->code, "IGO", 3) == 0 ||
            strstr(e->title, "counterpart")) {
            return false; /* "his French counterpart": the other side is foreign */
        }
        if (e->country[0]) {
            if (known && strcmp(known, e->country) != 0) {
                return false;
            }
            known = e->country;
            /* (a state the text names for its party: "Egyptian President el-Sisi") */
            uint32_t a0 = m->ts > c->tb ? m->ts - 1 : m->ts;
            for (uint32_t i = a0; i < m->te && !named_state; i++) {
                named_state = px_match_kind(d, i, K_DEMONYM, NULL) ||
                              px_match_kind(d, i, K_COUNTRY, NULL);
            }
            /* (a state's ambassador serves abroad: "Azerbaijani Ambassador Khazar Farhadov
             * called on Speaker Sardar Ayaz Sadiq" with no place named is no meeting at
             * home) */
            envoy = envoy || strstr(e->title, "ambassador") || strstr(e->title, "envoy") ||
                    strstr(e->title, "high commissioner");
            continue;
        }
        bool mark = px_streq(e->sector, "OPP") || px_streq(e->sector, "LEG");
        uint32_t a = m->ts >= c->tb + 4 ? m->ts - 4 : c->tb;
        for (uint32_t i = a; i < m->te && !mark; i++) {
            /* (not the Australian style "Senator the Hon", which ministers bear) */
            if (cue1(d, i, CUE_DOMESTIC) &&
                !(i + 2 < m->te && is(d, i, "senator") && is(d, i + 1, "the") &&
                  is(d, i + 2, "hon"))) {
                mark = true;
            }
        }
        /* (a political party's people of no state: "PARIS - Lecornu met Socialist Party
         * leaders at Matignon") */
        for (uint32_t i = m->ts; i < m->te && !mark && m->kind == MK_GROUP; i++) {
            mark = (is(d, i, "party") || is(d, i, "parties")) && (d->toks[i].flags & TF_CAP);
        }
        /* (so does a bare office of no state beside the home state's own people: "ASTANA
         * (Kazinform) - Head of State Tokayev held a meeting with Prime Minister Olzhas
         * Bektenov") */
        if (!mark && m->kind == MK_PERSON && !(m->flags & MF_PRON) && e->title[0] &&
            !strstr(e->title, "ambassador") && !strstr(e->title, "envoy") &&
            !strstr(e->title, "delegat") && !strstr(e->title, "commissioner")) {
            titled = true;
            continue;
        }
        if (!mark) {
            continue;
        }
        /* ("TASHKENT (Yonhap) -- National Assembly Speaker Woo Won-shik arrived in
         * Uzbekistan": an office with no state in a national agency's copy from abroad is
         * its own state's) */
        const char *ac = d->agency_country;
        if (ac[0] && home && home[0] && strcmp(ac, home) != 0) {
            if (known && strcmp(known, ac) != 0) {
                return false;
            }
            known = ac;
            continue;
        }
        dom = true;
    }
    /* (only where the home state's people go unnamed by state, as a national agency
     * writes them; a visitor is foreign wherever the text names no state for him) */
    const char *dl = d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0
                         ? d->ents[d->ments[d->dateline_place].ent].country
                         : "";
    if (titled && !named_state && type != T_VISIT && type != T_HOST && known && home &&
        strcmp(home, known) == 0 && strcmp(dl, known) == 0 &&
        !(d->agency_country[0] && strcmp(d->agency_country, home) != 0)) {
        dom = true;
    }
    if (!dom) {
        return false;
    }
    /* (with no place of its own, the place of a visit its known party is on: "Zhao Leji
     * arrived in Hanoi ... He met National Assembly Chairman Tran Thanh Man") */
    for (int q = 0; q < Q->n && (!home || !home[0]); q++) {
        const px_ent *e = E(c, Q->m[q]);
        const px_frame *vf = e && e->country[0] ? visit_by(c, M(c, Q->m[q])->ent) : NULL;
        int ve = vf ? d->ments[vf->loc_ment].ent : -1;
        if (ve >= 0 && d->ents[ve].country[0]) {
            home = d->ents[ve].country;
        }
    }
    if (!known) {
        return home && home[0];
    }
    if (envoy && (!home || !home[0])) {
        return false;
    }
    return !home || !home[0] || strcmp(home, known) == 0;
}

/* The frame of this sentence that a ", where SUBJ VERB" clause hangs on, or NULL. */
/* The latest occurred visit with a place by entity ent in this sentence's frames so far or
 * the two sentences before; NULL when none. */
static const px_frame *visit_by(const sctx *c, int ent)
{
    return visit_by_status(c, ent, S_OCCURRED);
}

static const px_frame *visit_by_status(const sctx *c, int ent, uint8_t status)
{
    const px_doc *d = c->d;
    for (size_t f = d->nframe; f-- > 0 && ent >= 0;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent + 2 < c->si) {
            break;
        }
        /* (a trip to a gathering abroad too: "will lead a delegation to the Pacific Islands
         * Forum foreign ministers meeting in Suva next week. Peters will also hold bilateral
         * talks with Fijian Prime Minister Sitiveni Rabuka") */
        bool trip = fr->type == T_VISIT ||
                    (fr->type == T_ATTEND && fr->status == S_PLANNED && fr->loc_ment >= 0 &&
                     d->ments[fr->loc_ment].ent >= 0 && ent >= 0 &&
                     d->ents[d->ments[fr->loc_ment].ent].country[0] &&
                     strcmp(d->ents[d->ments[fr->loc_ment].ent].country,
                            d->ents[ent].country) != 0);
        if (trip && fr->status == status && fr->loc_ment >= 0 &&
            fr->nparties > 0 && d->ments[fr->parties[0].ment].ent == ent) {
            return fr;
        }
    }
    return NULL;
}

/* "During that trip, he also met X", "On the visit, ...": a sentence that opens with a
 * visit named before happens there; the latest visit with a place in the three sentences
 * before, NULL when none */
static const px_frame *trip_antecedent(const sctx *c)
{
    const px_doc *d = c->d;
    uint32_t b = c->tb;
    while (b < c->te && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    /* (also closing the clause: "had been due to meet Xi during the visit.") */
    for (uint32_t q = b + 1; q + 3 < c->te; q++) {
        if (is(d, q, "during") && (d->toks[q + 3].p == '.' || d->toks[q + 3].p == ',') &&
            (is(d, q + 1, "the") || is(d, q + 1, "that")) &&
            (is(d, q + 2, "trip") || is(d, q + 2, "visit"))) {
            b = q;
            break;
        }
    }
    /* (over modifiers: "During the four-day trip, Albanese will meet Xi") */
    uint32_t n2 = b + 2;
    while (n2 + 1 < c->te && n2 < b + 6 &&
           ((d->toks[n2].flags & (TF_HYPH | TF_NUM)) || is(d, n2, "-") ||
            (venue_adj(c, n2) && !is(d, n2, "trip") && !is(d, n2, "visit")))) {
        n2++;
    }
    if (n2 + 1 >= c->te || !(is(d, b, "during") || is(d, b, "on") || is(d, b, "in")) ||
        !(is(d, b + 1, "that") || is(d, b + 1, "the") || is(d, b + 1, "this") ||
          is(d, b + 1, "his") || is(d, b + 1, "her")) ||
        !(is(d, n2, "trip") || is(d, n2, "visit") || is(d, n2, "tour") ||
          is(d, n2, "stay") || is(d, n2, "stop"))) {
        return NULL;
    }
    for (size_t f = d->nframe; f-- > 0;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent >= c->si) {
            continue;
        }
        if (fr->sent + 3 < c->si) {
            break;
        }
        if (fr->type == T_VISIT && fr->loc_ment >= 0 && fr->nparties > 0) {
            return fr;
        }
    }
    return NULL;
}

static const px_frame *where_antecedent(const sctx *c, const core *k, int subj, int *place)
{
    const px_doc *d = c->d;
    uint32_t w = subj >= 0 && M(c, subj)->te <= k->cs ? M(c, subj)->ts : k->cs;
    *place = -1;
    for (int t = 0; t < c->ntx; t++) {
        if (c->tx[t].te == w && c->tx[t].ts > c->tb) {
            w = c->tx[t].ts; /* (over a time: ", where on Tuesday he held talks") */
        }
    }
    if (w < c->tb + 2 || !is(d, w - 1, "where") || d->toks[w - 2].p != ',') {
        return NULL;
    }
    /* "had flown to Geneva from Abu Dhabi, where he met ...": the place before the comma */
    uint32_t pe = w - 2; /* (over a time: "a stopover in Singapore on Tuesday, where") */
    for (int t = 0; t < c->ntx; t++) {
        if (c->tx[t].te == pe) {
            pe = c->tx[t].ts;
        }
    }
    for (int pm = 0; pm < (int)(c->me - c->mb); pm++) {
        /* (the city over its state's reading of the same words) */
        if (M(c, pm)->te == pe && E(c, pm) && E(c, pm)->country[0] &&
            (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE) &&
            !(M(c, pm)->flags & (MF_ADJ | MF_POSS)) &&
            !(*place >= 0 && M(c, *place)->kind == MK_PLACE && M(c, pm)->ts == M(c, *place)->ts)) {
            *place = pm;
        }
    }
    for (size_t f = d->nframe; f-- > 0;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent != c->si) {
            break;
        }
        if (fr->core_te <= w - 2 && fr->nparties > 0) {
            return fr;
        }
    }
    return NULL;
}

/* "met President Elena Rusu in Chisinau": a head of state or government with no country of
 * their own, met in a state's capital or in the state, is that state's. */
static void host_head_country(sctx *c, const px_frame *f)
{
    px_doc *d = c->d;
    const px_ment *lm = &d->ments[f->loc_ment];
    if (lm->ent < 0) {
        return;
    }
    const px_ent *le = &d->ents[lm->ent];
    /* (a capital first read as a dateline's city is still the capital) */
    bool state_place = px_streq(le->code, "CAPITAL") || px_streq(le->code, "COUNTRY") ||
                       lm->kind == MK_STATE || px_match_kind(d, lm->ts, K_CAPITAL, NULL);
    if (!state_place || !le->country[0] || f->type == T_HOST) {
        return; /* a host's guest comes from elsewhere */
    }
    /* (a minister too, met there by a visitor from another state: "Bessent flew to Buenos
     * Aires last month to meet Economy Minister Luis Caputo") */
    bool foreign_src = false;
    for (int q = 0; q < f->nparties; q++) {
        const px_ment *sm = &d->ments[f->parties[q].ment];
        foreign_src = foreign_src ||
                      (f->parties[q].role == R_SOURCE && sm->ent >= 0 &&
                       d->ents[sm->ent].country[0] && !px_streq(d->ents[sm->ent].country, le->country));
    }
    for (int q = 0; q < f->nparties; q++) {
        const px_ment *pm = &d->ments[f->parties[q].ment];
        if (pm->kind != MK_PERSON || pm->ent < 0 || f->parties[q].role == R_SOURCE) {
            continue; /* the subject may be the one who travelled there */
        }
        px_ent *e = &d->ents[pm->ent];
        /* (also a parliament's speaker met there by a visitor: "Araghchi met Parliament
         * Speaker Nabih Berri in Beirut") */
        bool speaker = foreign_src && px_streq(e->sector, "LEG") && strstr(e->title, "speaker");
        if (e->country[0] || !(px_streq(e->sector, "GOV") || speaker)) {
            continue;
        }
        if (!px_head_title(e->title) && !speaker &&
            !(foreign_src && strstr(e->title, "minister") != NULL)) {
            continue;
        }
        /* (one joined by "and" to the source is of the source's side: "King Charles and
         * Queen Camilla will make a state visit to Canada") */
        const char *cc = le->country;
        for (int r = 0; r < f->nparties; r++) {
            const px_ment *sm = &d->ments[f->parties[r].ment];
            if (f->parties[r].role == R_SOURCE && sm->ent >= 0 && sm->te + 1 == pm->ts &&
                is(d, sm->te, "and") && d->ents[sm->ent].country[0]) {
                cc = d->ents[sm->ent].country;
            }
        }
        memcpy(e->country, cc, sizeof e->country);
        memcpy(e->code, e->country, 3);
        memcpy(e->code + 3, e->sector, 4);
    }
}

/* a verb that reports what parties said or did in a contact: "discussed ... in a phone
 * call", "told X during a meeting", "In talks with X, Y said" */
static bool clause_verb(const px_doc *d, uint32_t i)
{
    /* (and "made the remarks during a meeting with X": "made" is no speech verb
     * elsewhere, where "had made progress" is a verb phrase of its own) */
    return cue1(d, i, CUE_SPEECH) || is(d, i, "made"); /* lexicon/cues.tsv, class speech */
}

/* a clause verb whose object is the other party ("told Putin"), not a topic or a clause
 * ("discussed Syria", "said Turkey was ready") */
static bool person_object_verb(const px_doc *d, uint32_t i)
{
    static const char *const v[] = {"told", "tells", "assured", "briefed", "thanked",
                                    "congratulated", "urged", "asked", "warned", "offered",
                                    "promised", "praised", "informed", "invited", "handed",
                                    "updated", "updates", "briefs", "informs", "assures",
                                    "consulted", "consults", NULL};
    for (int q = 0; v[q]; q++) {
        if (is(d, i, v[q])) {
            return true;
        }
    }
    return false;
}

/* an anniversary's words before i: "40 years since", "a decade since", "the anniversary of" */
static bool anniversary_at(const sctx *c, uint32_t i)
{
    const px_doc *d = c->d;
    if (i < c->tb + 2) {
        return false;
    }
    if (is(d, i - 1, "since")) {
        return is(d, i - 2, "years") || is(d, i - 2, "decades") || is(d, i - 2, "year") ||
               is(d, i - 2, "decade") || is(d, i - 2, "century") || is(d, i - 2, "anniversary");
    }
    return is(d, i - 1, "of") && (is(d, i - 2, "anniversary") || is(d, i - 2, "anniversaries"));
}

/* a verb of arriving: "arrive", "arrives", "arrived", "arriving" */
static bool arrival_word(const px_doc *d, uint32_t i)
{
    return is(d, i, "arrive") || is(d, i, "arrives") || is(d, i, "arrived") ||
           is(d, i, "arriving");
}

/* the departure (or arrival) verb before "for"/"on" and a visit noun ("will leave on Thursday
 * for a state visit to Chile", "departed on an official visit"): its token, else 0 */
static uint32_t departure_before(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    if (k->form != F_NOUN || k->type != T_VISIT || k->ts <= c->tb + 2) {
        return 0;
    }
    uint32_t p = k->ts - 1;
    while (p > c->tb && k->ts - p < 6 &&
           (det_like(c, p) || is(d, p, "a") || is(d, p, "an") || venue_adj(c, p) ||
            is(d, p, "state") || is(d, p, "official") || is(d, p, "working") ||
            (d->toks[p].flags & TF_HYPH) || hyph_part(c, p))) {
        p--; /* (as on_a_visit: "for a two-day state visit", "for state visits") */
    }
    if (!is(d, p, "for") && !is(d, p, "on")) {
        return 0;
    }
    while (p > c->tb + 1 && in_timex(c, p - 1, NULL)) {
        p--;
    }
    uint32_t v = p - 1;
    /* (also the arrival: "Putin arrived on Thursday for a state visit to India") */
    return is(d, v, "leave") || is(d, v, "leaves") || is(d, v, "left") || is(d, v, "leaving") ||
                   is(d, v, "depart") || is(d, v, "departs") || is(d, v, "departed") ||
                   is(d, v, "departing") || arrival_word(d, v)
               ? v
               : 0;
}

/* a contact noun that is the topic a person was told about: "briefed Araqchi on the outcome
 * of his visit to Washington", "informed Lavrov about his talks in Ankara" (the one told is
 * no party of it) */
static bool told_about(const sctx *c, const core *k)
{
    const px_doc *d = c->d;
    for (uint32_t q = k->ts; q > c->tb + 1 && k->ts - q < 8; q--) {
        uint32_t t = q - 1;
        if (d->toks[t].p || in_timex(c, t, NULL) || is(d, t, "during") || is(d, t, "in") ||
            is(d, t, "at") || is(d, t, "after") || is(d, t, "for") || is(d, t, "with")) {
            return false; /* (not "briefed Fidan on Tuesday during his visit") */
        }
        if (!is(d, t, "on") && !is(d, t, "about")) {
            continue;
        }
        int m = ment_at(c, t - 1);
        if (m < 0 || M(c, m)->ts <= c->tb) {
            return false;
        }
        uint32_t v = M(c, m)->ts - 1;
        return is(d, v, "briefed") || is(d, v, "briefs") || is(d, v, "brief") ||
               is(d, v, "briefing") || is(d, v, "informed") || is(d, v, "informs") ||
               is(d, v, "inform") || is(d, v, "updated") || is(d, v, "updates") ||
               is(d, v, "update");
    }
    return false;
}

/* "Qatar's emir and the U.S. president discussed Gaza in a phone call", "Lukashenko told
 * Putin during a meeting in Minsk", "In a phone call with Putin, Erdogan said ...": a
 * contact noun in a prepositional phrase of a clause has that clause's subject and object
 * as its parties. Fills subj (from the verb leftwards, as subject() does) and the objects
 * into o; returns the number of subjects (0: not such a phrase). */
static int clause_parties(sctx *c, core *k, post *o, int *subj, int max)
{
    px_doc *d = c->d;
    bool guest_visit = false;
    if (k->form != F_NOUN || k->cs <= c->tb || told_about(c, k)) {
        return 0;
    }
    /* "Fidan, who has just returned from a visit to Damascus, ...", "back from talks in
     * Beijing": the one who came back made the trip */
    for (uint32_t q = k->ts; q > c->tb + 1 && k->ts - q < 5; q--) {
        /* (also "returned home Saturday after a five-day trip to the United Arab Emirates
         * and Egypt") */
        if ((is(d, q - 1, "after") || is(d, q - 1, "following")) && k->type == T_VISIT) {
            uint32_t r = q - 1, te2 = 0;
            for (int n = 0; n < 6 && r > c->tb; n++) {
                uint32_t p = r - 1;
                if (is(d, p, "returned") || is(d, p, "returning") || is(d, p, "returns")) {
                    return subject(c, p, subj, max);
                }
                int pm = ment_at(c, p);
                if (is(d, p, "home") || is(d, p, "on") || is(d, p, "to") ||
                    (pm >= 0 && M(c, pm)->kind == MK_PLACE)) {
                    r = pm >= 0 ? M(c, pm)->ts : p;
                } else if (in_timex(c, p, &te2)) {
                    r = p;
                } else {
                    break;
                }
            }
            break;
        }
        if (!is(d, q - 1, "from")) {
            continue;
        }
        if (is(d, q - 2, "returned") || is(d, q - 2, "returning") || is(d, q - 2, "returns") ||
            is(d, q - 2, "back")) {
            return subject(c, q - 2, subj, max);
        }
        break;
    }
    uint32_t pp = k->cs - 1;
    /* (over "the latter's": "during the latter's official visit to Vietnam") */
    if (pp >= c->tb + 3 && is(d, pp, "'s") && is(d, pp - 2, "the") &&
        (is(d, pp - 1, "latter") || is(d, pp - 1, "former"))) {
        pp -= 3;
    } else if (pp >= c->tb + 2 && is(d, pp - 1, "the") &&
               (is(d, pp, "latter") || is(d, pp, "former"))) {
        pp -= 2;
    }
    /* (over a region's adjective the noun phrase left out: "the first stop of a Central
     * Asian tour") */
    uint32_t rq = pp;
    while (rq > c->tb + 1 && k->cs - rq < 4 && ment_at(c, rq) < 0 &&
           (d->toks[rq].flags & TF_CAP) && (d->toks[rq].flags & TF_ALPHA) &&
           px_match_kind(d, rq, K_STOP, NULL)) {
        rq--;
    }
    if (rq < pp && (is(d, rq, "a") || is(d, rq, "an") || is(d, rq, "his") || is(d, rq, "her"))) {
        pp = rq - 1;
    }
    if (is(d, pp, "of") && pp > c->tb) {
        pp--;
    }
    if (phase_word(d, pp) && pp >= c->tb + 2 && is(d, pp - 1, "the") && is(d, pp - 2, "at")) {
        pp -= 2; /* "at the start of their talks" */
    }
    /* "met Holness in Kingston on the first stop of a three-nation trip", "on the final leg
     * of his tour": a leg of a trip, as "during" it */
    /* (also a day of it: "on the first day of a state visit to the United Kingdom") */
    bool leg = (is(d, pp, "leg") || is(d, pp, "stop") || is(d, pp, "day")) && pp >= c->tb + 3 &&
               (is(d, pp - 1, "first") || is(d, pp - 1, "second") || is(d, pp - 1, "third") ||
                is(d, pp - 1, "final") || is(d, pp - 1, "last") || is(d, pp - 1, "latest") ||
                is(d, pp - 1, "next")) &&
               is(d, pp - 2, "the") && (is(d, pp - 3, "on") || d->toks[pp - 3].p == ',');
    if (leg) {
        pp -= 3;
    }
    /* ("met Attaf in Algiers on Tuesday, in the first ministerial visit since 2024", ", on
     * his first visit since": a trip set off by a comma after the clause, as "during" it) */
    bool comma_in = (is(d, pp, "in") || is(d, pp, "on")) && pp > c->tb + 1 &&
                    d->toks[pp - 1].p == ',' && k->type == T_VISIT && k->form == F_NOUN;
    bool as_part = is(d, pp, "part") && pp > c->tb && is(d, pp - 1, "as");
    if (as_part) {
        pp--; /* "As part of his official visit to Kazakhstan, X held talks" */
    }
    if (on_a_visit(c, k->ts)) {
        pp = k->ts;
        while (pp > c->tb && !is(d, pp, "on")) {
            pp--; /* "signed deals on a state visit to Turkey" */
        }
    }
    if (k->cs > c->tb + 2) {
        uint32_t sp = span_of(d, c->tb, k->ts - 1);
        if (sp != k->ts - 1 && (is(d, sp, "after") || is(d, sp, "despite") ||
                                is(d, sp, "following"))) {
            pp = sp; /* "after weeks of talks" */
        }
    }
    if (is(d, k->ts, "by") || is(d, k->ts, "over") || is(d, k->ts, "via")) {
        pp = k->ts; /* "discussed Ukraine by phone": the medium's own preposition */
    } else if (!(is(d, pp, "in") || is(d, pp, "during") || is(d, pp, "at") || is(d, pp, "after") ||
                 as_part ||
                 is(d, pp, "following") || is(d, pp, "despite") ||
                 (is(d, pp, "on") && on_a_visit(c, k->ts)) || leg ||
                 (k->ahead && (ahead_prep(c, pp) || ahead_prep(c, pp + 1))))) {
        return 0;
    }
    if (k->ahead && pp > c->tb && ahead_prep(c, pp) && !is(d, pp, "before")) {
        pp--; /* "ahead of", "prior to": the clause ends before the phrase */
    }
    uint32_t s0 = c->tb;
    while (s0 < pp && (d->toks[s0].flags & TF_DATELINE)) {
        s0++;
    }
    uint32_t verb = 0;
    int ns = 0;
    int objs[4], nobj = 0;
    int partners[4], npart = 0; /* (the contact's partners, when its subject made the trip) */
    bool fronted = pp == s0 || (pp == s0 + 1 && d->toks[s0].e - d->toks[s0].s > 4 &&
                                memcmp(d->text + d->toks[s0].e - 3, "ing", 3) == 0);
    if (fronted) {
        /* "In a phone call with Putin, Erdogan said": the clause after the comma */
        uint32_t q = k->after;
        bool agent = false; /* ("During a visit by Lula to Beijing, Xi said") */
        while (q < c->te && q < k->after + 16 && d->toks[q].p != ',' && d->toks[q].p != '.' &&
               d->toks[q].p != ';') {
            agent = agent || is(d, q, "by") || is(d, q, "of");
            q++;
        }
        if (q + 1 >= c->te || d->toks[q].p != ',') {
            return 0;
        }
        q++;
        if (is(d, q, "the")) {
            q++;
        }
        int m = ment_at(c, q);
        if (m < 0 || !is_party_kind(c, m) || (M(c, m)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
            return 0;
        }
        int r[4];
        int nr = coord_right(c, m, r, 4);
        verb = M(c, r[nr - 1])->te;
        while (verb < c->te && (cue1(d, verb, CUE_AUX) || trig(d, verb, c->te, TR_GOVERN_V, NULL))) {
            verb++;
        }
        /* "During his visit to Beijing, Lula met Xi": the possessive before the noun is
         * the clause's subject, whatever the verb */
        /* (so is an article's: "During a visit to Naypyitaw on Monday, Thai Foreign
         * Minister X met ...", with no other visitor named) */
        bool his = !agent && pp + 1 < k->ts && (is(d, pp + 1, "a") || is(d, pp + 1, "an"));
        for (uint32_t h = pp + 1; h < k->ts; h++) {
            if (is(d, h, "his") || is(d, h, "her")) {
                his = true;
            }
        }
        if (verb >= c->te || (!clause_verb(d, verb) && !(his && k->type == T_VISIT))) {
            return 0;
        }
        for (int x = nr - 1; x >= 0 && ns < max; x--) {
            subj[ns++] = r[x];
        }
        int om = person_object_verb(d, verb) ? ment_at(c, verb + 1) : -1;
        if (om >= 0 && is_party_kind(c, om) && !(M(c, om)->flags & (MF_ADJ | MF_LOCPP))) {
            nobj = coord_right(c, om, objs, 4);
        }
        /* ("In a separate call, X discussed regional developments with Y": the partner
         * after "with" past the verb's object) */
        for (uint32_t q2 = verb + 1; nobj == 0 && om < 0 && k->type != T_VISIT &&
                                     !cue1(d, verb, CUE_REPORT) && q2 + 1 < c->te && q2 < verb + 8;
             q2++) {
            if (d->toks[q2].p || cue1(d, q2, CUE_CLAUSE) || ment_at(c, q2) >= 0 ||
                trig(d, q2, c->te, TR_CONTACT_V, NULL) || trig(d, q2, c->te, TR_CONTACT_N, NULL)) {
                break;
            }
            int wm = is(d, q2, "with") ? ment_at(c, q2 + 1) : -1;
            if (wm >= 0 && M(c, wm)->kind == MK_PERSON && !(M(c, wm)->flags & (MF_ADJ | MF_POSS))) {
                nobj = coord_right(c, wm, objs, 4);
            }
        }
    } else {
        /* "X told Y during a meeting": left to the verb over its object (up to 18 words
         * over no other contact's noun: "agreed on Thursday to deepen trade and security
         * cooperation ahead of next year's review of the USMCA, at a meeting at the National
         * Palace"; else 14) */
        uint32_t q = pp;
        bool passed_cn = false;
        for (int n = 0; n < (passed_cn ? 14 : 18) && q > c->tb; n++) {
            uint32_t t = q - 1;
            passed_cn = passed_cn || trig(d, t, c->te, TR_CONTACT_N, NULL) != NULL;
            /* (a time phrase is one step: "on Thursday", "next year") */
            for (int x = 0; x < c->ntx; x++) {
                if (t > c->tx[x].ts && t < c->tx[x].te && c->tx[x].ts > c->tb) {
                    t = c->tx[x].ts;
                    break;
                }
            }
            /* (over a comma that sets the phrase off: "agreed Thursday to hold regular
             * summit talks, during a meeting in Tokyo") */
            if (t == pp - 1 && t > c->tb + 1 && d->toks[t].p == ',' && is(d, pp, "during") &&
                (d->toks[t - 1].flags & TF_ALPHA)) {
                q = t;
                continue;
            }
            int m = ment_at(c, t);
            if (m >= 0) {
                const px_ment *mm = M(c, m);
                /* (a person after "to" is one: "explained the decision to Xi") */
                bool to_person = mm->kind == MK_PERSON && (mm->flags & MF_LOCPP) &&
                                 mm->ts > c->tb && is(d, mm->ts - 1, "to");
                /* (not a passive's agent: "Waqa was received by Whipps in Koror, at the
                 * start of a tour": the one received is the traveller) */
                /* (also over a possessive: "was received by his Lebanese counterpart
                 * Nabih Berri during a visit to Beirut") */
                uint32_t at0 = mm->ts;
                int pm0 = at0 > c->tb ? ment_at(c, at0 - 1) : -1;
                if (pm0 >= 0 && (M(c, pm0)->flags & MF_PRON) && (M(c, pm0)->flags & MF_POSS)) {
                    at0 = M(c, pm0)->ts;
                }
                bool agent = at0 > c->tb + 2 && is(d, at0 - 1, "by") &&
                             passive_at(d, c->tb, at0 - 2);
                /* (nor a letter's sender: "handed Khamenei a letter from King Salman
                 * during a meeting") */
                bool sender = mm->ts > c->tb + 2 && is(d, mm->ts - 1, "from") &&
                              (is(d, mm->ts - 2, "letter") || is(d, mm->ts - 2, "message") ||
                               is(d, mm->ts - 2, "greetings"));
                /* (nor a noun's modifier: "told State House correspondents after the
                 * meeting") */
                bool press = mm->te < c->te &&
                             (is(d, mm->te, "correspondents") || is(d, mm->te, "reporters") ||
                              is(d, mm->te, "journalists") || is(d, mm->te, "newsmen") ||
                              is(d, mm->te, "press"));
                if (is_party_kind(c, m) && !(mm->flags & (MF_ADJ | MF_POSS)) && !agent &&
                    !sender && !press &&
                    (!(mm->flags & MF_LOCPP) || to_person) && nobj < 4) {
                    objs[nobj++] = m;
                }
                q = mm->ts;
                continue;
            }
            /* "arrived in Muscat ahead of talks with X", "met Y before talks with X": a
             * later contact of the clause's subject, whatever its verb ("raised the issue
             * with X": a determiner before a verb's form makes it a noun) */
            bool det_noun = t > c->tb && (is(d, t - 1, "the") || is(d, t - 1, "a") ||
                                          is(d, t - 1, "an") || is(d, t - 1, "this"));
            /* "met Motegi in Tokyo during a working visit to Japan", "held a bilateral
             * meeting with X in Ouagadougou during a one-day working visit": the subject
             * of a contact made during a visit is the visitor */
            /* (of a host, the guest: "Xi received Lula in Beijing during a state visit";
             * so too "hosted Ruto for a state visit", "welcomed X on a working visit") */
            const px_entry *hv = k->type == T_VISIT ? trig(d, t, c->te, TR_CONTACT_V, NULL) : NULL;
            bool host_obj = hv && hv->a == T_HOST && nobj > 0;
            if (k->type == T_VISIT && k->status == S_OCCURRED && !det_noun &&
                (is(d, pp, "during") || leg || comma_in ||
                 (is(d, pp, "at") && pp + 2 < c->te && phase_word(d, pp + 2)) ||
                 (host_obj && (is(d, pp, "for") || is(d, pp, "on")))) &&
                (hv || trig(d, t, c->te, TR_LIGHT_V, NULL))) {
                verb = t;
                guest_visit = host_obj;
                if (!guest_visit) {
                    for (int x = 0; x < nobj; x++) {
                        partners[x] = objs[x];
                    }
                    npart = nobj;
                    nobj = 0;
                }
                break;
            }
            /* "addressed Moldova's parliament on Thursday during a visit to Chisinau",
             * "toured the plant during a visit to Japan": whatever the verb, its subject is
             * the visitor (what it did there is no party) */
            /* (also "left Madrid on Sunday at the end of a two-day trip to Spain") */
            uint32_t art = is(d, pp, "during")                                    ? pp + 1
                           : is(d, pp, "at") && pp + 4 < k->ts && phase_word(d, pp + 2) ? pp + 4
                                                                                 : 0;
            if (k->type == T_VISIT && k->status == S_OCCURRED && !det_noun && art &&
                art < k->ts && (is(d, art, "a") || is(d, art, "an")) &&
                (ed_word(d, t) || is(d, t, "left")) && !(d->toks[t].flags & TF_CAP) && t > c->tb &&
                (ment_at(c, t - 1) >= 0 || cue1(d, t - 1, CUE_PRON) || adverb_ly(d, t - 1))) {
                verb = t;
                nobj = 0;
                break;
            }
            /* (a noun after an adjective: "discussed regional issues by phone", not "he
             * discussed", "also discussed", "reportedly discussed") */
            if (t > c->tb && (d->toks[t - 1].flags & TF_ALPHA) && !(d->toks[t - 1].flags & TF_CAP) &&
                !d->toks[t - 1].p && ment_at(c, t - 1) < 0 && !cue1(d, t - 1, CUE_PRON) &&
                !cue1(d, t - 1, CUE_AUX) && !adverb_ly(d, t - 1) && !chain_skip(c, t - 1) &&
                !is(d, t - 1, "also") && !is(d, t - 1, "then") && !is(d, t - 1, "and") &&
                !is(d, t - 1, "later") && !is(d, t - 1, "who") && !is(d, t - 1, "which") &&
                !is(d, t - 1, "that") && !is(d, t - 1, "they") && !is(d, t - 1, "both") &&
                !is(d, t - 1, "had") && !is(d, t - 1, "have") && !is(d, t - 1, "has") &&
                !is(d, t - 1, "to") && !is(d, t - 1, "not") && !cue1(d, t - 1, CUE_NEG) &&
                !cue1(d, t - 1, CUE_SPEECH) && !ed_word(d, t - 1)) {
                det_noun = true;
            }
            /* (a noun after an acronym: "discuss USMCA review in call") */
            if (t > c->tb && (d->toks[t - 1].flags & TF_UPPER) && ment_at(c, t - 1) >= 0 &&
                M(c, ment_at(c, t - 1))->kind == MK_UNKNOWN && !(d->toks[t].flags & TF_CAP)) {
                det_noun = true;
            }
            if ((clause_verb(d, t) && !det_noun) || (k->ahead && (trig(d, t, c->te, TR_CONTACT_V, NULL) ||
                                                   trig(d, t, c->te, TR_MOTION_V, NULL)))) {
                verb = t;
                break;
            }
            if ((d->toks[t].flags & TF_NUM) || d->toks[t].p == '"' || (d->toks[t].flags & TF_HYPH) ||
                (d->toks[t].flags & TF_PUNCT && !d->toks[t].p)) {
                q = t; /* "signed 20 agreements", "hailed 'special' ties", "the India-Pakistan
                        * conflict", "an $8.5 billion framework" */
                continue;
            }
            /* "in Tokyo on Tuesday, November 17, during a working visit": over the comma
             * after a date */
            if (d->toks[t].p == ',' && t > c->tb && in_timex(c, t - 1, NULL)) {
                q = t;
                continue;
            }
            /* (and over the comma that sets the setting off: "agreed on Thursday to deepen
             * cooperation ahead of the USMCA review, at a meeting at the National Palace") */
            if (d->toks[t].p == ',' && t + 1 == pp && t > c->tb + 1 && is(d, pp, "at") &&
                (d->toks[t - 1].flags & TF_ALPHA)) {
                q = t;
                continue;
            }
            /* "discussed preparations for Erdogan's planned visit to Kyiv during a phone
             * call": a contact noun inside the verb's object */
            bool noun_core = false;
            for (int o2 = 0; o2 < c->ncore && !noun_core; o2++) {
                noun_core = c->cores[o2].ts == t && c->cores[o2].form == F_NOUN && &c->cores[o2] != k;
            }
            if (noun_core && t > c->tb && !cue1(d, t - 1, CUE_AUX) && !is(d, t - 1, "to")) {
                q = t;
                continue;
            }
            /* "invited Takaichi to visit Manila during a phone call on Monday": over the
             * infinitive of the proposal to its deciding verb, whose subject and object the
             * call has (not the infinitive's own object: "invited the pope to visit
             * Lebanon during a meeting" is no meeting with Lebanon) */
            /* (in the passive too: "was invited to visit Brasilia during a meeting") */
            bool pass_inv = t > c->tb + 2 && trig(d, t - 2, c->te, TR_DECIDE_V, NULL) &&
                            be_form(d, t - 3) && is(d, pp, "during");
            /* "The two leaders had agreed to meet in Budapest during a phone call", "agreed
             * on the visit during a call": the agreement was reached in the call, which is
             * the agreeing subject's */
            if (is(d, pp, "during") && t > c->tb + 2 &&
                ((is(d, t - 1, "to") && trig(d, t, c->te, TR_CONTACT_V, NULL)) ||
                 (is(d, t - 1, "on") && !d->toks[t].p)) &&
                (is(d, t - 2, "agreed") || is(d, t - 2, "decided"))) {
                verb = t - 2;
                break;
            }
            if (t > c->tb + 1 && is(d, t - 1, "to") && trig(d, t, c->te, TR_CONTACT_V, NULL) &&
                (ment_at(c, t - 2) >= 0 || pass_inv)) {
                q = t - 1;
                nobj = 0;
                continue;
            }
            /* (also over a light verb's phrase: "invited Mirziyoyev to pay a state visit to
             * Astana during their phone call") */
            if (trig(d, t, c->te, TR_CONTACT_N, NULL)) {
                uint32_t u = t;
                while (u > c->tb + 3 && t - u < 4 &&
                       (is(d, u - 1, "a") || is(d, u - 1, "an") || is(d, u - 1, "the") ||
                        cue1(d, u - 1, CUE_DET) || venue_adj(c, u - 1))) {
                    u--;
                }
                if (u > c->tb + 3 && trig(d, u - 1, c->te, TR_LIGHT_V, NULL) && is(d, u - 2, "to") &&
                    ment_at(c, u - 3) >= 0) {
                    q = u - 2;
                    continue;
                }
            }
            {
                uint32_t dl = 0;
                const px_entry *dv = trig(d, t, c->te, TR_DECIDE_V, &dl);
                if (dv && (dv->flags & TRF_PAST) && dl == 1 && ment_at(c, t + 1) >= 0 && nobj > 0) {
                    verb = t;
                    break;
                }
                /* (also in the passive, its subject the one asked: "Jeri had been invited to
                 * Brasilia during a phone call with Lula last month") */
                /* (and with its agent: "Petro was invited to the White House by Trump in a
                 * phone call last month" is Petro's call with Trump) */
                bool agent = false;
                for (uint32_t r = t + 1; r + 1 < pp && !agent; r++) {
                    agent = is(d, r, "by") && ment_at(c, r + 1) >= 0 &&
                            M(c, ment_at(c, r + 1))->te == pp &&
                            M(c, ment_at(c, r + 1))->kind == MK_PERSON;
                }
                if (dv && (dv->flags & (TRF_PAST | TRF_PPART)) && dl == 1 &&
                    (nobj == 0 || agent) && t > c->tb && be_form(d, t - 1) &&
                    (is(d, pp, "during") || (agent && is(d, pp, "in")))) {
                    verb = t;
                    break;
                }
                /* ("agreed to drop tariffs at their meeting", "scrapped tariffs during the
                 * talks": a cancelling verb with an object of its own is the clause's verb,
                 * deciding nothing about the setting) */
                uint32_t u = t + dl;
                if (dv && dv->b == S_CANCELLED && dl == 1 && u < pp && (d->toks[u].flags & TF_ALPHA) &&
                    !(d->toks[u].flags & TF_CAP) && !d->toks[u].p && ment_at(c, u) < 0 &&
                    !article_word(d, u) && !cue1(d, u, CUE_DET) &&
                    !trig(d, u, c->te, TR_CONTACT_N, NULL) && !trig(d, u, c->te, TR_DECIDE_N, NULL) &&
                    !is(d, u, "plans") && !is(d, u, "plan") && !is(d, u, "out") &&
                    !is(d, u, "off") && !is(d, u, "up")) {
                    verb = t;
                    break;
                }
            }
            /* (a deciding verb's form after an article is its noun: "Erdogan made the offer
             * during a telephone call with Putin") */
            bool dec_noun = t > c->tb && (article_word(d, t - 1) || is(d, t - 1, "his") ||
                                          is(d, t - 1, "her") || is(d, t - 1, "its") ||
                                          is(d, t - 1, "their")) &&
                            !trig(d, t, c->te, TR_CONTACT_V, NULL);
            if (!(d->toks[t].flags & TF_ALPHA) || cue1(d, t, CUE_CLAUSE) || cue1(d, t, CUE_REPORT) ||
                trig(d, t, c->te, TR_CONTACT_V, NULL) ||
                (trig(d, t, c->te, TR_DECIDE_V, NULL) && !dec_noun)) {
                return 0;
            }
            q = t;
        }
        if (!verb || (verb + 1 < c->te && is(d, verb + 1, "no"))) {
            return 0; /* ("held no talks with Xi during the summit": no setting of theirs) */
        }
        /* "invited Zelensky to address EU leaders at their summit": a setting inside the
         * infinitive a proposal asks for is no contact of the proposal's parties ("invited
         * Takaichi to visit Manila during a phone call" is: the visit is the contact) */
        if (trig(d, verb, c->te, TR_DECIDE_V, NULL) && verb + 1 < c->te && ment_at(c, verb + 1) >= 0) {
            for (uint32_t qi = verb + 1; qi + 1 < pp; qi++) {
                if (is(d, qi, "to") && (d->toks[qi + 1].flags & TF_ALPHA) && ment_at(c, qi + 1) < 0 &&
                    !trig(d, qi + 1, c->te, TR_CONTACT_V, NULL) &&
                    !trig(d, qi + 1, c->te, TR_LIGHT_V, NULL) &&
                    !trig(d, qi + 1, c->te, TR_MOTION_V, NULL)) {
                    return 0;
                }
            }
        }
        if (!person_object_verb(d, verb) && !guest_visit) {
            /* "discussed the Gaza ceasefire in a call": a topic; but "raised the strikes with
             * Trump in a phone call", "explained the decision to Xi in a call": the partner */
            int kept = 0;
            bool keep[4] = {false};
            uint32_t starts[4] = {0};
            for (int x = 0; x < nobj && x < 4; x++) {
                const px_ment *om = M(c, objs[x]);
                uint32_t pq = om->ts;
                /* (also over a possessive pronoun: "with his Iranian counterpart X") */
                while (pq > verb + 1 && (is(d, pq - 1, "the") || honorific_tok(d, pq - 1) ||
                                         possessive_pron(d, pq - 1))) {
                    pq--;
                }
                starts[x] = pq;
                keep[x] = pq > verb + 1 && k->type != T_VISIT &&
                          (is(d, pq - 1, "with") || is(d, pq - 1, "to"));
            }
            /* (and those joined to one so kept: "exchanged views with Macron and Starmer in
             * a joint call") */
            for (bool grew = true; grew;) {
                grew = false;
                for (int x = 0; x < nobj && x < 4; x++) {
                    uint32_t pq = starts[x];
                    if (keep[x] || pq < verb + 3 ||
                        !(is(d, pq - 1, "and") || d->toks[pq - 1].p == ',')) {
                        continue;
                    }
                    for (int y = 0; y < nobj && y < 4 && !keep[x]; y++) {
                        keep[x] = keep[y] && M(c, objs[y])->te == pq - 1;
                    }
                    grew = grew || keep[x];
                }
            }
            for (int x = 0; x < nobj && x < 4; x++) {
                if (keep[x]) {
                    objs[kept++] = objs[x];
                }
            }
            nobj = kept;
        }
        /* the subject, also when it is the speaker of the verb ("Xi told Biden"); over a
         * governor ("will travel to Cairo ahead of talks with Sisi") */
        uint32_t b = verb;
        for (bool more = true; more && b > c->tb;) {
            more = chain_skip(c, b - 1) || is(d, b - 1, "also");
            for (uint32_t back = 1; !more && back <= 3 && back <= b - c->tb; back++) {
                uint32_t gl = 0;
                more = trig(d, b - back, c->te, TR_GOVERN_V, &gl) && b - back + gl == b;
                if (more) {
                    b -= back - 1;
                }
            }
            b -= more;
        }
        if (b > c->tb + 1 && d->toks[b - 1].p == ',' && ing_word(d, verb)) {
            b--; /* "Erdogan, speaking after a phone call with Putin, said" */
        }
        /* "failed to reach agreement after hours of talks", "managed to agree" */
        if (b >= c->tb + 3 && is(d, b - 1, "to") &&
            (is(d, b - 2, "failed") || is(d, b - 2, "fail") || is(d, b - 2, "fails") ||
             is(d, b - 2, "managed") || is(d, b - 2, "tried") || is(d, b - 2, "sought") ||
             /* ("agreed to drop tariffs at their meeting") */
             is(d, b - 2, "agreed") || is(d, b - 2, "decided") || is(d, b - 2, "pledged") ||
             is(d, b - 2, "promised") || is(d, b - 2, "vowed"))) {
            b -= 2;
            while (b > c->tb + 1 && chain_skip(c, b - 1)) {
                b--;
            }
        }
        int sm = b > c->tb ? ment_at(c, b - 1) : -1;
        /* "Wang Yi, China's foreign minister, met Dar in Islamabad during a visit to
         * Pakistan": over an appositive between commas to the subject */
        if (sm < 0 && b > c->tb + 2 && d->toks[b - 1].p == ',') {
            uint32_t qa = b - 2;
            while (qa > c->tb && b - qa < 14 && d->toks[qa].p != ',' && d->toks[qa].p != '.') {
                qa--;
            }
            int am = qa > c->tb && d->toks[qa].p == ',' ? ment_at(c, qa - 1) : -1;
            if (am >= 0 && M(c, am)->kind == MK_PERSON) {
                sm = am;
            }
        }
        /* ("met Isaias in Asmara on Saturday and briefed Abiy by phone": a second verb
         * phrase after "and" has the sentence's subject) */
        int shared = sm < 0 && b > c->tb + 2 && is(d, b - 1, "and") && d->toks[b - 2].p != ','
                         ? sentence_subject(c, b - 1, false, subj, max)
                         : 0;
        /* ("The two leaders had agreed to meet ... during a phone call": a plural anaphor
         * for the parties of a contact reported before) */
        int grouped = sm < 0 && shared == 0 && b > c->tb ? group_subject(c, b, subj, max) : 0;
        if (shared > 0) {
            ns = shared;
        } else if (grouped >= 2) {
            ns = grouped;
        } else {
            if (sm < 0 || !is_party_kind(c, sm) ||
                (M(c, sm)->flags & (MF_ADJ | MF_LOCPP | MF_POSS))) {
                return 0;
            }
            int rh = remit_holder(c, sm);
            ns = rh >= 0 ? 1 : coord_left(c, sm, subj, max);
            if (rh >= 0) {
                subj[0] = rh;
            }
        }
        /* objects were gathered right to left */
        for (int x = 0; x < nobj / 2; x++) {
            int t2 = objs[x];
            objs[x] = objs[nobj - 1 - x];
            objs[nobj - 1 - x] = t2;
        }
        if (guest_visit) {
            ns = 0;
            for (int x = 0; x < nobj && ns < max; x++) {
                subj[ns++] = objs[x];
            }
            nobj = 0;
        }
        /* (but a subject at home has the partner as the visitor: "To Lam held talks with
         * Lao President Thongloun Sisoulith in Hanoi, during the latter's official visit to
         * Vietnam") */
        int dm = o->dest >= 0 ? o->dest : k->dest;
        const px_ent *de = dm >= 0 ? E(c, dm) : NULL;
        const px_ent *se = ns == 1 ? E(c, subj[0]) : NULL;
        const px_ent *pe = npart == 1 ? E(c, partners[0]) : NULL;
        if (de && se && pe && de->country[0] && px_streq(se->country, de->country) &&
            pe->country[0] && !px_streq(pe->country, de->country) &&
            M(c, partners[0])->kind == MK_PERSON) {
            subj[0] = partners[0];
        }
    }
    /* "will discuss ... in a call on Monday": the contact is planned */
    for (uint32_t q = verb; q > c->tb && q + 3 > verb; q--) {
        uint32_t gl = 0;
        const px_entry *g = trig(d, q - 1, c->te, TR_GOVERN_V, &gl);
        if (g && q - 1 + gl == verb && k->status == S_OCCURRED) {
            k->status = (uint8_t)g->b;
            break;
        }
    }
    /* "In a meeting with Blinken, Wang urged Washington ...": the partner named with
     * "with" is the other side, the verb's object only what was said */
    if (o->nobj == 0 && o->nwith == 0) {
        for (int x = 0; x < nobj; x++) {
            o->obj[o->nobj++] = objs[x];
        }
    }
    /* what they said in the contact does not make them mere speakers of a report */
    for (int x = 0; x < ns; x++) {
        c->speaker[subj[x]] = false;
    }
    for (int x = 0; x < o->nobj; x++) {
        c->speaker[o->obj[x]] = false;
    }
    k->rule = "contact_noun+clause";
    return ns;
}

/* The entity of a frame's source, or NULL. */
static const px_ent *frame_source(const px_doc *d, const px_frame *f)
{
    for (int q = 0; q < f->nparties; q++) {
        const px_ment *m = &d->ments[f->parties[q].ment];
        if (f->parties[q].role == R_SOURCE && m->ent >= 0) {
            return &d->ents[m->ent];
        }
    }
    return NULL;
}

/* "visited Vietnam and Malaysia", "will travel to Turkey and Lebanon": a visit whose
 * target is the state of its destination names each further state or place coordinated
 * with that destination; they leave f (as participants) and are written to out (local
 * mentions), each a visit of its own. Returns how many. */
static int more_destinations(sctx *c, px_frame *f, int *out, int max)
{
    px_doc *d = c->d;
    if (f->loc_ment < (int32_t)c->mb) {
        return 0;
    }
    int l = (int)(f->loc_ment - (int32_t)c->mb);
    const px_ent *le = E(c, l);
    int tq = -1;
    for (int q = 0; q < f->nparties; q++) {
        const px_ment *tm = &d->ments[f->parties[q].ment];
        if (f->parties[q].role == R_TARGET && tm->kind == MK_STATE && tm->ent >= 0 && le &&
            strcmp(d->ents[tm->ent].country, le->country) == 0) {
            tq = q;
        }
    }
    if (tq < 0 || !le->country[0]) {
        return 0;
    }
    int n = 0;
    uint32_t i = M(c, l)->te, te2 = 0;
    /* ("will fly on to Doha on Wednesday and Abu Dhabi on Thursday": over the first one's
     * time) */
    if (i + 2 < c->te && in_timex(c, i, &te2) && te2 > i && is(d, te2, "and")) {
        i = te2;
    }
    while (n < max && i + 1 < c->te && (is(d, i, "and") || d->toks[i].p == ',')) {
        uint32_t q = i + 1;
        if (d->toks[i].p == ',' && is(d, q, "and")) {
            q++;
        }
        if (q + 1 < c->te && is(d, q, "then")) {
            q++; /* "will visit Japan and then China" */
        }
        if (q + 1 < c->te && is(d, q, "to") && f->type == T_VISIT) {
            q++; /* "will travel to Israel and then to Qatar" */
        }
        int m2 = q < c->te ? ment_at(c, q) : -1;
        const px_ent *e2 = m2 >= 0 ? E(c, m2) : NULL;
        if (!e2 || !e2->country[0] || (M(c, m2)->kind != MK_STATE && M(c, m2)->kind != MK_PLACE) ||
            (M(c, m2)->flags & (MF_ADJ | MF_POSS))) {
            break;
        }
        /* (not one that speaks: "will visit Turkey and Lebanon later this month, the Vatican
         * said") */
        if (M(c, m2)->te < c->te && report_at(c, M(c, m2)->te)) {
            break;
        }
        if (strcmp(e2->country, le->country) != 0) {
            out[n++] = m2;
            /* no longer a participant of the first visit */
            for (int p = 0; p < f->nparties; p++) {
                const px_ment *pm = &d->ments[f->parties[p].ment];
                if (f->parties[p].role == R_PARTICIPANT && pm->ent >= 0 &&
                    strcmp(d->ents[pm->ent].country, e2->country) == 0 &&
                    pm->kind == MK_STATE) {
                    f->parties[p] = f->parties[--f->nparties];
                    p--;
                }
            }
        }
        i = M(c, m2)->te;
        if (i + 2 < c->te && in_timex(c, i, &te2) && te2 > i &&
            (is(d, te2, "and") || d->toks[te2].p == ',')) {
            i = te2;
        }
    }
    return n;
}

/* "skipped the APEC leaders' meeting, sending Foreign Secretary Lazaro in his place",
 * "will not attend the G20 summit, with Jaishankar leading the delegation": the one sent
 * attends instead. f is an attendance that will not happen or did not; returns the stand-in's
 * local mention, or -1, and its status in *st. */
static int stand_in(sctx *c, const core *k, const px_frame *f, uint8_t *st)
{
    px_doc *d = c->d;
    if (f->type != T_ATTEND ||
        (f->status != S_CANCELLED && f->status != S_DECLINED && f->status != S_NOT_OCCURRED)) {
        return -1;
    }
    for (uint32_t q = k->te; q + 2 < c->te; q++) {
        bool send = is(d, q, "sending") || is(d, q, "sent") || is(d, q, "send") ||
                    is(d, q, "dispatching") || is(d, q, "dispatched");
        bool with = is(d, q, "with");
        /* "..., and that Economy Minister Ebrard will represent Mexico instead" */
        int m1 = ment_at(c, q);
        if (!send && !with && m1 >= 0 && M(c, m1)->ts == q && M(c, m1)->kind == MK_PERSON &&
            !(M(c, m1)->flags & (MF_PRON | MF_POSS | MF_ANALYST)) && M(c, m1)->te + 1 < c->te &&
            (is(d, M(c, m1)->te, "will") || is(d, M(c, m1)->te, "would")) &&
            (is(d, M(c, m1)->te + 1, "represent") || is(d, M(c, m1)->te + 1, "lead") ||
             is(d, M(c, m1)->te + 1, "head") || is(d, M(c, m1)->te + 1, "attend"))) {
            bool inst = false;
            for (uint32_t r = M(c, m1)->te + 2; r < c->te && r < M(c, m1)->te + 9 && !inst; r++) {
                inst = is(d, r, "instead") || is(d, r, "delegation") ||
                       (r + 2 < c->te && is(d, r, "in") && is(d, r + 2, "place"));
            }
            if (inst) {
                bool future = true;
                if (f->time.set && d->pub_y) {
                    long t0 = f->time.y0 * 10000L + f->time.m0 * 100L + f->time.d0;
                    future = t0 > d->pub_y * 10000L + d->pub_m * 100L + d->pub_d;
                }
                *st = future ? S_PLANNED : S_OCCURRED;
                return m1;
            }
        }
        if (!send && !with) {
            continue;
        }
        int m = ment_at(c, q + 1);
        if (send && m >= 0 && (M(c, m)->flags & MF_PRON) && (M(c, m)->flags & MF_POSS)) {
            /* "send his deputy, Richard Marles, in his place" */
            uint32_t r = M(c, m)->te;
            while (r < c->te && r < q + 6 && ment_at(c, r) < 0 &&
                   (d->toks[r].p == ',' ||
                    ((d->toks[r].flags & TF_ALPHA) && !(d->toks[r].flags & TF_CAP)))) {
                r++;
            }
            m = r < c->te ? ment_at(c, r) : -1;
        }
        if (m < 0 || M(c, m)->kind != MK_PERSON || (M(c, m)->flags & (MF_PRON | MF_POSS | MF_ANALYST))) {
            continue;
        }
        uint32_t e = M(c, m)->te;
        while (e < c->te && d->toks[e].p == ',') {
            e++;
        }
        bool ok = false;
        if (send) {
            /* "in his place", "instead", "to represent him", "to lead the delegation" */
            /* (also "will instead send X", "instead sending X") */
            ok = (e + 2 < c->te && is(d, e, "in") && is(d, e + 2, "place")) || is(d, e, "instead") ||
                 (q > c->tb && is(d, q - 1, "instead")) ||
                 (e + 1 < c->te && is(d, e, "to") &&
                  (is(d, e + 1, "represent") || is(d, e + 1, "lead") || is(d, e + 1, "attend")));
        } else {
            /* "with X leading the delegation", "with X representing India instead" */
            ok = is(d, e, "leading") || is(d, e, "heading") || is(d, e, "representing") ||
                 is(d, e, "attending");
            if (ok && (is(d, e, "leading") || is(d, e, "heading"))) {
                ok = false;
                for (uint32_t r = e + 1; r < c->te && r < e + 5 && !ok; r++) {
                    ok = is(d, r, "delegation");
                }
            }
        }
        if (!ok) {
            continue;
        }
        /* the stand-in goes when the attendance was to be: ahead if the sentence speaks
         * of the future or the time is after publication */
        bool future = is(d, q, "send");
        for (uint32_t r = c->tb; r < k->ts && !future; r++) {
            future = cue1(d, r, CUE_FUTURE) || is(d, r, "will") || is(d, r, "'ll");
        }
        if (f->time.set && d->pub_y) {
            /* (by the time's end: "will skip this week's meeting" is ahead all week) */
            long t1 = f->time.y1 ? f->time.y1 * 10000L + f->time.m1 * 100L + f->time.d1
                                 : f->time.y0 * 10000L + f->time.m0 * 100L + f->time.d0;
            long pb = d->pub_y * 10000L + d->pub_m * 100L + d->pub_d;
            future = t1 > pb || (future && t1 == pb);
        }
        *st = future ? S_PLANNED : S_OCCURRED;
        return m;
    }
    return -1;
}

/* "Following their meeting in Astana on Tuesday, Tokayev and Japarov inaugurated ...",
 * "After their talks, the two leaders, A and B, ...": "their" in a phrase that opens the
 * sentence looks ahead to the subject after the comma. Returns its parties (two or more)
 * in out, else 0. */
static int their_ahead(const sctx *c, const core *k, int *out, int max)
{
    const px_doc *d = c->d;
    uint32_t b = c->tb;
    while (b < k->ts && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    if (k->ts < b + 1 || k->ts > b + 3 || !is(d, k->ts - 1, "their")) {
        return 0;
    }
    uint32_t q = k->te;
    while (q < c->te && q < k->te + 16 && d->toks[q].p != ',') {
        if (d->toks[q].p == ';' || d->toks[q].p == ':' || cue1(d, q, CUE_REPORT)) {
            return 0;
        }
        q++;
    }
    if (q + 1 >= c->te || d->toks[q].p != ',') {
        return 0;
    }
    uint32_t j = q + 1 + (is(d, q + 1, "the") ? 1 : 0);
    int m = ment_at(c, j);
    if (m < 0 && is(d, q + 1, "the") && j + 2 < c->te && d->toks[j + 2].p == ',' &&
        (is(d, j, "two") || is(d, j, "three")) && ment_at(c, j + 3) >= 0) {
        m = ment_at(c, j + 3); /* "the two leaders, A and B," */
    }
    if (m < 0 || !is_party_kind(c, m) || (M(c, m)->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
        return 0;
    }
    int tmp[4];
    int n = coord_right(c, m, tmp, 4);
    n = appos_people(c, tmp, n);
    if (n < 2) {
        return 0;
    }
    n = n < max ? n : max;
    for (int x = 0; x < n; x++) {
        out[x] = tmp[n - 1 - x]; /* (as subject() gives them: the last named first) */
    }
    return n;
}

/* A named institution that belongs to no state's government ("Mayo Hospital", "the Garment
 * Manufacturers and Exporters Association", "China Road and Bridge Corporation"): an
 * unknown name with no country whose last word names such a body. */
static bool civil_body(const sctx *c, int m)
{
    const px_doc *d = c->d;
    const px_ment *mm = M(c, m);
    const px_ent *e = E(c, m);
    /* (an unknown capitalised name read as a person's is one too: "Mayo Hospital") */
    if (!e || e->country[0] || mm->kind == MK_STATE || (mm->flags & MF_PRON) ||
        (mm->kind == MK_PERSON && (e->title[0] || e->sector[0])) ||
        strncmp(e->code, "IGO", 3) == 0 || px_streq(e->sector, "IGO") || mm->te <= mm->ts) {
        return false;
    }
    static const char *const w[] = {"hospital", "association", "growers", "manufacturers",
                                    "exporters", "corporation", "company", "university",
                                    "school", "club", "federation", "chamber", "council",
                                    "cooperative", "clinic", "factory", "plant", "farm",
                                    "market", "temple", "church", "mosque", "workers", "union",
                                    "unions", NULL};
    uint32_t last = mm->te - 1;
    for (int n = 0; w[n]; n++) {
        /* (or the word right after: "visited the Ferrari factory in Maranello") */
        if (is(d, last, w[n]) ||
            (mm->te < c->te && is(d, mm->te, w[n]) && !(d->toks[mm->te].flags & TF_CAP))) {
            return true;
        }
    }
    return false;
}

/* a continent or a region of several states: "Africa", "Europe", "Latin America" */
static bool region_word(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"africa", "europe", "asia", "latin", "oceania", "antarctica",
                                    "arctic", "caribbean", "balkans", "caucasus", "sahel",
                                    "scandinavia", "maghreb", "eurasia", "levant", NULL};
    for (int n = 0; w[n]; n++) {
        if (is(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* "a summit in Abuja attended by Senegal's Faye and Ghana's Mahama", "the ceremony was
 * attended by X": the passive's agents attend the gathering named before it, in the place
 * named with it. Writes the attendees and returns their number (0: not this form). */
static int passive_attend(sctx *c, core *k, post *o, int *subj, int max)
{
    const px_doc *d = c->d;
    if (k->type != T_ATTEND || k->form != F_VERB || !is(d, k->ts, "attended") ||
        k->te + 1 >= c->te || !is(d, k->te, "by")) {
        return 0;
    }
    int am = ment_at(c, k->te + 1);
    if (am >= 0 && M(c, am)->kind == MK_STATE && (M(c, am)->flags & MF_POSS) &&
        M(c, am)->te + 1 < c->te && is(d, M(c, am)->te, "'s")) {
        int ap = ment_at(c, M(c, am)->te + 1); /* ("Senegal's Bassirou Diomaye Faye") */
        am = ap >= 0 && M(c, ap)->kind == MK_PERSON ? ap : -1;
    } else if (am >= 0 && M(c, am)->ts != k->te + 1) {
        am = -1;
    }
    if (am < 0 || !is_party_kind(c, am) ||
        (M(c, am)->flags & (MF_ADJ | MF_PRON | MF_LOCPP))) {
        return 0;
    }
    uint32_t q = k->ts;
    while (q > c->tb + 1 && k->ts - q < 3 &&
           (be_form(d, q - 1) || is(d, q - 1, "been") || d->toks[q - 1].p == ',')) {
        q--;
    }
    /* (the place named with it: "a summit in Abuja") */
    int pm = q > c->tb ? ment_at(c, q - 1) : -1;
    int place = -1;
    if (pm >= 0 && M(c, pm)->te == q && (M(c, pm)->flags & MF_LOCPP) && M(c, pm)->ts > c->tb + 1 &&
        (is(d, M(c, pm)->ts - 1, "in") || is(d, M(c, pm)->ts - 1, "at"))) {
        place = pm;
        q = M(c, pm)->ts - 1;
    }
    int vm = q > c->tb ? ment_at(c, q - 1) : -1;
    bool venue = vm >= 0 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE");
    /* (not "a meeting attended by Foreign Minister X": an aide at a bilateral meeting) */
    static const char *const g[] = {"summit", "conference", "forum", "ceremony", "inauguration",
                                    "funeral", "parade", "celebrations", "gathering", NULL};
    bool gath = false;
    for (int n = 0; g[n] && !gath && q > c->tb; n++) {
        gath = is(d, q - 1, g[n]);
    }
    if (!venue && !gath) {
        return 0;
    }
    uint32_t vs = venue ? M(c, vm)->ts : q - 1;
    while (!venue && vs > c->tb && q - vs < 6 && (d->toks[vs - 1].flags & TF_ALPHA) &&
           !is(d, vs - 1, "a") && !is(d, vs - 1, "an") && !is(d, vs - 1, "the") &&
           !d->toks[vs - 1].p && (ment_at(c, vs - 1) < 0 || (d->toks[vs - 1].flags & TF_CAP))) {
        vs--;
    }
    o->venue_ts = vs;
    o->venue_te = venue ? M(c, vm)->te : q;
    bool named = venue;
    for (uint32_t r = vs; r < o->venue_te && !named; r++) {
        named = (d->toks[r].flags & TF_CAP) != 0;
    }
    /* (an unnamed one, or one at a place of no known state, in a dateline's sentence is
     * held there: "LA PAZ - ... at a ceremony attended by X") */
    bool where = place >= 0 && E(c, place) && E(c, place)->country[0];
    if (!where && (!named || place >= 0) && d->dateline_place >= (int)c->mb &&
        d->dateline_place < (int)c->me) {
        place = d->dateline_place - (int)c->mb;
    }
    if (place >= 0) {
        o->place = place;
    }
    o->nobj = 0;
    o->nwith = 0;
    o->by = -1;
    return coord_right(c, am, subj, max);
}

static void build(sctx *c, core *k)
{
    px_doc *d = c->d;
    if (k->drop || k->venue) {
        return;
    }
    /* "to attend to the Bougainville independence consultations at home": to deal with, no
     * attendance */
    if (k->type == T_ATTEND && k->form == F_VERB && k->te < c->te && is(d, k->te, "to") &&
        (is(d, k->ts, "attend") || is(d, k->ts, "attends") || is(d, k->ts, "attended") ||
         is(d, k->ts, "attending"))) {
        return;
    }
    /* "Gerapetritis and Fidan agreed by phone on Monday to meet in Athens": the medium of the
     * agreement is a call that took place (the meeting agreed is a contact of its own) */
    if (k->form == F_NOUN && k->type == T_CALL && k->setting && k->ts < c->te &&
        (is(d, k->ts, "by") || is(d, k->ts, "via")) &&
        (k->status == S_AGREED || k->status == S_PROPOSED || k->status == S_DECLINED)) {
        k->status = S_OCCURRED;
    }
    /* "accepted Xi's invitation to Beijing": the possessive is the one who invites */
    for (int a = 0; k->inv_noun && k->owner < 0 && a < k->nadj; a++) {
        if ((M(c, k->adj[a])->flags & MF_POSS) ||
            (M(c, k->adj[a])->kind == MK_PERSON && M(c, k->adj[a])->te == k->ts)) {
            k->owner = k->adj[a];
            k->adj[a] = k->adj[--k->nadj];
        }
    }
    post o;
    post_scan(c, k, &o);
    /* "did not meet Takaichi at the G20 summit in Johannesburg last month, even though both
     * leaders attended": an attendance with no object of its own, closing its clause, is of
     * the gathering named before it in the sentence, at its place */
    if (k->type == T_ATTEND && k->form == F_VERB && o.nobj == 0 && o.place < 0 && !o.venue_te &&
        o.dest < 0 && k->te < c->te && (d->toks[k->te].p == '.' || d->toks[k->te].p == ',')) {
        for (uint32_t q = c->tb; q < k->ts; q++) {
            int vm2 = ment_at(c, q);
            if (vm2 < 0 || M(c, vm2)->ts != q || !E(c, vm2) ||
                !px_streq(E(c, vm2)->code, "VENUE")) {
                continue;
            }
            uint32_t r = M(c, vm2)->te;
            int pm = r + 1 < k->ts && (is(d, r, "in") || is(d, r, "at")) ? ment_at(c, r + 1) : -1;
            if (pm >= 0 && M(c, pm)->kind == MK_PLACE && E(c, pm) && E(c, pm)->country[0]) {
                o.place = pm;
            }
        }
    }
    /* "will not attend the inauguration of Bolivia's president-elect Rodrigo Paz": the one
     * sworn in (or buried, or crowned) is the other side of the attendance */
    if (k->type == T_ATTEND && k->form != F_NOUN && o.nobj == 0 && o.of < 0 && o.place < 0 &&
        o.dest < 0 && k->te + 3 < c->te) {
        uint32_t q = k->te + (is(d, k->te, "the") ? 1 : 0);
        if (q + 2 < c->te &&
            (is(d, q, "inauguration") || is(d, q, "funeral") || is(d, q, "coronation") ||
             is(d, q, "swearing-in") || is(d, q, "investiture")) &&
            is(d, q + 1, "of")) {
            uint32_t r = q + 2 + (is(d, q + 2, "the") ? 1 : 0);
            int pm = r < c->te ? ment_at(c, r) : -1;
            if (pm >= 0 && M(c, pm)->ts <= r && M(c, pm)->kind == MK_PERSON && E(c, pm) &&
                E(c, pm)->country[0] && !(M(c, pm)->flags & MF_PRON)) {
                o.obj[o.nobj++] = pm;
            }
        }
    }
    /* "Premier Li Qiang, with whom she held talks on Wednesday", "Li Qiang, whom she met":
     * the antecedent of "whom" is the partner */
    for (uint32_t q = k->cs; o.nobj == 0 && o.nwith == 0 && k->form != F_NOUN && q > c->tb + 2 &&
                             k->cs - q < 6;
         q--) {
        if (!is(d, q - 1, "whom")) {
            continue;
        }
        uint32_t w = q - 1 > c->tb + 1 && is(d, q - 2, "with") ? q - 2 : q - 1;
        int am = w > c->tb + 1 && d->toks[w - 1].p == ',' ? ment_at(c, w - 2) : -1;
        if (am >= 0 && is_party_kind(c, am) && !(M(c, am)->flags & (MF_ADJ | MF_POSS))) {
            o.with[o.nwith++] = am;
        }
        break;
    }
    /* "conferred with Putin by telephone", "will hold talks via video link": a meeting or
     * talks by a medium are a call */
    for (uint32_t q = k->ts + 1; (k->type == T_MEET || k->type == T_NEGOTIATE) &&
                                 k->form != F_NOUN && q < k->after + 8 && q < c->te &&
                                 !d->toks[q].p;
         q++) {
        /* (not past another verb phrase's contact: "met X and spoke over the phone with Y") */
        bool other = false;
        for (int o2 = 0; o2 < c->ncore && is(d, q, "and"); o2++) {
            other = other || (&c->cores[o2] != k && c->cores[o2].form != F_NOUN &&
                              c->cores[o2].cs > q && c->cores[o2].cs <= q + 2);
        }
        if (other) {
            break;
        }
        if (phone_tail(d, q, c->te)) {
            k->type = T_CALL;
        }
    }
    /* "held a telephone meeting with X", "a virtual summit", "video talks": a call */
    if ((k->type == T_MEET || k->type == T_NEGOTIATE) &&
        (k->form == F_NOUN || k->form == F_LIGHT) &&
        k->te >= c->tb + 2 && (k->form == F_NOUN ? k->ts > c->tb : k->te - 2 >= k->ts)) {
        uint32_t q = k->form == F_NOUN ? k->ts - 1 : k->te - 2;
        if (is(d, q, "telephone") || is(d, q, "phone") || is(d, q, "video") ||
            is(d, q, "virtual") || is(d, q, "online")) {
            k->type = T_CALL;
        }
    }
    k->rel_ts = o.rel_ts;
    k->rel_te = o.rel_te;
    bool happens = false;
    uint8_t pst = passive_decision(c, k, &o, &happens);
    /* "The summit, the first between the two leaders since 2019, will be held in
     * Pyongyang": the predicate after an appositive set off by commas */
    if (!pst && k->form == F_NOUN && k->te + 3 < c->te) {
        uint32_t c1 = k->te;
        while (c1 < c->te && c1 < k->te + 8 && !d->toks[c1].p) {
            c1++; /* (over "between A and B" before the comma) */
        }
        if (c1 + 2 < c->te && d->toks[c1].p == ',' &&
            (is(d, c1 + 1, "the") || is(d, c1 + 1, "their") || is(d, c1 + 1, "its") ||
             is(d, c1 + 1, "his") || is(d, c1 + 1, "her") || is(d, c1 + 1, "a"))) {
            uint32_t c2 = c1 + 2;
            while (c2 < c->te && c2 < c1 + 18 && d->toks[c2].p != ',' && d->toks[c2].p != '.') {
                c2++;
            }
            /* (the predicate's verb a few words on: "will be held", "were postponed") */
            for (uint32_t pe = c2 + 1; c2 + 1 < c->te && d->toks[c2].p == ',' && !pst &&
                                       pe < c->te && pe < c2 + 5 && !d->toks[pe].p;
                 pe++) {
                post o2 = o;
                o2.end = pe;
                bool h2 = false;
                uint8_t p2 = passive_decision(c, k, &o2, &h2);
                if (p2 && p2 != PASSIVE_DROP) {
                    pst = p2;
                    happens = h2;
                    o.end = o2.end;
                    /* (and the predicate's place: "will be held in Pyongyang") */
                    for (uint32_t q = pe; o.place < 0 && q + 1 < c->te && q < pe + 8 &&
                                          !d->toks[q].p;
                         q++) {
                        int pm = (is(d, q, "in") || is(d, q, "at")) ? ment_at(c, q + 1) : -1;
                        if (pm >= 0 && M(c, pm)->ts == q + 1 &&
                            (M(c, pm)->kind == MK_PLACE ||
                             (M(c, pm)->kind == MK_STATE && (M(c, pm)->flags & MF_LOCPP)))) {
                            o.place = pm;
                        }
                    }
                }
            }
        }
    }
    if (pst == PASSIVE_DROP) {
        return;
    }
    /* (a plan after the noun does not undo a decision on it: "has postponed his visit to
     * Athens, where he had been due to meet Gerapetritis") */
    if (pst == S_PLANNED && k->governed && k->status != S_OCCURRED && k->status != S_PLANNED &&
        k->status) {
        pst = 0;
    }
    if (pst) {
        k->status = pst;
        k->pass_tok = happens ? 0 : o.end;
    } else {
        uint32_t rat = 0;
        uint8_t rst = relative_decision(c, k, &o, &rat);
        /* (a plan in a relative clause does not undo a decision on the noun: "has postponed
         * his visit to Athens, where he had been due to meet Gerapetritis") */
        if (rst && !(rst == S_PLANNED && k->governed && k->status != S_OCCURRED &&
                     k->status != S_PLANNED)) {
            k->status = rst;
            k->pass_tok = rat;
        }
    }
    if (k->agent >= 0 && !k->vte && k->te > k->ts + 1 && k->te >= 2 &&
        (is(d, k->te - 2, "the") || is(d, k->te - 2, "this"))) {
        /* "send its minister to the meeting": the event named earlier in the article */
        uint32_t floor = c->si >= 3 ? d->sents[c->si - 3].tb : 0;
        for (size_t m = c->mb; m-- > 0;) {
            const px_ment *pm = &d->ments[m];
            if (pm->ts < floor) {
                break;
            }
            if (pm->kind == MK_PLACE && pm->ent >= 0 && px_streq(d->ents[pm->ent].code, "VENUE")) {
                k->vts = pm->ts;
                k->vte = pm->te;
                while (k->vts + 1 < k->vte && (is(d, k->vts, "the") || is(d, k->vts, "a"))) {
                    k->vts++;
                }
                break;
            }
        }
    }
    if (k->vte && !o.venue_te) {
        o.venue_ts = k->vts;
        o.venue_te = k->vte;
        if (o.place < 0 && k->dest >= 0) {
            o.place = k->dest;
        }
    }
    /* ("Foreign ministers of Egypt, Jordan, Saudi Arabia, Qatar and Turkey met") */
    int subj[MAX_SUBJ];
    /* a medium ("by phone") sets its clause: the words before it are that clause's */
    bool medium = k->setting && (is(d, k->ts, "by") || is(d, k->ts, "over") || is(d, k->ts, "via"));
    int ns = medium ? 0 : subject(c, k->since_verb ? k->since_verb : k->cs, subj, MAX_SUBJ);
    /* (not the ones invited: "has invited Tusk and Macron to Berlin for talks" is the
     * invitation, not talks of the two) */
    if (ns > 0 && k->form == F_NOUN && k->cs > c->tb &&
        (is(d, k->cs, "for") || is(d, k->cs - 1, "for")) &&
        M(c, subj[ns - 1])->ts > c->tb) {
        uint32_t v = M(c, subj[ns - 1])->ts - 1;
        if (is(d, v, "invited") || is(d, v, "invites") || is(d, v, "invite") ||
            is(d, v, "inviting")) {
            ns = 0;
        }
    }
    if (ns == 1 && M(c, subj[0])->kind == MK_GROUP) {
        int bp[4];
        int nb = body_people(c, M(c, subj[0])->te, bp, 4); /* ("The EU leaders") */
        for (int x = 0; x < nb; x++) {
            subj[x] = bp[x];
        }
        ns = nb ? nb : ns;
    }
    /* "European leaders, including Macron, Merz and Starmer, held a video call": the first
     * of a list after "including" is a subject too */
    if (ns > 0 && ns < MAX_SUBJ - 4) {
        int more[4], nm = 0;
        uint32_t s0 = M(c, subj[ns - 1])->ts;
        while (nm < 4 && s0 > c->tb + 2 && d->toks[s0 - 1].p == ',') {
            int pm = ment_at(c, s0 - 2);
            if (pm < 0 || M(c, pm)->te != s0 - 1 || M(c, pm)->kind != MK_PERSON ||
                (M(c, pm)->flags & (MF_POSS | MF_PRON | MF_ADJ))) {
                nm = 0;
                break;
            }
            more[nm++] = pm;
            s0 = M(c, pm)->ts;
            if (s0 > c->tb + 1 && is(d, s0 - 1, "including")) {
                break;
            }
        }
        if (nm > 0 && s0 > c->tb + 1 && is(d, s0 - 1, "including")) {
            for (int x = 0; x < nm; x++) {
                subj[ns++] = more[x];
            }
        }
    }
    /* "signed a peace deal at the White House in a ceremony hosted by Trump", "met at a
     * dinner hosted by Trump": the host of an event the clause's subjects were at hosts
     * them */
    bool event_host = false;
    if (k->type == T_HOST && k->form == F_VERB && (k->vflags & TRF_PAST) && o.by >= 0 &&
        k->ts > c->tb + 3 && M(c, o.by)->ts == k->te + 1 && is(d, k->te, "by")) {
        static const char *const ev[] = {"ceremony", "dinner", "reception", "banquet", "lunch",
                                         "luncheon", "breakfast", "gala", NULL};
        uint32_t g = k->ts - 1;
        /* (over the event's place: "at a ceremony in Washington hosted by Rubio") */
        int gpm = ment_at(c, g);
        if (gpm >= 0 && M(c, gpm)->ts > c->tb + 2 &&
            (M(c, gpm)->kind == MK_PLACE || M(c, gpm)->kind == MK_STATE) &&
            (is(d, M(c, gpm)->ts - 1, "in") || is(d, M(c, gpm)->ts - 1, "at"))) {
            g = M(c, gpm)->ts - 2;
        }
        bool ok = false;
        for (int x = 0; ev[x] && !ok; x++) {
            ok = is(d, g, ev[x]);
        }
        uint32_t a = g;
        while (ok && a > c->tb + 1 && g - a < 4 && !article_word(d, a - 1) &&
               (venue_adj(c, a - 1) || is(d, a - 1, "signing") || is(d, a - 1, "state") ||
                is(d, a - 1, "official"))) {
            a--;
        }
        ok = ok && a > c->tb + 1 &&
             (is(d, a - 1, "a") || is(d, a - 1, "an") || is(d, a - 1, "the")) &&
             (is(d, a - 2, "at") || is(d, a - 2, "in") || is(d, a - 2, "during"));
        int es[MAX_SUBJ];
        int ne = ok ? sentence_subject(c, a - 2, false, es, MAX_SUBJ) : 0;
        bool other = false; /* (not when the subjects already met the host in the clause) */
        for (int x = 0; x < ne; x++) {
            other = other || M(c, es[x])->ent == M(c, o.by)->ent;
        }
        if (ne > 0 && !other && ns == 0) {
            for (int x = 0; x < ne; x++) {
                subj[ns++] = es[ne - 1 - x]; /* (right to left, as subject() gives them) */
            }
            event_host = true;
        }
    }
    /* "Xi sent Wang Yi to Washington on Monday, where he met Rubio": the pronoun of a
     * where-clause after the place one was sent to is the one sent */
    if (ns == 1 && (M(c, subj[0])->flags & MF_PRON) && M(c, subj[0])->ts > c->tb + 1 &&
        is(d, M(c, subj[0])->ts - 1, "where") && d->toks[M(c, subj[0])->ts - 2].p == ',') {
        for (int o2 = 0; o2 < c->ncore; o2++) {
            const core *sk = &c->cores[o2];
            if (sk != k && sk->delegate && sk->agent >= 0 && sk->te <= M(c, subj[0])->ts &&
                M(c, sk->agent)->kind == MK_PERSON) {
                subj[0] = sk->agent;
            }
        }
    }
    /* "Ruto will meet Xi in Beijing on Monday, his first visit to China": a noun phrase
     * after a comma that opens with a possessive pronoun is that person's (not the nearest
     * party before the comma's) */
    for (int a = 0; k->form == F_NOUN && ns > 0 && a < k->nadj; a++) {
        const px_ment *am = M(c, k->adj[a]);
        if ((am->flags & MF_PRON) && (am->flags & MF_POSS) && am->kind == MK_PERSON &&
            am->ent >= 0 && am->ts > c->tb && d->toks[am->ts - 1].p == ',' &&
            M(c, subj[0])->ent != am->ent) {
            subj[0] = k->adj[a];
            ns = 1;
        }
    }
    /* participle clause: "Before leaving for Beijing, President Bush ..." (also a light
     * verb's: "flew home after holding talks with Rutte") */
    if (ns == 0 && ((k->vflags & TRF_ING) || (k->form == F_LIGHT && ing_word(d, k->ts))) &&
        k->cs > c->tb &&
        (is(d, k->cs - 1, "before") || is(d, k->cs - 1, "after") || is(d, k->cs - 1, "while"))) {
        /* "Macron spoke to reporters after meeting Netanyahu": a participle clause after
         * the main clause has the sentence's subject */
        uint32_t pre = k->cs - 1;
        /* (a time opening the sentence, "On Tuesday, after meeting X, ..."; not the main
         * clause's own: "Rubio left on Tuesday after meeting Netanyahu") */
        uint32_t s0 = c->tb;
        while (s0 < pre && (d->toks[s0].flags & TF_DATELINE)) {
            s0++;
        }
        bool fronted = pre == c->tb || (d->toks[pre - 1].flags & TF_DATELINE) ||
                       (in_timex(c, pre - 1, NULL) && in_timex(c, s0, NULL));
        if (!fronted) {
            ns = participle_subject(c, pre, subj, MAX_SUBJ);
        }
        for (uint32_t i = o.end; ns == 0 && i < c->te; i++) {
            int m = ment_at(c, i);
            if (m >= 0 && is_party_kind(c, m) && !(M(c, m)->flags & (MF_ADJ | MF_LOCPP))) {
                subj[0] = m;
                ns = 1;
                /* "After meeting Xi, Trump said ...": the one who met is no mere speaker */
                c->speaker[m] = false;
                break;
            }
        }
    }
    /* "Last month marked 40 years since Reagan and Gorbachev met in Reykjavik": an
     * anniversary recalls a contact, it reports none */
    if (ns > 0 && k->form == F_VERB && k->status == S_OCCURRED) {
        uint32_t s0 = M(c, subj[0])->ts;
        for (int x = 1; x < ns; x++) {
            s0 = M(c, subj[x])->ts < s0 ? M(c, subj[x])->ts : s0;
        }
        if (anniversary_at(c, s0)) {
            return;
        }
        /* (also in a where-clause of the gathering remembered: "marked the anniversary of
         * the 1985 Geneva summit, where Gorbachev first met Reagan") */
        for (int n = 0; n < 2 && s0 > c->tb + 2 && !is(d, s0 - 1, "where") &&
                        (d->toks[s0 - 1].flags & TF_CAP);
             n++) {
            s0--; /* (over a demonym: "Soviet leader") */
        }
        for (uint32_t q = s0 >= c->tb + 2 && is(d, s0 - 1, "where") && d->toks[s0 - 2].p == ','
                              ? s0 - 2
                              : c->tb;
             q > c->tb + 1 && s0 - q < 12 &&
             (!d->toks[q - 1].p || (d->toks[q - 1].flags & TF_HYPH)); /* ("Asian-African") */
             q--) {
            if (anniversary_at(c, q)) {
                return;
            }
        }
    }
    /* "Thursday marked 49 years since Anwar Sadat's historic visit to Jerusalem", "the
     * anniversary of Nixon's visit to China": the same for a noun */
    if (k->form == F_NOUN && k->status == S_OCCURRED) {
        uint32_t p = k->ts;
        while (p > c->tb + 1 && k->ts - p < 8 && !d->toks[p - 1].p && !is(d, p - 1, "since") &&
               !is(d, p - 1, "of")) {
            int pm = ment_at(c, p - 1);
            p = pm >= 0 ? M(c, pm)->ts : p - 1;
        }
        if (anniversary_at(c, p)) {
            return;
        }
    }
    /* "Dozens of leaders attended the summit in Sharm el-Sheikh, including Britain's Keir
     * Starmer and France's Emmanuel Macron", "More than 20 leaders are attending, including
     * ...": the ones named attend */
    bool generic = ns == 0 || (ns == 1 && M(c, subj[0])->kind == MK_GROUP &&
                               (d->toks[M(c, subj[0])->te - 1].flags & TF_ALPHA) &&
                               !(d->toks[M(c, subj[0])->te - 1].flags & TF_CAP));
    for (uint32_t q = k->te; generic && k->type == T_ATTEND && q + 2 < c->te; q++) {
        if (d->toks[q].p == ',' && is(d, q + 1, "including")) {
            uint32_t r = q + 2;
            int pm = ment_at(c, r);
            if (pm >= 0 && (M(c, pm)->flags & MF_POSS) && M(c, pm)->kind == MK_STATE) {
                r = M(c, pm)->te + (is(d, M(c, pm)->te, "'s") ? 1 : 0);
                pm = r < c->te ? ment_at(c, r) : -1;
            }
            if (pm >= 0 && M(c, pm)->kind == MK_PERSON && !(M(c, pm)->flags & MF_PRON)) {
                ns = coord_right(c, pm, subj, MAX_SUBJ);
            }
            generic = false;
            break;
        }
        if (d->toks[q].p && d->toks[q].p != ',' && d->toks[q].p != '-') {
            break;
        }
    }
    /* "Kast will make his first foreign trip next week, travelling to Buenos Aires": a
     * participle of travel after a comma has the main clause's subject */
    if (ns == 0 && k->form == F_MOTION && (k->vflags & TRF_ING) && k->cs == k->ts &&
        k->cs > c->tb + 2 && d->toks[k->cs - 1].p == ',') {
        ns = participle_subject(c, k->cs - 1, subj, MAX_SUBJ);
    }
    /* (also after the main clause's time: "left the country on Sunday heading to the
     * Sultanate of Oman") */
    if (ns == 0 && k->form == F_MOTION && (k->vflags & TRF_ING) && k->ts > c->tb + 3 &&
        in_timex(c, k->ts - 1, NULL) && in_timex(c, k->cs, NULL)) {
        uint32_t t0 = k->ts - 1;
        while (t0 > c->tb && in_timex(c, t0 - 1, NULL)) {
            t0--;
        }
        if (t0 > c->tb + 2 && !d->toks[t0 - 1].p && !(d->toks[t0 - 1].flags & TF_DATELINE)) {
            ns = participle_subject(c, t0, subj, MAX_SUBJ);
        }
    }
    /* "Milei has snubbed Lula once again, turning down the Brazilian leader's invitation to
     * a meeting": a deciding participle after a comma has the main clause's subject */
    if (ns == 0 && k->cs > c->tb + 2 && k->cs < k->ts && d->toks[k->cs - 1].p == ',' &&
        ing_word(d, k->cs) && trig(d, k->cs, c->te, TR_DECIDE_V, NULL)) {
        ns = participle_subject(c, k->cs - 1, subj, MAX_SUBJ);
    }
    /* "Hosting King Felipe VI on Wednesday, Macron said ...": a participle opening the
     * sentence has the main clause's subject, the first party after a comma */
    /* (also a deciding participle: "Refusing to meet a US envoy, Tiani received ...") */
    if (ns == 0 && ((k->form == F_VERB && (k->vflags & TRF_ING) && k->ts == c->tb) ||
                    (k->cs == c->tb && k->cs < k->ts && d->toks[c->tb].klen > 4 &&
                     strcmp(px_tkey(d, c->tb) + d->toks[c->tb].klen - 3, "ing") == 0))) {
        for (uint32_t i = o.end; ns == 0 && i < c->te; i++) {
            int m = ment_at(c, i);
            if (m >= 0 && is_party_kind(c, m) && !(M(c, m)->flags & (MF_ADJ | MF_LOCPP | MF_POSS)) &&
                i > c->tb && d->toks[i - 1].p == ',') {
                subj[0] = m;
                ns = 1;
                c->speaker[m] = false;
            }
        }
    }
    /* "Having met Xi on the sidelines of the APEC summit, Prabowo flew to Tokyo": a
     * perfect participle opening the sentence has the main clause's subject */
    if (ns == 0 && k->form == F_VERB && (k->vflags & (TRF_PAST | TRF_PPART))) {
        uint32_t h = k->ts;
        while (h > c->tb && !is(d, h - 1, "having") && k->ts - h < 3 && adverb_ly(d, h - 1)) {
            h--;
        }
        uint32_t s0 = c->tb;
        while (s0 < h && (d->toks[s0].flags & TF_DATELINE)) {
            s0++;
        }
        if (h > c->tb && is(d, h - 1, "having") && h - 1 == s0) {
            for (uint32_t i = o.end; ns == 0 && i < c->te; i++) {
                int m = ment_at(c, i);
                if (m >= 0 && is_party_kind(c, m) && !(M(c, m)->flags & (MF_ADJ | MF_LOCPP)) &&
                    i > c->tb && d->toks[i - 1].p == ',') {
                    subj[0] = m;
                    ns = 1;
                }
            }
        }
    }
    /* "Macron visited Beijing, meeting Xi": a participle after a comma has the clause's
     * subject */
    /* (also a light verb's: "paid a visit to Finland, holding talks with Orpo") */
    /* (and a reduced passive's, its guest: "arrived at the White House on Tuesday, greeted
     * by President Donald Trump") */
    if (ns == 0 && (((k->vflags & TRF_ING) && k->form == F_VERB) ||
                    (k->form == F_LIGHT && ing_word(d, k->ts)) ||
                    (k->form == F_VERB && k->type == T_HOST && passive_at(d, c->tb, k->ts) &&
                     is(d, k->te, "by"))) &&
        k->cs == k->ts && k->cs > c->tb + 1 && d->toks[k->cs - 1].p == ',') {
        ns = participle_subject(c, k->cs - 1, subj, MAX_SUBJ);
        /* (and the main clause's future: "will travel to the Gulf this week, visiting Saudi
         * Arabia, Qatar and the United Arab Emirates") */
        bool fut = false;
        for (uint32_t r = c->tb; ns > 0 && r + 1 < k->cs && !fut; r++) {
            if (d->toks[r].flags & (TF_QOPEN | TF_QCLOSE)) {
                break;
            }
            fut = (is(d, r, "will") || is(d, r, "'ll")) && r >= M(c, subj[0])->te;
        }
        if (fut && (k->vflags & TRF_ING) && k->status == S_OCCURRED) {
            k->status = S_PLANNED;
        }
    }
    /* "Albares met Mustafa in Ramallah, having held talks with Saar the previous day" */
    if (ns == 0 && k->ts > c->tb + 2 && is(d, k->ts - 1, "having") && d->toks[k->ts - 2].p == ',') {
        ns = participle_subject(c, k->ts - 2, subj, MAX_SUBJ);
    }
    /* "X met Y on Thursday and urged Z to ...": a verb phrase coordinated with an earlier
     * one has its subject */
    /* (a list of verb phrases joined by commas before the last "and": "held talks with A,
     * met B and spoke over the phone with C") */
    bool vlist = false;
    if (k->cs > c->tb && d->toks[k->cs - 1].p == ',' && k->form == F_VERB) {
        for (int o3 = 0; o3 < c->ncore && !vlist; o3++) {
            const core *nk = &c->cores[o3];
            vlist = nk != k && nk->form != F_NOUN && nk->cs > k->te && nk->cs < k->te + 16 &&
                    is(d, nk->cs - 1, "and");
        }
    }
    if (k->cs > c->tb && (is(d, k->cs - 1, "and") || is(d, k->cs - 1, "but") || vlist)) {
        for (int o2 = 0; o2 < c->ncore; o2++) {
            const core *pk = &c->cores[o2];
            /* (also when the "subject" found is that verb's object: "Lula met Li Qiang and
             * will travel to Shanghai"; and after a verb phrase that is no contact itself:
             * "have spoken several times by phone, but have not met this year") */
            if (pk != k && (!pk->drop || is(d, k->cs - 1, "but")) && pk->form != F_NOUN &&
                pk->te < k->cs &&
                k->cs - pk->te < 32 && (ns == 0 || M(c, subj[0])->ts >= pk->te)) {
                ns = subject(c, pk->cs, subj, MAX_SUBJ);
            }
        }
    }
    /* "Modi and Trump have spoken several times by phone, but have not met": a second
     * verb phrase of the sentence's subject */
    /* (a headline joins them with a comma: "IAEA's Grossi visits Tehran, meets Araqchi";
     * over "then" and a time set off by commas: "addressed a gathering of workers and then,
     * on Tuesday, held talks with Takaichi") */
    uint32_t acs = k->cs;
    if (ns == 0 && acs > c->tb + 4 && d->toks[acs - 1].p == ',' && in_timex(c, acs - 2, NULL)) {
        uint32_t q = acs - 2;
        while (q > c->tb && in_timex(c, q - 1, NULL)) {
            q--;
        }
        if (q > c->tb + 1 && d->toks[q - 1].p == ',') {
            acs = q - 1;
        }
    }
    if (ns == 0 && acs > c->tb + 2 && (is(d, acs - 1, "then") || is(d, acs - 1, "later")) &&
        (is(d, acs - 2, "and") || is(d, acs - 2, "but"))) {
        acs--;
    }
    if (ns == 0 && acs > c->tb + 2 &&
        (is(d, acs - 1, "but") || is(d, acs - 1, "and") ||
         (d->toks[acs - 1].p == ',' && k->form == F_VERB && (k->vflags & TRF_3SG) &&
          headline_sent(c)))) {
        uint32_t b = c->tb;
        while (b < acs && (d->toks[b].flags & TF_DATELINE)) {
            b++;
        }
        int m0 = ment_at(c, b);
        /* (over a body's or state's possessive: "IAEA's Grossi") */
        if (m0 >= 0 && (M(c, m0)->flags & MF_POSS) && M(c, m0)->kind != MK_PERSON) {
            uint32_t a = M(c, m0)->te;
            if (a < acs && is(d, a, "'s")) {
                a++;
            }
            int m1 = a < acs ? ment_at(c, a) : -1;
            if (m1 >= 0 && M(c, m1)->ts == a && M(c, m1)->kind == MK_PERSON) {
                m0 = m1;
            }
        }
        if (m0 >= 0 && is_party_kind(c, m0) && !(M(c, m0)->flags & (MF_ADJ | MF_POSS))) {
            int co[4];
            int nco = coord_right(c, m0, co, 4);
            uint32_t x = M(c, co[nco - 1])->te;
            if (x + 1 < acs && d->toks[x].p == ',' && (M(c, co[nco - 1])->flags & MF_PLURAL) == 0) {
                x++; /* ("A, Pashinyan, and B, Aliyev, met ...": over the appositive's comma) */
            }
            if (x < acs && (d->toks[x].flags & TF_ALPHA) && !(d->toks[x].flags & TF_CAP) &&
                !cue1(d, x, CUE_LOCPREP) && !is(d, x, "of") && !is(d, x, "and") &&
                !is(d, x, "'s")) {
                ns = subject(c, x, subj, MAX_SUBJ);
            }
        }
    }
    if (ns == 0) {
        ns = passive_attend(c, k, &o, subj, MAX_SUBJ);
    }
    if (ns == 0) {
        ns = group_subject(c, k->cs, subj, MAX_SUBJ);
    }
    if (ns == 0) {
        ns = delegation_subject(c, k->cs, subj, MAX_SUBJ);
    }
    /* "wrapped up a two-day visit to the Dominican Republic without securing a meeting with
     * President Luis Abinader": the one who failed is the sentence's subject */
    for (uint32_t w = k->ts; ns == 0 && k->form == F_NOUN && k->neg && w > c->tb + 1 &&
                             k->ts - w < 4;
         w--) {
        if (is(d, w - 2, "without") && ing_word(d, w - 1)) {
            int ws[4];
            int nw = sentence_subject(c, w - 2, false, ws, 4);
            for (int x = nw - 1; x >= 0 && ns < MAX_SUBJ; x--) {
                subj[ns++] = ws[x];
            }
            break;
        }
    }
    /* "will leave on Thursday for a state visit to Chile", "left on Monday on an official
     * visit to": the one who departs makes the visit */
    uint32_t dv = ns == 0 ? departure_before(c, k) : 0;
    while (dv > c->tb + 1 && (cue1(d, dv - 1, CUE_AUX) || finite_aux(d, dv - 1) ||
                              is(d, dv - 1, "to") || is(d, dv - 1, "due"))) {
        dv--; /* (the chain's start: "will leave", "is due to leave") */
    }
    if (dv) {
        ns = subject(c, dv, subj, MAX_SUBJ);
    }
    /* "sent a letter to Kim Jong Un proposing talks": the sender proposes, the one written
     * to is the partner */
    if (ns == 0 && k->form == F_NOUN && k->dec_tok > (int)c->tb + 4 &&
        ing_word(d, (uint32_t)k->dec_tok) && o.nwith == 0 && o.nobj == 0 && k->owner < 0 &&
        o.nbetw == 0) {
        int xm = ment_at(c, (uint32_t)k->dec_tok - 1);
        uint32_t xs = xm >= 0 ? M(c, xm)->ts : 0;
        if (xm >= 0 && M(c, xm)->te == (uint32_t)k->dec_tok && is_party_kind(c, xm) &&
            !(M(c, xm)->flags & (MF_PRON | MF_ADJ)) && xs > c->tb + 3 && is(d, xs - 1, "to") &&
            (is(d, xs - 2, "letter") || is(d, xs - 2, "message") || is(d, xs - 2, "note"))) {
            uint32_t v = xs - 3;
            while (v > c->tb && xs - v < 6 && !(is(d, v, "sent") || is(d, v, "sends") ||
                                                is(d, v, "wrote") || is(d, v, "writes") ||
                                                is(d, v, "delivered") || is(d, v, "addressed"))) {
                v--;
            }
            if (v > c->tb && xs - v < 6) {
                ns = subject(c, v, subj, MAX_SUBJ);
            }
            if (ns > 0 && o.nwith < POST_MAX) {
                o.with[o.nwith++] = xm;
            }
        }
    }
    /* (a noun too when it opens the quotation: "'Excellent meeting with my brother
     * President Mohamed bin Zayed today,' Sharif wrote") */
    bool qnoun = false;
    for (uint32_t q = k->ts; k->form == F_NOUN && q > c->tb && q + 4 > k->ts; q--) {
        if (d->toks[q - 1].flags & TF_QOPEN) {
            qnoun = true;
            break;
        }
        if (ment_at(c, q - 1) >= 0 || d->toks[q - 1].p) {
            break;
        }
    }
    /* (not a meeting of two others: "'The meeting between Putin and Trump in Alaska
     * changed nothing,' Goncharenko told a conference") */
    if (ns == 0 && (k->form != F_NOUN || (qnoun && o.nbetw < 2))) {
        int qs = quote_speaker(c, k->cs);
        if (qs >= 0) {
            subj[ns++] = qs;
            c->speaker[qs] = false;
        }
    }
    /* pronoun "their" before a noun: its owners are the subject's coordination */
    plist P = {{0}, {0}, 0};
    px_frame f;
    memset(&f, 0, sizeof f);
    f.loc_ment = -1;
    f.type = k->type;
    f.status = k->status;
    f.dec_class = k->dec;
    f.sent = c->si;
    f.rule = k->rule;
    f.trig_ts = k->dec_tok >= 0 && (uint32_t)k->dec_tok < k->ts ? (uint32_t)k->dec_tok : k->ts;
    f.trig_te = k->te;
    f.core_ts = k->ts;
    f.core_te = k->te;
    f.conf = 0.8f;
    bool mediation = k->type == T_MEDIATE;
    /* "U.S.-brokered talks", "Qatari-mediated talks": the state before the hyphen is the
     * go-between */
    int hyph_medi = -1;
    if (k->form == F_NOUN && k->ts > c->tb + 2 &&
        (go_between_word(d, k->ts - 1) || (k->type == T_NEGOTIATE && host_word(d, k->ts - 1)))) {
        uint32_t q = k->ts - 2;
        int hm = (d->toks[q].flags & TF_HYPH) || is(d, q, "-") ? ment_at(c, q - 1) : -1;
        if (hm >= 0 && (M(c, hm)->kind == MK_STATE || M(c, hm)->kind == MK_ORG)) {
            if (ns == 0) {
                mediation = true;
                subj[ns++] = hm;
            } else {
                hyph_medi = hm; /* "Israel and Hamas resumed U.S.-brokered talks" */
            }
        }
    }
    /* "spoke by phone with Xi on Monday, weeks after their meeting in Busan in October":
     * "their" before a contact noun after "after", "since" or "before" is the pair of the
     * contact just reported, in another contact of theirs */
    bool their_pair = false;
    if (k->form == F_NOUN && ns == 0 && k->ts > c->tb + 2) {
        uint32_t q = k->ts - 1;
        /* (over adjectives and a seat's name too: "since their tense White House meeting in
         * October") */
        bool their = false;
        for (uint32_t r = q; r > c->tb && k->ts - r < 7 && !their; r--) {
            their = d->toks[r].klen == 5 && is(d, r, "their");
        }
        while (their && q > c->tb + 1 && k->ts - q < 6 && !is(d, q, "their") &&
               (is(d, q, "first") || is(d, q, "last") || is(d, q, "previous") ||
                is(d, q, "recent") || is(d, q, "latest") ||
                ((d->toks[q].flags & TF_ALPHA) && !(d->toks[q].flags & TF_CAP) &&
                 ment_at(c, q) < 0 && !cue1(d, q, CUE_CLAUSE) && !is(d, q, "the") &&
                 !is(d, q, "a") && !is(d, q, "an") && !is(d, q, "and")) ||
                (ment_at(c, q) >= 0 && M(c, ment_at(c, q))->kind != MK_PERSON &&
                 M(c, ment_at(c, q))->kind != MK_STATE && M(c, ment_at(c, q))->kind != MK_GROUP))) {
            q--;
        }
        if (is(d, q, "their") && q > c->tb &&
            (is(d, q - 1, "after") || is(d, q - 1, "since") || is(d, q - 1, "before") ||
             is(d, q - 1, "following"))) {
            for (size_t x = d->nframe; x-- > 0;) {
                const px_frame *pf = &d->frames[x];
                if (pf->sent + 1 < c->si) {
                    break;
                }
                /* (a contact of two parties, not a trip: "Erdogan received Orban, who
                 * arrived in Ankara ... after their talks" is Erdogan's and Orban's) */
                if (pf->nparties < 2 || pf->type == T_ATTEND || pf->type == T_VISIT) {
                    continue;
                }
                /* (the first-named last, as a coordinated subject is kept) */
                for (int r = pf->nparties; r-- > 0 && ns < MAX_SUBJ;) {
                    if (pf->parties[r].role == R_SOURCE || pf->parties[r].role == R_TARGET) {
                        const px_ment src = d->ments[pf->parties[r].ment];
                        int gm = group_ment(c, q, q + 1, &src);
                        if (gm >= 0) {
                            subj[ns++] = gm;
                        }
                    }
                }
                their_pair = ns >= 2;
                if (their_pair) {
                    /* (a contact of its own, which no other restates) */
                    k->rule = "contact_noun_their";
                    f.rule = k->rule;
                }
                break;
            }
        }
    }
    for (uint32_t q = k->ts + 3; k->form == F_LIGHT && q < k->te; q++) {
        /* "A and B held Turkish-brokered talks" (also hosted talks, and a trip for them:
         * "arrived in Istanbul for Turkish-hosted talks") */
        int hm = (go_between_word(d, q) || (k->type == T_NEGOTIATE && host_word(d, q))) &&
                         ((d->toks[q - 1].flags & TF_HYPH) || is(d, q - 1, "-"))
                     ? ment_at(c, q - 2)
                     : -1;
        if (hm >= 0 && (M(c, hm)->kind == MK_STATE || M(c, hm)->kind == MK_ORG)) {
            hyph_medi = hm;
        }
    }
    /* "met an Israeli delegation in Paris on Thursday in U.S.-mediated talks": the talks
     * after "in" restate the verb's contact, their go-between its mediator (so do talks
     * after "for": "met in Washington for U.S.-brokered talks") */
    bool talk_verb = k->form == F_VERB && (k->type == T_MEET || k->type == T_NEGOTIATE);
    for (uint32_t q = k->te + 3; talk_verb && hyph_medi < 0 && q + 1 < c->te &&
                                 q < k->te + 20 && d->toks[q].p != ';';
         q++) {
        int hm = go_between_word(d, q) && ((d->toks[q - 1].flags & TF_HYPH) || is(d, q - 1, "-"))
                     ? ment_at(c, q - 2)
                     : -1;
        uint32_t a = hm >= 0 ? M(c, hm)->ts : 0;
        if (a > c->tb && (is(d, a - 1, "a") || is(d, a - 1, "the"))) {
            a--;
        }
        /* (also a state read as the place after "in": "in U.S.-mediated talks") */
        if (hm >= 0 &&
            (M(c, hm)->kind == MK_STATE || M(c, hm)->kind == MK_ORG ||
             (M(c, hm)->kind == MK_PLACE && E(c, hm) && px_streq(E(c, hm)->code, "COUNTRY"))) &&
            a > c->tb && (is(d, a - 1, "in") || is(d, a - 1, "for")) &&
            trig(d, q + 1, c->te, TR_CONTACT_N, NULL)) {
            hyph_medi = hm;
        }
    }
    if (mediation && ns == 0 && k->ts > c->tb + 1) {
        uint32_t q = k->ts - 1;
        if ((d->toks[q].flags & TF_HYPH) || is(d, q, "-")) {
            int hm = ment_at(c, q - 1);
            if (hm >= 0 && (M(c, hm)->kind == MK_STATE || M(c, hm)->kind == MK_ORG)) {
                subj[ns++] = hm;
            }
        }
    }
    int nadj = 0;
    int adjm[4];
    int pron = -1;
    for (int a = 0; a < k->nadj; a++) {
        const px_ment *am = M(c, k->adj[a]);
        if (am->flags & MF_PRON) {
            pron = k->adj[a];
            continue;
        }
        /* (a seat of one of the pair is where they met, no third party: "since their White
         * House meeting in October") */
        uint32_t sl = 0;
        uint32_t st0 = am->ts + (is(d, am->ts, "the") ? 1 : 0);
        if (ns >= 2 && st0 < am->te && px_match_kind(d, st0, K_METONYM, &sl) &&
            st0 + sl == am->te && E(c, k->adj[a])) {
            bool theirs = false;
            for (int x = 0; x < ns && !theirs; x++) {
                theirs = E(c, subj[x]) &&
                         px_streq(E(c, subj[x])->country, E(c, k->adj[a])->country);
            }
            if (theirs) {
                continue;
            }
        }
        adjm[nadj++] = k->adj[a];
    }
    /* "Starmer in Washington for Trump talks": a bare name before the noun is its partner,
     * as after "with" */
    bool purpose = px_streq(k->rule, "motion_verb+purpose");
    if (nadj == 1 && (k->form == F_NOUN || purpose) && !k->inv_noun && o.nwith == 0 &&
        M(c, adjm[0])->kind == MK_PERSON && (M(c, adjm[0])->te == k->ts || purpose) &&
        !(M(c, adjm[0])->flags & (MF_POSS | MF_ADJ | MF_PRON)) && o.nwith < POST_MAX) {
        o.with[o.nwith++] = adjm[0];
        nadj = 0;
    }
    /* "Putin said his meeting with Trump was constructive": a possessive pronoun that
     * names a person is the contact's own party when nothing else is */
    if (pron >= 0 && k->form == F_NOUN && !k->setting && ns == 0 && nadj == 0 &&
        k->owner < 0 && (M(c, pron)->flags & MF_POSS) && M(c, pron)->kind == MK_PERSON &&
        E(c, pron)) {
        subj[ns++] = pron;
    }
    int owner = k->owner;
    /* "Putin received a phone call from Macron": the caller is the source, the one who
     * received it the target (so too "received a courtesy call / a visit from X") */
    uint32_t rcv = k->cs; /* (over an adjective: "received a courtesy visit from") */
    while (rcv > c->tb + 1 && k->cs - rcv < 3 &&
           (is(d, rcv - 1, "courtesy") || is(d, rcv - 1, "a") || is(d, rcv - 1, "an"))) {
        rcv--;
    }
    /* (a verb chain before it: "will receive a state visit by King Philippe", "is due to
     * receive a call from") */
    uint32_t rchain = 0;
    if (rcv > c->tb + 1 && (is(d, rcv - 1, "receive") || is(d, rcv - 1, "take"))) {
        rchain = rcv - 1;
        while (rchain > c->tb && rcv - rchain < 8 && (chain_skip(c, rchain - 1) ||
               is(d, rchain - 1, "will") || is(d, rchain - 1, "would") ||
               is(d, rchain - 1, "'ll") || is(d, rchain - 1, "to") || is(d, rchain - 1, "due") ||
               is(d, rchain - 1, "expected") || is(d, rchain - 1, "set") ||
               is(d, rchain - 1, "scheduled") || is(d, rchain - 1, "likely"))) {
            rchain--;
        }
    }
    if (k->form == F_NOUN && (k->type == T_CALL || k->type == T_VISIT) && ns == 0 &&
        o.by >= 0 && o.nobj == 0 && rcv > c->tb &&
        (is(d, rcv - 1, "received") || is(d, rcv - 1, "receives") || rchain ||
         is(d, rcv - 1, "took") || is(d, rcv - 1, "answered") || is(d, rcv - 1, "got"))) {
        int rs[4];
        int nr = subject(c, rchain ? rchain : rcv - 1, rs, 4);
        for (int x = nr - 1; x >= 0 && o.nobj < POST_MAX; x--) {
            o.obj[o.nobj++] = rs[x];
        }
    }
    /* "refused to take Netanyahu's calls", "returned Macron's call": the possessor of a
     * call taken, returned or answered is the caller (not the one who takes it, nor a
     * possessive pronoun that is the subject's own: "took his call") */
    if (k->form == F_LIGHT && k->type == T_CALL && o.by < 0 && o.nobj == 0 && o.nwith == 0 &&
        (is(d, k->ts, "take") || is(d, k->ts, "takes") || is(d, k->ts, "took") ||
         is(d, k->ts, "taken") || is(d, k->ts, "taking") || is(d, k->ts, "return") ||
         is(d, k->ts, "returns") || is(d, k->ts, "returned") || is(d, k->ts, "returning") ||
         is(d, k->ts, "answer") || is(d, k->ts, "answers") || is(d, k->ts, "answered") ||
         is(d, k->ts, "answering"))) {
        for (uint32_t q = k->ts + 1; q + 1 < k->te; q++) {
            int pm = ment_at(c, q);
            if (pm < 0 || M(c, pm)->ts != q || !(M(c, pm)->flags & MF_POSS) ||
                M(c, pm)->kind != MK_PERSON || !E(c, pm)) {
                continue;
            }
            bool own = false;
            for (int s = 0; s < ns; s++) {
                own = own || M(c, subj[s])->ent == M(c, pm)->ent;
            }
            if (!own) {
                o.by = pm;
            }
            break;
        }
    }
    /* "Anwar said on Thursday after receiving a phone call from Modi", "After receiving a
     * call from Modi, Anwar said": the one who received it is the participle's subject */
    if (k->form == F_NOUN && k->type == T_CALL && ns == 0 && o.by >= 0 && o.nobj == 0 &&
        rcv > c->tb + 1 && is(d, rcv - 1, "receiving") &&
        (is(d, rcv - 2, "after") || is(d, rcv - 2, "before") || is(d, rcv - 2, "upon") ||
         is(d, rcv - 2, "while"))) {
        uint32_t pre = rcv - 2;
        int rs[4];
        int nr = pre > c->tb && !(d->toks[pre - 1].flags & TF_DATELINE)
                     ? participle_subject(c, pre, rs, 4)
                     : 0;
        for (int x = nr - 1; x >= 0 && o.nobj < POST_MAX; x--) {
            o.obj[o.nobj++] = rs[x];
        }
        for (uint32_t i = o.end; nr == 0 && i < c->te; i++) {
            int m = ment_at(c, i);
            if (m >= 0 && is_party_kind(c, m) && !(M(c, m)->flags & (MF_ADJ | MF_LOCPP)) &&
                d->toks[i - 1].p == ',') {
                o.obj[o.nobj++] = m;
                c->speaker[m] = false;
                nr = 1;
            }
        }
    }
    /* "Fidan said a meeting with Lavrov would be held in Ankara", "The ministers announced
     * that a trilateral meeting with their Turkish counterpart would be held": a contact
     * noun with only a partner that opens a reported clause is the reporter's own (not a
     * spokesman's) */
    /* "told his Greek counterpart that a planned visit to Athens would go ahead": the one
     * told is no subject of the noun that opens the reported clause */
    if (ns == 1 && k->form == F_NOUN && !k->setting && M(c, subj[0])->te + 1 < k->ts &&
        is(d, M(c, subj[0])->te, "that") && k->cs <= M(c, subj[0])->te + 3) {
        uint32_t tq = M(c, subj[0])->ts;
        int pm2 = tq > c->tb ? ment_at(c, tq - 1) : -1;
        if (pm2 >= 0 && (M(c, pm2)->flags & MF_PRON) && (M(c, pm2)->flags & MF_POSS)) {
            tq = M(c, pm2)->ts;
        }
        if (tq > c->tb + 1 && (is(d, tq - 1, "told") || is(d, tq - 1, "tells") ||
                               is(d, tq - 1, "assured") || is(d, tq - 1, "informed"))) {
            ns = 0;
        }
    }
    /* (so is a visit with only its destination: "Erdogan said a planned visit to Athens
     * would go ahead") */
    bool dest_only = k->type == T_VISIT && o.nwith == 0 && o.dest >= 0 &&
                     M(c, o.dest)->ts == k->te + 1 && is(d, k->te, "to");
    if (ns == 0 && k->form == F_NOUN && !k->setting && (o.nwith > 0 || dest_only) &&
        o.nbetw == 0 && nadj == 0 && owner < 0 && o.by < 0 && o.nobj == 0) {
        uint32_t q = k->cs;
        while (q > c->tb && k->cs - q < 4 &&
               (is(d, q - 1, "a") || is(d, q - 1, "an") || is(d, q - 1, "the") ||
                venue_adj(c, q - 1))) {
            q--;
        }
        if (q > c->tb && is(d, q - 1, "that")) {
            q--;
            while (q > c->tb + 1 && in_timex(c, q - 1, NULL)) {
                q--; /* ("said on Monday that") */
            }
        }
        /* (only of a contact still to come: "would be held", "will take place") */
        bool ahead = false;
        for (uint32_t a = k->te; a < c->te && a < k->te + 14 && !ahead &&
                                 d->toks[a].p != '.' && d->toks[a].p != ';';
             a++) {
            ahead = is(d, a, "will") || is(d, a, "would") || is(d, a, "scheduled") ||
                    is(d, a, "expected") || is(d, a, "due") || is(d, a, "planned");
            /* (or a plan called off: "Trump said a summit with Putin in Budapest was off
             * the table", "... was cancelled") */
            const px_entry *cdv = a > k->te && be_form(d, a - 1) ? trig(d, a, c->te, TR_DECIDE_V, NULL)
                                                                : NULL;
            ahead = ahead || (cdv && (cdv->b == S_CANCELLED || cdv->b == S_POSTPONED)) ||
                    (a > k->te && be_form(d, a - 1) && is(d, a, "off") &&
                     (a + 1 >= c->te || d->toks[a + 1].p || is(d, a + 1, "the")));
        }
        /* ("told his Greek counterpart that a planned visit to Athens would go ahead":
         * over the one told) */
        int tm = q > c->tb + 2 && !report_at(c, q - 1) ? ment_at(c, q - 1) : -1;
        if (tm >= 0 && M(c, tm)->te == q) {
            uint32_t tq = M(c, tm)->ts;
            int pm2 = tq > c->tb ? ment_at(c, tq - 1) : -1;
            if (pm2 >= 0 && (M(c, pm2)->flags & MF_PRON) && (M(c, pm2)->flags & MF_POSS)) {
                tq = M(c, pm2)->ts;
            }
            if (tq > c->tb + 1 && (is(d, tq - 1, "told") || is(d, tq - 1, "tells") ||
                                   is(d, tq - 1, "assured") || is(d, tq - 1, "informed"))) {
                q = tq;
            }
        }
        int rs[4];
        int nr = 0;
        if (ahead && q > c->tb + 1 && report_at(c, q - 1)) {
            nr = sentence_subject(c, q, true, rs, 4);
            if (nr == 0) {
                nr = group_subject(c, q - 1, rs, 4);
                for (int x = 0; x < nr / 2; x++) { /* (the first-named first) */
                    int t = rs[x];
                    rs[x] = rs[nr - 1 - x];
                    rs[nr - 1 - x] = t;
                }
            }
        }
        for (int x = 0; x < nr; x++) {
            const px_ent *re = E(c, rs[x]);
            if (!re || strstr(re->title, "spokes") || strstr(re->title, "press") ||
                strstr(re->title, "officer") ||
                (M(c, rs[x])->kind == MK_PERSON && !re->title[0]) ||
                M(c, rs[x])->kind == MK_UNKNOWN) {
                nr = 0;
            }
        }
        for (int x = nr - 1; x >= 0 && ns < MAX_SUBJ; x--) {
            subj[ns++] = rs[x];
            c->speaker[rs[x]] = false;
        }
    }
    bool cataphor = false;
    if (ns == 0 && k->form == F_NOUN && nadj == 0 && owner < 0 && o.by < 0 && o.nbetw == 0) {
        ns = their_ahead(c, k, subj, MAX_SUBJ);
        cataphor = ns > 0;
    }
    /* "Lee arrived in Nara on Tuesday, with summit talks with Prime Minister Sanae Takaichi
     * scheduled for later in the day": a contact in an absolute "with" phrase is one of the
     * main clause's subject, planned when a plan's participle follows its partner */
    if (ns == 0 && k->form == F_NOUN && nadj == 0 && owner < 0 && o.by < 0 && o.nbetw == 0 &&
        o.nwith > 0 && k->type != T_VISIT) {
        uint32_t w = k->ts;
        while (w > c->tb + 2 && k->ts - w < 3 && (venue_adj(c, w - 1) || is(d, w - 1, "summit"))) {
            w--;
        }
        const core *pk = NULL;
        for (int o2 = 0; w > c->tb + 2 && is(d, w - 1, "with") && d->toks[w - 2].p == ',' &&
                         o2 < c->ncore && !pk;
             o2++) {
            const core *ck = &c->cores[o2];
            pk = ck != k && ck->form != F_NOUN && ck->te <= w - 2 && !ck->drop ? ck : NULL;
        }
        int n2 = pk ? subject(c, pk->cs > c->tb ? pk->cs : pk->ts, subj, MAX_SUBJ) : 0;
        uint32_t pe = M(c, o.with[o.nwith - 1])->te;
        if (n2 > 0 && pe < c->te) {
            ns = n2;
            if (is(d, pe, "scheduled") || is(d, pe, "expected") || is(d, pe, "planned") ||
                is(d, pe, "set") || is(d, pe, "due") || is(d, pe, "slated")) {
                f.status = S_PLANNED;
                k->status = S_PLANNED;
            }
        }
    }
    /* "Vautrin, in Rome for a one-day visit, met Crosetto": a visit with no destination of
     * its own after "in PLACE for/on" is to that place */
    if (k->type == T_VISIT && k->form == F_NOUN && o.dest < 0 && k->dest < 0) {
        uint32_t q = k->ts;
        while (q > c->tb + 2 && k->ts - q < 5 && !is(d, q - 1, "for") && !is(d, q - 1, "on") &&
               (((d->toks[q - 1].flags & TF_ALPHA) && !(d->toks[q - 1].flags & TF_CAP)) ||
                (d->toks[q - 1].flags & TF_HYPH) || (d->toks[q - 1].flags & TF_NUM))) {
            q--;
        }
        if (q > c->tb + 2 && (is(d, q - 1, "for") || is(d, q - 1, "on"))) {
            int pm = ment_at(c, q - 2);
            /* (set off by commas right after a person) */
            uint32_t in = pm >= 0 && M(c, pm)->ts > c->tb ? M(c, pm)->ts - 1 : 0;
            int am = pm >= 0 && in > c->tb + 1 && d->toks[in - 1].p == ',' ? ment_at(c, in - 2) : -1;
            if (pm >= 0 && M(c, pm)->kind == MK_PLACE && M(c, pm)->te == q - 1 &&
                M(c, pm)->ts > c->tb && is(d, in, "in") && E(c, pm) && E(c, pm)->country[0] &&
                am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->te == in - 1) {
                o.dest = pm;
            }
        }
    }
    /* (not the trip of one who departs on it: "Putin left on Monday on an official visit to
     * Saudi Arabia") */
    if (!cataphor && !their_pair && !(dv && ns > 0) &&
        (k->setting || (ns == 0 && k->form == F_NOUN && nadj == 0 && owner < 0 && o.by < 0 &&
                        o.nbetw == 0 && k->status == S_OCCURRED))) {
        int n2 = ns == 0 && nadj == 0 && owner < 0 && o.by < 0 && o.nbetw == 0
                     ? clause_parties(c, k, &o, subj, MAX_SUBJ)
                     : 0;
        /* ", telling reporters after talks with his Israeli counterpart Gideon Saar": a
         * setting whose partner is a counterpart after a possessive is between the two */
        if (k->setting && n2 == 0 && ns == 0 && o.nwith > 0 && nadj == 0 && owner < 0 && o.by < 0) {
            const px_ment *wm = M(c, o.with[0]);
            int pp = wm->ts > c->tb ? ment_at(c, wm->ts - 1) : -1;
            bool cp = false;
            for (uint32_t q = wm->ts; q < wm->te && !cp; q++) {
                cp = is(d, q, "counterpart");
            }
            if (cp && pp >= 0 && (M(c, pp)->flags & MF_PRON) && (M(c, pp)->flags & MF_POSS) &&
                M(c, pp)->kind == MK_PERSON && M(c, pp)->ent >= 0 && M(c, pp)->ent != wm->ent) {
                subj[ns++] = pp;
                n2 = 1;
            }
        }
        /* "Albanese left Vanuatu on Wednesday after talks with Prime Minister Jotham Napat":
         * talks with a partner of their own after "after" are the main clause subject's */
        if (k->setting && n2 == 0 && ns == 0 && o.nwith > 0 && nadj == 0 && owner < 0 &&
            o.by < 0 && k->form == F_NOUN) {
            /* (over a measure too: "after a 40-minute phone conversation with Xi") */
            uint32_t q = k->ts;
            while (q > c->tb + 1 && k->ts - q < 5 && (venue_adj(c, q - 1) || is(d, q - 1, "the"))) {
                q--;
            }
            /* (over a length: "after more than two hours of talks with Netanyahu") */
            if (q > c->tb + 3 && is(d, q - 1, "of") &&
                (is(d, q - 2, "hours") || is(d, q - 2, "minutes") || is(d, q - 2, "days") ||
                 is(d, q - 2, "rounds"))) {
                uint32_t r = q - 2;
                while (r > c->tb + 1 && q - r < 6 &&
                       ((d->toks[r - 1].flags & TF_NUM) || measure_num(d, r - 1) ||
                        is(d, r - 1, "more") || is(d, r - 1, "than") || is(d, r - 1, "about") ||
                        is(d, r - 1, "nearly") || is(d, r - 1, "almost") ||
                        is(d, r - 1, "several"))) {
                    r--;
                }
                if (r < q - 2) {
                    q = r;
                }
            }
            if (q > c->tb + 1 && (is(d, q - 1, "after") || is(d, q - 1, "following"))) {
                int n3 = participle_subject(c, q - 1, subj, MAX_SUBJ);
                /* (a fronted participle's: "Speaking to reporters in Brasilia after talks
                 * with Vieira on Tuesday, Kallas said ...": the subject after its comma) */
                uint32_t s0 = c->tb;
                while (s0 < q && (d->toks[s0].flags & TF_DATELINE)) {
                    s0++;
                }
                const char *w0 = px_tkey(d, s0);
                size_t n0 = d->toks[s0].klen;
                bool ing0 = n0 > 4 && (d->toks[s0].flags & TF_ALPHA) &&
                            strncmp(w0 + n0 - 3, "ing", 3) == 0 && !is(d, s0, "during");
                if (ing0 && n3 > 0 && M(c, subj[0])->ts == s0) {
                    n3 = 0; /* (the participle itself read as a name: "Writing on X") */
                }
                if (n3 == 0 && s0 + 1 < q && ing0) {
                    uint32_t cm = o.end;
                    while (cm < c->te && cm < o.end + 6 && d->toks[cm].p != ',') {
                        cm++;
                    }
                    int sm = cm + 1 < c->te && d->toks[cm].p == ',' ? ment_at(c, cm + 1) : -1;
                    if (sm < 0 && cm + 2 < c->te && is(d, cm + 1, "the")) {
                        sm = ment_at(c, cm + 2);
                    }
                    if (sm >= 0 && M(c, sm)->kind == MK_PERSON &&
                        !(M(c, sm)->flags & (MF_ADJ | MF_POSS | MF_LOCPP | MF_PRON))) {
                        subj[0] = sm;
                        n3 = 1;
                        c->speaker[sm] = false; /* (the one who talked, whatever she said) */
                    }
                }
                bool other = n3 > 0;
                for (int x = 0; x < n3; x++) {
                    other = other && M(c, subj[x])->ent != M(c, o.with[0])->ent;
                }
                if (other) {
                    ns = n3;
                    n2 = n3;
                }
            }
        }
        if (k->setting && n2 == 0 && o.nbetw < 2 && nadj == 0 && owner < 0 && o.by < 0) {
            /* "after the meeting", "on the sidelines of the summit": a setting ("after
             * weeks of negotiations between A and B" names its own parties); but a trip
             * of a person named by a possessive is that person's ("Wong, on her fourth
             * visit to Indonesia, called on Prabowo") */
            /* (to a state or city: "on his third trip to the Middle East" stays a setting) */
            int dm = o.dest >= 0 ? o.dest : k->dest;
            /* (also a person just before the phrase set off by commas: "Fedorov, on a visit
             * to Berlin, met Pistorius", "Vautrin, in Rome on a one-day visit, met
             * Crosetto") */
            if (pron < 0 && k->type == T_VISIT && ns == 0 && dm >= 0) {
                for (uint32_t q = k->ts; q > c->tb + 1 && k->ts - q < 8; q--) {
                    if (d->toks[q - 1].p == ',') {
                        int am = ment_at(c, q - 2);
                        if (am >= 0 && M(c, am)->kind == MK_PERSON && M(c, am)->te == q - 1 &&
                            !(M(c, am)->flags & MF_POSS) && E(c, am)) {
                            pron = am;
                        }
                        break;
                    }
                    if (d->toks[q - 1].p && !(d->toks[q - 1].flags & TF_HYPH)) {
                        break;
                    }
                }
                if (pron >= 0) {
                    /* (the phrase must close with a comma before the clause goes on) */
                    uint32_t e = k->te;
                    while (e < c->te && e < k->te + 6 && !d->toks[e].p) {
                        e++;
                    }
                    if (e >= c->te || d->toks[e].p != ',') {
                        pron = -1;
                    } else {
                        subj[ns++] = pron;
                        pron = -2;
                    }
                }
            }
            /* (and "their" trip the travel of the clause's people: "A and B met Zelensky in
             * Kyiv on their latest trip to Ukraine") */
            for (uint32_t q = k->ts; pron == -1 && k->type == T_VISIT && ns == 0 && dm >= 0 &&
                                     q > c->tb && k->ts - q < 4;
                 q--) {
                if (is(d, q - 1, "their")) {
                    for (int o2 = c->ncore; o2-- > 0 && ns == 0;) {
                        const core *vk = &c->cores[o2];
                        int vs[4];
                        bool before = vk != k && vk->form != F_NOUN && vk->te < q;
                        int nv = before ? subject(c, vk->cs, vs, 4) : 0;
                        bool people = nv >= 2;
                        for (int x = 0; x < nv; x++) {
                            people = people && M(c, vs[x])->kind == MK_PERSON;
                        }
                        for (int x = 0; people && x < nv; x++) {
                            subj[ns++] = vs[x];
                        }
                    }
                    pron = ns ? -2 : -1;
                    break;
                }
                if (ment_at(c, q - 1) >= 0 || d->toks[q - 1].p) {
                    break;
                }
            }
            if (pron == -2) {
                /* the appositive's person, taken above */
            } else if (pron < 0 || k->type != T_VISIT || ns != 0 || !(M(c, pron)->flags & MF_POSS) ||
                M(c, pron)->kind != MK_PERSON || !E(c, pron) || dm < 0 || !E(c, dm) ||
                !E(c, dm)->country[0]) {
                return;
            } else {
                subj[ns++] = pron;
            }
        }
        ns = n2 ? n2 : ns;
        f.status = k->status;
        f.rule = k->rule;
    }
    if (k->asked_subj) {
        /* "X was invited (by Y) to visit": X is the one asked, Y the one who asks */
        for (int s = ns - 1; s >= 0 && k->nasked < 4; s--) {
            k->asked[k->nasked++] = subj[s];
        }
        ns = 0;
        if (k->asker >= 0) {
            subj[ns++] = k->asker;
        }
    }
    if (k->nasked && ns == 0) {
        if (!k->asked_subj) {
            /* "the club invited X to Barcelona", "analysts urged Washington to negotiate":
             * an appeal by no party is advice, not a proposal */
            return;
        }
        if (k->self_dec) {
            /* "X has been invited to Mogadishu" by no one named: X must be known to be a
             * state's official or body ("the CEO of Siemens was invited to Beijing" is not) */
            bool known = false;
            for (int x = 0; x < k->nasked; x++) {
                const px_ent *ae = E(c, k->asked[x]);
                if (ae && ae->country[0] && (ae->title[0] || M(c, k->asked[x])->kind == MK_STATE)) {
                    known = true;
                }
            }
            if (!known) {
                return;
            }
        }
        /* the one who asks is not named: the ones asked are the contact's subject */
        for (int x = k->nasked - 1; x >= 0 && ns < 4; x--) {
            subj[ns++] = k->asked[x];
        }
        k->nasked = 0;
    }
    if (k->agent >= 0 && f.status != S_DECLINED) {
        /* "X sent its envoy to the talks": the delegate is the one who attends (a person
         * of no known state is the sender's: "Netanyahu sent Ron Dermer to Washington") */
        if (ns > 0 && M(c, k->agent)->kind == MK_PERSON && M(c, k->agent)->ent >= 0 && E(c, subj[0]) &&
            E(c, subj[0])->country[0] && M(c, subj[0])->kind != MK_UNKNOWN) {
            give_country(&d->ents[M(c, k->agent)->ent], E(c, subj[0])->country);
        }
        padd(c, &P, k->agent, R_SOURCE);
        for (int s = 0; s < ns && !k->delegate; s++) {
            padd(c, &P, subj[s], R_PARTICIPANT);
        }
        ns = 0;
    }
    /* ("will skip Trump's Board of Peace meeting": a person's possessive before the body
     * is its chair, no party) */
    if (f.type == T_MEET && k->form == F_NOUN && nadj == 2 && owner < 0) {
        for (int a = 0; a < 2; a++) {
            const px_ment *pa = M(c, adjm[a]), *ob = M(c, adjm[1 - a]);
            if (pa->kind == MK_PERSON && (pa->flags & MF_POSS) && !(pa->flags & MF_PRON) &&
                ob->kind == MK_ORG && E(c, adjm[1 - a]) &&
                strncmp(E(c, adjm[1 - a])->code, "IGO", 3) == 0 && pa->te <= ob->ts &&
                (is(d, k->te - 1, "summit") || is(d, k->te - 1, "meeting") ||
                 is(d, k->te - 1, "conference") || is(d, k->te - 1, "session"))) {
                adjm[0] = adjm[1 - a];
                nadj = 1;
                break;
            }
        }
    }
    /* ("will skip the ASEAN-Australia special summit in Melbourne": a body's summit with a
     * partner state, skipped by a member's leader of another state, is attended; the pair
     * names it, no party) */
    if (f.type == T_MEET && k->form == F_NOUN && nadj == 2 && owner < 0 && o.nwith == 0 &&
        o.nbetw == 0 && o.nobj == 0 && o.by < 0 && ns == 1 && k->dec_tok >= 0 &&
        M(c, subj[0])->kind == MK_PERSON && E(c, subj[0]) && E(c, subj[0])->country[0] &&
        is(d, k->te - 1, "summit")) {
        int body = -1, other = -1;
        for (int a = 0; a < 2; a++) {
            const px_ent *ea = E(c, adjm[a]);
            if (ea && M(c, adjm[a])->kind == MK_ORG && strncmp(ea->code, "IGO", 3) == 0) {
                body = a;
            } else {
                other = a;
            }
        }
        if (body >= 0 && other >= 0 && E(c, adjm[other]) &&
            strcmp(E(c, adjm[other])->country, E(c, subj[0])->country) != 0) {
            f.type = T_ATTEND;
            adjm[0] = adjm[body];
            nadj = 1;
        }
    }
    /* "will skip the Commonwealth summit", "skipped the APEC meeting": a body's own
     * gathering, with no other party named, is attended */
    if (f.type == T_MEET && k->form == F_NOUN && nadj == 1 && owner < 0 && o.nwith == 0 &&
        o.nbetw == 0 && o.nobj == 0 && o.by < 0 && ns == 1 &&
        (M(c, adjm[0])->kind == MK_ORG || M(c, adjm[0])->kind == MK_GROUP) &&
        E(c, adjm[0]) && strncmp(E(c, adjm[0])->code, "IGO", 3) == 0 &&
        (is(d, k->te - 1, "summit") || is(d, k->te - 1, "meeting") ||
         is(d, k->te - 1, "conference") || is(d, k->te - 1, "session"))) {
        f.type = T_ATTEND;
    }
    /* (also a gathering of a body's people: "will skip this week's meeting of NATO foreign
     * ministers in Brussels") */
    if (f.type == T_MEET && k->form == F_NOUN && nadj == 0 && owner < 0 && o.nwith == 0 &&
        o.nbetw == 0 && o.nobj == 0 && o.by < 0 && ns == 1 && o.of >= 0 &&
        (M(c, o.of)->kind == MK_ORG || M(c, o.of)->kind == MK_GROUP) && E(c, o.of) &&
        strncmp(E(c, o.of)->code, "IGO", 3) == 0 && is(d, k->te - 1, "meeting") &&
        gathering_end(c, k->te - 1, 1, c->te) > M(c, o.of)->ts) {
        f.type = T_ATTEND;
    }
    /* "cancelled his trip to the APEC summit in Shenzhen": a trip to an event is attending
     * it */
    int vdst = o.dest >= 0 ? o.dest : k->dest;
    if (f.type == T_VISIT && k->form == F_NOUN && vdst >= 0 && E(c, vdst) &&
        px_streq(E(c, vdst)->code, "VENUE") && venue_event(c, vdst)) {
        f.type = T_ATTEND;
        if (!o.venue_te) {
            o.venue_ts = M(c, vdst)->ts;
            o.venue_te = M(c, vdst)->te;
        }
    } else if (f.type == T_VISIT && k->form == F_NOUN && vdst >= 0 && !o.venue_te &&
               (M(c, vdst)->kind == MK_PLACE || M(c, vdst)->kind == MK_STATE) &&
               M(c, vdst)->te + 2 < c->te &&
               is(d, after_timex(c, M(c, vdst)->te), "for")) {
        /* "cancelled his trip to Asuncion for this week's Mercosur summit": a trip to a
         * place for an event there is attending it (also over the trip's time: "Orban's
         * trip to Moscow last Friday for talks with Putin") */
        uint32_t q = after_timex(c, M(c, vdst)->te) + 1, te2;
        for (int n = 0; n < 4 && q < c->te; n++) {
            if (in_timex(c, q, &te2) && te2 > q) {
                q = te2;
            } else if (is(d, q, "the") || is(d, q, "a") || is(d, q, "'s") || is(d, q, "this") ||
                       is(d, q, "next") || is(d, q, "annual") || is(d, q, "bilateral")) {
                q++; /* (also "for the annual summit with Putin") */
            } else {
                break;
            }
        }
        int vm = q < c->te ? ment_at(c, q) : -1;
        uint32_t ve = 0, pnl = 0;
        /* "Mitsotakis's trip to Ankara for talks with Erdogan has been postponed": the talks
         * are the contact (as for "will travel to Ankara for talks with Erdogan") */
        const px_entry *pcn = q < c->te ? trig(d, q, c->te, TR_CONTACT_N, &pnl) : NULL;
        bool with_talks = pcn && pcn->a != T_VISIT && q + pnl < c->te && is(d, q + pnl, "with") &&
                          o.nwith > 0;
        if (with_talks) {
            f.type = (uint8_t)pcn->a; /* (also "for the annual summit with Putin": a meeting) */
        } else if (vm >= 0 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE") &&
                   venue_event(c, vm)) {
            ve = M(c, vm)->te;
        } else if (vm >= 0 && (M(c, vm)->kind == MK_ORG || M(c, vm)->kind == MK_GROUP) &&
                   M(c, vm)->te < c->te &&
                   (is(d, M(c, vm)->te, "summit") || is(d, M(c, vm)->te, "conference"))) {
            ve = M(c, vm)->te + 1; /* ("for the Mercosur summit") */
        } else if (q < c->te) {
            ve = gathering_end(c, q, 1, c->te);
        }
        if (ve) {
            f.type = T_ATTEND;
            o.venue_ts = q;
            o.venue_te = ve;
        }
    }
    switch (f.status) {
    case S_DECLINED: {
        /* source refuses; target asked; the would-be participants are participants */
        /* (a pair with no one else named refuses each other: "Lavrov and Rubio will not
         * meet in Budapest" is Lavrov -> Rubio, as "A and B met") */
        bool pair = ns >= 2 && owner < 0 && nadj == 0 && o.by < 0 && o.nobj == 0 &&
                    o.nwith == 0 && o.nbetw == 0 && k->agent < 0 && !mediation &&
                    (f.type == T_MEET || f.type == T_NEGOTIATE || f.type == T_CALL);
        for (int s = pair ? ns - 1 : 0; pair ? s >= 0 : s < ns; s += pair ? -1 : 1) {
            padd(c, &P, subj[s],
                 !pair || s == ns - 1 ? R_SOURCE : s == ns - 2 ? R_TARGET : R_PARTICIPANT);
        }
        if (owner >= 0) {
            padd(c, &P, owner, R_TARGET);
        }
        for (int a = 0; a < nadj; a++) {
            padd(c, &P, adjm[a], mediation ? R_MEDIATOR : owner >= 0 ? R_PARTICIPANT : R_TARGET);
        }
        if (o.by >= 0) {
            padd(c, &P, o.by, owner >= 0 || nadj ? R_PARTICIPANT : R_TARGET);
        }
        /* (the one to be met beside the one who asked is a would-be participant: "turned
         * down his request to see detained former leader Aung San Suu Kyi") */
        for (int x = 0; x < o.nobj; x++) {
            padd(c, &P, o.obj[x], P.n >= 2 || owner >= 0 ? R_PARTICIPANT : R_TARGET);
        }
        for (int x = 0; x < o.nbetw; x++) {
            padd(c, &P, o.betw[x], R_PARTICIPANT);
        }
        /* "Fletcher's request for a meeting with Katz was turned down": with no one named
         * refusing, the one asked for refused */
        bool asked_refused = ns == 0 && owner >= 0 && o.by < 0 && k->agent < 0 && o.nwith > 0 &&
                             k->form == F_NOUN && !plist_has(&P, R_SOURCE);
        for (int x = 0; x < o.nwith; x++) {
            padd(c, &P, o.with[x],
                 asked_refused && x == 0 ? R_SOURCE : P.n >= 2 ? R_PARTICIPANT : R_TARGET);
        }
        if (k->agent >= 0) {
            padd(c, &P, k->agent, R_PARTICIPANT);
        }
        /* "declined an invitation to visit Moscow": the destination, and its state the host
         * when no one else is */
        int dest = o.dest >= 0 ? o.dest : k->dest;
        if (f.type == T_VISIT && dest >= 0 &&
            (M(c, dest)->kind == MK_PLACE || (M(c, dest)->flags & MF_LOCPP))) {
            f.loc_ment = dest;
            int sm = state_mention_for(c, dest);
            if (!plist_has(&P, R_TARGET) && sm >= 0) {
                padd(c, &P, sm, R_TARGET);
            }
        }
        f.rule = k->form == F_NOUN ? "decline+noun" : "decline+verb";
        break;
    }
    default: {
        bool visitish = f.type == T_VISIT;
        /* the agent of a nominal: "visit by X", "X's visit", "Chinese visit", "the state
         * visit of President X to Vietnam" */
        if (ns == 0 && k->form == F_NOUN) {
            if (o.by < 0 && visitish && o.of >= 0 && M(c, o.of)->kind == MK_PERSON) {
                o.by = o.of;
                o.of = -1;
            }
            if (o.by >= 0) {
                subj[ns++] = o.by;
                o.by = -1;
            } else if (owner >= 0 && f.status != S_CANCELLED) {
                subj[ns++] = owner;
                owner = -1;
            } else if (nadj > 0 && !mediation &&
                       !(o.nbetw >= 2 && M(c, adjm[nadj - 1])->kind == MK_STATE &&
                         M(c, adjm[nadj - 1])->te == k->ts &&
                         !(M(c, adjm[nadj - 1])->flags & MF_POSS))) {
                /* (not "the Singapore summit between Trump and Kim": where, not who) */
                subj[ns++] = adjm[--nadj];
            } else if (nadj > 0 && !mediation) {
                nadj--; /* (the place adjective is no party) */
            }
        }
        /* "X cancelled a visit to Seoul by its defence minister": the agent of the visit
         * is the visitor; the deciding subject is the host, or a participant of its side */
        /* (so is a person's possessive: "Paris postponed Macron's planned visit to
         * Algeria") */
        if (visitish && k->form == F_NOUN && ns > 0 && o.by < 0 && !mediation && nadj > 0 &&
            M(c, adjm[nadj - 1])->kind == MK_PERSON && (M(c, adjm[nadj - 1])->flags & MF_POSS) &&
            !(M(c, adjm[nadj - 1])->flags & MF_PRON) &&
            M(c, adjm[nadj - 1])->ent != M(c, subj[0])->ent) {
            o.by = adjm[--nadj];
        }
        /* (also after a light verb: "is working to arrange a visit to South Korea by
         * Chinese President Xi Jinping") */
        bool light_by = k->form == F_LIGHT && o.by >= 0 && M(c, o.by)->ts >= k->te &&
                        (o.dest >= 0 || k->dest >= 0);
        if (visitish && ((k->form == F_NOUN && ns > 0) || light_by) && o.by >= 0 && !mediation &&
            M(c, o.by)->kind == MK_PERSON) {
            int visitor = o.by;
            o.by = -1;
            padd(c, &P, visitor, R_SOURCE);
            for (int s = 0; s < ns; s++) {
                padd(c, &P, subj[s], same_side(E(c, subj[s]), E(c, visitor)) ? R_PARTICIPANT
                                                                             : R_TARGET);
            }
            ns = 0;
        }
        if (mediation && k->pur >= 0 && o.nbetw == 0 && o.nwith == 0 && o.nobj == 0) {
            /* "will visit Mauritania and Senegal to mediate": the parties visited are the
             * parties to the mediation */
            post po;
            post_scan(c, &c->cores[k->pur], &po);
            for (int x = 0; x < po.nobj && o.nbetw < POST_MAX; x++) {
                o.betw[o.nbetw++] = po.obj[x];
            }
            if (o.nbetw == 0 && po.dest >= 0) {
                o.betw[o.nbetw++] = po.dest;
            }
        }
        /* "Yoon was hosted in Tokyo in 2023", "was received in Beijing": with no one
         * after "by", the state of the place hosts (a party of its own, not the
         * subject's) */
        /* (also "was accorded a ceremonial welcome at Rashtrapati Bhavan in New Delhi") */
        bool given = k->form == F_LIGHT && give_verb(d, k->ts) && k->nasked == 0;
        if (!mediation && (k->form == F_VERB || given) && f.type == T_HOST && o.by < 0 &&
            ns == 1 && o.nobj == 0 && (k->vflags & TRF_PAST) && passive_at(d, c->tb, k->ts) &&
            k->after + 1 < c->te && o.place >= 0 && M(c, o.place)->ts > c->tb &&
            is(d, M(c, o.place)->ts - 1, "in") &&
            (M(c, o.place)->ts == k->after + 1 || (given && M(c, o.place)->ts < k->after + 8)) &&
            M(c, o.place)->kind == MK_PLACE &&
            M(c, subj[0])->kind == MK_PERSON && E(c, subj[0]) && E(c, o.place) &&
            strcmp(E(c, subj[0])->country, E(c, o.place)->country) != 0) {
            int sm = state_mention_for(c, o.place);
            if (sm >= 0) {
                o.by = sm;
                f.loc_ment = o.place;
            }
        }
        if (mediation) {
            /* "X mediated between A and B"; "agreed to US mediation" */
            if (nadj > 0) {
                for (int s = 0; s < ns; s++) {
                    padd(c, &P, subj[s], R_SOURCE);
                }
                for (int a = 0; a < nadj; a++) {
                    padd(c, &P, adjm[a], R_MEDIATOR);
                }
            } else {
                for (int s = 0; s < ns; s++) {
                    padd(c, &P, subj[s], R_MEDIATOR);
                }
            }
        } else if ((k->form == F_VERB || given) && o.by >= 0 && ns > 0 && (k->vflags & TRF_PAST) &&
                   (passive_at(d, c->tb, k->ts) || event_host ||
                    (headline_sent(c) && k->ts > c->tb && ment_at(c, k->ts - 1) >= 0 &&
                     k->after < c->te && is(d, k->after, "by")))) {
            /* "Modi was hosted by Putin", "Zelensky was received by King Charles": the one
             * after "by" acts, the subject is acted on */
            padd(c, &P, o.by, R_SOURCE);
            /* (co-hosts after "and": "was welcomed by King Charles III and Queen Camilla") */
            int cob[4];
            int ncob = coord_right(c, o.by, cob, 4);
            o.by = -1;
            for (int s = ns - 1; s >= 0; s--) {
                padd(c, &P, subj[s], s == ns - 1 ? R_TARGET : R_PARTICIPANT);
            }
            for (int x = 1; x < ncob; x++) {
                padd(c, &P, cob[x], R_PARTICIPANT);
            }
        } else {
            /* "A and B met": the first-named is the source (subj[] runs from the verb
             * leftwards) */
            for (int s = ns - 1; s >= 0; s--) {
                padd(c, &P, subj[s], s == ns - 1 ? R_SOURCE : R_PARTICIPANT);
            }
        }
        if (owner >= 0) {
            padd(c, &P, owner, P.n ? R_TARGET : R_SOURCE);
        }
        /* "A invited B to visit", "A urged B and C to resume talks": the first asked is
         * the target, the others and the contact's own partners are participants; the
         * place a guest is invited to visit is the location, not a party */
        for (int x = 0; x < k->nasked; x++) {
            padd(c, &P, k->asked[x], x == 0 ? R_TARGET : R_PARTICIPANT);
        }
        for (int x = 0; x < o.nobj; x++) {
            if (k->nasked && visitish && M(c, o.obj[x])->kind == MK_STATE && x == 0 &&
                !(M(c, o.obj[x])->flags & MF_ADJ)) {
                k->dest = o.obj[x];
                continue;
            }
            /* (also a state's seat: "accepted an invitation from Trump to visit the White
             * House") */
            bool seat = M(c, o.obj[x])->kind == MK_ORG && E(c, o.obj[x]) && E(c, o.obj[x])->country[0] &&
                        strncmp(E(c, o.obj[x])->code, "IGO", 3) != 0;
            if (visitish && x == 0 && (M(c, o.obj[x])->kind == MK_STATE || seat) &&
                plist_has(&P, R_TARGET) && !(M(c, o.obj[x])->flags & MF_ADJ)) {
                /* "accepted Erdogan's invitation to visit Turkey": the host is named, the
                 * state visited is the place */
                if (f.loc_ment < 0) {
                    f.loc_ment = o.obj[x];
                }
                continue;
            }
            padd(c, &P, o.obj[x], x == 0 && !mediation && !k->nasked ? R_TARGET : R_PARTICIPANT);
        }
        /* "A held talks with C", "A and B held talks with C" (A's side with B): C is the
         * other side, the target, when the object is not */
        /* ("arrived in Kyiv with a delegation of Pentagon officials": travel companions,
         * not the host) */
        bool companions = k->form == F_MOTION && visitish;
        /* ("visited Damascus together with Defence Minister Guler", "along with"): the
         * visitor's party */
        uint32_t w0 = o.nwith ? M(c, o.with[0])->ts : 0;
        if (w0 >= c->tb + 2 && is(d, w0 - 1, "with") &&
            (is(d, w0 - 2, "together") || is(d, w0 - 2, "along")) && visitish) {
            companions = true;
        }
        /* ("visited Kyiv on Monday with Marta Kos", "..., accompanied by Marta Kos": after
         * the place visited, or after "accompanied by", a fellow traveller) */
        if (o.nwith && k->type == T_VISIT && w0 > c->tb + 1 && is(d, w0 - 1, "by")) {
            companions = true;
        }
        /* (not the partner of a purpose: "to visit Moscow next week for talks with Lavrov",
         * also over a possessive: "for talks with his counterpart Cho Hyun") */
        uint32_t wp = w0;
        if (wp >= c->tb + 3 && (is(d, wp - 1, "his") || is(d, wp - 1, "her") ||
                                is(d, wp - 1, "their") || is(d, wp - 1, "the"))) {
            wp--;
        }
        bool purpose_with = wp >= c->tb + 2 && is(d, wp - 1, "with") &&
                            trig(d, wp - 2, c->te, TR_CONTACT_N, NULL) != NULL;
        for (uint32_t q = k->te; o.nwith && k->type == T_VISIT && !purpose_with && q < w0 && !companions;
             q++) {
            int pq = ment_at(c, q);
            companions = pq >= 0 && M(c, pq)->kind == MK_PLACE;
        }
        /* ("arrived in Beijing and discussed trade by phone with Merz": the with-phrase of a
         * second verb phrase is none of the trip's) */
        for (uint32_t q = k->te; o.nwith && visitish && k->form == F_MOTION && q + 1 < w0; q++) {
            if (is(d, q, "and") && (d->toks[q + 1].flags & TF_ALPHA) &&
                !(d->toks[q + 1].flags & TF_CAP) && ment_at(c, q + 1) < 0 &&
                (ed_word(d, q + 1) || clause_verb(d, q + 1) ||
                 trig(d, q + 1, c->te, TR_CONTACT_V, NULL) ||
                 trig(d, q + 1, c->te, TR_LIGHT_V, NULL))) {
                o.nwith = 0;
            }
        }
        for (int x = 0; x < o.nwith; x++) {
            padd(c, &P, o.with[x],
                 P.n >= 1 && !plist_has(&P, R_TARGET) && !mediation && !companions ? R_TARGET
                                                                                   : R_PARTICIPANT);
        }
        /* "talks between A and B": A -> B, as for "A and B held talks" */
        bool betw_first = P.n == 0;
        for (int x = 0; x < o.nbetw; x++) {
            /* (a state that a party already of it stands for is none of its own: "co-chaired
             * the meeting of the India-Saudi Strategic Partnership Council with his Saudi
             * counterpart Prince Faisal": Jaishankar and Faisal) */
            bool stood = false;
            for (int q = 0; P.n >= 2 && q < P.n && !stood && M(c, o.betw[x])->kind == MK_STATE &&
                            E(c, o.betw[x]) && E(c, o.betw[x])->country[0];
                 q++) {
                stood = M(c, P.m[q])->kind == MK_PERSON && E(c, P.m[q]) &&
                        strcmp(E(c, P.m[q])->country, E(c, o.betw[x])->country) == 0;
            }
            if (stood) {
                continue;
            }
            padd(c, &P, o.betw[x],
                 mediation ? R_PARTICIPANT
                           : (P.n == 0 ? R_SOURCE
                                       : (betw_first && x == 1 ? R_TARGET : R_PARTICIPANT)));
        }
        int persons = 0;
        for (int q = 0; q < P.n; q++) {
            persons += M(c, P.m[q])->kind == MK_PERSON;
        }
        for (int a = 0; a < nadj; a++) {
            persons += M(c, adjm[a])->kind == MK_PERSON;
        }
        for (int a = 0; a < nadj; a++) {
            /* "the Putin-Trump Budapest summit", "the Beijing talks between Wang and
             * Rubio": a capital before the contact noun of two named people is where it
             * is held, not a third party */
            uint32_t cl0 = 0, cl1 = 0;
            if (persons + o.nbetw + o.nwith >= 2 && M(c, adjm[a])->kind == MK_STATE &&
                ((px_match_kind(d, M(c, adjm[a])->ts, K_CAPITAL, &cl0) &&
                  M(c, adjm[a])->ts + cl0 == M(c, adjm[a])->te) ||
                 (px_match_kind(d, M(c, adjm[a])->ts, K_COUNTRY, &cl1) &&
                  M(c, adjm[a])->ts + cl1 == M(c, adjm[a])->te &&
                  M(c, adjm[a])->te == k->ts))) { /* ("the 2018 Singapore summit between") */
                continue;
            }
            if (!mediation) {
                padd(c, &P, adjm[a], P.n == 1 ? R_TARGET : R_PARTICIPANT);
            }
        }
        if (o.of >= 0 && f.type != T_VISIT) {
            padd(c, &P, o.of, P.n == 1 ? R_TARGET : R_PARTICIPANT);
        }
        if (o.by >= 0 && P.n == 1) {
            /* "took a call from Fico": the caller is the source */
            bool caller = k->type == T_CALL && M(c, o.by)->ts > c->tb &&
                          (is(d, M(c, o.by)->ts - 1, "from") ||
                           (k->form == F_LIGHT && M(c, o.by)->ts > k->ts &&
                            M(c, o.by)->ts < k->te));
            padd(c, &P, o.by, caller ? R_SOURCE : R_TARGET);
            if (caller && P.n == 2 && P.role[0] == R_SOURCE) {
                P.role[0] = R_TARGET;
            }
        }
        /* "A and B met" names no other side: the next-named is A's partner, the target
         * (CAMEO's A -> B; visitors visit their destination, below; co-hosts host no one) */
        if (!visitish && !mediation && f.type != T_HOST && ns >= 2) {
            int tq = -1;
            for (int q = 0; q < P.n; q++) {
                if (P.role[q] == R_TARGET) {
                    tq = -2;
                    break;
                }
                if (tq == -1 && P.m[q] == subj[ns - 2] && P.role[q] == R_PARTICIPANT) {
                    tq = q;
                }
            }
            if (tq >= 0) {
                P.role[tq] = R_TARGET;
            }
        }
        /* visits: the host is the named person met, else the destination state */
        if (visitish) {
            int dest = o.dest >= 0 ? o.dest : k->dest; /* "arrived in Moscow for a visit" */
            bool have_target = plist_has(&P, R_TARGET);
            /* "will pay a state visit to India at the invitation of Prime Minister Narendra
             * Modi": the host state's inviter is the host named; the state is the place */
            int inv = dest >= 0 && !have_target && E(c, dest) && E(c, dest)->country[0]
                          ? inviter_of(c, E(c, dest)->country)
                          : -1;
            if (inv >= 0) {
                padd(c, &P, inv, R_TARGET);
                have_target = true;
                if (M(c, dest)->kind == MK_STATE && !(M(c, dest)->flags & MF_ADJ)) {
                    f.loc_ment = dest;
                }
            }
            if (dest >= 0) {
                const px_ment *dm = M(c, dest);
                if (dm->kind == MK_PLACE || (dm->flags & MF_LOCPP)) {
                    f.loc_ment = dest;
                    if (!have_target) {
                        int sm = dm->kind == MK_UNKNOWN ? dest : state_mention_for(c, dest);
                        if (sm >= 0) {
                            padd(c, &P, sm, R_TARGET);
                        }
                        if (dm->kind == MK_UNKNOWN) {
                            f.loc_ment = -1;
                        }
                    }
                } else if (!have_target) {
                    padd(c, &P, dest, R_TARGET);
                }
            }
            /* "will visit India": the host state is also the location */
            for (int q = 0; q < P.n && f.loc_ment < 0; q++) {
                const px_ment *tm = M(c, P.m[q]);
                if (P.role[q] == R_TARGET && tm->kind == MK_STATE && !(tm->flags & MF_ADJ) &&
                    E(c, P.m[q]) && E(c, P.m[q])->country[0]) {
                    f.loc_ment = P.m[q];
                }
                /* "visited the White House", "the Kremlin": the seat is also the place */
                uint32_t ml = 0, mt = tm->ts + (is(d, tm->ts, "the") ? 1 : 0);
                if (f.loc_ment < 0 && P.role[q] == R_TARGET && mt < tm->te &&
                    px_match_kind(d, mt, K_METONYM, &ml) && mt + ml == tm->te) {
                    f.loc_ment = P.m[q];
                }
            }
        }
        /* "Beijing hosted Lavrov": a host state receives on its own ground */
        if (f.type == T_HOST && o.place < 0 && !o.venue_te && f.loc_ment < 0) {
            for (int q = 0; q < P.n; q++) {
                const px_ment *hm = M(c, P.m[q]);
                if (P.role[q] == R_SOURCE && hm->kind == MK_STATE && !(hm->flags & MF_ADJ) &&
                    E(c, P.m[q]) && E(c, P.m[q])->country[0]) {
                    f.loc_ment = P.m[q];
                }
            }
        }
        break;
    }
    }
    /* "rejected an offer from Ruto to host talks with Abiy": one who offers to host the
     * decider's talks with another is their go-between */
    if (!mediation && f.type == T_HOST && k->dec_tok >= 0 && o.nwith == 1 && P.n == 3 &&
        k->te > k->ts && (is(d, k->te - 1, "talks") || is(d, k->te - 1, "negotiations"))) {
        int qb = -1, qs = -1, qw = -1;
        for (int q = 0; q < P.n; q++) {
            qw = M(c, P.m[q])->ent == M(c, o.with[0])->ent ? q : qw;
            qs = P.role[q] == R_SOURCE ? q : qs;
            qb = P.role[q] == R_TARGET && M(c, P.m[q])->ent != M(c, o.with[0])->ent ? q : qb;
        }
        if (qb >= 0 && qs >= 0 && qw >= 0 && qw != qs && qw != qb &&
            M(c, P.m[qb])->ent != M(c, P.m[qs])->ent) {
            P.role[qb] = R_MEDIATOR;
            P.role[qw] = R_TARGET;
            mediation = true;
        }
    }
    /* a host of talks between two other parties is a go-between */
    bool host_between = false;
    if (!mediation && f.type == T_HOST && o.nbetw >= 2) {
        bool inside = false;
        for (int x = 0; x < o.nbetw; x++) {
            for (int q = 0; q < P.n; q++) {
                bool own = false; /* (the between-parties themselves: "the kingdom was ready
                                   * to host talks between Russian and Ukrainian officials") */
                for (int y = 0; y < o.nbetw; y++) {
                    own = own || P.m[q] == o.betw[y];
                }
                if (!own && (P.role[q] == R_SOURCE || P.role[q] == R_TARGET) &&
                    M(c, P.m[q])->ent == M(c, o.betw[x])->ent) {
                    inside = true;
                }
            }
        }
        if (!inside) {
            mediation = true;
            host_between = true;
            for (int q = 0; q < P.n; q++) {
                bool b = false;
                for (int x = 0; x < o.nbetw; x++) {
                    if (M(c, P.m[q])->ent == M(c, o.betw[x])->ent) {
                        b = true;
                    }
                }
                if (!b && f.status != S_DECLINED) {
                    P.role[q] = R_MEDIATOR;
                } else if (!b && P.role[q] != R_SOURCE) {
                    P.role[q] = R_MEDIATOR;
                }
            }
        }
    }
    /* "Egypt hosted Israeli and Hamas negotiators in Cairo on Sunday for indirect talks": a
     * host of two other sides gathered for talks is their go-between */
    bool for_talks = false;
    if (!mediation && f.type == T_HOST && k->form == F_VERB && o.nobj >= 2 &&
        (is(d, k->ts, "hosted") || is(d, k->ts, "hosts") || is(d, k->ts, "host") ||
         is(d, k->ts, "hosting"))) {
        for (uint32_t q = k->te; q + 1 < c->te && q < k->te + 20 && !for_talks; q++) {
            if (d->toks[q].p == ',' || d->toks[q].p == ';' || d->toks[q].p == '.') {
                break;
            }
            if (!is(d, q, "for")) {
                continue;
            }
            uint32_t r = q + 1;
            while (r < c->te && r < q + 4 &&
                   (is(d, r, "a") || is(d, r, "indirect") || is(d, r, "direct") ||
                    is(d, r, "new") || is(d, r, "fresh") || is(d, r, "further"))) {
                r++;
            }
            const px_entry *tn = r < c->te ? trig(d, r, c->te, TR_CONTACT_N, NULL) : NULL;
            for_talks = tn && tn->a == T_NEGOTIATE;
        }
    }
    if (for_talks) {
        int guests = 0;
        bool own = false;
        for (int q = 0; q < P.n; q++) {
            const px_ent *gq = E(c, P.m[q]);
            if (P.role[q] == R_SOURCE || !gq) {
                continue;
            }
            /* (sides' delegations, not leaders: "hosted Zelensky and Starmer for talks" is
             * Macron's own; nor the host's counterparts: "hosted his Qatari and Turkish
             * counterparts in Cairo for talks") */
            own = own || M(c, P.m[q])->kind == MK_PERSON || strstr(gq->title, "counterpart");
            guests++;
            for (int h = 0; h < P.n; h++) {
                const px_ent *hq = E(c, P.m[h]);
                own = own || (P.role[h] == R_SOURCE && hq && hq->country[0] &&
                              strcmp(hq->country, gq->country) == 0);
            }
        }
        if (guests >= 2 && !own) {
            mediation = true;
            for (int q = 0; q < P.n; q++) {
                P.role[q] = P.role[q] == R_SOURCE ? R_MEDIATOR : R_PARTICIPANT;
            }
        }
    }
    if (!mediation && f.type != T_VISIT && f.type != T_HOST && (o.nmedi > 0 || hyph_medi >= 0)) {
        /* a go-between named after the parties ("held talks mediated by Malaysia") */
        for (int x = 0; x < o.nmedi; x++) {
            padd(c, &P, o.medi[x], R_MEDIATOR);
        }
        if (hyph_medi >= 0) {
            padd(c, &P, hyph_medi, R_MEDIATOR);
        }
        mediation = plist_has(&P, R_MEDIATOR);
    }
    if (mediation) {
        /* ("ready to host a meeting between Putin and Zelensky": a meeting; talks stay
         * talks) */
        bool meeting = host_between && k->te > k->ts &&
                       (is(d, k->te - 1, "meeting") || is(d, k->te - 1, "summit") ||
                        is(d, k->te - 1, "meetings") || is(d, k->te - 1, "summits"));
        f.type = meeting ? T_MEET : T_NEGOTIATE;
        f.mediation = true;
    }
    /* no subject but a "their": "have postponed their meeting" -> already subjects */
    /* drop analysts, speakers, and duplicate states of a person's own country */
    plist Q = {{0}, {0}, 0};
    for (int q = 0; q < P.n; q++) {
        const px_ent *e = E(c, P.m[q]);
        if (!e || e->analyst || c->speaker[P.m[q]]) {
            continue;
        }
        /* ("Pashinyan and Aliyev to Meet in Abu Dhabi to Finalize Peace Treaty": in a
         * title-case headline an unknown capitalised word is no party) */
        if (d->sents[c->si].title_case && M(c, P.m[q])->kind == MK_UNKNOWN) {
            continue;
        }
        Q.m[Q.n] = P.m[q];
        Q.role[Q.n] = P.role[q];
        Q.n++;
    }
    if (d->sents[c->si].title_case && !plist_has(&Q, R_TARGET)) {
        for (int q = 0; q < Q.n; q++) {
            if (Q.role[q] == R_PARTICIPANT) {
                Q.role[q] = R_TARGET; /* (the word dropped above was the target) */
                break;
            }
        }
    }
    if (k->dest >= 0 && f.loc_ment < 0) {
        f.loc_ment = k->dest;
        /* ("will travel to China later this month for the SCO summit in Tianjin": the
         * gathering's city in that state is the more exact place) */
        if (k->type == T_ATTEND && o.place >= 0 && o.place != k->dest &&
            M(c, o.place)->kind == MK_PLACE && E(c, o.place) &&
            !px_streq(E(c, o.place)->code, "COUNTRY") &&
            (M(c, k->dest)->kind == MK_STATE ||
             (E(c, k->dest) && px_streq(E(c, k->dest)->code, "COUNTRY"))) &&
            M(c, o.place)->ts > M(c, k->dest)->te && E(c, o.place) && E(c, k->dest) &&
            px_streq(E(c, o.place)->country, E(c, k->dest)->country)) {
            f.loc_ment = o.place;
        }
    }
    /* location: the first place in the clause (not the destination when it is a party) */
    if (f.loc_ment < 0 && o.place >= 0) {
        f.loc_ment = o.place;
    }
    if (f.loc_ment < 0 && (purpose_noun(c, k) || k->ahead)) {
        /* "Macron (is) in Beijing for talks with Xi", "arrived in Muscat ahead of talks
         * with X", "will travel to Cairo ahead of talks": the place just before */
        uint32_t q = k->ts;
        while (q > c->tb && !(k->ahead ? ahead_prep(c, q - 1) : is(d, q - 1, "for"))) {
            q--;
        }
        /* the preposition's first word; over a time: "in Pyongyang on Saturday" */
        uint32_t r = q > c->tb ? q - 1 : q;
        if (k->ahead && r > c->tb && !is(d, r, "before")) {
            r--;
        }
        while (r > c->tb + 1 && in_timex(c, r - 1, NULL)) {
            r--;
        }
        int pm = r > c->tb + 1 ? ment_at(c, r - 1) : -1;
        if (pm >= 0 && M(c, pm)->te == r && M(c, pm)->kind == MK_PLACE && M(c, pm)->ts > c->tb &&
            (is(d, M(c, pm)->ts - 1, "in") || is(d, M(c, pm)->ts - 1, "at") ||
             (k->ahead && is(d, M(c, pm)->ts - 1, "to")))) {
            f.loc_ment = pm;
        }
    }
    /* ("..., Buckingham Palace announced": a building that speaks is no venue) */
    if (o.venue_te && o.venue_te < c->te && o.venue_ts > c->tb && report_at(c, o.venue_te) &&
        (d->toks[o.venue_ts - 1].p == ',' || is(d, o.venue_ts - 1, "the"))) {
        o.venue_ts = o.venue_te = 0;
    }
    /* ("spoke with Trump on the eve of the NATO summit": a time named by a gathering is
     * no venue of a call) */
    if (o.venue_te && f.type == T_CALL && o.venue_ts >= c->tb + 3) {
        uint32_t vq = o.venue_ts;
        while (vq > c->tb + 3 && (is(d, vq - 1, "the") || is(d, vq - 1, "a"))) {
            vq--;
        }
        if (is(d, vq - 1, "of") && (is(d, vq - 2, "eve") || is(d, vq - 2, "run-up") ||
                                    is(d, vq - 2, "end") || is(d, vq - 2, "start") ||
                                    is(d, vq - 2, "opening") || is(d, vq - 2, "close"))) {
            o.venue_ts = o.venue_te = 0;
        }
    }
    if (o.venue_te) {
        f.venue_ts = o.venue_ts;
        f.venue_te = o.venue_te;
    }
    /* "visited Mayo Hospital", "met members of the Sugar Cane Growers Council", "Leaders of
     * the Garment Manufacturers and Exporters Association met ...": a named institution of
     * no state's (a hospital, an association, a company) is no party */
    int civil = 0;
    for (int q = 0; q < Q.n;) {
        if (civil_body(c, Q.m[q])) {
            memmove(&Q.m[q], &Q.m[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.m[0]);
            memmove(&Q.role[q], &Q.role[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.role[0]);
            Q.n--;
            civil++;
            continue;
        }
        q++;
    }
    /* "Wang's trip to Africa", "will travel to Europe next week": a continent or a region
     * of several states is no party (the trip stays without a state) */
    for (int q = 0; q < Q.n;) {
        const px_ment *qm = M(c, Q.m[q]);
        if (qm->kind == MK_UNKNOWN && (!E(c, Q.m[q]) || !E(c, Q.m[q])->country[0]) &&
            region_word(d, qm->ts)) {
            memmove(&Q.m[q], &Q.m[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.m[0]);
            memmove(&Q.role[q], &Q.role[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.role[0]);
            Q.n--;
            civil++;
            continue;
        }
        q++;
    }
    /* "a four-day tour of the Western Balkans, with stops in Belgrade, Pristina, Sarajevo and
     * Podgorica": a trip to a region names its states by its stops (the first here, the
     * others as further destinations) */
    for (uint32_t q = k->te; f.type == T_VISIT && !plist_has(&Q, R_TARGET) && Q.n >= 1 &&
                             q + 2 < c->te && q < k->te + 10;
         q++) {
        if (d->toks[q].p == '.' || d->toks[q].p == ';') {
            break;
        }
        if (!((is(d, q, "stops") || is(d, q, "stop") || is(d, q, "stopovers") ||
               is(d, q, "stopping")) &&
              (is(d, q + 1, "in") || is(d, q + 1, "at")))) {
            continue;
        }
        int pm = ment_at(c, q + 2);
        int sm = pm >= 0 && M(c, pm)->ts == q + 2 && M(c, pm)->kind == MK_PLACE
                     ? state_mention_for(c, pm)
                     : -1;
        if (sm >= 0) {
            padd(c, &Q, sm, R_TARGET);
            f.loc_ment = pm;
        }
        break;
    }
    /* "Macron and Xi will travel together to the Pyrenees": fellow travellers to no known
     * state visit no one of their own party (nor "when the two leaders visited the
     * Pyrenees") */
    if (f.type == T_VISIT && (k->form == F_MOTION || k->form == F_VERB) && ns >= 2 && Q.n >= 2) {
        bool all_subj = true;
        for (int q = 0; q < Q.n && all_subj; q++) {
            const px_ent *qe = E(c, Q.m[q]);
            if (M(c, Q.m[q])->kind == MK_UNKNOWN && (!qe || !qe->country[0])) {
                continue; /* (the unknown place itself) */
            }
            bool in = false;
            for (int x = 0; x < ns && !in; x++) {
                in = Q.m[q] == subj[x];
            }
            all_subj = in;
        }
        if (all_subj) {
            return;
        }
    }
    /* "The two leaders then travelled together to Modi's residence": of fellow travellers the
     * visitor is the one from abroad, the host who goes along a participant */
    if (f.type == T_VISIT && (k->form == F_MOTION || k->form == F_VERB) && ns >= 2 && Q.n >= 3) {
        const px_ent *te = NULL;
        int src = -1, alt = -1;
        for (int q = 0; q < Q.n; q++) {
            te = Q.role[q] == R_TARGET ? E(c, Q.m[q]) : te;
            src = Q.role[q] == R_SOURCE ? q : src;
        }
        for (int q = 0; te && te->country[0] && q < Q.n && alt < 0; q++) {
            const px_ent *qe = E(c, Q.m[q]);
            bool in = false;
            for (int x = 0; x < ns && !in; x++) {
                in = Q.m[q] == subj[x];
            }
            if (in && Q.role[q] == R_PARTICIPANT && qe && qe->country[0] &&
                strcmp(qe->country, te->country) != 0) {
                alt = q;
            }
        }
        const px_ent *se = src >= 0 ? E(c, Q.m[src]) : NULL;
        if (alt >= 0 && se && px_streq(se->country, te->country)) {
            int tm = Q.m[src];
            Q.m[src] = Q.m[alt];
            Q.m[alt] = tm;
        }
    }
    if (civil && (Q.n == 0 || (Q.n == 1 && f.type != T_ATTEND) ||
                  (f.type == T_VISIT && !plist_has(&Q, R_TARGET)))) {
        return; /* (the visit was to the body) */
    }
    /* "Sugiono met Penny Wong ..., and the two ministers were later received by Prabowo": a
     * guest of the host's own state beside a foreign guest is of the host's side */
    if (f.type == T_HOST && Q.n >= 3 && Q.role[0] == R_SOURCE && E(c, Q.m[0]) && E(c, Q.m[0])->country[0]) {
        const char *hc0 = E(c, Q.m[0])->country;
        bool foreign = false;
        for (int q = 1; q < Q.n; q++) {
            const px_ent *ge = E(c, Q.m[q]);
            foreign = foreign || (Q.role[q] != R_MEDIATOR && ge && ge->country[0] && strcmp(ge->country, hc0) != 0);
        }
        for (int q = 1; foreign && q < Q.n;) {
            const px_ent *ge = E(c, Q.m[q]);
            /* (a co-host named with the host stays: "Wong and Defence Minister Richard Marles
             * will host Sugiono") */
            bool cohost = false, host_subj = false;
            for (int s = 0; s < ns; s++) {
                cohost = cohost || subj[s] == Q.m[q];
                host_subj = host_subj || subj[s] == Q.m[0];
            }
            cohost = cohost && host_subj;
            if (Q.role[q] != R_MEDIATOR && ge && px_streq(ge->country, hc0) && !cohost) {
                memmove(&Q.m[q], &Q.m[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.m[0]);
                memmove(&Q.role[q], &Q.role[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.role[0]);
                Q.n--;
                continue;
            }
            q++;
        }
        if (foreign && !plist_has(&Q, R_TARGET)) {
            for (int q = 1; q < Q.n; q++) {
                if (Q.role[q] == R_PARTICIPANT) {
                    Q.role[q] = R_TARGET;
                    break;
                }
            }
        }
    }
    /* "Metsola arrived in Chisinau ... A planned onward trip to Kyiv was called off": a trip
     * not taken, with no traveller, in a sentence that names no one, is the trip of the
     * traveller of the two sentences before */
    if (f.type == T_VISIT && k->form == F_NOUN && Q.n == 1 && Q.role[0] == R_TARGET &&
        f.status != S_OCCURRED && c->si > 0 && syn_room(c)) {
        bool named = false;
        for (size_t r = 0; r < c->me - c->mb && !named; r++) {
            named = M(c, (int)r)->kind == MK_PERSON && !(M(c, (int)r)->flags & MF_PRON) &&
                    !c->speaker[r];
        }
        for (size_t fi = d->nframe; !named && fi-- > 0;) {
            const px_frame *fr = &d->frames[fi];
            if (fr->sent + 2 < c->si) {
                break;
            }
            if (fr->sent == c->si || fr->type != T_VISIT || fr->nparties < 1 ||
                fr->parties[0].role != R_SOURCE || d->ments[fr->parties[0].ment].kind != MK_PERSON) {
                continue;
            }
            const px_ment src = d->ments[fr->parties[0].ment];
            if (px_ment_push(d, k->ts, k->te, k->te - 1, src.kind, MF_COREF, src.ent) == 0) {
                memmove(&Q.m[1], &Q.m[0], sizeof Q.m[0]);
                memmove(&Q.role[1], &Q.role[0], sizeof Q.role[0]);
                Q.m[0] = (int)(d->nment - 1 - c->mb);
                Q.role[0] = R_SOURCE;
                Q.n = 2;
            }
            break;
        }
    }
    /* "Soder began a four-day trip to India ... A meeting with Prime Minister Narendra Modi
     * that had been pencilled in for Thursday was cancelled": a meeting called off with its
     * one partner named, in a sentence that names no one else, is one of the person who
     * made the last contact of the sentence before */
    if ((f.type == T_MEET || f.type == T_NEGOTIATE) && k->form == F_NOUN && Q.n == 1 &&
        (Q.role[0] == R_TARGET || Q.role[0] == R_PARTICIPANT) && M(c, Q.m[0])->kind == MK_PERSON &&
        (f.status == S_CANCELLED || f.status == S_POSTPONED || f.status == S_NOT_OCCURRED) &&
        c->si > 0 && syn_room(c)) {
        for (size_t fi = d->nframe; fi-- > 0;) {
            const px_frame *fr = &d->frames[fi];
            if (fr->sent + 1 < c->si) {
                break;
            }
            if (fr->sent == c->si || fr->nparties < 1 || fr->parties[0].role != R_SOURCE ||
                d->ments[fr->parties[0].ment].kind != MK_PERSON ||
                d->ments[fr->parties[0].ment].ent == M(c, Q.m[0])->ent) {
                continue;
            }
            const px_ment src = d->ments[fr->parties[0].ment];
            /* (no one else named here: "...; Soder will instead hold talks" is he) */
            bool named = false;
            for (size_t r = 0; r < c->me - c->mb && !named; r++) {
                named = (int)r != Q.m[0] && M(c, (int)r)->kind == MK_PERSON &&
                        M(c, (int)r)->ent != M(c, Q.m[0])->ent && M(c, (int)r)->ent != src.ent &&
                        !c->speaker[r];
                /* (in this clause: not past a semicolon) */
                uint32_t lo = M(c, (int)r)->ts < k->ts ? M(c, (int)r)->ts : k->te;
                uint32_t hi = M(c, (int)r)->ts < k->ts ? k->ts : M(c, (int)r)->ts;
                for (uint32_t q = lo; named && q < hi; q++) {
                    named = d->toks[q].p != ';';
                }
            }
            if (!named &&
                px_ment_push(d, k->ts, k->te, k->te - 1, src.kind, MF_COREF, src.ent) == 0) {
                memmove(&Q.m[1], &Q.m[0], sizeof Q.m[0]);
                memmove(&Q.role[1], &Q.role[0], sizeof Q.role[0]);
                Q.m[0] = (int)(d->nment - 1 - c->mb);
                Q.role[0] = R_SOURCE;
                Q.role[1] = R_TARGET;
                Q.n = 2;
            }
            break;
        }
    }
    /* "Peskov did not rule out a telephone conversation between Putin and Trump": a
     * spokesman who decides on others' contact speaks for them and is no party */
    if (k->dec_tok >= 0 && Q.n >= 3 && Q.role[0] == R_SOURCE && E(c, Q.m[0]) &&
        M(c, Q.m[0])->kind == MK_PERSON &&
        (strstr(E(c, Q.m[0])->title, "spokes") || strstr(E(c, Q.m[0])->title, "press secretary"))) {
        int np = 0;
        for (int q = 1; q < Q.n; q++) {
            np += Q.role[q] == R_PARTICIPANT;
        }
        if (np == Q.n - 1) {
            memmove(&Q.m[0], &Q.m[1], (size_t)(Q.n - 1) * sizeof Q.m[0]);
            memmove(&Q.role[0], &Q.role[1], (size_t)(Q.n - 1) * sizeof Q.role[0]);
            Q.n--;
            Q.role[0] = R_SOURCE;
            Q.role[1] = R_TARGET;
        }
    }
    /* "Chinh and his Singaporean counterpart held talks following an official welcome
     * ceremony": a reception's coordinated parties are its host and its guest (the first of
     * another state than the host's) */
    if (f.type == T_HOST && k->form == F_NOUN && Q.n >= 2 && Q.role[0] == R_SOURCE &&
        E(c, Q.m[0])) {
        bool tgt = false;
        for (int q = 1; q < Q.n; q++) {
            tgt = tgt || Q.role[q] == R_TARGET;
        }
        for (int q = 1; !tgt && q < Q.n; q++) {
            const px_ent *qe = E(c, Q.m[q]);
            if (Q.role[q] == R_PARTICIPANT && qe && qe->country[0] &&
                !same_side(E(c, Q.m[0]), qe)) {
                Q.role[q] = R_TARGET;
                tgt = true;
            }
        }
    }
    /* diplomatic test: at least two parties from different sides, or one party attending
     * an international event */
    int sides = 0;
    bool unknown = false;
    for (int q = 0; q < Q.n; q++) {
        const px_ent *e = E(c, Q.m[q]);
        if (!e->country[0] && !px_streq(e->sector, "IGO") && strncmp(e->code, "IGO", 3) != 0) {
            unknown = true;
        }
        bool dup = false;
        for (int r = 0; r < q; r++) {
            if (same_side(E(c, Q.m[r]), e)) {
                dup = true;
            }
        }
        if (!dup) {
            sides++;
        }
    }
    bool ok = sides >= 2;
    /* "Zelensky held talks with Trump ... Macron joined the talks later": a lone joiner of
     * a contact just reported (joined_contact makes him its participant) */
    if (!ok && Q.n == 1 && k->ts + 2 < c->te && px_streq(k->rule, "light_verb+noun") &&
        (is(d, k->ts, "join") || is(d, k->ts, "joins") || is(d, k->ts, "joined") ||
         is(d, k->ts, "joining")) &&
        is(d, k->ts + 1, "the") && E(c, Q.m[0]) && E(c, Q.m[0])->country[0] &&
        !(k->te < c->te &&
          (is(d, k->te, "with") || is(d, k->te, "between") || is(d, k->te, "of")))) {
        for (size_t b = d->nframe; b-- > 0 && !ok;) {
            const px_frame *x = &d->frames[b];
            if (x->sent + 2 < c->si) {
                break;
            }
            ok = x->nparties >= 2 &&
                 (x->type == T_MEET || x->type == T_NEGOTIATE || x->type == T_CALL);
        }
    }
    /* "Tehran would only negotiate through Omani mediators": a go-between is no side */
    int sided = 0;
    for (int q = 0; q < Q.n; q++) {
        sided += Q.role[q] != R_MEDIATOR;
    }
    if (ok && sided < 2 && o.nmedi > 0 && mediator_group(E(c, o.medi[0]))) {
        /* (but talks "with" the mediators themselves are a contact with them: "Hamas
         * would hold talks with Egyptian mediators in Cairo": Hamas -> Egypt) */
        uint32_t w = M(c, o.medi[0])->ts;
        if (w > c->tb + 1 && is(d, w - 1, "the")) {
            w--;
        }
        bool with = w > c->tb && is(d, w - 1, "with");
        for (int q = 0, n = 0; with && q < Q.n; q++) {
            if (Q.role[q] == R_MEDIATOR) {
                Q.role[q] = n++ == 0 ? R_TARGET : R_PARTICIPANT;
            }
        }
        ok = with;
    }
    /* "Andrew Forrest met executives of Chinese steelmaker Baowu": business people and no
     * official on either side is no diplomatic contact */
    if (ok) {
        bool bus = false, official = false, execs = false;
        /* (also bodies of no known state or sector whose executives meet: "Executives from
         * Abu Dhabi's ADNOC and Kazakhstan's KazMunayGas met") */
        for (int q = 0; q < Q.n && !execs; q++) {
            uint32_t xs = M(c, Q.m[q])->ts;
            while (xs > c->tb && !execs && (is(d, xs - 1, "'s") || ment_at(c, xs - 1) >= 0)) {
                int xm = ment_at(c, xs - 1);
                /* (the executives' group mention itself: "Executives from Abu Dhabi's") */
                execs = xm >= 0 && E(c, xm) && px_streq(E(c, xm)->sector, "BUS");
                xs = xm >= 0 ? M(c, xm)->ts : xs - 1;
            }
            execs = execs || (xs > c->tb + 1 && (is(d, xs - 1, "from") || is(d, xs - 1, "of")) &&
                              (is(d, xs - 2, "executives") || is(d, xs - 2, "managers")));
        }
        for (int q = 0; q < Q.n; q++) {
            const px_ent *e = E(c, Q.m[q]);
            bool nobody = !e->sector[0] && !e->country[0] && !e->code[0] &&
                          M(c, Q.m[q])->kind != MK_PERSON;
            /* ("More than 200 traders from Rwanda and Uganda met": the second state is of
             * the business people too) */
            uint32_t s0 = M(c, Q.m[q])->ts;
            int bm = M(c, Q.m[q])->kind == MK_STATE && s0 > c->tb + 1 && is(d, s0 - 1, "and")
                         ? ment_at(c, s0 - 2)
                         : -1;
            if (bm >= 0 && M(c, bm)->kind == MK_GROUP && E(c, bm) &&
                strlen(E(c, bm)->code) >= 6 && px_streq(E(c, bm)->code + 3, "BUS") &&
                M(c, bm)->te > M(c, bm)->ts + 1 && is(d, M(c, bm)->te - 2, "from")) {
                bus = true;
                continue;
            }
            if (px_streq(e->sector, "BUS") ||
                (strlen(e->code) >= 6 && px_streq(e->code + 3, "BUS")) || (execs && nobody)) {
                bus = true;
            } else if (e->sector[0] || e->title[0] || M(c, Q.m[q])->kind == MK_STATE ||
                       M(c, Q.m[q])->kind == MK_ORG) {
                official = true;
            }
        }
        ok = !bus || official;
        /* ("Microsoft CEO Satya Nadella visited Bengaluru": a business trip) */
        const px_ent *v0 = f.type == T_VISIT && Q.n > 0 ? E(c, Q.m[0]) : NULL;
        if (ok && v0 && Q.role[0] == R_SOURCE &&
            (px_streq(v0->sector, "BUS") || (strlen(v0->code) >= 6 && px_streq(v0->code + 3, "BUS")))) {
            ok = false;
        }
        /* ("Taylor Swift visited London last week": a visitor of no title, no state and no
         * sector, in a sentence that names no official, makes a private trip) */
        bool host_named = false;
        for (int q = 0; q < (int)(c->me - c->mb) && !host_named; q++) {
            const px_ent *oe = q != Q.m[0] && M(c, q)->kind == MK_PERSON ? E(c, q) : NULL;
            host_named = oe && (oe->country[0] || oe->title[0]);
        }
        if (ok && v0 && Q.role[0] == R_SOURCE && M(c, Q.m[0])->kind == MK_PERSON &&
            !(M(c, Q.m[0])->flags & MF_PRON) && !v0->country[0] && !v0->title[0] &&
            !v0->sector[0] && !v0->code[0] && !host_named) {
            ok = false;
        }
    }
    /* "Union Home Minister Amit Shah also attended the meeting": one party's attendance of a
     * plain meeting named before is an aide's presence, no contact */
    /* "Hope Hicks Meets Reporters": in a title-case headline every word looks like a name;
     * every party must be known (a state, a body, a person with a country) */
    if (ok && d->sents[c->si].title_case) {
        for (int q = 0; q < Q.n && ok; q++) {
            const px_ent *e = E(c, Q.m[q]);
            ok = e->country[0] || px_streq(e->sector, "IGO") || strncmp(e->code, "IGO", 3) == 0;
        }
    }
    /* "Manchester City hosted Real Madrid at the stadium", "Brazil hosted Argentina in a
     * World Cup qualifier": in a sports report, parties that are only places, clubs or
     * national sides (no official, no international body) are teams */
    /* (nor is one official with a side: "The Pope received the Italian national football
     * team at the Vatican"; two officials make a contact at a match) */
    if (ok && c->sport) {
        int official = 0;
        for (int q = 0; q < Q.n; q++) {
            const px_ent *e = E(c, Q.m[q]);
            if ((M(c, Q.m[q])->kind == MK_PERSON && (e->title[0] || e->country[0])) ||
                px_streq(e->sector, "IGO") || strncmp(e->code, "IGO", 3) == 0) {
                official++;
            }
        }
        ok = official >= 2 && f.type != T_ATTEND; /* (attending a match is no contact) */
    }
    if (!ok && Q.n == 1 && f.type == T_HOST && o.nobj == 0 && o.nwith == 0 && !c->sport) {
        /* "South Africa hosted the G20 summit in Johannesburg", "Xi hosted the SCO summit":
         * hosting a named multilateral event, whose guests the venue stands for (as for
         * attending one) */
        if (k->form == F_VERB && o.venue_te) {
            /* ("Italy, which hosted the Milan-Cortina Winter Olympics": sport; "hosted a
             * reception for Paralympians at Buckingham Palace": a building, no event) */
            int vm = ment_at(c, o.venue_ts);
            ok = !sport_event(c, o.venue_ts, o.venue_te) && !(vm >= 0 && !venue_event(c, vm));
        } else if (k->form == F_LIGHT) {
            for (uint32_t q = k->ts + 1; q < k->te && !ok; q++) {
                int om = ment_at(c, q);
                if (om >= 0 && M(c, om)->kind == MK_ORG && E(c, om) &&
                    (px_streq(E(c, om)->sector, "IGO") || strncmp(E(c, om)->code, "IGO", 3) == 0)) {
                    ok = true;
                    f.venue_ts = M(c, om)->ts;
                    while (f.venue_ts + 1 < k->te && (is(d, f.venue_ts, "the") || is(d, f.venue_ts, "a"))) {
                        f.venue_ts++;
                    }
                    f.venue_te = k->te;
                }
            }
        }
        if (ok) {
            f.conf = 0.7f;
        }
    }
    if (!ok && (Q.n == 1 || (sides == 1 && k->agent >= 0)) && f.type == T_ATTEND &&
        (o.venue_te || o.nobj == 0)) {
        /* "X will attend the summit" */
        uint32_t j = k->after;
        while (j < c->te && (cue1(d, j, CUE_DET) || is(d, j, "the") || is(d, j, "a") || is(d, j, "an"))) {
            j++;
        }
        uint32_t vl = 0;
        bool ev = o.venue_te || (j < c->te && (px_match_kind(d, j, K_VENUE, &vl) || is(d, j, "event")));
        if (!ev) {
            /* (over an ordinal and a body's name: "the 58th ASEAN Foreign Ministers'
             * Meeting") */
            for (uint32_t q = k->after; q < c->te && q < k->after + 8; q++) {
                if (px_match_kind(d, q, K_VENUE, &vl) || is(d, q, "event")) {
                    ev = true;
                    break;
                }
            }
        }
        /* ("Quirno will attend instead": the gathering just reported, or none, in
         * anaphoric_attendance) */
        ev = ev || (k->form == F_VERB && k->te == k->ts + 1 && k->te < c->te &&
                    is(d, k->te, "instead") && !(k->vflags & TRF_PAST));
        if (k->form == F_LIGHT) {
            ev = true; /* "attend a summit": the contact noun is the event */
            /* (not a plain meeting named before: "Union Home Minister Amit Shah also
             * attended the meeting" is an aide's presence) */
            if (k->te >= c->tb + 2 &&
                (is(d, k->ts, "attended") || is(d, k->ts, "attends") || is(d, k->ts, "attend") ||
                 is(d, k->ts, "attending")) &&
                (is(d, k->te - 1, "meeting") || is(d, k->te - 1, "talks")) &&
                (is(d, k->te - 2, "the") || is(d, k->te - 2, "this") ||
                 is(d, k->te - 2, "that")) &&
                !(k->te < c->te && (is(d, k->te, "of") || is(d, k->te, "between")))) {
                ev = false;
            }
        }
        /* "attended a passing-out parade at Sandhurst", "attended a banking conference in
         * Istanbul": an indefinite event with no name is no multilateral meeting ("a summit
         * of the African Union" names one) */
        {
            uint32_t a0 = k->form == F_LIGHT ? k->ts + 1 : k->after;
            if (ev && !o.venue_te && a0 < c->te && (is(d, a0, "a") || is(d, a0, "an"))) {
                uint32_t h = a0 + 1;
                bool named = false;
                while (h < c->te && h < a0 + 6 && !px_match_kind(d, h, K_VENUE, NULL) &&
                       !trig(d, h, c->te, TR_CONTACT_N, NULL)) {
                    /* (or a gathering of states by its adjective: "an international
                     * conference on Lebanon's reconstruction", "a ministerial meeting") */
                    named = named || (d->toks[h].flags & (TF_CAP | TF_NUM));
                    h++;
                }
                /* (right before the noun: not "an international banking conference") */
                named = named || (h > a0 + 1 && h < c->te &&
                                  (is(d, h - 1, "international") || is(d, h - 1, "multilateral") ||
                                   is(d, h - 1, "ministerial") ||
                                   is(d, h - 1, "intergovernmental") || is(d, h - 1, "donor") ||
                                   is(d, h - 1, "donors")));
                uint32_t hl = 0;
                if (h < c->te && (px_match_kind(d, h, K_VENUE, &hl) || trig(d, h, c->te, TR_CONTACT_N, &hl))) {
                    uint32_t nx = h + (hl ? hl : 1);
                    /* ("attending a military parade in Beijing alongside Xi and Putin": with
                     * other leaders, a gathering of states) */
                    for (uint32_t q = nx; q < c->te && q < nx + 12 && d->toks[q].p != ','; q++) {
                        named = named || is(d, q, "alongside");
                    }
                    /* (a summit is a meeting of leaders whatever its name: "attend a summit
                     * in Switzerland") */
                    if (!named && !is(d, h, "summit") && !is(d, h, "summits") &&
                        !(nx < c->te && (is(d, nx, "of") || is(d, nx, "on") || is(d, nx, "with") ||
                                         is(d, nx, "between") || is(d, nx, "among")))) {
                        ev = false;
                    }
                }
            }
        }
        /* "Latin American leaders gathered in Madrid for the 30th Ibero-American Summit.
         * Javier Milei ... declined to attend": an attendance with no object is of the
         * gathering named in this sentence or the one before */
        if (!ev && k->form == F_VERB && k->status != S_OCCURRED && o.nobj == 0 &&
            (is(d, k->ts, "attend") || is(d, k->ts, "attending")) && k->te < c->te &&
            (d->toks[k->te].p == '.' || d->toks[k->te].p == ',' || is(d, k->te, "and"))) {
            uint32_t q0 = c->si > 0 ? d->sents[c->si - 1].tb : c->tb;
            for (uint32_t q = q0; q < k->ts && !ev; q++) {
                uint32_t ql = 0;
                uint32_t qe = px_match_kind(d, q, K_VENUE, &ql) ? q + ql : 0;
                /* (its head noun in it or right after: "the European Political Community
                 * summit") */
                for (uint32_t h = qe ? qe - 1 : 0; qe && h <= qe && h < c->te && !ev; h++) {
                    ev = is(d, h, "summit") || is(d, h, "meeting") || is(d, h, "forum") ||
                         is(d, h, "conference");
                }
            }
        }
        /* "an anti-government parade", "an anti-war rally": a protest, not a contact */
        for (uint32_t q = k->after; ev && q < c->te && q < k->after + 4; q++) {
            const char *kq = px_tkey(d, q);
            if (strncmp(kq, "anti", 4) == 0 && (kq[4] == 0 || kq[4] == '-')) {
                ev = false;
            }
        }
        ok = ev;
        f.conf = 0.7f;
        /* an event abroad involves its host state ("attend the Beijing Olympics") */
        const char *vc = NULL;
        int vm = -1;
        if (o.place >= 0 && E(c, o.place) && E(c, o.place)->country[0]) {
            vc = E(c, o.place)->country;
            vm = o.place;
        } else if (o.venue_te) {
            /* a named venue with a home country: "the Beijing Olympics" */
            int vmm = ment_at(c, o.venue_ts);
            if (vmm >= 0 && E(c, vmm) && E(c, vmm)->country[0]) {
                vc = E(c, vmm)->country;
                vm = vmm;
            }
        }
        /* (or the state of its host: "an international conference on Lebanon's
         * reconstruction hosted by French President Emmanuel Macron") */
        for (uint32_t q = k->after; ok && !vc && q + 2 < c->te && q < k->after + 14; q++) {
            if (d->toks[q].p == ';' || d->toks[q].p == '.') {
                break;
            }
            int hm = is(d, q, "hosted") && is(d, q + 1, "by") ? ment_at(c, q + 2) : -1;
            if (hm >= 0 && M(c, hm)->ts == q + 2 && E(c, hm) && E(c, hm)->country[0] &&
                (M(c, hm)->kind == MK_PERSON || M(c, hm)->kind == MK_STATE)) {
                vc = E(c, hm)->country;
                vm = hm;
            }
        }
        if (ok && vc && E(c, Q.m[0]) && strcmp(vc, E(c, Q.m[0])->country) != 0) {
            int sm = state_mention_for(c, vm);
            if (sm >= 0 && Q.n < PX_MAX_PARTIES) {
                Q.m[Q.n] = sm;
                Q.role[Q.n] = R_TARGET;
                Q.n++;
            }
        }
    }
    if (!ok && Q.n == 1 && f.type == T_VISIT && f.loc_ment < 0) {
        /* "cancelled a previous trip": the destination may come from another visit
         * frame of the same visitor in this sentence (resolved after all frames) */
        f.needs_dest = true;
        ok = true;
    }
    if (!ok && Q.n >= 2 && sides == 1 && unknown) {
        ok = false;
    }
    /* "World leaders are arriving in Belem for COP30", "African leaders attended the AU
     * summit": a group of no state or body attends as no one in particular */
    for (int q = 0; ok && f.type == T_ATTEND && q < Q.n; q++) {
        const px_ent *e = E(c, Q.m[q]);
        if (Q.role[q] == R_SOURCE && e && M(c, Q.m[q])->kind == MK_GROUP && !e->country[0] &&
            strncmp(e->code, "IGO", 3) != 0 && !px_streq(e->sector, "IGO")) {
            ok = false;
        }
    }
    /* "Emperor Naruhito and Empress Masako visited Ishikawa Prefecture": fellow travellers
     * with no host and no place visited are no visit */
    bool host_named = false;
    for (int q = 0; q < Q.n; q++) {
        host_named = host_named || Q.role[q] == R_TARGET;
    }
    if (ok && f.type == T_VISIT && !host_named && f.loc_ment < 0 && !f.needs_dest) {
        ok = false;
    }
    /* (a purpose's contact is at its trip's destination, not at home: "Bessent flew to
     * Buenos Aires to meet Economy Minister Luis Caputo" under a Washington dateline) */
    int dloc = f.loc_ment;
    /* (of a trip's several legs, the one in a partner's state: "will travel to Kinshasa and
     * Kigali next week to meet Tshisekedi" meets in Kinshasa) */
    bool dloc_own = false;
    /* (also a trip read as talks: "will travel to Moscow next week for talks with Lavrov and
     * to attend a meeting of the intergovernmental commission" attends in Moscow, next week) */
    const px_frame *pur_trip = NULL;
    bool pur_motion = k->pur >= 0 && trig(d, c->cores[k->pur].ts, c->te, TR_MOTION_V, NULL);
    for (size_t x = d->nframe; ok && f.loc_ment < 0 && !dloc_own && k->pur >= 0 && x-- > 0 &&
                               d->frames[x].sent == c->si;) {
        const px_frame *pf = &d->frames[x];
        if (pf->core_ts == c->cores[k->pur].ts && (pf->type == T_VISIT || pur_motion) &&
            pf->loc_ment >= 0 && (size_t)pf->loc_ment >= c->mb && (size_t)pf->loc_ment < c->me) {
            pur_trip = pf->type != T_VISIT ? pf : NULL;
            int lm = (int)((size_t)pf->loc_ment - c->mb);
            for (int q = 0; q < Q.n && !dloc_own; q++) {
                dloc_own = Q.role[q] != R_SOURCE && E(c, Q.m[q]) && E(c, lm) &&
                           E(c, Q.m[q])->country[0] &&
                           px_streq(E(c, Q.m[q])->country, E(c, lm)->country);
            }
            if (dloc < 0 || dloc_own) {
                dloc = lm;
            }
        }
    }
    if (ok && domestic(c, &Q, dloc, f.type)) {
        return; /* "the prime minister met opposition leader X in Madrid" */
    }
    /* (and its place: "will travel to Caracas next week to meet his Venezuelan
     * counterpart" meets in Caracas) */
    if (ok && f.loc_ment < 0 && dloc >= 0 && !f.venue_te) {
        f.loc_ment = dloc;
    }
    /* "Samsung Electronics Chairman Lee Jae-yong met Nvidia Chief Executive Jensen Huang":
     * business people with no state or body among the parties are no diplomatic contact */
    bool bus = false, stated = false;
    for (int q = 0; ok && q < Q.n; q++) {
        const px_ent *qe = E(c, Q.m[q]);
        bus = bus || (qe && px_streq(qe->sector, "BUS"));
        stated = stated || (qe && (qe->country[0] || px_streq(qe->sector, "IGO") ||
                                   strncmp(qe->code, "IGO", 3) == 0));
    }
    if (ok && bus && !stated) {
        return;
    }
    /* "visited the Louvre Abu Dhabi", "met the College of Commissioners": a name of no state,
     * office or body after "the" (an institution, a building) is no party */
    for (int q = 0; ok && f.type != T_ATTEND && q < Q.n;) {
        const px_ment *qm = M(c, Q.m[q]);
        const px_ent *qe = E(c, Q.m[q]);
        /* (also a group noun of no state inside a longer name: "an enlarged meeting of the
         * Central Military Commission of the ruling Workers' Party") */
        bool inside = qm->kind == MK_GROUP && qe && !qe->country[0] && qm->te < c->te &&
                      qm->ts > c->tb && is(d, qm->ts - 1, "the") &&
                      (d->toks[qm->te].flags & TF_CAP) && (d->toks[qm->te].flags & TF_ALPHA) &&
                      !d->toks[qm->te - 1].p &&
                      (ment_at(c, qm->te) < 0 || M(c, ment_at(c, qm->te))->kind == MK_UNKNOWN);
        /* (nor an unknown name before a region's noun: "community leaders from the
         * Artibonite region") */
        bool region = qm->kind == MK_UNKNOWN && qe && !qe->country[0] && !qe->code[0] &&
                      qm->te < c->te && !(d->toks[qm->te].flags & TF_CAP) &&
                      (is(d, qm->te, "region") || is(d, qm->te, "province") ||
                       is(d, qm->te, "department") || is(d, qm->te, "district") ||
                       is(d, qm->te, "county"));
        if (Q.role[q] != R_SOURCE &&
            (inside || region ||
             ((qm->kind == MK_UNKNOWN || qm->kind == MK_PERSON) && qm->ts > c->tb &&
              is(d, qm->ts - 1, "the") && qe && !qe->country[0] && !qe->title[0] &&
              !qe->code[0] && f.loc_ment < 0))) {
            bool was_target = Q.role[q] == R_TARGET;
            memmove(&Q.m[q], &Q.m[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.m[0]);
            memmove(&Q.role[q], &Q.role[q + 1], (size_t)(Q.n - q - 1) * sizeof Q.role[0]);
            Q.n--;
            for (int r = 0; was_target && r < Q.n; r++) {
                if (Q.role[r] == R_PARTICIPANT) {
                    Q.role[r] = R_TARGET; /* (the next party takes its place) */
                    break;
                }
            }
            ok = Q.n >= 2;
            continue;
        }
        q++;
    }
    /* "K-pop group BTS will visit Sao Paulo": an acronym of no known state, body or office is
     * no traveller */
    for (int q = 0; ok && f.type == T_VISIT && q < Q.n; q++) {
        const px_ment *qm = M(c, Q.m[q]);
        const px_ent *qe = E(c, Q.m[q]);
        if (Q.role[q] == R_SOURCE && qm->kind == MK_UNKNOWN && qm->te == qm->ts + 1 &&
            (d->toks[qm->ts].flags & TF_UPPER) && qe && !qe->country[0] && !qe->title[0] &&
            !qe->code[0]) {
            ok = false;
        }
    }
    if (!ok) {
        return;
    }
    for (int q = 0; q < Q.n && f.nparties < PX_MAX_PARTIES; q++) {
        f.parties[f.nparties].ment = (int32_t)(c->mb + (size_t)Q.m[q]);
        f.parties[f.nparties].role = Q.role[q];
        f.nparties++;
    }
    /* "agreed during a phone call on Tuesday to hold their next meeting in Canberra": the
     * place of the contact agreed on is not the call's */
    for (uint32_t q = k->te; f.type == T_CALL && f.loc_ment >= 0 && q + 1 < M(c, f.loc_ment)->ts; q++) {
        if (is(d, q, "to") && (d->toks[q + 1].flags & TF_ALPHA) && !(d->toks[q + 1].flags & TF_CAP) &&
            (trig(d, q + 1, c->te, TR_CONTACT_V, NULL) || trig(d, q + 1, c->te, TR_LIGHT_V, NULL) ||
             trig(d, q + 1, c->te, TR_MOTION_V, NULL))) {
            f.loc_ment = -1;
        }
    }
    /* "In a phone conversation on Tuesday, Erdogan and Pezeshkian discussed the situation in
     * Gaza": a call has no place but one named right after it ("a call from Paris") */
    if (f.type == T_CALL && f.loc_ment >= 0 &&
        (M(c, f.loc_ment)->ts < k->te || M(c, f.loc_ment)->ts > k->after + 4)) {
        f.loc_ment = -1;
    }
    /* "..., Buckingham Palace announced": a building that speaks is no place of the contact */
    if (f.loc_ment >= 0 && M(c, f.loc_ment)->te < c->te && M(c, f.loc_ment)->ts > c->tb &&
        report_at(c, M(c, f.loc_ment)->te) &&
        (d->toks[M(c, f.loc_ment)->ts - 1].p == ',' || is(d, M(c, f.loc_ment)->ts - 1, "the"))) {
        f.loc_ment = -1;
    }
    if (f.loc_ment >= 0 && f.status != S_OCCURRED && M(c, f.loc_ment)->ts > k->te &&
        participle_owned(c, k, M(c, f.loc_ment)->ts)) {
        f.loc_ment = -1; /* (a plan: "... initialed by Baku and Yerevan at the White House") */
    }
    /* "A call between Trump and Xi ... produced an agreement to extend the truce reached in
     * Busan": a place after a participle belongs to what it names, not to the call */
    if (f.type == T_CALL && f.loc_ment >= 0 && M(c, f.loc_ment)->ts > k->te + 1 &&
        M(c, f.loc_ment)->ts >= c->tb + 2 && is(d, M(c, f.loc_ment)->ts - 1, "in") &&
        ed_word(d, M(c, f.loc_ment)->ts - 2)) {
        f.loc_ment = -1;
    }
    if (f.loc_ment >= 0) {
        f.loc_ment = (int32_t)(c->mb + (size_t)f.loc_ment);
    }
    /* "SHENZHEN (Xinhua) -- Xi met Lee here on Thursday": "here" is the dateline's city */
    for (uint32_t q = k->te; f.loc_ment < 0 && d->dateline_place >= 0 && q < c->te && q < k->te + 10;
         q++) {
        if (d->toks[q].p == ',' || d->toks[q].p == ';') {
            break;
        }
        if (is(d, q, "here")) {
            f.loc_ment = d->dateline_place;
            break;
        }
    }
    /* "... negotiations in Sharm el-Sheikh. Witkoff and Kushner met Hamas negotiators there":
     * "there" is the last place of the sentence before */
    /* (or of its own sentence before the contact, the dateline aside: "would attend the World
     * Cup draw in Washington on Friday and hoped to meet Trump and Carney there") */
    for (uint32_t q = k->te; f.loc_ment < 0 && q < c->te && q < k->te + 14; q++) {
        if (d->toks[q].p == ',' || d->toks[q].p == ';') {
            break;
        }
        if (!is(d, q, "there") || (q + 1 < c->te && (be_form(d, q + 1) || is(d, q + 1, "has") ||
                                                     is(d, q + 1, "have") || is(d, q + 1, "will")))) {
            continue;
        }
        uint32_t pb = c->si > 0 ? d->sents[c->si - 1].tb : c->tb;
        size_t m0 = c->mb;
        while (m0 < c->me && d->ments[m0].te <= k->ts) {
            m0++;
        }
        for (int pass = 0; pass < 2 && f.loc_ment < 0; pass++) { /* (a city before a state) */
            for (size_t m = m0; m-- > 0 && d->ments[m].ts >= pb;) {
                const px_ment *pm = &d->ments[m];
                if (d->toks[pm->ts].flags & TF_DATELINE) {
                    continue;
                }
                if (pm->ent >= 0 && (pass == 0 ? pm->kind == MK_PLACE
                                               : (pm->kind == MK_STATE && (pm->flags & MF_LOCPP)))) {
                    f.loc_ment = (int32_t)m;
                    break;
                }
            }
        }
        break;
    }
    /* "travelled to Manila, where he met X": the relative clause happens at the place
     * (and the time) of the contact it hangs on */
    int where_place = -1;
    const px_frame *where = where_antecedent(c, k, ns > 0 ? subj[0] : -1, &where_place);
    if (f.loc_ment < 0 && where_place >= 0) {
        f.loc_ment = (int32_t)(c->mb + (size_t)where_place);
    } else if (where && f.loc_ment < 0 && where->loc_ment >= 0) {
        f.loc_ment = where->loc_ment;
    }
    /* "Takaichi held talks with Modi on the sidelines of the summit" (also "at the summit"):
     * the gathering reported in this sentence or the two before, and its place */
    /* (an attendance of "the summit" takes it whole in anaphoric_attendance) */
    for (uint32_t q = c->tb; f.loc_ment < 0 && !f.venue_te && f.type != T_CALL &&
                             f.type != T_ATTEND && q + 3 < c->te;
         q++) {
        uint32_t kl = d->toks[q].klen; /* (told by its length and first letter first) */
        char k0 = d->toks[q].k0;
        if (!((kl == 2 && k0 == 'a') || ((kl == 9 || kl == 7 || kl == 6) && (k0 == 's' || k0 == 'm')))) {
            continue;
        }
        bool side = (is(d, q, "sidelines") || is(d, q, "margins") || is(d, q, "margin")) &&
                    is(d, q + 1, "of") && is(d, q + 2, "the");
        bool at = kl == 2 && is(d, q, "at") && is(d, q + 1, "the") && q + 2 < c->te;
        uint32_t g = side ? q + 3 : at ? q + 2 : 0;
        if (!g || g >= c->te ||
            !(is(d, g, "summit") || is(d, g, "conference") || is(d, g, "forum") ||
              is(d, g, "gathering")) ||
            (g + 1 < c->te && !d->toks[g].p && (d->toks[g + 1].flags & TF_CAP))) {
            continue;
        }
        for (size_t x = d->nframe; x-- > 0;) {
            const px_frame *gf = &d->frames[x];
            if (gf->sent + 2 < c->si) {
                break;
            }
            if (gf->loc_ment >= 0 && gf->nparties > 0 &&
                (gf->type == T_ATTEND || gf->venue_te)) {
                f.loc_ment = gf->loc_ment;
                f.venue_ts = gf->venue_ts;
                f.venue_te = gf->venue_te;
                break;
            }
        }
        break;
    }
    /* (a named venue of its own, "at the Merdeka Palace", is the more exact place) */
    const px_frame *trip = f.loc_ment < 0 && !f.venue_te && f.type != T_CALL ? trip_antecedent(c)
                                                                             : NULL;
    if (trip) {
        f.loc_ment = trip->loc_ment; /* "During that trip, he also met Sharaa" */
    }
    /* "will travel to Japan on Friday for a two-day visit, during which he will hold the
     * annual summit with Ishiba": the visit's place */
    uint32_t dw = ns > 0 && M(c, subj[0])->te <= k->cs ? M(c, subj[0])->ts : k->cs;
    if (f.loc_ment < 0 && !f.venue_te && f.type != T_CALL && dw >= c->tb + 3 &&
        is(d, dw - 1, "which") && is(d, dw - 2, "during") && d->toks[dw - 3].p == ',') {
        for (size_t x = d->nframe; x-- > 0 && d->frames[x].sent == c->si;) {
            const px_frame *vf = &d->frames[x];
            if (vf->type == T_VISIT && vf->core_te <= dw - 3 && vf->loc_ment >= 0 &&
                vf->nparties > 0 && (vf->status == S_PLANNED || vf->status == S_OCCURRED)) {
                f.loc_ment = vf->loc_ment;
                break;
            }
        }
    }
    /* "In Ankara on Tuesday, Fidan and al-Shaibani signed ... after talks": a place
     * fronted before the sentence's first comma sets its contacts */
    if (f.loc_ment < 0 && !f.venue_te && f.type != T_CALL && k->ts > c->tb + 2) {
        uint32_t q0 = c->tb;
        while (q0 < k->ts && (d->toks[q0].flags & TF_DATELINE)) {
            q0++;
        }
        int pm = q0 + 1 < k->ts && (is(d, q0, "in") || is(d, q0, "at")) ? ment_at(c, q0 + 1) : -1;
        /* (or its last place: "On the sidelines of the COP31 climate conference in Antalya,") */
        if (pm < 0 && q0 + 3 < k->ts && (is(d, q0, "on") || is(d, q0, "at")) &&
            is(d, q0 + 1, "the")) {
            for (uint32_t q = q0 + 2; q < k->ts && q < q0 + 14 && d->toks[q].p != ','; q++) {
                int qm = ment_at(c, q);
                if (qm >= 0 && M(c, qm)->kind == MK_PLACE && q > c->tb && is(d, q - 1, "in")) {
                    pm = qm;
                }
            }
        }
        if (pm >= 0 && M(c, pm)->kind == MK_PLACE && E(c, pm) && E(c, pm)->country[0]) {
            uint32_t q = M(c, pm)->te, te2 = 0;
            if (q < k->ts && in_timex(c, q, &te2)) {
                q = te2;
            }
            bool reported = false; /* "In Beijing, officials said Xi would meet Putin" */
            for (uint32_t r = q; r < k->ts && !reported; r++) {
                reported = report_at(c, r);
            }
            if (q < k->ts && d->toks[q].p == ',' && !reported) {
                f.loc_ment = (int32_t)(c->mb + (size_t)pm);
            }
        }
    }
    /* "Vance visited Israel last week. Vance met Netanyahu and Herzog.": a meeting of a
     * visitor just named as visiting with no place of its own is at the visit's place */
    if (f.loc_ment < 0 && !f.venue_te && (f.type == T_MEET || f.type == T_NEGOTIATE) &&
        f.status == S_OCCURRED && f.nparties > 0) {
        const px_frame *v = visit_by(c, d->ments[f.parties[0].ment].ent);
        if (v) {
            f.loc_ment = v->loc_ment;
        }
    }
    /* "Rutte will travel to Kyiv on Friday. Rutte is expected to meet Ukrainian President
     * Volodymyr Zelenskiy": a planned meeting of one whose planned visit was just
     * reported, with people of that visit's state only, is on that visit (its place, and
     * its day when it has none of its own) */
    const px_frame *plan_visit = NULL;
    if (f.loc_ment < 0 && !f.venue_te && (f.type == T_MEET || f.type == T_NEGOTIATE) &&
        f.status == S_PLANNED && f.nparties > 1) {
        const px_frame *v = visit_by_status(c, d->ments[f.parties[0].ment].ent, S_PLANNED);
        /* (or one under way: "left for New Delhi on Sunday on a three-day state visit. He is
         * scheduled to hold talks with Modi") */
        if (!v) {
            v = visit_by_status(c, d->ments[f.parties[0].ment].ent, S_OCCURRED);
            /* (also one under way named in this sentence with no day: "Chinh, who is on a
             * four-day visit to Japan, will meet Emperor Naruhito on Friday") */
            bool ongoing = v && !v->time.set && v->sent == c->si && v->core_ts > c->tb + 1 &&
                           (is(d, v->core_ts - 1, "is") || is(d, v->core_ts - 1, "are") ||
                            is(d, v->core_ts, "is") || is(d, v->core_ts, "are"));
            if (v && !ongoing && (!v->time.set || !d->pub_y ||
                      px_days_from_civil(v->time.y1, v->time.m1, v->time.d1) <
                          px_days_from_civil(d->pub_y, d->pub_m, d->pub_d) - 7)) {
                v = NULL;
            }
        }
        int32_t ve = v ? d->ments[v->loc_ment].ent : -1;
        const char *vc = ve >= 0 ? d->ents[ve].country : "";
        /* (a person the dictionary gives no state among them does not count against it:
         * "is due to meet President Joseph Aoun, Prime Minister Nawaf Salam and Parliament
         * Speaker Nabih Berri") */
        bool theirs = vc[0] != 0, one = false;
        for (int q = 1; q < f.nparties && theirs; q++) {
            int32_t pe = d->ments[f.parties[q].ment].ent;
            bool same = pe >= 0 && strcmp(d->ents[pe].country, vc) == 0;
            one = one || same;
            theirs = same || (pe >= 0 && !d->ents[pe].country[0] &&
                              d->ments[f.parties[q].ment].kind == MK_PERSON);
        }
        theirs = theirs && one;
        if (theirs) {
            f.loc_ment = v->loc_ment;
            plan_visit = v->status == S_PLANNED ? v : NULL;
        }
    }
    /* "Anwar arrived in Bogor on Monday ... and was received by Prabowo at the presidential
     * palace": a host receives a guest just named as arriving where the guest went (a
     * palace the gazetteer does not place is in it), and on that day when the arrival is
     * in the same sentence */
    const px_frame *guest_visit = NULL;
    uint32_t gvl = 0;
    const px_entry *gve = f.venue_te ? px_match_kind(d, f.venue_ts, K_VENUE, &gvl) : NULL;
    bool placed_venue = gve && gvl == f.venue_te - f.venue_ts && gve->s[1];
    for (int q = 0; q < f.nparties && f.loc_ment < 0 && f.type == T_HOST &&
                    f.status == S_OCCURRED && !guest_visit && !placed_venue;
         q++) {
        if (f.parties[q].role == R_TARGET) {
            guest_visit = visit_by(c, d->ments[f.parties[q].ment].ent);
        }
        if (guest_visit) {
            f.loc_ment = guest_visit->loc_ment;
        }
    }
    if (f.loc_ment >= 0) {
        host_head_country(c, &f);
    }
    /* confidence */
    float conf = k->form == F_NOUN ? 0.7f : 0.85f;
    if (unknown) {
        conf -= 0.1f;
    }
    for (int q = 0; q < f.nparties; q++) {
        const px_ment *pm = &d->ments[f.parties[q].ment];
        if (pm->flags & MF_PRON) {
            conf -= 0.08f;
        }
    }
    if (k->form == F_LIGHT || k->form == F_VERB) {
        conf += 0.05f;
    }
    if (px_streq(f.rule, "contact_noun_bare")) {
        conf -= 0.1f;
    }
    if (conf < 0.3f) {
        conf = 0.3f;
    }
    f.conf = conf > f.conf && f.type == T_ATTEND && f.nparties == 1 ? f.conf : conf;
    attach_time(c, k, &f);
    if (pur_trip && !f.time.set && pur_trip->time.set && pur_trip->status == f.status &&
        f.loc_ment == pur_trip->loc_ment) {
        f.time = pur_trip->time;
    }
    /* "arrived in Manila on Thursday night from Hanoi, where she met To Lam": a where-clause
     * of the place a trip came from is earlier than the trip, and not of its day */
    bool origin = where_place >= 0 && M(c, where_place)->ts > c->tb &&
                  is(d, M(c, where_place)->ts - 1, "from");
    if (origin && f.time.set && f.time.te <= M(c, where_place)->ts) {
        memset(&f.time, 0, sizeof f.time);
    }
    /* (not over a day told by the sentence itself: "Putin, who arrived on Thursday evening
     * on a two-day visit, was accorded a ceremonial welcome earlier in the day, where he
     * was received by Murmu" is the day of the story's lead) */
    bool own_day = false;
    for (uint32_t q = c->tb; q + 2 < c->te && !own_day && !f.time.set && (where || guest_visit);
         q++) {
        if (d->toks[q + 2].klen != 3 || !is(d, q + 2, "day")) {
            continue; /* (told by its last word first) */
        }
        own_day = (is(d, q, "in") && is(d, q + 1, "the") && q > c->tb &&
                   (is(d, q - 1, "earlier") || is(d, q - 1, "later"))) ||
                  (is(d, q, "the") && is(d, q + 1, "same"));
    }
    if (origin) {
        /* (no time of the trip's) */
    } else if (where && !f.time.set && where->time.set && !own_day) {
        f.time = where->time;
    } else if (where && f.time.set && !where->time.set && where->type == T_VISIT &&
               where->status == S_OCCURRED && f.status == S_OCCURRED &&
               /* (not from where the trip began: "flew to Abuja from Niamey, where on
                * Tuesday he held talks") */
               !(where_place >= 0 && where->loc_ment >= 0 &&
                 d->ments[where->loc_ment].ent >= 0 && E(c, where_place) &&
                 strcmp(d->ents[d->ments[where->loc_ment].ent].name, E(c, where_place)->name) != 0)) {
        /* "then flew to Beirut, where he met Aoun on Thursday": the trip is dated by it */
        d->frames[where - d->frames].time = f.time;
    }
    if (guest_visit && !f.time.set && guest_visit->time.set && guest_visit->sent == c->si &&
        !own_day) {
        f.time = guest_visit->time;
    }
    if (plan_visit && !f.time.set && plan_visit->time.set) {
        f.time = plan_visit->time;
    }
    /* (its time also where a place of its own lies in the trip's state: "During the
     * four-day trip, Albanese will meet President Xi Jinping in Beijing") */
    const px_frame *trip_t = trip;
    if (!trip_t && f.loc_ment >= 0 && f.type != T_CALL && !f.time.set) {
        const px_frame *tr = trip_antecedent(c);
        int32_t fe = d->ments[f.loc_ment].ent, te2 = tr ? d->ments[tr->loc_ment].ent : -1;
        if (tr && fe >= 0 && te2 >= 0 && d->ents[fe].country[0] &&
            px_streq(d->ents[fe].country, d->ents[te2].country)) {
            trip_t = tr;
        }
    }
    if (trip_t && !f.time.set && trip_t->time.set && trip_t->status == f.status) {
        f.time = trip_t->time;
    }
    /* "Merz has postponed a trip to Beijing set for December 8. The chancellor had been due
     * to meet Xi during the visit": the meeting is postponed with it */
    if (trip && f.status == S_PLANNED &&
        (trip->status == S_POSTPONED || trip->status == S_CANCELLED)) {
        f.status = trip->status;
        f.time = trip->time;
    }
    /* "On the same day Pezeshkian met the prime minister", "Earlier in the day, Fidan had a
     * phone call with Araghchi": the day of the contact reported just before */
    /* ("the same day": the contact just before; "earlier/later in the day": the story's
     * lead, its first dated contact) */
    /* (a plan for "later in the day" too: "Lee will host a state banquet in honor of
     * Sheikh Mohamed later in the day") */
    int same_day = 0;
    for (uint32_t q = c->tb; q + 2 < c->te && !f.time.set && !same_day &&
                             (f.status == S_OCCURRED || f.status == S_PLANNED);
         q++) {
        if (f.status == S_PLANNED && !is(d, q, "later")) {
            continue;
        }
        if (is(d, q, "same") && q > c->tb && is(d, q - 1, "the") &&
            (is(d, q + 1, "day") || is(d, q + 1, "evening") || is(d, q + 1, "morning") ||
             is(d, q + 1, "afternoon") || is(d, q + 1, "night"))) {
            same_day = 1; /* (also "the same evening") */
        } else if (((is(d, q, "earlier") || is(d, q, "later")) && is(d, q + 1, "in") &&
                    is(d, q + 2, "the") && q + 3 < c->te && is(d, q + 3, "day")) ||
                   (is(d, q, "later") && is(d, q + 1, "that") && is(d, q + 2, "day"))) {
            same_day = 2;
        }
    }
    /* ("Later, the prime minister also met Al-Falih", "Abdelatty later spoke by telephone
     * with ...": later the day of the contact just reported; not in a sentence that names a
     * time, "He later flew to La Paz, where he met Paz on Wednesday", nor after "then",
     * which says only what came next) */
    bool later = !f.time.set && !same_day && f.status == S_OCCURRED && c->ntx == 0 &&
                 c->tb + 1 < c->te &&
                 is(d, c->tb, "later") && d->toks[c->tb + 1].p == ',';
    for (uint32_t q = k->ts; !f.time.set && !same_day && !later && f.status == S_OCCURRED &&
                             c->ntx == 0 && q > c->tb && k->ts - q < 3;
         q--) {
        later = is(d, q - 1, "later") && !d->toks[q - 1].p;
        if (!is(d, q - 1, "also") && !is(d, q - 1, "then")) {
            break;
        }
    }
    same_day = later ? 1 : same_day;
    for (size_t n = 0; same_day && n < d->nframe; n++) {
        size_t x = same_day == 1 ? d->nframe - 1 - n : n;
        const px_frame *pf = &d->frames[x];
        /* (the story's own days, not a background paragraph's "May 16, 2025") */
        bool recent = !d->pub_y || px_days_from_civil(pf->time.y0, pf->time.m0, pf->time.d0) >=
                                       px_days_from_civil(d->pub_y, d->pub_m, d->pub_d) - 14;
        if (pf->sent < c->si && (same_day == 2 || pf->sent + 3 > c->si) && pf->time.set &&
            pf->time.prec == 1 && pf->status == S_OCCURRED && recent) {
            f.time = pf->time;
            /* (the day a span begins: "began a two-day visit to Peru on Monday ... met X
             * the same afternoon") */
            f.time.y1 = f.time.y0;
            f.time.m1 = f.time.m0;
            f.time.d1 = f.time.d0;
            break;
        }
    }
    int more[4];
    int nmore = f.type == T_VISIT ? more_destinations(c, &f, more, 4) : 0;
    /* "Witkoff met separately with Umerov and Ushakov", "spoke separately by phone with
     * Kagame and Tshisekedi": one contact with each */
    bool separately = false;
    for (uint32_t q = k->ts > c->tb + 2 ? k->ts - 2 : c->tb; q < o.end && q < c->te; q++) {
        separately = separately || is(d, q, "separately");
    }
    /* (and "received A and B in separate meetings") */
    for (uint32_t q = k->te; q + 2 < c->te && q < k->te + 24 &&
                             (!d->toks[q].p || d->toks[q].p == '-' || d->toks[q].p == '\'');
         q++) {
        separately = separately || (is(d, q, "in") && is(d, q + 1, "separate") &&
                                    ment_at(c, q - 1) >= 0 &&
                                    trig(d, q + 2, c->te, TR_CONTACT_N, NULL));
    }
    /* (also "held back-to-back meetings with A, B and C", "separate talks with A and B";
     * one subject's "bilateral meetings with A and B" are two) */
    for (uint32_t q = k->ts > c->tb + 4 ? k->ts - 4 : c->tb; q < k->te && k->form != F_VERB; q++) {
        separately = separately || is(d, q, "separate") || is(d, q, "bilateral") ||
                     (is(d, q, "back") && q + 4 < k->te &&
                      (is(d, q + 2, "back") || is(d, q + 4, "back"))) ||
                     /* (one subject's "held meetings with A and B", "phone calls with A and
                      * B": a plural head noun, one each) */
                     (q + 1 == k->te && q >= k->ts &&
                      (is(d, q, "meetings") || is(d, q, "calls") || is(d, q, "conversations")));
    }
    if (separately && ns == 1 && f.type != T_VISIT && !f.mediation) {
        int tg = -1;
        for (int q = 0; q < f.nparties; q++) {
            tg = f.parties[q].role == R_TARGET ? q : tg;
        }
        for (int q = 0; tg >= 0 && q < f.nparties; q++) {
            if (f.parties[q].role != R_PARTICIPANT) {
                continue;
            }
            px_frame g = f;
            g.parties[tg].ment = f.parties[q].ment;
            /* (each at its own place and time when named after it: "with Tshisekedi in
             * Kinshasa on Monday and with Kagame in Kigali on Wednesday") */
            int lq = f.parties[q].ment - (int32_t)c->mb;
            uint32_t qe = lq >= 0 ? M(c, lq)->te : 0;
            int pl = qe && qe + 1 < c->te && (is(d, qe, "in") || is(d, qe, "at"))
                         ? ment_at(c, qe + 1)
                         : -1;
            if (pl >= 0 && M(c, pl)->kind == MK_PLACE && M(c, pl)->ts == qe + 1) {
                g.loc_ment = (int32_t)(c->mb + (size_t)pl);
                for (int t = 0; t < c->ntx; t++) {
                    if (c->tx[t].ts == M(c, pl)->te) {
                        g.time = c->tx[t];
                    }
                }
            }
            g.nparties = 0;
            for (int r = 0; r < f.nparties; r++) {
                if (f.parties[r].role == R_SOURCE || r == tg) {
                    g.parties[g.nparties++] = r == tg ? (px_party){.ment = f.parties[q].ment, .role = R_TARGET}
                                                      : f.parties[r];
                }
            }
            (void)frame_push(d, &g);
        }
        int n2 = 0;
        for (int r = 0; tg >= 0 && r < f.nparties; r++) {
            if (f.parties[r].role != R_PARTICIPANT) {
                f.parties[n2++] = f.parties[r];
            }
        }
        f.nparties = tg >= 0 ? n2 : f.nparties;
    }
    /* "The leaders of Armenia and Azerbaijan met separately with Trump": one contact of
     * each subject with the one partner */
    bool each_subject = false;
    for (uint32_t q = k->ts; q < k->ts + 2 && q < c->te; q++) {
        each_subject = each_subject || is(d, q, "separately");
    }
    if (each_subject && ns >= 2 && f.type != T_VISIT && !f.mediation) {
        int tg = -1, ntg = 0;
        for (int q = 0; q < f.nparties; q++) {
            if (f.parties[q].role == R_TARGET) {
                tg = q;
                ntg++;
            }
        }
        int sp[PX_MAX_PARTIES], nsp = 0;
        for (int q = 0; ntg == 1 && q < f.nparties; q++) {
            for (int x = 0; x < ns && f.parties[q].role == R_PARTICIPANT; x++) {
                if (f.parties[q].ment == (int32_t)(c->mb + (size_t)subj[x]) &&
                    nsp < PX_MAX_PARTIES) {
                    sp[nsp++] = q;
                }
            }
        }
        for (int x = 0; x < nsp; x++) {
            px_frame g = f;
            g.nparties = 0;
            g.parties[g.nparties++] = (px_party){.ment = f.parties[sp[x]].ment, .role = R_SOURCE};
            g.parties[g.nparties++] = f.parties[tg];
            (void)frame_push(d, &g);
        }
        int n2 = 0;
        for (int r = 0; nsp > 0 && r < f.nparties; r++) {
            bool drop = false;
            for (int x = 0; x < nsp; x++) {
                drop = drop || r == sp[x];
            }
            if (!drop) {
                f.parties[n2++] = f.parties[r];
            }
        }
        f.nparties = nsp > 0 ? n2 : f.nparties;
    }
    /* "received phone calls from Sisi and King Abdullah II": calls in the plural from
     * several callers are one call from each */
    int caller = -1;
    for (int q = 0; q < f.nparties; q++) {
        uint32_t cs0 = d->ments[f.parties[q].ment].ts;
        if (f.parties[q].role == R_SOURCE && cs0 > k->te && cs0 < k->te + 4 &&
            is(d, cs0 - 1, "from")) {
            caller = q;
        }
    }
    /* "travelled to Trump's Mar-a-Lago estate": the place is the building the possessive
     * names, not its owner */
    if (f.loc_ment >= 0 && (size_t)f.loc_ment >= c->mb && (size_t)f.loc_ment < c->me) {
        uint32_t lte = d->ments[f.loc_ment].te;
        int vm = lte + 1 < c->te && is(d, lte, "'s") ? ment_at(c, lte + 1) : -1;
        if (vm >= 0 && M(c, vm)->ts == lte + 1 && E(c, vm) && px_streq(E(c, vm)->code, "VENUE")) {
            f.loc_ment = (int32_t)(c->mb + (size_t)vm);
        }
    }
    if (f.type == T_CALL && k->form == F_NOUN && caller >= 0 && k->te > k->ts &&
        d->toks[k->te - 1].klen > 3 && px_tkey(d, k->te - 1)[d->toks[k->te - 1].klen - 1] == 's') {
        int co[4];
        int cm0 = (int)((size_t)f.parties[caller].ment - c->mb);
        int nco = coord_right(c, cm0, co, 4);
        for (int x = 1; x < nco && co[0] == cm0; x++) {
            px_frame g = f;
            g.parties[caller].ment = (int32_t)(c->mb + (size_t)co[x]);
            (void)frame_push(d, &g);
        }
    }
    (void)frame_push(d, &f);
    uint8_t sst = 0;
    int sm0 = stand_in(c, k, &f, &sst);
    if (sm0 >= 0) {
        px_frame g = f;
        for (int q = 0; q < g.nparties; q++) {
            if (g.parties[q].role == R_SOURCE) {
                /* (a stand-in of no known state is the one replaced's: "sending Foreign
                 * Minister Gerardo Werthein in his place") */
                int oi = d->ments[g.parties[q].ment].ent;
                const px_ent *oe = oi >= 0 ? &d->ents[oi] : NULL;
                if (oe && M(c, sm0)->kind == MK_PERSON && M(c, sm0)->ent >= 0 && oe->country[0]) {
                    give_country(&d->ents[M(c, sm0)->ent], oe->country);
                }
                g.parties[q].ment = (int32_t)(c->mb + (size_t)sm0);
            }
        }
        g.status = sst;
        g.rule = "stand_in";
        (void)frame_push(d, &g);
    }
    for (int x = 0; x < nmore; x++) {
        px_frame g = f;
        int sm = M(c, more[x])->kind == MK_STATE ? more[x] : state_mention_for(c, more[x]);
        if (sm < 0) {
            continue;
        }
        for (int q = 0; q < g.nparties; q++) {
            if (g.parties[q].role == R_TARGET) {
                g.parties[q].ment = (int32_t)(c->mb + (size_t)sm);
            }
        }
        g.loc_ment = (int32_t)(c->mb + (size_t)more[x]);
        /* (its own time after it: "... and Abu Dhabi on Thursday") */
        for (int t2 = 0; t2 < c->ntx; t2++) {
            px_time t = c->tx[t2];
            if (t.ts == M(c, more[x])->te && f.time.set) {
                px_time_resolve(d, &t, future_mode(f.status) == 1);
                if (t.set) {
                    g.time = t;
                }
            }
        }
        (void)frame_push(d, &g);
    }
}

/* A copy of the antecedent frame ante restated in this sentence: at status st, its trigger
 * [ts, te) and noun [cs, ce), by rule, a little less sure than the antecedent. */
static px_frame restated(const sctx *c, const px_frame *ante, uint8_t st, uint32_t ts,
                         uint32_t te, uint32_t cs, uint32_t ce, const char *rule)
{
    px_frame nf = *ante;
    nf.status = st;
    nf.sent = c->si;
    nf.trig_ts = ts;
    nf.trig_te = te;
    nf.core_ts = cs;
    nf.core_te = ce;
    nf.rule = rule;
    nf.conf = ante->conf - 0.1f;
    return nf;
}

/* Steps *f down to the next frame of this sentence before token i or of the two sentences
 * before, latest first (the window an anaphoric contact noun such as "the meeting" or "the
 * next round" looks back over); false when none is left. Start with *f = d->nframe. */
static bool prev_in_window(const sctx *c, uint32_t i, size_t *f)
{
    const px_doc *d = c->d;
    while (*f > 0) {
        const px_frame *fr = &d->frames[--*f];
        if (fr->sent + 2 < c->si) {
            return false;
        }
        if (!(fr->sent == c->si && fr->core_ts >= i)) {
            return true;
        }
    }
    return false;
}

/* "On Friday London declined the request": a decision on a proposal named in an earlier
 * sentence is a later stage of that contact. Adds the staged frame (the record builder
 * merges it with the proposal, latest stage first). */
static void anaphoric_decisions(sctx *c)
{
    px_doc *d = c->d;
    for (uint32_t i = c->tb; i + 2 < c->te; i++) {
        uint32_t vl = 0;
        const px_entry *dv = trig(d, i, c->te, TR_DECIDE_V, &vl);
        if (!dv || ment_at(c, i) >= 0 || !(dv->b == S_DECLINED || dv->b == S_AGREED ||
                                          dv->b == S_CANCELLED || dv->b == S_POSTPONED)) {
            continue;
        }
        uint32_t q = i + vl;
        if (!(is(d, q, "the") || is(d, q, "this") || is(d, q, "that") || is(d, q, "its") ||
              is(d, q, "his") || is(d, q, "her") || is(d, q, "their"))) {
            continue;
        }
        uint32_t nl = 0;
        const px_entry *dn = trig(d, q + 1, c->te, TR_DECIDE_N, &nl);
        if (!dn || dn->b != S_PROPOSED) {
            continue;
        }
        uint32_t ne = q + 1 + nl;
        /* "declined the request for a meeting" is a frame of its own */
        if (ne < c->te && (is(d, ne, "for") || is(d, ne, "to") || is(d, ne, "of"))) {
            continue;
        }
        bool own = false;
        for (int k = 0; k < c->ncore; k++) {
            if (c->cores[k].dec_tok == (int32_t)i) {
                own = true;
            }
        }
        if (own) {
            continue;
        }
        /* the latest proposal of the three sentences before */
        const px_frame *ante = NULL;
        for (size_t f = d->nframe; f-- > 0;) {
            const px_frame *fr = &d->frames[f];
            if (fr->sent < c->si - 3) {
                break;
            }
            /* (or of this sentence before the decision: "Albares invited Wang to visit Spain
             * next year, and Wang accepted the invitation with pleasure") */
            if ((fr->sent < c->si || (fr->sent == c->si && fr->core_te <= i)) &&
                fr->status == S_PROPOSED && fr->nparties >= 2) {
                ante = fr;
                break;
            }
        }
        if (!ante) {
            continue;
        }
        int subj[4];
        int ns = subject(c, i, subj, 4);
        px_frame nf = restated(c, ante, (uint8_t)dv->b, i, ne, q + 1, ne,
                               dv->b == S_DECLINED ? "decline+anaphor" : "decision+anaphor");
        if (ns > 0) {
            int32_t sm = (int32_t)(c->mb + (size_t)subj[0]);
            int se = d->ments[sm].ent;
            int32_t asker = -1;
            for (int p = 0; p < nf.nparties; p++) {
                if (nf.parties[p].role == R_SOURCE) {
                    asker = nf.parties[p].ment;
                }
            }
            bool have = false;
            for (int p = 0; p < nf.nparties; p++) {
                if (d->ments[nf.parties[p].ment].ent == se) {
                    have = true;
                }
            }
            if (nf.status == S_DECLINED || nf.status == S_CANCELLED) {
                /* the refuser is the source, the one who asked the target, the rest
                 * would-be participants */
                for (int p = 0; p < nf.nparties; p++) {
                    nf.parties[p].role = nf.parties[p].ment == asker ? R_TARGET : R_PARTICIPANT;
                    if (d->ments[nf.parties[p].ment].ent == se) {
                        nf.parties[p].role = R_SOURCE;
                    }
                }
                if (!have && nf.nparties < PX_MAX_PARTIES) {
                    memmove(&nf.parties[1], &nf.parties[0], (size_t)nf.nparties * sizeof nf.parties[0]);
                    nf.parties[0].ment = sm;
                    nf.parties[0].role = R_SOURCE;
                    nf.nparties++;
                }
            } else if (!have && nf.nparties < PX_MAX_PARTIES) {
                nf.parties[nf.nparties].ment = sm;
                nf.parties[nf.nparties].role = R_PARTICIPANT;
                nf.nparties++;
            }
        } else if (nf.status == S_DECLINED) {
            /* (no subject found: "..., but the Kremlin swiftly dismissed the offer" is the
             * refusal of the one asked, its asker the target) */
            for (int p = 0; p < nf.nparties; p++) {
                nf.parties[p].role = nf.parties[p].role == R_SOURCE   ? R_TARGET
                                     : nf.parties[p].role == R_TARGET ? R_SOURCE
                                                                      : nf.parties[p].role;
            }
        }
        (void)frame_push(d, &nf);
        i = ne - 1;
    }
    /* "... invited Japarov to pay a state visit to Kazakhstan next year. The invitation was
     * gratefully accepted": the passive decision on the proposal before */
    bool proposal = false;
    for (size_t f = d->nframe; f-- > 0 && !proposal;) {
        if (d->frames[f].sent + 3 < c->si) {
            break;
        }
        proposal = d->frames[f].sent < c->si && d->frames[f].status == S_PROPOSED;
    }
    for (uint32_t i = c->tb; proposal && i + 4 < c->te; i++) {
        if (d->toks[i].klen > 4 || !(is(d, i, "the") || is(d, i, "this") || is(d, i, "that")) ||
            !(be_form(d, i + 2) || be_form(d, i + 3))) {
            continue;
        }
        uint32_t nl = 0;
        const px_entry *dn = trig(d, i + 1, c->te, TR_DECIDE_N, &nl);
        uint32_t v = i + 1 + nl;
        if (!dn || dn->b != S_PROPOSED || v >= c->te || !be_form(d, v)) {
            continue;
        }
        v++;
        while (v < c->te && v < i + nl + 6 && (is(d, v, "been") || adverb_ly(d, v))) {
            v++;
        }
        uint32_t vl = 0;
        const px_entry *dv = v < c->te ? trig(d, v, c->te, TR_DECIDE_V, &vl) : NULL;
        if (!dv || !(d->toks[v].flags & TF_ALPHA) || !ed_word(d, v + vl - 1) ||
            !(dv->b == S_AGREED || dv->b == S_DECLINED)) {
            continue;
        }
        const px_frame *ante = NULL;
        for (size_t f = d->nframe; f-- > 0;) {
            const px_frame *fr = &d->frames[f];
            if (fr->sent + 3 < c->si) {
                break;
            }
            if (fr->sent < c->si && fr->status == S_PROPOSED && fr->nparties >= 2) {
                ante = fr;
                break;
            }
        }
        if (!ante) {
            continue;
        }
        px_frame nf = restated(c, ante, (uint8_t)dv->b, i + 1, v + vl, i + 1, i + 1 + nl,
                               dv->b == S_DECLINED ? "decline+anaphor" : "decision+anaphor");
        for (int p = 0; nf.status == S_DECLINED && p < nf.nparties; p++) {
            /* (the one asked refuses: the asker becomes the target) */
            nf.parties[p].role = nf.parties[p].role == R_SOURCE   ? R_TARGET
                                 : nf.parties[p].role == R_TARGET ? R_SOURCE
                                                                  : nf.parties[p].role;
        }
        (void)frame_push(d, &nf);
        i = v + vl - 1;
    }
}

/* "Rutte was due to meet Erdogan on Thursday, but the meeting was called off", "... The
 * visit has been postponed": a later stage of a contact named before with "the" (this
 * sentence or the two before). Adds the staged frame; the record builder merges it with
 * the plan, latest stage first. */
static void anaphoric_stages(sctx *c)
{
    px_doc *d = c->d;
    for (uint32_t i = c->tb; i + 3 < c->te; i++) {
        /* (also "no": "but no meeting took place") */
        uint32_t kl = d->toks[i].klen;
        if (kl < 2 || kl > 4) {
            continue;
        }
        bool no = kl == 2 && is(d, i, "no");
        if (!(is(d, i, "the") || is(d, i, "this") || is(d, i, "that") || no)) {
            continue;
        }
        uint32_t nl = 0;
        const px_entry *cn = trig(d, i + 1, c->te, TR_CONTACT_N, &nl);
        if (!cn || (i + 1 + nl < c->te && (is(d, i + 1 + nl, "between") ||
                                           is(d, i + 1 + nl, "with") || is(d, i + 1 + nl, "of") ||
                                           is(d, i + 1 + nl, "to") || is(d, i + 1 + nl, "by")))) {
            continue; /* a contact with its own parties */
        }
        uint32_t j = i + 1 + nl;
        int aux = 0;
        while (j < c->te && (cue1(d, j, CUE_AUX) || adverb_ly(d, j)) && aux < 4) {
            aux += cue1(d, j, CUE_AUX);
            j++;
        }
        uint32_t vl = 0;
        const px_entry *dv = aux ? trig(d, j, c->te, TR_DECIDE_V, &vl) : NULL;
        uint8_t stage = dv ? (uint8_t)dv->b : 0;
        /* "... but the talks never took place", "the meeting did not take place": none */
        if (!dv) {
            uint32_t q = i + 1 + nl;
            bool never = no;
            while (q < c->te && q < i + nl + 5 && (cue1(d, q, CUE_AUX) || cue1(d, q, CUE_NEG))) {
                never = never || cue1(d, q, CUE_NEG);
                q++;
            }
            if (never && q + 1 < c->te && (is(d, q, "took") || is(d, q, "take")) &&
                is(d, q + 1, "place")) {
                stage = S_NOT_OCCURRED;
                j = q;
                vl = 2;
            } else if (never && q < c->te && (is(d, q, "happened") || is(d, q, "happen") ||
                                              is(d, q, "materialised") || is(d, q, "materialized"))) {
                stage = S_NOT_OCCURRED;
                j = q;
                vl = 1;
            }
        } else if (no || !dv || !(dv->flags & (TRF_PAST | TRF_PPART)) ||
                   !(dv->b == S_CANCELLED || dv->b == S_POSTPONED)) {
            continue;
        }
        if (!stage) {
            continue;
        }
        const px_frame *ante = NULL;
        /* (not this sentence's contacts after "the meeting") */
        for (size_t f = d->nframe; prev_in_window(c, i, &f);) {
            const px_frame *fr = &d->frames[f];
            /* ("was due to travel to Niamey for talks with X, but the trip was postponed":
             * the trip is the talks it was for) */
            bool same = fr->type == cn->a || (fr->type == T_MEET && cn->a == T_NEGOTIATE) ||
                        (cn->a == T_VISIT && px_streq(fr->rule, "motion_verb+purpose")) ||
                        (fr->type == T_NEGOTIATE && cn->a == T_MEET) ||
                        (fr->type == T_HOST && cn->a == T_MEET); /* ("to be received by") */
            if (same && fr->nparties >= 2 &&
                (fr->status == S_PLANNED || fr->status == S_AGREED || fr->status == S_PROPOSED)) {
                ante = fr;
                break;
            }
        }
        if (!ante) {
            continue;
        }
        px_frame nf = restated(c, ante, stage, j, j + vl, i + 1, i + 1 + nl, "decision+anaphor");
        /* (a weekday read ahead for the plan is the past one when it never took place: "was
         * supposed to meet Dong Jun on Sunday, but the talks never took place") */
        if (stage == S_NOT_OCCURRED && nf.time.set && nf.time.prec == 1 && d->pub_y) {
            int pub = px_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
            int t0 = px_days_from_civil(nf.time.y0, nf.time.m0, nf.time.d0);
            if (t0 > pub && t0 - pub < 7) {
                px_civil_from_days(t0 - 7, &nf.time.y0, &nf.time.m0, &nf.time.d0);
                px_civil_from_days(t0 - 7, &nf.time.y1, &nf.time.m1, &nf.time.d1);
                d->frames[ante - d->frames].time = nf.time; /* (the plan was for that day) */
            }
        }
        (void)frame_push(d, &nf);
        i = j + vl - 1;
    }
}

/* "The United States and Iran held indirect talks in Muscat ... Araqchi said the next round
 * would take place in Rome", "The talks will resume in Geneva next week": a further round
 * of the contact just reported (this sentence or the two before), still to come, at its
 * own place and time. */
static void anaphoric_next(sctx *c)
{
    px_doc *d = c->d;
    for (uint32_t i = c->tb; i + 4 < c->te; i++) {
        if (d->toks[i].klen != 3 || !is(d, i, "the")) {
            continue;
        }
        uint32_t j = i + 1;
        bool next = false;
        if (is(d, j, "next") || is(d, j, "new") || ordinal_word(d, j) || num_ordinal(d, j)) {
            next = true;
            j++;
        }
        uint32_t nl = 0;
        bool round = is(d, j, "round");
        if (round) {
            nl = 1;
            if (j + 2 < c->te && is(d, j + 1, "of") &&
                (is(d, j + 2, "talks") || is(d, j + 2, "negotiations"))) {
                nl = 3;
            }
        } else if (is(d, j, "talks") || is(d, j, "negotiations")) {
            nl = 1;
        }
        /* (also a meeting of theirs: "The next retreat will be held in Singapore in 2026",
         * "the next summit", "the next annual meeting") */
        bool meet_noun = false;
        if (!nl && next) {
            uint32_t j2 = j + (is(d, j, "annual") || is(d, j, "bilateral") ? 1 : 0);
            if (j2 < c->te && (is(d, j2, "retreat") || is(d, j2, "summit") ||
                               is(d, j2, "meeting") || is(d, j2, "session"))) {
                j = j2;
                nl = 1;
                meet_noun = true;
            }
        }
        if (!nl || (round && !next) || j + nl >= c->te) {
            continue;
        }
        uint32_t q = j + nl;
        bool pred = false, resume = false;
        /* (also "is scheduled to take place", "is due to be held", "is planned for June") */
        if (q + 2 < c->te && (is(d, q, "is") || is(d, q, "was")) &&
            (is(d, q + 1, "scheduled") || is(d, q + 1, "expected") || is(d, q + 1, "due") ||
             is(d, q + 1, "set") || is(d, q + 1, "slated") || is(d, q + 1, "planned"))) {
            if (is(d, q + 2, "to")) {
                q += 2; /* (the "to" stands for "will": "take place" or "be held" follows) */
            } else if (is(d, q + 2, "for") && next) {
                pred = true;
                q += 2;
            } else {
                continue;
            }
        } else if (!(is(d, q, "will") || is(d, q, "would"))) {
            continue;
        }
        q++;
        if (pred) {
            q--; /* (no verb after "scheduled for": its time and place follow) */
        } else if (q + 1 < c->te && is(d, q, "take") && is(d, q + 1, "place")) {
            pred = true;
            q += 2;
        } else if (q + 1 < c->te && is(d, q, "be") && is(d, q + 1, "held")) {
            pred = true;
            q += 2;
        } else if (q < c->te && (is(d, q, "resume") || is(d, q, "reconvene"))) {
            pred = resume = true;
            q++;
        }
        if (!pred || (!next && !resume)) {
            continue;
        }
        const px_frame *ante = NULL;
        for (size_t f = d->nframe; prev_in_window(c, i, &f);) {
            const px_frame *fr = &d->frames[f];
            if ((fr->type == T_NEGOTIATE || fr->type == T_MEET) && fr->nparties >= 2 &&
                fr->status == S_OCCURRED) {
                ante = fr;
                break;
            }
        }
        if (!ante) {
            continue;
        }
        /* (a meeting's next one: only after a meeting of the same pair) */
        if (meet_noun && ante->type != T_MEET) {
            continue;
        }
        px_frame nf = restated(c, ante, S_PLANNED, j, q, j, j + nl, "next_round+anaphor");
        nf.type = meet_noun ? T_MEET : T_NEGOTIATE;
        nf.loc_ment = -1;
        nf.venue_ts = nf.venue_te = 0;
        memset(&nf.time, 0, sizeof nf.time);
        /* its own place and time, up to the clause's end */
        for (uint32_t r = q; r < c->te && !d->toks[r].p; r++) {
            int pm = r > q && is(d, r - 1, "in") ? ment_at(c, r) : -1;
            if (pm >= 0 && nf.loc_ment < 0 &&
                (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE)) {
                nf.loc_ment = (int32_t)(c->mb + (size_t)pm);
            }
            for (int t = 0; t < c->ntx && !nf.time.set; t++) {
                if (c->tx[t].ts == r) {
                    nf.time = c->tx[t];
                }
            }
        }
        (void)frame_push(d, &nf);
        i = q - 1;
    }
}

/* "Will Trump meet Kim again?", "Why did Xi skip the summit?": a question (a sentence
 * that opens with an auxiliary, a modal or a wh-word and ends with "?") asserts no contact */
static bool question(const px_doc *d, uint32_t tb, uint32_t te)
{
    static const char *const open[] = {"will", "would", "could", "can", "should", "did",
                                       "does", "do", "is", "are", "was", "were", "has",
                                       "have", "why", "what", "when", "where", "how", "who",
                                       NULL};
    uint32_t b = tb;
    while (b < te && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    uint32_t e = te;
    while (e > b + 1 && (d->toks[e - 1].flags & (TF_QCLOSE)) != 0) {
        e--;
    }
    if (e <= b + 2 || d->toks[e - 1].p != '?') {
        return false;
    }
    for (int k = 0; open[k]; k++) {
        if (is(d, b, open[k])) {
            return true;
        }
    }
    return false;
}

/* The time "N days after" at ts (three words) gives a frame: day, or with a unit of a week
 * the week around it (a round figure). */
static void offset_time(const px_doc *d, px_frame *fr, int day, int unit, uint32_t ts)
{
    memset(&fr->time, 0, sizeof fr->time);
    px_civil_from_days(unit == 1 ? day : day - 3, &fr->time.y0, &fr->time.m0, &fr->time.d0);
    px_civil_from_days(unit == 1 ? day : day + 3, &fr->time.y1, &fr->time.m1, &fr->time.d1);
    fr->time.prec = unit == 1 ? 1 : 2;
    fr->time.set = true;
    fr->time.ts = ts;
    fr->time.te = ts + 3;
    size_t tl = d->toks[ts + 2].e - d->toks[ts].s;
    px_copy(fr->time.text, sizeof fr->time.text, d->text + d->toks[ts].s, tl);
}

/* "Two days after hosting Zelensky in Ankara, Erdogan spoke with Putin on Thursday", "A
 * day after meeting Xi in Shenzhen, Carney ...": a contact with no time of its own in a
 * fronted "N days/weeks after (before)" clause is that many days before (after) the day of
 * the sentence's first dated contact after the clause. */
static void fronted_offset(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    uint32_t b = c->tb;
    while (b < c->te && (d->toks[b].flags & TF_DATELINE)) {
        b++;
    }
    static const char *const nums[] = {"a", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", NULL};
    int n = -1;
    for (int x = 0; nums[x] && b + 2 < c->te; x++) {
        if (is(d, b, nums[x])) {
            n = x ? x : 1;
        }
    }
    if (n < 0 || b + 3 >= c->te) {
        return;
    }
    int unit = is(d, b + 1, "day") || is(d, b + 1, "days")    ? 1
               : is(d, b + 1, "week") || is(d, b + 1, "weeks") ? 7
                                                               : 0;
    bool after = is(d, b + 2, "after"), before = is(d, b + 2, "before");
    if (!unit || (n == 1) != (is(d, b + 1, "day") || is(d, b + 1, "week")) || !(after || before)) {
        return;
    }
    uint32_t comma = b + 3;
    while (comma < c->te && comma < b + 30 && d->toks[comma].p != ',') {
        comma++;
    }
    if (comma >= c->te || d->toks[comma].p != ',') {
        return;
    }
    const px_frame *main = NULL;
    for (size_t f = f0; f < d->nframe && !main; f++) {
        const px_frame *fr = &d->frames[f];
        if (fr->core_ts > comma && fr->time.set && fr->time.prec == 1 &&
            fr->status == S_OCCURRED) {
            main = fr;
        }
    }
    if (!main) {
        return;
    }
    int day = px_days_from_civil(main->time.y0, main->time.m0, main->time.d0) +
              (after ? -1 : 1) * n * unit;
    for (size_t f = f0; f < d->nframe; f++) {
        px_frame *fr = &d->frames[f];
        if (fr->core_ts > b + 2 && fr->core_te <= comma && !fr->time.set &&
            fr->status == S_OCCURRED) {
            offset_time(d, fr, day, unit, b);
        }
    }
}

/* "Vance arrived in Israel on Tuesday, a day after Witkoff and Kushner held talks with
 * Netanyahu": a contact with no time of its own in a trailing ", N days/weeks after (before)"
 * clause is that many days before (after) the day of the sentence's last dated contact
 * before the comma. */
static void trailing_offset(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    static const char *const nums[] = {"a", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", NULL};
    for (uint32_t q = c->tb + 2; q + 4 < c->te; q++) {
        if (d->toks[q - 1].p != ',') {
            continue;
        }
        int n = -1;
        for (int x = 0; nums[x] && n < 0; x++) {
            if (is(d, q, nums[x])) {
                n = x ? x : 1;
            }
        }
        /* (days only: "on Saturday, a week after the two met in Munich" is a round figure
         * the meeting takes no time from) */
        int unit = n >= 0 && (is(d, q + 1, "day") || is(d, q + 1, "days")) ? 1 : 0;
        bool after = is(d, q + 2, "after"), before = is(d, q + 2, "before");
        if (!unit || (n == 1) != is(d, q + 1, "day") || !(after || before)) {
            continue;
        }
        const px_frame *main = NULL;
        for (size_t f = f0; f < d->nframe; f++) {
            const px_frame *fr = &d->frames[f];
            if (fr->core_te < q && fr->time.set && fr->time.prec == 1 &&
                fr->status == S_OCCURRED && fr->nparties > 0) {
                main = fr;
            }
        }
        if (!main) {
            return;
        }
        int day = px_days_from_civil(main->time.y0, main->time.m0, main->time.d0) +
                  (after ? -1 : 1) * n * unit;
        uint32_t end = q + 3;
        while (end < c->te && d->toks[end].p != ',' && d->toks[end].p != ';' &&
               d->toks[end].p != '.') {
            end++;
        }
        for (size_t f = f0; f < d->nframe; f++) {
            px_frame *fr = &d->frames[f];
            if (fr->core_ts > q + 2 && fr->core_te <= end && !fr->time.set &&
                fr->status == S_OCCURRED) {
                offset_time(d, fr, day, unit, q);
            }
        }
        return;
    }
}

/* "Li Qiang held talks with visiting Spanish Prime Minister Pedro Sanchez in Beijing",
 * "met his visiting Greek counterpart Gerapetritis in Ankara": a party called "visiting" in
 * an occurred contact with a place in this sentence is on a visit to that place's state
 * (unless a visit of theirs is already reported in the sentence). */
/* "cancelled a trip to Ankara planned for Thursday, during which he had been due to meet
 * Fidan", "X's visit to Yerevan, during which she was to hold talks with Y, was called off":
 * a plan inside a "during which" clause of a visit shares the visit's cancellation or
 * postponement */
/* "'When Nixon went to Beijing in 1972, nobody saw it coming,' said Bonnie Glaser, an analyst":
 * what a quoted analyst says is no event */
static void analyst_quote(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    bool analyst = false;
    for (size_t r = 0; r < c->me - c->mb && !analyst; r++) {
        const px_ment *m = M(c, (int)r);
        analyst = c->speaker[r] && m->ent >= 0 && d->ents[m->ent].analyst;
    }
    for (size_t a = f0; analyst && a < d->nframe; a++) {
        px_frame *f = &d->frames[a];
        bool open = false;
        for (uint32_t q = c->tb; q < f->trig_ts && q < c->te; q++) {
            if (d->toks[q].flags & TF_QOPEN) {
                open = true;
            } else if (d->toks[q].flags & TF_QCLOSE) {
                open = false;
            }
        }
        if (open && f->sent == c->si) {
            f->nparties = 0; /* dropped */
        }
    }
}

/* "has postponed his planned trip to Mexico City, where he was to be received by President
 * Claudia Sheinbaum": a reception in a where-clause of a trip called off is called off with
 * it, not a contact still to come (as "where he had been due to meet ...") */
static void called_off_reception(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fv = &d->frames[a];
        if (fv->type != T_VISIT || fv->nparties != 2 ||
            (fv->status != S_CANCELLED && fv->status != S_POSTPONED) ||
            fv->parties[0].role != R_SOURCE || fv->parties[1].role != R_TARGET ||
            d->ments[fv->parties[1].ment].kind != MK_STATE) {
            continue;
        }
        for (size_t b = f0; b < d->nframe; b++) {
            px_frame *fh = &d->frames[b];
            bool where = false;
            for (uint32_t q = fv->core_te; q + 1 < fh->trig_ts && !where; q++) {
                where = d->toks[q].p == ',' && is(d, q + 1, "where");
            }
            if (b == a || fh->type != T_HOST || fh->nparties != 2 || !where ||
                fh->parties[0].role != R_SOURCE ||
                d->ments[fh->parties[1].ment].ent != d->ments[fv->parties[0].ment].ent) {
                continue;
            }
            fh->status = fv->status; /* (called off with the trip, as "had been due to meet") */
            if (!fv->time.set && fh->time.set) {
                fv->time = fh->time; /* (when it was to be) */
            }
            break;
        }
    }
}

static void during_trip(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->status != S_PLANNED || fa->nparties == 0) {
            continue;
        }
        uint32_t w = 0;
        for (uint32_t q = fa->core_ts; q > c->tb + 2 && q + 8 > fa->core_ts && !w; q--) {
            if (is(d, q - 1, "which") && is(d, q - 2, "during") && d->toks[q - 3].p == ',') {
                w = q - 2;
            }
        }
        for (size_t b = f0; b < d->nframe && w; b++) {
            const px_frame *fb = &d->frames[b];
            if (fb->type == T_VISIT && fb->nparties > 0 && fb->core_te <= w &&
                (fb->status == S_CANCELLED || fb->status == S_POSTPONED) &&
                d->ments[fb->parties[0].ment].ent == d->ments[fa->parties[0].ment].ent) {
                fa->status = fb->status;
                break;
            }
        }
    }
}

/* "Wong will travel to Beijing later this month for the annual dialogue with Wang Yi ...
 * The visit, from December 19 to 21, will be her third to China": a definite contact noun
 * opening a sentence with no parties of its own restates the latest contact of its type in
 * the two sentences before; its time (set off by commas after it, or after "will take
 * place", "is scheduled for", "will be held") dates that contact when it has none or falls
 * inside the coarser one it has. */
static void dated_restatement(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    if (c->si < 1 || c->te < c->tb + 4 || !(is(d, c->tb, "the") || is(d, c->tb, "this"))) {
        return;
    }
    const core *k = NULL;
    for (int o = 0; o < c->ncore && !k; o++) {
        const core *q = &c->cores[o];
        bool mods = q->form == F_NOUN && q->ts > c->tb && q->ts <= c->tb + 3;
        for (uint32_t t = c->tb + 1; mods && t < q->ts; t++) {
            mods = (d->toks[t].flags & TF_HYPH) ||
                   ((d->toks[t].flags & (TF_ALPHA | TF_NUM)) && !(d->toks[t].flags & TF_CAP));
        }
        k = mods ? q : NULL;
    }
    if (!k) {
        return;
    }
    for (size_t f = f0; f < d->nframe; f++) {
        if (d->frames[f].nparties > 0 && d->frames[f].core_ts <= k->ts &&
            k->ts < d->frames[f].core_te) {
            return; /* (a contact of its own) */
        }
    }
    const px_time *tm = NULL;
    uint32_t q = k->te;
    if (q + 1 < c->te && d->toks[q].p == ',') {
        /* (also a which-clause of its start: "The talks, which began on Thursday, broke
         * down") */
        uint32_t t0 = q + 1;
        if (t0 + 2 < c->te && is(d, t0, "which") &&
            (is(d, t0 + 1, "began") || is(d, t0 + 1, "started") || is(d, t0 + 1, "opened"))) {
            t0 += 2;
        }
        for (int t = 0; t < c->ntx && !tm; t++) {
            if (c->tx[t].ts == t0 && c->tx[t].te < c->te && d->toks[c->tx[t].te].p == ',') {
                tm = &c->tx[t];
            }
        }
    } else {
        static const char *const pred[] = {"will", "would", "is", "was", "are", "were", "be",
                                           "had", "has", "been", "to", "expected", "now",
                                           "take", "takes", "place",
                                           "held", "scheduled", "due", "set", "slated",
                                           "planned", "run", "runs", "last", "lasts", "for",
                                           "begin", "begins", "start", "starts"};
        bool says = false;
        for (; q < c->te && q < k->te + 7; q++) {
            size_t w = 0;
            while (w < sizeof pred / sizeof *pred && !is(d, q, pred[w])) {
                w++;
            }
            if (w == sizeof pred / sizeof *pred) {
                break;
            }
            says = says || w >= 13; /* (a word past the auxiliaries) */
        }
        for (int t = 0; t < c->ntx && !tm && says; t++) {
            uint32_t ts = c->tx[t].ts;
            if (ts == q || (ts + 1 == q && (is(d, ts, "on") || is(d, ts, "for") ||
                                            is(d, ts, "from") || is(d, ts, "in")))) {
                tm = &c->tx[t];
            }
        }
    }
    if (!tm || !tm->set) {
        return;
    }
    for (size_t f = f0; f-- > 0;) {
        px_frame *fr = &d->frames[f];
        if (fr->sent >= c->si) {
            continue;
        }
        if (fr->sent + 2 < c->si) {
            break;
        }
            if (fr->type != k->type || fr->nparties == 0) {
            continue;
        }
        px_time t2 = *tm; /* (read for the contact's tense) */
        px_time_resolve(d, &t2, fr->status != S_OCCURRED);
        int a2 = px_days_from_civil(t2.y0, t2.m0, t2.d0);
        int b2 = px_days_from_civil(t2.y1, t2.m1, t2.d1);
        if (fr->time.set) {
            int a1 = px_days_from_civil(fr->time.y0, fr->time.m0, fr->time.d0);
            int b1 = px_days_from_civil(fr->time.y1, fr->time.m1, fr->time.d1);
                    if (a2 < a1 || b2 > b1 || t2.prec >= fr->time.prec) {
                break;
            }
        }
        /* (and the other states of the same trip: "a planned trip to Saudi Arabia, Qatar
         * and the United Arab Emirates ... The trip had been scheduled to begin on
         * Wednesday") */
        for (size_t g = 0; g < f0; g++) {
            px_frame *fg = &d->frames[g];
            if (fg->sent == fr->sent && fg->core_ts == fr->core_ts && fg->type == fr->type &&
                fg->nparties > 0 && !fg->time.set) {
                fg->time = t2;
            }
        }
        fr->time = t2;
        break;
    }
}

/* "Takaichi and Lee agreed Thursday to hold a summit in Nara in January ... The agreement
 * came during a 30-minute phone call": a sentence that opens with a decision's noun set in a
 * contact with no parties of its own ("The agreement came during", "The invitation was
 * extended at", "The decision was announced after") places that decision, reported in the
 * two sentences before, in a contact of its parties, which took place on the decision's day. */
static void decision_setting(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    if (c->si < 1 || c->te < c->tb + 6 || !is(d, c->tb, "the")) {
        return;
    }
    static const char *const nouns[] = {"agreement", "decision", "invitation", "offer",
                                        "announcement", "pledge", "deal", "accord",
                                        "understanding", "request", "proposal", NULL};
    int n = 0;
    while (nouns[n] && !is(d, c->tb + 1, nouns[n])) {
        n++;
    }
    if (!nouns[n]) {
        return;
    }
    uint32_t q = c->tb + 2;
    if (is(d, q, "came") || is(d, q, "comes")) {
        q++;
    } else {
        while (q < c->te && q < c->tb + 5 &&
               (is(d, q, "was") || is(d, q, "had") || is(d, q, "been") || is(d, q, "is"))) {
            q++;
        }
        if (q == c->tb + 2 || !(is(d, q, "reached") || is(d, q, "made") || is(d, q, "extended") ||
                                is(d, q, "announced") || is(d, q, "struck") ||
                                is(d, q, "sealed") || is(d, q, "conveyed") ||
                                is(d, q, "delivered") || is(d, q, "issued"))) {
            return;
        }
        q++;
    }
    if (!(is(d, q, "during") || is(d, q, "at") || is(d, q, "in"))) {
        return;
    }
    const core *k = NULL;
    for (int o = 0; o < c->ncore && !k; o++) {
        const core *ko = &c->cores[o];
        bool near = ko->form == F_NOUN && ko->ts > q && ko->ts <= q + 6 && !ko->drop &&
                    (ko->type == T_CALL || ko->type == T_MEET || ko->type == T_NEGOTIATE);
        for (uint32_t t = q + 1; near && t < ko->ts; t++) {
            near = !(d->toks[t].flags & TF_CAP) && ment_at(c, t) < 0 &&
                   (d->toks[t].flags & (TF_ALPHA | TF_NUM | TF_HYPH));
        }
        k = near ? ko : NULL;
    }
    if (!k) {
        return;
    }
    for (size_t f = f0; f < d->nframe; f++) {
        if (d->frames[f].nparties > 0) {
            return; /* (the sentence names a contact of its own) */
        }
    }
    const px_frame *ante = NULL;
    for (size_t f = f0; f-- > 0 && !ante;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent + 2 < c->si) {
            break;
        }
        if (fr->nparties >= 2 && fr->sent < c->si &&
            (fr->status == S_AGREED || fr->status == S_PROPOSED || fr->status == S_DECLINED)) {
            ante = fr;
        }
    }
    if (!ante) {
        return;
    }
    px_frame nf = restated(c, ante, S_OCCURRED, k->ts, k->te, k->ts, k->te,
                           "contact_noun+decision");
    nf.type = k->type;
    nf.dec_class = 0;
    nf.mediation = false;
    nf.needs_dest = false;
    nf.loc_ment = -1;
    nf.venue_ts = nf.venue_te = 0;
    int np = 0;
    for (int p = 0; p < ante->nparties; p++) {
        if (ante->parties[p].role != R_MEDIATOR) {
            nf.parties[np++] = ante->parties[p];
        }
    }
    nf.nparties = np;
    /* the decision's own day ("agreed Thursday to hold"), else one in this sentence */
    memset(&nf.time, 0, sizeof nf.time);
    const px_sent *as = &d->sents[ante->sent];
    for (uint32_t t = ante->trig_ts; t < ante->core_ts && t < as->te && !nf.time.set; t++) {
        px_time tt;
        if (px_timex_at(d, t, as->te, &tt, false) && tt.set && tt.ts == t) {
            nf.time = tt;
        }
    }
    for (int t = 0; t < c->ntx && !nf.time.set; t++) {
        if (c->tx[t].set && c->tx[t].ts >= k->te) {
            nf.time = c->tx[t];
        }
    }
    /* (and its place: "during a meeting in Beijing") */
    int lm = k->te + 1 < c->te && is(d, k->te, "in") ? ment_at(c, k->te + 1) : -1;
    if (lm >= 0 && M(c, lm)->kind == MK_PLACE) {
        nf.loc_ment = (int32_t)(c->mb + (size_t)lm);
    }
    if (np >= 2) {
        (void)frame_push(d, &nf);
    }
}

/* "Li will also meet Prime Minister Francois Bayrou and address a business forum in Paris
 * during the two-day visit": a visit that is only the setting of its clause's contacts is at
 * their stage when they are all still to come (the clause's plan is the trip's). */
static void planned_setting(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 0 || fa->type != T_VISIT || fa->status != S_OCCURRED ||
            fa->time.set || !fa->rule || strcmp(fa->rule, "contact_noun+clause") != 0) {
            continue;
        }
        int src = d->ments[fa->parties[0].ment].ent;
        uint8_t st = 0;
        bool mixed = false;
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            if (b == a || fb->nparties == 0 || fb->core_ts >= fa->core_ts ||
                d->ments[fb->parties[0].ment].ent != src) {
                continue;
            }
            mixed = mixed || (st && fb->status != st);
            st = fb->status;
        }
        if (!mixed && (st == S_PLANNED || st == S_AGREED)) {
            fa->status = st;
        }
    }
}

/* "The Kremlin said Putin spoke with Trump by phone": the medium of a contact verb's call is
 * that call, no second one of the clause's other subject (the one reporting it). */
static void medium_restated(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t m0 = fa->core_ts;
        if (fa->nparties == 0 || !fa->rule || strcmp(fa->rule, "contact_noun+clause") != 0 ||
            !(is(d, m0, "by") || is(d, m0, "via") ||
              (m0 > c->tb && (is(d, m0 - 1, "by") || is(d, m0 - 1, "via"))))) {
            continue;
        }
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            if (b == a || fb->nparties == 0 || fb->type != fa->type || fb->core_te > m0 ||
                m0 - fb->core_te > 8 || (fb->rule && strncmp(fb->rule, "contact_noun", 12) == 0)) {
                continue;
            }
            bool common = false;
            for (int p = 0; p < fa->nparties && !common; p++) {
                for (int q = 0; q < fb->nparties && !common; q++) {
                    common = d->ments[fa->parties[p].ment].ent == d->ments[fb->parties[q].ment].ent;
                }
            }
            if (common) {
                fa->nparties = 0;
                break;
            }
        }
    }
}

static void visiting_guests(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    size_t nf = d->nframe;
    for (size_t f = f0; f < nf; f++) {
        const px_frame fr = d->frames[f];
        /* (with no place of its own, the dateline's in this sentence when the host is of
         * its state, for a trip of the guest's named with no place: "PANAMA CITY (AP) —
         * Mulino hosted a state dinner on Wednesday for visiting Dominican President Luis
         * Abinader, who is on a two-day trip focused on trade") */
        int32_t loc = fr.loc_ment;
        if (loc < 0 && fr.type == T_HOST && fr.nparties > 0 && d->dateline_place >= 0 &&
            (size_t)d->dateline_place >= c->mb && (size_t)d->dateline_place < c->me &&
            fr.parties[0].role == R_SOURCE && d->ments[fr.parties[0].ment].ent >= 0 &&
            d->ments[d->dateline_place].ent >= 0 &&
            px_streq(d->ents[d->ments[fr.parties[0].ment].ent].country,
                     d->ents[d->ments[d->dateline_place].ent].country)) {
            loc = d->dateline_place;
        }
        if (fr.status != S_OCCURRED || fr.type == T_VISIT || fr.type == T_CALL || loc < 0 ||
            (size_t)loc < c->mb || (size_t)loc >= c->me) {
            continue;
        }
        int lm = (int)((size_t)loc - c->mb);
        const px_ent *le = E(c, lm);
        if (!le || !le->country[0]) {
            continue;
        }
        for (int q = 0; q < fr.nparties; q++) {
            const px_ment *pm = &d->ments[fr.parties[q].ment];
            if (pm->kind != MK_PERSON || pm->ent < 0 || pm->ts < c->tb + 1) {
                continue;
            }
            /* (right before the mention, or before its first word: "his visiting Greek
             * counterpart") */
            bool visiting = is(d, pm->ts - 1, "visiting") ||
                            (pm->ts >= c->tb + 2 && is(d, pm->ts - 2, "visiting") &&
                             (d->toks[pm->ts - 1].flags & TF_ALPHA));
            /* (also inside it, before an office set off by a comma: "the visiting Prime
             * Minister of Ethiopia, Abiy Ahmed,") */
            visiting = visiting || is(d, pm->ts, "visiting") ||
                       (pm->te > pm->ts + 1 && is(d, pm->ts, "the") &&
                        is(d, pm->ts + 1, "visiting"));
            const px_ent *ge = &d->ents[pm->ent];
            if (!visiting || !ge->country[0] || px_streq(ge->country, le->country)) {
                continue;
            }
            bool have = false;
            px_frame *open = NULL; /* (a trip of his with no place yet: "who is on a two-day
                                    * trip focused on trade") */
            for (size_t g = f0; g < d->nframe && !have; g++) {
                px_frame *gv = &d->frames[g];
                have = gv->type == T_VISIT && gv->nparties > 0 &&
                       d->ments[gv->parties[0].ment].ent == pm->ent;
                open = have && gv->needs_dest && gv->nparties == 1 ? gv : NULL;
            }
            /* (from the dateline only an open trip's place: no new visit) */
            int sm = (have && !open) || (loc != fr.loc_ment && !open) ? -1
                                                                      : state_mention_for(c, lm);
            if (sm < 0) {
                continue;
            }
            if (open) {
                open->parties[0].role = R_SOURCE; /* (its one party is the visitor) */
                open->loc_ment = (int32_t)(c->mb + (size_t)lm);
                open->parties[1].ment = (int32_t)(c->mb + (size_t)sm);
                open->parties[1].role = R_TARGET;
                open->nparties = 2;
                open->needs_dest = false;
                if (!open->time.set && fr.time.set) {
                    open->time = fr.time;
                }
                continue;
            }
            px_frame g = fr;
            g.type = T_VISIT;
            g.nparties = 2;
            g.parties[0].ment = fr.parties[q].ment;
            g.parties[0].role = R_SOURCE;
            g.parties[1].ment = (int32_t)(c->mb + (size_t)sm);
            g.parties[1].role = R_TARGET;
            g.mediation = false;
            g.rule = "visiting";
            g.conf = fr.conf - 0.1f;
            (void)frame_push(d, &g);
        }
    }
}

/* "Abiy hosted Ruto for a two-day state visit", "Xi will receive Lula next week for a
 * state visit": a visit named as the purpose of a reception is its guest's, to the host's
 * state (at the reception's place and time) */
static void guest_visits(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    size_t nf = d->nframe;
    for (int v = 0; v < c->ncore; v++) {
        const core *vk = &c->cores[v];
        if (vk->form != F_NOUN || vk->type != T_VISIT || vk->drop) {
            continue;
        }
        uint32_t fq = vk->ts; /* "for a two-day state visit" */
        /* (also ", on her first visit to Lebanon", ", during the first state visit to China
         * by a reigning Thai monarch": the reception's setting) */
        /* (also ", in his first foreign trip as head of state") */
        while (fq > c->tb + 1 && vk->ts - fq < 6 && (!d->toks[fq - 1].p || is(d, fq - 1, "-")) &&
               !is(d, fq - 1, "for") && !is(d, fq - 1, "on") && !is(d, fq - 1, "during") &&
               !is(d, fq - 1, "in") && !is(d, fq - 1, "of")) {
            fq--;
        }
        /* (and "at the start of a three-day state visit", "at the end of") */
        bool phase = fq >= c->tb + 5 && is(d, fq - 1, "of") && phase_word(d, fq - 2) &&
                     is(d, fq - 3, "the") && is(d, fq - 4, "at") && fq < vk->ts &&
                     (is(d, fq, "a") || is(d, fq, "his") || is(d, fq, "her") || is(d, fq, "the"));
        if (phase) {
            fq -= 3; /* (the reception is before "at") */
        }
        if (!phase && (fq <= c->tb + 1 ||
            !(is(d, fq - 1, "for") ||
              ((is(d, fq - 1, "on") || is(d, fq - 1, "during") || is(d, fq - 1, "in")) &&
               fq >= c->tb + 2 &&
               d->toks[fq - 2].p == ',' && fq < vk->ts &&
               (is(d, fq, "the") || is(d, fq, "her") || is(d, fq, "his") || is(d, fq, "a") ||
                is(d, fq, "their")))))) {
            continue;
        }
        bool made = false;
        for (size_t f = f0; f < nf; f++) {
            const px_frame fr = d->frames[f];
            if (fr.type != T_HOST || fr.sent != c->si || fr.core_te >= fq ||
                fq - fr.core_te > (is(d, fq - 1, "for") ? 14u : 30u) ||
                fr.nparties < 2 || (fr.status != S_OCCURRED && fr.status != S_PLANNED)) {
                continue;
            }
            int hm = -1;
            for (int q = 0; q < fr.nparties; q++) {
                if (fr.parties[q].role == R_SOURCE) {
                    hm = fr.parties[q].ment;
                }
            }
            const px_ent *he = hm >= 0 ? &d->ents[d->ments[hm].ent] : NULL;
            if (!he || !he->country[0] || (size_t)hm < c->mb || (size_t)hm >= c->me) {
                continue;
            }
            for (int q = 0; q < fr.nparties; q++) {
                const px_ment *gm = &d->ments[fr.parties[q].ment];
                /* (a body's official too: "European Parliament President Roberta Metsola") */
                if (fr.parties[q].role == R_SOURCE || gm->kind != MK_PERSON || gm->ent < 0 ||
                    !(d->ents[gm->ent].country[0] ||
                      strncmp(d->ents[gm->ent].code, "IGO", 3) == 0) ||
                    px_streq(d->ents[gm->ent].country, he->country)) {
                    continue;
                }
                bool have = false;
                for (size_t g = f0; g < d->nframe && !have; g++) {
                    const px_frame *gv = &d->frames[g];
                    have = gv->type == T_VISIT && gv->nparties > 0 && gv->core_ts != vk->ts &&
                           d->ments[gv->parties[0].ment].ent == gm->ent;
                }
                int lm = fr.loc_ment >= (int32_t)c->mb && (size_t)fr.loc_ment < c->me
                             ? (int)((size_t)fr.loc_ment - c->mb)
                             : (int)((size_t)hm - c->mb);
                int sm = have ? -1 : state_mention_for(c, lm);
                if (sm < 0) {
                    continue;
                }
                px_frame g = fr;
                g.type = T_VISIT;
                g.nparties = 2;
                g.parties[0].ment = fr.parties[q].ment;
                g.parties[0].role = R_SOURCE;
                g.parties[1].ment = (int32_t)(c->mb + (size_t)sm);
                g.parties[1].role = R_TARGET;
                if (g.loc_ment < 0) {
                    g.loc_ment = g.parties[1].ment;
                }
                g.mediation = false;
                g.rule = "guest_visit";
                g.conf = fr.conf - 0.1f;
                g.core_ts = vk->ts;
                g.core_te = vk->te;
                if (frame_push(d, &g) == 0) {
                    made = true;
                }
            }
        }
        /* (the visit noun's own frame, whoever it found, gives way to the guests') */
        for (size_t f = f0; made && f < d->nframe; f++) {
            px_frame *vf = &d->frames[f];
            if (vf->type == T_VISIT && vf->core_ts == vk->ts && !px_streq(vf->rule, "guest_visit")) {
                vf->nparties = 0;
                vf->needs_dest = false;
            }
        }
    }
}

/* "He had been due to meet Modi in New Delhi on Thursday" after "Merz called off a planned
 * trip to India": a plan told in the pluperfect beside a trip of the same traveller that
 * was called off or put off shares that trip's stage (the meeting was to be on the trip). */
static void pluperfect_plans(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t f = f0; f < d->nframe; f++) {
        px_frame *fr = &d->frames[f];
        if (fr->status != S_PLANNED || fr->type == T_VISIT || fr->nparties < 2 || fr->sent != c->si) {
            continue;
        }
        bool plu = false;
        for (uint32_t q = fr->core_ts; q > c->tb && fr->core_ts - q < 7 && !plu; q--) {
            plu = (is(d, q - 1, "had") && q < c->te && (is(d, q, "been") || is(d, q, "planned"))) ||
                  (is(d, q - 1, "was") && q + 1 < c->te && is(d, q, "to") && is(d, q + 1, "have")) ||
                  /* ("where he was to meet Hegseth": the past of a plan) */
                  ((is(d, q - 1, "was") || is(d, q - 1, "were")) && is(d, q, "to") &&
                   (q + 1 == fr->core_ts ||
                    /* ("was to be received in Lisbon by Seguro") */
                    (q + 2 == fr->core_ts && is(d, q + 1, "be")))) ||
                  /* ("a planned visit to Indonesia, where he was due to hold talks with
                   * Prabowo") */
                  (q >= c->tb + 2 && (is(d, q - 2, "was") || is(d, q - 2, "were")) &&
                   (is(d, q - 1, "due") || is(d, q - 1, "scheduled") ||
                    is(d, q - 1, "expected") || is(d, q - 1, "set")) &&
                   is(d, q, "to") && q + 1 == fr->core_ts);
        }
        /* ("... was to be received by Seguro, and to hold talks with Montenegro": a second
         * infinitive of that plan) */
        if (!plu && fr->core_ts >= c->tb + 2 && is(d, fr->core_ts - 1, "to") &&
            is(d, fr->core_ts - 2, "and")) {
            for (uint32_t q = fr->core_ts - 2; q > c->tb + 1 && fr->core_ts - q < 24 && !plu; q--) {
                plu = (is(d, q - 2, "was") || is(d, q - 2, "were")) && is(d, q - 1, "to");
            }
        }
        if (!plu) {
            continue;
        }
        int src = -1;
        for (int q = 0; q < fr->nparties; q++) {
            /* (the guest of a host: "was to be received by Seguro") */
            if (fr->parties[q].role == (fr->type == T_HOST ? R_TARGET : R_SOURCE)) {
                src = d->ments[fr->parties[q].ment].ent;
            }
        }
        const char *lc = fr->loc_ment >= 0 && d->ments[fr->loc_ment].ent >= 0
                             ? d->ents[d->ments[fr->loc_ment].ent].country
                             : NULL;
        /* (with no place of its own, the state of the one to be met: "Abiy had been due to
         * hold talks with President Hassan Sheikh Mohamud" after his trip to Mogadishu was
         * called off) */
        bool by_target = false; /* (only after the sentence of the trip) */
        for (int q = 0; !lc && q < fr->nparties; q++) {
            int te = d->ments[fr->parties[q].ment].ent;
            if (fr->parties[q].role == R_TARGET && te >= 0 && d->ents[te].country[0]) {
                lc = d->ents[te].country;
                by_target = true;
            }
        }
        for (size_t g = 0; g < d->nframe && src >= 0; g++) {
            const px_frame *tv = &d->frames[g];
            if (g == f || tv->type != T_VISIT || tv->sent + 2 < fr->sent || tv->sent > fr->sent ||
                (by_target && tv->sent == fr->sent) ||
                (tv->status != S_CANCELLED && tv->status != S_POSTPONED) || tv->nparties < 1 ||
                d->ments[tv->parties[0].ment].ent != src) {
                continue;
            }
            const char *tc = tv->loc_ment >= 0 && d->ments[tv->loc_ment].ent >= 0
                                 ? d->ents[d->ments[tv->loc_ment].ent].country
                                 : NULL;
            /* (of a party of no known state, the trip called off just before: "Saito has
             * cancelled a planned visit to Beijing. Saito had been scheduled to meet Zhao
             * Leji") */
            if ((lc && tc && lc[0] && strcmp(lc, tc) == 0) || (!lc && tv->sent < fr->sent)) {
                fr->status = tv->status;
                break;
            }
        }
    }
}

/* "met Merz on Monday and Sanchez on Tuesday", "spoke by telephone with Trump on Sunday and
 * with Putin on Tuesday": a second partner and time after the first contact's time, with
 * the verb left out, is a second contact of the same kind. */
static void gapped_contacts(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    size_t nf = d->nframe;
    for (size_t f = f0; f < nf; f++) {
        const px_frame fr = d->frames[f];
        /* "spoke by phone Friday with Netanyahu and later with el-Sissi": a second partner
         * after "and later", "and then", "and separately" is a second contact */
        bool t1 = fr.nparties == 2 && fr.parties[1].role == R_TARGET &&
                  fr.parties[0].role == R_SOURCE;
        uint32_t a = t1 ? d->ments[fr.parties[1].ment].te : 0;
        if (fr.sent == c->si && t1 && fr.type != T_VISIT && !fr.mediation &&
            (fr.status == S_OCCURRED || fr.status == S_PLANNED) && a + 3 < c->te &&
            is(d, a, "and") &&
            (is(d, a + 1, "later") || is(d, a + 1, "then") || is(d, a + 1, "separately") ||
             is(d, a + 1, "subsequently")) &&
            (is(d, a + 2, "with") || is(d, a + 2, "to"))) {
            int m2 = ment_at(c, a + 3);
            if (m2 >= 0 && M(c, m2)->ts == a + 3 && is_party_kind(c, m2) &&
                !(M(c, m2)->flags & (MF_ADJ | MF_POSS | MF_PRON | MF_LOCPP)) &&
                M(c, m2)->ent != d->ments[fr.parties[1].ment].ent &&
                M(c, m2)->ent != d->ments[fr.parties[0].ment].ent) {
                px_frame g = fr;
                g.parties[1].ment = (int32_t)(c->mb + (size_t)m2);
                g.rule = "gapped";
                (void)frame_push(d, &g);
                continue;
            }
        }
        /* "met Kurti in the morning and Vucic in the afternoon": a part of the day after
         * each partner */
        if (fr.sent == c->si && t1 && fr.type != T_VISIT && !fr.mediation &&
            (fr.status == S_OCCURRED || fr.status == S_PLANNED) && a + 7 < c->te &&
            is(d, a, "in") && is(d, a + 1, "the") &&
            (is(d, a + 2, "morning") || is(d, a + 2, "afternoon") || is(d, a + 2, "evening")) &&
            is(d, a + 3, "and")) {
            uint32_t b = a + 4 + (is(d, a + 4, "with") || is(d, a + 4, "to") ? 1 : 0);
            int m2 = ment_at(c, b);
            uint32_t e2 = m2 >= 0 ? M(c, m2)->te : 0;
            if (m2 >= 0 && M(c, m2)->ts == b && is_party_kind(c, m2) &&
                !(M(c, m2)->flags & (MF_ADJ | MF_POSS | MF_PRON | MF_LOCPP)) &&
                M(c, m2)->ent != d->ments[fr.parties[1].ment].ent &&
                M(c, m2)->ent != d->ments[fr.parties[0].ment].ent && e2 + 2 < c->te &&
                is(d, e2, "in") && is(d, e2 + 1, "the") &&
                (is(d, e2 + 2, "afternoon") || is(d, e2 + 2, "evening") ||
                 is(d, e2 + 2, "morning"))) {
                px_frame g = fr;
                g.parties[1].ment = (int32_t)(c->mb + (size_t)m2);
                g.rule = "gapped";
                (void)frame_push(d, &g);
                continue;
            }
        }
        if (fr.sent != c->si || !fr.time.set || fr.type == T_VISIT || fr.nparties != 2 ||
            (fr.status != S_OCCURRED && fr.status != S_PLANNED) || fr.mediation) {
            continue;
        }
        uint32_t q = fr.time.te;
        if (q + 2 >= c->te || !is(d, q, "and")) {
            continue;
        }
        q++;
        if (is(d, q, "with") || is(d, q, "to")) {
            q++;
        }
        int m = ment_at(c, q);
        if (m < 0 || M(c, m)->ts != q || !is_party_kind(c, m) ||
            (M(c, m)->flags & (MF_ADJ | MF_POSS | MF_PRON | MF_LOCPP))) {
            continue;
        }
        uint32_t te = 0;
        int tx = -1;
        for (int t = 0; t < c->ntx; t++) {
            if (c->tx[t].ts == M(c, m)->te) {
                tx = t;
                te = c->tx[t].te;
            }
        }
        /* (the second time closes the pair: a comma, a stop or the clause's end after it) */
        if (tx < 0 || !c->tx[tx].set || (te < c->te && d->toks[te].p != ',' && d->toks[te].p != '.' &&
                                        d->toks[te].p != ';')) {
            continue;
        }
        px_frame g = fr;
        int tg = -1;
        for (int r = 0; r < g.nparties; r++) {
            if (g.parties[r].role != R_SOURCE) {
                tg = r;
            }
            if (d->ments[g.parties[r].ment].ent == M(c, m)->ent) {
                tg = -2;
                break;
            }
        }
        if (tg < 0) {
            continue;
        }
        g.parties[tg].ment = (int32_t)(c->mb + (size_t)m);
        g.parties[tg].role = R_TARGET;
        g.time = c->tx[tx];
        /* (read for the contact's stage: "will meet Vance on Wednesday and Rubio on Friday"
         * is the coming Friday) */
        px_time_resolve(d, &g.time, future_mode(g.status) == 1);
        g.rule = "gapped";
        (void)frame_push(d, &g);
    }
}

/* "held talks with Mali's Assimi Goita in Bamako, Burkina Faso's Ibrahim Traore in
 * Ouagadougou and Niger's Abdourahamane Tiani in Niamey": partners listed each with a place
 * of their own are contacts of their own, each at its place. */
static void gapped_places(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    size_t nf = d->nframe;
    for (size_t f = f0; f < nf; f++) {
        const px_frame fr = d->frames[f];
        if (fr.sent != c->si || fr.loc_ment < 0 || fr.type == T_VISIT || fr.nparties != 2 ||
            fr.mediation || (size_t)fr.loc_ment < c->mb) {
            continue;
        }
        int tg = fr.parties[0].role == R_TARGET ? 0 : fr.parties[1].role == R_TARGET ? 1 : -1;
        const px_ment *lm = &d->ments[fr.loc_ment];
        if (tg < 0 || lm->ts < 1 || !is(d, lm->ts - 1, "in") ||
            d->ments[fr.parties[tg].ment].te + 1 != lm->ts) {
            continue; /* (the first partner, then "in" and its place) */
        }
        uint32_t q = lm->te;
        for (int n = 0; n < 4 && q + 3 < c->te; n++) {
            bool last = false;
            if (d->toks[q].p == ',') {
                q++;
            }
            if (is(d, q, "and")) {
                q++;
                last = true;
            }
            int m = ment_at(c, q);
            /* (over a state's possessive: "Burkina Faso's Ibrahim Traore") */
            if (m >= 0 && M(c, m)->kind == MK_STATE && (M(c, m)->flags & MF_POSS)) {
                uint32_t a = M(c, m)->te + (is(d, M(c, m)->te, "'s") ? 1 : 0);
                m = ment_at(c, a);
            }
            if (m < 0 || M(c, m)->kind != MK_PERSON || (M(c, m)->flags & (MF_PRON | MF_POSS))) {
                break;
            }
            uint32_t e = M(c, m)->te;
            int pl = e + 1 < c->te && is(d, e, "in") ? ment_at(c, e + 1) : -1;
            if (pl < 0 || M(c, pl)->kind != MK_PLACE || M(c, pl)->ts != e + 1) {
                break;
            }
            px_frame g = fr;
            g.parties[tg].ment = (int32_t)(c->mb + (size_t)m);
            g.loc_ment = (int32_t)(c->mb + (size_t)pl);
            g.rule = "gapped";
            (void)frame_push(d, &g);
            q = M(c, pl)->te;
            if (last) {
                break;
            }
        }
    }
}

/* An international body's mention m that names a gathering: "the Mercosur summit", "the
 * ASEAN foreign ministers' meetings", "a meeting of SCO foreign ministers", "a summit of the
 * CIS" */
static bool names_gathering(const sctx *c, int m)
{
    const px_doc *d = c->d;
    const px_ment *mm = M(c, m);
    const px_ent *e = E(c, m);
    /* a name the dictionary lacks, by its last word: a grouping ("the Lancang-Mekong
     * Cooperation Foreign Ministers' Meeting") or the gathering's own name ("the eighth
     * Indian Ocean Conference", read "Ocean Conference") */
    uint32_t last = mm->te - 1;
    bool unlisted = mm->kind == MK_UNKNOWN && mm->te > mm->ts && (d->toks[last].flags & TF_CAP);
    bool grouping = unlisted && (is(d, last, "cooperation") || is(d, last, "partnership") ||
                                 is(d, last, "initiative") || is(d, last, "community"));
    if (!grouping &&
        ((mm->kind != MK_ORG && mm->kind != MK_GROUP) || !e || strncmp(e->code, "IGO", 3) != 0)) {
        return unlisted && mm->te > mm->ts + 1 &&
               (is(d, last, "conference") || is(d, last, "summit") || is(d, last, "forum") ||
                is(d, last, "dialogue"));
    }
    uint32_t q = mm->te;
    /* (over its acronym: "the Asia-Pacific Economic Cooperation (APEC) leaders' meeting") */
    if (q + 2 < c->te && d->toks[q].p == '(' && d->toks[q + 2].p == ')') {
        q += 3;
    }
    for (int n = 0; n < 4 && q < c->te && !px_match_kind(d, q, K_VENUE, NULL); n++) {
        /* (words of the gathering's name: "the ASEAN Foreign Ministers' Meeting", "the
         * EU-Western Balkans summit"; a partner state after the hyphen: "the
         * ASEAN-Australia special summit") */
        if (q > mm->te && is(d, q - 1, "-") && ment_at(c, q) >= 0 && M(c, ment_at(c, q))->ts == q) {
            q = M(c, ment_at(c, q))->te;
            continue;
        }
        if (!(is(d, q, "'s") || is(d, q, "'") || is(d, q, "-") ||
              ((d->toks[q].flags & TF_ALPHA) &&
               (ment_at(c, q) < 0 || M(c, ment_at(c, q))->kind == MK_UNKNOWN) &&
               !trig(d, q, c->te, TR_CONTACT_V, NULL)))) {
            break;
        }
        q++;
    }
    uint32_t vl = 0;
    if (q < c->te && px_match_kind(d, q, K_VENUE, &vl) && !is(d, q, "talks")) {
        return true;
    }
    uint32_t b = mm->ts;
    if (b > c->tb && is(d, b - 1, "the")) {
        b--;
    }
    return b > c->tb + 1 && is(d, b - 1, "of") && gathering_end(c, b - 2, 1, c->te) >= mm->te;
}

/* "visited China to attend the SCO summit", "arrived in Tianjin for the SCO summit": an
 * attendance with no party but its attendee is at the place of its attendee's visit in this
 * sentence (or its own), and a gathering abroad involves its host state */
/* "wrapped up a three-nation tour on Saturday that took him to Japan, China and South
 * Korea": a day named outside the clause of a tour's several legs is the tour's start or end,
 * no leg's own day; the legs, and the tour's own visit to its first, keep no time. */
/* "Scholz was supposed to meet Xi in Beijing, but the trip was cancelled at the last
 * minute": a plan of the traveller's before ", but" and a definite trip called off after it
 * is called off with the trip. */
static void but_trip_called_off(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t b = f0; b < d->nframe; b++) {
        const px_frame *tb = &d->frames[b];
        if (tb->type != T_VISIT || (tb->status != S_CANCELLED && tb->status != S_POSTPONED) ||
            tb->nparties == 0 || tb->core_ts < c->tb + 3 ||
            !(is(d, tb->core_ts - 1, "trip") || is(d, tb->core_ts - 1, "visit") ||
              is(d, tb->core_ts, "trip") || is(d, tb->core_ts, "visit"))) {
            continue;
        }
        /* the ", but" before the trip's noun phrase */
        uint32_t q = tb->core_ts;
        while (q > c->tb && tb->core_ts - q < 4 && !d->toks[q - 1].p && !is(d, q - 1, "but")) {
            q--;
        }
        if (q < c->tb + 2 || !is(d, q - 1, "but") || d->toks[q - 2].p != ',') {
            continue;
        }
        int vis = d->ments[tb->parties[0].ment].ent;
        for (size_t a = f0; a < d->nframe; a++) {
            px_frame *fa = &d->frames[a];
            if (fa->status != S_PLANNED || fa->core_te > q - 1 || fa->nparties == 0 ||
                d->ments[fa->parties[0].ment].ent != vis) {
                continue;
            }
            fa->status = tb->status;
        }
    }
}

/* "invitation", "offer", "request", "proposal": what one side asks of the other */
static bool asked_noun(const px_doc *d, uint32_t i)
{
    return is(d, i, "invitation") || is(d, i, "offer") || is(d, i, "request") ||
           is(d, i, "proposal");
}

/* "Xi invited Trump to make a state visit to China next year, and Trump accepted", "Modi
 * has extended an invitation to Putin for the annual summit, which the Russian leader has
 * accepted": the one invited accepting later in the sentence makes the invitation an
 * agreement, its parties as they were. */
static void accepted_after(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->status != S_PROPOSED || fa->nparties < 2 || fa->parties[0].role != R_SOURCE) {
            continue;
        }
        int t = -1;
        for (int q = 1; q < fa->nparties; q++) {
            t = t < 0 && fa->parties[q].role == R_TARGET ? q : t;
        }
        if (t < 0) {
            continue;
        }
        int tent = d->ments[fa->parties[t].ment].ent;
        for (uint32_t q = fa->core_te; tent >= 0 && q + 1 < c->te; q++) {
            /* (or turns it down: "had invited Orban to a separate meeting on Friday morning,
             * but he declined": the one invited refuses, the source of the refusal) */
            /* (in the passive also "was turned down", "was rejected") */
            bool pas_down = is(d, q, "turned") && q > c->tb && be_form(d, q - 1) &&
                            is(d, q + 1, "down");
            bool no = is(d, q, "declined") || is(d, q, "declines") || is(d, q, "refused") ||
                      is(d, q, "refuses") || pas_down ||
                      (is(d, q, "rejected") && q > c->tb && be_form(d, q - 1)) ||
                      ((is(d, q, "turned") || is(d, q, "turns")) && is(d, q + 1, "it") &&
                       q + 2 < c->te && is(d, q + 2, "down"));
            if (!(is(d, q, "accepted") || is(d, q, "accepts") || no)) {
                continue;
            }
            /* (nothing accepted but the invitation: the clause ends, or "it") */
            uint32_t q1 = q + 1 + (pas_down ? 1 : (is(d, q, "turned") || is(d, q, "turns")) ? 2 : 0);
            bool bare = q1 >= c->te || d->toks[q1].p == '.' || d->toks[q1].p == ',' ||
                        d->toks[q1].p == ';' || (!no && is(d, q1, "it")) ||
                        (q1 + 1 < c->te && is(d, q1, "the") &&
                         (is(d, q1 + 1, "invitation") || is(d, q1 + 1, "offer"))) ||
                        /* (and a manner: "accepted in principle", "with gratitude") */
                        (!no && q1 + 1 < c->te &&
                         ((is(d, q1, "in") && is(d, q1 + 1, "principle")) ||
                          (is(d, q1, "with") &&
                           (is(d, q1 + 1, "gratitude") || is(d, q1 + 1, "pleasure") ||
                            is(d, q1 + 1, "thanks") || is(d, q1 + 1, "appreciation")))));
            if (no && bare && !(is(d, q, "turned") || is(d, q, "turns")) && q1 < c->te &&
                d->toks[q1].p != '.' && d->toks[q1].p != ',' && d->toks[q1].p != ';' &&
                !is(d, q1, "the")) {
                bare = false;
            }
            uint32_t p = q;
            while (p > fa->core_te && (is(d, p - 1, "has") || is(d, p - 1, "had") ||
                                       is(d, p - 1, "have") || adverb_ly(d, p - 1))) {
                p--;
            }
            int sm = p > c->tb ? ment_at(c, p - 1) : -1;
            /* (a pronoun after "but", "and" or "which" is the one invited whatever it was
             * read as: "but he declined", ", which he accepted": no one accepts his own
             * invitation) */
            bool pron = sm >= 0 && (M(c, sm)->flags & MF_PRON) && M(c, sm)->ts > c->tb &&
                        (is(d, M(c, sm)->ts - 1, "but") || is(d, M(c, sm)->ts - 1, "and") ||
                         is(d, M(c, sm)->ts - 1, "which") ||
                         /* (", an invitation she accepted in principle") */
                         is(d, M(c, sm)->ts - 1, "invitation") || is(d, M(c, sm)->ts - 1, "offer")) &&
                        (is(d, M(c, sm)->ts, "he") || is(d, M(c, sm)->ts, "she"));
            /* (also in the passive: ", and the invitation was accepted") */
            uint32_t pv = p;
            while (pv > fa->core_te && (is(d, pv - 1, "was") || is(d, pv - 1, "been") ||
                                        is(d, pv - 1, "has") || is(d, pv - 1, "had") ||
                                        adverb_ly(d, pv - 1))) {
                pv--;
            }
            /* (", and the invitation was accepted", "; the invitation was ...", ", a request
             * that was turned down": the noun, over "that", after "the" and a clause's joint
             * or after "a" and a comma) */
            uint32_t nn = pv > c->tb && is(d, pv - 1, "that") ? pv - 2 : pv - 1;
            bool joined = pv < p && nn > fa->core_te && nn >= c->tb + 2 && asked_noun(d, nn) &&
                          (nn == pv - 1
                               ? is(d, nn - 1, "the") &&
                                     (is(d, nn - 2, "and") || is(d, nn - 2, "but") ||
                                      d->toks[nn - 2].p == ';')
                               : (is(d, nn - 1, "a") || is(d, nn - 1, "an")) &&
                                     d->toks[nn - 2].p == ',');
            if (joined && (bare || is(d, q1, "by"))) {
                bare = true;
                pron = true;
            }
            bool invited = pron || (sm >= 0 && M(c, sm)->ent == tent);
            if (bare && invited && no) {
                fa->status = S_DECLINED;
                fa->parties[0].role = R_TARGET;
                fa->parties[t].role = R_SOURCE;
                px_party sw = fa->parties[0];
                fa->parties[0] = fa->parties[t];
                fa->parties[t] = sw;
            } else if (bare && invited) {
                fa->status = S_AGREED; /* (its parties as invited: "and Wang accepted the
                                        * invitation with pleasure") */
            }
            break;
        }
    }
}

/* "Jeri will attend the inauguration of Kast in Valparaiso ... Paz and Noboa will also
 * attend the ceremony": an attendance of "the ceremony" (summit, inauguration ...) with no
 * place is of the gathering attended just before, at its place, in its state, on its day. */
/* "Fidan will be accompanied by Defence Minister Yasar Guler and intelligence chief Ibrahim
 * Kalin", "Trade Minister Todd McClay ... will accompany him": those who go with a traveller
 * are participants of the traveller's latest visit (this sentence or the two before; else of
 * another contact of theirs there, not a call), no contact of their own. */
static void accompanied(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    (void)f0;
    for (uint32_t i = c->tb; i + 2 < c->te; i++) {
        if (d->toks[i].klen < 9 || d->toks[i].k0 != 'a') {
            continue; /* ("accompan...": told by its length and first letter) */
        }
        int comp[4], nc = 0, principal = -1;
        if (is(d, i, "accompanied") && is(d, i + 1, "by") && i > c->tb &&
            (be_form(d, i - 1) || is(d, i - 1, "be") || is(d, i - 1, "been"))) {
            /* passive: the subject is accompanied by the people after "by" */
            int m = ment_at(c, i + 2);
            if (m >= 0 && M(c, m)->ts == i + 2 && M(c, m)->kind == MK_PERSON) {
                nc = coord_right(c, m, comp, 4);
            }
            int sj[4];
            uint32_t v = i - 1;
            while (v > c->tb && (cue1(d, v - 1, CUE_AUX) || is(d, v - 1, "also") ||
                                 is(d, v - 1, "be") || be_form(d, v - 1) ||
                                 is(d, v - 1, "will") || is(d, v - 1, "would"))) {
                v--;
            }
            int ns = subject(c, v, sj, 4);
            if (ns == 0) {
                ns = sentence_subject(c, v, false, sj, 4);
            }
            principal = ns == 1 ? sj[0] : -1;
        } else if ((is(d, i, "accompany") || is(d, i, "accompanies") ||
                    is(d, i, "accompanying")) && i > c->tb) {
            /* active: the subject goes with the object */
            int m = ment_at(c, i + 1);
            if (m >= 0 && M(c, m)->ts == i + 1 && M(c, m)->kind == MK_PERSON) {
                principal = m;
            }
            uint32_t v = i;
            while (v > c->tb && (cue1(d, v - 1, CUE_AUX) || is(d, v - 1, "also") ||
                                 be_form(d, v - 1) || is(d, v - 1, "will") ||
                                 is(d, v - 1, "would") || is(d, v - 1, "to") ||
                                 is(d, v - 1, "due") || is(d, v - 1, "expected"))) {
                v--;
            }
            /* (not a plan told in the past, nor one in a relative clause: "Wadephul, who
             * had been due to accompany Merz, pulled out of the trip") */
            bool told = false;
            for (uint32_t q = v; q < i && !told; q++) {
                told = is(d, q, "had") || is(d, q, "been") || is(d, q, "due") ||
                       is(d, q, "supposed");
            }
            if (told || (v > c->tb && (is(d, v - 1, "who") || is(d, v - 1, "which")))) {
                continue;
            }
            nc = v < i ? subject(c, v, comp, 4) : 0;
            if (nc == 0 && v < i) {
                nc = sentence_subject(c, v, false, comp, 4);
            }
            /* (over a who-clause between commas: "Trade Minister Todd McClay, who has been
             * negotiating ... since March, will accompany him") */
            for (uint32_t q = v; nc == 0 && v > c->tb + 2 && d->toks[v - 1].p == ',' &&
                                 q > c->tb + 2 && v - q < 30;
                 q--) {
                if (is(d, q - 1, "who") && d->toks[q - 2].p == ',') {
                    int wm = ment_at(c, q - 3);
                    if (wm >= 0 && M(c, wm)->kind == MK_PERSON && M(c, wm)->te == q - 2) {
                        comp[nc++] = wm;
                    }
                    break;
                }
            }
        }
        if (principal < 0 || nc == 0 || M(c, principal)->ent < 0) {
            continue;
        }
        int pe = M(c, principal)->ent;
        /* (a going still to come goes with a contact still to come: "Merz will travel to
         * Washington on Monday for talks with Trump. The two leaders last met at the G7 summit
         * in June. Merz will be accompanied by Economy Minister Katherina Reiche") */
        bool ahead = false;
        for (uint32_t q = i > c->tb + 4 ? i - 4 : c->tb; q < i && !ahead; q++) {
            ahead = is(d, q, "will") || is(d, q, "'ll") || is(d, q, "would");
        }
        /* ("McClay, who has been negotiating with Goyal since March, will accompany him":
         * a pronoun is the traveller of the visit just reported when it names no one on a
         * trip there) */
        if (M(c, principal)->flags & MF_PRON) {
            int trav = -1;
            bool on_trip = false;
            for (size_t f = d->nframe; f-- > 0;) {
                const px_frame *fr = &d->frames[f];
                if (fr->sent + 2 < c->si) {
                    break;
                }
                if (fr->sent >= c->si || fr->type != T_VISIT || fr->nparties < 2) {
                    continue;
                }
                int se = d->ments[fr->parties[0].ment].ent;
                on_trip = on_trip || se == pe;
                trav = trav < 0 ? se : trav;
            }
            if (!on_trip && trav >= 0) {
                pe = trav;
            }
        }
        px_frame *best = NULL;
        for (size_t f = d->nframe; f-- > 0;) {
            px_frame *fr = &d->frames[f];
            if (fr->sent + 2 < c->si) {
                break;
            }
            if (fr->sent > c->si || fr->nparties < 2 || fr->type == T_CALL ||
                (fr->sent == c->si && fr->core_ts > i) || ahead != (fr->status != S_OCCURRED)) {
                continue;
            }
            bool in = false;
            for (int q = 0; q < fr->nparties && !in; q++) {
                in = d->ments[fr->parties[q].ment].ent == pe &&
                     (fr->parties[q].role == R_SOURCE || fr->parties[q].role == R_TARGET);
            }
            if (!in) {
                continue;
            }
            if (fr->type == T_VISIT) {
                best = fr;
                break;
            }
            best = best ? best : fr;
        }
        for (int x = 0; best && x < nc && best->nparties < PX_MAX_PARTIES; x++) {
            int ce = M(c, comp[x])->ent;
            bool dup = ce < 0;
            for (int q = 0; q < best->nparties && !dup; q++) {
                dup = d->ments[best->parties[q].ment].ent == ce;
            }
            if (!dup) {
                best->parties[best->nparties].ment = (int32_t)(c->mb + (size_t)comp[x]);
                best->parties[best->nparties].role = R_PARTICIPANT;
                best->nparties++;
            }
        }
        /* (no contact of their own: "will accompany him" made none) */
        for (size_t f = f0; best && f < d->nframe; f++) {
            px_frame *fr = &d->frames[f];
            if (fr->sent == c->si && fr->core_ts <= i + 1 && fr->core_te > i) {
                fr->nparties = 0;
            }
        }
    }
}

/* "Erdogan will host Orban in Ankara on Thursday ... Orban will also meet Parliament Speaker
 * Numan Kurtulmus": a contact still to come with no place of its own, of a guest of a visit or
 * reception still to come in the two sentences before (and no time outside that trip's), is
 * at that trip's place. */
static void planned_trip_place(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->sent != c->si || fa->loc_ment >= 0 || fa->venue_te || fa->nparties < 2 ||
            fa->type == T_CALL || fa->type == T_VISIT ||
            !(fa->status == S_PLANNED || fa->status == S_AGREED)) {
            continue;
        }
        int src = d->ments[fa->parties[0].ment].ent;
        const px_frame *trip = NULL;
        bool legs = false; /* (a trip of several legs says not which: none) */
        for (size_t b = f0; src >= 0 && b-- > 0;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c->si) {
                break;
            }
            if (fb->loc_ment < 0 || fb->nparties < 2 || fb->status != S_PLANNED ||
                !(fb->type == T_VISIT || fb->type == T_HOST)) {
                continue;
            }
            /* (the guest: a visit's source, a reception's target) */
            int gi = fb->type == T_VISIT ? 0 : 1;
            if (d->ments[fb->parties[gi].ment].ent != src) {
                continue;
            }
            if (trip && d->ments[trip->loc_ment].ent != d->ments[fb->loc_ment].ent) {
                legs = true;
            }
            trip = trip ? trip : fb;
        }
        if (!trip || legs) {
            continue;
        }
        /* (a partner there: not "He will also meet Putin" after a trip to Ankara) */
        int tge = d->ments[fa->parties[1].ment].ent, tle = d->ments[trip->loc_ment].ent;
        if (tge < 0 || tle < 0 ||
            (d->ents[tge].country[0] && !px_streq(d->ents[tge].country, d->ents[tle].country))) {
            continue;
        }
        if (fa->time.set && trip->time.set &&
            (px_days_from_civil(fa->time.y0, fa->time.m0, fa->time.d0) <
                 px_days_from_civil(trip->time.y0, trip->time.m0, trip->time.d0) - 1 ||
             px_days_from_civil(fa->time.y1, fa->time.m1, fa->time.d1) >
                 px_days_from_civil(trip->time.y1, trip->time.m1, trip->time.d1) + 3)) {
            continue;
        }
        fa->loc_ment = trip->loc_ment;
    }
}

/* "Tshisekedi and Kagame will sign a peace deal in Washington on Thursday, in a ceremony
 * hosted by U.S. President Donald Trump": a reception named by a reduced relative on a
 * gathering noun is the main clause's event, at its stage and place. */
static void hosted_setting(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t v = fa->core_ts;
        /* (over the event's place: "at a ceremony in Washington hosted by Rubio") */
        int gpm = v > c->tb ? ment_at(c, v - 1) : -1;
        uint32_t g = v > c->tb ? v - 1 : v;
        if (gpm >= 0 && M(c, gpm)->ts > c->tb + 2 &&
            (M(c, gpm)->kind == MK_PLACE || M(c, gpm)->kind == MK_STATE) &&
            (is(d, M(c, gpm)->ts - 1, "in") || is(d, M(c, gpm)->ts - 1, "at"))) {
            g = M(c, gpm)->ts - 2;
        } else {
            gpm = -1;
        }
        if (fa->sent != c->si || fa->type != T_HOST || fa->nparties < 2 || v < c->tb + 3 ||
            !is(d, v, "hosted") || fa->core_te >= c->te || !is(d, fa->core_te, "by") ||
            !(ceremony_noun(d, g) || is(d, g, "dinner") || is(d, g, "banquet") ||
              is(d, g, "lunch") || is(d, g, "event"))) {
            continue;
        }
        uint32_t n0 = g;
        bool ahead = false;
        int place = gpm;
        for (uint32_t q = c->tb; q < n0; q++) {
            ahead = ahead || is(d, q, "will") || is(d, q, "'ll") ||
                    (is(d, q, "to") && q > c->tb &&
                     (is(d, q - 1, "due") || is(d, q - 1, "set") || is(d, q - 1, "expected") ||
                      is(d, q - 1, "scheduled")));
            int pm = q > c->tb && is(d, q - 1, "in") ? ment_at(c, q) : -1;
            if (pm >= 0 && M(c, pm)->ts == q && place < 0 &&
                (M(c, pm)->kind == MK_PLACE || M(c, pm)->kind == MK_STATE)) {
                place = pm;
            }
        }
        if (ahead && fa->status == S_OCCURRED) {
            fa->status = S_PLANNED;
            if (fa->time.set) {
                uint32_t ts = fa->time.ts, te = fa->time.te;
                px_time t;
                if (px_timex_at(d, ts, te, &t, true)) {
                    fa->time = t;
                }
            }
        }
        if (fa->loc_ment < 0 && place >= 0) {
            fa->loc_ment = (int32_t)(c->mb + (size_t)place);
        }
    }
}

/* The attendance fa (one party, no place) takes the gathering of the latest attendance with
 * a target before frame index `before`, in its sentence or the two before: its target, place
 * and (if fa has none) time; with none, fa is dropped. A stand-in (`stand_in`) takes only
 * another's attendance, of a gathering abroad for it. */
static void attend_before(sctx *c, px_frame *fa, size_t before, bool stand_in)
{
    px_doc *d = c->d;
    fa->nparties = 0; /* (with no gathering just reported: none) */
    int se = d->ments[fa->parties[0].ment].ent;
    for (size_t b = before; b-- > 0;) {
        const px_frame *fb = &d->frames[b];
        if (fb->sent + 2 < c->si) {
            break;
        }
        if (fb->type != T_ATTEND || fb->nparties < 2 || fb->parties[1].role != R_TARGET ||
            (stand_in && d->ments[fb->parties[0].ment].ent == se)) {
            continue;
        }
        int te = d->ments[fb->parties[1].ment].ent;
        if (stand_in && (te < 0 || (se >= 0 && d->ents[se].country[0] &&
                                    px_streq(d->ents[se].country, d->ents[te].country)))) {
            break;
        }
        fa->parties[1] = fb->parties[1];
        fa->nparties = 2;
        fa->loc_ment = fb->loc_ment;
        if (!fa->time.set) {
            fa->time = fb->time;
        }
        break;
    }
}

static void anaphoric_attendance(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t q = fa->core_te;
        /* (a trigger that took the article in: "will represent Argentina at the meeting
         * instead") */
        if (q > c->tb && q + 1 < c->te && is(d, q - 1, "the") && ceremony_noun(d, q)) {
            q--;
        }
        if (fa->type != T_ATTEND || fa->nparties != 1 || fa->loc_ment >= 0 || fa->venue_te ||
            q + 2 > c->te || !is(d, q, "the") || !ceremony_noun(d, q + 1) ||
            (q + 2 < c->te && !d->toks[q + 2].p && !in_timex(c, q + 2, NULL) &&
             !is(d, q + 2, "instead"))) {
            continue;
        }
        const px_ent *se = d->ments[fa->parties[0].ment].ent >= 0
                               ? &d->ents[d->ments[fa->parties[0].ment].ent]
                               : NULL;
        for (size_t b = f0; b-- > 0;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c->si) {
                break;
            }
            if (fb->type != T_ATTEND || fb->nparties < 2 || fb->loc_ment < 0 ||
                fb->parties[1].role != R_TARGET) {
                continue;
            }
            const px_ent *te = d->ments[fb->parties[1].ment].ent >= 0
                                   ? &d->ents[d->ments[fb->parties[1].ment].ent]
                                   : NULL;
            if (te && se && se->country[0] && !px_streq(se->country, te->country)) {
                fa->parties[1] = fb->parties[1];
                fa->nparties = 2;
                fa->loc_ment = fb->loc_ment;
                if (!fa->time.set && fb->status == fa->status) {
                    fa->time = fb->time;
                }
            }
            break;
        }
    }
    /* "Lula and Boric have confirmed their attendance" (after "Petro would not attend the
     * inauguration of Rodrigo Paz"): attendance still to come, of the gathering just
     * reported when none is named */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t v = fa->core_ts;
        if (fa->type != T_ATTEND || fa->nparties < 1 || fa->core_te != v + 3 ||
            !(is(d, v, "confirmed") || is(d, v, "confirms")) ||
            !(is(d, v + 2, "attendance") || is(d, v + 2, "participation"))) {
            continue;
        }
        fa->status = S_PLANNED;
        if (fa->nparties != 1 || fa->loc_ment >= 0 || fa->venue_te) {
            continue;
        }
        attend_before(c, fa, f0, false);
    }
    /* "Quirno will lead the Argentine delegation instead", "Quirno will attend instead":
     * one who stands in attends the gathering attended, refused or skipped just before */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        bool lead = fa->rule && (strcmp(fa->rule, "lead_delegation+instead") == 0 ||
                                 strcmp(fa->rule, "represent+instead") == 0);
        bool bare = fa->type == T_ATTEND && fa->core_te < c->te && is(d, fa->core_te, "instead") &&
                    fa->core_te == fa->core_ts + 1;
        if (!(lead || bare) || fa->nparties != 1 || fa->loc_ment >= 0 || fa->venue_te) {
            continue;
        }
        attend_before(c, fa, a, true);
    }
    /* ("will skip the summit" with no gathering attended just before: none) */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 1 && fa->rule && strcmp(fa->rule, "decline+gathering_before") == 0) {
            fa->nparties = 0;
        }
    }
}

/* "European leaders including Starmer and Macron are expected to join the meeting by video
 * link": those who join the meeting, talks or call just reported (in this sentence or the two
 * before) are its participants, not a contact of their own. */
static void joined_contact(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t v = fa->core_ts;
        /* (so is one who attends it in a relative clause on it: "will host the meeting,
         * which Trump is also expected to attend") */
        bool which = false;
        if (fa->sent == c->si && fa->nparties == 1 && fa->type == T_ATTEND &&
            fa->loc_ment < 0 && !fa->venue_te && v < c->te &&
            (is(d, v, "attend") || is(d, v, "attends") || is(d, v, "attended") ||
             is(d, v, "attending"))) {
            for (uint32_t q = v; q > c->tb + 2 && v - q < 12 && !which && !d->toks[q - 1].p;
                 q--) {
                which = is(d, q - 1, "which") && d->toks[q - 2].p == ',' &&
                        (is(d, q - 3, "meeting") || is(d, q - 3, "talks") ||
                         is(d, q - 3, "call") || is(d, q - 3, "negotiations"));
                /* (also ", with Macron and Merz expected to attend in person" after a
                 * meeting of the sentence) */
                which = which || (is(d, q - 1, "with") && d->toks[q - 2].p == ',');
            }
        }
        if (!which &&
            (fa->sent != c->si || fa->nparties == 0 || !fa->rule ||
             strcmp(fa->rule, "light_verb+noun") != 0 || v + 2 >= c->te ||
             !join_word(d, v) ||
             !is(d, v + 1, "the") ||
             (fa->core_te < c->te && (is(d, fa->core_te, "with") || is(d, fa->core_te, "between") ||
                                      is(d, fa->core_te, "of"))))) {
            continue;
        }
        px_frame *fb = NULL;
        for (size_t b = a; b-- > 0;) {
            px_frame *x = &d->frames[b];
            if (x->sent + 2 < c->si) {
                break;
            }
            if (x->nparties >= 2 && x->sent <= c->si &&
                (x->type == T_MEET || x->type == T_NEGOTIATE || x->type == T_CALL ||
                 (which && x->type == T_HOST && x->sent == c->si))) {
                fb = x;
                break;
            }
        }
        if (!fb) {
            continue;
        }
        /* (not one who is still to join talks that took place: "Hamas and Israeli
         * negotiators resumed indirect talks in Doha on Tuesday ... Witkoff is expected to
         * join the negotiations later this week" adds no one to Tuesday's talks) */
        if (fb->status == S_OCCURRED && fa->status != S_OCCURRED && fa->time.set) {
            fa->nparties = 0;
            continue;
        }
        for (int q = 0; q < fa->nparties && fb->nparties < PX_MAX_PARTIES; q++) {
            int ent = d->ments[fa->parties[q].ment].ent;
            bool dup = false;
            for (int r = 0; r < fb->nparties; r++) {
                dup = dup || d->ments[fb->parties[r].ment].ent == ent;
            }
            if (!dup) {
                fb->parties[fb->nparties] = fa->parties[q];
                fb->parties[fb->nparties].role = R_PARTICIPANT;
                fb->nparties++;
            }
        }
        fa->nparties = 0;
    }
}

/* "Aliyev and Pashinyan will hold talks in Abu Dhabi next week ... The UAE will host the
 * meeting": one who hosts "the meeting" or "the talks" just reported (in this sentence or
 * the two before) between others is their go-between, no contact of its own. */
static void hosted_contact(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (int n = 0; n < c->ncore; n++) {
        const core *k = &c->cores[n];
        uint32_t v = k->ts;
        if (k->form != F_LIGHT || k->type != T_HOST || k->te != v + 3 || v <= c->tb ||
            !(is(d, v, "host") || is(d, v, "hosts") || is(d, v, "hosted") ||
              is(d, v, "hosting")) ||
            !is(d, v + 1, "the") ||
            !(is(d, v + 2, "meeting") || is(d, v + 2, "talks") || is(d, v + 2, "summit") ||
              is(d, v + 2, "negotiations")) ||
            (k->te < c->te && !d->toks[k->te].p && !in_timex(c, k->te, NULL) &&
             !is(d, k->te, "in") && !is(d, k->te, "at"))) {
            continue;
        }
        int subj[4];
        int ns = subject(c, k->cs, subj, 4);
        if (ns != 1 || !is_party_kind(c, subj[0]) ||
            (M(c, subj[0])->flags & (MF_PRON | MF_ADJ | MF_POSS))) {
            continue;
        }
        int sent = M(c, subj[0])->ent;
        const char *hc = E(c, subj[0]) ? E(c, subj[0])->country : "";
        px_frame *fb = NULL;
        for (size_t b = d->nframe; prev_in_window(c, v, &b);) {
            px_frame *x = &d->frames[b];
            /* (not one held in another state: "The two leaders last met in Anchorage ...
             * Orban, who had offered to host the meeting," hosts the summit called off) */
            int32_t le = x->loc_ment >= 0 ? d->ments[x->loc_ment].ent : -1;
            if (hc[0] && x->status == S_OCCURRED && le >= 0 && d->ents[le].country[0] &&
                !px_streq(d->ents[le].country, hc)) {
                continue;
            }
            if (x->nparties >= 2 && (x->type == T_MEET || x->type == T_NEGOTIATE)) {
                fb = x;
                break;
            }
        }
        bool in = false;
        for (int q = 0; fb && q < fb->nparties; q++) {
            in = in || d->ments[fb->parties[q].ment].ent == sent;
        }
        if (!fb || in || fb->nparties >= PX_MAX_PARTIES) {
            continue;
        }
        for (int q = 0; q < fb->nparties; q++) {
            if (fb->parties[q].role == R_SOURCE || fb->parties[q].role == R_TARGET) {
                fb->parties[q].role = R_PARTICIPANT;
            }
        }
        fb->parties[fb->nparties].ment = (int32_t)(c->mb + (size_t)subj[0]);
        fb->parties[fb->nparties].role = R_MEDIATOR;
        fb->nparties++;
        fb->mediation = true;
        /* (no reception of its own) */
        for (size_t a = f0; a < d->nframe; a++) {
            if (d->frames[a].core_ts == v && d->frames[a].type == T_HOST) {
                d->frames[a].nparties = 0;
            }
        }
    }
}

/* The number of days of a visit named with its length in tokens [a, b) ("a four-day
 * state visit", "his 2-day trip"), or 0. */
static int visit_days(const px_doc *d, uint32_t a, uint32_t b)
{
    static const char *const nums[] = {"one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", NULL};
    for (uint32_t i = a + 2; i < b && i < d->ntok; i++) {
        if (d->toks[i].klen != 3 || !is(d, i, "day") || d->toks[i - 1].e - d->toks[i - 1].s != 1 ||
            d->text[d->toks[i - 1].s] != '-') {
            continue;
        }
        /* (a visit's length: the noun within three words) */
        bool noun = false;
        for (uint32_t q = i + 1; q < b && q < i + 4 && !noun; q++) {
            noun = is(d, q, "visit") || is(d, q, "trip") || is(d, q, "tour") || is(d, q, "stay");
        }
        if (!noun) {
            continue;
        }
        const char *t = d->text + d->toks[i - 2].s;
        size_t n = d->toks[i - 2].e - d->toks[i - 2].s;
        if (n >= 1 && n <= 2 && t[0] >= '1' && t[0] <= '9') {
            return n == 1 ? t[0] - '0'
                          : (t[1] >= '0' && t[1] <= '9' ? (t[0] - '0') * 10 + (t[1] - '0') : 0);
        }
        for (int w = 0; nums[w]; w++) {
            if (is(d, i - 2, nums[w])) {
                return w + 1;
            }
        }
    }
    return 0;
}

/* "wrapped up a four-day state visit to China on Thursday", "arrived in Tokyo on Monday for
 * a three-day visit": a visit of a stated length dated by its end or its start spans those
 * days. */
static void visit_spans(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *f = &d->frames[a];
        if (f->type != T_VISIT || f->nparties == 0 || !f->time.set || f->time.prec != 1 ||
            f->time.y0 != f->time.y1 || f->time.m0 != f->time.m1 || f->time.d0 != f->time.d1) {
            continue;
        }
        uint32_t lo = f->trig_ts < f->core_ts ? f->trig_ts : f->core_ts;
        uint32_t hi = f->trig_te > f->core_te ? f->trig_te : f->core_te;
        lo = lo >= c->tb + 4 ? lo - 4 : c->tb; /* ("after a five-day trip") */
        /* (not a leg of a tour of several states: the length is the tour's) */
        bool leg = false;
        for (size_t b = f0; b < d->nframe && !leg; b++) {
            leg = b != a && d->frames[b].type == T_VISIT && d->frames[b].core_ts == f->core_ts;
        }
        if (leg) {
            continue;
        }
        /* (also its purpose after the verb: "arrived in Tokyo on Monday for a three-day
         * visit") */
        while (hi < c->te && hi < f->core_te + 14 && d->toks[hi].p != '.' &&
               d->toks[hi].p != ';') {
            hi++;
        }
        int n = visit_days(d, lo, hi);
        if (n < 2 || n > 14) {
            continue;
        }
        uint32_t v = f->trig_ts;
        bool end = is(d, v, "wrapped") || is(d, v, "wraps") || is(d, v, "concluded") ||
                   is(d, v, "concludes") || is(d, v, "ended") || is(d, v, "ends") ||
                   is(d, v, "completed") || is(d, v, "completes");
        for (uint32_t q = f->core_ts; !end && q > c->tb && f->core_ts - q < 10; q--) {
            end = is(d, q - 1, "returned") || is(d, q - 1, "returning") ||
                  is(d, q - 1, "returns");
        }
        /* (also a plan: "will begin a four-day state visit to Japan on Monday", "will pay a
         * three-day visit to Japan starting on Monday") */
        bool start = !end && (is(d, v, "arrived") || is(d, v, "arrives") || is(d, v, "began") ||
                              is(d, v, "begins") || is(d, v, "started") || is(d, v, "starts") ||
                              is(d, v, "kicked") || is(d, v, "kicks") || is(d, v, "embarked") ||
                              is(d, v, "embarks") || is(d, v, "arrive") || is(d, v, "begin") ||
                              is(d, v, "start") || is(d, v, "kick") || is(d, v, "embark"));
        for (uint32_t q = f->core_te; !end && !start && q + 1 < hi; q++) {
            start = (is(d, q, "starting") || is(d, q, "beginning")) && in_timex(c, q + 1, NULL);
        }
        if (!end && !start) {
            continue;
        }
        int z = px_days_from_civil(f->time.y0, f->time.m0, f->time.d0);
        if (end) {
            px_civil_from_days(z - (n - 1), &f->time.y0, &f->time.m0, &f->time.d0);
        } else {
            px_civil_from_days(z + (n - 1), &f->time.y1, &f->time.m1, &f->time.d1);
        }
    }
}

static void tour_legs_undated(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t a = f0; a < d->nframe; a++) {
        const px_frame *fa = &d->frames[a];
        if (!fa->rule || strcmp(fa->rule, "trip_takes_to") != 0 || !fa->time.set ||
            fa->time.prec != 1 || fa->time.te > fa->core_ts) {
            continue;
        }
        int legs = 0;
        for (size_t b = f0; b < d->nframe; b++) {
            legs += d->frames[b].rule && strcmp(d->frames[b].rule, "trip_takes_to") == 0 &&
                    d->frames[b].core_ts == fa->core_ts;
        }
        if (legs < 2) {
            continue;
        }
        const px_time t = fa->time;
        uint32_t kc = fa->core_ts;
        for (size_t b = f0; b < d->nframe; b++) {
            px_frame *fb = &d->frames[b];
            if (fb->type == T_VISIT && fb->time.set && fb->time.ts == t.ts &&
                fb->core_ts <= kc && (fb->loc_ment >= 0 || fb->needs_dest)) {
                /* (the tour's own visit only where one of its legs goes) */
                bool leg = fb->core_ts == kc || fb->needs_dest;
                for (size_t e = f0; e < d->nframe && !leg; e++) {
                    leg = d->frames[e].core_ts == kc && d->frames[e].loc_ment >= 0 &&
                          d->ments[d->frames[e].loc_ment].ent == d->ments[fb->loc_ment].ent;
                }
                if (leg) {
                    memset(&fb->time, 0, sizeof fb->time);
                }
            }
        }
    }
}

static void attend_hosts(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    /* ("attended a session of the NATO-Ukraine Council": with no place and no one else, the
     * international body that names the gathering attended is its target) */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->type != T_ATTEND || fa->nparties != 1 || fa->sent != c->si || fa->loc_ment >= 0 ||
            fa->venue_te) {
            continue;
        }
        for (uint32_t q = fa->core_te; q < c->te && q < fa->core_te + 8; q++) {
            if (d->toks[q].p && d->toks[q].p != '-') {
                break;
            }
            int qm = ment_at(c, q);
            if (qm < 0) {
                continue;
            }
            const px_ent *qe = E(c, qm);
            if (M(c, qm)->kind == MK_ORG && qe && strncmp(qe->code, "IGO", 3) == 0 &&
                M(c, qm)->ts == q) {
                fa->parties[1].ment = (int32_t)(c->mb + (size_t)qm);
                fa->parties[1].role = R_TARGET;
                fa->nparties = 2;
                break;
            }
            q = M(c, qm)->te - 1;
        }
    }
    /* ("is in Malaysia to attend the ASEAN Foreign Ministers' Meeting": the visit's place) */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->type != T_ATTEND || fa->nparties < 1 || fa->sent != c->si || fa->loc_ment >= 0 ||
            d->ments[fa->parties[0].ment].ent < 0) {
            continue;
        }
        int who = d->ments[fa->parties[0].ment].ent;
        /* (the trip's last leg before it: "will depart Abuja for Castries ..., after which
         * he will proceed to Rio de Janeiro, Brazil, to attend the BRICS Summit": Brazil) */
        const px_frame *leg = NULL;
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            if (b != a && fb->type == T_VISIT && fb->sent == c->si && fb->loc_ment >= 0 &&
                fb->nparties >= 2 && d->ments[fb->parties[0].ment].ent == who &&
                fb->status == fa->status &&
                (!leg || (fb->core_ts < fa->core_ts && fb->core_ts > leg->core_ts))) {
                leg = fb;
            }
        }
        if (leg) {
            fa->loc_ment = leg->loc_ment;
        }
    }
    /* "will skip this week's Mercosur summit", "a meeting of SCO foreign ministers": the body
     * that names the gathering is no party of its own (its host state is) */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        for (int q = 1; fa->type == T_ATTEND && fa->sent == c->si && q < fa->nparties;) {
            int gm = fa->parties[q].ment - (int32_t)c->mb;
            /* (when a host state takes its place: a place abroad for a known attendee) */
            const px_ent *we = d->ments[fa->parties[0].ment].ent >= 0
                                   ? &d->ents[d->ments[fa->parties[0].ment].ent]
                                   : NULL;
            const px_ent *le = fa->loc_ment >= (int32_t)c->mb && fa->loc_ment < (int32_t)d->nment &&
                                       d->ments[fa->loc_ment].ent >= 0
                                   ? &d->ents[d->ments[fa->loc_ment].ent]
                                   : NULL;
            /* (an international body's officer, of no state, is abroad anywhere: "WTO
             * Director-General Ngozi Okonjo-Iweala will attend the Group of 20 leaders' summit
             * in Johannesburg") */
            bool abroad = we && le && le->country[0] &&
                          (we->country[0] ? strcmp(we->country, le->country) != 0
                                          : strncmp(we->code, "IGO", 3) == 0);
            if (abroad && gm >= 0 && gm < (int)(d->nment - c->mb) && names_gathering(c, gm)) {
                memmove(&fa->parties[q], &fa->parties[q + 1],
                        (size_t)(fa->nparties - q - 1) * sizeof fa->parties[0]);
                fa->nparties--;
                if (fa->parties[1].role == R_PARTICIPANT && fa->nparties > 1) {
                    fa->parties[1].role = R_TARGET;
                }
                continue;
            }
            q++;
        }
    }
    /* "Modi and Xi attended the SCO summit": coordinated attendees attend each */
    for (size_t a = f0, n = d->nframe; a < n; a++) {
        px_frame *fa = &d->frames[a];
        bool each = fa->type == T_ATTEND && fa->nparties >= 2 && fa->sent == c->si;
        /* (or named after ", including": "leaders attended ..., including A and B") */
        bool incl = false; /* (also after a state's possessive: "Britain's Keir Starmer") */
        for (int q = 0; each && !incl && q < fa->nparties; q++) {
            uint32_t ts = d->ments[fa->parties[q].ment].ts;
            incl = (ts > c->tb + 1 && is(d, ts - 1, "including")) ||
                   (ts > c->tb + 3 && is(d, ts - 1, "'s") && is(d, ts - 3, "including"));
        }
        /* (or the agents of "a summit in Abuja attended by A and B") */
        bool by_agents = each && is(d, fa->core_ts, "attended") && fa->core_te < c->te &&
                         is(d, fa->core_te, "by");
        for (int q = 0; each && q < fa->nparties; q++) {
            const px_ment *pm = &d->ments[fa->parties[q].ment];
            each = (pm->te <= fa->core_ts || incl || by_agents) && pm->kind != MK_PLACE &&
                   fa->parties[q].role != R_MEDIATOR;
            /* (joined by "and" or a comma: not "declined Trump's invitation to the G20") */
            uint32_t nx = UINT32_MAX;
            for (int r = 0; each && r < fa->nparties; r++) {
                uint32_t rt = d->ments[fa->parties[r].ment].ts;
                nx = rt >= pm->te && rt < nx ? rt : nx;
            }
            for (uint32_t t = pm->te; each && nx != UINT32_MAX && t < nx; t++) {
                /* (over a state's possessive: "Singapore's X and Malaysia's Y") */
                int tm = ment_at(c, t);
                each = d->toks[t].p == ',' || is(d, t, "and") || is(d, t, "'s") ||
                       (tm >= 0 && (M(c, tm)->flags & (MF_POSS | MF_ADJ)));
            }
        }
        if (!each) {
            continue;
        }
        px_frame g = *fa;
        fa->nparties = 1;
        fa->parties[0].role = R_SOURCE;
        for (int q = 1; q < g.nparties; q++) {
            px_frame h = g;
            h.parties[0] = g.parties[q];
            h.parties[0].role = R_SOURCE;
            h.nparties = 1;
            (void)frame_push(d, &h);
        }
    }
    /* "Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim Traore arrived in the
     * Nigerien capital": coordinated travellers of different states, none of the state
     * visited, each visit it */
    for (size_t a = f0, n = d->nframe; a < n; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->type != T_VISIT || fa->sent != c->si || fa->nparties < 3 ||
            fa->parties[0].role != R_SOURCE) {
            continue;
        }
        const px_ment *sm = &d->ments[fa->parties[0].ment];
        const px_ent *se = sm->ent >= 0 ? &d->ents[sm->ent] : NULL;
        const px_ent *te = NULL;
        for (int q = 1; q < fa->nparties && !te; q++) {
            const px_ment *qm = &d->ments[fa->parties[q].ment];
            te = fa->parties[q].role == R_TARGET && qm->ent >= 0 ? &d->ents[qm->ent] : NULL;
        }
        if (!se || !se->country[0] || !te || !te->country[0] || sm->te > fa->core_ts) {
            continue;
        }
        /* (not those who travel "together": one trip, the others its participants) */
        bool together = false;
        for (uint32_t t = fa->core_ts; t < fa->core_te + 2 && t < c->te && !together; t++) {
            together = is(d, t, "together") || is(d, t, "jointly");
        }
        if (together) {
            continue;
        }
        for (int q = 1; q < fa->nparties;) {
            const px_ment *pm = &d->ments[fa->parties[q].ment];
            const px_ent *pe = pm->ent >= 0 ? &d->ents[pm->ent] : NULL;
            bool co = fa->parties[q].role == R_PARTICIPANT && pe && pe->country[0] &&
                      pm->kind == MK_PERSON && pm->ts >= sm->te && pm->te <= fa->core_ts &&
                      strcmp(pe->country, se->country) != 0 &&
                      strcmp(pe->country, te->country) != 0;
            /* (joined to the traveller by "and" or a comma, over a state's possessive) */
            for (uint32_t t = sm->te; co && t < pm->ts; t++) {
                int tm = ment_at(c, t);
                co = d->toks[t].p == ',' || is(d, t, "and") || is(d, t, "'s") ||
                     (tm >= 0 && ((M(c, tm)->flags & (MF_POSS | MF_ADJ)) ||
                                  M(c, tm)->kind == MK_PERSON));
            }
            if (!co) {
                q++;
                continue;
            }
            px_frame h = *fa;
            h.parties[0] = fa->parties[q];
            h.parties[0].role = R_SOURCE;
            h.nparties = 1;
            for (int r = 1; r < fa->nparties; r++) {
                if (fa->parties[r].role == R_TARGET) {
                    h.parties[h.nparties++] = fa->parties[r];
                }
            }
            memmove(&fa->parties[q], &fa->parties[q + 1],
                    (size_t)(fa->nparties - q - 1) * sizeof fa->parties[0]);
            fa->nparties--;
            (void)frame_push(d, &h);
            fa = &d->frames[a]; /* (the push may move the frames) */
        }
    }
    /* "Netanyahu puts off India trip for third time" over "Netanyahu has postponed a trip to
     * New Delhi for talks with Modi": the headline's trip is the body's trip for talks, one
     * contact (the talks, as the body tells it) */
    if (c->si > 0 && px_headline_first(d)) {
        for (size_t a = f0; a < d->nframe; a++) {
            const px_frame *fa = &d->frames[a];
            if ((fa->type != T_NEGOTIATE && fa->type != T_MEET) || fa->sent != c->si ||
                fa->nparties < 2 || fa->loc_ment < 0 || d->ments[fa->loc_ment].ent < 0 ||
                d->ments[fa->parties[0].ment].ent < 0 || fa->core_ts >= c->te ||
                !(is(d, fa->core_ts, "trip") || is(d, fa->core_ts, "visit") ||
                  trig(d, fa->core_ts, c->te, TR_MOTION_V, NULL))) {
                continue;
            }
            const char *lc = d->ents[d->ments[fa->loc_ment].ent].country;
            const char *sc = d->ents[d->ments[fa->parties[0].ment].ent].country;
            for (size_t b = 0; b < f0 && lc[0] && sc[0]; b++) {
                px_frame *fb = &d->frames[b];
                if (fb->sent != 0 || fb->type != T_VISIT || fb->status != fa->status ||
                    fb->nparties < 2 || d->ments[fb->parties[0].ment].ent < 0 ||
                    d->ments[fb->parties[1].ment].ent < 0) {
                    continue;
                }
                const px_ent *bs = &d->ents[d->ments[fb->parties[0].ment].ent];
                const px_ent *bt = &d->ents[d->ments[fb->parties[1].ment].ent];
                /* (a headline's bare surname the body names in full: "Sharif delays Beijing
                 * trip") */
                const char *an = d->ents[d->ments[fa->parties[0].ment].ent].name;
                size_t al = strlen(an), bl = strlen(bs->name);
                bool same = px_streq(bs->country, sc) ||
                            (!bs->country[0] && bl > 0 && al > bl + 1 &&
                             an[al - bl - 1] == ' ' && strcmp(an + al - bl, bs->name) == 0);
                if (same && px_streq(bt->country, lc)) {
                    fb->nparties = 0;
                }
            }
        }
    }
    /* "arrived in Honiara on Monday to attend the Pacific Islands Forum leaders' meeting,
     * which opens on Wednesday": a gathering that opens after the article is attended then,
     * `planned` (the arrival is the trip's) */
    for (size_t a = f0; a < d->nframe && d->pub_y; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->type != T_ATTEND || fa->sent != c->si || fa->status != S_OCCURRED ||
            fa->nparties < 1) {
            continue;
        }
        uint32_t e = fa->venue_te > fa->core_te ? fa->venue_te : fa->core_te;
        uint32_t q = e; /* (over the rest of its name and its place: "summit in Samarkand") */
        while (q < c->te && q < e + 12 &&
               (!d->toks[q].p || d->toks[q].p == '\'' || (d->toks[q].flags & TF_HYPH))) {
            q++;
        }
        /* (also ", to be held on Monday", ", which will be held on Monday") */
        if (q + 3 >= c->te || d->toks[q].p != ',') {
            continue;
        }
        uint32_t v = q + 1;
        bool held = is(d, v, "to") && is(d, v + 1, "be") && is(d, v + 2, "held");
        if (held) {
            v += 2;
        } else if (is(d, v, "which")) {
            v++;
            if (v + 3 < c->te && (is(d, v, "will") || is(d, v, "is"))) {
                v += is(d, v, "is") && (is(d, v + 1, "due") || is(d, v + 1, "set")) &&
                             is(d, v + 2, "to")
                         ? 3
                         : 1;
            }
            if (v + 1 < c->te && is(d, v, "be") && is(d, v + 1, "held")) {
                v++;
                held = true;
            }
        } else {
            continue;
        }
        if (v + 1 >= c->te) {
            continue; /* (no word of the sentence past the verb) */
        }
        if (!held && !(is(d, v, "opens") || is(d, v, "open") || is(d, v, "begins") ||
                       is(d, v, "begin") || is(d, v, "starts") || is(d, v, "start") ||
                       is(d, v, "kicks"))) {
            continue;
        }
        for (int x = 0; x < c->ntx; x++) {
            px_time tx;
            if (c->tx[x].ts <= v || c->tx[x].ts > v + 3 ||
                !px_timex_at(d, c->tx[x].ts, c->te, &tx, true) || !tx.set || !tx.y0) {
                continue; /* (the opening's day read forward: a present tense's coming day) */
            }
            if (px_days_from_civil(tx.y0, tx.m0, tx.d0) >=
                px_days_from_civil(d->pub_y, d->pub_m, d->pub_d)) {
                fa->status = S_PLANNED;
                fa->time = tx;
            }
            break;
        }
    }
    /* "Merz travelled to Paris and Warsaw on Wednesday, meeting Macron and Tusk": partners
     * of one meeting who are each of another state the traveller visited in the sentence
     * were met each on his own ground, one meeting apiece at that visit's place */
    for (size_t a = f0, n = d->nframe; a < n; a++) {
        px_frame *fa = &d->frames[a];
        if ((fa->type != T_MEET && fa->type != T_NEGOTIATE) || fa->sent != c->si ||
            fa->nparties < 3 || fa->parties[0].role != R_SOURCE || fa->mediation ||
            d->ments[fa->parties[0].ment].ent < 0) {
            continue;
        }
        int32_t src = d->ments[fa->parties[0].ment].ent;
        int32_t locs[PX_MAX_PARTIES];
        bool ok = true;
        for (int q = 1; ok && q < fa->nparties; q++) {
            const px_ment *pm = &d->ments[fa->parties[q].ment];
            const char *pc = pm->ent >= 0 ? d->ents[pm->ent].country : "";
            locs[q] = -1;
            for (size_t b = f0; pc[0] && b < n && locs[q] < 0; b++) {
                const px_frame *fb = &d->frames[b];
                if (fb->type != T_VISIT || fb->sent != c->si || fb->loc_ment < 0 ||
                    fb->nparties < 1 || d->ments[fb->parties[0].ment].ent != src ||
                    fb->status != fa->status) {
                    continue;
                }
                int32_t le = d->ments[fb->loc_ment].ent;
                if (le >= 0 && px_streq(d->ents[le].country, pc)) {
                    locs[q] = fb->loc_ment;
                }
            }
            for (int r = 1; ok && r < q; r++) {
                ok = locs[r] != locs[q]; /* (each of another visit) */
            }
            ok = ok && locs[q] >= 0 && fa->parties[q].role != R_MEDIATOR;
        }
        if (!ok) {
            continue;
        }
        px_frame g = *fa;
        fa->nparties = 2;
        fa->parties[1].role = R_TARGET;
        fa->loc_ment = locs[1];
        for (int q = 2; q < g.nparties; q++) {
            px_frame h = g;
            h.parties[1] = g.parties[q];
            h.parties[1].role = R_TARGET;
            h.nparties = 2;
            h.loc_ment = locs[q];
            (void)frame_push(d, &h);
            fa = &d->frames[a]; /* (the push may move the frames) */
        }
    }
    /* "Trump has landed in Sharm el-Sheikh to co-chair the peace summit ... More than 20
     * leaders are attending, including ...": an attendance that names no event is at the
     * place of the trip just reported (its host state the target) */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        uint32_t ce = fa->core_te;
        if (fa->type != T_ATTEND || fa->sent != c->si || fa->loc_ment >= 0 || fa->venue_te ||
            fa->nparties != 1 || ce >= c->te ||
            !(d->toks[ce].p == ',' || d->toks[ce].p == '.' || ce + 1 == c->te)) {
            continue;
        }
        for (size_t b = f0; b-- > 0;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 1 < c->si) {
                break;
            }
            if ((fb->type != T_VISIT && fb->type != T_ATTEND) || fb->loc_ment < 0 ||
                fb->nparties < 2 || fb->status != S_OCCURRED) {
                continue;
            }
            const px_ment *tm = &d->ments[fb->parties[1].ment];
            if (tm->kind != MK_STATE || tm->ent < 0) {
                continue;
            }
            fa->loc_ment = fb->loc_ment;
            for (int q = 0; q < fa->nparties; q++) {
                if (d->ments[fa->parties[q].ment].ent == tm->ent) {
                    fa->loc_ment = -1; /* (the host state's own attendee) */
                }
            }
            if (fa->loc_ment >= 0 && fa->nparties == 1) {
                fa->parties[1].ment = fb->parties[1].ment;
                fa->parties[1].role = R_TARGET;
                fa->nparties = 2;
            }
            break;
        }
    }
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->type != T_ATTEND || fa->nparties != 1 || fa->sent != c->si ||
            d->ments[fa->parties[0].ment].ent < 0) {
            continue;
        }
        int who = d->ments[fa->parties[0].ment].ent;
        /* "will not attend the BRICS summit India is hosting", "the G20 summit that South
         * Africa is hosting next month": the state named as its host */
        uint32_t q0 = fa->venue_te > fa->core_te ? fa->venue_te : fa->core_te;
        for (uint32_t q = q0; fa->loc_ment < 0 && q + 2 < c->te && q < q0 + 4; q++) {
            int hm = ment_at(c, q);
            uint32_t h = hm >= 0 ? M(c, hm)->te : 0;
            if (hm < 0 || M(c, hm)->ts != q || M(c, hm)->kind != MK_STATE ||
                (M(c, hm)->flags & (MF_ADJ | MF_POSS)) || h + 1 >= c->te) {
                if (!(is(d, q, "that") || is(d, q, "which"))) {
                    break;
                }
                continue;
            }
            if (is(d, h, "hosts") || is(d, h, "hosted") ||
                ((is(d, h, "is") || is(d, h, "will") || is(d, h, "was")) &&
                 (is(d, h + 1, "hosting") || is(d, h + 1, "host")))) {
                fa->loc_ment = (int32_t)(c->mb + (size_t)hm);
            }
            break;
        }
        /* (or "an international conference hosted by French President Emmanuel Macron":
         * the host's state) */
        int32_t lm = fa->loc_ment;
        for (uint32_t q = q0; lm < 0 && q + 2 < c->te && q < q0 + 14; q++) {
            if (d->toks[q].p == ';' || d->toks[q].p == '.') {
                break;
            }
            int hm = is(d, q, "hosted") && is(d, q + 1, "by") ? ment_at(c, q + 2) : -1;
            if (hm >= 0 && M(c, hm)->ts == q + 2 && E(c, hm) && E(c, hm)->country[0] &&
                (M(c, hm)->kind == MK_PERSON || M(c, hm)->kind == MK_STATE)) {
                lm = (int32_t)(c->mb + (size_t)hm);
            }
        }
        if (lm < (int32_t)c->mb || lm >= (int32_t)d->nment || d->ments[lm].ent < 0) {
            continue;
        }
        const px_ent *le = &d->ents[d->ments[lm].ent];
        const px_ent *we = &d->ents[who];
        bool igo = !we->country[0] && strncmp(we->code, "IGO", 3) == 0; /* (abroad anywhere) */
        if (!le->country[0] || (!we->country[0] && !igo) ||
            strcmp(le->country, we->country) == 0) {
            continue;
        }
        int sm = state_mention_for(c, (int)(lm - (int32_t)c->mb));
        if (sm >= 0 && d->ments[c->mb + (size_t)sm].ent != who) {
            fa->parties[1].ment = (int32_t)(c->mb + (size_t)sm);
            fa->parties[1].role = R_TARGET;
            fa->nparties = 2;
        }
    }
}

/* The host record of a message's bearer received by its addressee (the core word at cw),
 * placed at the first place of a state in [pa, pb). */
static px_frame bearer_host(const sctx *c, uint32_t cw, int32_t host, int32_t guest, uint32_t pa,
                            uint32_t pb)
{
    px_frame f;
    memset(&f, 0, sizeof f);
    f.type = T_HOST;
    f.status = S_OCCURRED;
    f.sent = c->si;
    f.rule = "message_bearer";
    f.trig_ts = f.core_ts = cw;
    f.trig_te = f.core_te = cw + 1;
    f.conf = 0.7f;
    f.loc_ment = -1;
    f.nparties = 2;
    f.parties[0].ment = host;
    f.parties[0].role = R_SOURCE;
    f.parties[1].ment = guest;
    f.parties[1].role = R_TARGET;
    for (uint32_t q = pa; q < pb && f.loc_ment < 0; q++) {
        int pm = ment_at(c, q);
        if (pm >= 0 && M(c, pm)->kind == MK_PLACE && E(c, pm) && E(c, pm)->country[0] &&
            !px_streq(E(c, pm)->code, "VENUE")) {
            f.loc_ment = (int32_t)(c->mb + (size_t)pm);
        }
    }
    return f;
}


/* "Sisi received at Al Ittihadiya Palace on Thursday a written message from King Hamad,
 * delivered by Bahraini Foreign Minister Al Zayani": the one who received a message handed
 * over in person received its bearer (a host contact, at the place and time between). */
static void message_bearer(sctx *c)
{
    px_doc *d = c->d;
    for (uint32_t r = c->tb + 1; r + 6 < c->te; r++) {
        if (!(is(d, r, "received") || is(d, r, "receives"))) {
            continue;
        }
        uint32_t msg = 0, by = 0;
        for (uint32_t q = r + 1; q < c->te && q < r + 30 && !by; q++) {
            if (d->toks[q].p == '.' || d->toks[q].p == ';') {
                break;
            }
            if (!msg && (is(d, q, "message") || is(d, q, "letter"))) {
                msg = q;
            }
            if (msg && q + 2 < c->te && is(d, q + 1, "by") &&
                (is(d, q, "delivered") || is(d, q, "conveyed") || is(d, q, "handed") ||
                 is(d, q, "carried"))) {
                by = q + 2;
            } else if (msg && q + 3 < c->te && is(d, q, "handed") && is(d, q + 1, "over") &&
                       is(d, q + 2, "by")) {
                by = q + 3;
            }
        }
        int bm = by ? ment_at(c, by) : -1;
        if (bm < 0 || M(c, bm)->kind != MK_PERSON || !E(c, bm)) {
            continue;
        }
        /* "..., delivered by Kazakh Foreign Minister Yermek Kosherbayev during a meeting
         * with Qatar's Minister of State Mohammed Al-Khulaifi": handed over at the bearer's
         * own meeting with another, which is the bearer's, and no reception by the one who
         * received it */
        uint32_t dq = M(c, bm)->te;
        while (dq < c->te && dq < M(c, bm)->te + 3 && d->toks[dq].p == ',') {
            dq++;
        }
        if (dq + 3 < c->te && (is(d, dq, "during") || is(d, dq, "at") || is(d, dq, "in")) &&
            (is(d, dq + 1, "a") || is(d, dq + 1, "an") || is(d, dq + 1, "the"))) {
            uint32_t nl = 0;
            if (trig(d, dq + 2, c->te, TR_CONTACT_N, &nl) && is(d, dq + 2 + nl, "with")) {
                for (size_t fi = d->nframe; fi-- > 0 && d->frames[fi].sent == c->si;) {
                    px_frame *mf = &d->frames[fi];
                    if (mf->core_ts == dq + 2 && mf->nparties >= 2 &&
                        mf->parties[0].role == R_SOURCE &&
                        d->ments[mf->parties[0].ment].ent != M(c, bm)->ent &&
                        d->ments[mf->parties[1].ment].ent != M(c, bm)->ent) {
                        mf->parties[0].ment = (int32_t)(c->mb + (size_t)bm);
                    }
                }
                continue;
            }
        }
        int sb[4];
        int ns = subject(c, r, sb, 4);
        if (ns < 1 || M(c, sb[0])->kind != MK_PERSON || !E(c, sb[0]) || !E(c, sb[0])->country[0] ||
            !E(c, bm)->country[0] || px_streq(E(c, sb[0])->country, E(c, bm)->country)) {
            continue;
        }
        px_frame f = bearer_host(c, r, (int32_t)(c->mb + (size_t)sb[0]),
                                 (int32_t)(c->mb + (size_t)bm), r + 1, msg);
        for (int t = 0; t < c->ntx && !f.time.set; t++) {
            if (c->tx[t].ts > r && c->tx[t].te <= M(c, bm)->te + 4) {
                f.time = c->tx[t];
            }
        }
        (void)frame_push(d, &f);
    }
    /* "X received a written message from Y. The message was delivered to His Highness by
     * Cheikh Niang ... during an audience": the bearer met the one who received it */
    uint32_t t0 = c->tb;
    while (t0 < c->te && (d->toks[t0].flags & TF_DATELINE)) {
        t0++;
    }
    if (c->si == 0 || t0 + 4 >= c->te || !is(d, t0, "the") ||
        !(is(d, t0 + 1, "message") || is(d, t0 + 1, "letter") ||
          (is(d, t0 + 1, "written") && is(d, t0 + 2, "message")))) {
        return;
    }
    uint32_t by = 0;
    for (uint32_t q = t0 + 2; q + 2 < c->te && q < t0 + 10 && !by; q++) {
        if ((is(d, q, "delivered") || is(d, q, "conveyed") || is(d, q, "handed") ||
             is(d, q, "carried")) && (is(d, q - 1, "was") || is(d, q - 1, "were"))) {
            uint32_t b = q + 1 + (is(d, q + 1, "over") ? 1 : 0);
            /* (over the one it was delivered to: "to His Highness", "to the President") */
            for (uint32_t e = b; e < c->te && e < b + 6 && !by; e++) {
                if (is(d, e, "by") && e + 1 < c->te) {
                    by = e + 1;
                }
                if (d->toks[e].p == ',' || d->toks[e].p == '.') {
                    break;
                }
            }
        }
    }
    while (by && by < c->te && (is(d, by, "the") || honorific_tok(d, by))) {
        by++;
    }
    int bm = by ? ment_at(c, by) : -1;
    if (bm < 0 || M(c, bm)->kind != MK_PERSON || !E(c, bm)) {
        return;
    }
    const px_sent *ps = &d->sents[c->si - 1];
    int rcv = -1, sender = -1;
    for (uint32_t r = ps->tb + 1; r + 2 < ps->te && rcv < 0; r++) {
        if (!(is(d, r, "received") || is(d, r, "receives"))) {
            continue;
        }
        bool msg = false;
        for (uint32_t q = r + 1; q < ps->te && q < r + 10 && !msg; q++) {
            msg = is(d, q, "message") || is(d, q, "letter");
            for (size_t m = 0; msg && q + 1 < ps->te && is(d, q + 1, "from") && m < d->nment;
                 m++) {
                if (d->ments[m].ts == q + 2 && d->ments[m].ent >= 0) {
                    sender = (int)m; /* ("a written message from President Faye") */
                }
            }
        }
        for (size_t m = 0; msg && m < d->nment; m++) {
            const px_ment *pm = &d->ments[m];
            if (pm->ts >= ps->tb && pm->te <= r && pm->kind == MK_PERSON && pm->ent >= 0 &&
                !(pm->flags & (MF_POSS | MF_ADJ))) {
                rcv = (int)m; /* (the last person before the verb) */
            }
        }
    }
    /* (a bearer of no known state carries his sender's: "by Cheikh Niang, Minister of
     * African Integration ..." with President Faye's message) */
    px_ent *be = &d->ents[d->ments[c->mb + (size_t)bm].ent];
    if (!be->country[0] && sender >= 0 && d->ents[d->ments[sender].ent].country[0]) {
        memcpy(be->country, d->ents[d->ments[sender].ent].country, sizeof be->country);
    }
    if (rcv < 0 || !be->country[0] || !d->ents[d->ments[rcv].ent].country[0] ||
        px_streq(d->ents[d->ments[rcv].ent].country, be->country)) {
        return;
    }
    px_frame f = bearer_host(c, t0 + 1, rcv, (int32_t)(c->mb + (size_t)bm), M(c, bm)->te, c->te);
    for (int t = 0; t < c->ntx && !f.time.set; t++) {
        f.time = c->tx[t];
    }
    (void)frame_push(d, &f);
}

/* "Tokayev held a phone conversation with Sadyr Japarov ... the Kazakh President invited
 * his counterpart to pay a state visit": a bare "counterpart" after a possessive pronoun is
 * the other side (a person of another state) of the possessor's latest contact in this
 * sentence or the two before; it becomes a mention of that person. */
static void bare_counterparts(sctx *c)
{
    px_doc *d = c->d;
    for (uint32_t i = c->tb + 1; i < c->te; i++) {
        if (d->toks[i].klen != 11 || !is(d, i, "counterpart") || ment_at(c, i) >= 0 ||
            !syn_room(c)) {
            continue;
        }
        int pm = ment_at(c, i - 1);
        if (pm < 0 || !(M(c, pm)->flags & MF_PRON) || !(M(c, pm)->flags & MF_POSS) ||
            M(c, pm)->ent < 0) {
            continue;
        }
        int own = M(c, pm)->ent;
        const char *oc = d->ents[own].country;
        int other = -1;
        for (size_t f = d->nframe; f-- > 0 && other < 0 && oc[0];) {
            const px_frame *fr = &d->frames[f];
            if (fr->sent + 2 < c->si) {
                break;
            }
            bool in = false;
            int cand = -1;
            for (int q = 0; q < fr->nparties; q++) {
                const px_ment *qm = &d->ments[fr->parties[q].ment];
                if (qm->ent == own) {
                    in = true;
                } else if (qm->kind == MK_PERSON && qm->ent >= 0 &&
                           d->ents[qm->ent].country[0] &&
                           !px_streq(d->ents[qm->ent].country, oc) && cand < 0) {
                    cand = qm->ent;
                }
            }
            other = in ? cand : -1;
        }
        if (other < 0 || px_ment_push(d, i, i + 1, i, MK_PERSON, MF_COREF, other) != 0) {
            continue;
        }
        c->tm[i - c->tb] = (int32_t)(d->nment - 1 - c->mb); /* (a synthetic mention: c->me
                                                              * stays, see syn_room) */
    }
}

/* "The EU-Japan summit will take place in Tokyo on Wednesday, with Costa and von der
 * Leyen meeting Ishiba": a participle whose subject follows "with" after a clause reporting
 * a planned contact is planned too */
static void with_absolute_plans(sctx *c, size_t f0)
{
    px_doc *d = c->d;
    for (size_t f = f0; f < d->nframe; f++) {
        px_frame *fr = &d->frames[f];
        uint32_t p = fr->core_ts > c->tb ? fr->core_ts - 1 : c->tb;
        if (fr->status != S_OCCURRED || fr->sent != c->si || p == c->tb ||
            !ing_word(d, fr->core_ts) || ment_at(c, p) < 0) {
            continue;
        }
        uint32_t w = p;
        while (w > c->tb + 1 && fr->core_ts - w < 24 &&
               (ment_at(c, w) >= 0 || is(d, w, "and") || d->toks[w].p == ',')) {
            w--;
        }
        if (!is(d, w, "with") || d->toks[w - 1].p != ',') {
            continue;
        }
        for (size_t g = f0; g < d->nframe; g++) {
            const px_frame *pl = &d->frames[g];
            if (g != f && pl->sent == c->si && pl->core_te <= w && pl->status == S_PLANNED &&
                pl->nparties > 0) {
                fr->status = S_PLANNED;
                break;
            }
        }
    }
}

int px_frames(px_doc *d, int si)
{
    /* (its times and cores are filled by find_timex and core_add and read below their
     * counts: not zeroed, 3 KB a sentence) */
    sctx c;
    c.d = d;
    c.si = si;
    c.tb = d->sents[si].tb;
    c.te = d->sents[si].te;
    c.tm = NULL;
    c.speaker = NULL;
    c.ntx = 0;
    c.ncore = 0;
    c.sport = false;
    if (question(d, c.tb, c.te)) {
        return 0;
    }
    /* mentions of this sentence: the tail of d->ments whose tokens fall inside */
    size_t mb = d->nment;
    while (mb > 0 && d->ments[mb - 1].ts >= c.tb) {
        mb--;
    }
    c.mb = mb;
    c.me = d->nment;
    size_t n = c.te - c.tb;
    c.tm = malloc(n * sizeof *c.tm);
    c.speaker = calloc(c.me - c.mb + 16, sizeof *c.speaker);
    if (!c.tm || !c.speaker) {
        free(c.tm);
        free(c.speaker);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        c.tm[i] = -1;
    }
    for (size_t m = c.mb; m < c.me; m++) {
        for (uint32_t i = d->ments[m].ts; i < d->ments[m].te && i < c.te; i++) {
            c.tm[i - c.tb] = (int32_t)(m - c.mb);
        }
    }
    mark_speakers(&c);
    bare_counterparts(&c);
    find_timex(&c);
    find_cores(&c);
    /* (a sports report's next sentence too: "... ahead of their Africa Cup of Nations opener
     * against Tanzania. Nigeria will also meet Tunisia and Uganda in Group C.") */
    c.sport = c.ncore > 0 && (window_has(&c, c.tb, c.te, CUE_SPORT) ||
                              (si > 0 && window_has(&c, d->sents[si - 1].tb, c.tb, CUE_SPORT)));
#ifdef PX_TRACE
    for (int t = 0; t < c.ntx; t++) {
        fprintf(stderr, "   T %s [%u,%u)\n", c.tx[t].text, c.tx[t].ts, c.tx[t].te);
    }
#endif
    size_t f0 = d->nframe;
    for (int k = 0; k < c.ncore; k++) {
        governors(&c, &c.cores[k]);
        modality(&c, &c.cores[k]);
    }
    /* "Before meeting Xi, Trump will visit Seoul": a fronted participle takes the main
     * clause's planned status */
    for (int k = 0; k < c.ncore; k++) {
        core *pk = &c.cores[k];
        uint32_t p = pk->ts > c.tb ? pk->ts - 1 : pk->ts;
        uint32_t b = c.tb;
        while (b < p && (d->toks[b].flags & TF_DATELINE)) {
            b++;
        }
        if (!(pk->vflags & TRF_ING) || pk->form == F_NOUN || pk->drop ||
            pk->status != S_OCCURRED || p != b || pk->ts == c.tb ||
            !(is(d, p, "before") || is(d, p, "after") || is(d, p, "while"))) {
            continue;
        }
        for (int o = 0; o < c.ncore; o++) {
            const core *mk = &c.cores[o];
            if (o != k && mk->ts > pk->te && !mk->drop && mk->status == S_PLANNED) {
                pk->status = S_PLANNED;
                break;
            }
        }
    }
    /* "Xi will hold talks with Tokayev on Monday before attending the summit on Tuesday":
     * a participle after "before" or "after" that closes a planned contact's clause is
     * planned too */
    for (int k = 0; k < c.ncore; k++) {
        core *pk = &c.cores[k];
        uint32_t p = pk->ts > c.tb ? pk->ts - 1 : pk->ts;
        if (!((pk->vflags & TRF_ING) || ing_word(d, pk->ts)) || pk->form == F_NOUN ||
            pk->drop || pk->status != S_OCCURRED || p == c.tb || pk->ts == c.tb ||
            !(is(d, p, "before") || is(d, p, "after"))) {
            continue;
        }
        for (int o = 0; o < c.ncore; o++) {
            const core *mk = &c.cores[o];
            if (o != k && mk->te <= p && !mk->drop && mk->status == S_PLANNED &&
                mk->form != F_NOUN) {
                bool stop = false; /* (in one clause: no semicolon, report or quote between) */
                for (uint32_t q = mk->te; q < p && !stop; q++) {
                    stop = d->toks[q].p == ';' || is(d, q, "but") || is(d, q, "who") ||
                           is(d, q, "which") || cue1(d, q, CUE_REPORT) ||
                           (d->toks[q].flags & (TF_QOPEN | TF_QCLOSE));
                }
                if (!stop) {
                    pk->status = S_PLANNED;
                    break;
                }
            }
        }
    }
    /* "will begin a tour on Monday, taking in Samoa": the places the trip takes in are
     * visited as the trip is */
    for (int k = 0; k < c.ncore; k++) {
        core *tk = &c.cores[k];
        for (int o = 0; tk->trip_tok && o < c.ncore; o++) {
            if (c.cores[o].ts <= tk->trip_tok && tk->trip_tok < c.cores[o].te &&
                c.cores[o].type == T_VISIT && !c.cores[o].drop) {
                tk->status = c.cores[o].status;
                tk->neg = c.cores[o].neg;
                tk->vflags = c.cores[o].vflags;
                tk->dec_tok = c.cores[o].dec_tok;
                tk->dec = c.cores[o].dec;
                tk->governed = c.cores[o].governed;
                /* (its traveller: "is on a Pacific tour that takes in Samoa", the subject
                 * before the trip's determiner) */
                uint32_t dt = tk->trip_tok;
                while (dt > c.tb && tk->trip_tok - dt < 6 && !is(d, dt, "a") && !is(d, dt, "an") &&
                       !is(d, dt, "the") && !is(d, dt, "his") && !is(d, dt, "her")) {
                    dt--;
                }
                for (int w = 0; w < 4 && dt > c.tb && ment_at(&c, dt - 1) < 0 &&
                                (d->toks[dt - 1].flags & TF_ALPHA) &&
                                !(d->toks[dt - 1].flags & TF_CAP);
                     w++) {
                    dt--; /* (to the verb chain: "has postponed", "is on") */
                }
                bool decided = false; /* ("has postponed a tour taking in": its frame decides) */
                for (uint32_t q = dt; q < tk->trip_tok && !decided; q++) {
                    decided = trig(d, q, c.te, TR_DECIDE_V, NULL) != NULL;
                }
                int sj[4];
                if (decided) {
                    tk->drop = true;
                } else if (subject(&c, dt, sj, 4) == 1 && M(&c, sj[0])->kind == MK_PERSON) {
                    tk->agent = sj[0];
                }
                break;
            }
        }
    }
    /* "abruptly ended a visit to Brussels": the visit took place ("ended talks" stays a
     * halt) */
    for (int k = 0; k < c.ncore; k++) {
        core *ek = &c.cores[k];
        if (ek->type == T_VISIT && ek->status == S_CANCELLED && ek->dec_tok >= 0 &&
            (is(d, (uint32_t)ek->dec_tok, "ended") || is(d, (uint32_t)ek->dec_tok, "ends"))) {
            ek->status = S_OCCURRED;
        }
    }
    for (int k = 0; k < c.ncore; k++) {
#ifdef PX_TRACE
        {
            const core *kk = &c.cores[k];
            fprintf(stderr, "   C %s form=%d type=%d st=%d drop=%d neg=%d rule=%s dec=%d owner=%d pur=%d\n",
                    px_tkey(d, kk->ts), kk->form, kk->type, kk->status, kk->drop, kk->neg,
                    kk->rule, kk->dec, kk->owner, (int)kk->pur);
        }
#endif
        build(&c, &c.cores[k]);
    }
    with_absolute_plans(&c, f0);
    anaphoric_decisions(&c);
    anaphoric_stages(&c);
    anaphoric_next(&c);
    fronted_offset(&c, f0);
    trailing_offset(&c, f0);
    visiting_guests(&c, f0);
    guest_visits(&c, f0);
    pluperfect_plans(&c, f0);
    gapped_contacts(&c, f0);
    gapped_places(&c, f0);
    message_bearer(&c);
    attend_hosts(&c, f0);
    tour_legs_undated(&c, f0);
    /* visits still without a destination borrow one from a visit of the same visitor */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (!fa->needs_dest) {
            continue;
        }
        int vis = d->ments[fa->parties[0].ment].ent;
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            /* (not a later leg's abroad: "at the start of a tour of the North Pacific that
             * will also take him to Micronesia" is no visit of the tour's to Micronesia; "BEIJING
             * - ... a state visit that will also take him to Shanghai" is one to China) */
            bool later_leg = fb->rule && strcmp(fb->rule, "trip_takes_to") == 0 &&
                             fb->status != fa->status;
            const px_ent *dle = d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0
                                    ? &d->ents[d->ments[d->dateline_place].ent]
                                    : NULL;
            int fl = fb->loc_ment >= 0 ? d->ments[fb->loc_ment].ent : -1;
            const px_ent *fle = fl >= 0 ? &d->ents[fl] : NULL;
            if (later_leg && dle && fle && dle->country[0] &&
                strcmp(dle->country, fle->country) == 0) {
                later_leg = false;
            }
            /* (nor a planned leg's for a trip under way: "met Tshisekedi in Kinshasa during
             * a regional tour, and is due to travel to Kigali") */
            bool ahead_leg = fa->status == S_OCCURRED && fb->status == S_PLANNED &&
                             !(dle && fle && dle->country[0] &&
                               strcmp(dle->country, fle->country) == 0);
            /* (nor a trip made instead of one refused: "turned down an invitation to visit
             * Israel-linked events, and would instead travel to Cairo") */
            bool instead = (fa->status == S_DECLINED || fa->status == S_CANCELLED) &&
                           fb->status != fa->status && instead_in(d, c.tb, c.te);
            if (a == b || fb->type != T_VISIT || fb->loc_ment < 0 || fb->needs_dest || later_leg ||
                ahead_leg || instead) {
                continue;
            }
            bool same = false;
            int host = -1;
            const char *lc = d->ents[d->ments[fb->loc_ment].ent].country;
            for (int q = 0; q < fb->nparties; q++) {
                const px_ent *pe = &d->ents[d->ments[fb->parties[q].ment].ent];
                if (d->ments[fb->parties[q].ment].ent == vis) {
                    same = true;
                } else if (lc[0] && strcmp(pe->country, lc) == 0 && pe->kind == MK_STATE) {
                    host = fb->parties[q].ment;
                } else if (fb->parties[q].role == R_TARGET && host < 0) {
                    host = fb->parties[q].ment;
                }
            }
            if (same && host >= 0 && fa->nparties < PX_MAX_PARTIES) {
                fa->loc_ment = fb->loc_ment;
                fa->parties[fa->nparties].ment = host;
                fa->parties[fa->nparties].role = R_TARGET;
                fa->nparties++;
                fa->needs_dest = false;
                break;
            }
        }
        /* "Albanese left Port Vila on Wednesday at the end of a one-day visit": the place
         * left at the end of a visit is where it was */
        for (uint32_t q = fa->core_ts; fa->needs_dest && q > c.tb + 4 && fa->core_ts - q < 12; q--) {
            if (!(is(d, q - 1, "of") && is(d, q - 2, "end") && is(d, q - 3, "the") &&
                  is(d, q - 4, "at"))) {
                continue;
            }
            for (uint32_t r = q - 4; r > c.tb && q - 4 - r < 8; r--) {
                if (!(is(d, r - 1, "left") || is(d, r - 1, "leaves") || is(d, r - 1, "departed"))) {
                    continue;
                }
                int pm = ment_at(&c, r);
                const px_ent *pe = pm >= 0 ? E(&c, pm) : NULL;
                int vis0 = d->ments[fa->parties[0].ment].ent;
                if (pe && M(&c, pm)->kind == MK_PLACE && pe->country[0] && vis0 >= 0 &&
                    !px_streq(pe->country, d->ents[vis0].country)) {
                    int sm = state_mention_for(&c, pm);
                    fa = &d->frames[a];
                    if (sm >= 0 && fa->nparties < PX_MAX_PARTIES) {
                        fa->loc_ment = (int32_t)(c.mb + (size_t)pm);
                        fa->parties[0].role = R_SOURCE;
                        fa->parties[fa->nparties].ment = (int32_t)(c.mb + (size_t)sm);
                        fa->parties[fa->nparties].role = R_TARGET;
                        fa->nparties++;
                        fa->needs_dest = false;
                    }
                }
                break;
            }
            break;
        }
        /* "Xi received Lula in Beijing during a state visit": a visit named as the setting
         * of a contact abroad of its visitor in this sentence is to that contact's place */
        for (size_t b = f0; b < d->nframe && fa->needs_dest; b++) {
            const px_frame *fb = &d->frames[b];
            if (a == b || fb->type == T_VISIT || fb->sent != c.si || fb->loc_ment < 0 ||
                fb->nparties == 0 || d->ments[fb->loc_ment].ent < 0 ||
                ((fa->status == S_DECLINED || fa->status == S_CANCELLED) &&
                 fb->status != fa->status && instead_in(d, c.tb, c.te)) ||
                fb->loc_ment < (int32_t)c.mb || fb->loc_ment >= (int32_t)c.me) {
                continue;
            }
            const px_ent *le = &d->ents[d->ments[fb->loc_ment].ent];
            const px_ent *ve = vis >= 0 ? &d->ents[vis] : NULL;
            bool in_fb = false;
            for (int q = 0; q < fb->nparties; q++) {
                in_fb = in_fb || d->ments[fb->parties[q].ment].ent == vis;
            }
            /* (an international body's envoy is abroad in any state: "The ASEAN special
             * envoy met Min Aung Hlaing in Naypyitaw during a three-day visit") */
            bool igo = ve && !ve->country[0] &&
                       (px_streq(ve->sector, "IGO") || strncmp(ve->code, "IGO", 3) == 0);
            if (!in_fb || !ve || (!ve->country[0] && !igo) || !le->country[0] ||
                strcmp(ve->country, le->country) == 0) {
                continue;
            }
            int sm = state_mention_for(&c, (int)(fb->loc_ment - (int32_t)c.mb));
            if (sm >= 0 && fa->nparties < PX_MAX_PARTIES) {
                fa->loc_ment = fb->loc_ment;
                fa->parties[0].role = R_SOURCE; /* (its one party is the visitor) */
                if (!fa->time.set && fb->time.set && fb->status == fa->status) {
                    fa->time = fb->time;
                }
                fa->parties[fa->nparties].ment = (int32_t)(c.mb + (size_t)sm);
                fa->parties[fa->nparties].role = R_TARGET;
                fa->nparties++;
                fa->needs_dest = false;
            }
        }
        /* "Ruto arrived in Beijing on Monday. He last visited in 2023": a bare "visited"
         * after "last", "previously" or "first", before a time, is another visit of the
         * same visitor to the place of the visit reported in the two sentences before */
        uint32_t vt = fa->core_ts, ve2 = fa->core_te;
        bool again = fa->needs_dest && fa->core_te == fa->core_ts + 1 && vt > c.tb &&
                     (is(d, vt - 1, "last") || is(d, vt - 1, "previously") ||
                      is(d, vt - 1, "first")) &&
                     (is(d, vt, "visited") || is(d, vt, "visits")) && ve2 < c.te &&
                     (in_timex(&c, ve2, NULL) || (is(d, ve2, "in") && in_timex(&c, ve2 + 1, NULL)));
        for (size_t b = f0; again && b-- > 0;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c.si) {
                break;
            }
            if (fb->type != T_VISIT || fb->loc_ment < 0 || fb->nparties < 2 ||
                d->ments[fb->parties[0].ment].ent != vis || fb->parties[1].role != R_TARGET) {
                continue;
            }
            fa->loc_ment = fb->loc_ment;
            fa->parties[fa->nparties] = fb->parties[1];
            fa->nparties++;
            fa->needs_dest = false;
            break;
        }
        /* "At the invitation of the governments of Ethiopia, Tanzania and Lesotho, Wang Yi
         * will pay official visits to the three countries": the states named last, one
         * visit each */
        uint32_t q = fa->core_te;
        static const char *const nums[] = {"two", "three", "four", "five", "six", NULL};
        int want = 0;
        for (int w = 0; fa->needs_dest && nums[w] && q + 3 < c.te; w++) {
            if (is(d, q, "to") && is(d, q + 1, "the") && is(d, q + 2, nums[w]) &&
                (is(d, q + 3, "countries") || is(d, q + 3, "nations"))) {
                want = w + 2;
            }
        }
        int got[6], ngot = 0;
        const px_ent *ve = vis >= 0 ? &d->ents[vis] : NULL;
        uint32_t floor = d->sents[c.si >= 3 ? c.si - 3 : 0].tb;
        for (size_t mi = d->nment; want && mi-- > 0 && ngot <= want;) {
            const px_ment *pm = &d->ments[mi];
            /* (or a state's government: "the governments of Ethiopia, Tanzania and ...") */
            bool st = pm->kind == MK_STATE ||
                      (pm->kind == MK_GROUP && pm->ent >= 0 &&
                       px_streq(d->ents[pm->ent].sector, "GOV") && d->ents[pm->ent].country[0]);
            if (pm->ts >= q || !st || pm->ent < 0 || (pm->flags & MF_ADJ)) {
                if (pm->ts < floor) {
                    break;
                }
                continue;
            }
            if (pm->ts < floor) {
                break;
            }
            bool dup = ve && px_streq(d->ents[pm->ent].country, ve->country);
            for (int x = 0; x < ngot && !dup; x++) {
                dup = d->ments[got[x]].ent == pm->ent;
            }
            if (!dup) {
                got[ngot++] = (int)mi;
            }
        }
        if (want && ngot == want) {
            px_frame base = *fa;
            base.needs_dest = false;
            base.nparties = 2;
            base.parties[0].role = R_SOURCE;
            base.parties[1].role = R_TARGET;
            for (int x = ngot - 1; x >= 0; x--) {
                px_frame g = base;
                g.parties[1].ment = got[x];
                g.loc_ment = got[x];
                (void)frame_push(d, &g);
            }
            fa = &d->frames[a]; /* (frames may have moved) */
        }
        /* "Merz will visit Beijing next week. ... Wadephul, who had been due to accompany
         * Merz, pulled out of the trip on Monday": a definite trip called off, with nowhere
         * named, goes where the trip just reported goes */
        bool definite = fa->needs_dest && fa->core_ts > c.tb &&
                        (is(d, fa->core_ts - 1, "the") || is(d, fa->core_ts - 1, "that")) &&
                        fa->trig_ts < fa->core_ts &&
                        (fa->status == S_CANCELLED || fa->status == S_POSTPONED ||
                         fa->status == S_DECLINED);
        for (size_t b = a; definite && b-- > 0 && fa->needs_dest;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c.si) {
                break;
            }
            if (fb->sent == c.si || fb->type != T_VISIT || fb->loc_ment < 0 || fb->nparties < 2 ||
                fb->parties[1].role != R_TARGET) {
                continue;
            }
            const px_ent *te = d->ments[fb->parties[1].ment].ent >= 0
                                   ? &d->ents[d->ments[fb->parties[1].ment].ent]
                                   : NULL;
            const px_ent *vse = vis >= 0 ? &d->ents[vis] : NULL;
            if (te && vse && te->kind == MK_STATE && vse->country[0] &&
                !px_streq(vse->country, te->country) && fa->nparties < PX_MAX_PARTIES) {
                fa->loc_ment = fb->loc_ment;
                fa->parties[fa->nparties].ment = fb->parties[1].ment;
                fa->parties[fa->nparties].role = R_TARGET;
                fa->nparties++;
                fa->needs_dest = false;
                /* (its time is the trip's, not the day it was called off) */
                fa->time = fb->time;
            }
            break;
        }
        /* "NEW DELHI (AP) - Putin arrived on Thursday for a two-day state visit, his first
         * to India since the war": an arrival for a visit with nowhere named goes to the
         * state its appositive names ("his first to India"), else to the state of the
         * dateline in its sentence, when the visitor is foreign there */
        if (fa->needs_dest && fa->nparties == 1 && vis >= 0 && d->ents[vis].country[0]) {
            bool arrived = false;
            for (uint32_t r = fa->core_ts; r > c.tb && fa->core_ts - r < 9 && !arrived; r--) {
                if ((d->toks[r - 1].p && !(d->toks[r - 1].flags & TF_HYPH)) ||
                    (ment_at(&c, r - 1) >= 0 && !in_timex(&c, r - 1, NULL))) {
                    break; /* (in its clause: not "arrived in Kabul on Saturday, the first
                            * visit by a senior Pakistani official") */
                }
                arrived = arrival_word(d, r - 1);
            }
            int dm = -1;
            uint32_t ct = fa->core_te;
            if (arrived && ct + 3 < c.te && d->toks[ct].p == ',' &&
                (is(d, ct + 1, "his") || is(d, ct + 1, "her") || is(d, ct + 1, "their"))) {
                for (uint32_t r = ct + 2; r + 1 < c.te && r < ct + 7; r++) {
                    if (is(d, r, "to")) {
                        dm = ment_at(&c, r + 1);
                        break;
                    }
                    if (d->toks[r].p) {
                        break;
                    }
                }
            }
            if (dm < 0 && arrived && d->dateline_place >= (int)c.mb &&
                d->dateline_place < (int)c.me) {
                dm = d->dateline_place - (int)c.mb;
            }
            const px_ent *de = dm >= 0 ? E(&c, dm) : NULL;
            if (de && de->country[0] && !px_streq(de->country, d->ents[vis].country) &&
                (M(&c, dm)->kind == MK_PLACE || M(&c, dm)->kind == MK_STATE)) {
                int sm = M(&c, dm)->kind == MK_STATE ? dm : state_mention_for(&c, dm);
                fa = &d->frames[a];
                if (sm >= 0 && fa->nparties < PX_MAX_PARTIES) {
                    fa->parties[fa->nparties].ment = (int32_t)(c.mb + (size_t)sm);
                    fa->parties[fa->nparties].role = R_TARGET;
                    fa->nparties++;
                    fa->loc_ment = (int32_t)(c.mb + (size_t)dm);
                    fa->needs_dest = false;
                }
            }
        }
        /* "ASTANA - ... a regional summit ... opens in the capital. Turkmen leader Serdar
         * Berdimuhamedov has cancelled his trip": a called-off trip of one's own with
         * nowhere named is to the dateline's place, when the traveller is foreign there */
        uint32_t tn = fa->trig_te > fa->trig_ts ? fa->trig_te - 1 : fa->trig_ts;
        if (fa->needs_dest && fa->nparties == 1 && vis >= 0 && d->ents[vis].country[0] &&
            (fa->status == S_CANCELLED || fa->status == S_POSTPONED) &&
            (is(d, tn, "trip") || is(d, tn, "visit")) && tn > c.tb &&
            (is(d, tn - 1, "his") || is(d, tn - 1, "her") || is(d, tn - 1, "their")) &&
            d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0 &&
            d->ments[d->dateline_place].kind == MK_PLACE && ment_at(&c, tn) < 0 && syn_room(&c)) {
            int32_t de = d->ments[d->dateline_place].ent;
            const char *dc = d->ents[de].country;
            if (dc[0] && !px_streq(dc, d->ents[vis].country) &&
                px_ment_push(d, tn, tn + 1, tn, MK_PLACE, MF_LOCPP, de) == 0) {
                int pl = (int)(d->nment - 1 - c.mb);
                c.tm[tn - c.tb] = pl;
                int sm = state_mention_for(&c, pl);
                fa = &d->frames[a];
                if (sm >= 0 && fa->nparties < PX_MAX_PARTIES) {
                    fa->parties[fa->nparties].ment = (int32_t)(c.mb + (size_t)sm);
                    fa->parties[fa->nparties].role = R_TARGET;
                    fa->nparties++;
                    fa->loc_ment = (int32_t)(c.mb + (size_t)pl);
                    fa->needs_dest = false;
                }
            }
        }
        if (fa->needs_dest) {
            fa->nparties = 0; /* a visit with one party and nowhere to go */
        }
    }
    but_trip_called_off(&c, f0);
    accepted_after(&c, f0);
    accompanied(&c, f0);
    planned_trip_place(&c, f0);
    hosted_setting(&c, f0);
    anaphoric_attendance(&c, f0);
    joined_contact(&c, f0);
    hosted_contact(&c, f0);
    visit_spans(&c, f0);
    /* "will hold a summit with Ishiba in Tokyo on Saturday and then his first summit with
     * Trump in Washington on Monday": a bare contact noun joined by "and" to the object of
     * a light verb before it shares that verb's stage */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 0 || fa->status != S_OCCURRED || !px_streq(fa->rule, "contact_noun_bare")) {
            continue;
        }
        uint32_t q = fa->core_ts;
        while (q > c.tb && fa->core_ts - q < 4 &&
               (is(d, q - 1, "his") || is(d, q - 1, "her") || is(d, q - 1, "their") ||
                is(d, q - 1, "a") || is(d, q - 1, "the") || ordinal_word(d, q - 1) ||
                is(d, q - 1, "then") || is(d, q - 1, "later"))) {
            q--;
        }
        if (q <= c.tb + 1 || !is(d, q - 1, "and") || q == fa->core_ts) {
            continue;
        }
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            if (b == a || fb->sent != c.si || fb->nparties == 0 || fb->type != fa->type ||
                !px_streq(fb->rule, "light_verb+noun") || fb->core_te > q - 1 ||
                fb->status == S_OCCURRED) {
                continue;
            }
            /* (nothing between but the first one's partner, place and time) */
            bool clean = true;
            for (uint32_t t = fb->core_te; t < q - 1 && clean; t++) {
                clean = !d->toks[t].p && !trig(d, t, c.te, TR_CONTACT_V, NULL) &&
                        !trig(d, t, c.te, TR_MOTION_V, NULL) && !cue1(d, t, CUE_AUX) &&
                        !trig(d, t, c.te, TR_DECIDE_V, NULL);
            }
            if (clean) {
                fa->status = fb->status;
                if (fa->time.set) {
                    px_time_resolve(d, &fa->time, future_mode(fa->status) == 1);
                }
                break;
            }
        }
    }
    /* "after talks between Araghchi and Grossi hosted by Egyptian Foreign Minister Badr
     * Abdelatty": a participle of talks with the host as their go-between is no reception
     * of its own */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 0 || fa->type != T_HOST || fa->core_te >= c.te ||
            !host_word(d, fa->core_ts) || !is(d, fa->core_te, "by")) {
            continue;
        }
        for (size_t b = f0; b < d->nframe; b++) {
            const px_frame *fb = &d->frames[b];
            bool medi = false;
            for (int q = 0; b != a && q < fb->nparties && !medi; q++) {
                uint32_t mts = d->ments[fb->parties[q].ment].ts;
                medi = fb->parties[q].role == R_MEDIATOR && mts > fa->core_te &&
                       mts <= fa->core_te + 2;
            }
            if (medi && fb->sent == c.si && (fb->type == T_NEGOTIATE || fb->type == T_MEET)) {
                fa->nparties = 0;
                break;
            }
        }
    }
    /* "Talks between Pakistan and Afghanistan in Istanbul ended ... The third round of
     * negotiations, mediated by Turkey and Qatar, had been intended to ...": talks whose only
     * parties are their go-betweens are the talks just reported (this sentence or the two
     * before), which gain them as mediators */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        bool only_medi = fa->nparties > 0 && (fa->type == T_NEGOTIATE || fa->type == T_MEET);
        for (int q = 0; only_medi && q < fa->nparties; q++) {
            only_medi = fa->parties[q].role == R_MEDIATOR;
        }
        if (!only_medi) {
            continue;
        }
        for (size_t b = a; b-- > 0;) {
            px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c.si) {
                break;
            }
            if (fb->nparties < 2 || (fb->type != T_NEGOTIATE && fb->type != T_MEET) ||
                fb->status != fa->status) {
                continue;
            }
            for (int q = 0; q < fa->nparties && fb->nparties < PX_MAX_PARTIES; q++) {
                bool has = false;
                for (int r = 0; r < fb->nparties && !has; r++) {
                    has = d->ments[fb->parties[r].ment].ent == d->ments[fa->parties[q].ment].ent;
                }
                if (!has) {
                    fb->parties[fb->nparties++] = fa->parties[q];
                }
            }
            fa->nparties = 0;
            break;
        }
    }
    /* "The United States will not attend this weekend's G20 summit in Johannesburg ...
     * Pretoria said on Thursday the summit would go ahead": a bare "the summit" after an
     * attendance of a gathering (this sentence or the two before) is that gathering, no
     * meeting of the parties its sentence names */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 0 || fa->type != T_MEET || !px_streq(fa->rule, "contact_noun_bare") ||
            fa->core_te != fa->core_ts + 1 || !is(d, fa->core_ts, "summit") ||
            fa->core_ts <= c.tb || !is(d, fa->core_ts - 1, "the")) {
            continue;
        }
        bool attended = false;
        for (size_t b = a; b-- > 0 && !attended;) {
            const px_frame *fb = &d->frames[b];
            if (fb->sent + 2 < c.si) {
                break;
            }
            attended = fb->type == T_ATTEND && fb->nparties > 0 && fb->venue_te > fb->venue_ts;
        }
        if (attended) {
            fa->nparties = 0;
        }
    }
    /* "held a joint press conference in Riyadh after their talks": the press conference
     * is evidence of the contact the sentence names, not another one */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        if (fa->nparties == 0 || !is(d, fa->core_te - 1, "conference")) {
            continue;
        }
        for (size_t b = f0; b < d->nframe; b++) {
            px_frame *fb = &d->frames[b];
            if (b == a || fb->nparties == 0 || is(d, fb->core_te - 1, "conference")) {
                continue;
            }
            int shared = 0;
            for (int p = 0; p < fa->nparties; p++) {
                for (int q = 0; q < fb->nparties; q++) {
                    shared += d->ments[fa->parties[p].ment].ent ==
                              d->ments[fb->parties[q].ment].ent;
                }
            }
            if (shared >= 2) {
                if (fb->loc_ment < 0 && fb->type != T_CALL) {
                    fb->loc_ment = fa->loc_ment; /* (held where the talks were) */
                }
                fa->nparties = 0; /* dropped */
                break;
            }
        }
    }
    /* a bare nominal frame whose parties' countries are covered by the other frames of the
     * sentence restates them ("... in what was the first Chinese visit to the US"; "will
     * visit Pakistan and Afghanistan for trilateral talks"), but not a visit the other way
     * ("Xi's visit to Russia came weeks after Putin visited Beijing") */
    for (size_t a = f0; a < d->nframe; a++) {
        px_frame *fa = &d->frames[a];
        /* (so is the gathering its chairs chaired: "held their first high-level economic
         * dialogue in Beijing, with Iwaya and Wang Yi co-chairing the meeting") */
        bool chaired = px_streq(fa->rule, "light_verb+noun") && fa->trig_te >= fa->trig_ts + 3 &&
                       is(d, fa->trig_te - 2, "the") &&
                       (strstr(px_tkey(d, fa->trig_ts), "chair") != NULL ||
                        strstr(px_tkey(d, fa->trig_te - 3), "chair") != NULL);
        if (!px_streq(fa->rule, "contact_noun_bare") && !chaired) {
            continue;
        }
        const px_ent *sa = frame_source(d, fa);
        bool covered = fa->nparties > 0, restated = false, by_visit = false;
        const px_frame *cov = NULL; /* the first contact of another type covering it */
        for (int p = 0; p < fa->nparties && covered; p++) {
            const px_ment *ma = &d->ments[fa->parties[p].ment];
            const px_ent *ea = &d->ents[ma->ent];
            /* an international body that names the meeting ("visited China for the SCO
             * summit") is the event's name, not another party */
            bool named = !ea->country[0] && strncmp(ea->code, "IGO", 3) == 0 &&
                         ((ma->te <= fa->trig_ts && ma->te + 3 > fa->trig_ts) ||
                          /* (also after it: "hosted Goita and Traore for a summit of the
                           * Alliance of Sahel States") */
                          (ma->ts >= fa->trig_te && ma->ts <= fa->trig_te + 2 &&
                           is(d, fa->trig_te, "of")));
            bool hit = false;
            for (size_t b = f0; b < d->nframe && !hit; b++) {
                const px_frame *fb = &d->frames[b];
                if (a == b || fb->nparties == 0 ||
                    (px_streq(fb->rule, "contact_noun_bare") && !which_inside(d, fb, fa))) {
                    continue;
                }
                /* (a postponed or cancelled contact restates none of another status ("had
                 * spoken with Carney by phone and that her visit to Ottawa had been
                 * postponed"), nor one that came before another still to come ("After a
                 * phone call between Xi and Trump, the two sides agreed to hold talks") */
                /* (nor one still to come after it: "received a courtesy call from Wong on
                 * Monday, ahead of the annual Leaders' Retreat between the two countries") */
                if (fa->status != fb->status &&
                    (fa->status != S_OCCURRED ||
                     (fb->status != S_OCCURRED &&
                      (prior_noun(d, fa) || (fb->core_ts > fa->core_te && ahead_noun(d, fb)))))) {
                    continue;
                }
                /* (nor a visit under way, "on his fourth state visit to China", by a leg
                 * still to come after it: "... and will travel to Chengdu on Friday") */
                if (fa->type == T_VISIT && fb->type == T_VISIT && fa->status == S_OCCURRED &&
                    fb->status != S_OCCURRED && fb->core_ts >= fa->core_te) {
                    bool on = false;
                    for (uint32_t q = fa->trig_ts; q > c.tb && fa->trig_ts - q < 5 && !on; q--) {
                        on = is(d, q - 1, "on");
                        if (d->toks[q - 1].p) {
                            break;
                        }
                    }
                    if (on) {
                        continue;
                    }
                }
                /* (nor is a call that took place one of a contact still to come: "received a
                 * telephone call from Erdogan, who invited him to attend a summit") */
                if (fa->type == T_CALL && fb->type != T_CALL && fa->status == S_OCCURRED &&
                    fb->status != S_OCCURRED) {
                    continue;
                }
                const px_ent *sb = frame_source(d, fb);
                if (fa->type == T_VISIT && fb->type == T_VISIT && sa && sb && sa->country[0] &&
                    strcmp(sa->country, sb->country) != 0) {
                    continue;
                }
                for (int q = 0; q < fb->nparties && !hit; q++) {
                    const px_ent *eb = &d->ents[d->ments[fb->parties[q].ment].ent];
                    /* (two people of one state are two parties: "met opposition leader Yair
                     * Lapid, after more than two hours of talks with Netanyahu"; not a pair
                     * joined by a hyphen, "to prepare a second Trump-Putin summit") */
                    bool two = ma->kind == MK_PERSON && !(ma->flags & MF_PRON) &&
                               !(d->toks[ma->te - 1].flags & TF_HYPH) &&
                               !(ma->ts > 0 && (d->toks[ma->ts - 1].flags & TF_HYPH)) &&
                               d->ments[fb->parties[q].ment].kind == MK_PERSON;
                    /* (an organisation's official stands for it: "Von der Leyen and Costa
                     * met Xi for an EU-China summit") */
                    hit = ea == eb ||
                          (!two && ea->country[0] && strcmp(ea->country, eb->country) == 0) ||
                          (!ea->country[0] && !eb->country[0] &&
                           strncmp(ea->code, "IGO", 3) == 0 && strncmp(eb->code, "IGO", 3) == 0);
                }
                if (hit && fb->type == T_VISIT) {
                    by_visit = true;
                } else if (hit && !cov) {
                    cov = fb;
                }
            }
            covered = hit || named;
            restated = restated || hit;
        }
        /* a trip named beside a contact of another kind made on it is the trip to that
         * contact, at its stage and time ("was received by Meloni at Palazzo Chigi on
         * Thursday, the second day of his working visit to Rome"; "will meet Trump at the
         * White House on Tuesday, his first visit to Washington since February": planned) */
        const px_ent *va = fa->nparties > 0 ? &d->ents[d->ments[fa->parties[0].ment].ent] : NULL;
        bool trip = covered && restated && !by_visit && cov && fa->type == T_VISIT &&
                    fa->loc_ment >= 0 && fa->parties[0].role == R_SOURCE && va &&
                    va->kind == MK_PERSON && fa->status == S_OCCURRED;
        /* (not a trip to another state than the contact's place: "met Fidan in Berlin on
         * Tuesday, three months after Wadephul's own visit to Turkey") */
        bool elsewhere = false; /* (a contact of its own, restating nothing) */
        if (trip && cov->loc_ment >= 0 && d->ments[cov->loc_ment].ent >= 0 &&
            d->ments[fa->loc_ment].ent >= 0) {
            const char *cc = d->ents[d->ments[cov->loc_ment].ent].country;
            const char *tc = d->ents[d->ments[fa->loc_ment].ent].country;
            elsewhere = cc[0] && tc[0] && strcmp(cc, tc) != 0;
            trip = !elsewhere;
        }
        bool in_cov = false;
        for (int q = 0; trip && q < cov->nparties; q++) {
            in_cov = in_cov || d->ments[cov->parties[q].ment].ent == d->ments[fa->parties[0].ment].ent;
        }
        if (trip && in_cov && (cov->status == S_DECLINED || cov->status == S_NOT_OCCURRED)) {
            /* ("declined to meet him during the Spanish leader's visit to Washington": the
             * trip took place) */
        } else if (trip && in_cov &&
                   (cov->status == S_OCCURRED || cov->status == S_PLANNED || cov->status == S_AGREED)) {
            if (cov->time.set) {
                fa->time = cov->time;
            } else if (future_mode(cov->status) != future_mode(fa->status)) {
                fa->time.set = false; /* (a day read for the other tense) */
            }
            fa->status = cov->status;
        } else if (covered && restated && !elsewhere) {
            /* ("Oman mediated five rounds of indirect talks between Iran and the United
             * States earlier this year": the time the noun took is the contact's) */
            if (cov && !cov->time.set && fa->time.set && cov->sent == fa->sent &&
                cov->status == fa->status && fa->time.ts >= fa->core_te) {
                d->frames[cov - d->frames].time = fa->time;
            }
            /* (and its place: "The EU-Japan summit will take place in Tokyo on Wednesday,
             * with Costa and von der Leyen meeting Ishiba") */
            if (cov && cov->loc_ment < 0 && fa->loc_ment >= 0 && cov->sent == fa->sent &&
                cov->status == fa->status && cov->type != T_CALL) {
                d->frames[cov - d->frames].loc_ment = fa->loc_ment;
            }
            fa->nparties = 0; /* dropped */
        }
    }
    analyst_quote(&c, f0);
    called_off_reception(&c, f0);
    during_trip(&c, f0); /* (after the restatements: the trip and its talks both stay) */
    dated_restatement(&c, f0);
    decision_setting(&c, f0);
    planned_setting(&c, f0);
    medium_restated(&c, f0);
#ifdef PX_TRACE
    for (size_t a = f0; a < d->nframe; a++) {
        const px_frame *fa = &d->frames[a];
        fprintf(stderr, "   F %s type=%d st=%d rule=%s loc=%d:", px_tkey(d, fa->trig_ts), fa->type,
                fa->status, fa->rule ? fa->rule : "-", (int)fa->loc_ment);
        for (int q = 0; q < fa->nparties; q++) {
            const px_ment *pm = &d->ments[fa->parties[q].ment];
            int len = (int)(d->toks[pm->te - 1].e - d->toks[pm->ts].s);
            fprintf(stderr, " %d/%.*s", fa->parties[q].role, len, d->text + d->toks[pm->ts].s);
        }
        fprintf(stderr, "\n");
    }
#endif
    free(c.tm);
    free(c.speaker);
    return 0;
}
