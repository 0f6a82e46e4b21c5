/// Where a version of the verksamhetsplan och budget stands. The raw values are the open-data API's.
public enum BudgetStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case proposal
    /// Fastställd by a § of the board; locked from then on.
    case adopted
    /// An adopted version that a later, revised version has replaced. Still readable.
    case superseded

    public var isEditable: Bool { self == .draft || self == .proposal }
}

/// The rules of a budget version's life: utkast ⇄ förslag → fastställd → ersatt (by a revision
/// that is adopted in its turn). Only utkast and förslag are edited; a revision starts a new
/// version from an adopted one.
public enum BudgetLifecycle {
    public enum Change: Sendable, Equatable {
        case edit
        case propose
        case returnToDraft
        case adopt
        case revise
    }

    public enum Conflict: Error, Equatable, Sendable {
        /// The version is adopted or superseded and no longer changes.
        case locked(BudgetStatus)
        /// Already in the state the change leads to.
        case already(BudgetStatus)
        /// Only an adopted version is revised; drafts are edited directly.
        case notAdopted
        /// Another adopted version, not the one this revises, covers some of the same years.
        case yearsAlreadyAdopted(years: [Int])
    }

    /// Nil when the change is allowed for a version in `status`.
    public static func conflict(_ change: Change, in status: BudgetStatus) -> Conflict? {
        switch change {
        case .edit:
            return status.isEditable ? nil : .locked(status)
        case .propose:
            if status == .proposal { return .already(status) }
            return status.isEditable ? nil : .locked(status)
        case .returnToDraft:
            if status == .draft { return .already(status) }
            return status.isEditable ? nil : .locked(status)
        case .adopt:
            if status == .adopted { return .already(status) }
            return status.isEditable ? nil : .locked(status)
        case .revise:
            return status == .adopted ? nil : .notAdopted
        }
    }

    /// Adopting a version is refused when another adopted version covers any of its years, unless
    /// that is the version it revises (which the adoption supersedes).
    public static func adoptionConflict(years: ClosedRange<Int>, revises: String?,
                                        adopted others: [(id: String, years: ClosedRange<Int>)]) -> Conflict? {
        let overlapping = others.filter { $0.id != revises && $0.years.overlaps(years) }
        guard !overlapping.isEmpty else { return nil }
        let shared = Set(overlapping.flatMap { Array($0.years.clamped(to: years)) })
        return .yearsAlreadyAdopted(years: shared.sorted())
    }
}
