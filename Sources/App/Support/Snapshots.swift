import Persistence

// What the audit log records of each kind of record: its fields as text, absent ones left out.

private func compact(_ fields: [String: String?]) -> [String: String] {
    fields.compactMapValues { $0 }
}

extension Organisation {
    var snapshot: [String: String] {
        compact(["slug": slug, "organisationNumber": organisationNumber, "streetAddress": streetAddress,
                 "postalCode": postalCode, "city": city, "email": email])
    }
}

extension OrganisationName {
    var snapshot: [String: String] { compact(["name": name, "validFrom": validFrom, "validTo": validTo]) }
}

extension Member {
    var snapshot: [String: String] {
        compact(["name": name, "kind": kindRaw, "organisationNumber": organisationNumber, "joinedOn": joinedOn,
                 "leftOn": leftOn, "postsNotices": String(postsNotices)])
    }
}

extension MemberPopulation {
    var snapshot: [String: String] { ["year": String(year), "workingAgePopulation": String(count)] }
}

extension Body {
    var snapshot: [String: String] {
        compact(["kind": kindRaw, "name": name, "description": bodyDescription, "establishedOn": establishedOn,
                 "dissolvedOn": dissolvedOn])
    }
}

extension Person {
    var snapshot: [String: String] { compact(["name": name, "title": title, "email": email, "phone": phone]) }
}

extension Mandate {
    var snapshot: [String: String] {
        compact(["person": $person.id.uuidString, "body": $body.id.uuidString, "role": roleRaw,
                 "appointedBy": $appointedBy.id?.uuidString, "startsOn": startsOn, "endsOn": endsOn, "party": party,
                 "standsInFor": $standsInFor.id?.uuidString])
    }
}

extension RulesRecord {
    var snapshot: [String: String] {
        ["quorumRule": quorumRule, "qualifiedMajorityMatters": qualifiedMajorityMatters,
         "qualifiedMajority": qualifiedMajority, "adjustmentDeadlineDays": String(adjustmentDeadlineDays),
         "postingDeadlineDays": String(postingDeadlineDays), "appealPeriodDays": String(appealPeriodDays),
         "remoteParticipationAllowed": String(remoteParticipationAllowed), "remoteParticipationFrom": remoteParticipationFrom ?? "",
         "postsOnOwnNoticeBoard": String(postsOnOwnNoticeBoard), "boardTermStarts": boardTermStarts,
         "planAndBudgetDeadline": planAndBudgetDeadline]
    }
}

extension UserAccess {
    var snapshot: [String: String] { compact(["roles": rolesRaw, "person": $person.id?.uuidString]) }
}

extension Meeting {
    var snapshot: [String: String] {
        compact(["body": $body.id.uuidString, "date": date, "startsAt": startsAt, "endsAt": endsAt, "place": place,
                 "address": address, "remoteOffered": String(remoteOffered), "format": formatRaw, "theme": theme, "status": statusRaw,
                 "cancellationReason": cancellationReason])
    }
}

extension AgendaItem {
    var snapshot: [String: String] {
        compact(["position": String(position), "kind": kindRaw, "title": title, "presenter": $presenter.id?.uuidString,
                 "background": background, "proposal": proposal, "recommendation": recommendationRaw,
                 "recommendationText": recommendationText, "secrecyGround": secrecyGround])
    }
}

extension StandingAgendaItem {
    var snapshot: [String: String] {
        ["position": String(position), "title": title, "kind": kindRaw, "placement": placementRaw]
    }
}

extension Attendance {
    var snapshot: [String: String] {
        compact(["person": $person.id.uuidString, "role": roleRaw, "mode": modeRaw, "fromParagraph": fromParagraph.map(String.init),
                 "toParagraph": toParagraph.map(String.init), "servesFor": $servesFor.id?.uuidString, "isChair": String(isChair)])
    }
}

extension Paragraph {
    var snapshot: [String: String] {
        compact(["number": String(number), "title": title, "narrative": narrative, "secrecyGround": secrecyGround])
    }
}

extension Intervention {
    var snapshot: [String: String] {
        compact(["code": code, "kind": kindRaw, "owner": $owner.id?.uuidString, "responsible": $responsible.id?.uuidString,
                 "partners": partners, "targetGroup": targetGroup, "ageFrom": ageFrom.map(String.init), "ageTo": ageTo.map(String.init),
                 "area": area, "startsOn": startsOn, "endsOn": endsOn, "stage": stageRaw, "steeringBody": $steeringBody.id?.uuidString,
                 "mergedInto": mergedIntoID?.uuidString, "mergedOn": mergedOn, "closedOn": closedOn])
    }
}

extension Budget {
    var snapshot: [String: String] {
        compact(["title": title, "firstYear": String(firstYear), "status": statusRaw, "version": String(version),
                 "openingEquity": String(openingEquity), "allocations": [allocation1, allocation2, allocation3].map(String.init).joined(separator: ";"),
                 "decision": $decision.id?.uuidString, "adoptedOn": adoptedOn])
    }
}

extension BudgetLine {
    var snapshot: [String: String] {
        compact(["section": sectionRaw, "name": name, "code": code, "class": costClassRaw,
                 "amounts": amounts.map(String.init).joined(separator: ";")])
    }
}

extension ParticipantEpisode {
    var snapshot: [String: String] {
        compact(["key": participantKey, "sex": sexRaw, "ageBand": ageBandRaw, "referral": referralRaw,
                 "municipality": $municipality.id?.uuidString, "referredOn": referredOn, "accepted": accepted ? "ja" : "nej",
                 "startsOn": startsOn, "endsOn": endsOn, "outcome": outcomeRaw])
    }
}

extension GoalArea {
    var snapshot: [String: String] {
        ["year": String(year), "name": name, "idealWeight": String(idealWeight), "usedWeight": String(usedWeight)]
    }
}

extension Indicator {
    var snapshot: [String: String] {
        ["goalArea": $goalArea.id.uuidString, "goal": goal, "name": name, "weight": String(weight), "target": String(target),
         "direction": directionRaw, "measure": measureRaw]
    }
}

extension IndicatorResult {
    var snapshot: [String: String] {
        compact(["indicator": $indicator.id.uuidString, "tertial": String(tertial), "platform": platform, "value": String(value),
                 "persons": persons.map(String.init), "source": source])
    }
}

extension SurveyAnswer {
    var snapshot: [String: String] {
        compact(["answeredOn": answeredOn, "qualityOfLife": qualityOfLife.map(String.init), "insatsQuality": insatsQuality.map(String.init),
                 "influence": influence.map(String.init), "discrimination": discrimination.map { $0 ? "ja" : "nej" }])
    }
}

extension ParticipantCounts {
    var snapshot: [String: String] {
        ["period": period, "women": String(women), "men": String(men), "other": String(other), "new": String(new), "work": String(work),
         "studies": String(studies), "otherPositive": String(otherPositive), "dropOut": String(dropOut), "remaining": String(remaining)]
    }
}

extension AnnualReportRecord {
    var snapshot: [String: String] {
        compact(["year": String(year), "narrative": narrative, "employees": employees.map(String.init), "status": statusRaw,
                 "sha256": contentSHA256])
    }
}
