import Foundation

/// A rekvisition: an insatsägare claims the costs of a period against the insats's grant for the
/// year, per cost category, with the invoice or ledger extract attached. At year end the owner
/// also reports costs incurred but not yet claimed (an *upparbetad* cost), which the association
/// owes the owner. Whole kronor.
public enum RequisitionKind: String, CaseIterable, Sendable {
    case claim
    /// Skuld till huvudman: upparbetade projektkostnader, reported at year end.
    case accrual
}

public enum RequisitionStatus: String, CaseIterable, Sendable {
    case submitted
    case approved
    /// Sent back by the kansli with a reason; it no longer counts against the grant.
    case returned
}

/// What the kansli may do with a rekvisition in a status: only a submitted one is approved or
/// returned, and a decided one stays as decided.
public enum RequisitionLifecycle {
    public enum Change: Sendable {
        case approve, giveBack
    }

    public static func isAllowed(_ change: Change, in status: RequisitionStatus) -> Bool {
        status == .submitted
    }
}

/// The claim form: the year and period, and the amount of each cost category.
public struct RequisitionDraft: Equatable, Sendable {
    public var kind: RequisitionKind
    public var periodFrom: CivilDate
    public var periodTo: CivilDate
    public var staff: Int64
    public var externalServices: Int64
    public var premises: Int64
    public var other: Int64

    public var year: Int { periodFrom.year }
    public var total: Int64 { staff + externalServices + premises + other }

    public init(kind: RequisitionKind, periodFrom: CivilDate, periodTo: CivilDate, staff: Int64, externalServices: Int64, premises: Int64,
                other: Int64) {
        self.kind = kind
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.staff = staff
        self.externalServices = externalServices
        self.premises = premises
        self.other = other
    }

    public static let amountFields = ["staff", "externalServices", "premises", "other"]

    /// Fields `kind`, `periodFrom`, `periodTo` and the four amounts (empty is 0); the period lies
    /// within one year and something is claimed.
    public static func parse(_ input: [String: String]) -> Result<RequisitionDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let kind = v.choice("kind", as: RequisitionKind.self)
        let from = v.date("periodFrom")
        let to = v.date("periodTo")
        v.ordered(from, to, endField: "periodTo")
        if let from, let to, from.year != to.year { v.add("periodTo", .periodCrossesYear) }
        let amounts = amountFields.map { v.integer($0, in: 0...1_000_000_000, required: false) ?? 0 }
        if v.issues.isEmpty, amounts.allSatisfy({ $0 == 0 }) { v.add("staff", .required) }
        return v.result {
            guard let kind, let from, let to else { return nil }
            return RequisitionDraft(kind: kind, periodFrom: from, periodTo: to, staff: amounts[0], externalServices: amounts[1],
                                    premises: amounts[2], other: amounts[3])
        }
    }
}

/// What is granted, claimed, approved and left of an insats's grant for a year. Submitted
/// claims and reported accruals count as used until they are returned, so two claims sent in the
/// same week cannot together pass the grant.
public struct GrantBalance: Equatable, Sendable {
    public var granted: Int64
    public var approved: Int64
    public var pending: Int64
    public var accrued: Int64

    public init(granted: Int64, approved: Int64 = 0, pending: Int64 = 0, accrued: Int64 = 0) {
        self.granted = granted
        self.approved = approved
        self.pending = pending
        self.accrued = accrued
    }

    public var claimed: Int64 { approved + pending }
    public var remaining: Int64 { granted - approved - pending - accrued }

    /// Whether a new claim of `amount` fits what is left. A grant raised by a later decision
    /// raises `granted`, and so lets a larger claim through.
    public func admits(_ amount: Int64) -> Bool { amount <= remaining }

    public mutating func add(_ amount: Int64, kind: RequisitionKind, status: RequisitionStatus) {
        switch (kind, status) {
        case (_, .returned): break
        case (.accrual, _): accrued += amount
        case (.claim, .approved): approved += amount
        case (.claim, .submitted): pending += amount
        }
    }
}
