import Domain

extension Sv {
    public enum Justering {
        public static let title = "Justering"
        public static let signers = "Justeras av"
        public static let signedBy = "Justerat av"
        public static let signersCaption = "Den som ska skriva under och hur långt det har kommit"
        public static let chooseSigners = "Välj sekreterare, ordförande och justerare"
        public static let secretary = "Sekreterare"
        public static let chair = "Ordförande"
        public static let adjuster = "Justerare"
        public static let adjuster1 = "Justerare 1"
        public static let adjuster2 = "Justerare 2"
        public static let sendForAdjustment = "Skicka protokollet för justering"
        public static let sent = "Protokollet är skickat för justering."
        public static let missingSigners = "Välj sekreterare, ordförande och minst en justerare innan protokollet skickas för justering."
        public static let signersSaved = "Justerarna är sparade."
        /// The decision under "Val av justerare", kept in step with the chosen justerare.
        public static let electionPrefix = "Att jämte ordföranden justera protokollet valdes"
        public static func election(_ names: [String]) -> String {
            electionPrefix + " " + (names.count > 1 ? names.dropLast().joined(separator: ", ") + " och " + names.last! : names.first ?? "") + "."
        }
        public static let status = "Status"
        public static let waiting = "Väntar"
        public static func signedOnPaper(_ adjustedOn: String?) -> String {
            "Justerat på papper" + (adjustedOn.map { " \($0)" } ?? "") + " (importerat från arkivet)"
        }
        public static func signed(_ when: String) -> String { "Justerat \(when)" }
        public static func declined(_ when: String, _ comment: String) -> String { "Återsänt \(when): \(comment)" }
        public static let signHeading = "Justera protokollet"
        public static let signIntro = "Läs protokollet. Bekräfta med ditt lösenord för att justera det exakta innehåll som visas, eller skicka tillbaka det med kommentarer."
        public static let password = "Ditt lösenord"
        public static let choice = "Ditt svar"
        public static let sign = "Jag justerar protokollet"
        public static let decline = "Jag skickar tillbaka protokollet med kommentarer"
        public static let comment = "Kommentarer"
        public static let commentHint = "Krävs när protokollet skickas tillbaka."
        public static let submit = "Skicka svar"
        public static let thanksSigned = "Din justering är registrerad."
        public static let thanksDeclined = "Protokollet är tillbakaskickat till sekreteraren."
        public static let nowAdjusted = "Alla har justerat. Protokollet är justerat och kan inte längre ändras."
        public static let notOpenForSigning = "Protokollet är inte längre ute för justering: det har redan justerats eller skickats tillbaka. Ladda om sidan för att se hur det står till."
        public static let alreadySigned = "Du har redan justerat exakt det här innehållet. En underskrift räknas en gång."
        public static func lateWarning(days: Int, deadline: Int) -> String {
            "Protokollet justerades \(days) dagar efter sammanträdet; förbundets regler anger högst \(deadline) dagar."
        }
        public static func checksum(_ sha: String) -> String { "Kontrollsumma (SHA-256) för det justerade innehållet: \(sha)" }
        public static func adjustedOn(_ date: String) -> String { "Justeringsdatum: \(date)" }
        public static func sentMailed(mailed: Int, unreachable: [String]) -> String {
            sent + (mailed > 0 ? " \(mailed) av dem som ska skriva under har fått e-post med en länk." : "")
                + (unreachable.isEmpty ? "" : " Saknar e-postadress och behöver nås på annat sätt: " + unreachable.joined(separator: ", ") + ".")
        }
        public static func requestSubject(_ body: String, _ date: String) -> String { "Protokoll att justera: \(body) \(date)" }
        public static func requestBody(name: String, body: String, date: String, association: String, deadline: String?, link: String) -> String {
            ["Hej \(name)!", "",
             "Protokollet från \(body.lowercased())s sammanträde \(date) är klart för justering. Läs det och justera det, eller skicka tillbaka det med kommentarer, här:",
             link, ""]
                .joined(separator: "\n")
                + (deadline.map { "Enligt förbundets regler ska protokollet vara justerat senast \($0).\n\n" } ?? "")
                + association
        }
        public static func reminderSubject(_ body: String, _ date: String) -> String { "Påminnelse: protokoll att justera, \(body) \(date)" }
        public static func reminderBody(name: String, body: String, date: String, association: String, deadline: String, link: String) -> String {
            ["Hej \(name)!", "",
             "Protokollet från \(body.lowercased())s sammanträde \(date) väntar på din justering. Enligt förbundets regler ska det vara justerat senast \(deadline).",
             link, "", association].joined(separator: "\n")
        }
        public static let awaitingTitle = "Väntar på din justering"
        public static func awaitingLine(_ body: String, _ date: String, _ association: String) -> String {
            "Protokoll från \(body.lowercased()) \(date), \(association)"
        }

        public static func role(_ role: SignerRole) -> String {
            switch role {
            case .secretary: secretary
            case .chair: chair
            case .adjuster: adjuster
            }
        }
    }
}

extension Sv {
    /// Rättelser of a justerat protokoll and omedelbar justering of a single §.
    public enum Corrections {
        public static let title = "Rättelser"
        public static let intro = "Ett justerat protokoll ändras aldrig. Ett fel rättas med en rättelse som visas tillsammans med protokollet."
        public static let add = "Registrera rättelse"
        public static let paragraphNumber = "Paragraf"
        public static let paragraphHint = "Lämna tomt om rättelsen gäller protokollets huvud eller hela protokollet."
        public static let what = "Vad rättas"
        public static let whatHint = "Till exempel: I beslutet ska beloppet vara 85 000 kr, inte 58 000 kr."
        public static let why = "Varför"
        public static let added = "Rättelsen är registrerad och visas med protokollet."
        public static func line(date: String, by: String, paragraph: Int?, what: String, why: String) -> String {
            "Rättelse \(date) av \(by)" + (paragraph.map { " (§ \($0))" } ?? "") + ": \(what) Skäl: \(why)"
        }
    }

    public enum ImmediateAdjustment {
        public static let title = "Omedelbar justering"
        public static let intro = "Paragrafen kan justeras omedelbart vid sammanträdet, så att beslutet kan verkställas innan hela protokollet är justerat. Alla som ska justera protokollet skriver under paragrafens exakta innehåll med sitt lösenord."
        public static let sign = "Justera paragrafen omedelbart"
        public static let signed = "Din underskrift av paragrafen är registrerad."
        public static let complete = "Paragrafen är omedelbart justerad."
        public static let alreadyAdjusted = "Paragrafen är omedelbart justerad och kan inte ändras. Ett fel rättas med en rättelse när protokollet är justerat."
        public static let notOpen = "Paragrafen kan inte justeras omedelbart längre: den är redan justerad, eller protokollet har skickats för justering."
        public static let needsSigners = "Välj sekreterare, ordförande och justerare på protokollsidan först."
        public static func done(_ date: String) -> String { "Paragrafen justerades omedelbart \(date) och kan inte längre ändras." }
        public static func marker(_ date: String) -> String { "Omedelbart justerad \(date)" }
    }
}
