extension Sv {
    /// Text of the search page and its results.
    public enum Search {
        public static let title = "Sök i protokoll och handlingar"
        public static let navigation = "Sök"
        public static let query = "Sökord"
        public static let queryHint = "Ett eller flera ord. Böjningar och stavning utan å, ä och ö hittas också."
        public static let submit = "Sök"
        public static let body = "Organ"
        public static let anyBody = "Alla organ"
        public static let fromYear = "Från år"
        public static let toYear = "Till år"
        public static let documentKind = "Typ av handling"
        public static let anyDocument = "Alla handlingar"
        public static let decisionKind = "Typ av beslut"
        public static let anyDecision = "Alla beslut"
        public static let noQuery = "Skriv ett eller flera sökord."
        public static let noHits = "Inga träffar."
        public static let imported = "importerat"
        public static let previous = "Föregående sida"
        public static let next = "Nästa sida"
        public static let resultsHeading = "Träffar"
        public static let yearProblem = "Skriv året med fyra siffror, till exempel 2016."
        public static let publicOnly = "Du ser det som är offentligt. Logga in för att söka även i bilagor och sekretessbelagda paragrafer."

        public static func hits(_ total: Int, page: Int, pages: Int) -> String {
            "\(total) \(total == 1 ? "träff" : "träffar")" + (pages > 1 ? ", sida \(page) av \(pages)" : "")
        }

        public static func agendaItem(_ number: Int, _ title: String) -> String { "Punkt \(number) \(title)" }

        public static func attachment(_ number: Int, _ title: String) -> String { "Bilaga \(number): \(title)" }
        public static func untitled(_ kind: String) -> String { "Handling utan rubrik (\(documentKindName(kind)))" }

        public static func documentKindName(_ kind: String) -> String {
            switch kind {
            case "kallelse": "Kallelse"
            case "protokoll": "Protokoll"
            case "bilaga": "Bilaga"
            case "arsredovisning": "Årsredovisning"
            default: "Annan handling"
            }
        }
    }
}
