import Domain

extension Sv {
    public static func memberKind(_ kind: MemberKind) -> String {
        switch kind {
        case .forsakringskassan: "Försäkringskassan"
        case .arbetsformedlingen: "Arbetsförmedlingen"
        case .region: "Region"
        case .municipality: "Kommun"
        }
    }

    public static func bodyKind(_ kind: BodyKind) -> String {
        switch kind {
        case .board: "Styrelse"
        case .chairGroup: "Presidium"
        case .preparatoryGroup: "Beredningsgrupp"
        case .steeringGroup: "Styrgrupp"
        case .other: "Annat organ"
        }
    }

    /// What a body is called when it has no name of its own.
    public static func bodyName(kind: BodyKind, name: String?) -> String {
        if let name, !name.isEmpty { return name }
        switch kind {
        case .board: return "Styrelsen"
        case .chairGroup: return "Presidiet"
        case .preparatoryGroup: return "Beredningsgruppen"
        case .steeringGroup, .other: return bodyKind(kind)
        }
    }

    public static func mandateRole(_ role: MandateRole) -> String {
        switch role {
        case .chair: "Ordförande"
        case .viceChair: "Vice ordförande"
        case .member: "Ledamot"
        case .substitute: "Ersättare"
        case .secretary: "Sekreterare"
        case .coopted: "Adjungerad"
        case .nonVotingMember: "Ledamot utan rösträtt"
        }
    }

    public static func accessRole(_ role: AccessRole) -> String {
        switch role {
        case .administrator: "Administratör (kansli)"
        case .boardMember: "Ledamot eller ersättare"
        case .preparation: "Beredning"
        case .activityOwner: "Insatsägare"
        case .auditor: "Revisor (läsbehörighet)"
        }
    }

    public static func quorumRule(_ rule: QuorumRule) -> String {
        switch rule {
        case .moreThanHalf: "Mer än hälften av ledamöterna är närvarande"
        case .atLeastHalf: "Minst hälften av ledamöterna är närvarande"
        case .atLeastTwoThirds: "Minst två tredjedelar av ledamöterna är närvarande"
        }
    }

    public static func matterKind(_ matter: MatterKind) -> String {
        switch matter {
        case .budget: "Budget"
        case .operationalPlan: "Verksamhetsplan"
        case .statutes: "Förslag om ändrad förbundsordning"
        case .membership: "Ny medlem eller utträde"
        }
    }

    public static func yesNo(_ value: Bool) -> String { value ? yes : no }

    /// "2014-01-01 – tills vidare" or "2014-01-01 – 2016-12-31".
    public static func period(_ from: String?, _ to: String?) -> String {
        "\(from ?? none) – \(to ?? ongoing)"
    }

    /// "12 000 000 kr": whole kronor with a thin space between thousands, as in Swedish papers.
    public static func kronor(_ amount: Int64) -> String {
        grouped(amount) + " kr"
    }

    public static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append("\u{00A0}") }
            result.append(digit)
        }
        return (number < 0 ? "−" : "") + result
    }

    /// "83,42 %" with two decimals and a decimal comma.
    public static func percent(_ share: Double) -> String {
        let hundredths = Int64((share * 10_000).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        return "\(whole),\(fraction < 10 ? "0" : "")\(fraction)\u{00A0}%"
    }
}
