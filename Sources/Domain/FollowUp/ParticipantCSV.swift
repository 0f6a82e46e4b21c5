import Foundation

/// Participations from a CSV file with the columns of the participant form: a SUS export or a
/// tertial sheet kept by the insats. The first row names the columns, in any order, in Swedish
/// ("Deltagarnyckel;Kön;Åldersgrupp;Remitterande part;Kommun;Remissdatum;Beredning;Start;Slut;
/// Utfall"); values are written as people write them ("Kvinna", "AF", "23", "ja", "Extratjänst")
/// and become the form's values, so a row is checked exactly as the form checks one.
public enum ParticipantCSV {
    public typealias Row = CSVSheet.Row
    public typealias Problem = CSVSheet.Problem

    /// The form field each column feeds, recognised by its folded header.
    static let columns: [CSVSheet.Column] = [
        ("key", ["nyckel", "deltagarnyckel", "deltagare", "id"]),
        ("sex", ["kon"]),
        ("ageBand", ["aldersgrupp", "alder", "aldersintervall"]),
        ("referral", ["remitterande part", "remittent", "remitterad av", "remiss fran", "aktor"]),
        ("municipalityName", ["kommun", "hemkommun"]),
        ("referredOn", ["remissdatum", "remitterad", "aktualiserad"]),
        ("accepted", ["beredning", "samverkan", "ja till samverkan", "beslut om samverkan"]),
        ("startsOn", ["start", "startdatum", "borjade", "inskriven", "inskrivningsdatum"]),
        ("endsOn", ["slut", "slutdatum", "avslutad", "utskriven", "utskrivningsdatum"]),
        ("outcome", ["utfall", "avslut", "avslutsorsak", "orsak till avslut"]),
    ]
    static let required = ["key", "sex", "ageBand", "referral", "referredOn", "accepted"]

    public static func read(_ text: String) -> Result<[Row], Problem> {
        CSVSheet.read(text, columns: columns, required: required, formValue: formValue)
    }

    /// The value the form would have had for what the sheet says; what is not recognised is
    /// passed on as written, so the form's check names it.
    static func formValue(_ field: String, _ value: String) -> String {
        let folded = CSVSheet.fold(value)
        switch field {
        case "sex":
            return ["kvinna": "woman", "k": "woman", "kv": "woman", "man": "man", "m": "man", "annat": "other", "okand": "other",
                    "annat eller okant": "other", "annat/okant": "other"][folded] ?? value
        case "ageBand":
            if let age = Int(folded), (15...99).contains(age) { return band(age).rawValue }
            let range = folded.replacingOccurrences(of: " ar", with: "").replacingOccurrences(of: "\u{2013}", with: "-")
                .replacingOccurrences(of: " ", with: "")
            if ["60+", "60-", "60ochaldre", "60-67"].contains(range) { return AgeBand.from60.rawValue }
            return AgeBand(rawValue: range)?.rawValue ?? value
        case "referral":
            let sources: [String: ReferralSource] = [
                "af": .employmentService, "arbetsformedlingen": .employmentService, "fk": .socialInsurance,
                "forsakringskassan": .socialInsurance, "socialtjanst": .socialServices, "socialtjansten": .socialServices, "soc": .socialServices,
                "region": .region, "regionen": .region, "landsting": .region, "landstinget": .region, "halso- och sjukvard": .region,
                "annan kommunal verksamhet": .otherMunicipal, "kommun ovrigt": .otherMunicipal, "kommun": .otherMunicipal,
            ]
            return sources[folded]?.rawValue ?? value
        case "accepted":
            return ["ja": "ja", "j": "ja", "nej": "nej", "n": "nej"][folded] ?? value
        case "outcome":
            let outcomes: [String: EpisodeOutcome] = [
                "arbete": .work, "studier": .studies, "fortsatt rehabilitering": .continuedRehabilitation,
                "arbetssokande": .jobSeeking, "oppet arbetssokande": .jobSeeking,
                "arbetsformaga saknas": .noWorkCapacity, "klargjort att arbetsformaga saknas": .noWorkCapacity,
                "ingen arbetsformaga": .noWorkCapacity, "extratjanst": .otherMeasure, "annan atgard": .otherMeasure,
                "annan insats": .otherMeasure, "avbrott halsa": .dropOutHealth, "avbrott halsoskal": .dropOutHealth,
                "avbrott": .dropOutOther, "avbrott ovrigt": .dropOutOther,
            ]
            // A participant still taking part has no outcome yet.
            if ["kvar", "kvar i verksamheten", "pagaende"].contains(folded) { return "" }
            return outcomes[folded]?.rawValue ?? value
        default:
            return value
        }
    }

    static func band(_ age: Int) -> AgeBand {
        switch age {
        case ..<20: .upTo19
        case 20...24: .from20to24
        case 25...29: .from25to29
        case 30...39: .from30to39
        case 40...49: .from40to49
        case 50...59: .from50to59
        default: .from60
        }
    }
}
