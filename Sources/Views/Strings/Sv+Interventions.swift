import Domain

extension Sv {
    /// The register of insatser.
    public enum Interventions {
        public static let title = "Insatser"
        public static let caption = "Förbundets insatser"
        public static let none = "Inga insatser är registrerade."
        public static let new = "Registrera insats"
        public static let editTitle = "Ändra insatsens uppgifter"
        public static let code = "Projektkod"
        public static let codeHint = "Unik i förbundet och samma som projektobjektet i bokföringen, till exempel P41VÄN."
        public static let name = "Namn"
        public static let nameHint = "Ett senare namnbyte registreras med datum på insatsens sida, så att äldre rapporter behåller det gamla namnet."
        public static let kind = "Slag"
        public static let owner = "Huvudman (medlem)"
        public static let responsible = "Ansvarig person"
        public static let responsibleHint = "En användare kopplad till personen och med rollen insatsägare ser och arbetar med insatsen."
        public static let partners = "Samverkansparter"
        public static let targetGroup = "Målgrupp"
        public static let ages = "Åldersgrupp"
        public static let ageFrom = "Från ålder"
        public static let ageTo = "Till ålder"
        public static let area = "Plattform eller område i verksamhetsplanen"
        public static let startsOn = "Startar"
        public static let endsOn = "Slutar"
        public static let period = "Period"
        public static let stage = "Skede"
        public static let steeringBody = "Styrgrupp"
        public static let steeringHint = "Ett organ av slaget styrgrupp."
        public static let history = "Historik"
        public static let namesCaption = "Insatsens namn över tid"
        public static let validFrom = "Från"
        public static let validTo = "Till"
        public static let rename = "Byt namn"
        public static let newName = "Nytt namn"
        public static let renameFrom = "Gäller från"
        public static let renamed = "Det nya namnet är registrerat."
        public static let close = "Avsluta insatsen"
        public static let closeOn = "Avslutad den"
        public static let closed = "Insatsen är avslutad."
        public static let merge = "Slå samman med en annan insats"
        public static let mergeInto = "Går upp i"
        public static let mergeOn = "Från och med"
        public static let merged = "Insatsen är sammanslagen."
        public static func mergedInto(_ code: String, _ date: String) -> String { "Gick upp i \(code) från och med \(date)." }
        public static func closedOn(_ date: String) -> String { "Avslutad \(date)." }
        public static let alreadyEnded = "Insatsen är redan avslutad eller sammanslagen och ändras inte längre."
        public static let mustBeAnother = "Välj en annan, pågående insats."
        public static let ownOnly = "Du ser de insatser där du är ansvarig."

        public static func kind(_ kind: InterventionKind) -> String {
            switch kind {
            case .individual: "Individinriktad"
            case .structural: "Strukturövergripande"
            }
        }

        public static func stage(_ stage: InterventionStage) -> String {
            switch stage {
            case .preStudy: "Förstudie"
            case .project: "Projekt"
            case .implementation: "Implementering"
            case .regularOperation: "Ordinarie verksamhet"
            case .closed: "Avslutad"
            }
        }

        public static func period(_ start: String?, _ end: String?) -> String {
            switch (start, end) {
            case let (start?, end?): "\(start) – \(end)"
            case let (start?, nil): "från \(start)"
            case let (nil, end?): "till \(end)"
            default: Sv.none
            }
        }

        public static func ages(_ from: Int?, _ to: Int?) -> String {
            switch (from, to) {
            case let (from?, to?): "\(from)–\(to) år"
            case let (from?, nil): "från \(from) år"
            case let (nil, to?): "upp till \(to) år"
            default: Sv.none
            }
        }
    }
}
