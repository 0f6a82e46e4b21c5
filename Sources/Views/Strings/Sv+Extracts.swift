import Domain

extension Sv {
    /// Protokollsutdrag and the board's own copy of the protokoll.
    public enum Extracts {
        public static let title = "Utdrag ur protokoll"
        public static let download = "Protokollsutdrag (PDF)"
        public static let certify = "Rätt utdraget intygar"
        public static let certifiedBy = "Utdraget är framställt ur Samordna; den som intygar skriver under på papperskopian."
        public static let send = "Skicka utdraget till de ansvariga för uppdragen"
        public static let sendHint = "Utdraget skickas som PDF till var och en som har fått ett uppdrag under paragrafen."
        public static let noAssignees = "Paragrafen har inga uppdrag med ansvariga som har e-postadress."
        public static func sent(_ n: Int) -> String { n == 1 ? "Utdraget skickas till 1 mottagare." : "Utdraget skickas till \(n) mottagare." }
        public static func adjustment(_ state: ProtocolState, adjustedOn: String?, immediatelyOn: String?) -> String {
            if let immediatelyOn { return "Paragrafen justerades omedelbart \(immediatelyOn)." }
            if state >= .adjusted, let adjustedOn { return "Protokollet justerades \(adjustedOn)." }
            return "Protokollet är inte justerat. Utdraget är ett utkast."
        }
        public static func subject(_ paragraph: String, _ body: String, _ date: String) -> String {
            "Protokollsutdrag \(paragraph), \(body.lowercased()) \(date)"
        }
        public static func mailBody(name: String, paragraph: String, body: String, date: String, link: String, attached: Bool,
                                    association: String) -> String {
            """
            Hej \(name)!

            Under \(paragraph) i protokollet från \(body.lowercased()) \(date) har du fått ett uppdrag. \(attached ? "Utdraget ur protokollet är bifogat." : "Paragrafen omfattas av sekretess; logga in för att läsa utdraget.")

            \(link)

            Med vänlig hälsning
            \(association)
            """
        }

        public static let boardCopy = "Styrelsens exemplar"
        public static let boardCopyNote = "Detta exemplar innehåller sekretessbelagda paragrafer. Det får inte lämnas ut eller publiceras."
        public static let boardCopyWithoutSecrets = "Protokollet har inga sekretessbelagda paragrafer; exemplaret är detsamma som det offentliga."
        public static let readProtocol = "Läs protokollet"
        public static let downloadBoardPDF = "Styrelsens exemplar (PDF)"
    }
}
