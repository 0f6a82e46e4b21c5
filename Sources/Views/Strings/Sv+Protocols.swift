import Domain

extension Sv {
    public enum Protocols {
        public static let title = "Protokoll"
        public static let start = "Påbörja protokollet"
        public static let startHint = "Paragraferna skapas från föredragningslistan och numreras i följd för organets kalenderår."
        public static let show = "Visa protokollet"
        public static let started = "Protokollet är påbörjat."
        public static let laterExists = "Ett senare sammanträde samma år har redan protokoll; paragrafnumren skulle inte bli i följd. Påbörja protokollen i datumordning."
        public static let noAgenda = "Föredragningslistan är tom; lägg till punkter innan protokollet påbörjas."
        public static let meetingNotHeld = "Protokollet kan påbörjas först på sammanträdesdagen."
        public static let state = "Status"
        public static func heading(_ body: String, _ date: String) -> String { "Protokoll \(body.lowercased()) \(date)" }
        public static let paragraphs = "Paragrafer"
        public static let paragraphsCaption = "Paragrafer och beslutsförhet"
        public static let number = "§"
        public static let paragraphTitle = "Rubrik"
        public static let narrative = "Protokollstext"
        public static let narrativeHint = "Det som sades och redovisades under punkten. Besluten registreras för sig."
        public static let quorum = "Beslutsförhet"
        public static func quorumText(_ status: QuorumStatus) -> String {
            "\(status.present) av \(status.seats) ledamöter (minst \(status.needed))" + (status.isQuorate ? "" : " – inte beslutför")
        }
        public static let editParagraph = "Ändra paragraf"
        public static let addParagraph = "Lägg till paragraf vid sammanträdet"
        public static let addParagraphHint = "För ett ärende som sammanträdet tar upp utöver kallelsen. Paragraferna efter flyttas fram ett nummer, liksom närvarons paragrafintervall."
        public static let afterParagraph = "Placeras efter"
        public static let paragraphAdded = "Paragrafen är tillagd och markerad som tillagd vid sammanträdet."
        public static let laterMeetingNumbered = "Organet har ett senare sammanträde samma år med påbörjat protokoll; paragraferna kan inte numreras om."
        public static let attendance = "Närvaro"
        public static let attendanceCaption = "Närvarande vid sammanträdet"
        public static let addAttendance = "Registrera närvaro"
        public static let person = "Person"
        public static let role = "Roll vid sammanträdet"
        public static let mode = "Deltar"
        public static let fromParagraph = "Från §"
        public static let toParagraph = "Till §"
        public static let rangeHint = "Lämna tomt om personen är med under alla paragrafer."
        public static let servesFor = "Tjänstgör för ledamot"
        public static let servesForHint = "Endast för tjänstgörande ersättare."
        public static let isChair = "Ordförande vid sammanträdet"
        public static let allParagraphs = "alla"
        public static let remove = "Ta bort"
        public static let attendanceAdded = "Närvaron är registrerad."
        public static let attendanceRemoved = "Närvaron är borttagen."
        public static let locked = "Protokollet är skickat för justering och kan inte ändras. Behöver något ändras skickar en justerare tillbaka det med kommentarer."
        public static let immutable = "Protokollet är justerat och kan inte ändras. En rättelse registreras separat."
        public static let beslutande = "Beslutande"
        public static let ersattare = "Ersättare"
        public static let ovriga = "Övriga deltagare"
        public static let place = "Plats och tid"

        public static func role(_ role: AttendanceRole) -> String {
            switch role {
            case .decisionMaker: "Beslutande ledamot"
            case .servingSubstitute: "Tjänstgörande ersättare"
            case .substitute: "Ersättare utan rösträtt"
            case .participant: "Övrig deltagare"
            case .coopted: "Adjungerad"
            }
        }

        public static func mode(_ mode: ParticipationMode) -> String {
            mode == .onSite ? "På plats" : "På distans"
        }

        /// Why an action on the protokoll is refused in its state.
        public static func conflict(_ conflict: ProtocolLifecycle.Conflict, postedOn: String?) -> String {
            switch conflict {
            case .notDraft(.forAdjustment): locked
            case .notDraft: immutable
            case .notOutForAdjustment(.draft): "Protokollet är inte skickat för justering. Det kan justeras först när sekreteraren har skickat det."
            case .notOutForAdjustment: "Protokollet är redan justerat. Ladda om sidan för att se hur det står till."
            case .notAdjusted: "Protokollet är inte justerat ännu. Anslag och rättelser kommer efter justeringen."
            case .alreadyPosted: "Protokollet är redan anslaget" + (postedOn.map { " (\($0))" } ?? "") + ". Ett anslag sätts upp en gång."
            }
        }

        public static func state(_ state: ProtocolState) -> String {
            switch state {
            case .draft: "Utkast"
            case .forAdjustment: "För justering"
            case .adjusted: "Justerat"
            case .posted: "Anslaget"
            case .final: "Laga kraft"
            }
        }

        /// "§§ 3–10" or "§ 3".
        public static func range(_ range: ClosedRange<Int>?) -> String {
            guard let range else { return allParagraphs }
            return ProtocolSnapshot.paragraphRange(range)
        }

        public static func servesFor(_ name: String) -> String { "för \(name)" }
        public static let moveUp = "Flytta upp"
        public static let movedUp = "Ordningen är ändrad."
        public static let orderHint = "Ordföranden står först bland de beslutande. Övriga står i den ordning du lägger till dem; flytta upp för att ändra."
        public static let inAppendix = "Förs i närvarobilagan"
        public static let inAppendixHint = "För övriga deltagare som protokollet inte räknar upp i huvudet utan i en bilaga, till exempel en samverkansgrupp som deltog under några paragrafer."
        public static let inAppendixTag = "i närvarobilagan"
        public static let detailsTitle = "Gemensamt sammanträde och närvarobilaga"
        public static let jointBody = "Sammanträdde gemensamt med"
        public static let jointBodyHint = "Till exempel Strategiska samverkansgruppen. Lämna tomt om organet sammanträdde ensamt."
        public static let jointRange = "Under paragraferna"
        public static let attendanceAppendixHeading = "Närvarobilagans rubrik"
        public static let attendanceAppendixHint = "Visas i bilagan, till exempel Deltagare från strategiska gruppen."
        public static let attendanceAppendixTitle = "Övriga deltagare"
        public static let detailsSaved = "Uppgifterna är sparade."
        public static let jointNeedsRange = "Ange paragraferna för det gemensamma sammanträdet."
        public static let jointRangeOutside = "Paragraferna måste finnas i protokollet."
        public static func jointSession(_ body: String, with other: String, range: ClosedRange<Int>) -> String {
            "Under \(Self.range(range)) sammanträdde \(body.lowercased()) gemensamt med \(other)."
        }
        public static func seeAppendix(_ number: Int) -> String { "(För övriga se bilaga \(number))" }
        public static func appendixHeading(_ number: Int, _ title: String) -> String { "Bilaga \(number). \(title)" }
    }
}
