"""Reading the repartition topic's bundles (producers/bundle.h) from Python: the benchmark's
--latency-trace and the integration tests use it, and so can anyone inspecting
<group.id>.repartition with a Kafka client.

A message with the header parley_bundle carries several entries, each a key, headers and a
value; lengths are big-endian (u32 for keys and values, u16 for the header count and
names), and a key or value of length 0xffffffff is null."""
import struct

NULL = 0xffffffff


def entries(value):
    """The (key, [(name, value)], value) entries of a bundle's value, in order; raises
    ValueError when it is not a well-formed bundle."""
    out, pos = [], 0

    def blob():
        nonlocal pos
        (n,) = struct.unpack_from(">I", value, pos)
        pos += 4
        if n == NULL:
            return None
        if pos + n > len(value):
            raise ValueError("a length past the end of the bundle")
        pos += n
        return value[pos - n:pos]
    try:
        while pos < len(value):
            key = blob()
            (nh,) = struct.unpack_from(">H", value, pos)
            pos += 2
            hdrs = []
            for _ in range(nh):
                (nl,) = struct.unpack_from(">H", value, pos)
                name = value[pos + 2:pos + 2 + nl].decode(errors="replace")
                pos += 2 + nl
                hdrs.append((name, blob()))
            out.append((key, hdrs, blob()))
    except struct.error as e:
        raise ValueError(f"a truncated bundle: {e}") from e
    return out
