import Domain

extension Sv {
    public enum Agenda {
        public static let title = "Föredragningslista"
        public static let caption = "Punkter i ordning"
        public static let none = "Föredragningslistan är tom."
        public static let fromTemplate = "Skapa föredragningslista med de stående punkterna"
        public static let newItem = "Lägg till punkt"
        public static let editItem = "Ändra punkt"
        public static let number = "Nr"
        public static let kind = "Typ"
        public static let itemTitle = "Rubrik"
        public static let presenter = "Föredragande"
        public static let background = "Bakgrund"
        public static let proposal = "Förslag till beslut"
        public static let recommendation = "Beredningsgruppens rekommendation"
        public static let recommendationText = "Rekommendation i fritext eller villkor"
        public static let recommendationTextHint = "Krävs när rekommendationen är ”Annan”. Villkor för bifall eller avslag skrivs här."
        public static let secret = "Sekretess"
        public static let isSecret = "Punkten omfattas av sekretess"
        public static let isSecretHint = "Punkten visas då aldrig på publika sidor, i flöden, i sökresultat, i API:t eller i publika PDF:er."
        public static let secrecyGround = "Grund för sekretess"
        public static let secrecyGroundHint = "Lagrum, till exempel OSL 26 kap. 1 §."
        public static func secretMarker(_ ground: String) -> String { "Sekretess enligt \(ground)" }
        public static let actions = "Åtgärder"
        public static let moveUp = "Flytta upp"
        public static let moveDown = "Flytta ned"
        public static let remove = "Ta bort"
        public static let removed = "Punkten är borttagen."
        public static let moved = "Punkten är flyttad."
        public static let standing = "Stående punkt"
        public static let addedAtMeeting = "Tillagd vid sammanträdet"
        public static let standingTitle = "Stående punkter"
        public static let standingIntro = "Punkterna som inleder och avslutar varje sammanträde. Nya föredragningslistor börjar med dem; redan skapade listor ändras inte."
        public static let placement = "Placering"
        public static let opening = "Inledning"
        public static let closing = "Avslutning"
        public static let addStanding = "Lägg till stående punkt"
        public static func itemHeading(_ number: Int, _ title: String) -> String { "\(number). \(title)" }

        public static func kind(_ kind: AgendaItemKind) -> String {
            switch kind {
            case .information: "Information"
            case .report: "Rapport"
            case .discussion: "Diskussion"
            case .decision: "Beslut"
            }
        }

        public static func recommendation(_ recommendation: Recommendation) -> String {
            switch recommendation {
            case .none: "Ingen"
            case .approve: "Bifall"
            case .reject: "Avslag"
            case .other: "Annan"
            }
        }

        public static func placement(_ placement: StandingItem.Placement) -> String {
            placement == .opening ? opening : closing
        }
    }
}
