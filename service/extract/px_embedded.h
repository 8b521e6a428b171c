/* px_embedded.h - the lexicon and gazetteer files compiled into the library by
 * embed.cmake ("lexicon/triggers.tsv", "data/countries.tsv", ...), NULL-terminated. */
#ifndef PX_EMBEDDED_H
#define PX_EMBEDDED_H
#include <stddef.h>

typedef struct px_embedded_file {
    const char *name;           /* "<dir>/<file>.tsv" */
    const unsigned char *data;  /* NUL-terminated */
    size_t len;
} px_embedded_file;

extern const px_embedded_file px_embedded_files[];

#endif
