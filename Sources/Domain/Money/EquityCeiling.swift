/// Eget kapital and the national guideline's ceiling ("trappan"): an association should not hold
/// more than 20 % of the year's total allocation up to 7 000 000 kr plus 15 % of the part above.
/// All amounts are whole kronor.
public enum EquityCeiling {
    public static let firstStep: Int64 = 7_000_000

    /// The ceiling for a year's total allocation (the members' contributions), rounded down to the krona.
    public static func ceiling(allocation: Int64) -> Int64 {
        guard allocation > 0 else { return 0 }
        let first = min(allocation, firstStep)
        let above = max(0, allocation - firstStep)
        return (Int64(first) * 20 + Int64(above) * 15) / 100
    }
}

/// Opening equity plus the year's result is the closing equity, which opens the next year: from
/// utfall for past years and from the budget for coming ones.
public struct EquityChain: Equatable, Sendable {
    public struct Year: Equatable, Sendable {
        public var year: Int
        public var opening: Int64
        public var result: Int64
        public var closing: Int64
        public var allocation: Int64
        public var ceiling: Int64
        /// Whether the closing equity is above the guideline's ceiling.
        public var isAboveCeiling: Bool { closing > ceiling }
    }

    public var years: [Year]

    /// `results` and `allocations` per year, in any order; the chain runs in year order.
    public init(openingEquity: Int64, results: [Int: Int64], allocations: [Int: Int64]) {
        var opening = openingEquity
        years = results.keys.sorted().map { year in
            let result = results[year] ?? 0
            let allocation = allocations[year] ?? 0
            defer { opening += result }
            return Year(year: year, opening: opening, result: result, closing: opening + result, allocation: allocation,
                        ceiling: EquityCeiling.ceiling(allocation: allocation))
        }
    }
}
