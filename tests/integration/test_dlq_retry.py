"""A dead letter the broker refuses is retried, never dropped: the DLQ topic is created
with max.message.bytes too small for the poison message, so the broker rejects it; the
input offset must not be committed meanwhile. Once the topic accepts the size, the
retry lands and the offset is committed."""
from harness import *  # noqa: F401,F403
from confluent_kafka.admin import ConfigResource

t = Topics("dlqretry", partitions=1)
admin = AdminClient({"bootstrap.servers": BOOTSTRAP})

def set_max_bytes(n):
    res = ConfigResource(ConfigResource.Type.TOPIC, t.dlq, set_config={"max.message.bytes": str(n)})
    for f in admin.alter_configs([res]).values():
        f.result(30)

set_max_bytes(200)
poison = b"not json " + b"x" * 2000
produce(t.input, [poison, article(1).encode()])
d = Daemon(t, "processing.processor=passthrough", "dlq.retry.backoff.ms=200")
wait_for(lambda: "will retry" in d.log_text(), 60, "a failed dead-letter delivery to be retried")
time.sleep(3)
check(committed(t.group, t.input).get(0, -1) < 1,
      "the poison message's offset is not committed while its dead letter is undelivered")
check(d.alive(), "the daemon keeps running while it retries")
set_max_bytes(1000000)
dlq = read_all(t.dlq, expect=1, idle=2, max_wait=90)
check(len(dlq) >= 1 and dlq[0].value() == poison, "the retried dead letter lands unchanged")
wait_caught_up(t, timeout=60)
check(d.stop() == 0, "clean shutdown")
check(len(read_all(t.events, expect=1, idle=2)) == 1, "the good article behind it was processed")
