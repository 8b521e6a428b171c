/* px_debug.c - development-only dump of the engine's intermediate state (sentences,
 * mentions, frames) for px-dev --debug; linked into px-dev, never into the library. */
#include "px_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void px_debug_dump(const px_ctx *ctx, const px_article *a, FILE *out);

void px_debug_dump(const px_ctx *ctx, const px_article *a, FILE *out)
{
    px_doc d;
    memset(&d, 0, sizeof d);
    d.ctx = ctx;
    d.art = a;
    d.text = a->text;
    d.len = a->text_len;
    d.max_sent_toks = 400;
    d.max_ments = 40;
    d.max_records = 50;
    if (a->published_at) {
        (void)px_parse_date(a->published_at, &d.pub_y, &d.pub_m, &d.pub_d);
    }
    if (px_tokenize(&d) != 0 || px_split(&d) != 0) {
        return;
    }
    px_titlecase(&d);
    for (size_t s = 0; s < d.nsent; s++) {
        size_t m0 = d.nment, f0 = d.nframe;
        (void)px_actors(&d, (int)s);
        (void)px_frames(&d, (int)s);
        const px_sent *se = &d.sents[s];
        fprintf(out, "S%zu: %.*s\n", s, (int)(d.toks[se->te - 1].e - d.toks[se->tb].s),
                d.text + d.toks[se->tb].s);
        for (size_t m = m0; m < d.nment; m++) {
            const px_ment *mm = &d.ments[m];
            const px_ent *e = mm->ent >= 0 ? &d.ents[mm->ent] : NULL;
            fprintf(out, "   M%zu k%d fl%x h%u [%.*s] -> %s | %s | %s | %s%s\n", m, mm->kind,
                    mm->flags, mm->head - se->tb,
                    (int)(d.toks[mm->te - 1].e - d.toks[mm->ts].s), d.text + d.toks[mm->ts].s,
                    e ? e->name : "-", e ? e->title : "-", e ? e->country : "-",
                    e ? e->code : "-", e && e->analyst ? " ANALYST" : "");
        }
        for (size_t f = f0; f < d.nframe; f++) {
            const px_frame *fr = &d.frames[f];
            fprintf(out, "   F %s/%s rule=%s np=%d time=%s", px_type_name(fr->type),
                    px_status_name(fr->status), fr->rule, fr->nparties,
                    fr->time.set ? fr->time.text : "-");
            for (int p = 0; p < fr->nparties; p++) {
                fprintf(out, " [%d:%s]", fr->parties[p].role,
                        d.ents[d.ments[fr->parties[p].ment].ent].name);
            }
            fprintf(out, "\n");
        }
    }
    free(d.toks);
    free(d.tpre);
    free(d.keys);
    free(d.sents);
    free(d.ments);
    free(d.ents);
    free(d.enthash);
    free(d.corefhash);
    free(d.frames);
}
