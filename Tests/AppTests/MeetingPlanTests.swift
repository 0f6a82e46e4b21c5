import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// The mötesplan as the kansli uses it, and the public calendar and feeds it produces.
@Suite struct MeetingPlanFlowTests {
    private func bodyID(_ app: Application, _ kind: String) async throws -> String {
        try #require(try await Body.query(on: app.db).filter(\.$kindRaw == kind).first()?.id?.uuidString)
    }

    @Test(arguments: TestDatabase.all)
    func planMoveAndCancelAMeeting(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let board = try await bodyID(app, "board")

            try await client.get("/f/bjorkadalen/moten/nytt")
            let bad = try await client.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": board, "date": "2026-02-30", "startsAt": "9", "place": ""])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("Datum måste vara ett giltigt datum"))
            #expect(bad.body.contains("Starttid måste vara ett klockslag"))
            #expect(bad.body.contains("Fyll i plats."))
            #expect(try await Meeting.query(on: app.db).count() == DemoData.meetingPlan.count * 2)

            let created = try await client.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": board, "date": "2026-03-20", "startsAt": "09:00", "endsAt": "12:00",
                "place": "Kommunhuset, sal Forsen", "address": "Storgatan 1, Björkadalen", "remoteOffered": "on",
                "theme": "Årsredovisning"])
            let path = try #require(created.location)
            let shown = try await client.get(path)
            #expect(shown.body.contains("Styrelsen, 2026-03-20 kl. 09:00"))
            #expect(shown.body.contains("Planera beredningsgruppens möte en vecka före"))
            #expect(shown.body.contains("datum=2026-03-13"))

            let preparatory = try await bodyID(app, "preparatory_group")
            let proposal = try await client.get("/f/bjorkadalen/moten/nytt?organ=\(preparatory)&datum=2026-03-13&start=09:00&plats=Kansliet")
            #expect(proposal.body.contains("value=\"2026-03-13\""))
            try await client.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": preparatory, "date": "2026-03-13", "startsAt": "09:00", "place": "Kansliet"])

            var feed = try await client.get("/f/bjorkadalen/kalender.ics")
            #expect(feed.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(feed.body.contains("DTSTART;TZID=Europe/Stockholm:20260320T090000"))
            #expect(feed.body.contains("SEQUENCE:0"))

            try await client.post(path + "/andra", [
                "bodyID": board, "date": "2026-03-27", "startsAt": "10:00", "place": "Kommunhuset, sal Forsen",
                "remoteOffered": "on", "theme": "Årsredovisning"])
            feed = try await client.get("/f/bjorkadalen/organ/\(board)/kalender.ics")
            #expect(feed.body.contains("DTSTART;TZID=Europe/Stockholm:20260327T100000"))
            #expect(feed.body.contains("SEQUENCE:1"))
            #expect(!feed.body.contains("20260313T"), "the body feed holds only that body's meetings")

            let noReason = try await client.post(path + "/stall-in", ["cancellationReason": ""])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.contains("Fyll i skäl till att sammanträdet ställs in."))
            try await client.post(path + "/stall-in", ["cancellationReason": "För få kan delta."])
            feed = try await client.get("/f/bjorkadalen/kalender.ics")
            #expect(feed.body.contains("STATUS:CANCELLED"))
            #expect(feed.body.contains("SEQUENCE:2"))
            #expect(feed.body.contains("\r\nEND:VCALENDAR\r\n"))

            let anonymous = TestClient(app)
            let calendar = try await anonymous.get("/f/bjorkadalen/kalender")
            #expect(calendar.status == .ok)
            #expect(calendar.body.contains("2026-03-27"))
            #expect(calendar.body.contains("Inställt"))
            #expect(!calendar.body.contains("2026-03-13"), "past meetings are not listed as coming")
        }
    }

    @Test(arguments: TestDatabase.all)
    func onlyTheKansliPlansAndOtherAssociationsStayOut(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let board = try await bodyID(app, "board")
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            #expect(try await revisor.get("/f/bjorkadalen/moten").status == .ok)
            let refused = try await revisor.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": board, "date": "2026-03-20", "startsAt": "09:00", "place": "Kansliet"])
            #expect(refused.status == .forbidden)

            let other = TestClient(app)
            try await other.login("annan")
            let foreignBody = try await other.post("/f/annat/moten/nytt", [
                "bodyID": board, "date": "2026-03-20", "startsAt": "09:00", "place": "Kansliet"])
            #expect(foreignBody.status == .unprocessableEntity)
            #expect(try await Meeting.query(on: app.db).count() == DemoData.meetingPlan.count * 2)
        }
    }
}
