#!/usr/bin/env python3
"""Browser tests against a real Samordna server and a real Chromium.

Starts `samordna serve` on a fresh SQLite database (so the first-start path runs: demo data and a
printed administrator login), then as a user would: logs in, adds a member with a mistake and then
correctly, sees it listed. Every main page is scanned with axe-core (no serious or critical
violations allowed), checked for reflow at 200 % zoom and for a working skip link, and the served
OpenAPI document is validated.

Usage: browser_test.py PATH-TO-SAMORDNA-BINARY
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import axe_playwright_python
from openapi_spec_validator import validate
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import SessionNotCreatedException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

AXE_SCRIPT = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read()
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, workdir, port):
    env = dict(os.environ, SAMORDNA_PORT=str(port), DATABASE_URL="sqlite:" + os.path.join(workdir, "samordna.sqlite"),
               SAMORDNA_BCRYPT_COST="4", SAMORDNA_TODAY="2026-11-23")
    env.pop("TEST_DATABASE_URL", None)
    log = open(os.path.join(workdir, "server.log"), "w+")
    process = subprocess.Popen([binary, "serve"], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        log.seek(0)
        text = log.read()
        match = re.search(r"Password:\s+(\S+)", text)
        if match and "Server started" in text:
            return process, match.group(1)
        if process.poll() is not None:
            raise SystemExit("server exited:\n" + text)
        time.sleep(0.2)
    raise SystemExit("server did not start:\n" + text)


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    # Chromium can fail to start on a loaded machine ("DevToolsActivePort file doesn't exist");
    # a second start succeeds, and a third failure is real.
    for attempt in range(3):
        try:
            return webdriver.Chrome(service=webdriver.ChromeService("/usr/bin/chromedriver"), options=options)
        except SessionNotCreatedException:
            if attempt == 2:
                raise
            time.sleep(2)


def is_stale(element):
    # Chromium sometimes reports a replaced document's node as "does not belong to the document"
    # instead of as a stale element; both mean the new page has replaced the old one.
    try:
        element.is_enabled()
        return False
    except (StaleElementReferenceException, WebDriverException):
        return True


def navigate(driver, action):
    """Runs an action that loads a new page and waits until the new page is there."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, 15).until(lambda _: is_stale(old))
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def submit(driver):
    navigate(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click())


def follow(driver, text):
    navigate(driver, lambda: driver.find_element(By.LINK_TEXT, text).click())


def agenda_titles(driver):
    rows = driver.find_elements(By.CSS_SELECTOR, "#foredragningslista ~ .table-wrap tbody tr")
    return [row.find_elements(By.TAG_NAME, "td")[0].text.split("\n")[0] for row in rows]


def build_agenda(driver, meeting):
    """The agenda builder with a keyboard-free but script-free browser: standing items, a new item, a move."""
    navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Skapa föredragningslista med de stående punkterna']").click())
    check(agenda_titles(driver)[:2] == ["Mötets öppnande", "Val av justerare"], f"standing items missing: {agenda_titles(driver)}")
    follow(driver, "Lägg till punkt")
    driver.find_element(By.ID, "f-title").send_keys("Budget 2027")
    driver.find_element(By.CSS_SELECTOR, "#f-kind option[value=decision]").click()
    driver.find_element(By.ID, "f-proposal").send_keys("Styrelsen fastställer budgeten.")
    driver.find_element(By.ID, "f-isSecret").click()
    submit(driver)
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
    check("grund för sekretess" in summary.text, "a secret item without legal ground was not refused")
    axe_scan(driver, "punktformuläret med fel")
    driver.find_element(By.ID, "f-isSecret").click()
    submit(driver)
    titles = agenda_titles(driver)
    check(titles.index("Budget 2027") == len(titles) - 3, f"the new item is not placed before the closing items: {titles}")
    navigate(driver, lambda: driver.find_element(By.CSS_SELECTOR, "button[aria-label='Flytta upp: Budget 2027']").click())
    titles = agenda_titles(driver)
    check(titles.index("Budget 2027") == len(titles) - 4, f"moving the item up did not work: {titles}")
    check(driver.current_url == meeting, f"moving did not return to the meeting: {driver.current_url}")
    follow(driver, "Ladda upp bilaga")
    axe_scan(driver, "uppladdningsformuläret")
    pdf = os.path.join(tempfile.mkdtemp(), "budget-2027.pdf")
    with open(pdf, "wb") as f:
        f.write(b"%PDF-1.4\n%%EOF\n")
    driver.find_element(By.ID, "f-title").send_keys("Budgetförslag 2027")
    driver.find_element(By.ID, "f-file").send_keys(pdf)
    driver.find_element(By.XPATH, "//label[contains(text(), 'Budget 2027')]").click()
    submit(driver)
    check("Bilaga 1: Budgetförslag 2027" in driver.page_source, "the uploaded bilaga is not shown")
    axe_scan(driver, "bilagans sida")
    driver.get(meeting)
    navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Publicera och skicka kallelsen']").click())
    check("Kallelsen är publicerad" in driver.page_source, "publishing the kallelse gave no confirmation")
    follow(driver, "Visa kallelsen")
    check("Budget 2027" in driver.page_source, "the kallelse does not show the new item")
    check("Bilaga 1: Budgetförslag 2027" in driver.page_source, "the kallelse does not list the bilaga")
    axe_scan(driver, "kallelsen")
    driver.get(meeting)


def choose(driver, select_id, text):
    driver.find_element(By.XPATH, f"//select[@id='{select_id}']/option[text()='{text}']").click()


def sign_as_secretary(driver, base, protocol, password):
    """The signing flow: link the administrator to the sekreterare, choose the signers, send the
    draft for justering, and sign it with the password."""
    driver.get(base + "/f/bjorkadalen/anvandare")
    follow(driver, "admin")
    choose(driver, "f-personID", "Cecilia Norberg")
    submit(driver)
    driver.get(protocol)
    choose(driver, "f-secretary", "Cecilia Norberg")
    choose(driver, "f-chair", "Helena Forsberg")
    choose(driver, "f-adjuster1", "Jonas Lindqvist")
    navigate(driver, lambda: driver.find_element(By.XPATH, "//form[contains(@action, '/justerare')]//button").click())
    check("Justerarna är sparade." in driver.page_source, "the signers were not saved")
    navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Skicka protokollet för justering']").click())
    check("Protokollet är skickat för justering." in driver.page_source, "the protokoll was not sent for justering")
    axe_scan(driver, "protokollet med justeringsformuläret")
    driver.find_element(By.ID, "f-password").send_keys(password)
    navigate(driver, lambda: driver.find_element(By.XPATH, "//form[contains(@action, '/signera')]//button").click())
    check("Din justering är registrerad." in driver.page_source, "the signature was not registered")
    check("Kontrollsumma (SHA-256)" in driver.page_source, "the signed content's checksum is not shown")


def present_annual_report(driver, base):
    """The kansli lays the demo's annual report before the board's next meeting as a bilaga."""
    driver.get(base + "/f/bjorkadalen/arsredovisning?ar=2025")
    navigate(driver, lambda: driver.find_element(By.XPATH, "//form[contains(@action, '/framlaggning')]//button").click())
    check("Årsredovisningen är lagd fram som bilaga" in driver.page_source, "the annual report was not laid before the board")
    axe_scan(driver, "årsredovisningen lagd fram för styrelsen")


# A protokoll of an invented 2018 meeting, as an association's old papers have it; the anslag date
# is before the meeting, so the importer warns and the reviewer corrects it.
ARCHIVE_PACKET = """PROTOKOLL
Sammanträdesdatum
Samordningsförbundet Björkådalen 2018-05-16
Plats och tid                 Stadshuset i Umeå, klockan 13.00-15.00
Beslutande Helena Forsberg Region Västerbotten, ordförande
 Jonas Lindqvist   Umeå kommun
Övriga deltagare Cecilia Norberg   Förbundschef

Sekreterare  ..................................
 Cecilia Norberg
Ordförande  ..................................
 Helena Forsberg
Justerare  ..................................
 Jonas Lindqvist

BEVIS
Sammanträdesdatum: 2018-05-16 Justeringsdatum: 2018-05-21
Datum för anslags uppsättande: 2018-05-10     Datum för anslags nedtagande: 2018-06-12

§ 12 Mötets öppnande

Ordförande förklarade mötet öppnat.

§ 13 Verksamhetsplan för 2019

Styrelsen godkände förslaget till verksamhetsplan.

§ 14 Mötet avslutas

Ordförande förklarar mötet avslutat.
"""


def import_archive(driver, base, workdir):
    """Uploads an old protokoll, waits while it is read, corrects the anslag date (first wrongly),
    imports it and opens the imported document."""
    path = os.path.join(workdir, "protokoll-2018-05-16.txt")
    with open(path, "w", encoding="utf-8") as packet:
        packet.write(ARCHIVE_PACKET)
    driver.get(base + "/f/bjorkadalen/arkiv")
    driver.find_element(By.ID, "f-files").send_keys(path)
    submit(driver)
    # The list reloads itself (Refresh header) until the file has been read.
    WebDriverWait(driver, 60).until(lambda d: "Klar att granska" in d.page_source or "Kunde inte läsas" in d.page_source)
    axe_scan(driver, "arkivimporten")
    reflows_at_200_percent(driver, "arkivimporten")
    follow(driver, "Granska")
    check("Anslaget sägs uppsatt 2018-05-10, före sammanträdet 2018-05-16." in driver.page_source,
          "the review does not show the importer's warning")
    axe_scan(driver, "granskningen av en import")
    reflows_at_200_percent(driver, "granskningen av en import")
    field = driver.find_element(By.ID, "f-d0-noticePostedOn")
    field.clear()
    field.send_keys("2018-05-32")
    navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Importera']").click())
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
    check("Handling 1, anslaget uppsatt måste vara ett giltigt datum" in summary.text, f"no error for the bad date: {summary.text}")
    axe_scan(driver, "granskningen med fel")
    field = driver.find_element(By.ID, "f-d0-noticePostedOn")
    field.clear()
    field.send_keys("2018-05-22")
    navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Importera']").click())
    check("protokoll-2018-05-16.txt är importerad" in driver.page_source, "no confirmation after the import")
    follow(driver, "Protokoll")
    check("Stadshuset i Umeå" in driver.page_source and "Verksamhetsplan för 2019" in driver.page_source,
          "the imported document does not show its text")
    axe_scan(driver, "en importerad handling")


def axe_scan(driver, name):
    driver.execute_script(AXE_SCRIPT)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
           .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))))
           .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));
    """)
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    check(not bad, f"axe found serious/critical problems on {name}: {json.dumps(bad, ensure_ascii=False)}")
    return result


def reflows_at_200_percent(driver, name):
    # 1280 px wide at 200 % zoom lays out like 640 CSS px: nothing but tables may scroll sideways.
    driver.set_window_size(640, 1000)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(overflow <= 1, f"{name} scrolls sideways by {overflow}px at 200 % zoom")
    driver.set_window_size(1280, 1000)


def skip_link_works(driver, name):
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    check(focused.get_attribute("class") == "skip-link", f"first Tab on {name} does not reach the skip link")
    focused.send_keys(Keys.ENTER)
    check(driver.switch_to.active_element.get_attribute("id") == "innehall", f"skip link on {name} does not move focus to main")


def main():
    binary = os.path.abspath(sys.argv[1])
    workdir = tempfile.mkdtemp(prefix="samordna-browser-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server, password = start_server(binary, workdir, port)
    driver = browser()
    try:
        spec = json.load(urllib.request.urlopen(base + "/api/v1/openapi.json"))
        validate(spec)
        print("OpenAPI document is valid", flush=True)

        pages = {"startsidan": "/", "inloggningen": "/logga-in", "förbundets publika sida": "/f/bjorkadalen",
                 "förbundets kalender": "/f/bjorkadalen/kalender", "anslagstavlan": "/f/bjorkadalen/anslagstavla",
                 "sökningen": "/f/bjorkadalen/sok?q=budget", "de öppna utlysningarna": "/f/bjorkadalen/oppna-utlysningar"}
        for name, path in pages.items():
            driver.get(base + path)
            axe_scan(driver, name)
            reflows_at_200_percent(driver, name)
        driver.get(base + "/")
        skip_link_works(driver, "startsidan")

        driver.get(base + "/logga-in")
        driver.find_element(By.ID, "f-username").send_keys("admin")
        driver.find_element(By.ID, "f-password").send_keys(password)
        submit(driver)
        check(driver.current_url.endswith("/f/bjorkadalen/register"), f"login did not lead to the register: {driver.current_url}")

        follow(driver, "Medlemmar")
        follow(driver, "Lägg till medlem")
        driver.find_element(By.ID, "f-name").send_keys("Bjurholms kommun")
        driver.find_element(By.CSS_SELECTOR, "#f-kind option[value=municipality]").click()
        driver.find_element(By.ID, "f-organisationNumber").send_keys("212000-2685")
        driver.find_element(By.ID, "f-joinedOn").send_keys("2026-01-01")
        submit(driver)
        summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
        check("kontrollsiffra" in summary.text, "the error summary does not explain the check digit")
        check(driver.switch_to.active_element == summary, "the error summary does not get focus")
        axe_scan(driver, "medlemsformuläret med fel")
        summary.find_element(By.TAG_NAME, "a").click()
        check(driver.switch_to.active_element.get_attribute("id") == "f-organisationNumber",
              "the summary link does not lead to the organisation number field")
        field = driver.find_element(By.ID, "f-organisationNumber")
        field.clear()
        field.send_keys("2120002684")
        submit(driver)
        check("Uppgiften är tillagd." in driver.page_source, "no confirmation after adding the member")
        follow(driver, "Medlemmar")
        rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr")]
        check(any("Bjurholms kommun" in row and "212000-2684" in row for row in rows), f"the new member is not listed: {rows}")

        follow(driver, "Organ")
        follow(driver, "Styrelsen")
        board = driver.current_url
        follow(driver, "Personer")
        follow(driver, "Helena Forsberg")
        person = driver.current_url
        driver.get(base + "/f/bjorkadalen/moten?ar=2026")
        follow(driver, "2026-11-27")
        meeting = driver.current_url
        build_agenda(driver, meeting)
        driver.get(base + "/f/bjorkadalen/moten?ar=2026")
        follow(driver, "2026-10-23")
        navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Skapa föredragningslista med de stående punkterna']").click())
        navigate(driver, lambda: driver.find_element(By.XPATH, "//button[text()='Påbörja protokollet']").click())
        check("§ 1" in driver.page_source, f"the protokoll has no § 1: {driver.current_url}")
        driver.find_element(By.XPATH, "//select[@id='f-personID']/option[text()='Helena Forsberg']").click()
        driver.find_element(By.CSS_SELECTOR, "#f-role option[value=decision_maker]").click()
        driver.find_element(By.ID, "f-isChair").click()
        submit(driver)
        check("Närvaron är registrerad." in driver.page_source, "attendance was not registered")
        check("1 av 7 ledamöter (minst 4) – inte beslutför" in driver.page_source, "the quorum is not shown")
        protocol = driver.current_url
        follow(driver, "Val av justerare")
        paragraph_view = driver.current_url
        check("Protokollsutdrag (PDF)" in driver.page_source, "the § page offers no protokollsutdrag")
        follow(driver, "Ändra paragraf")
        paragraph_page = driver.current_url
        driver.get(base + "/f/bjorkadalen/insatser")
        follow(driver, "Vuxenplattformen")
        insats = driver.current_url
        driver.get(insats + "/deltagare")
        episode = driver.find_element(By.CSS_SELECTOR, "table a[href*='/deltagare/']").get_attribute("href")
        driver.get(base + "/f/bjorkadalen/budget/ny")
        submit(driver)
        check("Budgeten är upprättad" in driver.page_source, "the budget was not created")
        budget = driver.current_url
        driver.get(base + "/f/bjorkadalen/utfall")
        ledger_import = driver.find_element(By.CSS_SELECTOR, "a[href*='/utfall/']").get_attribute("href")
        driver.get(base + "/f/bjorkadalen/askanden")
        funding_request = driver.find_element(By.CSS_SELECTOR, "table a[href*='/askanden/']").get_attribute("href")
        driver.get(base + "/f/bjorkadalen/utlysningar")
        call = driver.find_element(By.CSS_SELECTOR, "table a[href*='/utlysningar/']").get_attribute("href")
        signed_in = {
            "registrets översikt": "/f/bjorkadalen/register",
            "medlemslistan": "/f/bjorkadalen/medlemmar",
            "nytt medlemsformulär": "/f/bjorkadalen/medlemmar/ny",
            "organlistan": "/f/bjorkadalen/organ",
            "styrelsens sida": board.replace(base, ""),
            "personlistan": "/f/bjorkadalen/personer",
            "personens sida": person.replace(base, ""),
            "uppdragsformuläret": "/f/bjorkadalen/uppdrag/nytt",
            "reglerna": "/f/bjorkadalen/regler",
            "regelformuläret": "/f/bjorkadalen/regler/andra",
            "medlemsbidragen": "/f/bjorkadalen/medlemsbidrag?ar=2026&total=12000000",
            "användarna": "/f/bjorkadalen/anvandare",
            "ny användare": "/f/bjorkadalen/anvandare/ny",
            "ändringsloggen": "/f/bjorkadalen/logg",
            "sammanträdena": "/f/bjorkadalen/moten",
            "nytt sammanträde": "/f/bjorkadalen/moten/nytt",
            "ett sammanträde": meeting.replace(base, ""),
            "ett protokoll under arbete": protocol.replace(base, ""),
            "en paragraf med beslut och votering": paragraph_page.replace(base, ""),
            "en paragraf att läsa": paragraph_view.replace(base, ""),
            "styrelsens exemplar av protokollet": protocol.replace(base, "") + "/dokument",
            "beslutsregistret": "/f/bjorkadalen/beslut",
            "uppdragen från beslut": "/f/bjorkadalen/beslutsuppdrag",
            "insatserna": "/f/bjorkadalen/insatser",
            "ny insats": "/f/bjorkadalen/insatser/ny",
            "en insats": insats.replace(base, ""),
            "diariet": "/f/bjorkadalen/diarium",
            "nytt ärende": "/f/bjorkadalen/diarium/nytt",
            "budgetversionerna": "/f/bjorkadalen/budget",
            "ny budget": "/f/bjorkadalen/budget/ny",
            "en budget": budget.replace(base, ""),
            "budgetens uppgifter": budget.replace(base, "") + "/uppgifter",
            "utfallet": "/f/bjorkadalen/utfall",
            "en import av utfall": ledger_import.replace(base, ""),
            "kontoplanen": "/f/bjorkadalen/kontoplan",
            "driftredovisningen": "/f/bjorkadalen/driftredovisning?ar=2025",
            "rekvisitionerna": "/f/bjorkadalen/rekvisitioner",
            "ny rekvisition": insats.replace(base, "") + "/rekvisitioner/ny",
            "insatsens deltagare": insats.replace(base, "") + "/deltagare?ar=2025",
            "ett deltagande": episode.replace(base, ""),
            "inläsning av deltagare": insats.replace(base, "") + "/deltagare-import",
            "inläsning av enkätsvar": insats.replace(base, "") + "/enkatsvar-import",
            "uppföljningen": "/f/bjorkadalen/uppfoljning?period=2025",
            "uppföljningen för ett tertial": "/f/bjorkadalen/uppfoljning?period=2026-T1",
            "årsredovisningen": "/f/bjorkadalen/arsredovisning?ar=2025",
            "mål och Impactindex": "/f/bjorkadalen/mal?ar=2025",
            "utlysningarna": "/f/bjorkadalen/utlysningar",
            "ny utlysning": "/f/bjorkadalen/utlysningar/ny",
            "en utlysning": call.replace(base, ""),
            "äskandena": "/f/bjorkadalen/askanden",
            "nytt äskande": "/f/bjorkadalen/askanden/ny",
            "ett äskande": funding_request.replace(base, ""),
            "sammanställningen för beredningsgruppen": "/f/bjorkadalen/askanden/sammanstallning?ar=2027",
            "nytt förbund": "/forbund/nytt",
            "en sida som inte finns": "/f/bjorkadalen/medlemmar/saknas",
        }
        for name, path in signed_in.items():
            driver.get(base + path)
            axe_scan(driver, name)
            reflows_at_200_percent(driver, name)
        sign_as_secretary(driver, base, protocol, password)
        present_annual_report(driver, base)
        import_archive(driver, base, workdir)
        driver.get(base + "/f/bjorkadalen/medlemmar")
        skip_link_works(driver, "medlemslistan")
        print(f"checked {len(pages) + len(signed_in) + 5} pages with axe-core", flush=True)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=20)
    if failures:
        print(f"{len(failures)} browser check(s) failed", flush=True)
        sys.exit(1)
    print("browser tests passed", flush=True)


if __name__ == "__main__":
    main()
