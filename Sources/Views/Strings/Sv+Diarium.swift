import Domain

extension Sv {
    /// The diarium: ärenden with their diarienummer.
    public enum Diarium {
        public static let title = "Diarium"
        public static let caption = "Registrerade ärenden"
        public static let none = "Inga ärenden matchar."
        public static let new = "Registrera ärende"
        public static let number = "Dnr"
        public static let matterTitle = "Ärende"
        public static let category = "Slag"
        public static let openedOn = "Registrerat"
        public static let description = "Beskrivning"
        public static let intervention = "Insats"
        public static let search = "Sök i diariet"
        public static let query = "Diarienummer eller ord i rubriken"
        public static let year = "År"
        public static let show = "Visa"
        public static let handledAt = "Behandlat vid"
        public static let notHandled = "Ärendet har inte tagits upp på något sammanträde ännu."
        public static let matter = "Ärende i diariet"
        public static let matterHint = "Ärendet som punkten behandlar; dess diarienummer står med i kallelsen."
        public static func handledLine(_ meeting: String, _ position: Int, _ item: String) -> String { "\(meeting), punkt \(position): \(item)" }
        public static func registered(_ number: String) -> String { "Ärendet är registrerat med Dnr \(number)." }
        public static func label(_ number: String, _ title: String) -> String { "Dnr \(number) \(title)" }

        public static func category(_ category: RegisteredMatterCategory) -> String {
            switch category {
            case .fundingRequest: "Äskande"
            case .call: "Utlysning"
            case .budget: "Budget"
            case .requisition: "Rekvisition"
            case .other: "Övrigt"
            }
        }
    }
}
