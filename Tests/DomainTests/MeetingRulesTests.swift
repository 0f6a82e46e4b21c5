import Foundation
import Testing
@testable import Domain

@Suite struct ParagraphNumberingTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func continuesThroughTheYearAndRestartsInJanuary() {
        let ranges = ParagraphNumbering.ranges(for: [
            (date("2016-11-25"), 18), (date("2016-09-16"), 15), (date("2016-02-12"), 63),
            (date("2017-02-10"), 9), (date("2016-10-21"), 0),
        ])
        #expect(ranges[2] == 1...63)
        #expect(ranges[1] == 64...78)
        #expect(ranges[0] == 79...96)
        #expect(ranges[3] == 1...9)
        #expect(ranges[4] == nil)
    }

    @Test func firstNumberIgnoresOtherYearsAndLaterMeetings() {
        let earlier = [(date: date("2021-11-26"), lastNumber: 110), (date: date("2022-02-25"), lastNumber: 11)]
        #expect(ParagraphNumbering.firstNumber(on: date("2022-02-25"), earlierMeetings: [earlier[0]]) == 1)
        #expect(ParagraphNumbering.firstNumber(on: date("2022-04-22"), earlierMeetings: earlier) == 12)
    }
}

@Suite struct VotingTests {
    @Test func simpleMajorityOfVotesCast() {
        let rule = MajorityRule.simple
        #expect(rule.outcome(of: VoteTally(yes: 3, no: 2, abstain: 2), beslutandePresent: 7, chairVote: .yes) == .adopted)
        #expect(rule.outcome(of: VoteTally(yes: 2, no: 3), beslutandePresent: 5, chairVote: .yes) == .rejected)
    }

    @Test func tieIsDecidedByTheChair() {
        let tally = VoteTally(yes: 3, no: 3, abstain: 1)
        #expect(MajorityRule.simple.outcome(of: tally, beslutandePresent: 7, chairVote: .no) == .decidedByCastingVote(adopted: false))
        #expect(MajorityRule.simple.outcome(of: tally, beslutandePresent: 7, chairVote: .yes).isAdopted)
        #expect(MajorityRule.simple.outcome(of: tally, beslutandePresent: 7, chairVote: .abstain) == .rejected)
    }

    @Test func qualifiedMajorityCountsEveryoneVoting() {
        var rules = AssociationRules.defaults
        rules.qualifiedMajorityMatters = [.budget]
        let rule = MajorityRule.forMatter(.budget, rules: rules)
        #expect(rule == .qualified(.twoThirds))
        #expect(MajorityRule.forMatter(.statutes, rules: rules) == .simple)
        // 4 of 6 is exactly two thirds; 4 of 7 is not, even though yes beats no.
        #expect(rule.outcome(of: VoteTally(yes: 4, no: 1, abstain: 1), beslutandePresent: 6, chairVote: nil) == .adopted)
        #expect(rule.outcome(of: VoteTally(yes: 4, no: 1, abstain: 2), beslutandePresent: 7, chairVote: nil) == .rejected)
    }
}

@Suite struct NoticeScheduleTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func corpusDatesPassWithALateAdjustmentWarning() throws {
        let schedule = try NoticeSchedule.check(meetingDate: date("2016-11-25"), adjustedOn: date("2016-12-16"),
                                                postedOn: date("2016-12-19"), latePostingReason: "Helg och sjukdom",
                                                rules: .defaults).get()
        #expect(schedule.appeal.endsOn.iso == "2017-01-09")
        #expect(schedule.warnings == [.lateAdjustment(days: 21, deadline: 14)])
    }

    @Test func refusesAPostingBeforeTheMeetingOrJustering() {
        guard case .failure(let failure) = NoticeSchedule.check(
            meetingDate: date("2017-10-27"), adjustedOn: date("2017-10-20"), postedOn: date("2017-10-13"),
            latePostingReason: nil, rules: .defaults) else { Issue.record("accepted bad dates"); return }
        #expect(failure.issues.map(\.field) == ["adjustedOn", "postedOn"])
    }

    @Test func latePostingNeedsAReason() {
        let result = NoticeSchedule.check(meetingDate: date("2017-10-27"), adjustedOn: date("2017-11-08"),
                                          postedOn: date("2017-11-13"), latePostingReason: "  ", rules: .defaults)
        guard case .failure(let failure) = result else { Issue.record("accepted without reason"); return }
        #expect(failure.issues == [FieldIssue("latePostingReason", .reasonNeededAfter("2017-11-10"))])
    }
}

@Suite struct ProtocolStateTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func followsTheFactsThroughItsLife() {
        let appeal = AppealPeriod(postedOn: date("2017-11-13"), days: 21)
        #expect(ProtocolState.derive(sentForAdjustment: false, fullySigned: false, appeal: nil, today: date("2017-11-01")) == .draft)
        #expect(ProtocolState.derive(sentForAdjustment: true, fullySigned: false, appeal: nil, today: date("2017-11-01")) == .forAdjustment)
        #expect(ProtocolState.derive(sentForAdjustment: true, fullySigned: true, appeal: appeal, today: date("2017-11-10")) == .adjusted)
        #expect(ProtocolState.derive(sentForAdjustment: true, fullySigned: true, appeal: appeal, today: date("2017-12-04")) == .posted)
        #expect(ProtocolState.derive(sentForAdjustment: true, fullySigned: true, appeal: appeal, today: date("2017-12-05")) == .final)
        #expect(ProtocolState.adjusted.isImmutable && !ProtocolState.forAdjustment.isImmutable)
    }
}

@Suite struct DecisionDraftTests {
    @Test func anUppdragNeedsAnAssignee() {
        let result = DecisionDraft.parse(["kind": "assignment", "wording": "Förbundschefen får i uppdrag att utreda."],
                                         meetingDate: CivilDate(iso: "2026-03-15")!)
        guard case .failure(let failure) = result else { Issue.record("accepted uppdrag without assignee"); return }
        #expect(failure.issues == [FieldIssue("assigneePersonID", .required)])
    }

    @Test func anInriktningsbeslutCoversOrderedYears() throws {
        let bad = DecisionDraft.parse(["kind": "policy", "wording": "Inriktning", "policyFromYear": "2028", "policyToYear": "2027"],
                                      meetingDate: CivilDate(iso: "2026-03-15")!)
        guard case .failure(let failure) = bad else { Issue.record("accepted reversed years"); return }
        #expect(failure.issues.map(\.field) == ["policyToYear"])
        let good = try DecisionDraft.parse(["kind": "policy", "wording": "Inriktning", "policyFromYear": "2027", "policyToYear": "2029"],
                                           meetingDate: CivilDate(iso: "2026-03-15")!).get()
        #expect(good.policyYears == 2027...2029)
    }
}
