/// The 290 kommuner of Sweden by county: a fact list, the same for every association, from which
/// the importer knows a place or a member municipality in any association's papers ("Kalix
/// kommun", "Koordinator Vara § 4", "i Lerum") instead of from any one association's words.
public enum SwedishMunicipalities {
    public static let byCounty: [String: [String]] = [
        "Stockholm": ["Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka", "Norrtälje", "Nykvarn",
                      "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna", "Stockholm", "Sundbyberg", "Södertälje", "Tyresö", "Täby",
                      "Upplands Väsby", "Upplands-Bro", "Vallentuna", "Vaxholm", "Värmdö", "Österåker"],
        "Uppsala": ["Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar"],
        "Södermanland": ["Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker"],
        "Östergötland": ["Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping", "Vadstena",
                         "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög"],
        "Jönköping": ["Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö", "Tranås", "Vaggeryd",
                      "Vetlanda", "Värnamo"],
        "Kronoberg": ["Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult"],
        "Kalmar": ["Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro", "Oskarshamn", "Torsås",
                   "Vimmerby", "Västervik"],
        "Gotland": ["Gotland"],
        "Blekinge": ["Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg"],
        "Skåne": ["Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs", "Hörby", "Höör", "Klippan",
                  "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö", "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Skurup",
                  "Staffanstorp", "Svalöv", "Svedala", "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm",
                  "Örkelljunga", "Östra Göinge"],
        "Halland": ["Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"],
        "Västra Götaland": ["Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping", "Färgelanda",
                            "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda", "Karlsborg", "Kungälv", "Lerum",
                            "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark", "Mellerud", "Munkedal", "Mölndal", "Orust",
                            "Partille", "Skara", "Skövde", "Sotenäs", "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro",
                            "Tidaholm", "Tjörn", "Tranemo", "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda",
                            "Vänersborg", "Åmål", "Öckerö"],
        "Värmland": ["Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil", "Kristinehamn",
                     "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng"],
        "Örebro": ["Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg", "Lindesberg",
                   "Ljusnarsberg", "Nora", "Örebro"],
        "Västmanland": ["Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala", "Skinnskatteberg", "Surahammar",
                        "Västerås"],
        "Dalarna": ["Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen", "Mora", "Orsa", "Rättvik",
                    "Smedjebacken", "Säter", "Vansbro", "Älvdalen"],
        "Gävleborg": ["Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker", "Sandviken",
                      "Söderhamn"],
        "Västernorrland": ["Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik"],
        "Jämtland": ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"],
        "Västerbotten": ["Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå", "Sorsele",
                         "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele"],
        "Norrbotten": ["Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå", "Pajala",
                       "Piteå", "Älvsbyn", "Överkalix", "Övertorneå"],
    ]

    public static let all: [String] = byCounty.values.flatMap { $0 }.sorted()

    /// Every word of the names in lower case, each also in the genitive ("bodens", "östra", "göinge").
    public static var words: [String] {
        all.flatMap { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) + [$0.lowercased()] }
            .flatMap { [$0, $0.hasSuffix("s") || $0.hasSuffix("x") ? $0 : $0 + "s"] }
    }

    /// Folded keys (`ArchiveText.key`) of every kommun and region name, without and with a genitive s:
    /// what OCR that lost å/ä/ö still leaves of a place ("Lulea", "Ornskoldsviks").
    public static let placeKeys: Set<String> = {
        let names = all + SwedishRegions.counties + SwedishRegions.otherNames
        return Set(names.flatMap { name -> [String] in
            let key = ArchiveText.key(name)
            return [key, key + "s"]
        })
    }()

    /// Whether the word (any case, with or without genitive s, with å/ä/ö lost) is a kommun's or a region's name.
    public static func isPlace(_ word: String) -> Bool {
        let key = ArchiveText.key(word)
        return key.count >= 3 && placeKeys.contains(key)
    }
}
