import Foundation
import Testing
@testable import Domain

@Suite struct MeetingPlanTests {
    @Test func readsClockTimesAsWrittenInKallelser() {
        #expect(ClockTime(text: "09:00")?.text == "09:00")
        #expect(ClockTime(text: "9.30")?.text == "09:30")
        #expect(ClockTime(text: "24:00") == nil)
        #expect(ClockTime(text: "9") == nil)
        #expect(ClockTime(text: "٠٩:٠٠") == nil)
    }

    @Test func aMeetingNeedsAPlaceAndAConsistentTime() {
        let input = ["bodyID": UUID().uuidString, "date": "2026-03-20", "startsAt": "13:00", "endsAt": "12:00",
                     "place": " ", "remoteOffered": "on"]
        guard case .failure(let failure) = MeetingDraft.parse(input, rules: AssociationRules()) else {
            Issue.record("accepted a bad meeting"); return
        }
        #expect(failure.issues == [FieldIssue("endsAt", .endBeforeStart), FieldIssue("place", .required),
                                   FieldIssue("remoteOffered", .remoteNotAllowed)])
    }

    @Test func proposesThePreparatoryMeetingAWeekBefore() throws {
        let draft = try MeetingDraft.parse(["bodyID": UUID().uuidString, "date": "2026-03-20", "startsAt": "9.00",
                                            "place": "Kommunhuset", "remoteOffered": "on"],
                                           rules: AssociationRules(remoteParticipationAllowed: true)).get()
        #expect(draft.preparatoryMeetingDate?.iso == "2026-03-13")
        #expect(draft.remoteOffered)
    }

    /// Issue 14: a distansmöte names no room, and is possible only from the board's decision on.
    @Test func aDistansmoteNeedsNoPlaceButTheRulesOnItsDate() throws {
        let rules = AssociationRules(remoteParticipationAllowed: true, remoteParticipationFrom: CivilDate(iso: "2022-03-16"))
        let input = ["bodyID": UUID().uuidString, "date": "2022-05-20", "startsAt": "9.00", "format": "remote"]
        let draft = try MeetingDraft.parse(input, rules: rules).get()
        #expect(draft.format == .remote && draft.place.isEmpty && draft.remoteOffered)
        var before = input
        before["date"] = "2021-11-26"
        guard case .failure(let failure) = MeetingDraft.parse(before, rules: rules) else { Issue.record("remote before the decision"); return }
        #expect(failure.issues == [FieldIssue("format", .remoteNotAllowed)])
        var onSite = input
        onSite["format"] = "on_site"
        guard case .failure(let noPlace) = MeetingDraft.parse(onSite, rules: rules) else { Issue.record("no place"); return }
        #expect(noPlace.issues == [FieldIssue("place", .required)])
        #expect(!rules.allowsRemoteParticipation(on: CivilDate(iso: "2022-03-15")!))
        #expect(rules.allowsRemoteParticipation(on: CivilDate(iso: "2022-03-16")!))
        #expect(AssociationRules(remoteParticipationAllowed: true).allowsRemoteParticipation(on: CivilDate(iso: "2001-01-01")!),
                "rules recorded before the date was asked for keep allowing it")
    }
}

@Suite struct AgendaItemTests {
    @Test func aSecretItemNeedsItsLegalGround() {
        guard case .failure(let failure) = AgendaItemDraft.parse(["kind": "decision", "title": "Personalärende", "isSecret": "on"]) else {
            Issue.record("accepted secret item without ground"); return
        }
        #expect(failure.issues == [FieldIssue("secrecyGround", .required)])
        let draft = try? AgendaItemDraft.parse(["kind": "decision", "title": "Personalärende", "isSecret": "on",
                                                "secrecyGround": "OSL 39 kap. 3 §"]).get()
        #expect(draft?.isSecret == true)
        let open = try? AgendaItemDraft.parse(["kind": "information", "title": "Rapport", "secrecyGround": "ignored"]).get()
        #expect(open?.isSecret == false)
    }

    @Test func anOtherRecommendationNeedsText() {
        guard case .failure(let failure) = AgendaItemDraft.parse(["kind": "decision", "title": "Äskande", "recommendation": "other"]) else {
            Issue.record("accepted other recommendation without text"); return
        }
        #expect(failure.issues == [FieldIssue("recommendationText", .required)])
    }

    @Test func movesOneStepWithinBounds() {
        #expect(Reordering.move(2, .up, in: [1, 2, 3]) == [2, 1, 3])
        #expect(Reordering.move(2, .down, in: [1, 2, 3]) == [1, 3, 2])
        #expect(Reordering.move(1, .up, in: [1, 2, 3]) == nil)
        #expect(Reordering.move(3, .down, in: [1, 2, 3]) == nil)
        #expect(Reordering.move(9, .up, in: [1, 2, 3]) == nil)
    }
}
