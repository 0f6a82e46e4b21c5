import Domain

extension Sv {
    /// Participants and their figures (uppföljning).
    public enum FollowUp {
        public static let title = "Uppföljning"
        public static let participants = "Deltagare"
        public static func participantsOf(_ code: String) -> String { "Deltagare i \(code)" }
        public static let episodesCaption = "Registrerade deltaganden, med förbundets deltagarnyckel"
        public static let noEpisodes = "Inga deltaganden är registrerade för insatsen."
        public static let privacy = "Samordna sparar inga personnummer. Deltagarna registreras med samtycke i SUS; här registreras bara förbundets slumpade deltagarnyckel och SUS-kategorierna. Samma nyckel i två insatser är samma person, så att förbundets totala antal räknar varje person en gång."
        public static let newEpisode = "Registrera deltagande"
        public static let editEpisode = "Ändra deltagande"
        public static let recorded = "Deltagandet är registrerat."
        public static let updated = "Deltagandet är ändrat."
        public static let key = "Deltagarnyckel"
        public static let keyHint = "Förslaget är en ny slumpad nyckel. Har personen deltagit i en annan insats, skriv den nyckeln i stället."
        public static let sex = "Kön"
        public static let ageBand = "Åldersgrupp"
        public static let referral = "Remitterande part"
        public static let municipality = "Kommun"
        public static let municipalityHint = "Krävs när socialtjänsten eller annan kommunal verksamhet remitterar."
        public static let referredOn = "Remissdatum"
        public static let accepted = "Beredningens besked om samverkan"
        public static let startsOn = "Började"
        public static let startsHint = "Lämnas tomt tills deltagandet har börjat."
        public static let endsOn = "Avslutade"
        public static let outcome = "Utfall vid avslut"
        public static let outcomeHint = "Anges när deltagandet avslutas. En extratjänst är en annan åtgärd, inte arbete."
        public static let stillActive = "Kvar i verksamheten"
        public static let notStarted = "Har inte börjat"
        public static let yes = "Ja"
        public static let no = "Nej"
        public static let edit = "Ändra"
        public static let noRight = "Deltagarna i en insats registreras av kansliet och av insatsens egen insatsägare."

        /// The label of a participant field, for messages about a row of a sheet; a column the
        /// form does not know is named by its header.
        public static func fieldLabel(_ field: String) -> String {
            switch field {
            case "key": key
            case "sex": sex
            case "ageBand": ageBand
            case "referral": referral
            case "municipalityID", "municipalityName": municipality
            case "referredOn": referredOn
            case "accepted": accepted
            case "startsOn": startsOn
            case "endsOn": endsOn
            case "outcome": outcome
            case "answeredOn": answeredOn
            case "discrimination": discrimination
            case SurveyQuestion.qualityOfLife.rawValue: question(.qualityOfLife)
            case SurveyQuestion.insatsQuality.rawValue: question(.insatsQuality)
            case SurveyQuestion.influence.rawValue: question(.influence)
            default: field
            }
        }

        public static func sex(_ sex: ParticipantSex) -> String {
            switch sex {
            case .woman: "Kvinna"
            case .man: "Man"
            case .otherOrUnknown: "Annat eller okänt"
            }
        }

        public static func ageBand(_ band: AgeBand) -> String {
            band == .from60 ? "60 år och äldre" : band.rawValue.replacingOccurrences(of: "-", with: "–") + " år"
        }

        public static func referral(_ source: ReferralSource) -> String {
            switch source {
            case .employmentService: "Arbetsförmedlingen"
            case .socialInsurance: "Försäkringskassan"
            case .socialServices: "Socialtjänsten"
            case .region: "Regionen"
            case .otherMunicipal: "Annan kommunal verksamhet"
            }
        }

        public static func outcome(_ outcome: EpisodeOutcome) -> String {
            switch outcome {
            case .work: "Arbete"
            case .studies: "Studier"
            case .continuedRehabilitation: "Annat positivt avslut: fortsatt rehabilitering"
            case .jobSeeking: "Annat positivt avslut: öppet arbetssökande"
            case .noWorkCapacity: "Annat positivt avslut: klargjort att arbetsförmåga saknas"
            case .otherMeasure: "Annat positivt avslut: annan åtgärd (till exempel extratjänst)"
            case .dropOutHealth: "Avbrott: hälsoskäl"
            case .dropOutOther: "Avbrott: övrigt"
            }
        }

        public static func outcomeGroup(_ group: OutcomeGroup) -> String {
            switch group {
            case .work: "Arbete"
            case .studies: "Studier"
            case .otherPositive: "Annat positivt avslut"
            case .dropOut: "Avbrott"
            }
        }

        // Participants reported as counts.
        public static let countsTitle = "Sammanräknade uppgifter"
        public static let countsHint = "För en insats som rapporterar antal i stället för deltaganden, till exempel från en SUS-sammanställning: en rad per period (år, tertial eller månad). Antalen ska gå ihop: kvinnor, män och annat blir totalt, och de avslutade per utfall plus de som är kvar blir också totalt. En ny rad för samma period ersätter den gamla."
        public static let countsRecorded = "Antalen är registrerade."
        public static let countsCaption = "Sammanräknade antal per period"
        public static let countsPeriod = "Period"
        public static let countsPeriodHint = "ÅÅÅÅ för ett år, ÅÅÅÅ-T1 till ÅÅÅÅ-T3 för ett tertial eller ÅÅÅÅ-MM för en månad."
        public static let countsTotal = "Totalt antal deltagare"
        public static let countsNote = "Sammanräknade uppgifter ingår i periodens tabeller för sin insats och i förbundets total, men kan inte rensas för personer som deltagit i flera insatser och ingår inte i de kumulativa tabellerna."

        // Pictures.
        public static let outcomesChartTitle = "Avslut efter utfall"
        public static let participantsChartTitle = "Deltagare, nya, avslutade och kvar"
        public static func leftOutOfChart(_ labels: [String], threshold: Int) -> String {
            "Inte i diagrammet, eftersom någon grupp har färre än \(threshold) personer: \(labels.joined(separator: ", "))."
        }

        // The participant survey.
        public static let surveyTitle = "Deltagarenkät"
        public static let surveyHint = "Svaren är anonyma: de knyts inte till någon deltagarnyckel. Registrera ett svar per besvarad enkät; varje fråga får lämnas obesvarad."
        public static let newAnswer = "Registrera enkätsvar"
        public static let answeredOn = "Besvarad"
        public static let answerRecorded = "Enkätsvaret är registrerat."
        public static let discrimination = "Har upplevt diskriminering"
        public static let responses = "Svar"
        public static let endedCount = "Avslutade"
        public static let responseRate = "Svarsfrekvens"
        public static let rating = "1–10"

        public static func question(_ question: SurveyQuestion) -> String {
            switch question {
            case .qualityOfLife: "Livskvalitet"
            case .insatsQuality: "Insatsens kvalitet"
            case .influence: "Inflytande över den egna rehabiliteringen"
            }
        }

        public static func sevenToTen(_ question: SurveyQuestion) -> String { "\(Self.question(question)): andel 7–10" }

        public static func surveyCaption(_ subject: String, _ period: ReportingPeriod) -> String {
            "\(subject): deltagarenkäten \(periodName(period)); svarsfrekvensen räknas mot dem som avslutade under perioden"
        }

        public static func surveyGoal(_ percent: Int) -> String { "Målet är att minst \(percent) % svarar 7–10 på varje fråga." }

        // Import from a sheet.
        public static let importTitle = "Läs in deltagare från fil"
        public static let importFormat = "En CSV-fil med en rubrikrad och kolumnerna Deltagarnyckel, Kön, Åldersgrupp (eller ålder), Remitterande part, Kommun, Remissdatum, Beredning (ja/nej), Start, Slut och Utfall, i valfri ordning och åtskilda med semikolon, komma eller tabb. Datum skrivs ÅÅÅÅ-MM-DD. En SUS-export eller ett tertialblad med de kolumnerna går att läsa direkt. Inget sparas förrän alla rader är rätt. En rad med samma nyckel och remissdatum som ett registrerat deltagande ersätter det, så att ett tertialblad kan skickas in igen med avsluten ifyllda."
        public static let importUpload = "Välj fil"
        public static let importAgain = "Ladda upp en rättad fil"
        public static let importFile = "CSV-fil"
        public static let importPreview = "Förhandsgranska"
        public static let importPreviewTitle = "Förhandsgranskning"
        public static let importLine = "Rad"
        public static let importStatus = "Kontroll"
        public static let importRowOK = "Rätt, nytt deltagande"
        public static let importRowReplaces = "Rätt, ersätter det registrerade deltagandet med samma nyckel och remissdatum"

        public static func importRepeatedRow(_ line: Int) -> String {
            "samma nyckel och remissdatum som rad \(line); varje deltagande ska stå på en rad"
        }
        public static let importNoRows = "Filen har inga rader under rubrikraden."

        public static func importCaption(_ count: Int) -> String {
            count == 1 ? "1 rad ur filen, som den kommer att sparas" : "\(count) rader ur filen, som de kommer att sparas"
        }

        public static func importHasProblems(_ count: Int) -> String {
            (count == 1 ? "1 rad har fel" : "\(count) rader har fel") + ". Inget har sparats: rätta filen och ladda upp den igen."
        }

        public static func importSave(_ count: Int) -> String {
            count == 1 ? "Spara 1 deltagande" : "Spara \(count) deltaganden"
        }

        public static func imported(_ count: Int) -> String {
            count == 1 ? "1 deltagande är inläst." : "\(count) deltaganden är inlästa."
        }

        public static func importMissingColumns(_ labels: [String]) -> String {
            "Filen saknar kolumnerna " + labels.joined(separator: ", ") + ". Den första raden ska namnge kolumnerna."
        }

        public static let surveyImportTitle = "Läs in enkätsvar från fil"
        public static let surveyImportFormat = "En CSV-fil med en rubrikrad och kolumnerna Svarsdatum, Livskvalitet, Insatsens kvalitet, Inflytande (1–10, även skrivet 8/10) och Diskriminering (ja/nej), i valfri ordning och åtskilda med semikolon, komma eller tabb; en rad per besvarad enkät. Svaren är anonyma: en kolumn med deltagarnyckel eller personnummer hör inte hemma här. Inget sparas förrän alla rader är rätt. Svaren läggs till dem som redan är registrerade, så läs inte in samma fil två gånger."
        public static let surveyImportRowOK = "Rätt, nytt svar"
        public static func surveyImportSave(_ count: Int) -> String {
            count == 1 ? "Spara 1 enkätsvar" : "Spara \(count) enkätsvar"
        }
        public static func surveyImported(_ count: Int) -> String {
            count == 1 ? "1 enkätsvar är inläst." : "\(count) enkätsvar är inlästa."
        }

        public static let importEmpty = "Filen är tom."
        public static let importNotText = "Filen går inte att läsa som text (UTF-8)."

        // The figures.
        public static func figuresTitle(_ period: String) -> String { "Deltagare \(period)" }
        public static let cumulativeTitle = "Sedan start"
        public static let periodLabel = "Period"
        public static let otherPeriods = "Andra perioder"
        public static let whole = "Hela förbundet"
        public static let perIntervention = "Per insats"
        public static let perPlatform = "Per plattform"
        public static let perMunicipality = "Per kommun"
        public static let noPlatform = "Ingen plattform angiven"
        public static let noMunicipality = "Ingen kommun angiven"
        public static let overTheYear = "Året tertial för tertial"
        public static let monthByMonth = "Året månad för månad"
        public static let referrals = "Remisser"
        public static let outcomes = "Avslut efter utfall"

        public static func periodName(_ period: ReportingPeriod) -> String {
            switch period {
            case .year(let year): "\(year)"
            case .tertial(let year, let number): "tertial \(number) \(year)"
            case .month(let year, let month): "\(Sv.Ledger.monthName(month)) \(year)"
            }
        }

        /// Captions say which kind of figure the table holds, so a reader can never take a
        /// cumulative count for a year's.
        public static func periodCaption(_ subject: String, _ period: ReportingPeriod) -> String {
            "\(subject): deltagare under \(periodName(period)) (\(period.from.iso)–\(period.to.iso)). Varje person räknas en gång per rad."
        }

        public static func cumulativeCaption(_ subject: String, until: CivilDate) -> String {
            "\(subject): kumulativt, alla deltagare sedan start till och med \(until.iso). Inte en årssiffra."
        }

        public static func tertialCaption(_ year: Int) -> String {
            "Hela förbundet tertial för tertial \(year): varje rad är sin egen period, så raderna ska inte summeras."
        }

        public static func monthCaption(_ year: Int) -> String {
            "Hela förbundet månad för månad \(year): varje rad är sin egen period, så raderna ska inte summeras."
        }

        public static func referralCaption(_ period: ReportingPeriod) -> String {
            "Remisser som kom in under \(periodName(period)), per remitterande part. Raderna summerar till totalen."
        }

        public static func outcomeCaption(_ period: ReportingPeriod) -> String {
            "Hela förbundet: deltagare som avslutade under \(periodName(period)), efter utfall"
        }

        public static let name = "Insats, plattform eller kommun"
        public static let women = "Kvinnor"
        public static let men = "Män"
        public static let other = "Annat eller okänt"
        public static let total = "Totalt"
        public static let new = "Varav nya"
        public static let ended = "Avslutade"
        public static let remaining = "Kvar vid periodens slut"
        public static let remainingNow = "Kvar i verksamheten"
        public static let toWorkOrStudies = "Andel avslutade till arbete eller studier"
        public static let accepted2 = "Ja till samverkan"
        public static let declined = "Nej till samverkan"
        public static let referredTotal = "Remitterade"
        public static let count = "Antal"
        public static let share = "Andel av avslutade"

        public static func inMoreThanOne(_ shown: String) -> String {
            "\(shown) av deltagarna i hela förbundet deltog i mer än en insats. De räknas en gång i förbundets total, men en gång per insats i raderna ovan."
        }

        public static func suppressionNote(_ threshold: Int) -> String {
            "Grupper med färre än \(threshold) personer visas som ”< \(threshold)” så att ingen kan pekas ut; ”..” döljer ett tal som annars skulle avslöja en sådan grupp. Procent räknas från antalen."
        }

        public static func shown(_ shown: SmallGroups.Shown) -> String {
            switch shown {
            case .exact(let value): Sv.grouped(Int64(value))
            case .fewerThan(let threshold): "< \(threshold)"
            case .protected: ".."
            }
        }

        public static func percent(_ shown: SmallGroups.Shown?) -> String {
            switch shown {
            case nil: "–"
            case .exact(let value): "\(value) %"
            case .fewerThan, .protected: ".."
            }
        }
    }
}
