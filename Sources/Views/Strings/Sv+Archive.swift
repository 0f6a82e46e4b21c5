extension Sv {
    /// Text of the archive import: what a reviewer and the pages of imported meetings show.
    public enum Archive {
        public static let unknownPlace = "Plats okänd (importerat)"
        public static let imported = "Importerat från arkivet"
        public static let kind = "Typ av handling"
        public static let source = "Källa"
        public static let importedOn = "Importerad"
        public static let warnings = "Varningar från importen"
        public static let text = "Text"
        public static let textHint = "Lagad text bredvid originalet. Originalet visas bara där lagningen ändrade raden."
        public static let line = "Rad"
        public static let repaired = "Lagad text"
        public static let original = "Original"

        public static func sourceLines(_ file: String, _ first: Int, _ last: Int) -> String {
            "\(file), rad \(first)–\(last)"
        }

        // Reading a file
        public static let theFile = "Filen"
        public static let unreadable = "Filen kunde inte läsas."
        public static let notPDF = "Filen är inte en PDF-fil fast namnet slutar på .pdf."
        public static let damagedPDF = "PDF-filen kan inte läsas; den är skadad eller avkortad."
        public static let noPages = "PDF-filen har inga sidor."
        public static let readAsLatin1 = "Filen var inte i UTF-8 och lästes som Latin-1; kontrollera å, ä och ö."
        public static func tooLarge(_ megabytes: Int) -> String { "Filen är större än \(megabytes) MB och tas inte emot." }
        public static func ocrFailed(_ page: Int) -> String { "Sidan \(page) saknar text och kunde inte läsas med OCR." }
        public static func ocrPages(_ pages: [Int]) -> String {
            (pages.count == 1 ? "Sidan " : "Sidorna ") + pages.map(String.init).joined(separator: ", ") + " saknade text och lästes med OCR; kontrollera texten extra noga."
        }
        public static func toolMissing(_ tool: String) -> String { "Programmet \(tool) saknas på servern; be driftansvarig köra scripts/install-deps." }
        public static func toolTimedOut(_ tool: String, seconds: Int) -> String {
            "Filen kunde inte läsas: \(tool) arbetade längre än \(seconds) sekunder och stoppades. Filen kan vara skadad eller onormalt tung; dela upp den eller spara om den som PDF och försök igen."
        }
        public static func toolOutputTooLarge(_ tool: String, megabytes: Int) -> String {
            "Filen kunde inte läsas: \(tool) gav mer än \(megabytes) MB text och stoppades. Filen kan vara skadad eller byggd för att blåsa upp."
        }
        public static let toolBusy = "Servern läser många filer just nu. Filen läses inte; ladda upp den igen om en stund."
        public static func toolFailed(_ tool: String) -> String {
            "Filen kunde inte läsas: \(tool) avbröts, kanske för att filen krävde mer minne än servern tillåter. Filen kan vara skadad."
        }
        public static let readingStopped = "Läsningen avbröts."

        // The import page
        public static let title = "Arkivimport"
        public static let navigation = "Arkiv"
        public static let intro = "Ladda upp förbundets gamla sammanträdeshandlingar – kallelser, protokoll och bilagor – som PDF eller text. Varje fil läses och delas upp i handlingar som du granskar och rättar innan de importeras som sammanträden, paragrafer, beslut och närvaro."
        public static let files = "Filer"
        public static func filesHint(_ megabytes: Int) -> String {
            "En eller flera filer, PDF (.pdf) eller text (.txt), högst \(megabytes) MB var. Sidor utan text läses med OCR, vilket kan ta en stund."
        }
        public static let upload = "Ladda upp"
        public static func uploaded(_ count: Int) -> String {
            count == 1 ? "Filen är uppladdad och läses nu." : "\(count) filer är uppladdade och läses nu."
        }
        public static let uploadsTitle = "Att granska"
        public static let uploadsCaption = "Uppladdade filer som ännu inte är importerade"
        public static let noUploads = "Inga filer väntar på granskning."
        public static func progress(_ done: Int, _ total: Int) -> String { "\(done) av \(total) filer är lästa." }
        public static let progressLabel = "Lästa filer"
        public static func pagesProgress(_ file: String, _ done: Int, _ total: Int) -> String { "\(file): \(done) av \(total) sidor lästa." }
        /// A file being read: its pages so far and, once a page is done, about how long the rest takes.
        public static func readingPages(_ done: Int, _ total: Int, secondsLeft: Int?) -> String {
            let pages = "Läses: \(done) av \(total) sidor"
            guard let secondsLeft, done < total else { return pages }
            let left = secondsLeft < 60 ? "under en minut" : "cirka \((secondsLeft + 59) / 60) min"
            return "\(pages), \(left) kvar"
        }
        public static let refreshHint = "Sidan uppdateras av sig själv medan filerna läses."
        public static let file = "Fil"
        public static let size = "Storlek"
        public static let status = "Status"
        public static let documents = "Handlingar"
        public static let warningCount = "Varningar"
        public static let uploadedBy = "Uppladdad av"
        public static let actions = "Åtgärd"
        public static let waiting = "Väntar på att läsas"
        public static let reading = "Läses"
        public static let ready = "Klar att granska"
        public static let failed = "Kunde inte läsas"
        public static let review = "Granska"
        public static func reviewLabel(_ file: String) -> String { "Granska \(file)" }
        public static let remove = "Ta bort"
        public static func removeLabel(_ file: String) -> String { "Ta bort \(file)" }
        public static func removed(_ file: String) -> String { "\(file) är borttagen; inget importerades från den." }
        public static let importsTitle = "Importerade filer"
        public static let importsCaption = "Filer som har importerats till förbundet"
        public static let noImports = "Inga filer är importerade än."
        public static let importedBy = "Importerad av"

        // Reviewing one file
        public static func reviewTitle(_ file: String) -> String { "Granska import: \(file)" }
        public static let reviewIntro = "Kontrollera det som lästs ur filen mot texten och rätta det som är fel. Rättelserna sparas med filen; när du importerar skapas sammanträden, protokoll (märkta importerade), paragrafer, beslut och närvaro, och personer matchas mot registret eller läggs till."
        public static let readerNotes = "Om läsningen"
        public static let body = "Organ"
        public static let bodyHint = "Det organ vars sammanträden filen gäller. Sammanträden som saknas i registret skapas för organet."
        public static func documentHeading(_ number: Int, _ kind: String, _ title: String?) -> String {
            "Handling \(number): \(kind)" + (title.map { " – " + $0 } ?? "")
        }
        public static func fieldOf(_ number: Int, _ label: String) -> String { "Handling \(number), \(label.lowercased())" }
        public static let noWarnings = "Inga varningar."
        public static let meeting = "Sammanträdet"
        public static let date = "Datum"
        public static let start = "Början"
        public static let end = "Slut"
        public static let place = "Plats"
        public static let signing = "Justering och anslag"
        public static let adjustedOn = "Justerat den"
        public static let noticePostedOn = "Anslaget uppsatt"
        public static let noticeRemovedOn = "Anslaget nedtaget"
        public static let secretary = "Sekreterare"
        public static let chair = "Ordförande"
        public static let adjusters = "Justerare"
        public static let adjustersHint = "Flera namn skiljs med komma."
        public static let documentTitle = "Rubrik"
        public static let items = "Punkter på föredragningslistan"
        public static func item(_ number: Int) -> String { "Punkt \(number)" }
        public static func itemHint(presenter: String?, attachments: [String]) -> String? {
            let parts = (presenter.map { ["Föredragande: " + $0] } ?? []) + (attachments.isEmpty ? [] : ["bilaga " + attachments.joined(separator: ", ")])
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
        public static let paragraphs = "Paragrafer"
        public static func paragraph(_ number: Int) -> String { "§ \(number), rubrik" }
        public static func decision(_ kind: String, _ text: String) -> String { (kind == "beslut" ? "Beslut: " : "Beslut (\(kind)): ") + text }
        public static let attendance = "Närvarande"
        public static let name = "Namn"
        public static let organisation = "Organisation"
        public static let role = "Roll"
        public static let paragraphRange = "Paragrafer"
        public static func role(_ role: String, note: String?) -> String { role + (note.map { ", " + $0 } ?? "") }
        public static let showText = "Visa texten, lagad bredvid originalet"
        public static let saveCorrections = "Spara rättelser"
        public static let commit = "Importera"
        public static let commitField = "Importen"
        public static let removeFile = "Ta bort filen utan att importera"
        public static func committed(_ file: String, documents: Int, meetings: Int, protocols: Int, paragraphs: Int, people: Int,
                                     keptProtocols: [String]) -> String {
            var text = "\(file) är importerad: \(documents) handlingar, \(meetings) nya sammanträden, \(protocols) protokoll med \(paragraphs) paragrafer, \(people) nya personer i registret."
            if !keptProtocols.isEmpty {
                text += " Protokollet som redan fanns behölls för " + keptProtocols.joined(separator: ", ") + "."
            }
            return text
        }
        public static func alreadyImported(_ file: String, _ day: String) -> String {
            "\(file) importerades redan \(day); inget skapades en gång till."
        }
    }
}
