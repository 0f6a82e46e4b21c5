import Foundation
import Testing
@testable import Domain

/// Issue 15, items 3 and 4: the call's dates and window, the äskande's form with its computed
/// totals, the beredningsgrupp's recommendation and the äskande's lifecycle.
@Suite struct FundingRequestRulesTests {
    @Test func aCallIsOpenFromPublicationToItsLastDay() throws {
        let deadline = try #require(CivilDate(iso: "2026-03-31"))
        let published = CivilDate(iso: "2026-02-01")
        #expect(CallWindow.refusal(publishedOn: nil, deadline: deadline, on: CivilDate(iso: "2026-03-01")!) == .notPublished)
        #expect(CallWindow.isOpen(publishedOn: published, deadline: deadline, on: deadline), "the last day is still open")
        #expect(CallWindow.refusal(publishedOn: published, deadline: deadline, on: CivilDate(iso: "2026-04-01")!) == .deadlinePassed(deadline))
        let draft = ["title": "T", "text": "Text", "amount": "100", "applicationDeadline": "2026-03-31", "reviewOn": "2026-03-30"]
        #expect(CallForProposalsDraft.parse(draft).issues.map(\.field) == ["reviewOn"], "the review comes after the last day to apply")
        let criteria = try CallForProposalsDraft.parse(draft.merging(["reviewOn": "", "criteria": "Två parter\n\n Start i år "]) { _, new in new }).get()
        #expect(criteria.criteria == ["Två parter", "Start i år"])
    }

    @Test func anApplicationsTotalsComeFromItsLines() throws {
        let member = UUID().uuidString
        var form = ["newName": "Ny insats", "firstYear": "2027", "yearCount": "2", "purpose": "S", "currentState": "N", "expectedResults": "R",
                    "y1_role1": "Coach", "y1_percent1": "50", "y1_cost1": "520 000", "y1_premises": "12000", "y1_co_\(member)": "50000",
                    "y2_other": "1000"]
        let draft = try FundingRequestDraft.parse(form, memberIDs: [member]).get()
        #expect(draft.budget.years.map(\.requested) == [272_000, 1_000] && draft.budget.total == 273_000)
        #expect(draft.budget.years[0].coFunding == [member: 50_000] && draft.interventionID == nil && draft.newName == "Ny insats")
        #expect(draft.budget.years.map(\.coFundingFallsShort) == [true, true], "members should co-fund at least as much")
        form["y1_stated"] = "270000"
        #expect(FundingRequestDraft.parse(form, memberIDs: [member]).issues
            == [FieldIssue("y1_stated", .statedTotalDiffers(stated: 270_000, computed: 272_000))])
        form["y1_stated"] = nil
        form["y1_role2"] = "Handledare"
        #expect(Set(FundingRequestDraft.parse(form, memberIDs: [member]).issues.map(\.field)) == ["y1_percent2", "y1_cost2"],
                "a staff line needs its share and cost")
        #expect(FundingRequestDraft.parse(["firstYear": "2027", "yearCount": "1", "purpose": "S", "currentState": "N", "expectedResults": "R"],
                                          memberIDs: []).issues.map(\.field).contains("newName"), "an existing insats or a new one's name")
    }

    @Test func aRecommendationIsNeverMoreThanWasAskedFor() throws {
        let requested: [Int: Int64] = [2027: 300_000, 2028: 275_000]
        let approve = try FundingReviewDraft.parse(["recommendation": "approve", "considerations": "Bra."], requested: requested).get()
        #expect(approve.amounts == requested)
        let partial = FundingReviewDraft.parse(["recommendation": "partial", "considerations": "Bra.", "amount_2027": "300001", "amount_2028": "1"],
                                               requested: requested)
        #expect(partial.issues.map(\.field) == ["amount_2027"])
        let reject = try FundingReviewDraft.parse(["recommendation": "reject", "considerations": "Saknar samverkan."], requested: requested).get()
        #expect(reject.amounts.isEmpty)
    }

    @Test func aPendingAskandeEstimatesTheBudgetsUndecidedYears() {
        let requested: [Int: Int64] = [2027: 300_000, 2028: 275_000]
        #expect(PendingRequestEstimate.amounts(budgetYears: [2027, 2028, 2029], requested: requested, recommendation: nil, recommended: [:],
                                               decidedYears: []) == [300_000, 275_000, 0])
        #expect(PendingRequestEstimate.amounts(budgetYears: [2026, 2027, 2028], requested: requested, recommendation: .partial,
                                               recommended: [2027: 250_000, 2028: 200_000], decidedYears: [2028]) == [0, 250_000, 0])
        #expect(PendingRequestEstimate.amounts(budgetYears: [2027, 2028, 2029], requested: requested, recommendation: .reject, recommended: [:],
                                               decidedYears: []) == [0, 0, 0])
    }

    @Test func anAskandeMovesForwardOnly() {
        #expect(FundingRequestLifecycle.isAllowed(.review, in: .reviewed), "the beredningsgrupp may revise before the agenda")
        #expect(!FundingRequestLifecycle.isAllowed(.review, in: .onAgenda))
        #expect(!FundingRequestLifecycle.isAllowed(.placeOnAgenda, in: .submitted))
        #expect(FundingRequestLifecycle.isAllowed(.decide, in: .onAgenda) && !FundingRequestLifecycle.isAllowed(.decide, in: .decided))
    }
}
