import Domain

extension Sv {
    /// Utlysningar: the kansli's list and form, and the public page of open calls.
    public enum Calls {
        public static let title = "Utlysningar"
        public static let intro = "En utlysning bjuder in till ansökningar om medel enligt kriterier, med tillgängligt belopp och datum för ansökan, beredning, beslut och senaste start. Publicerad syns den på förbundets offentliga sida och i flödet, och ansökningar tas emot till och med sista ansökningsdag."
        public static let publicTitle = "Öppna utlysningar"
        public static let publicIntro = "Här söker samverkande parter medel från förbundet. Ansökan lämnas senast sista ansökningsdag; en senare ansökan tas inte emot."
        public static let noneOpen = "Förbundet har ingen öppen utlysning just nu."
        public static let earlier = "Tidigare utlysningar"
        public static let none = "Inga utlysningar ännu."
        public static let new = "Ny utlysning"
        public static let listCaption = "Utlysningar"
        public static let callTitle = "Rubrik"
        public static let text = "Text"
        public static let textHint = "Vad förbundet vill åstadkomma med utlysningen och vem som kan söka."
        public static let criteria = "Kriterier"
        public static let criteriaHint = "Ett kriterium per rad, till exempel ”Minst två samverkande parter”."
        public static let amount = "Tillgängligt belopp, kronor"
        public static let applicationDeadline = "Sista ansökningsdag"
        public static let reviewOn = "Beredningsgruppens behandling"
        public static let decisionOn = "Styrelsens beslut"
        public static let latestStart = "Senaste start"
        public static let datesHint = "Datumen kommer i ordning: ansökan, beredning, beslut, start."
        public static let status = "Status"
        public static let diaryNumber = "Diarienummer"
        public static let publish = "Publicera utlysningen"
        public static let published = "Utlysningen är publicerad."
        public static let alreadyPublished = "Utlysningen är redan publicerad."
        public static let feed = "Prenumerera på utlysningar (Atom)"
        public static let apply = "Ansök om medel"
        public static func matterTitle(_ title: String) -> String { "Utlysning: \(title)" }
        public static func statusText(publishedOn: String?, isOpen: Bool) -> String {
            guard let publishedOn else { return "Ej publicerad" }
            return isOpen ? "Öppen, publicerad \(publishedOn)" : "Stängd, publicerad \(publishedOn)"
        }
        public static func summary(deadline: String, amount: Int64) -> String {
            "Sista ansökningsdag \(deadline). Tillgängligt belopp \(Sv.kronor(amount))."
        }
    }
}
