#!/usr/bin/env python3
"""Repeats the attacks of issue 13 (items 1-4 and 9) against a running Samordna, as a hostile user
and an anonymous client would, and says for each whether it still works. Started by scripts/attack,
which builds and starts the server; see docs/security.md.

Usage: attack.py BASE_URL SERVER_PID ADMIN_PASSWORD ATTACKER_PASSWORD
"""
import http.client
import re
import socket
import sys
import threading
import time
import urllib.parse

BASE, PID, ADMIN_PASSWORD, ATTACKER_PASSWORD = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port
RESULTS = []


def report(item, ok, text):
    RESULTS.append(ok)
    print(f"{'held ' if ok else 'FAILED'}  {item}: {text}", flush=True)


class Browser:
    """Cookies and the CSRF token of the last page, one request per connection."""

    def __init__(self):
        self.cookies = {}
        self.token = None

    def request(self, method, path, body=None, content_type=None, headers=None):
        connection = http.client.HTTPConnection(HOST, PORT, timeout=120)
        all_headers = dict(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            all_headers["Content-Type"] = content_type
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";")[0]
                key, _, cookie = pair.partition("=")
                if "Max-Age=0" in value or "01 Jan 1970" in value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = cookie
        text = data.decode("utf-8", "replace")
        match = re.search(r'name="_csrf" value="([0-9a-f]+)"', text)
        if match:
            self.token = match.group(1)
        connection.close()
        return response.status, response.getheaders(), text

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        fields = dict(fields)
        fields["_csrf"] = self.token
        return self.request("POST", path, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")

    def upload(self, path, fields, field, filename, data):
        boundary = "samordna-attack"
        parts = [("_csrf", self.token)] + list(fields.items())
        body = b""
        for name, value in parts:
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        body += f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'.encode()
        body += b"Content-Type: application/pdf\r\n\r\n" + data + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", path, body, f"multipart/form-data; boundary={boundary}")

    def login(self, username, password, next_path=None):
        self.get("/logga-in")
        path = "/logga-in" + (f"?next={next_path}" if next_path else "")
        return self.post(path, {"username": username, "password": password})


def rss_megabytes():
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


def busy_pdf():
    """One page that repeats a line of text at the same place 16 000 times: pdftotext needs minutes."""
    stream = b"BT /F1 10 Tf 72 700 Td (Styrelsen beslutar att godkanna budgeten) Tj ET\n" * 16000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return pdf + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def new_board_meeting(browser, date, place):
    _, _, form = browser.get("/f/bjorkadalen/moten/nytt")
    body_id = re.search(r'<option value="([0-9A-F-]{36})"[^>]*>Styrelsen', form).group(1)
    status, headers, _ = browser.post("/f/bjorkadalen/moten/nytt", {"bodyID": body_id, "date": date, "startsAt": "09:00", "place": place})
    location = dict((k.lower(), v) for k, v in headers).get("location")
    if status != 303 or not location:
        raise SystemExit(f"could not plan a meeting ({status})")
    return location


# Item 1: an association's administrator tries to take over the system administrator.
attacker = Browser()
attacker.login("chef", ATTACKER_PASSWORD)
_, _, users = attacker.get("/f/bjorkadalen/anvandare")
admin_id = re.search(r'/f/bjorkadalen/anvandare/([0-9A-F-]{36})/andra">admin<', users).group(1)
edit = f"/f/bjorkadalen/anvandare/{admin_id}/andra"
status_form, _, _ = attacker.get(edit)
status_post, _, _ = attacker.post(edit, {"displayName": "Övertagen", "password": "attackerns-lösenord", "role_administrator": "on"})
status_link, _, _ = attacker.post(f"/f/bjorkadalen/anvandare/{admin_id}/losenordslank", {})
taken = Browser().login("admin", "attackerns-lösenord")[0] == 303
still = Browser().login("admin", ADMIN_PASSWORD)[0] == 303
report("1 account takeover", status_form == 403 and status_post == 403 and status_link == 403 and not taken and still,
       f"admin's page {status_form}, change {status_post}, reset link {status_link}; "
       f"login with the attacker's password {'worked' if taken else 'refused'}, with the real one {'works' if still else 'broken'}")

# Item 2: header injection through ?next= after a normal login.
victim = Browser()
victim.get("/logga-in")
injected = "/%0d%0aSet-Cookie:%20injected=pwned;%20Path=/"
status, headers, _ = victim.post("/logga-in?next=" + urllib.parse.quote(injected, safe=""), {"username": "chef", "password": ATTACKER_PASSWORD})
location = dict((k.lower(), v) for k, v in headers).get("location", "")
cookies = [v for k, v in headers if k.lower() == "set-cookie"]
report("2 header injection", not any("injected" in c for c in cookies) and "\r" not in location and "\n" not in location,
       f"login answered {status}, Location {location!r}, {len(cookies)} cookie(s), none injected"
       if not any("injected" in c for c in cookies) else f"cookie injected: {cookies}")

# Item 3: 60 anonymous connections announce 19 MB, send 1 MB each and stall.
before = rss_megabytes()
sockets, answered, started = [], 0, time.time()
for _ in range(60):
    s = socket.create_connection((HOST, PORT))
    s.sendall(b"POST /f/bjorkadalen/arkiv HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
              b"Content-Length: 19922944\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"x.pdf\"\r\n\r\n")
    try:
        s.settimeout(0.5)
        s.sendall(b"A" * 1_048_576)
    except OSError:
        pass
    sockets.append(s)
for s in sockets:
    s.settimeout(10)
    try:
        if s.recv(64).startswith(b"HTTP/1.1 403"):
            answered += 1
    except OSError:
        pass
during = rss_megabytes()
for s in sockets:
    s.close()
report("3 anonymous memory exhaustion", answered == 60 and during - before < 100,
       f"{answered} of 60 stalled 19 MB uploads refused with 403 in {time.time() - started:.1f} s; "
       f"server RSS {before:.0f} MB before, {during:.0f} MB with all 60 open")

# Item 4: a PDF that keeps pdftotext busy, as a bilaga of a kallelse and as an archive packet, while
# the other association's public page is timed.
other_times, stop = [], threading.Event()


def time_other_association():
    while not stop.is_set():
        start = time.time()
        status, _, _ = Browser().get("/f/annat")
        other_times.append((time.time() - start, status))
        time.sleep(0.2)


meeting = new_board_meeting(attacker, "2027-01-20", "Kansliet")
attacker.post(meeting + "/dagordning", {})
attacker.get(meeting + "/bilagor/ny")
status_bilaga, _, _ = attacker.upload(meeting + "/bilagor/ny", {"title": "Tung bilaga"}, "file", "tung.pdf", busy_pdf())
watcher = threading.Thread(target=time_other_association)
watcher.start()
attacker.get(meeting)
publish_started = time.time()
status_publish, _, _ = attacker.post(meeting + "/kallelse", {})
publish_seconds = time.time() - publish_started
attacker.get("/f/bjorkadalen/arkiv")
attacker.upload("/f/bjorkadalen/arkiv", {}, "files[]", "tung-paket.pdf", busy_pdf())
archive_started, archive_state = time.time(), ""
while time.time() - archive_started < 180:
    _, _, page = attacker.get("/f/bjorkadalen/arkiv")
    if "tung-paket.pdf" in page and "Kunde inte läsas" in page:
        archive_state = re.search(r"Kunde inte läsas: ([^<]*)", page).group(1)
        break
    time.sleep(1)
stop.set()
watcher.join()
slowest = max(t for t, _ in other_times) if other_times else 0
failures = sum(1 for _, s in other_times if s != 200)
report("4 one heavy PDF takes every association offline",
       status_bilaga == 303 and status_publish == 303 and archive_state and slowest < 2 and failures == 0,
       f"kallelse with the PDF published ({status_publish}) in {publish_seconds:.1f} s; archive packet marked "
       f"\"{archive_state.strip()}\" after {time.time() - archive_started:.0f} s; the other association's page answered "
       f"{len(other_times)} times meanwhile, slowest {slowest * 1000:.0f} ms, {failures} errors")

# Item 9: a place with CR LF must not add a component to the calendar feed.
new_board_meeting(attacker, "2027-02-17", "Kansliet\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M")
status, _, ics = Browser().get("/f/bjorkadalen/kalender.ics")
lines = ics.split("\r\n")
report("9 calendar injection", status == 200 and not any(l.startswith(("BEGIN:VALARM", "TRIGGER")) for l in lines),
       "the place stays one LOCATION line: " + next((l for l in lines if l.startswith("LOCATION:Kansliet\\n")), "(not found)"))

sys.exit(0 if all(RESULTS) else 1)
