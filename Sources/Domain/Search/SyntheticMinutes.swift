/// Invented but plausible minutes for benchmarks and trials at scale: § titles, narratives and
/// decision sentences of a samordningsförbund's board, varied by a seeded generator so that the
/// same seed gives the same archive.
public struct SyntheticMinutes {
    public struct Paragraph: Sendable {
        public var title: String
        public var narrative: String
        public var decision: (kind: DecisionKind, wording: String)?
    }

    private var random: SeededGenerator

    public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    public static let places = ["Umeå", "Vännäs", "Lycksele", "Skellefteå", "Luleå", "Piteå", "Östersund", "Sundsvall", "Härnösand", "Gävle",
                         "Falun", "Västerås", "Örebro", "Karlstad", "Uppsala", "Norrtälje", "Södertälje", "Linköping", "Norrköping",
                         "Jönköping", "Växjö", "Kalmar", "Karlskrona", "Kristianstad", "Malmö", "Lund", "Helsingborg", "Halmstad",
                         "Borås", "Trollhättan", "Göteborg", "Skövde", "Visby", "Eskilstuna", "Nyköping", "Motala", "Ludvika", "Kiruna"]
    static let insatser = ["Unga vuxna i arbete", "Vuxenplattformen", "Steg för steg", "Arbetsnära stöd", "Hälsolotsen", "Kompassen",
                           "Språkstegen", "Individ i centrum", "Vägledningscentrum", "Jobbtorget", "Samverkansteamet", "Aktivitetshuset"]
    static let members = ["Försäkringskassan", "Arbetsförmedlingen", "regionen", "kommunen", "socialtjänsten", "primärvården",
                          "psykiatrin", "gymnasieskolan", "vuxenutbildningen"]
    static let topics = ["ekonomisk rapport", "verksamhetsplan", "budget", "årsredovisning", "delårsrapport", "uppföljning",
                         "socioekonomisk redovisning", "internkontrollplan", "attestordning", "dataskydd", "mötesplan",
                         "samverkansavtal", "utvärdering", "förstudie", "kompetensutveckling", "ägarsamråd", "revision",
                         "medlemsbidrag", "indikatorer", "deltagarenkät"]
    static let subjects = ["Förbundschefen", "Beredningsgruppen", "Ordföranden", "Verksamhetsutvecklaren", "Processledaren",
                           "Projektledaren", "Revisorn", "Ekonomen"]
    static let verbs = ["redovisade", "presenterade", "föredrog", "informerade om", "gick igenom", "rapporterade om", "beskrev"]
    static let objects = ["läget i insatsen", "deltagarnas utveckling", "resultatet av enkäten", "kostnaderna hittills i år",
                          "samverkan med parterna", "arbetet med uppföljningen", "förslaget till fördelning", "behovet av fler platser",
                          "erfarenheterna från året", "stegförflyttningar för deltagarna", "rekryteringen av personal",
                          "planeringen inför nästa år"]
    static let discussions = ["Styrelsen diskuterade frågan ingående.", "Ledamöterna ställde frågor om finansieringen.",
                              "Diskussionen rörde särskilt unga vuxnas väg till arbete.", "Flera ledamöter lyfte behovet av samordning.",
                              "Frågan om långsiktig finansiering återkommer vid nästa sammanträde.",
                              "Medlemmarnas representanter berättade om läget i respektive organisation."]

    /// The §§ of one meeting: the formal opening and closing, and `count - 4` matters between.
    public mutating func meeting(year: Int, paragraphs count: Int) -> [Paragraph] {
        var result = [Paragraph(title: "Mötets öppnande", narrative: "Ordföranden hälsade välkommen.",
                                decision: (.decision, "Ordföranden förklarade mötet öppnat.")),
                      Paragraph(title: "Val av justerare", narrative: "", decision: (.decision, "Styrelsen utsåg justerare att justera dagens protokoll.")),
                      Paragraph(title: "Godkännande av dagordning", narrative: "", decision: (.decision, "Dagordningen godkändes."))]
        for _ in 0..<max(0, count - 4) { result.append(matter(year: year)) }
        result.append(Paragraph(title: "Mötets avslutande", narrative: "", decision: (.decision, "Ordföranden förklarade mötet avslutat.")))
        return result
    }

    mutating func matter(year: Int) -> Paragraph {
        let insats = pick(Self.insatser), topic = pick(Self.topics), member = pick(Self.members)
        let amount = (1 + Int(next() % 40)) * 50
        let narrative = ["\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects)) inom \(insats).",
                         "Underlaget har tagits fram tillsammans med \(member).", pick(Self.discussions)].joined(separator: " ")
        switch next() % 6 {
        case 0:
            return Paragraph(title: "Äskande från \(insats) \(year + 1)", narrative: narrative,
                             decision: (.approval, "Styrelsen biföll äskandet med \(amount) tkr för \(year + 1)."))
        case 1:
            return Paragraph(title: "Äskande om förlängning av \(insats)", narrative: narrative,
                             decision: (.rejection, "Styrelsen avslog äskandet om \(amount) tkr."))
        case 2:
            return Paragraph(title: "Rapport: \(topic) \(year)", narrative: narrative, decision: (.approvedReport, "Styrelsen godkände rapporten."))
        case 3:
            return Paragraph(title: "Information från \(member)", narrative: narrative, decision: (.filed, "Informationen lades till handlingarna."))
        case 4:
            return Paragraph(title: "Uppdrag om \(topic)", narrative: narrative,
                             decision: (.assignment, "Styrelsen gav förbundschefen i uppdrag att ta fram ett förslag om \(topic)."))
        default:
            return Paragraph(title: topic.prefix(1).uppercased() + topic.dropFirst() + " \(year)", narrative: narrative,
                             decision: (.decision, "Styrelsen beslutade att fastställa \(topic) för \(year)."))
        }
    }
}
