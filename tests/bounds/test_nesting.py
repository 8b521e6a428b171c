"""Bound: JSON nesting. Deeply nested messages (an object 100,000 deep; an array 500,000
deep that fits under article.max.bytes; 2,000 deep inside the text field's sibling) are
refused as too_deep or too_large with bounded memory, and the stack survives."""
from boundslib import bound, check, done, extract, article

cases = {
    "object 100k deep": b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"\n",
    "array 500k deep (1 MB, under the size limit)": b"[" * 500_000 + b"]" * 500_000 + b"\n",
    "2k deep beside the text": (b'{"id":"n","text":"France met Kenya.","x":' + b"[" * 2000
                                + b"]" * 2000 + b"}\n"),
    "unclosed 1M deep": b"[" * 1_000_000 + b"\n",
}
for name, data in cases.items():
    rc, out, err, rss, dt = extract(data * 20 + article("The president of France met the president of Kenya.", "ok"),
                                    "article.max.bytes=2000000")
    check(rc == 0, f"{name}: exit 0 ({rc})")
    check("20 line(s) skipped" in err and ("too_deep" in err or "not_json" in err or "too_large" in err),
          f"{name}: each of 20 refused with a reason ({err.strip().splitlines()[0][:120]})")
    check(out.count(b"\n") == 1, f"{name}: the article after them is extracted")
    bound(name, rss, dt, 128, 30, "20 copies")
done()
