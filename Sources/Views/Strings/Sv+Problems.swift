import Domain

extension Sv {
    public static let errorSummaryTitle = "Det finns fel i formuläret"
    public static let errorSummaryIntro = "Rätta följande och skicka formuläret igen. Ingenting har sparats."
    public static let errorPrefix = "Fel:"

    /// The message shown beside a field and in the error summary; the label names the field.
    public static func problem(_ problem: FieldIssue.Problem, label: String) -> String {
        let field = label.lowercased()
        switch problem {
        case .required: return "Fyll i \(field)."
        case .invalidDate: return "\(label) måste vara ett giltigt datum i formatet ÅÅÅÅ-MM-DD."
        case .invalidMonthDay: return "\(label) måste anges som MM-DD, till exempel 01-01."
        case .endBeforeStart: return "\(label) kan inte vara före startdatumet."
        case .organisationNumberFormat: return "\(label) ska ha tio siffror i formatet NNNNNN-NNNN."
        case .organisationNumberCheckDigit: return "\(label) har fel kontrollsiffra. Kontrollera numret."
        case .notAWholeNumber: return "\(label) måste vara ett heltal."
        case .outOfRange(let min, let max): return "\(label) måste vara mellan \(grouped(min)) och \(grouped(max))."
        case .tooLong(let max): return "\(label) får vara högst \(max) tecken."
        case .tooShort(let min): return "\(label) måste vara minst \(min) tecken."
        case .notAChoice: return "Välj ett av alternativen för \(field)."
        case .taken: return "\(label) används redan. Välj ett annat."
        case .invalidSlug: return "\(label) får bara innehålla små bokstäver a–z, siffror och bindestreck (2–40 tecken)."
        case .invalidEmail: return "\(label) måste vara en e-postadress, till exempel namn@exempel.se."
        case .unknownReference: return "Välj ett av alternativen för \(field)."
        case .mismatch: return "\(label) stämmer inte."
        case .invalidFraction: return "\(label) ska anges som ett bråk, till exempel 2/3."
        case .mustBeAfter(let date): return "\(label) måste vara efter \(date)."
        case .notAllowed: return "\(label) kan inte ändras så."
        case .chooseAtLeastOne: return "Välj minst ett alternativ för \(field)."
        case .lastAdministrator: return "Förbundet måste ha minst en administratör; \(field) kan inte lämnas utan administratörsrollen."
        }
    }
}
