import Domain

extension Sv {
    /// The register of decisions across meetings and the follow-up of uppdrag.
    public enum DecisionRegister {
        public static let title = "Beslut"
        public static let caption = "Beslut i alla protokoll"
        public static let none = "Inga beslut matchar urvalet."
        public static let body = "Organ"
        public static let year = "År"
        public static let kind = "Typ av beslut"
        public static let state = "Protokollets status"
        public static let all = "Alla"
        public static let filter = "Visa"
        public static let meeting = "Sammanträde"
        public static let paragraph = "Paragraf"
        public static let wording = "Beslut"
        public static let secret = "Sekretess"
        public static func count(_ n: Int) -> String { n == 1 ? "1 beslut" : "\(n) beslut" }

        public static let tasksTitle = "Uppdrag från beslut"
        public static let tasksCaption = "Uppdrag som styrelsen har gett, med ansvarig och tidsgräns"
        public static let tasksNone = "Inga uppdrag matchar urvalet."
        public static let tasksIntro = "Den ansvarige får en påminnelse via e-post en vecka före tidsgränsen."
        public static let owner = "Ansvarig"
        public static let deadline = "Klart senast"
        public static let standing = "Status"
        public static let actions = "Åtgärder"
        public static let markDone = "Markera som klart"
        public static let markedDone = "Uppdraget är markerat som klart."
        public static let reminded = "Påminnelse skickad"
        public static func standing(_ standing: TaskStatus.Standing, doneOn: String?) -> String {
            switch standing {
            case .open: "Pågår"
            case .dueSoon: "Pågår, tidsgränsen närmar sig"
            case .overdue: "Försenat"
            case .done: "Klart" + (doneOn.map { " \($0)" } ?? "")
            }
        }

        public static func reminderSubject(_ deadline: String) -> String { "Påminnelse: uppdrag som ska vara klart \(deadline)" }
        public static func reminderBody(name: String, wording: String, paragraph: String, deadline: String, url: String,
                                        association: String) -> String {
            """
            Hej \(name)!

            Styrelsen gav dig ett uppdrag som ska vara klart senast \(deadline):

            \(wording)

            Beslutet finns i \(paragraph):
            \(url)

            Meddela kansliet när uppdraget är klart.

            Med vänlig hälsning
            \(association)
            """
        }
    }
}
