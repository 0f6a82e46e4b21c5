import Domain

extension Sv {
    public static let errorSummaryTitle = "Det finns fel i formuläret"
    public static let errorSummaryIntro = "Rätta följande och skicka formuläret igen. Ingenting har sparats."
    public static let errorPrefix = "Fel:"

    /// The message shown beside a field and in the error summary; the label names the field.
    public static func problem(_ problem: FieldIssue.Problem, label: String) -> String {
        let field = label.lowercased()
        switch problem {
        case .required: return "Fyll i \(field)."
        case .invalidDate: return "\(label) måste vara ett giltigt datum i formatet ÅÅÅÅ-MM-DD."
        case .invalidTime: return "\(label) måste vara ett klockslag i formatet TT:MM, till exempel 09:00."
        case .invalidMonthDay: return "\(label) måste anges som MM-DD, till exempel 01-01."
        case .endBeforeStart: return "\(label) kan inte komma före början."
        case .organisationNumberFormat: return "\(label) ska ha tio siffror i formatet NNNNNN-NNNN."
        case .organisationNumberCheckDigit: return "\(label) har fel kontrollsiffra. Kontrollera numret."
        case .notAWholeNumber: return "\(label) måste vara ett heltal."
        case .notANumber: return "\(label) måste vara ett tal, till exempel 40 eller 12,5."
        case .outOfRange(let min, let max): return "\(label) måste vara mellan \(grouped(min)) och \(grouped(max))."
        case .tooLong(let max): return "\(label) får vara högst \(max) tecken."
        case .tooShort(let min): return "\(label) måste vara minst \(min) tecken."
        case .notAChoice: return "Välj ett av alternativen för \(field)."
        case .taken: return "\(label) används redan. Välj ett annat."
        case .invalidProjectCode: return "\(label) får bara innehålla versaler A–Ö, siffror och bindestreck (2–16 tecken), till exempel P41VÄN."
        case .invalidSlug: return "\(label) får bara innehålla små bokstäver a–z, siffror och bindestreck (2–40 tecken)."
        case .invalidEmail: return "\(label) måste vara en e-postadress, till exempel namn@exempel.se."
        case .unknownReference: return "Välj ett av alternativen för \(field)."
        case .mismatch: return "\(label) stämmer inte."
        case .invalidFraction: return "\(label) ska anges som ett bråk, till exempel 2/3."
        case .mustBeAfter(let date): return "\(label) måste vara efter \(date)."
        case .mustBeOnOrAfter(let date): return "\(label) kan inte vara före \(date)."
        case .reasonNeededAfter(let date): return "Ange \(field): datumet är senare än sista dag \(date)."
        case .notAllowed: return "\(label) kan inte ändras så."
        case .chooseAtLeastOne: return "Välj minst ett alternativ för \(field)."
        case .remoteNotAllowed: return "Deltagande på distans är inte tillåtet enligt förbundets regler (beslut enligt 19 a § FINSAM saknas)."
        case .noMatchingMandate: return "\(label): personen har inget uppdrag i organet på sammanträdesdagen som tillåter detta."
        case .seatTaken: return "\(label): den ledamotens plats är redan besatt för dessa paragrafer."
        case .bothVotingAndNot: return "\(label): personen är redan registrerad med en annan roll för samma paragrafer och kan inte vara både beslutande och övrig."
        case .alreadyRecorded: return "\(label): personen är redan registrerad för dessa paragrafer."
        case .secondChair: return "\(label): mötet har redan en ordförande för dessa paragrafer."
        case .fileTooLarge(let max): return "\(label) är för stor. Filen får vara högst \(max) MB."
        case .unsupportedFileType: return "\(label) måste vara en PDF-, Word- eller Excel-fil eller en bild (PNG, JPEG)."
        case .notAVoter: return "Bara de som är beslutande vid paragrafen kan rösta."
        case .notAParagraph: return "\(label): protokollet har ingen sådan paragraf."
        case .alreadyAdjusted: return "\(label): paragrafen är redan justerad och kan bara rättas genom en rättelse."
        case .notQuorate(let present, let needed):
            return "Styrelsen är inte beslutför vid paragrafen: \(present) beslutande är närvarande och minst \(needed) behövs. Registrera närvaron först, eller anteckna att inget beslut fattades."
        case .lastAdministrator: return "Förbundet måste ha minst en administratör; \(field) kan inte lämnas utan administratörsrollen."
        case .inFile(let name, let inner): return "\(name): " + Sv.problem(inner, label: Sv.Archive.theFile)
        case .emptyFile: return "\(label) är tom."
        case .notAPacketFile: return "\(label) måste vara en textfil (.txt) eller en PDF-fil (.pdf)."
        case .noBoardToImportInto:
            return "Förbundets register saknar en styrelse att importera sammanträdena till. Lägg till styrelsen under Organ och försök igen."
        case .tooManyAttempts(let minutes):
            return "För många felaktiga lösenord. Vänta \(minutes == 1 ? "1 minut" : "\(minutes) minuter") och försök igen."
        case .notAGrantDecision: return "\(label): välj ett beslut om bifall eller ett inriktningsbeslut. Medel beviljas bara genom ett sådant beslut."
        case .outsidePolicyYears(let from, let to): return "\(label) måste vara ett av inriktningsbeslutets år, \(from)–\(to)."
        case .grantAlreadyDecided(let year):
            return "\(label): medel för \(year) är redan beviljade genom samma eller ett senare beslut. Ett beslut ändras bara genom ett nytt beslut."
        case .yearAlreadyDecided(let year):
            return "\(label): insatsen har redan beviljade medel för \(year); det året kommer beloppet från beslutet (A)."
        case .repeatedYear(let year): return "\(label): året \(year) finns redan i formuläret."
        case .periodCrossesYear: return "\(label): en rekvisition gäller en period inom ett och samma år."
        case .beyondGrant(let year, let remaining):
            return "\(label): rekvisitionen är större än vad som återstår av beviljade medel för \(year) (\(Sv.kronor(remaining))). Ett högre belopp kräver ett nytt beslut av styrelsen."
        case .statedTotalDiffers(let stated, let computed):
            return "\(label): angiven summa \(Sv.kronor(stated)) stämmer inte med raderna, som summerar till \(Sv.kronor(computed)). Summan räknas fram ur raderna; rätta raderna eller den angivna summan."
        case .nothingRequested: return "\(label): ange minst en kostnad. Äskandet söker inga medel."
        case .applicationDeadlinePassed(let deadline):
            return "\(label): sista ansökningsdag var \(deadline.iso). Utlysningen tar inte emot fler ansökningar."
        case .callNotOpen: return "\(label): utlysningen är inte publicerad och tar inte emot ansökningar."
        case .notAFundingDecision: return "\(label): välj ett beslut om bifall, ett inriktningsbeslut eller ett avslag."
        case .explained(let message): return "\(label): \(message)"
        case .mustBeOnOrBefore(let date): return "\(label) kan inte vara efter \(date)."
        case .looksLikePersonalNumber:
            return "\(label) ser ut att innehålla ett personnummer. Samordna sparar inga personnummer: deltagarna registreras i SUS, här bara med förbundets deltagarnyckel."
        case .invalidParticipantKey: return "\(label) ska vara 4–24 tecken: bokstäver A–Z, siffror och bindestreck, med minst en bokstav (till exempel en nyckel som Samordna har dragit)."
        case .declinedInAssessment: return "\(label) kan inte anges när beredningen sade nej till samverkan."
        case .outcomeWithoutEnd: return "\(label) kan bara anges när deltagandet har ett slutdatum."
        case .countsDoNotAddUp(let stated, let computed): return "\(label) går inte ihop: angivet \(stated), men delarna ger \(computed)."
        case .weightOutsideTolerance(let ideal, let tolerance):
            return "\(label) får ligga högst \(tolerance) procentenheter från idealvikten \(ideal) %."
        }
    }
}
