import Foundation

/// A diarienummer, "löpnummer-år" as in "Dnr 10-2015": numbered per association and calendar
/// year in the order matters are registered, assigned once and never reused.
public struct DiaryNumber: Hashable, Sendable, Comparable {
    public var number: Int
    public var year: Int

    public init(number: Int, year: Int) {
        self.number = number
        self.year = year
    }

    /// "10-2015", also written "Dnr 10-2015" or "10/2015".
    public init?(text: String) {
        var rest = text.trimmingCharacters(in: .whitespaces)
        if rest.lowercased().hasPrefix("dnr") { rest = String(rest.dropFirst(3)).trimmingCharacters(in: .whitespaces.union(["."])) }
        let parts = rest.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, let number = Int(parts[0]), let year = Int(parts[1]), number > 0, (1900...2199).contains(year) else { return nil }
        self.init(number: number, year: year)
    }

    public var text: String { "\(number)-\(year)" }

    /// The next number of a year, after those already given.
    public static func next(in year: Int, after used: [Int]) -> DiaryNumber {
        DiaryNumber(number: (used.max() ?? 0) + 1, year: year)
    }

    public static func < (a: DiaryNumber, b: DiaryNumber) -> Bool { (a.year, a.number) < (b.year, b.number) }
}

/// What an ärende in the diarium is about.
public enum RegisteredMatterCategory: String, CaseIterable, Sendable, Codable {
    case fundingRequest = "funding_request"
    case call
    case budget
    case requisition
    case other
}

/// The form that registers an ärende; its diarienummer is given when it is stored.
public struct RegisteredMatterDraft: Equatable, Sendable {
    public var title: String
    public var category: RegisteredMatterCategory
    public var openedOn: CivilDate
    public var description: String?
    public var interventionID: UUID?

    public init(title: String, category: RegisteredMatterCategory, openedOn: CivilDate, description: String?, interventionID: UUID?) {
        self.title = title
        self.category = category
        self.openedOn = openedOn
        self.description = description
        self.interventionID = interventionID
    }

    public static func parse(_ input: [String: String]) -> Result<RegisteredMatterDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let title = v.text("title", maxLength: 300)
        let category = v.choice("category", as: RegisteredMatterCategory.self)
        let opened = v.date("openedOn")
        let description = v.text("description", required: false, maxLength: 4000)
        let intervention = v.reference("interventionID", required: false)
        return v.result {
            guard let title, let category, let opened else { return nil }
            return RegisteredMatterDraft(title: title, category: category, openedOn: opened, description: description,
                                         interventionID: intervention)
        }
    }
}
