/* fuzz_wikidata_entities.c - libFuzzer target for the wbgetentities parser and the entity
 * choice that runs on its output. Build with -DPARLEY_FUZZ=ON -DCMAKE_C_COMPILER=clang. */
#include "enrich_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *ents = NULL;
    char code[64];
    if (en_parse_wd_entities((const char *)data, size, &ents, code, sizeof code) == 0) {
        json_t *cands = json_array();
        const char *k;
        json_t *v;
        json_object_foreach(ents, k, v) json_array_append(cands, v);
        json_t *pos = NULL;
        en_wd_choose(cands, ents, "Li Shangfu", "defence minister", "CHN", "2023-06-02", &pos);
        en_wd_choose(cands, ents, "Li Shangfu", NULL, NULL, "", &pos);
        json_decref(cands);
    }
    json_decref(ents);
    return 0;
}
