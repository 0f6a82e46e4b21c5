import Fluent
import Persistence
import Testing
import Vapor
import Views
@testable import App

/// Pushes markup through every field a user can fill in and every page that shows user data:
/// it must come back escaped everywhere.
@Suite struct EscapingTests {
    static let payload = #""><script>alert(1)</script>"#

    @Test(arguments: TestDatabase.all)
    func userDataIsEscapedOnEveryPage(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let p = Self.payload
            let member = try await client.post("/f/bjorkadalen/medlemmar/ny", [
                "name": "Kommun \(p)", "kind": "municipality", "organisationNumber": "212000-2684", "joinedOn": "2020-01-01"])
            let memberPath = try #require(member.location)
            try await client.post(memberPath + "/befolkning", ["year": "2026", "count": "100"])
            let body = try await client.post("/f/bjorkadalen/organ/nytt", ["kind": "other", "name": "Organ \(p)", "description": p])
            let bodyPath = try #require(body.location)
            let person = try await client.post("/f/bjorkadalen/personer/ny", [
                "name": "Person \(p)", "title": p, "email": "x@exempel.se", "phone": p])
            let personPath = try #require(person.location)
            let personID = String(personPath.split(separator: "/").last!)
            let bodyID = String(bodyPath.split(separator: "/").last!)
            try await client.post("/f/bjorkadalen/uppdrag/nytt", [
                "personID": personID, "bodyID": bodyID, "role": "member", "startsOn": "2020-01-01", "party": p])
            try await client.post("/f/bjorkadalen/register/andra", ["organisationNumber": "222000-3129", "streetAddress": p, "city": p])
            try await client.post("/f/bjorkadalen/register/namn/nytt", ["name": "Förbund \(p)", "validFrom": "2026-01-01"])
            try await client.post("/f/bjorkadalen/anvandare/ny", [
                "username": "u\(p)", "displayName": "Användare \(p)", "password": "ett-långt-lösenord", "role_auditor": "on"])
            let meeting = try await client.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": bodyID, "date": "2026-04-01", "startsAt": "09:00", "place": "Plats \(p)", "address": p, "theme": p])
            let meetingPath = try #require(meeting.location)
            let plannedMeeting = try await client.post("/f/bjorkadalen/moten/nytt", [
                "bodyID": bodyID, "date": "2026-04-02", "startsAt": "09:00", "place": "Plats \(p)"])
            let plannedPath = try #require(plannedMeeting.location)
            try await client.post(plannedPath + "/punkter/ny", [
                "title": "Punkt \(p)", "kind": "decision", "presenterPersonID": personID, "background": p, "proposal": p,
                "recommendation": "other", "recommendationText": p, "isSecret": "on", "secrecyGround": p])
            let item = try #require(try await AgendaItem.query(on: app.db).filter(\.$title == "Punkt \(p)").first())
            try await client.post("/f/bjorkadalen/staende-punkter", ["title": "Stående \(p)", "kind": "information", "placement": "opening"])
            let attachment = try await client.upload(plannedPath + "/bilagor/ny", ["title": "Bilaga \(p)"],
                                                     file: ("file", "x<script>alert(1)</script>.pdf", AttachmentFlowTests.pdf))
            let attachmentPath = try #require(attachment.location)
            try await client.post(plannedPath + "/kallelse", [:])
            let plannedID = String(plannedPath.split(separator: "/").last!)
            try await client.post(meetingPath + "/stall-in", ["cancellationReason": p])
            let mandate = try #require(try await Mandate.query(on: app.db).filter(\.$party == p).first())
            let user = try #require(try await User.query(on: app.db).filter(\.$displayName == "Användare \(p)").first())

            let pages = ["/", "/f/bjorkadalen", "/f/bjorkadalen/register", "/f/bjorkadalen/register/andra",
                         "/f/bjorkadalen/medlemmar", memberPath, memberPath + "/andra", "/f/bjorkadalen/organ", bodyPath,
                         bodyPath + "/andra", "/f/bjorkadalen/personer", personPath, personPath + "/andra",
                         "/f/bjorkadalen/uppdrag/\(mandate.id!.uuidString)/andra", "/f/bjorkadalen/uppdrag/nytt",
                         "/f/bjorkadalen/regler", "/f/bjorkadalen/medlemsbidrag?ar=2026&total=1000000",
                         "/f/bjorkadalen/anvandare", "/f/bjorkadalen/anvandare/\(user.id!.uuidString)/andra",
                         "/f/bjorkadalen/logg", "/f/bjorkadalen/moten?ar=2026", meetingPath, "/f/bjorkadalen/kalender",
                         plannedPath, "/f/bjorkadalen/punkter/\(item.id!.uuidString)", "/f/bjorkadalen/punkter/\(item.id!.uuidString)/andra",
                         "/f/bjorkadalen/staende-punkter", plannedPath + "/kallelse", "/f/bjorkadalen/kallelser/\(plannedID)",
                         attachmentPath, plannedPath + "/bilagor/ny",
                         "/api/v1/organisations", "/api/v1/organisations/bjorkadalen/members",
                         "/api/v1/organisations/bjorkadalen/bodies", "/api/v1/organisations/bjorkadalen/people?date=2026-03-15"]
            var sawPayload = 0
            for path in pages {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                if path.hasPrefix("/api/") {
                    // JSON is never rendered as HTML: its type is fixed and browsers may not sniff it.
                    #expect(page.headers.contentType == .json, "\(path)")
                    #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                } else {
                    #expect(!page.body.contains("<script>"), "\(path) contains unescaped markup")
                }
                if page.body.contains("alert(1)") { sawPayload += 1 }
            }
            #expect(sawPayload >= pages.count - 2, "the payload should be visible (escaped) on nearly every page")
            _ = fixture
        }
    }

    @Test func attributeValuesAreEscaped() {
        let node = input(Attribute("value", Self.payload), Attribute("title", "it's"))
        #expect(node.render() == #"<input value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" title="it&#39;s">"#)
    }
}
