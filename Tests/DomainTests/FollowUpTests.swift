import Foundation
import Testing
@testable import Domain

@Suite struct FollowUpTests {
    private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func anUppdragIsRemindedOnceFromAWeekBeforeItsDeadline() {
        let deadline = day("2026-03-20")
        #expect(!TaskStatus.needsReminder(status: .open, deadline: deadline, reminderSentOn: nil, on: day("2026-03-12")))
        #expect(TaskStatus.needsReminder(status: .open, deadline: deadline, reminderSentOn: nil, on: day("2026-03-13")))
        #expect(TaskStatus.needsReminder(status: .open, deadline: deadline, reminderSentOn: nil, on: deadline))
        #expect(!TaskStatus.needsReminder(status: .open, deadline: deadline, reminderSentOn: nil, on: day("2026-03-21")))
        #expect(!TaskStatus.needsReminder(status: .open, deadline: deadline, reminderSentOn: day("2026-03-13"), on: day("2026-03-14")))
        #expect(!TaskStatus.needsReminder(status: .done, deadline: deadline, reminderSentOn: nil, on: day("2026-03-15")))
        #expect(!TaskStatus.needsReminder(status: .open, deadline: nil, reminderSentOn: nil, on: day("2026-03-15")))
    }

    @Test func howAnUppdragStands() {
        let deadline = day("2026-03-20")
        #expect(TaskStatus.standing(status: .open, deadline: deadline, on: day("2026-03-01")) == .open)
        #expect(TaskStatus.standing(status: .open, deadline: deadline, on: day("2026-03-14")) == .dueSoon)
        #expect(TaskStatus.standing(status: .open, deadline: deadline, on: day("2026-03-21")) == .overdue)
        #expect(TaskStatus.standing(status: .done, deadline: deadline, on: day("2026-03-21")) == .done)
        #expect(TaskStatus.standing(status: .open, deadline: nil, on: day("2026-03-21")) == .open)
    }

    @Test func aRattelseNamesAParagraphOfTheProtokollAndSaysWhatAndWhy() throws {
        guard case .failure(let failure) = CorrectionDraft.parse(["paragraphNumber": "9", "what": " "], paragraphNumbers: [12, 13]) else {
            Issue.record("accepted a bad rättelse"); return
        }
        #expect(failure.issues == [FieldIssue("paragraphNumber", .notAParagraph), FieldIssue("what", .required), FieldIssue("why", .required)])
        let header = CorrectionDraft.parse(["what": "Mötet började 09.15.", "why": "Fel tid."], paragraphNumbers: [12])
        #expect(try header.get() == CorrectionDraft(paragraphNumber: nil, what: "Mötet började 09.15.", why: "Fel tid."))
        #expect(try CorrectionDraft.parse(["paragraphNumber": "12", "what": "a", "why": "b"], paragraphNumbers: [12]).get().paragraphNumber == 12)
    }

    @Test func aParagraphAddedAtTheMeetingMovesTheLaterOnesAndTheRanges() {
        #expect(ParagraphInsertion.shifted(5, insertingAfter: 5) == 5)
        #expect(ParagraphInsertion.shifted(6, insertingAfter: 5) == 7)
        #expect(ParagraphInsertion.shifted(3...7, insertingAfter: 5) == 3...8)
        #expect(ParagraphInsertion.shifted(1...2, insertingAfter: 5) == 1...2)
        #expect(ParagraphInsertion.shifted(6...8, insertingAfter: 5) == 7...9)
        #expect(ParagraphInsertion.shifted(nil, insertingAfter: 5) == nil)
    }

    @Test func aSecretParagraphsRattelseIsSecretToo() {
        let snapshot = ProtocolSnapshot(associationName: "A", bodyName: "Styrelsen", date: "2026-01-01", place: "P", time: "09.00",
                                        decisionMakers: [], others: [], signers: [], paragraphs: [
                                            .init(number: 1, title: "Öppet", narrative: nil, secrecyGround: nil, decisions: []),
                                            .init(number: 2, title: "Hemligt", narrative: nil, secrecyGround: "OSL 39 kap. 3 §", decisions: []),
                                        ])
        #expect(!snapshot.isSecret(1) && snapshot.isSecret(2) && !snapshot.isSecret(nil))
    }
}
