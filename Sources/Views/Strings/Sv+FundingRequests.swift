import Domain

extension Sv {
    /// Äskanden: the application, the beredningsgrupp's överväganden, the agenda item and the decision.
    public enum FundingRequests {
        public static let title = "Äskanden"
        public static let intro = "Ett äskande är en ansökan om medel för en insats under ett till tre år. Kansliet sammanställer äskandena för beredningsgruppen, som lämnar överväganden och rekommendation; styrelsen beslutar i en paragraf, och först då finns beviljade medel."
        public static let none = "Inga äskanden ännu."
        public static let new = "Nytt äskande"
        public static let listCaption = "Äskanden"
        public static let insats = "Insats"
        public static let insatsHint = "Välj en befintlig insats, eller lämna tomt och skriv namnet på en ny."
        public static let newName = "Namn på ny insats"
        public static let platform = "Plattform eller verksamhetsområde"
        public static let call = "Utlysning"
        public static let callHint = "Om ansökan gäller en utlysning; den måste vara öppen."
        public static let firstYear = "Första år"
        public static let yearCount = "Antal år"
        public static let purpose = "Syfte"
        public static let currentState = "Nuläge"
        public static let expectedResults = "Förväntat resultat"
        public static let file = "Bilagor"
        public static let fileHint = "Till exempel projektplan och budgetunderlag (PDF, Word, Excel eller bild); välj en eller flera filer."
        public static let files = "Bilagor"
        public static func yearLegend(_ position: Int) -> String { "År \(position)" }
        public static let yearHint = "Personal: roll, andel av heltid i procent och årskostnad vid heltid inklusive sociala avgifter. Summorna räknas ut; fyll i angiven summa bara om du klistrar in siffror från ett dokument, så kontrolleras den."
        public static let roleHeader = "Roll"
        public static let costKind = "Kostnadsslag"
        public static let member = "Medlem"
        public static func role(_ row: Int) -> String { "Roll \(row)" }
        public static func percent(_ row: Int) -> String { "Andel av heltid, procent (roll \(row))" }
        public static func cost(_ row: Int) -> String { "Årskostnad vid heltid, kronor (roll \(row))" }
        public static let staff = "Egen personal"
        public static let externalServices = "Externa tjänster"
        public static let premises = "Lokaler"
        public static let other = "Övriga kostnader"
        public static let requested = "Sökt belopp"
        public static let stated = "Angiven summa, kronor"
        public static func coFunding(_ member: String) -> String { "Medfinansiering från \(member), kronor" }
        public static let coFundingTotal = "Medfinansiering"
        public static func coFundingShort(_ year: Int, coFunding: Int64, requested: Int64) -> String {
            "Medfinansieringen \(year) (\(Sv.kronor(coFunding))) är lägre än det sökta beloppet (\(Sv.kronor(requested))). Medlemmarna bör medfinansiera minst lika mycket som förbundet."
        }
        public static let submit = "Skicka in äskandet"
        public static let submitted = "Äskandet är inskickat och diariefört."
        public static let status = "Status"
        public static let diaryNumber = "Diarienummer"
        public static let submittedBy = "Inskickat av"
        public static let years = "År"
        public static let total = "Summa"
        public static let budgetCaption = "Budget per år, kronor"
        public static let staffCaption = "Egen personal"
        public static let fullTime = "Andel av heltid"
        public static let annualCost = "Årskostnad vid heltid"
        public static let yearCost = "Kostnad"
        public static let noSubmitRight = "Du kan bara söka medel för insatser som du är ansvarig för."
        public static let reviewTitle = "Beredningsgruppens överväganden"
        public static let considerations = "Överväganden inför ställningstagande"
        public static let recommendation = "Rekommendation"
        public static let recommendedAmounts = "Rekommenderat belopp"
        public static let partialHint = "Vid delvis bifall: belopp per år, högst det sökta."
        public static func amountFor(_ year: Int) -> String { "Belopp \(year), kronor" }
        public static let conditions = "Villkor"
        public static let saveReview = "Spara rekommendationen"
        public static let reviewed = "Beredningsgruppens rekommendation är sparad."
        public static let agendaTitleHeading = "Till styrelsen"
        public static let meeting = "Sammanträde"
        public static let meetingHint = "Ett planerat sammanträde med styrelsen; punkten läggs före de avslutande punkterna."
        public static let placeOnAgenda = "Lägg på föredragningslistan"
        public static let placed = "Äskandet är en punkt på föredragningslistan."
        public static let agendaItem = "Punkt på föredragningslistan"
        public static let decideTitle = "Styrelsens beslut"
        public static let decideHint = "Välj beslutet i paragrafen som behandlade punkten. Bifall eller inriktningsbeslut ger beviljade medel med beloppen nedan; avslag ger inga."
        public static let decision = "Beslut"
        public static let newInsatsHint = "Äskandet gäller en ny insats: lägg först upp den i insatsregistret och välj den här."
        public static let decide = "Registrera beslutet"
        public static let decided = "Beslutet är registrerat."
        public static let noDecisionYet = "Protokollet har ännu ingen beslutsparagraf för punkten."
        public static let stateConflict = "Äskandet har gått vidare och kan inte ändras i det här steget. Ett beslut ändras bara genom ett nytt beslut."
        public static let compilation = "Sammanställning för beredningsgruppen"
        public static func compilationTitle(_ year: Int) -> String { "Sammanställning av äskanden \(year)" }
        public static let compilationIntro = "Äskandena ordnade per plattform: för varje äskande en kort introduktion, nuläge, förväntat resultat och budget."
        public static let compilationPDF = "Hämta som PDF"
        public static let attach = "Bifoga till kallelsen"
        public static let attachMeeting = "Beredningsgruppens sammanträde"
        public static let attachHint = "Sammanställningen blir en bilaga till sammanträdet och följer med kallelsen."
        public static let attached = "Sammanställningen är bifogad till sammanträdet."
        public static let noBGMeeting = "Det finns inget planerat sammanträde med beredningsgruppen att bifoga till."
        public static let noneInRound = "Inga äskanden för året ännu."
        public static let round = "Budgetår"
        public static let noPlatform = "Utan plattform"
        public static func matterTitle(_ name: String, from: Int, to: Int) -> String {
            "Äskande: \(name) \(from == to ? String(from) : "\(from)–\(to)")"
        }
        public static func agendaTitle(_ name: String) -> String { "Äskande: \(name)" }
        public static func statusName(_ status: FundingRequestStatus) -> String {
            switch status {
            case .submitted: "Inskickat"
            case .reviewed: "Berett"
            case .onAgenda: "På föredragningslista"
            case .decided: "Beslutat"
            }
        }
        public static func recommendationName(_ recommendation: ReviewRecommendation) -> String {
            switch recommendation {
            case .approve: "Bifall"
            case .partial: "Delvis bifall"
            case .reject: "Avslag"
            }
        }
        static func amounts(_ amounts: [Int: Int64]) -> String {
            amounts.sorted { $0.key < $1.key }.map { "\(Sv.kronor($0.value)) för \($0.key)" }.joined(separator: ", ")
        }
        /// The förslag till beslut that the agenda item carries.
        public static func proposal(_ recommendation: ReviewRecommendation, amounts: [Int: Int64]) -> String {
            switch recommendation {
            case .approve, .partial: "Beredningsgruppen föreslår styrelsen besluta att bevilja \(Self.amounts(amounts))."
            case .reject: "Beredningsgruppen föreslår styrelsen besluta att avslå äskandet."
            }
        }
        public static func partialText(amounts: [Int: Int64], conditions: String?) -> String {
            "Delvis bifall: \(Self.amounts(amounts))." + (conditions.map { " Villkor: \($0)" } ?? "")
        }
    }
}
