import Domain

extension Sv {
    /// The årsredovisning's text, its laying before the board and the board's signatures.
    public enum AnnualReportAdoption {
        public static let title = "Styrelsens fastställelse"
        public static let draft = "Utkast: räknas fram ur bokföringen, deltagarregistreringen och registret tills det läggs fram för styrelsen."
        public static func presented(_ meeting: String, on day: String) -> String {
            "Lagd fram den \(day) för sammanträdet \(meeting). Dokumentet är låst; styrelsens ledamöter skriver under det från sammanträdesdagen."
        }
        public static func adopted(_ day: String) -> String { "Fastställd: styrelsens ledamöter har skrivit under. Den sista underskriften gavs \(day)." }
        public static let changedSincePresented = "Bokföringen eller deltagarregistreringen ger nu andra siffror än dokumentet som är lagt fram. Siffrorna nedan är dagens; lägg fram en ny version om styrelsen ska skriva under dem."
        public static let sourceNote = "Framräknad ur bokföringen, deltagarregistreringen och registret; inga belopp är inskrivna för hand. Belopp i hela kronor."
        public static let attachment = "Bilagan på sammanträdet"
        public static func checksum(_ sha: String) -> String { "Dokumentets kontrollsumma (SHA-256): \(sha)" }

        public static let textHeading = "Förvaltningsberättelsens text och personal"
        public static let narrative = "Förvaltningsberättelse"
        public static let narrativeHint = "Kansliets egen text: årets viktigaste händelser och förbundets utveckling. Stycken skiljs med en tom rad. Siffrorna, sammanträdena, insatserna och årets beslut hämtas ur registret."
        public static let employees = "Medelantal anställda"
        public static let employeesHint = "Hela tal; visas i femårsöversikten."
        public static let textSaved = "Förvaltningsberättelsens text är sparad."

        public static let presentHeading = "Lägg fram för styrelsen"
        public static let presentIntro = "Årsredovisningen blir en bilaga till sammanträdet, som PDF/A. Styrelsens ledamöter på sammanträdesdagen skriver under just det dokumentet."
        public static let meeting = "Sammanträde"
        public static let meetingHint = "Styrelsens sammanträden efter räkenskapsårets slut som ännu tar emot bilagor."
        public static let present = "Lägg fram"
        public static let presentAgain = "Lägg fram en ny version"
        public static func presentedFlash(_ number: Int) -> String {
            "Årsredovisningen är lagd fram som bilaga \(number). Koppla den gärna till ärendet på dagordningen från bilagans sida."
        }
        public static let noMeetings = "Styrelsen har inget kommande sammanträde efter räkenskapsårets slut som tar emot bilagor. Planera ett sammanträde först."
        public static let needsNarrative = "skriv förvaltningsberättelsens text innan årsredovisningen läggs fram"
        public static func checksFail(_ labels: [String]) -> String {
            "tabellerna stämmer inte med varandra (\(labels.joined(separator: "; "))); rätta bokföringen eller registreringen innan årsredovisningen läggs fram"
        }
        public static let noSigners = "styrelsen har inga ledamöter den dagen; registrera uppdragen först"
        public static let withdraw = "Ta tillbaka årsredovisningen"
        public static let withdrawn = "Årsredovisningen är tillbakatagen och är ett utkast igen."

        public static let signersCaption = "Styrelsens ledamöter som skriver under årsredovisningen"
        public static let person = "Ledamot"
        public static let status = "Underskrift"
        public static func signed(_ day: String) -> String { "Undertecknad \(day)" }
        public static let notSigned = "Ej undertecknad"
        public static func declined(_ name: String, _ day: String, _ comment: String) -> String { "\(name) skickade tillbaka \(day): \(comment)" }
        public static let signHeading = "Skriv under årsredovisningen"
        public static let signIntro = "Läs årsredovisningen i bilagan. Bekräfta med ditt lösenord att du skriver under exakt det dokumentet, eller skicka tillbaka det med kommentarer."
        public static let choice = "Ditt svar"
        public static let sign = "Jag skriver under årsredovisningen"
        public static let decline = "Jag skickar tillbaka årsredovisningen med kommentarer"
        public static let comment = "Kommentarer"
        public static let commentHint = "Krävs om du skickar tillbaka årsredovisningen."
        public static let submit = "Skicka svaret"
        public static let thanksSigned = "Din underskrift är registrerad."
        public static let nowAdopted = "Din underskrift var den sista: årsredovisningen är fastställd."
        public static let thanksDeclined = "Årsredovisningen är tillbakaskickad till kansliet med dina kommentarer."
        public static let alreadySigned = "Du har redan skrivit under den här versionen av årsredovisningen."

        public static let awaitingTitle = "Årsredovisningar som väntar på din underskrift"
        public static func awaitingLine(_ year: Int, _ association: String) -> String { "Årsredovisning \(year), \(association)" }
        public static func mailed(_ mailed: Int, unreachable: [String]) -> String {
            (mailed > 0 ? " \(mailed) av ledamöterna har fått e-post med en länk." : "")
                + (unreachable.isEmpty ? "" : " Saknar e-postadress och behöver nås på annat sätt: " + unreachable.joined(separator: ", ") + ".")
        }
        public static func requestSubject(_ year: Int, _ association: String) -> String { "Årsredovisning \(year) att skriva under: \(association)" }
        public static func requestBody(name: String, year: Int, meeting: String, association: String, link: String) -> String {
            ["Hej \(name)!", "",
             "Årsredovisningen för \(year) är lagd fram för styrelsens sammanträde \(meeting). Från sammanträdesdagen kan du läsa den och skriva under den, eller skicka tillbaka den med kommentarer, här:",
             link, "", association].joined(separator: "\n")
        }

        public static let decisionsHeading = "Årets beslut"
        public static let noDecisions = "Styrelsen har inga justerade beslut under året."

        public static func conflict(_ conflict: AnnualReportLifecycle.Conflict) -> String {
            switch conflict {
            case .presented: "Årsredovisningen är lagd fram för styrelsen och kan inte ändras. Ta tillbaka den först."
            case .adopted: "Årsredovisningen är fastställd av styrelsen och ändras inte längre."
            case .notPresented: "Årsredovisningen är inte lagd fram för styrelsen."
            case .signed: "Någon har redan skrivit under årsredovisningen, så den kan inte tas tillbaka eller ersättas. En ledamot kan skicka tillbaka den."
            case .meetingAhead(let day): "Årsredovisningen skrivs under från sammanträdesdagen den \(day.iso)."
            }
        }
    }
}
