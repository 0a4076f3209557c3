#!/usr/bin/env python3
"""IRLearn load harness: creates data through the public API, runs wrk scenarios, prints figures and ratios.

Used by run.sh, which builds and starts the app. Standard library only, so it runs wherever wrk and python3 do.

    load.py run --url http://127.0.0.1:5000 --label after --out after.json [--quick]
    load.py table before.json after.json   # one column per run, then after/before
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
ADMIN = ("admin@irlearn.test", "Demo-Pass-2026")  # the demo seed's administrator (seed/demo/demo-data.json)
PASSWORD = "Load-Pass-2026"
TEXT_TYPES = (3, 5)  # FillInBlank and ShortAnswer: a new text is always a real write


class Api:
    """One keep-alive connection per thread; JSON in and out, bearer token or cookies."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.local = threading.local()

    def conn(self):
        if getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        return self.local.conn

    def call(self, method, path, body=None, token=None, headers=None, raw=None, expect=(200, 201, 204)):
        hdrs = dict(headers or {})
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        if token:
            hdrs["Authorization"] = "Bearer " + token
        for retry in range(2):
            try:
                c = self.conn()
                c.request(method, path, body=data, headers=hdrs)
                r = c.getresponse()
                payload = r.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.local.conn = None
                if retry:
                    raise
        if expect and r.status not in expect:
            raise RuntimeError(f"{method} {path} -> {r.status}: {payload[:300]!r}")
        ctype = r.getheader("Content-Type") or ""
        value = json.loads(payload) if payload and "json" in ctype else payload.decode(errors="replace")
        return r.status, r, value

    def token(self, email, password):
        return self.call("POST", "/api/v1/auth/token", {"email": email, "password": password})[2]["accessToken"]

    def register_student(self, email, name):
        """The public registration page, as a browser posts it (antiforgery token and cookie)."""
        c = http.client.HTTPConnection(self.host, self.port, timeout=120)
        c.request("GET", "/Account/Register")
        r = c.getresponse()
        html = r.read().decode()
        cookies = "; ".join(h.split(";")[0] for k, h in r.getheaders() if k.lower() == "set-cookie")
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html) or re.search(
            r'value="([^"]+)" name="__RequestVerificationToken"', html) or re.search(
            r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', html)
        form = urllib.parse.urlencode({"Input.DisplayName": name, "Input.Email": email, "Input.Password": PASSWORD,
                                       "__RequestVerificationToken": token.group(1)})
        c.request("POST", "/Account/Register", body=form,
                  headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies})
        r = c.getresponse()
        r.read()
        c.close()
        if r.status != 302:
            raise RuntimeError(f"registering {email} -> {r.status}")


def pool(fn, items, workers=4):
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        return list(ex.map(fn, items))


def questions():
    """Twenty questions, every type; original wording about invented places, so they share nothing with the corpus."""
    qs = []
    for i in range(3):
        qs.append({"type": 0, "stem": f"Which body of the Velmar accord meets every {i + 2} years?",
                   "options": [{"text": "The assembly", "isCorrect": True}, {"text": "The court", "isCorrect": False},
                               {"text": "The bank", "isCorrect": False}]})
        qs.append({"type": 1, "stem": f"Which states signed protocol {i + 1} of the Velmar accord?",
                   "options": [{"text": "Ostria", "isCorrect": True}, {"text": "Pelland", "isCorrect": True},
                               {"text": "Quoravia", "isCorrect": False}]})
        qs.append({"type": 2, "stem": f"The Velmar accord had {i + 5} founding members.",
                   "options": [{"text": "True", "isCorrect": i == 0}, {"text": "False", "isCorrect": i != 0}]})
        qs.append({"type": 3, "stem": f"The Velmar accord's secretariat sits in _____ (clue {i + 1}).",
                   "acceptedAnswers": ["Tessaly"]})
        qs.append({"type": 4, "stem": f"In which year did round {i + 1} of the Velmar talks open?",
                   "numericValue": 1990 + i, "numericTolerance": 0})
        qs.append({"type": 5, "stem": f"Name the treaty that round {i + 1} of the talks produced.",
                   "acceptedAnswers": ["Velmar accord"]})
        if i < 2:
            qs.append({"type": 6, "stem": f"Match each delegation to its capital (set {i + 1}).",
                       "pairs": [{"left": "Ostria", "right": "Amsel"}, {"left": "Pelland", "right": "Brisk"},
                                 {"left": "Quoravia", "right": "Corro"}]})
    assert len(qs) == 20
    return qs


def first_answer(q):
    """A valid answer to any question as the attempt shows it."""
    kind, answer = q["type"], {"number": q["number"]}
    if kind in (0, 2):
        answer["options"] = [0]
    elif kind == 1:
        answer["options"] = [0, 1]
    elif kind == 4:
        answer["text"] = "1991"
    elif kind == 6:
        answer["matches"] = list(range(len(q["matchRight"])))
    else:
        answer["text"] = "Tessaly"
    return answer


def decided_answer(q):
    """An answer the grader decides on its own: a short answer that matches no accepted text waits for a manual score,
    and an attempt waiting for one is not graded at submit (so it would move no board)."""
    answer = first_answer(q)
    if q["type"] == 5:
        answer["text"] = "Velmar accord"
    return answer


def answer_all(api, token, assignment, answer=first_answer):
    """Starts (or resumes) the student's attempt and answers every question once, as a student midway through."""
    attempt = api.call("POST", f"/api/v1/learn/assignments/{assignment}/attempts", token=token)[2]["attemptId"]
    shown = api.call("GET", f"/api/v1/learn/attempts/{attempt}", token=token)[2]
    api.call("PUT", f"/api/v1/learn/attempts/{attempt}/answers", [answer(q) for q in shown["questions"]], token=token)
    return attempt, shown


def setup(api, classes, log):
    t0 = time.time()
    admin = api.token(*ADMIN)
    stamp = datetime.now(timezone.utc).strftime("%H%M%S")
    instructor_email = f"load-instructor-{stamp}@irlearn.test"
    api.call("POST", "/api/v1/users/instructors",
             {"email": instructor_email, "displayName": "Load Instructor", "password": PASSWORD}, token=admin)
    teacher = api.token(instructor_email, PASSWORD)

    article = open(os.path.join(ROOT, "seed", "articles", "01-kazakhstan-foreign-policy.txt")).read()
    imports = []
    for n in range(3):
        started = time.perf_counter()
        _, _, imported = api.call("POST", "/api/v1/articles/text", {"title": f"Load article {n}", "text": article}, token=teacher)
        imports.append((time.perf_counter() - started) * 1000)
    lesson = imported["lessonId"]
    ids = [api.call("POST", f"/api/v1/lessons/{lesson}/questions", q, token=teacher)[2]["id"] for q in questions()]
    api.call("POST", "/api/v1/questions/review", {"questionIds": ids, "decision": 0}, token=teacher)
    quiz = api.call("POST", "/api/v1/quizzes", {"title": "Load quiz", "description": "Twenty questions"}, token=teacher)[2]["id"]
    api.call("POST", f"/api/v1/quizzes/{quiz}/questions", {"questionIds": ids, "points": 1}, token=teacher)
    api.call("POST", f"/api/v1/quizzes/{quiz}/publish", token=teacher)

    now = datetime.now(timezone.utc)
    window = {"opensAt": (now - timedelta(hours=1)).isoformat(), "dueAt": (now + timedelta(days=7)).isoformat()}
    data = {"teacher": teacher, "teacher_email": instructor_email, "words": len(article.split()), "import_ms": imports, "classes": {}}
    for size in classes:
        room = api.call("POST", "/api/v1/classrooms", {"name": f"Load class of {size}"}, token=teacher)[2]["id"]
        code = api.call("GET", f"/api/v1/classrooms/{room}", token=teacher)[2]["joinCode"]
        assignments = {kind: api.call("POST", f"/api/v1/classrooms/{room}/assignments",
                                      dict(window, quizId=quiz, title=f"{kind} {size}"), token=teacher)[2]["id"]
                       for kind in ("save", "burst1", "burst2", "burst3", "spread")}

        def student(i, size=size, code=code, save=assignments["save"]):
            email = f"load-{stamp}-{size}-{i}@students.irlearn.test"
            api.register_student(email, f"Load student {size}-{i}")
            token = api.token(email, PASSWORD)
            api.call("POST", "/api/v1/learn/classrooms/join", {"code": code}, token=token)
            # A student midway through: every question answered once, so a save works on a full attempt.
            attempt, shown = answer_all(api, token, save)
            texts = [q["number"] for q in shown["questions"] if q["type"] in TEXT_TYPES]
            return {"email": email, "token": token, "attempt": attempt, "texts": texts}

        students = pool(student, range(size))
        data["classes"][str(size)] = {"room": room, "assignments": assignments, "students": students}
        log(f"  class of {size}: {len(students)} students with an attempt each ({time.time() - t0:.0f} s)")
    return data


class Runtime:
    """The server's own CPU time and allocations around a scenario (the measurement endpoint)."""

    def __init__(self, api):
        self.api = api

    def read(self):
        return self.api.call("GET", "/api/v1/load/runtime")[2]

    @staticmethod
    def per_request(before, after, requests):
        n = max(requests, 1)
        return {"cpu_ms_per_req": (after["cpuMilliseconds"] - before["cpuMilliseconds"]) / n,
                "kb_per_req": (after["allocatedBytes"] - before["allocatedBytes"]) / n / 1024,
                "gen0": after["gen0"] - before["gen0"], "gen1": after["gen1"] - before["gen1"]}


def wrk(url, path, connections, seconds, runtime, token=None, script="read.lua", args=()):
    threads = min(2, connections)
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
           "-s", os.path.join(HERE, script)]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    cmd += [url + path]
    if args:
        cmd += ["--", *map(str, args), str(threads)]
    before = runtime.read()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    after = runtime.read()
    line = next(l for l in out.splitlines() if l.startswith("WRKJSON "))
    result = json.loads(line[len("WRKJSON "):])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result.update(Runtime.per_request(before, after, result["requests"]))
    return result


def save_file(students, directory, name):
    """One line per attempt: token, attempt, the numbers of its text questions (read by save.lua)."""
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        for s in students:
            f.write(f"{s['token']} {s['attempt']} {','.join(map(str, s['texts']))}\n")
    return path


def starts(api, pairs, seconds, runtime):
    """Releases each start at its own instant, evenly over `seconds`, each on its own open connection;
    latency runs from the planned instant, so a server that queues shows it. The server's CPU and allocation per
    start say whether a burst waits on the processor or on something else (the database's one writer, the queue)."""
    results = [None] * len(pairs)
    conns = []
    for _ in pairs:
        c = http.client.HTTPConnection(api.host, api.port, timeout=60)
        c.connect()
        conns.append(c)
    before = runtime.read()
    t0 = time.perf_counter() + 0.5

    def go(i):
        token, assignment = pairs[i]
        planned = t0 + seconds * i / len(pairs)
        time.sleep(max(0, planned - time.perf_counter()))
        try:
            conns[i].request("POST", f"/api/v1/learn/assignments/{assignment}/attempts", body=b"",
                             headers={"Authorization": "Bearer " + token, "Content-Length": "0"})
            r = conns[i].getresponse()
            r.read()
            status = r.status
        except Exception as e:  # a refused or dropped connection counts as an error, not a crash of the harness
            status = type(e).__name__
        results[i] = (status, (time.perf_counter() - planned) * 1000)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(len(pairs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cost = Runtime.per_request(before, runtime.read(), len(pairs))
    for c in conns:
        c.close()
    latencies = sorted(ms for _, ms in results)
    ok = sum(1 for s, _ in results if s in (200, 201))
    statuses = {}
    for s, _ in results:
        statuses[str(s)] = statuses.get(str(s), 0) + 1
    return {"n": len(pairs), "ok": ok, "statuses": statuses, "p50_ms": latencies[len(latencies) // 2],
            "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "max_ms": latencies[-1], **cost}


def starts_scenarios(api, small, large, runtime, r, label, log):
    """Every student starts the "spread" assignment, evenly over 10 s; then the three "burst" ones within one second."""
    log(f"[{label}] start-attempt: spread, then burst")
    spread = [(s["token"], cls["assignments"]["spread"]) for cls in (small, large) for s in cls["students"]]
    r["start_spread"] = starts(api, spread, 10, runtime)
    burst = [(s["token"], cls["assignments"][k]) for k in ("burst1", "burst2", "burst3")
             for cls in (small, large) for s in cls["students"]]
    r["start_burst"] = starts(api, burst, 1, runtime)


def signalr(api, url, tool, cls, teacher_email, connections, grades, directory, refresh=False):
    """Open leaderboards: `connections` SignalR connections among the class's students and its instructor (a few tabs
    each: the class is smaller than the hall), following the class's boards; then `grades` first attempts of the class
    are submitted one at a time and each connection's first "board changed" is timestamped (tools/load/SignalRLoad)."""
    students = cls["students"]
    # The grades are submits of answered first attempts, as students hand in a quiz: the "spread" attempts (started by
    # the start-attempt scenario, never submitted), answered now, before the boards open.
    for s in students[-grades:]:
        answer_all(api, s["token"], cls["assignments"]["spread"], decided_answer)
    spec = {"classroomId": cls["room"], "password": PASSWORD,
            "listeners": [s["email"] for s in students] + [teacher_email], "connections": connections,
            "triggers": [{"email": s["email"], "assignmentId": cls["assignments"]["spread"]} for s in students[-grades:]]}
    if refresh:
        # Each board then fetches its page again, as leaderboard.js does; a full hall's fetches take a while.
        spec.update(refreshPath=f"/Leaderboards/Classroom/{cls['room']}", roundTimeoutSeconds=120)
    path = os.path.join(directory, "signalr.json")
    with open(path, "w") as f:
        json.dump(spec, f)
    out = subprocess.run(["dotnet", tool, "--url", url, "--spec", path], capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        raise RuntimeError(f"SignalRLoad exited {out.returncode}")
    line = next(l for l in out.stdout.splitlines() if l.startswith("SIGNALRJSON "))
    return json.loads(line[len("SIGNALRJSON "):])


def run(args):
    log = lambda m: print(m, file=sys.stderr, flush=True)
    api = Api(args.url)
    runtime = Runtime(api)
    sizes = (10, 100) if args.quick else (30, 300)
    secs = args.seconds
    log(f"[{args.label}] creating data through the API")
    data = setup(api, sizes, log)
    small, large = (data["classes"][str(s)] for s in sizes)
    everyone = small["students"] + large["students"]
    work = tempfile.mkdtemp(prefix="irlearn-load-")
    r = {"label": args.label, "sizes": sizes, "words": data["words"], "import_ms": statistics.median(data["import_ms"])}
    teacher = data["teacher"]
    student_token = everyone[0]["token"]

    if args.starts_only:
        starts_scenarios(api, small, large, runtime, r, args.label, log)
        with open(args.out, "w") as f:
            json.dump(r, f, indent=1)
        log(f"[{args.label}] done (starts only): {args.out}")
        return

    log(f"[{args.label}] floors")
    r["bare"] = wrk(args.url, "/api/v1/load/bare", 16, secs, runtime)
    r["write"] = wrk(args.url, "/api/v1/load/write", 16, secs, runtime, token=student_token, script="write.lua")

    log(f"[{args.label}] saves")
    all_file = save_file(everyone, work, "all.txt")
    for c in (1, 16, 64):
        r[f"save_c{c}"] = wrk(args.url, "", c, secs, runtime, script="save.lua", args=[all_file])
    for name, cls in (("small", small), ("large", large)):
        # 8 connections: fewer than each wrk thread's share of a small class, so no two saves meet on one attempt.
        r[f"save_{name}"] = wrk(args.url, "", 8, secs, runtime, script="save.lua",
                                args=[save_file(cls["students"], work, f"{name}.txt")])

    if args.saves_only:
        with open(args.out, "w") as f:
            json.dump(r, f, indent=1)
        log(f"[{args.label}] done (saves only): {args.out}")
        return

    starts_scenarios(api, small, large, runtime, r, args.label, log)

    log(f"[{args.label}] submitting every save attempt, then reads at 1x and 10x")
    pool(lambda s: api.call("POST", f"/api/v1/learn/attempts/{s['attempt']}/submit", {}, token=s["token"]), everyone)
    paths = {name: {"gradebook": f"/api/v1/grading/classrooms/{cls['room']}/gradebook",
                    "csv": f"/api/v1/grading/classrooms/{cls['room']}/gradebook.csv",
                    "items": f"/api/v1/grading/assignments/{cls['assignments']['save']}/item-analysis",
                    "board": f"/api/v1/leaderboards/classrooms/{cls['room']}",
                    # The same number of rows on both sides (the small class's size): what a 10x class costs to rank,
                    # apart from the longer default page (50 rows against 30) it shows.
                    "boardpage": f"/api/v1/leaderboards/classrooms/{cls['room']}?pageSize={sizes[0]}"}
             for name, cls in (("small", small), ("large", large))}
    for name in paths:
        for path in paths[name].values():
            api.call("GET", path, token=teacher)  # refuse to measure an endpoint that fails
    # The two sides of a 10x / 1x ratio run back to back, in alternating order over the rounds, and each figure is
    # the round with the median time: on a shared box the load swings within seconds, and this keeps a swing from
    # landing on one side of a ratio only.
    samples = {}
    for round_ in range(args.read_rounds):
        for key in ("gradebook", "csv", "items", "board", "boardpage"):
            for name in (("small", "large") if round_ % 2 == 0 else ("large", "small")):
                samples.setdefault(f"{key}_{name}", []).append(wrk(args.url, paths[name][key], 4, secs, runtime, token=teacher))
    for k, runs in samples.items():
        r[k] = dict(sorted(runs, key=lambda x: x["mean_us"])[len(runs) // 2], rounds=len(runs))

    if args.signalr_tool:
        connections = args.connections or (200 if args.quick else 1000)
        log(f"[{args.label}] SignalR: {connections} open leaderboards, {3 if args.quick else 5} grades")
        r["signalr"] = signalr(api, args.url, args.signalr_tool, large, data["teacher_email"], connections,
                               3 if args.quick else 5, work, args.board_refresh)
    log(f"[{args.label}] gradebook CSV right after a change, at 1x and 10x")
    for name, cls in (("small", small), ("large", large)):
        r[f"csvchanged_{name}"] = export_after_change(api, runtime, teacher, paths[name]["csv"], cls["students"], 5 if args.quick else 15)
    with open(args.out, "w") as f:
        json.dump(r, f, indent=1)
    log(f"[{args.label}] done: {args.out}")


def export_after_change(api, runtime, teacher, csv_path, students, times):
    """The first export after a grade changed: the instructor overrides one student's score, then exports once. A build
    that keeps files made under an unchanged gradebook (ADR 23) must build this one afresh; wrk's repeated exports
    above measure the file served again. Median wall time of `times`, and the server's CPU and allocation per export."""
    walls, cpu, kb = [], 0.0, 0.0
    for i in range(times):
        s = students[i % len(students)]
        api.call("POST", f"/api/v1/grading/attempts/{s['attempt']}/override",
                 {"score": 1 + i % 3, "reason": "Load harness: a grade changed before the export"}, token=teacher)
        before = runtime.read()
        started = time.perf_counter()
        api.call("GET", csv_path, token=teacher)
        walls.append((time.perf_counter() - started) * 1e6)
        cost = Runtime.per_request(before, runtime.read(), 1)
        cpu += cost["cpu_ms_per_req"] / times
        kb += cost["kb_per_req"] / times
    return {"mean_us": statistics.median(walls), "cpu_ms_per_req": cpu, "kb_per_req": kb, "n": times}


ROWS = [
    # (label, key, field, format)
    ("bare JSON endpoint, req/s (c=16)", "bare", "rps", "{:.0f}"),
    ("one-row EF UPDATE endpoint, req/s (c=16)", "write", "rps", "{:.0f}"),
    ("save, req/s (c=1)", "save_c1", "rps", "{:.0f}"),
    ("save, req/s (c=16)", "save_c16", "rps", "{:.0f}"),
    ("save, req/s (c=64)", "save_c64", "rps", "{:.0f}"),
    ("save, p99 ms (c=1)", "save_c1", "p99_us", "ms"),
    ("save, p99 ms (c=16)", "save_c16", "p99_us", "ms"),
    ("save, p99 ms (c=64)", "save_c64", "p99_us", "ms"),
    ("save, server CPU ms per save (c=16)", "save_c16", "cpu_ms_per_req", "{:.2f}"),
    ("save, KB allocated per save (c=16)", "save_c16", "kb_per_req", "{:.0f}"),
    ("one-row write, server CPU ms per request", "write", "cpu_ms_per_req", "{:.2f}"),
    ("one-row write, KB allocated per request", "write", "kb_per_req", "{:.0f}"),
    ("save, non-2xx or socket errors (all runs)", None, "save_errors", "{:.0f}"),
    ("save, req/s, small class (c=8)", "save_small", "rps", "{:.0f}"),
    ("save, req/s, large class (c=8)", "save_large", "rps", "{:.0f}"),
    ("start spread over 10 s: ok / n", "start_spread", "okn", "s"),
    ("start spread: p99 ms", "start_spread", "p99_ms", "{:.0f}"),
    ("start burst in 1 s: ok / n", "start_burst", "okn", "s"),
    ("start burst: p50 ms", "start_burst", "p50_ms", "{:.0f}"),
    ("start burst: p99 ms", "start_burst", "p99_ms", "{:.0f}"),
    ("start spread: server CPU ms per start", "start_spread", "cpu_ms_per_req", "{:.2f}"),
    ("start burst: server CPU ms per start", "start_burst", "cpu_ms_per_req", "{:.2f}"),
    ("start burst: KB allocated per start", "start_burst", "kb_per_req", "{:.0f}"),
]
# (what, field, format) of the SignalR client tool's summary, each row labelled "SignalR: <what>".
SIGNALR_ROWS = [(f"SignalR: {what}", "signalr", field, f) for what, field, f in (
    ("leaderboard connections open / asked", "openasked", "s"),
    ("seconds to open them all", "openSeconds", "{:.1f}"),
    ("notifications received / expected (connections x grades)", "received", "s"),
    ("received within 1 s of the grade request / expected", "within", "s"),
    ("p50 ms from the grade request", "p50Ms", "{:.0f}"),
    ("p99 ms from the grade request", "p99Ms", "{:.0f}"),
    ("max ms from the grade request", "maxMs", "{:.0f}"),
    ("grade request answered, median ms", "acknowledgedMedianMs", "{:.0f}"),
    ("boards fetched again / failed (--board-refresh)", "refreshed", "s"),
    ("board fetched again, p50 ms from the grade request", "refreshP50", "{:.0f}"),
    ("board fetched again, p99 ms from the grade request", "refreshP99", "{:.0f}"),
    ("board fetched again, max ms from the grade request", "refreshMax", "{:.0f}"),
)]
for key, what in (("gradebook", "gradebook API"), ("csv", "gradebook CSV"), ("items", "item analysis"), ("board", "class leaderboard API"),
                  ("boardpage", "class leaderboard API, same rows shown")):
    ROWS.append((f"{what}, mean ms, 1x", f"{key}_small", "mean_us", "ms"))
    ROWS.append((f"{what}, mean ms, 10x", f"{key}_large", "mean_us", "ms"))
for size in ("1x", "10x"):
    key = f"csvchanged_{'small' if size == '1x' else 'large'}"
    ROWS.append((f"gradebook CSV right after a grade changed, median ms, {size}", key, "mean_us", "ms"))
    ROWS.append((f"gradebook CSV right after a grade changed, server CPU ms, {size}", key, "cpu_ms_per_req", "{:.2f}"))
    ROWS.append((f"gradebook CSV, server CPU ms per request, {size}", f"csv_{'small' if size == '1x' else 'large'}", "cpu_ms_per_req", "{:.2f}"))
ROWS.append(("import of a ~1,000-word article, ms (median of 3)", None, "import_ms", "{:.0f}"))
ROWS.extend(SIGNALR_ROWS)


def value(r, key, field):
    if key is None:
        if field == "save_errors":
            saves = [r[k]["errors"] for k in r if k.startswith("save_")]
            return sum(saves) if saves else "-"  # a run without saves (--starts-only)
        return r[field]
    if key not in r:
        return "-"  # a run without that scenario (SignalR: without --signalr-tool)
    x = r[key]
    if field == "openasked":
        return f"{x['open']} / {x['asked']}"
    if field == "received":
        return f"{x['received']} / {x['expected']}"
    if field.startswith("refresh"):
        fetches = x.get("refresh")
        if not fetches:
            return "-"  # the boards were not fetched again (without --board-refresh)
        if field == "refreshed":
            return f"{fetches['refreshed']} / {fetches['failed']}"
        return fetches[{"refreshP50": "p50Ms", "refreshP99": "p99Ms", "refreshMax": "maxMs"}[field]]
    if field == "within":
        return f"{x['withinOneSecond']} / {x['expected']}"
    if field == "okn":
        return f"{x['ok']} / {x['n']}"
    return x.get(field, "-")  # a figure an earlier harness did not record


def fmt(v, f):
    if isinstance(v, str):
        return v
    return f"{v / 1000:.1f}" if f == "ms" else f.format(v)


def ratios(r):
    """The ratios issue 16 judges, all from one run's own figures."""
    s = r["sizes"]
    return ([
        ("save / one-row write (c=16), target >= 0.5", r["save_c16"]["rps"] / r["write"]["rps"]),
        ("save / bare endpoint (c=16)", r["save_c16"]["rps"] / r["bare"]["rps"]),
        (f"save rate, {s[1]}- / {s[0]}-student class, target 0.9-1.1", r["save_large"]["rps"] / r["save_small"]["rps"]),
    ] if "save_c16" in r else []) + ([("start p99: burst / spread", r["start_burst"]["p99_ms"] / max(r["start_spread"]["p99_ms"], 0.001))]
         if "start_burst" in r else []
         ) + [(f"{what}: 10x / 1x time, target <= 1.5", r[f"{key}_large"]["mean_us"] / r[f"{key}_small"]["mean_us"])
              for key, what in (("gradebook", "gradebook API"), ("csv", "gradebook CSV"), ("items", "item analysis"), ("board", "class leaderboard API"),
                                ("boardpage", "class leaderboard API, same rows shown"), ("csvchanged", "gradebook CSV right after a grade changed"))
              if f"{key}_large" in r
              ] + ([("SignalR: share received within 1 s of the grade request, target >= 0.99",
                r["signalr"]["withinOneSecond"] / r["signalr"]["expected"])] if "signalr" in r else [])


def table(args):
    runs = [json.load(open(p)) for p in args.files]
    head = "| figure | " + " | ".join(r["label"] for r in runs) + (" | last / first |" if len(runs) > 1 else " |")
    lines = [head, "|---" * (len(runs) + 1 + (len(runs) > 1)) + "|"]
    for label, key, field, f in ROWS:
        vals = [value(r, key, field) for r in runs]
        if all(v == "-" for v in vals):
            continue  # a scenario no run of the table measured
        cells = [fmt(v, f) for v in vals]
        change = ""
        if len(runs) > 1:
            change = f" | {vals[-1] / vals[0]:.2f}" if all(isinstance(v, (int, float)) for v in vals) and vals[0] else " | "
        lines.append(f"| {label} | " + " | ".join(cells) + change + " |")
    lines.append("")
    lines.append("| ratio within one run | " + " | ".join(r["label"] for r in runs) + " |")
    lines.append("|---" * (len(runs) + 1) + "|")
    per_run = [dict(ratios(r)) for r in runs]
    for label in dict.fromkeys(label for pr in per_run for label in pr):
        lines.append(f"| {label} | " + " | ".join((f"{pr[label]:.3f}" if "share" in label else f"{pr[label]:.2f}") if label in pr else "-" for pr in per_run) + " |")
    print("\n".join(lines))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--url", required=True)
    r.add_argument("--label", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--seconds", type=int, default=8)
    r.add_argument("--quick", action="store_true", help="small classes and 3 s runs, to check the harness itself")
    r.add_argument("--read-rounds", type=int, default=1, help="measure each read at 1x and 10x this many times (median)")
    r.add_argument("--signalr-tool", help="SignalRLoad.dll (tools/load/SignalRLoad); without it the SignalR scenario is skipped")
    r.add_argument("--connections", type=int, help="open leaderboard connections (default 1000, 200 with --quick)")
    r.add_argument("--saves-only", action="store_true", help="the data, the floors and the saves; no starts, reads or SignalR")
    r.add_argument("--starts-only", action="store_true", help="the data and the start-attempt scenarios; no floors, saves, reads or SignalR")
    r.add_argument("--board-refresh", action="store_true", help="each board fetches its page again after a change, as the page does")
    t = sub.add_parser("table")
    t.add_argument("files", nargs="+")
    a = p.parse_args()
    (run if a.cmd == "run" else table)(a)


if __name__ == "__main__":
    main()
