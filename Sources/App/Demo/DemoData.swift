import Domain
import Foundation
import Fluent
import Persistence

/// A fictional association with real kinds of members, for trying Samordna out: the state
/// agencies, a region and four municipalities with population figures, a board with ledamöter
/// and ersättare (one ersättare seat left empty, so the board page has something to warn about),
/// a beredningsgrupp and two styrgrupper. Every person is invented.
enum DemoData {
    static let slug = "bjorkadalen"

    struct MemberSeed {
        let name: String
        let kind: MemberKind
        let number: String
        let joined: String
        let populations: [Int: Int64]
    }

    static let members: [MemberSeed] = [
        MemberSeed(name: "Försäkringskassan", kind: .forsakringskassan, number: "202100-5521", joined: "2009-01-01", populations: [:]),
        MemberSeed(name: "Arbetsförmedlingen", kind: .arbetsformedlingen, number: "202100-2114", joined: "2009-01-01", populations: [:]),
        MemberSeed(name: "Region Västerbotten", kind: .region, number: "232100-0222", joined: "2009-01-01", populations: [:]),
        MemberSeed(name: "Umeå kommun", kind: .municipality, number: "212000-2742", joined: "2009-01-01",
                   populations: [2024: 78_950, 2025: 79_640, 2026: 80_310]),
        MemberSeed(name: "Vännäs kommun", kind: .municipality, number: "212000-2759", joined: "2014-01-01",
                   populations: [2024: 4_870, 2025: 4_905, 2026: 4_921]),
        MemberSeed(name: "Nordmaling kommun", kind: .municipality, number: "212000-2700", joined: "2016-01-01",
                   populations: [2024: 3_820, 2025: 3_790, 2026: 3_777]),
        MemberSeed(name: "Robertsfors kommun", kind: .municipality, number: "212000-2692", joined: "2016-01-01",
                   populations: [2024: 3_715, 2025: 3_702, 2026: 3_690]),
    ]

    /// (person, title, member index, role, from, to)
    static let boardSeats: [(String, String, Int, MandateRole, String, String?)] = [
        ("Helena Forsberg", "regionråd", 2, .chair, "2023-01-01", nil),
        ("Jonas Lindqvist", "kommunalråd, Umeå kommun", 3, .viceChair, "2023-01-01", nil),
        ("Maria Ekström", "områdeschef, Försäkringskassan", 0, .member, "2023-01-01", nil),
        ("Per Holmgren", "sektionschef, Arbetsförmedlingen", 1, .member, "2023-01-01", nil),
        ("Anna Sjöberg", "kommunalråd, Vännäs kommun", 4, .member, "2023-01-01", nil),
        ("Lars Nyström", "kommunstyrelsens ordförande, Nordmaling", 5, .member, "2023-01-01", nil),
        ("Karin Wikström", "kommunalråd, Robertsfors kommun", 6, .member, "2023-01-01", nil),
        ("Erik Lundmark", "regionpolitiker", 2, .substitute, "2023-01-01", nil),
        ("Sofia Berglund", "kommunpolitiker, Umeå kommun", 3, .substitute, "2023-01-01", nil),
        ("Johan Åberg", "enhetschef, Försäkringskassan", 0, .substitute, "2023-01-01", nil),
        ("Lena Öhman", "enhetschef, Arbetsförmedlingen", 1, .substitute, "2023-01-01", nil),
        ("Mikael Strand", "kommunpolitiker, Vännäs kommun", 4, .substitute, "2023-01-01", nil),
        ("Eva Marklund", "kommunpolitiker, Nordmaling", 5, .substitute, "2023-01-01", nil),
        ("Tomas Granberg", "kommunpolitiker, Robertsfors kommun", 6, .substitute, "2023-01-01", "2025-12-31"),
    ]

    /// Loads the demo association unless it is already there; returns it either way.
    @discardableResult
    static func load(on database: any Database, actor: Actor) async throws -> Organisation {
        if let existing = try await Organisation.query(on: database).filter(\.$slug == slug).first() {
            return existing
        }
        let founding = CivilDate(year: 2009, month: 1, day: 1)!
        let association = NewAssociation(
            slug: slug, name: NameChange(name: "Samordningsförbundet Björkådalen", validFrom: founding),
            details: AssociationDetails(organisationNumber: try OrganisationNumber.parse("222000-3129").get(),
                                        streetAddress: "Storgatan 12", postalCode: "903 26", city: "Umeå",
                                        email: "kansli@bjorkadalen.example"))
        return try await database.transaction { db in
            let organisation = try await AssociationSetup.create(association, administrator: nil, actor: actor, on: db)
            try await loadRegister(organisationID: organisation.requireID(), on: db)
            try await loadLedger(organisationID: organisation.requireID(), on: db)
            try await loadParticipants(organisationID: organisation.requireID(), on: db)
            try await loadSocialBudget(organisationID: organisation.requireID(), on: db)
            try await loadAnnualReportText(organisationID: organisation.requireID(), on: db)
            return organisation
        }
    }

    static func loadRegister(organisationID id: UUID, on db: any Database) async throws {
        try await OrganisationName.query(on: db).filter(\.$organisation.$id == id).set(\.$validTo, to: "2015-12-31").update()
        try await OrganisationName(organisationID: id, name: "Samordningsförbundet Björkådalen-Vännäs",
                                   validFrom: "2016-01-01", validTo: "2017-12-31").create(on: db)
        try await OrganisationName(organisationID: id, name: "Samordningsförbundet Björkådalsregionen",
                                   validFrom: "2018-01-01").create(on: db)
        if let rules = try await RulesRecord.query(on: db).filter(\.$organisation.$id == id).first() {
            var changed = rules.rules
            changed.qualifiedMajorityMatters = [.budget, .operationalPlan]
            changed.remoteParticipationAllowed = true
            changed.remoteParticipationFrom = CivilDate(iso: "2022-04-22")
            rules.apply(changed)
            try await rules.save(on: db)
        }

        var memberIDs: [UUID] = []
        for seed in members {
            let member = Member(organisationID: id, draft: MemberDraft(
                name: seed.name, kind: seed.kind, organisationNumber: try OrganisationNumber.parse(seed.number).get(),
                joinedOn: CivilDate(iso: seed.joined)!, leftOn: nil, postsNotices: seed.kind == .region || seed.kind == .municipality))
            try await member.create(on: db)
            memberIDs.append(try member.requireID())
            for (year, count) in seed.populations {
                try await MemberPopulation(organisationID: id, memberID: member.requireID(), year: year, count: count).create(on: db)
            }
        }

        let board = try await Body.board(of: id, on: db)!
        let boardID = try board.requireID()
        func body(_ kind: BodyKind, _ name: String?, _ description: String?) async throws -> UUID {
            let body = Body(organisationID: id, draft: BodyDraft(kind: kind, name: name, description: description,
                                                                 establishedOn: CivilDate(iso: "2016-01-01"), dissolvedOn: nil))
            try await body.create(on: db)
            return try body.requireID()
        }
        let chairGroup = try await body(.chairGroup, nil, "Ordförande, vice ordförande och förbundschef; bereder dagordningen.")
        let preparatory = try await body(.preparatoryGroup, nil, "Tjänstepersoner från medlemmarna; bereder ärenden och äskanden inför styrelsen.")
        let adults = try await body(.steeringGroup, "Styrgrupp Vuxenplattformen", "Styr insatsen Vuxenplattformen.")
        let young = try await body(.steeringGroup, "Styrgrupp Unga vuxna i arbete", "Styr insatsen Unga vuxna i arbete.")

        func person(_ name: String, _ title: String?) async throws -> UUID {
            let slugged = name.lowercased().replacingOccurrences(of: " ", with: ".")
                .replacingOccurrences(of: "å", with: "a").replacingOccurrences(of: "ä", with: "a").replacingOccurrences(of: "ö", with: "o")
            let person = Person(organisationID: id, draft: PersonDraft(name: name, title: title, email: "\(slugged)@exempel.se", phone: nil))
            try await person.create(on: db)
            return try person.requireID()
        }
        func seat(_ personID: UUID, _ bodyID: UUID, _ role: MandateRole, _ member: Int?, _ from: String, _ to: String? = nil,
                  standsInFor: UUID? = nil) async throws {
            try await Mandate(organisationID: id, draft: MandateDraft(
                personID: personID, bodyID: bodyID, role: role, appointedByMemberID: member.map { memberIDs[$0] },
                startsOn: CivilDate(iso: from)!, endsOn: to.flatMap { CivilDate(iso: $0) }, party: nil,
                standsInForPersonID: standsInFor)).create(on: db)
        }

        var boardPeople: [UUID] = []
        for (name, title, member, role, from, to) in boardSeats {
            let personID = try await person(name, title)
            boardPeople.append(personID)
            let standsInFor = role == .substitute ? boardPeople[boardSeats.firstIndex { $0.2 == member && $0.3 != .substitute }!] : nil
            try await seat(personID, boardID, role, member, from, to, standsInFor: standsInFor)
        }
        let director = try await person("Cecilia Norberg", "förbundschef")
        try await seat(director, boardID, .secretary, nil, "2019-03-01")
        try await seat(boardPeople[0], chairGroup, .chair, 2, "2023-01-01")
        try await seat(boardPeople[1], chairGroup, .viceChair, 3, "2023-01-01")
        try await seat(director, chairGroup, .secretary, nil, "2019-03-01")

        let officials: [(String, String, Int)] = [
            ("Ulrika Sandström", "verksamhetsutvecklare, Försäkringskassan", 0),
            ("Niklas Hedlund", "arbetsförmedlare, Arbetsförmedlingen", 1),
            ("Malin Jonsson", "verksamhetschef psykiatri, Region Västerbotten", 2),
            ("Ahmed Karimi", "enhetschef arbetsmarknad, Umeå kommun", 3),
            ("Frida Olofsson", "socialchef, Vännäs kommun", 4),
        ]
        var officialIDs: [UUID] = []
        for (name, title, member) in officials {
            let personID = try await person(name, title)
            officialIDs.append(personID)
            try await seat(personID, preparatory, .member, member, "2024-01-01")
        }
        try await seat(director, preparatory, .secretary, nil, "2019-03-01")
        try await seat(officialIDs[3], adults, .chair, 3, "2024-01-01")
        try await seat(officialIDs[0], adults, .member, 0, "2024-01-01")
        try await seat(officialIDs[2], adults, .member, 2, "2024-01-01")
        try await seat(officialIDs[1], young, .chair, 1, "2024-01-01")
        try await seat(officialIDs[4], young, .member, 4, "2024-01-01")
        let owner = try await person("David Persson", "projektledare, Unga vuxna i arbete")
        try await seat(owner, young, .coopted, nil, "2024-01-01")
        try await loadInterventions(organisationID: id, members: memberIDs, on: db, seeds: [
            ("P10VUX", "Vuxenplattformen", .individual, .implementation, 3, officialIDs[3], adults, "2017-01-01"),
            ("P20UNG", "Unga vuxna i arbete", .individual, .project, 1, owner, young, "2024-01-01"),
            ("S30PSY", "Samverkan kring psykisk hälsa", .structural, .preStudy, 2, officialIDs[2], nil, "2026-01-01"),
        ])
        try await loadMeetingPlan(organisationID: id, board: boardID, preparatory: preparatory, on: db)
    }

    /// The demo's insatser: (code, name, kind, stage, owning member's index, responsible person,
    /// steering group, start).
    static func loadInterventions(organisationID id: UUID, members: [UUID], on db: any Database,
                                  seeds: [(String, String, InterventionKind, InterventionStage, Int, UUID, UUID?, String)]) async throws {
        for (code, name, kind, stage, member, responsible, steering, start) in seeds {
            let intervention = Intervention(organisationID: id, draft: InterventionDraft(
                code: code, name: name, kind: kind, ownerMemberID: members[member], responsiblePersonID: responsible, partners: nil,
                targetGroup: nil, ageFrom: nil, ageTo: nil, area: nil, startsOn: CivilDate(iso: start), endsOn: nil, stage: stage,
                steeringBodyID: steering))
            try await intervention.create(on: db)
            try await InterventionName(interventionID: intervention.requireID(), name: name, validFrom: start).create(on: db)
        }
    }

    /// (date, place, theme): board meetings on Fridays, venues alternating between the members;
    /// the beredningsgrupp meets at the kansli a week before each.
    static let meetingPlan: [(String, String, String)] = [
        ("2026-02-13", "Umeå, Stadshuset, sal Björken", "Verksamhetsberättelse och bokslut"),
        ("2026-04-17", "Vännäs, Kommunhuset, sal Älven", "Årsredovisning efter revisionsseminariet"),
        ("2026-06-12", "Nordmaling, Kommunhuset, sal Havet", "Uppföljning av insatserna"),
        ("2026-09-18", "Robertsfors, Kommunhuset, sal Lönnen", "Äskanden inför nästa år"),
        ("2026-10-23", "Umeå, Stadshuset, sal Björken", "Verksamhetsplan"),
        ("2026-11-27", "Umeå, Stadshuset, sal Björken", "Budget och verksamhetsplan för 2027"),
        ("2027-02-12", "Vännäs, Kommunhuset, sal Älven", "Verksamhetsberättelse och bokslut"),
        ("2027-04-16", "Nordmaling, Kommunhuset, sal Havet", "Årsredovisning efter revisionsseminariet"),
    ]

    static func loadMeetingPlan(organisationID id: UUID, board: UUID, preparatory: UUID, on db: any Database) async throws {
        for (date, place, theme) in meetingPlan {
            let day = CivilDate(iso: date)!
            try await Meeting(organisationID: id, draft: MeetingDraft(
                bodyID: board, date: day, startsAt: ClockTime(hour: 9, minute: 0)!, endsAt: ClockTime(hour: 12, minute: 0),
                place: place, address: nil, remoteOffered: true, theme: theme)).create(on: db)
            try await Meeting(organisationID: id, draft: MeetingDraft(
                bodyID: preparatory, date: day.adding(days: -7)!, startsAt: ClockTime(hour: 13, minute: 0)!, endsAt: ClockTime(hour: 15, minute: 0),
                place: "Förbundets kansli, Storgatan 12, Umeå", address: nil, remoteOffered: true, theme: nil)).create(on: db)
        }
    }
}
