/// Reads raw form values (always text) into typed values, collecting one issue per bad field.
/// Each reader returns nil for a bad or absent value so a caller can read every field first and
/// report all problems at once.
public struct FieldValidator: Sendable {
    public private(set) var issues: [FieldIssue] = []
    private let input: [String: String]

    public init(_ input: [String: String]) {
        self.input = input
    }

    public var isValid: Bool { issues.isEmpty }

    public mutating func add(_ field: String, _ problem: FieldIssue.Problem) {
        guard !issues.contains(where: { $0.field == field }) else { return }
        issues.append(FieldIssue(field, problem))
    }

    /// The trimmed value, or nil when empty.
    public func raw(_ field: String) -> String? {
        guard let value = input[field]?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    public mutating func text(_ field: String, required: Bool = true, maxLength: Int = 200) -> String? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        guard value.count <= maxLength else {
            add(field, .tooLong(max: maxLength))
            return nil
        }
        return value
    }

    public mutating func date(_ field: String, required: Bool = true) -> CivilDate? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        guard let date = CivilDate(iso: value) else {
            add(field, .invalidDate)
            return nil
        }
        return date
    }

    public mutating func monthDay(_ field: String) -> MonthDay? {
        guard let value = raw(field) else {
            add(field, .required)
            return nil
        }
        guard let monthDay = MonthDay(text: value) else {
            add(field, .invalidMonthDay)
            return nil
        }
        return monthDay
    }

    /// A whole number; spaces used as thousands separators ("1 250 000") are accepted.
    public mutating func integer(_ field: String, in range: ClosedRange<Int64>, required: Bool = true) -> Int64? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        let digits = value.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        guard let number = Int64(digits) else {
            add(field, .notAWholeNumber)
            return nil
        }
        guard range.contains(number) else {
            add(field, .outOfRange(min: range.lowerBound, max: range.upperBound))
            return nil
        }
        return number
    }

    /// A number with or without decimals, written with a comma or a point ("12,5").
    public mutating func decimal(_ field: String, in range: ClosedRange<Double>, required: Bool = true) -> Double? {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        let cleaned = String(value.filter { !$0.isWhitespace && $0 != "\u{00A0}" }.map { $0 == "," ? "." : $0 })
        guard let number = Double(cleaned), number.isFinite else {
            add(field, .notANumber)
            return nil
        }
        guard range.contains(number) else {
            add(field, .outOfRange(min: Int64(range.lowerBound), max: Int64(range.upperBound)))
            return nil
        }
        return number
    }

    public mutating func choice<Choice: RawRepresentable>(_ field: String, as type: Choice.Type, required: Bool = true) -> Choice?
    where Choice.RawValue == String {
        guard let value = raw(field) else {
            if required { add(field, .required) }
            return nil
        }
        guard let choice = Choice(rawValue: value) else {
            add(field, .notAChoice)
            return nil
        }
        return choice
    }

    /// HTML checkboxes send a value only when ticked.
    public func flag(_ field: String) -> Bool {
        guard let value = raw(field)?.lowercased() else { return false }
        return ["on", "true", "1", "ja", "yes"].contains(value)
    }

    public mutating func organisationNumber(_ field: String) -> OrganisationNumber? {
        guard let value = raw(field) else {
            add(field, .required)
            return nil
        }
        switch OrganisationNumber.parse(value) {
        case .success(let number): return number
        case .failure(.format): add(field, .organisationNumberFormat)
        case .failure(.checkDigit): add(field, .organisationNumberCheckDigit)
        }
        return nil
    }

    public mutating func email(_ field: String, required: Bool = false) -> String? {
        guard let value = text(field, required: required, maxLength: 254) else { return nil }
        guard EmailAddress.isValid(value) else {
            add(field, .invalidEmail)
            return nil
        }
        return value
    }

    /// Checks that an optional end does not come before its start; the issue goes on the end field.
    public mutating func ordered(_ start: CivilDate?, _ end: CivilDate?, endField: String) {
        if let start, let end, end < start { add(endField, .endBeforeStart) }
    }

    public func result<T>(_ make: () -> T?) -> Result<T, ValidationFailure> {
        if !issues.isEmpty { return .failure(ValidationFailure(issues)) }
        guard let value = make() else { return .failure(ValidationFailure([FieldIssue("form", .required)])) }
        return .success(value)
    }
}
