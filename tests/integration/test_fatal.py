"""A fatal librdkafka error (a fenced transactional producer: a second instance with the
same transactional.id) makes parleyd exit non-zero with a clear log line."""
from harness import *  # noqa: F401,F403

t = Topics("fatal", partitions=2)
opts = ("processing.processor=passthrough", "processing.guarantee=exactly_once",
        f"producer.transactional.id=fenced-{t.group}", "processing.transaction.max.ms=100")
produce(t.input, [article(i) for i in range(200)])
a = Daemon(t, *opts, name="A")
wait_for(lambda: len(read_all(t.events, idle=0.5, max_wait=5)) > 0, 90, "A to commit output")
b = Daemon(t, *opts, name="B")  # same transactional.id: fences A
produce(t.input, [article(i) for i in range(200, 400)])
rc = a.wait(90)
check(rc == 1, f"fenced instance exits 1 (got {rc})")
check('"level":"fatal"' in a.log_text() and "fenced" in a.log_text().lower(),
      "a fatal log line names the fencing")
b.stop()
