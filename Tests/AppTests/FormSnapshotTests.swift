import Domain
import Testing
@testable import Views

/// Snapshots of the register's and the meetings' forms (issue 17, item 4): each once as a new,
/// empty form and once as sent back with the field named in its error, the way a user meets them.
@Suite struct FormSnapshotTests {
    private let snapshots = SnapshotTests()

    private func context(_ path: String) -> PageContext {
        RegisterSnapshotTests.kansli(path)
    }

    @Test func memberForm() {
        snapshots.check(MemberForm.render(FormState(csrfToken: "token"), slug: "exempel", memberID: nil,
                                          context: context(SiteURL.memberNew("exempel").path)), "new")
        let sentBack = FormState(values: ["name": "Exempelby kommun", "kind": "municipality", "organisationNumber": "212000-0009",
                                          "joinedOn": "2009-13-01"],
                                 issues: [FieldIssue("organisationNumber", .organisationNumberCheckDigit), FieldIssue("joinedOn", .invalidDate)],
                                 csrfToken: "token")
        snapshots.check(MemberForm.render(sentBack, slug: "exempel", memberID: "m1",
                                          context: context(SiteURL.memberEdit("exempel", "m1").path)), "errors")
    }

    @Test func bodyForm() {
        snapshots.check(BodyForm.render(FormState(csrfToken: "token"), slug: "exempel", bodyID: nil,
                                        context: context(SiteURL.bodyNew("exempel").path)), "new")
        let sentBack = FormState(values: ["name": "", "kind": "board"], issues: [FieldIssue("name", .required)], csrfToken: "token")
        snapshots.check(BodyForm.render(sentBack, slug: "exempel", bodyID: nil, context: context(SiteURL.bodyNew("exempel").path)), "errors")
    }

    @Test func personForm() {
        snapshots.check(PersonForm.render(FormState(csrfToken: "token"), slug: "exempel", personID: nil,
                                          context: context(SiteURL.personNew("exempel").path)), "new")
        let sentBack = FormState(values: ["name": "Helena Forsberg", "email": "helena@"], issues: [FieldIssue("email", .invalidEmail)],
                                 csrfToken: "token")
        snapshots.check(PersonForm.render(sentBack, slug: "exempel", personID: "p1", context: context(SiteURL.personNew("exempel").path)),
                        "errors")
    }

    @Test func meetingForm() {
        let bodies = [(id: "b1", name: "Styrelsen"), (id: "b2", name: "Beredningsgruppen")]
        snapshots.check(MeetingForm.render(FormState(csrfToken: "token"), slug: "exempel", meetingID: nil, bodies: bodies,
                                           context: context(SiteURL.meetingNew("exempel").path)), "new")
        let sentBack = FormState(values: ["bodyID": "b1", "date": "2026-06-12", "startsAt": "13:00", "endsAt": "12:00", "format": "remote"],
                                 issues: [FieldIssue("endsAt", .endBeforeStart), FieldIssue("format", .remoteNotAllowed)], csrfToken: "token")
        snapshots.check(MeetingForm.render(sentBack, slug: "exempel", meetingID: nil, bodies: bodies,
                                           context: context(SiteURL.meetingNew("exempel").path)), "errors")
    }
}
