import Domain

extension Sv {
    /// Utfall from the bookkeeping: imports, the account mapping and the driftredovisning.
    public enum Ledger {
        public static let title = "Utfall från bokföringen"
        public static let intro = "Importera bokföringen som SIE 4 (exporten som alla ekonomisystem gör) eller som CSV. Varje konto och projektobjekt placeras på en rad i budgeten enligt kontoplanen; samma period importerad igen ersätter den tidigare efter att skillnaderna har visats."
        public static let importsCaption = "Importer"
        public static let noImports = "Inget utfall är importerat ännu."
        public static let upload = "Importera utfall"
        public static let file = "Fil"
        public static let fileHint = "SIE 4 (.se, .si) eller CSV med kolumnerna konto;objekt;månad;belopp, månad som ÅÅÅÅ-MM och belopp i kronor som i bokföringen (kostnader positiva, intäkter negativa)."
        public static let read = "Läs in och granska"
        public static let year = "År"
        public static let period = "Period"
        public static let source = "Källa"
        public static let transactions = "Transaktioner"
        public static let status = "Status"
        public static let importedBy = "Importerad av"
        public static let closingEquity = "Eget kapital vid periodens slut (bokföringen)"
        public static let none = "–"

        public static func statusName(_ status: String) -> String {
            switch status {
            case "active": "Gäller"
            case "replaced": "Ersatt"
            default: "Väntar på granskning"
            }
        }

        static let monthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                                 "november", "december"]

        public static func monthName(_ month: Int) -> String {
            (1...12).contains(month) ? monthNames[month - 1] : String(month)
        }

        public static func months(_ months: ClosedRange<Int>) -> String {
            months.lowerBound == months.upperBound ? monthName(months.lowerBound)
                : "\(monthName(months.lowerBound))–\(monthName(months.upperBound))"
        }

        public static func importName(_ year: Int, _ months: ClosedRange<Int>) -> String { "Utfall \(year), \(Self.months(months))" }
        public static func stagedTitle(_ year: Int, _ months: ClosedRange<Int>) -> String { "Granska import: \(importName(year, months))" }
        public static let staged = "Filen är inläst men räknas inte förrän du bekräftar importen."
        public static let stagedNew = "Perioden är inte importerad tidigare."
        public static func stagedReplaces(_ names: [String]) -> String {
            "Importen ersätter \(names.joined(separator: ", ")). Skillnaderna per rad syns nedan."
        }
        public static let diffCaption = "Utfall per rad i budgeten, kronor"
        public static let line = "Rad i budgeten"
        public static let before = "Före"
        public static let after = "Efter"
        public static let difference = "Skillnad"
        public static let confirm = "Bekräfta importen"
        public static let discard = "Avbryt och ta bort"
        public static let confirmed = "Utfallet är importerat."
        public static let discarded = "Importen är borttagen."
        public static let notPending = "Importen är redan bekräftad eller ersatt och kan inte ändras."

        public static func unknownAccount(_ account: String, name: String?, kronor: Int64) -> String {
            "kontot \(account)\(name.map { $0.isEmpty ? "" : " (\($0))" } ?? "") med \(Sv.kronor(kronor)) har ingen plats i budgeten. Lägg till det i kontoplanen och importera filen igen."
        }

        public static func partlyOverlaps(new: ClosedRange<Int>, old: ClosedRange<Int>, year: Int) -> String {
            "perioden \(months(new)) \(year) överlappar delvis den redan importerade perioden \(months(old)) \(year). Importera en period som rymmer hela den tidigare, så ersätts den."
        }

        public static func problem(_ problem: LedgerProblem) -> String {
            switch problem {
            case .sie(.notSIE): "filen är varken SIE eller CSV med kolumnerna konto;objekt;månad;belopp."
            case .sie(.badAmount(let line, let text)): "rad \(line) har beloppet eller talet ”\(text)” som inte kan läsas."
            case .sie(.badDate(let line, let text)): "rad \(line) har datumet ”\(text)” som inte kan läsas (ÅÅÅÅMMDD)."
            case .sie(.missingField(let line, let label)): "rad \(line) (\(label)) saknar ett fält."
            case .sie(.badVoucher(let line)): "verifikationen på rad \(line) är inte hel (klamrarna { } stämmer inte)."
            case .noFiscalYear: "filen saknar räkenskapsår (#RAR 0)."
            case .notCalendarYear(let range): "räkenskapsåret \(range.lowerBound.iso)–\(range.upperBound.iso) är inte ett kalenderår, som ett samordningsförbunds är."
            case .noVouchers: "filen har inga verifikationer eller rader (SIE typ 4 behövs, inte typ 1–3)."
            case .outsideFiscalYear(let line, let date): "rad \(line) har datumet \(date.iso) utanför räkenskapsåret."
            case .unbalanced(let voucher, let ore): "verifikation \(voucher) balanserar inte (debet och kredit skiljer \(Sv.kronor(OperatingStatement.kronor(ore))))."
            case .csv(let line, let field, let text): "rad \(line): \(field) ”\(text)” kan inte läsas."
            case .mixedYears(let line): "rad \(line) hör till ett annat år än de första raderna; importera ett år i taget."
            }
        }

        // MARK: Kontoplan

        public static let rulesTitle = "Kontoplan för utfall"
        public static let rulesIntro = "Varje konto i resultaträkningen placeras på en rad i budgeten. Kostnader med ett projektobjekt som är en insats projektkod placeras på insatsen utan regel. En regel för konto och objekt går före en regel för bara objektet, som går före en regel för bara kontot."
        public static let rulesCaption = "Regler"
        public static let noRules = "Inga regler ännu."
        public static let account = "Konto"
        public static let object = "Projektobjekt"
        public static let objectHint = "Lämna tomt för att regeln ska gälla kontot oavsett objekt, eller kontot tomt för att den ska gälla objektet."
        public static let accountHint = "Kontonumret som i bokföringen, t.ex. 3010."
        public static let section = "Del av budgeten"
        public static let intervention = "Insats"
        public static let interventionHint = "För verksamheter och insatser: insatsen som raden gäller."
        public static let lineName = "Rad i budgeten"
        public static let lineNameHint = "Radens benämning som i budgeten, t.ex. Lokalhyra eller en medlems namn för dess medlemsbidrag."
        public static let addRule = "Spara regeln"
        public static let ruleSaved = "Regeln är sparad och gäller alla importer."
        public static let ruleRemoved = "Regeln är borttagen."
        public static let removeRule = "Ta bort"
        public static func removeRuleLabel(_ text: String) -> String { "Ta bort regeln för \(text)" }
        public static let accountsCaption = "Konton i importerat utfall"
        public static let placedBy = "Placeras på"
        public static let notPlaced = "Ingen plats ännu"
        public static let byInsatsCode = "Insatsens projektkod"
        public static let anyObject = "alla objekt"
        public static let accountOrObject = "ange ett konto, ett projektobjekt eller båda."
        public static let notAResultAccount = "bara konton i resultaträkningen (klass 3–8) har utfall i budgeten."

        public static func targetName(_ target: LedgerTarget) -> String {
            "\(Sv.Budgets.sectionName(target.section)): " + (target.code.map { "\($0), \(target.name)" } ?? target.name)
        }

        // MARK: Driftredovisning

        public static let statementTitle = "Driftredovisning"
        public static func statementHeading(_ year: Int) -> String { "Driftredovisning \(year)" }
        public static func statementCaption(_ year: Int, bookedThrough: Int) -> String {
            bookedThrough == 0 ? "Budget och utfall \(year), kronor"
                : "Budget och utfall \(year) till och med \(monthName(bookedThrough)), kronor"
        }
        public static let noStatement = "Det finns varken budget eller utfall för året."
        public static let budget = "Budget"
        public static let actual = "Utfall"
        public static let deviation = "Avvikelse kr"
        public static let deviationPercent = "Avvikelse %"
        public static let prognosis = "Prognos helår"
        public static let outsideBudget = "(ej i budgeten)"
        public static let statementFootnote = "Utfallet avrundas per rad till hela kronor och summorna är summor av raderna. Avvikelse = utfall − budget för helåret. Prognosen är utfallet hittills plus budgeten för de månader som ännu inte är bokförda."
        public static let noBudget = "Ingen fastställd budget gäller året; avvikelserna räknas mot noll."
        public static func unplaced(_ accounts: [String]) -> String {
            "Konton utan plats i budgeten räknas inte med: \(accounts.joined(separator: ", ")). Lägg till dem i kontoplanen."
        }
        public static let otherYears = "Andra år"
        public static let equityCaption = "Eget kapital mot riktlinjens tak"
        public static let allocation = "Tilldelning från medlemmarna (utfall)"
        public static let ceiling = "Tak enligt riktlinjen (trappan)"
        public static let equityAboveCeiling = "Eget kapital enligt bokföringen överstiger riktlinjens tak."

        /// Tenths of a per cent as "−12,3 %".
        public static func percentText(_ permille: Int64?) -> String {
            guard let permille else { return "–" }
            let magnitude = permille.magnitude
            return (permille < 0 ? "−" : "") + "\(magnitude / 10),\(magnitude % 10)\u{00A0}%"
        }
    }
}
