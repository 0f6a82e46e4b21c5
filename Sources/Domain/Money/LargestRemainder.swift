/// Shares a whole total in proportion to weights so that the shares add up exactly: each exact
/// share is rounded down and the units left over go one each to the largest remainders (ties to
/// the earlier line). The member contributions and every rounded table use it.
public enum LargestRemainder {
    public static func apportion(_ total: Int128, weights: [Int128]) -> [Int128] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { total * $0 / sum }
        let remainders = weights.map { total * $0 % sum }
        distribute(total - shares.reduce(0, +), to: &shares, by: remainders)
        return shares
    }

    /// Adds one unit to each of the `leftover` lines with the largest remainders.
    static func distribute(_ leftover: Int128, to shares: inout [Int128], by remainders: [Int128]) {
        var left = leftover
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order where left > 0 {
            shares[index] += 1
            left -= 1
        }
    }
}

/// Kronor shown in tkr (thousands) so that the printed lines add up to the printed total: the
/// total is rounded half away from zero, each line rounded down, and the difference given to the
/// lines with the largest remainders. Tables that use it say so in a footnote.
public enum ThousandsRounding {
    public struct Result: Equatable, Sendable {
        public var lines: [Int64]
        public var total: Int64
    }

    public static func round(_ kronor: [Int64]) -> Result {
        let total = thousands(kronor.reduce(Int64(0), +))
        return Result(lines: apportion(kronor, toThousands: total), total: total)
    }

    /// The sum rounded to tkr, half away from zero.
    public static func thousands(_ kronor: Int64) -> Int64 {
        Int64(roundHalfAwayFromZero(Int128(kronor), by: 1000))
    }

    /// The lines in tkr adding up to `total`, a rounding of their sum that a table above them has
    /// already printed (so nested subtotals reconcile at every level).
    public static func apportion(_ kronor: [Int64], toThousands total: Int64) -> [Int64] {
        var floors = kronor.map { floorDivide(Int128($0), 1000) }
        let remainders = kronor.indices.map { Int128(kronor[$0]) - floors[$0] * 1000 }
        LargestRemainder.distribute(Int128(total) - floors.reduce(0, +), to: &floors, by: remainders)
        return floors.map { Int64($0) }
    }

    static func floorDivide(_ value: Int128, _ divisor: Int128) -> Int128 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    static func roundHalfAwayFromZero(_ value: Int128, by divisor: Int128) -> Int128 {
        let magnitude = (abs(value) + divisor / 2) / divisor
        return value < 0 ? -magnitude : magnitude
    }
}
