import Domain

extension Sv {
    public enum Decisions {
        public static let title = "Beslut"
        /// Sets a decision apart from the running text in the protokoll.
        public static let label = "Beslut:"
        public static let background = "Text före beslutet"
        public static let backgroundHint = "När paragrafen har flera delar med var sitt beslut: den del av texten som leder fram till just detta beslut. Stycken skiljs med en tom rad."
        public static let caption = "Beslut under paragrafen"
        public static let none = "Inga beslut är registrerade under paragrafen."
        public static let add = "Registrera beslut"
        public static let kind = "Typ av beslut"
        public static let wording = "Beslutets lydelse"
        public static let wordingHint = "Till exempel: Styrelsen beslutade att bevilja 850 000 kr för 2027."
        public static let assignee = "Uppdraget ges till"
        public static let assigneeHint = "Krävs för uppdrag."
        public static let deadline = "Klart senast"
        public static let policyFromYear = "Inriktningen gäller från år"
        public static let policyToYear = "till och med år"
        public static let policyHint = "Krävs för inriktningsbeslut."
        public static let matter = "Ärendetyp som kan kräva kvalificerad majoritet"
        public static let votes = "Votering"
        public static let votesHint = "Lämna alla tomma om beslutet fattades med acklamation. Vid votering röstar alla beslutande vid paragrafen."
        public static let noVote = "–"
        public static let acclamation = "Acklamation"
        public static let result = "Resultat"
        public static let reservations = "Reservationer"
        public static let addReservation = "Registrera reservation"
        public static let decision = "Beslut"
        public static let reservationBy = "Reserverar sig"
        public static let reason = "Skriftlig motivering"
        public static let recusal = "Jäv"
        public static let addRecusal = "Anmäl jäv"
        public static let recusalHint = "Personen lämnar sammanträdet under paragrafen och räknas inte som beslutande här."
        public static let recused = "Anmälde jäv och deltog inte"
        public static let added = "Beslutet är registrerat."
        public static let reservationAdded = "Reservationen är registrerad."
        public static let recusalAdded = "Jävet är registrerat."
        public static func reservationLine(_ name: String, _ reason: String?) -> String {
            "\(name) reserverade sig mot beslutet" + (reason.map { ": \($0)" } ?? ".")
        }
        public static func tally(_ tally: VoteTally) -> String {
            "\(tally.yes) ja, \(tally.no) nej, \(tally.abstain) avstår"
        }

        public static func kind(_ kind: DecisionKind) -> String {
            switch kind {
            case .decision: "Beslut"
            case .approvedReport: "Godkänd rapport"
            case .filed: "Till handlingarna"
            case .assignment: "Uppdrag"
            case .approval: "Bifall"
            case .rejection: "Avslag"
            case .policy: "Inriktningsbeslut"
            case .noDecision: "Inget beslut"
            }
        }

        public static func vote(_ choice: VoteChoice) -> String {
            switch choice {
            case .yes: "Ja"
            case .no: "Nej"
            case .abstain: "Avstår"
            }
        }

        public static func outcome(_ raw: String?) -> String {
            switch raw {
            case "adopted": "Bifallet"
            case "rejected": "Avslaget"
            case "casting_adopted": "Bifallet med ordförandens utslagsröst"
            case "casting_rejected": "Avslaget med ordförandens utslagsröst"
            default: acclamation
            }
        }

        public static func matter(_ matter: MatterKind) -> String {
            switch matter {
            case .budget: "Budget"
            case .operationalPlan: "Verksamhetsplan"
            case .statutes: "Förbundsordning"
            case .membership: "Medlemskap"
            }
        }
    }
}
