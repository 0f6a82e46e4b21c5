/// A time of day in Swedish local time, as written in a kallelse ("kl. 09.00"). Stored as `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Accepts `HH:MM` and the Swedish `HH.MM`, with one or two hour digits.
    public init?(text: some StringProtocol) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ part in part.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var text: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public var description: String { text }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}

extension FieldValidator {
    public mutating func time(_ field: String, required: Bool = true) -> ClockTime? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        guard let time = ClockTime(text: value) else {
            add(field, .invalidTime)
            return nil
        }
        return time
    }
}
