import Testing
@testable import Domain

@Suite struct RequisitionRulesTests {
    @Test func claimsAndAccrualsUseTheGrantUntilReturned() {
        var balance = GrantBalance(granted: 300_000)
        balance.add(150_000, kind: .claim, status: .submitted)
        balance.add(50_000, kind: .claim, status: .returned)
        balance.add(100_000, kind: .claim, status: .approved)
        balance.add(20_000, kind: .accrual, status: .submitted)
        #expect(balance == GrantBalance(granted: 300_000, approved: 100_000, pending: 150_000, accrued: 20_000))
        #expect(balance.claimed == 250_000 && balance.remaining == 30_000)
        #expect(balance.admits(30_000) && !balance.admits(30_001))
        balance.granted += 100_000
        #expect(balance.admits(130_000), "a later decision raising the grant lets more through")
        #expect(RequisitionLifecycle.isAllowed(.approve, in: .submitted) && !RequisitionLifecycle.isAllowed(.giveBack, in: .approved))
    }

    func fields(_ result: Result<RequisitionDraft, ValidationFailure>) -> [String] {
        guard case .failure(let failure) = result else { return [] }
        return failure.issues.map(\.field)
    }

    @Test func theFormKeepsToOneYearAndClaimsSomething() throws {
        let draft = try RequisitionDraft.parse(["kind": "claim", "periodFrom": "2026-01-01", "periodTo": "2026-03-31", "staff": "120000",
                                                "premises": "5000"]).get()
        #expect(draft.total == 125_000 && draft.year == 2026 && draft.externalServices == 0)
        let crossing = RequisitionDraft.parse(["kind": "claim", "periodFrom": "2026-12-01", "periodTo": "2027-01-31", "other": "1"])
        #expect(fields(crossing) == ["periodTo"])
        let empty = RequisitionDraft.parse(["kind": "accrual", "periodFrom": "2026-12-01", "periodTo": "2026-12-31"])
        #expect(fields(empty) == ["staff"])
        let negative = RequisitionDraft.parse(["kind": "claim", "periodFrom": "2026-01-01", "periodTo": "2026-01-31", "other": "-5"])
        #expect(fields(negative) == ["other"])
    }
}
