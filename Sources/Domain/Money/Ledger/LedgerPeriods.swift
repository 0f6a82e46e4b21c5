/// Which imported periods a new import of a year replaces. Importing the same period again (or a
/// longer one that holds it, as year-to-date exports do) replaces the earlier import; a period
/// that only partly overlaps an earlier one is refused, since keeping both would count the shared
/// months twice and keeping one would lose the others.
public enum LedgerPeriods {
    public enum Outcome: Equatable, Sendable {
        case new
        case replaces([String])
        case partlyOverlaps(ClosedRange<Int>)
    }

    /// `existing` are the imports in force for the same year, by id and months.
    public static func outcome(of months: ClosedRange<Int>, existing: [(id: String, months: ClosedRange<Int>)]) -> Outcome {
        let overlapping = existing.filter { $0.months.overlaps(months) }
        if let partial = overlapping.first(where: { !(months.contains($0.months.lowerBound) && months.contains($0.months.upperBound)) }) {
            return .partlyOverlaps(partial.months)
        }
        return overlapping.isEmpty ? .new : .replaces(overlapping.map(\.id))
    }
}
