import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 15, item 2: ärenden get a diarienummer per year, once; the diarium is searchable; an
/// agenda item names its ärende and the kallelse shows the number.
@Suite struct DiariumTests {
    @Test func diaryNumbersAreReadAsWritten() {
        #expect(DiaryNumber(text: "Dnr 10-2015") == DiaryNumber(number: 10, year: 2015))
        #expect(DiaryNumber(text: "3/2026")?.text == "3-2026")
        #expect(DiaryNumber(text: "äskande") == nil && DiaryNumber(text: "0-2015") == nil)
        #expect(DiaryNumber.next(in: 2026, after: [1, 2, 5]).text == "6-2026")
        #expect(DiaryNumber.next(in: 2027, after: []).text == "1-2027")
    }

    @Test(arguments: TestDatabase.all)
    func numbersPerYearSearchAndTheKallelse(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            try await kansli.get("/f/bjorkadalen/diarium/nytt")
            for (title, date) in [("Äskande Vuxenplattformen 2027", "2026-09-01"), ("Budget 2027–2029", "2026-10-01"),
                                  ("Rekvisition Unga vuxna", "2027-01-15")] {
                #expect(try await kansli.post("/f/bjorkadalen/diarium/nytt", ["title": title, "category": "other", "openedOn": date]).status
                    == .seeOther)
            }
            let numbers = try await RegisteredMatter.query(on: app.db).all().map(\.diaryNumber.text).sorted()
            #expect(numbers == ["1-2026", "1-2027", "2-2026"], "numbered per year in the order registered")
            let bad = try await kansli.post("/f/bjorkadalen/diarium/nytt", ["title": "", "category": "okänd", "openedOn": "2026-13-01"])
            #expect(bad.status == .unprocessableEntity && bad.body.contains("Fyll i ärende"))
            #expect(try await RegisteredMatter.query(on: app.db).count() == 3)

            let byNumber = try await kansli.get("/f/bjorkadalen/diarium?q=Dnr+2-2026").body
            #expect(byNumber.contains("Budget 2027–2029") && !byNumber.contains("Äskande Vuxenplattformen"))
            let byWord = try await kansli.get("/f/bjorkadalen/diarium?q=VUX").body
            #expect(byWord.contains("Äskande Vuxenplattformen") && byWord.contains("Rekvisition Unga vuxna") && !byWord.contains("Budget 2027"))
            #expect(!(try await kansli.get("/f/bjorkadalen/diarium?ar=2027").body.contains("Budget 2027–2029")))

            // The item that handles the äskande names it; the kallelse prints the number.
            let matter = try #require(try await RegisteredMatter.query(on: app.db).filter(\.$title == "Äskande Vuxenplattformen 2027").first())
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-09-18").first())
            let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
            let added = try await kansli.post(meetingPath + "/punkter/ny", ["title": "Äskande från Vuxenplattformen", "kind": "decision",
                                                                           "recommendation": "approve", "matterID": matter.id!.uuidString])
            #expect(added.status == .seeOther)
            let foreign = try await kansli.post(meetingPath + "/punkter/ny", ["title": "X", "kind": "decision", "recommendation": "none",
                                                                             "matterID": UUID().uuidString])
            #expect(foreign.status == .unprocessableEntity)
            try await kansli.post(meetingPath + "/kallelse", [:])
            let kallelse = try await TestClient(app).get("/f/bjorkadalen/kallelser/\(meeting.id!.uuidString)").body
            #expect(kallelse.contains("<dt>Dnr</dt><dd>1-2026</dd>"))
            let shown = try await kansli.get("/f/bjorkadalen/diarium/\(matter.id!.uuidString)").body
            #expect(shown.contains("Äskande från Vuxenplattformen"))
        }
    }
}
