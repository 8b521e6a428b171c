Breakpoint 1 at 0x70420: file /work/main/service/extract/frames.c, line 8925.
Breakpoint 2 at 0x70423: file /work/main/service/extract/frames.c, line 8993.
Breakpoint 3 at 0x70426: file /work/main/service/extract/frames.c, line 9105.
Breakpoint 4 at 0x70429: file /work/main/service/extract/frames.c, line 9541.
Breakpoint 5 at 0x7042c: file /work/main/service/extract/frames.c, line 9564.
Breakpoint 6 at 0x7042f: file /work/main/service/extract/frames.c, line 9577.
Breakpoint 7 at 0x70432: file /work/main/service/extract/frames.c, line 10148.
Breakpoint 8 at 0x70435: file /work/main/service/extract/frames.c, line 10445.
Breakpoint 9 at 0x70438: file /work/main/service/extract/frames.c, line 10482.
[Thread debugging using libthread_db enabled]
Using host libthread_db library "/lib/x86_64-linux-gnu/libthread_db.so.1".

Breakpoint 4, build (c=0x7ffffffed290, k=0x7ffffffed698) at /work/main/service/extract/frames.c:9541
9541	                return;
{"schema":"parley.contact.v1","event_id":"7b0d4ff218bf517ecacd02d33b51a13b","cluster_key":"dea1b37a6ba8db66193b4a929ce3d00d","article":{"id":"t","url":null,"source":null,"published_at":"2026-11-20T10:00:00Z","title":null},"type":"meet","status":"occurred","cameo":"040","plover":{"type":"CONSULT","mode":null},"actors":[{"role":"source","name":"Johann Wadephul","title":"foreign minister","country":"DEU","sector":"GOV","code":"DEUGOV","text":"Wadephul","span":[0,8],"metadata":{}},{"role":"target","name":"Hakan Fidan","title":"foreign minister","country":"TUR","sector":"GOV","code":"TURGOV","text":"Fidan","span":[13,18],"metadata":{}}],"location":{"name":"Berlin","country":"DEU","venue":null,"lat":52.524369999999998,"lon":13.41053,"span":[22,28]},"time":{"text":"on Tuesday","start":"2026-11-17","end":"2026-11-17","precision":"day"},"evidence":{"sentence":"Wadephul met Fidan in Berlin on Tuesday, after Wadephul's own visit to Turkey in October.","sentence_index":0,"span":[0,89],"trigger":"met"},"mentions":1,"first_report":true,"duplicate_of":null,"confidence":0.90000000000000002,"extractor":{"version":"0.3.0","rule":"contact_verb"},"enrichment":{"status":"none","sources":[]}}
[Inferior 1 (process 15142) exited normally]
