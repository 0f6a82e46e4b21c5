import Foundation
import Testing
@testable import Domain

@Suite struct AttendanceTests {
    let meetingDate = CivilDate(iso: "2026-03-20")!
    let anna = UUID(), bertil = UUID(), cecilia = UUID(), david = UUID(), erik = UUID()

    private var check: AttendanceCheck {
        let start = CivilDate(iso: "2025-01-01")!
        func mandate(_ person: UUID, _ role: MandateRole) -> MandateFacts {
            MandateFacts(id: UUID(), personID: person, personName: "", role: role, appointedByMemberID: nil, startsOn: start, endsOn: nil)
        }
        return AttendanceCheck(paragraphs: 1...10, meetingDate: meetingDate,
                               mandates: [mandate(anna, .chair), mandate(bertil, .member), mandate(cecilia, .member),
                                          mandate(david, .substitute)],
                               remoteAllowed: false)
    }

    @Test func anErsattareStepsInFromParagraphThree() {
        let existing = [AttendanceEntry(personID: anna, role: .decisionMaker, isChair: true),
                        AttendanceEntry(personID: bertil, role: .decisionMaker, paragraphs: 1...2)]
        let serving = AttendanceEntry(personID: david, role: .servingSubstitute, paragraphs: 3...10, servesForPersonID: bertil)
        #expect(check.issues(for: serving, existing: existing).isEmpty)
        let all = existing + [serving]
        #expect(check.quorum(at: 2, entries: all, rule: .moreThanHalf) == QuorumStatus(present: 2, seats: 3, needed: 2, isQuorate: true))
        #expect(check.quorum(at: 5, entries: all, rule: .moreThanHalf).present == 2)
        #expect(!check.quorum(at: 5, entries: [existing[0]], rule: .moreThanHalf).isQuorate)
    }

    @Test func refusesImpossibleAttendance() {
        let existing = [AttendanceEntry(personID: anna, role: .decisionMaker, isChair: true),
                        AttendanceEntry(personID: bertil, role: .decisionMaker)]
        let fields = { (entry: AttendanceEntry) in check.issues(for: entry, existing: existing).map(\.field) }
        #expect(fields(AttendanceEntry(personID: erik, role: .servingSubstitute, servesForPersonID: bertil)) == ["role"])
        #expect(fields(AttendanceEntry(personID: david, role: .servingSubstitute, servesForPersonID: bertil)) == ["servesForPersonID"])
        #expect(fields(AttendanceEntry(personID: bertil, role: .participant, paragraphs: 4...5)) == ["role"])
        #expect(fields(AttendanceEntry(personID: cecilia, role: .decisionMaker, paragraphs: 9...12)) == ["toParagraph"])
        #expect(fields(AttendanceEntry(personID: cecilia, role: .decisionMaker, mode: .remote)) == ["mode"])
        #expect(fields(AttendanceEntry(personID: cecilia, role: .decisionMaker, isChair: true)) == ["isChair"])
        #expect(fields(AttendanceEntry(personID: erik, role: .participant)).isEmpty)
    }
}
