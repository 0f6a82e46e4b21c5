/// A name valid over a period, and how to pick the one that applied on a date: records keep the
/// name that applied at the time (DOMAIN.md §1).
public struct DatedName: Equatable, Sendable {
    public var name: String
    public var validFrom: CivilDate
    public var validTo: CivilDate?

    public init(name: String, validFrom: CivilDate, validTo: CivilDate?) {
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// The name valid on the date; before the first name, the first; after the last ended, the last.
    public static func name(on date: CivilDate, among names: [DatedName]) -> String? {
        let sorted = names.sorted { $0.validFrom < $1.validFrom }
        if let valid = sorted.last(where: { $0.validFrom <= date && ($0.validTo.map { date <= $0 } ?? true) }) {
            return valid.name
        }
        if let first = sorted.first, date < first.validFrom { return first.name }
        return sorted.last?.name
    }
}
