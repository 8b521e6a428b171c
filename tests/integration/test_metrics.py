"""The metrics endpoint during a real run: /readyz is 503 before the group is joined and
200 after; /healthz is 200; /metrics counters match the articles sent (consumed,
decoded, dead letters by reason) and lag is reported per owned partition."""
import re
from harness import *  # noqa: F401,F403


N, BAD = 500, 7
t = Topics("metrics", partitions=2)
port = free_port()
# Keyed, so that both partitions get messages (keyless ones may all go to one partition, and
# a partition nothing was ever committed on has no lag in librdkafka's statistics).
produce(t.input, [article(i) for i in range(N)] + [b"garbage %d" % i for i in range(BAD)],
        keys=[b"k%d" % i for i in range(N + BAD)])
d = Daemon(t, "processing.processor=passthrough", f"metrics.listen=127.0.0.1:{port}",
           "kafka.statistics.interval.ms=500")
# Before the group is joined and statistics arrive, the instance is not ready.
wait_for(lambda: http_get(port, "/healthz")[0] is not None, 30, "the endpoint to listen", poll=0.05)
code, _ = http_get(port, "/readyz")
check(code == 503, f"/readyz is 503 before the group is joined (got {code})")
check(http_get(port, "/healthz")[0] == 200, "/healthz is 200 while alive")
wait_for(lambda: http_get(port, "/readyz")[0] == 200, 60, "/readyz to turn 200 after joining")
log("ok: /readyz is 200 after joining the group")
wait_caught_up(t, timeout=120)
time.sleep(1.5)  # one more statistics interval
code, text = http_get(port, "/metrics")
check(code == 200 and "# TYPE" in text, "/metrics answers in Prometheus text format")
check(metric(text, "parley_articles_consumed_total") == N + BAD,
      f"consumed == {N + BAD} ({metric(text, 'parley_articles_consumed_total')})")
check(metric(text, "parley_articles_decoded_total") == N, f"decoded == {N}")
check(metric(text, "parley_dead_letters_total", '{reason="not_json"}') == BAD, f"dead letters not_json == {BAD}")


def lag_parts():
    """Partitions with a consumer lag on /metrics: librdkafka's statistics give a lag only
    once they have seen the partition's committed offset, which can take an interval or
    two after the commit."""
    return set(re.findall(r'parley_consumer_lag\{[^}]*partition="(\d+)"', http_get(port, "/metrics")[1] or ""))


wait_for(lambda: lag_parts() == {"0", "1"}, 10, "consumer lag for both owned partitions", poll=0.25)
log(f"ok: consumer lag reported for the owned partitions {sorted(lag_parts())}")
check("parley_build_info" in text and "parley_processing_seconds_bucket" in text,
      "build info and the processing latency histogram are exported")
check(d.stop() == 0, "clean shutdown")
