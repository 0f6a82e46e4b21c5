import Testing
@testable import Domain

/// Issue 18, item 6: the årsredovisning is written as a draft, laid before a board meeting, signed
/// by the ledamöter from the meeting day on, and adopted by the last signature; then it is fixed.
@Suite struct AnnualReportLifecycleTests {
    let meeting = CivilDate(year: 2026, month: 4, day: 17)!
    let before = CivilDate(year: 2026, month: 4, day: 16)!

    @Test func aDraftIsWrittenAndLaidBeforeTheBoard() {
        #expect(AnnualReportLifecycle.apply(.edit, to: .draft) == .success(.draft))
        #expect(AnnualReportLifecycle.apply(.present(anySigned: false), to: .draft) == .success(.presented))
        #expect(AnnualReportLifecycle.apply(.edit, to: .presented) == .failure(.presented), "the document laid before the board is fixed")
        #expect(AnnualReportLifecycle.apply(.present(anySigned: false), to: .presented) == .success(.presented), "a new version before anyone signs")
        #expect(AnnualReportLifecycle.apply(.present(anySigned: true), to: .presented) == .failure(.signed))
        #expect(AnnualReportLifecycle.apply(.withdraw(anySigned: false), to: .presented) == .success(.draft))
        #expect(AnnualReportLifecycle.apply(.withdraw(anySigned: true), to: .presented) == .failure(.signed))
        #expect(AnnualReportLifecycle.apply(.withdraw(anySigned: false), to: .draft) == .failure(.notPresented))
    }

    @Test func theBoardSignsFromTheMeetingDay() {
        #expect(AnnualReportLifecycle.apply(.sign(completes: false, meetingDay: meeting, today: before), to: .presented)
            == .failure(.meetingAhead(meeting)))
        #expect(AnnualReportLifecycle.apply(.sign(completes: false, meetingDay: meeting, today: meeting), to: .presented) == .success(.presented))
        #expect(AnnualReportLifecycle.apply(.sign(completes: true, meetingDay: meeting, today: meeting), to: .presented) == .success(.adopted))
        #expect(AnnualReportLifecycle.apply(.decline(meetingDay: meeting, today: meeting), to: .presented) == .success(.draft))
        #expect(AnnualReportLifecycle.apply(.sign(completes: true, meetingDay: meeting, today: meeting), to: .draft) == .failure(.notPresented))
    }

    @Test func anAdoptedReportNeverChanges() {
        for event: AnnualReportLifecycle.Event in [.edit, .present(anySigned: false), .withdraw(anySigned: false),
                                                    .sign(completes: true, meetingDay: meeting, today: meeting),
                                                    .decline(meetingDay: meeting, today: meeting)] {
            #expect(AnnualReportLifecycle.apply(event, to: .adopted) == .failure(.adopted))
        }
    }
}
