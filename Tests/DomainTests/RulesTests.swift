import Testing
@testable import Domain

@Suite struct RulesTests {
    @Test func defaultsFollowTheCommonRules() {
        let rules = AssociationRules.defaults
        #expect(rules.quorum == .moreThanHalf)
        #expect(rules.adjustmentDeadlineDays == 14)
        #expect(rules.postingDeadlineDays == 2)
        #expect(rules.appealPeriodDays == 21)
        #expect(rules.qualifiedMajority == Fraction(2, 3))
        #expect(rules.qualifiedMajorityMatters.isEmpty)
        #expect(rules.remoteParticipationAllowed == false)
        #expect(rules.boardTermStarts.text == "01-01")
        #expect(rules.planAndBudgetDeadline.text == "11-30")
    }

    @Test func quorumIsMoreThanHalfOfTheSeats() {
        #expect(QuorumRule.moreThanHalf.isQuorate(present: 4, seats: 7))
        #expect(!QuorumRule.moreThanHalf.isQuorate(present: 3, seats: 6))
        #expect(QuorumRule.atLeastHalf.isQuorate(present: 3, seats: 6))
        #expect(QuorumRule.moreThanHalf.minimumPresent(seats: 8) == 5)
        #expect(!QuorumRule.moreThanHalf.isQuorate(present: 0, seats: 0))
    }

    @Test func qualifiedMajorityIsExact() {
        #expect(Fraction.twoThirds.isReached(by: 4, of: 6))
        #expect(!Fraction.twoThirds.isReached(by: 3, of: 5))
    }

    @Test func mattersRoundTripThroughText() {
        let matters: Set<MatterKind> = [.budget, .operationalPlan]
        #expect(AssociationRules.encode(matters) == "budget,operational_plan")
        #expect(AssociationRules.decode("operational_plan,budget,nonsense") == matters)
    }

    @Test func formRejectsBadValuesPerField() throws {
        let input = ["quorum": "more_than_half", "qualifiedMajority": "3/2", "adjustmentDeadlineDays": "fjorton",
                     "postingDeadlineDays": "2", "appealPeriodDays": "500", "boardTermStarts": "02-29",
                     "planAndBudgetDeadline": "11-30"]
        guard case .failure(let failure) = AssociationRules.parse(input) else {
            Issue.record("expected failure")
            return
        }
        #expect(failure.issues == [FieldIssue("qualifiedMajority", .invalidFraction),
                                   FieldIssue("adjustmentDeadlineDays", .notAWholeNumber),
                                   FieldIssue("appealPeriodDays", .outOfRange(min: 1, max: 90)),
                                   FieldIssue("boardTermStarts", .invalidMonthDay)])
    }
}
