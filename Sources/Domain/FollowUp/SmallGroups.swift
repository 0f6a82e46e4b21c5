/// Counts of people are published only where no one can be recognised from them: a group of
/// one to `threshold − 1` persons is shown as "< threshold". Where a breakdown would leave a
/// single hidden part, which could be worked out from the total and the other parts, the next
/// smallest part is hidden too ("protected"). Zero identifies no one and is shown.
public struct SmallGroups: Equatable, Sendable {
    public let threshold: Int

    public init(threshold: Int = 5) {
        self.threshold = max(1, threshold)
    }

    public enum Shown: Equatable, Sendable {
        case exact(Int)
        case fewerThan(Int)
        /// Large enough to show, hidden so that a small group beside it cannot be worked out.
        case protected

        public var isHidden: Bool {
            if case .exact = self { return false }
            return true
        }
    }

    public func show(_ count: Int) -> Shown {
        (1..<threshold).contains(count) ? .fewerThan(threshold) : .exact(count)
    }

    /// The parts of a breakdown whose total is shown.
    public func show(parts: [Int]) -> [Shown] {
        var shown = parts.map(show)
        if shown.filter(\.isHidden).count == 1,
           let next = parts.indices.filter({ !shown[$0].isHidden && parts[$0] > 0 }).min(by: { parts[$0] < parts[$1] }) {
            shown[next] = parts[next] < threshold ? .fewerThan(threshold) : .protected
        }
        return shown
    }

    /// A share in whole per cent of `count` out of `total`, hidden with its count or with a small
    /// total (0 % of two people says what both did); nil when there is nothing to share.
    public func percent(_ count: Shown, of total: Int) -> Shown? {
        guard total > 0 else { return nil }
        if show(total).isHidden { return .protected }
        switch count {
        case .exact(let value): return .exact(Int((Double(value) * 100 / Double(total)).rounded()))
        case .fewerThan, .protected: return count
        }
    }
}
