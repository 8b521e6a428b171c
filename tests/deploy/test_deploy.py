#!/usr/bin/env python3
"""test_deploy.py - offline validation of deploy/: the example configuration, the
Compose file, the Kubernetes manifests, the Dockerfile, the systemd unit and the docs.

These machines have no Docker engine and no Kubernetes schemas, so this checks what can
be checked offline: YAML parses, the structure and cross-references (probes, ports,
labels, Secrets, ConfigMaps), and every configuration that ships passes
`parleyd check-config`. Needs PyYAML; PARLEYD names the binary (ctest sets it)."""
import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEPLOY = os.path.join(ROOT, "deploy")
K8S = os.path.join(DEPLOY, "k8s")
PARLEYD = os.environ.get("PARLEYD") or os.path.join(ROOT, "build", "parleyd")
EXAMPLE = os.path.join(DEPLOY, "parleyd.properties")

# Keys fixed by the design contract that the configuration table may not have yet
# (their features land separately). An environment variable for one of them is left
# out of the check-config run, with a note, until the table knows it.
PENDING_KEYS = {"enrich.wikidata.url", "enrich.nominatim.url"}


def clean_env(extra=None):
    """The test's environment without PARLEY_* (an unknown one stops parleyd)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
    env.update(extra or {})
    return env


def check_config(path, env=None, args=()):
    return subprocess.run([PARLEYD, "check-config", "-c", path, *args], env=clean_env(env),
                          capture_output=True, text=True, timeout=60)


_reference = None


def reference_keys():
    """Parley's own keys, from `parleyd check-config --reference` (the table)."""
    global _reference
    if _reference is None:
        out = subprocess.run([PARLEYD, "check-config", "--reference"], capture_output=True,
                             text=True, timeout=60, env=clean_env())
        assert out.returncode == 0, out.stderr
        keys = []
        for line in out.stdout.splitlines():
            m = re.match(r"^\| `([^`]+)` \|", line)
            if m:
                keys.append(m.group(1))
            elif keys and not line.strip():
                break  # the first table only: the second lists librdkafka defaults
        _reference = keys
    return _reference


def env_to_key(name):
    """PARLEY_<KEY> -> the key it sets (as service/config.c maps it), or None."""
    assert name.startswith("PARLEY_")
    rest = name[len("PARLEY_"):]
    for k in list(reference_keys()) + sorted(PENDING_KEYS):
        if re.sub(r"[.-]", "_", k).upper() == rest:
            return k
    for prefix in ("KAFKA_", "CONSUMER_", "PRODUCER_"):
        if rest.startswith(prefix):
            return rest.lower().replace("_", ".")
    return None


def properties(text):
    """key=value pairs of a properties text (comments and blank lines skipped)."""
    out = {}
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or "=" not in s:
            continue
        k, v = s.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def shutdown_ms(props):
    return int(props.get("shutdown.timeout.ms", "30000"))


def load_k8s():
    docs = []
    for name in sorted(os.listdir(K8S)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(K8S, name)) as f:
                for d in yaml.safe_load_all(f):
                    if d is not None:
                        docs.append((name, d))
    return docs


def duration_s(v):
    """Compose durations ("45s", "1m30s") and plain seconds."""
    if isinstance(v, (int, float)):
        return float(v)
    total, units = 0.0, {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    for num, unit in re.findall(r"([\d.]+)(ms|h|m|s)", v):
        total += float(num) * units[unit]
    return total


class ExampleConfig(unittest.TestCase):
    def test_example_passes_check_config(self):
        r = check_config(EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("# configuration OK", r.stdout)

    def test_example_covers_every_key(self):
        with open(EXAMPLE) as f:
            text = f.read()
        missing = [k for k in reference_keys()
                   if not re.search(r"^#?\s*" + re.escape(k) + r"=", text, re.M)]
        self.assertEqual(missing, [], "keys of the table missing from deploy/parleyd.properties")
        # every key is explained: a comment precedes each block of settings
        for k in reference_keys():
            m = re.search(r"^#?\s*" + re.escape(k) + r"=", text, re.M)
            before = text[:m.start()].rstrip("\n").splitlines()
            j = len(before) - 1
            while j >= 0 and re.match(r"^#?\s*[a-z][\w.-]*=", before[j]):
                j -= 1
            self.assertTrue(j >= 0 and before[j].startswith("#"), f"{k} has no comment")

    def test_commented_examples_are_valid(self):
        # the commented alert.* and enrich.* examples, switched on, still pass
        with open(EXAMPLE) as f:
            text = f.read()
        known = set(reference_keys())
        out = []
        for line in text.splitlines():
            m = re.match(r"^#((alert|enrich)\.[\w.-]+)=(.*)$", line)
            if m and (m.group(2) == "alert" or m.group(1) in known):
                line = line[1:]
            out.append(line)
        self.assertNotEqual(out, text.splitlines(), "no commented examples found")
        with tempfile.NamedTemporaryFile("w", suffix=".properties", delete=False) as f:
            f.write("\n".join(out) + "\n")
            path = f.name
        try:
            r = check_config(path)
        finally:
            os.unlink(path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("alert.china_usa.countries=CHN,USA", r.stdout)

    def test_secret_from_environment_is_masked(self):
        r = check_config(EXAMPLE, {"KAFKA_SASL_PASSWORD": "hunter2-secret"})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("hunter2-secret", r.stdout + r.stderr)
        r = check_config(EXAMPLE, {"PARLEY_KAFKA_SASL_PASSWORD": "hunter3-secret"})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("hunter3-secret", r.stdout + r.stderr)

    def test_no_literal_secrets(self):
        with open(EXAMPLE) as f:
            for n, line in enumerate(f, 1):
                if re.match(r"^\s*[\w.]*(password|secret|token)[\w.]*\s*=", line, re.I):
                    value = line.split("=", 1)[1].strip()
                    self.assertTrue(value == "" or value.startswith("${"),
                                    f"parleyd.properties:{n}: a literal secret")

    def test_own_env_vars_do_not_use_the_parley_prefix(self):
        with open(EXAMPLE) as f:
            text = f.read()
        for var in re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)", text):
            self.assertFalse(var.startswith("PARLEY_"),
                             f"${{{var}}}: PARLEY_* names are reserved for configuration keys")


class Compose(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(DEPLOY, "docker-compose.yml")) as f:
            cls.doc = yaml.safe_load(f)
        cls.services = cls.doc["services"]

    def test_services_and_healthchecks(self):
        for name in ("kafka", "parleyd", "metadata"):
            self.assertIn(name, self.services)
            hc = self.services[name].get("healthcheck")
            self.assertIsInstance(hc, dict, f"{name} has no healthcheck")
            self.assertTrue(hc.get("test"), f"{name}: empty healthcheck")

    def test_kafka_is_kraft_3_9(self):
        k = self.services["kafka"]
        self.assertRegex(k["image"], r"^apache/kafka:3\.9\.\d+$")
        env = k["environment"]
        self.assertIn("controller", env["KAFKA_PROCESS_ROLES"])
        self.assertIn("KAFKA_CONTROLLER_QUORUM_VOTERS", env)
        self.assertEqual(str(env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"]), "1")

    def test_parleyd_depends_on_healthy_services(self):
        p = self.services["parleyd"]
        deps = p["depends_on"]
        self.assertEqual(deps["kafka"]["condition"], "service_healthy")
        self.assertEqual(deps["metadata"]["condition"], "service_healthy")
        for dep in deps:
            self.assertIn(dep, self.services)
        b = p["build"]
        self.assertTrue(os.path.isfile(os.path.join(DEPLOY, b["context"], b["dockerfile"])))
        self.assertGreater(duration_s(p["stop_grace_period"]) * 1000, 30000)
        self.assertIn("/healthz", " ".join(p["healthcheck"]["test"]))

    def test_metadata_stub(self):
        m = self.services["metadata"]
        self.assertTrue(m["image"].startswith("python:3"))
        script = m["command"][m["command"].index("-u") + 1] if "-u" in m["command"] else m["command"][1]
        mounts = {v.split(":")[1]: v.split(":")[0] for v in m["volumes"]}
        host = None
        for target, src in mounts.items():
            if script.startswith(target.rstrip("/") + "/"):
                host = os.path.normpath(os.path.join(DEPLOY, src, script[len(target.rstrip("/")) + 1:]))
        self.assertIsNotNone(host, "the stub's script is not on a mounted volume")
        if not os.path.isfile(host):
            print(f"NOTE: {os.path.relpath(host, ROOT)} does not exist yet (enrichment fixtures)",
                  file=sys.stderr)

    def test_parleyd_environment_passes_check_config(self):
        env = {str(k): str(v) for k, v in self.services["parleyd"]["environment"].items()}
        use = {}
        for name, value in env.items():
            if not name.startswith("PARLEY_"):
                use[name] = value
                continue
            key = env_to_key(name)
            self.assertIsNotNone(key, f"{name} maps to no configuration key")
            if key in PENDING_KEYS and key not in reference_keys():
                print(f"NOTE: {name} ({key}) is not in this build's configuration table yet; "
                      "left out of check-config", file=sys.stderr)
                continue
            use[name] = value
        # the image's configuration file is deploy/parleyd.properties
        r = check_config(EXAMPLE, use)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("metrics.listen=0.0.0.0:9464", r.stdout)


class Kubernetes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = load_k8s()
        cls.by_kind = {}
        for fname, d in cls.docs:
            cls.by_kind.setdefault(d["kind"], []).append(d)

    def one(self, kind):
        items = self.by_kind.get(kind, [])
        self.assertEqual(len(items), 1, f"expected one {kind}")
        return items[0]

    def deployment(self):
        return self.one("Deployment")

    def container(self):
        return self.deployment()["spec"]["template"]["spec"]["containers"][0]

    def configmap_props(self):
        cm = self.one("ConfigMap")
        self.assertIn("parleyd.properties", cm["data"])
        return cm["data"]["parleyd.properties"]

    def test_every_document_is_well_formed(self):
        self.assertTrue(self.docs)
        for fname, d in self.docs:
            self.assertIn("apiVersion", d, fname)
            self.assertIn("kind", d, fname)
            if d["kind"] != "Kustomization":
                self.assertTrue(d.get("metadata", {}).get("name"), f"{fname}: no metadata.name")

    def test_kustomization_lists_every_file(self):
        k = self.one("Kustomization")
        files = sorted(f for f in os.listdir(K8S)
                       if f.endswith((".yaml", ".yml")) and f != "kustomization.yaml")
        self.assertEqual(sorted(k["resources"]), files)

    def test_probes(self):
        c = self.container()
        ports = {p["name"]: p["containerPort"] for p in c["ports"]}
        for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
            get = c[probe]["httpGet"]
            self.assertEqual(get["path"], path)
            port = ports.get(get["port"], get["port"])
            self.assertEqual(port, 9464)
        listen = properties(self.configmap_props())["metrics.listen"]
        self.assertEqual(int(listen.rsplit(":", 1)[1]), ports["metrics"])
        self.assertFalse(listen.startswith("127."), "probes cannot reach a loopback listener")

    def test_resources_and_memory_bound(self):
        r = self.container()["resources"]
        for part in ("requests", "limits"):
            for res in ("cpu", "memory"):
                self.assertIn(res, r[part], f"resources.{part}.{res}")
        units = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30}
        m = re.match(r"^(\d+)(Ki|Mi|Gi)$", r["limits"]["memory"])
        limit = int(m.group(1)) * units[m.group(2)]
        props = properties(self.configmap_props())
        worst = int(props.get("processing.max.inflight", "2000")) * int(
            props.get("article.max.bytes", "1048576"))
        self.assertLess(worst, limit, "in-flight messages at their largest exceed the memory limit")

    def test_security_context(self):
        pod = self.deployment()["spec"]["template"]["spec"]
        self.assertTrue(pod["securityContext"]["runAsNonRoot"])
        self.assertNotEqual(pod["securityContext"].get("runAsUser", 0), 0)
        sc = self.container()["securityContext"]
        self.assertFalse(sc["allowPrivilegeEscalation"])
        self.assertTrue(sc["readOnlyRootFilesystem"])
        self.assertIn("ALL", sc["capabilities"]["drop"])

    def test_grace_period_exceeds_shutdown_timeout(self):
        grace = self.deployment()["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
        self.assertGreater(grace * 1000, shutdown_ms(properties(self.configmap_props())))

    def test_secret_and_configmap_references(self):
        secrets = {s["metadata"]["name"]: s for s in self.by_kind.get("Secret", [])}
        cms = {c["metadata"]["name"] for c in self.by_kind.get("ConfigMap", [])}
        env = {e["name"]: e for e in self.container().get("env", [])}
        self.assertIn("PARLEY_KAFKA_SASL_PASSWORD", env)
        ref = env["PARLEY_KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]
        self.assertIn(ref["name"], secrets)
        s = secrets[ref["name"]]
        self.assertIn(ref["key"], {**s.get("data", {}), **s.get("stringData", {})})
        for name in env:
            if name.startswith("PARLEY_"):
                self.assertIsNotNone(env_to_key(name), f"{name} maps to no key")
        pod = self.deployment()["spec"]["template"]["spec"]
        vols = {v["name"]: v for v in pod["volumes"]}
        mounts = {m["name"]: m for m in self.container()["volumeMounts"]}
        cfg = vols[[n for n in vols if "configMap" in vols[n]][0]]
        self.assertIn(cfg["configMap"]["name"], cms)
        args = self.container()["args"]
        path = args[args.index("-c") + 1]
        self.assertEqual(path, os.path.join(mounts[cfg["name"]]["mountPath"], "parleyd.properties"))
        # the password is not in the ConfigMap
        self.assertNotIn("sasl.password", self.configmap_props())

    def test_selectors_match(self):
        d = self.deployment()
        pod_labels = d["spec"]["template"]["metadata"]["labels"]
        sel = d["spec"]["selector"]["matchLabels"]
        self.assertTrue(sel.items() <= pod_labels.items())
        pdb = self.one("PodDisruptionBudget")
        pdb_sel = pdb["spec"]["selector"]["matchLabels"]
        self.assertTrue(pdb_sel.items() <= pod_labels.items(), "PDB selects no parleyd pod")
        self.assertTrue("maxUnavailable" in pdb["spec"] or "minAvailable" in pdb["spec"])
        for svc in self.by_kind.get("Service", []):
            self.assertTrue(svc["spec"]["selector"].items() <= pod_labels.items())
            names = {p["name"] for p in self.container()["ports"]}
            for p in svc["spec"]["ports"]:
                self.assertIn(p["targetPort"], names)

    def test_keda_scaler(self):
        so = self.one("ScaledObject")
        d = self.deployment()
        self.assertEqual(so["spec"]["scaleTargetRef"]["name"], d["metadata"]["name"])
        props = properties(self.configmap_props())
        trig = [t for t in so["spec"]["triggers"] if t["type"] == "kafka"][0]
        self.assertEqual(trig["metadata"]["consumerGroup"], props.get("consumer.group.id", "parley"))
        self.assertEqual(trig["metadata"]["topic"], props.get("topic.input", "articles"))
        self.assertEqual(trig["metadata"]["bootstrapServers"], props["kafka.bootstrap.servers"])
        ta = {t["metadata"]["name"]: t for t in self.by_kind.get("TriggerAuthentication", [])}
        auth = ta[trig["authenticationRef"]["name"]]
        secrets = {s["metadata"]["name"]: s for s in self.by_kind.get("Secret", [])}
        for ref in auth["spec"]["secretTargetRef"]:
            s = secrets[ref["name"]]
            self.assertIn(ref["key"], {**s.get("data", {}), **s.get("stringData", {})})
        self.assertGreaterEqual(so["spec"]["maxReplicaCount"], so["spec"]["minReplicaCount"])

    def test_configmap_passes_check_config(self):
        env = {"PARLEY_KAFKA_SASL_PASSWORD": "dummy"}
        for e in self.container().get("env", []):
            if "value" in e:
                env[e["name"]] = str(e["value"])
        with tempfile.NamedTemporaryFile("w", suffix=".properties", delete=False) as f:
            f.write(self.configmap_props())
            path = f.name
        try:
            r = check_config(path, env)
        finally:
            os.unlink(path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertNotIn("dummy", r.stdout)


class Dockerfile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(DEPLOY, "Dockerfile")) as f:
            text = f.read()
        # join continuation lines, drop comments
        text = re.sub(r"\\\n", " ", text)
        cls.lines = [l.strip() for l in text.splitlines() if l.strip() and not l.strip().startswith("#")]
        cls.stages = []
        for l in cls.lines:
            if l.upper().startswith("FROM "):
                cls.stages.append([l])
            elif cls.stages:
                cls.stages[-1].append(l)

    def test_two_stages(self):
        self.assertGreaterEqual(len(self.stages), 2)
        self.assertRegex(self.stages[0][0], r"(?i)^FROM debian:12 AS \w+")
        self.assertRegex(self.stages[-1][0], r"(?i)^FROM debian:12-slim")
        build = " ".join(self.stages[0])
        for pkg in ("librdkafka-dev", "libjansson-dev", "libmicrohttpd-dev", "libjemalloc-dev", "liblz4-dev", "cmake"):
            self.assertIn(pkg, build)
        self.assertTrue(any(re.match(r"(?i)^COPY --from=", l) for l in self.stages[-1]))
        # the daemon is the profile-guided build, and its training texts are in the context
        self.assertIn("deploy/pgo-build.sh", build)
        with open(os.path.join(DEPLOY, "Dockerfile.dockerignore")) as f:
            ignored = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        for need in ("service/extract/tests/cases.jsonl", "deploy/samples/articles.jsonl"):
            self.assertTrue(os.path.exists(os.path.join(ROOT, need)), need)
            for pat in ignored:
                self.assertFalse(need.startswith(pat.rstrip("/") + "/") or need == pat, (need, pat))

    def test_runtime_is_slim_and_non_root(self):
        rt = " ".join(self.stages[-1])
        for pkg in ("librdkafka1", "libjansson4", "libcurl4", "libmicrohttpd12", "libgumbo1", "libjemalloc2",
                    "liblz4-1"):
            self.assertIn(pkg, rt)
        self.assertNotRegex(rt, r"\S+-dev\b", "a -dev package in the runtime stage")
        users = [l.split()[1] for l in self.stages[-1] if l.upper().startswith("USER ")]
        self.assertTrue(users, "no USER in the runtime stage")
        user = users[-1].split(":")[0]
        self.assertNotIn(user, ("root", "0"))
        # Kubernetes runAsNonRoot verifies a numeric user: the same UID as the manifests
        with open(os.path.join(K8S, "deployment.yaml")) as f:
            dep = yaml.safe_load(f)
        self.assertEqual(int(user), dep["spec"]["template"]["spec"]["securityContext"]["runAsUser"])

    def test_healthcheck_and_entrypoint(self):
        rt = self.stages[-1]
        hc = [l for l in rt if l.upper().startswith("HEALTHCHECK ")]
        self.assertTrue(hc and "/healthz" in hc[0])
        self.assertTrue(any(l.upper().startswith("ENTRYPOINT") and "parleyd" in l for l in rt))
        self.assertTrue(any(l.upper().startswith("EXPOSE") and "9464" in l for l in rt))
        # the COPY'd configuration exists
        for l in rt:
            m = re.match(r"(?i)^COPY (?!--from)(\S+) ", l)
            if m:
                self.assertTrue(os.path.exists(os.path.join(ROOT, m.group(1))), m.group(1))


class Systemd(unittest.TestCase):
    UNIT = os.path.join(DEPLOY, "systemd", "parleyd.service")

    def parse(self):
        cp = configparser.ConfigParser(strict=False, interpolation=None)
        cp.optionxform = str
        with open(self.UNIT) as f:
            cp.read_file(f)
        return cp

    def test_unit_settings(self):
        cp = self.parse()
        s = cp["Service"]
        self.assertEqual(s["Type"], "simple")
        self.assertEqual(s["Restart"], "on-failure")
        self.assertEqual(s["KillSignal"], "SIGTERM")
        self.assertTrue(s.get("DynamicUser") == "yes" or s.get("User"))
        self.assertEqual(s.get("NoNewPrivileges"), "yes")
        self.assertIn("ProtectSystem", s)
        stop = duration_s(s["TimeoutStopSec"])
        with open(EXAMPLE) as f:
            self.assertGreater(stop * 1000, shutdown_ms(properties(f.read())))
        self.assertTrue(s["ExecStart"].split()[0].endswith("/parleyd"))
        self.assertIn("WantedBy", cp["Install"])

    def test_systemd_analyze_verify(self):
        tool = shutil.which("systemd-analyze")
        if not tool:
            self.skipTest("systemd-analyze not available (the ini parse above ran)")
        if not os.access(PARLEYD, os.X_OK):
            self.skipTest(f"{PARLEYD} not built")
        with tempfile.TemporaryDirectory() as d:
            with open(self.UNIT) as f:
                unit = f.read().replace("/usr/local/bin/parleyd", os.path.abspath(PARLEYD))
            path = os.path.join(d, "parleyd.service")
            with open(path, "w") as f:
                f.write(unit)
            r = subprocess.run([tool, "verify", "--man=no", path], capture_output=True,
                               text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)


class Docs(unittest.TestCase):
    def test_man_page_renders(self):
        page = os.path.join(ROOT, "docs", "parleyd.1")
        with open(page) as f:
            text = f.read()
        for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "CONFIGURATION",
                        "SIGNALS", "EXIT STATUS", "FILES", "EXAMPLES"):
            self.assertRegex(text, r'(?m)^\.SH "?' + section + r'"?$', section)
        groff = shutil.which("groff")
        if not groff:
            self.skipTest("groff not available")
        r = subprocess.run([groff, "-man", "-Tutf8", "-ww", "-z", page], capture_output=True,
                           text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr.strip(), "", r.stderr)

    def test_metrics_documented(self):
        with open(os.path.join(ROOT, "service", "metrics.c")) as f:
            src = f.read()
        with open(os.path.join(ROOT, "docs", "metrics.md")) as f:
            doc = f.read()
        found = set(re.findall(r'"(parley_[a-z_]+)', src))
        names = {re.sub(r"_(bucket|sum|count)$", "", n) if re.sub(r"_(bucket|sum|count)$", "", n)
                 in found else n for n in found}
        self.assertTrue(names)
        missing = sorted(n for n in names if f"`{n}`" not in doc)
        self.assertEqual(missing, [], "metrics missing from docs/metrics.md")


if __name__ == "__main__":
    if not os.access(PARLEYD, os.X_OK):
        print(f"test_deploy: {PARLEYD} is not an executable; set PARLEYD", file=sys.stderr)
        sys.exit(1)
    unittest.main(verbosity=2)
