#!/usr/bin/env bash
# A real single-node Apache Kafka 3.9.x broker (KRaft, combined broker+controller) on
# 127.0.0.1 for Parley's tests and local runs. The jars come from Maven Central via mvn
# (deploy/kafka/pom.xml); Java 17, mvn and kcat are the only things needed.
#
# Usage:
#   deploy/kafka.sh fetch
#   deploy/kafka.sh start   [--port PORT] [--controller-port PORT] [--dir DIR] [--fresh]
#                           [--secure [--secure-port PORT]]
#   deploy/kafka.sh stop    [--dir DIR]
#   deploy/kafka.sh restart [--port PORT] [--dir DIR]      (keeps the data)
#   deploy/kafka.sh status  [--dir DIR]
#   deploy/kafka.sh topic create NAME PARTITIONS [--dir DIR] [--port PORT]
#   deploy/kafka.sh topic delete NAME | list | describe [NAME]   [--dir DIR] [--port PORT]
#   deploy/kafka.sh dump-log TOPIC [PARTITION] [--dir DIR]   the record batches as stored
#                           (Kafka's DumpLogSegments: offsets, compresscodec, sizes)
#
# Environment:
#   KAFKA_TEST_DIR      broker directory (config, data, logs, pid)  default /tmp/parley-kafka
#   KAFKA_TEST_PORT     PLAINTEXT port; else the port DIR last used, else 9092
#   KAFKA_TEST_HOME     jar cache                         default ~/.cache/parley-kafka
#   KAFKA_TEST_VERSION  Kafka version(s) to try           default "3.9.1 3.9.0 3.9.2"
#   KAFKA_TEST_START_TIMEOUT  seconds to wait for readiness            default 90
#   KAFKA_TEST_SEGMENT_BYTES  log.segment.bytes                  default 67108864;
#                              tests/bench/run.sh uses Kafka's own default, 1073741824
#   KAFKA_HEAP_OPTS     the broker JVM's heap, as Kafka's own scripts read it
#                       default "-Xms128m -Xmx512m" (a heap fixed at 512m made fewer, longer
#                       young-GC pauses, up to ~100 ms: tests/bench/README.md)
#   KAFKA_GC_THREADS    G1's parallel GC threads      default half the CPUs, at least 1.
#                       The test broker shares the machine with the clients under test:
#                       with 2 workers on 2 vCPUs a young pause waited up to ~100 ms for a
#                       preempted worker (tests/bench/README.md)
#   KAFKA_TEST_SCRAM_USER      --secure: SCRAM-SHA-512 user        default parley
#   KAFKA_TEST_SCRAM_PASSWORD  --secure: its password              default random (DIR/tls/scram-password)
#
# --secure adds a SASL_SSL listener (SCRAM-SHA-512 over TLS) on --secure-port (default
# PORT+2) next to the PLAINTEXT one: a test CA and a broker certificate for 127.0.0.1 are
# made with openssl in DIR/tls (ca.pem, broker.p12), the SCRAM user is created when the
# storage is formatted (kafka-storage --add-scram) or, for existing data, through the
# PLAINTEXT listener, and start waits until a client authenticates over SASL_SSL.
# DIR/tls/client.properties holds librdkafka settings for that listener (kcat -F).
# A secure DIR stays secure on restart; start --fresh without --secure drops it.
#
# Files in DIR: server.properties, log4j.properties, data/ (log.dirs, KRaft metadata),
# broker.log (log4j), broker.out (JVM stdout/stderr), gc.log (the JVM's GC pauses),
# kafka.pid; tls/ with --secure.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
POM="$SCRIPT_DIR/kafka/pom.xml"
KAFKA_HOME_DIR=${KAFKA_TEST_HOME:-$HOME/.cache/parley-kafka}
VERSIONS=${KAFKA_TEST_VERSION:-3.9.1 3.9.0 3.9.2}
START_TIMEOUT=${KAFKA_TEST_START_TIMEOUT:-90}
STOP_GRACE=15

DIR=${KAFKA_TEST_DIR:-/tmp/parley-kafka}
PORT=${KAFKA_TEST_PORT:-}
CTRL_PORT=
FRESH=0
LIB=
SECURE=0
SECURE_PORT=
SCRAM_USER=${KAFKA_TEST_SCRAM_USER:-parley}
FORMATTED_NOW=0

die() { echo "kafka.sh: error: $*" >&2; exit 1; }
log() { echo "kafka.sh: $*" >&2; }

# ---------------------------------------------------------------- fetch

# Prints the lib dir of an already fetched version (first in VERSIONS order).
find_lib() {
    local v
    for v in $VERSIONS; do
        if [[ -f "$KAFKA_HOME_DIR/$v/lib/.complete" ]]; then
            echo "$KAFKA_HOME_DIR/$v/lib"
            return 0
        fi
    done
    return 1
}

cmd_fetch() {
    if LIB=$(find_lib); then
        log "jars already present: $LIB"
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
    command -v java >/dev/null || die "java not found (apt-get install openjdk-17-jre-headless)"
    local v tmp mvnlog
    mvnlog=$(mktemp)
    for v in $VERSIONS; do
        log "fetching org.apache.kafka:kafka_2.13:$v and dependencies via mvn ..."
        mkdir -p "$KAFKA_HOME_DIR/$v"
        tmp="$KAFKA_HOME_DIR/$v/lib.tmp.$$"
        rm -rf "$tmp"
        if mvn -B -q -f "$POM" -Dkafka.version="$v" \
                dependency:copy-dependencies -DincludeScope=runtime \
                -DoutputDirectory="$tmp" >"$mvnlog" 2>&1 \
           && [[ -f "$tmp/kafka_2.13-$v.jar" ]]; then
            echo "$v" >"$tmp/.complete"
            # A concurrent fetch may have won the race; either copy is fine.
            mv -T "$tmp" "$KAFKA_HOME_DIR/$v/lib" 2>/dev/null || rm -rf "$tmp"
            LIB="$KAFKA_HOME_DIR/$v/lib"
            rm -f "$mvnlog"
            log "Kafka $v: $(find "$LIB" -name '*.jar' | wc -l) jars in $LIB ($(du -sh "$LIB" | cut -f1))"
            return 0
        fi
        rm -rf "$tmp"
        rmdir "$KAFKA_HOME_DIR/$v" 2>/dev/null || true
        log "Kafka $v did not resolve"
    done
    tail -n 30 "$mvnlog" >&2
    rm -f "$mvnlog"
    die "could not fetch any of: $VERSIONS"
}

# ---------------------------------------------------------------- helpers

PIDFILE() { echo "$DIR/kafka.pid"; }

# Prints the pid if the broker of $DIR is running (and really is that broker).
running_pid() {
    local pid
    [[ -f "$(PIDFILE)" ]] || return 1
    pid=$(cat "$(PIDFILE)" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against pid reuse: it must be kafka.Kafka with this DIR's config.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "kafka.Kafka $DIR/server.properties" || return 1
    echo "$pid"
}

# Port from the existing server.properties of $DIR (empty if none).
recorded_port() {
    local key=$1
    [[ -f "$DIR/server.properties" ]] || return 0
    sed -n "s|^listeners=.*$key://127.0.0.1:\([0-9]*\).*|\1|p" "$DIR/server.properties"
}

resolve_ports() {
    [[ -n "$PORT" ]] || PORT=$(recorded_port PLAINTEXT)
    [[ -n "$PORT" ]] || PORT=9092
    [[ -n "$CTRL_PORT" ]] || CTRL_PORT=$(recorded_port CONTROLLER)
    [[ -n "$CTRL_PORT" ]] || CTRL_PORT=$((PORT + 1))
    [[ "$PORT" =~ ^[0-9]+$ && "$CTRL_PORT" =~ ^[0-9]+$ ]] || die "bad port: $PORT / $CTRL_PORT"
    # A directory set up with --secure stays secure (restart), unless started afresh without it.
    if ((!SECURE && !FRESH)) && [[ -n "$(recorded_port SASL_SSL)" ]]; then SECURE=1; fi
    if ((SECURE)); then
        [[ -n "$SECURE_PORT" ]] || SECURE_PORT=$(recorded_port SASL_SSL)
        [[ -n "$SECURE_PORT" ]] || SECURE_PORT=$((PORT + 2))
        [[ "$SECURE_PORT" =~ ^[0-9]+$ ]] || die "bad secure port: $SECURE_PORT"
    fi
}

# ---------------------------------------------------------------- TLS + SASL (--secure)

TLS() { echo "$DIR/tls"; }

# Test CA, broker key and certificate (SAN IP:127.0.0.1, DNS:localhost), PKCS12 keystore,
# SCRAM password and a librdkafka client config. Kept across restarts; --fresh remakes them.
make_tls() {
    local d pw
    d=$(TLS)
    if ((FRESH)); then rm -rf "$d"; fi
    command -v openssl >/dev/null || die "openssl not found (apt-get install openssl)"
    mkdir -p "$d"
    chmod 700 "$d"
    if [[ ! -f "$d/broker.p12" ]]; then
        log "making a test CA and a broker certificate in $d"
        (
            cd "$d"
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
                -subj "/CN=Parley test CA $(date +%s)" >/dev/null 2>&1
            openssl req -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr \
                -subj "/CN=127.0.0.1" >/dev/null 2>&1
            printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >broker.ext
            openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
                -out broker.pem -days 30 -extfile broker.ext >/dev/null 2>&1
            head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >keystore-password
            openssl pkcs12 -export -in broker.pem -inkey broker.key -certfile ca.pem \
                -name broker -out broker.p12 -passout "file:keystore-password" >/dev/null 2>&1
        ) || die "openssl failed making the test certificates in $d"
    fi
    if [[ -n "${KAFKA_TEST_SCRAM_PASSWORD:-}" ]]; then
        printf '%s' "$KAFKA_TEST_SCRAM_PASSWORD" >"$d/scram-password"
    elif [[ ! -s "$d/scram-password" ]]; then
        head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$d/scram-password"
    fi
    chmod 600 "$d"/*.key "$d/scram-password" "$d/keystore-password"
    pw=$(cat "$d/scram-password")
    [[ "$pw" =~ ^[^],=\"[]+$ ]] || die "the SCRAM password must not contain [ ] , = or quotes"
    cat >"$d/client.properties" <<EOF
# librdkafka settings for the SASL_SSL listener of the broker in $DIR (kcat -F FILE).
bootstrap.servers=127.0.0.1:$SECURE_PORT
security.protocol=SASL_SSL
sasl.mechanisms=SCRAM-SHA-512
sasl.username=$SCRAM_USER
sasl.password=$pw
ssl.ca.location=$d/ca.pem
EOF
    chmod 600 "$d/client.properties"
}

secure_config() {
    local d kspw
    d=$(TLS)
    kspw=$(cat "$d/keystore-password")
    cat <<EOF

# --secure: SASL_SSL listener, SCRAM-SHA-512 over TLS with the test CA of $d.
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.ssl.keystore.type=PKCS12
listener.name.sasl_ssl.ssl.keystore.location=$d/broker.p12
listener.name.sasl_ssl.ssl.keystore.password=$kspw
listener.name.sasl_ssl.ssl.key.password=$kspw
listener.name.sasl_ssl.ssl.client.auth=none
EOF
}

# The SCRAM user for data formatted earlier (without --add-scram): set through PLAINTEXT.
ensure_scram_user() {
    ((FORMATTED_NOW)) && return 0
    local pw
    pw=$(cat "$(TLS)/scram-password")
    java_tool kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$PORT" --alter \
        --add-config "SCRAM-SHA-512=[password=$pw]" --entity-type users \
        --entity-name "$SCRAM_USER" >"$DIR/scram.out" 2>&1 \
        || { cat "$DIR/scram.out" >&2; die "could not create SCRAM user $SCRAM_USER"; }
}

# Ready over SASL_SSL: TLS handshake against the test CA and SCRAM authentication succeed.
wait_secure_ready() {
    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        if timeout 10 kcat -F "$(TLS)/client.properties" -L -m 5 2>/dev/null \
            | grep -q "broker 1 at 127.0.0.1:$SECURE_PORT"; then
            return 0
        fi
        sleep 0.5
    done
    timeout 10 kcat -F "$(TLS)/client.properties" -L -m 5 >&2 || true
    die "SASL_SSL listener on 127.0.0.1:$SECURE_PORT not ready after ${START_TIMEOUT}s"
}

secure_banner() {
    echo "kafka SASL_SSL on 127.0.0.1:$SECURE_PORT (SCRAM-SHA-512 user $SCRAM_USER," \
        "password in $(TLS)/scram-password, CA $(TLS)/ca.pem, client config $(TLS)/client.properties)"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_kcat() {
    command -v kcat >/dev/null && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        log "installing kcat (apt-get) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q kcat >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null 2>&1 &&
                 DEBIAN_FRONTEND=noninteractive apt-get install -y -q kcat >/dev/null 2>&1; } \
            || die "apt-get install kcat failed"
        return 0
    fi
    die "kcat is required to check the broker is ready; install the Debian package 'kcat'"
}

java_tool() {  # java_tool CLASS ARGS... : run a Kafka CLI class, logging warnings to stderr
    local conf="$KAFKA_HOME_DIR/tools-log4j.properties"
    [[ -f "$conf" ]] || cat >"$conf" <<EOF
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
    java -Xmx256m -cp "$LIB/*" -Dlog4j.configuration="file:$conf" "$@"
}

show_logs() {
    local f
    for f in "$DIR/broker.out" "$DIR/broker.log"; do
        [[ -s "$f" ]] || continue
        echo "----- tail of $f -----" >&2
        tail -n 40 "$f" >&2
    done
}

# ---------------------------------------------------------------- config

write_config() {
    mkdir -p "$DIR/data"
    local l_extra="" a_extra="" m_extra=""
    if ((SECURE)); then
        l_extra=",SASL_SSL://127.0.0.1:$SECURE_PORT"
        a_extra=",SASL_SSL://127.0.0.1:$SECURE_PORT"
        m_extra=",SASL_SSL:SASL_SSL"
    fi
    cat >"$DIR/server.properties" <<EOF
# Written by deploy/kafka.sh: one KRaft node, broker and controller, on 127.0.0.1.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CTRL_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CTRL_PORT$l_extra
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT$a_extra
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT$m_extra
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$DIR/data

# One node: everything has a single replica.
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=true
delete.topic.enable=true

# Fast start and fast tests.
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=5
transaction.state.log.num.partitions=5
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=2
log.segment.bytes=${KAFKA_TEST_SEGMENT_BYTES:-67108864}
log.retention.hours=168
# After a kill -9 the controller keeps the old broker registration until its session
# times out (default 9 s) before the restarted broker may register: keep that short.
broker.heartbeat.interval.ms=500
broker.session.timeout.ms=3000
EOF
    if ((SECURE)); then secure_config >>"$DIR/server.properties"; fi
    # Broker logs go to DIR/broker.log only.
    cat >"$DIR/log4j.properties" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$DIR/broker.log
log4j.appender.file.Append=true
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.controller=INFO
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.log.LogCleaner=WARN
EOF
}

format_storage() {
    [[ -f "$DIR/data/meta.properties" ]] && return 0
    # A cluster id is a random 16-byte UUID in URL-safe base64 without padding; like
    # Kafka's own Uuid.randomUuid, never one that starts with "-" (the tool would read it
    # as an option: 1 start in 64 failed before this).
    local cluster_id=-
    while [[ $cluster_id == -* ]]; do
        cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    done
    log "formatting $DIR/data (cluster id $cluster_id)"
    local scram=()
    if ((SECURE)); then
        scram=(--add-scram "SCRAM-SHA-512=[name=$SCRAM_USER,password=$(cat "$(TLS)/scram-password")]")
    fi
    java_tool kafka.tools.StorageTool format -t "$cluster_id" \
        -c "$DIR/server.properties" "${scram[@]}" >"$DIR/format.out" 2>&1 \
        || { cat "$DIR/format.out" >&2; die "StorageTool format failed"; }
    FORMATTED_NOW=1
}

# ---------------------------------------------------------------- readiness

# One readiness probe: port open, metadata lists our broker, a produce to
# __parley_ready is read back.
probe() {
    local bs="127.0.0.1:$PORT" nonce=$1 md
    port_open "$PORT" || return 1
    md=$(timeout 10 kcat -b "$bs" -L -m 5 2>/dev/null) || return 1
    grep -q "broker 1 at 127.0.0.1:$PORT" <<<"$md" || return 1
    echo "$nonce" | timeout 15 kcat -b "$bs" -P -t __parley_ready \
        -X message.timeout.ms=10000 -X topic.metadata.refresh.interval.ms=500 \
        >/dev/null 2>&1 || return 1
    timeout 15 kcat -b "$bs" -C -t __parley_ready -o beginning -e -q 2>/dev/null \
        | grep -qx "$nonce"
}

wait_ready() {
    local pid=$1 deadline=$((SECONDS + START_TIMEOUT)) nonce
    nonce="ready-$$-$RANDOM-$(date +%s%N)"
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            show_logs
            rm -f "$(PIDFILE)"
            die "broker exited during start-up (see $DIR/broker.log)"
        fi
        probe "$nonce" && return 0
        sleep 0.5
    done
    show_logs
    log "broker on 127.0.0.1:$PORT not ready after ${START_TIMEOUT}s; stopping it"
    cmd_stop >&2
    die "broker on 127.0.0.1:$PORT not ready after ${START_TIMEOUT}s (see $DIR/broker.log)"
}

# ---------------------------------------------------------------- commands

cmd_start() {
    local pid t0=$SECONDS
    resolve_ports
    if ((FRESH)) && running_pid >/dev/null; then cmd_stop >&2; fi
    if pid=$(running_pid); then
        log "already running (pid $pid) in $DIR; checking readiness"
        wait_ready "$pid"
        echo "kafka ready on 127.0.0.1:$PORT (pid $pid)"
        if ((SECURE)); then wait_secure_ready; secure_banner; fi
        return 0
    fi
    ensure_kcat
    cmd_fetch
    command -v java >/dev/null || die "java not found"
    port_open "$PORT" && die "port $PORT is already in use by something else"
    port_open "$CTRL_PORT" && die "controller port $CTRL_PORT is already in use (use --controller-port)"
    if ((SECURE)) && port_open "$SECURE_PORT"; then
        die "secure port $SECURE_PORT is already in use (use --secure-port)"
    fi

    if ((FRESH)); then rm -rf "$DIR/data" "$DIR/broker.log" "$DIR"/gc.log*; fi
    if ((FRESH && !SECURE)); then rm -rf "$(TLS)"; fi
    if ((SECURE)); then make_tls; fi
    write_config
    format_storage

    local -a heap
    read -r -a heap <<<"${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
    local gc_threads=${KAFKA_GC_THREADS:-$(($(nproc) / 2))}
    ((gc_threads >= 1)) || gc_threads=1
    # setsid: the broker is a daemon, not part of the caller's process group; all
    # stdio redirected so that callers using $(...) or pipes do not hang on it.
    : >"$DIR/broker.out"
    echo "[$(date '+%F %T')] ===== kafka.sh start (port $PORT) =====" >>"$DIR/broker.log"
    # shellcheck disable=SC2016  # $$ and $@ belong to the inner bash
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$(PIDFILE)" \
        java -XX:ParallelGCThreads="$gc_threads" "${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
        "-Xlog:gc:file=$DIR/gc.log:time,uptime:filecount=2,filesize=8m" \
        -Djava.awt.headless=true -Dkafka.logs.dir="$DIR" \
        -Dlog4j.configuration="file:$DIR/log4j.properties" \
        -cp "$LIB/*" kafka.Kafka "$DIR/server.properties" \
        </dev/null >>"$DIR/broker.out" 2>&1 &
    local i
    for i in $(seq 50); do [[ -s "$(PIDFILE)" ]] && break; sleep 0.1; done
    pid=$(cat "$(PIDFILE)" 2>/dev/null) || die "broker did not start"
    wait_ready "$pid"
    if ((SECURE)); then
        ensure_scram_user
        wait_secure_ready
    fi
    echo "kafka ready on 127.0.0.1:$PORT (pid $pid, dir $DIR, $((SECONDS - t0))s)"
    if ((SECURE)); then secure_banner; fi
}

cmd_stop() {
    local pid i
    if ! pid=$(running_pid); then
        rm -f "$(PIDFILE)"
        log "not running ($DIR)"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < STOP_GRACE * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "broker $pid ignored SIGTERM for ${STOP_GRACE}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$(PIDFILE)"
    echo "kafka stopped ($DIR)"
}

cmd_status() {
    local pid
    resolve_ports
    if pid=$(running_pid); then
        echo "running: pid $pid, 127.0.0.1:$PORT, dir $DIR"
        if ((SECURE)); then echo "secure: SASL_SSL on 127.0.0.1:$SECURE_PORT, CA $(TLS)/ca.pem"; fi
    else
        echo "stopped: dir $DIR"
        return 3
    fi
}

cmd_topic() {
    local action=${1:-} bs
    [[ -n "$action" ]] || die "usage: topic create NAME PARTITIONS | delete NAME | list | describe [NAME]"
    shift
    resolve_ports
    LIB=$(find_lib) || die "jars not fetched; run: $0 fetch"
    running_pid >/dev/null || port_open "$PORT" || die "no broker on 127.0.0.1:$PORT"
    bs="127.0.0.1:$PORT"
    local tc=(java_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$bs")
    case "$action" in
        create)
            [[ $# -eq 2 && "$2" =~ ^[0-9]+$ ]] || die "usage: topic create NAME PARTITIONS"
            "${tc[@]}" --create --if-not-exists --topic "$1" --partitions "$2" --replication-factor 1
            ;;
        delete)
            [[ $# -eq 1 ]] || die "usage: topic delete NAME"
            "${tc[@]}" --delete --if-exists --topic "$1"
            ;;
        list) "${tc[@]}" --list ;;
        describe) "${tc[@]}" --describe ${1:+--topic "$1"} ;;
        *) die "unknown topic action: $action" ;;
    esac
}

cmd_dump_log() {  # dump-log TOPIC [PARTITION]: one JVM for every segment of the topic
    [[ $# -ge 1 && $# -le 2 ]] || die "usage: dump-log TOPIC [PARTITION]"
    [[ $# -eq 1 || "$2" =~ ^[0-9]+$ ]] || die "usage: dump-log TOPIC [PARTITION]"
    LIB=$(find_lib) || die "jars not fetched; run: $0 fetch"
    local d f files=()
    shopt -s nullglob
    for d in "$DIR/data/$1"-*; do
        [[ "${d##*/}" =~ ^.+-([0-9]+)$ && "${d##*/}" == "$1-${BASH_REMATCH[1]}" ]] || continue
        [[ $# -eq 1 || "${BASH_REMATCH[1]}" == "$2" ]] || continue
        for f in "$d"/*.log; do files+=("$f"); done
    done
    [[ ${#files[@]} -gt 0 ]] || die "no log segment of $1${2:+ partition $2} in $DIR/data"
    local IFS=,
    java_tool kafka.tools.DumpLogSegments --files "${files[*]}"
}

# ---------------------------------------------------------------- main

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
[[ $# -ge 1 ]] || { usage >&2; exit 2; }
CMD=$1
shift
ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) PORT=${2:?--port needs a value}; shift 2 ;;
        --controller-port) CTRL_PORT=${2:?--controller-port needs a value}; shift 2 ;;
        --dir) DIR=${2:?--dir needs a value}; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        --secure) SECURE=1; shift ;;
        --secure-port) SECURE_PORT=${2:?--secure-port needs a value}; SECURE=1; shift 2 ;;
        *) ARGS+=("$1"); shift ;;
    esac
done
# Absolute path: it is part of the broker's command line, which running_pid checks.
[[ "$CMD" == start || "$CMD" == restart ]] && mkdir -p "$DIR"
if [[ -d "$DIR" ]]; then DIR=$(cd "$DIR" && pwd); fi

case "$CMD" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    topic) cmd_topic "${ARGS[@]}" ;;
    dump-log) cmd_dump_log "${ARGS[@]}" ;;
    -h | --help | help) usage ;;
    *) die "unknown command: $CMD (fetch|start|stop|restart|status|topic|dump-log)" ;;
esac
