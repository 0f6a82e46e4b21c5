/// The OpenAPI description of the public API, served at `/api/v1/openapi.json`. Kept by hand next
/// to `APIModels.swift`; a test checks that every path it lists answers and that the document is
/// valid OpenAPI.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Samordna public API",
        "version": "1.0.0",
        "description": "Read-only public data of the samordningsförbund (FINSAM coordination associations) kept in this Samordna installation. Names follow the OParl standard where it has one: an Organisation corresponds to an OParl Body, a Body (organ, e.g. the board) to an OParl Organization, and Person and Membership keep their OParl meaning. Contact details, user accounts and internal notes are never exposed."
      },
      "servers": [{"url": "/"}],
      "paths": {
        "/api/v1/organisations": {
          "get": {
            "summary": "All associations",
            "operationId": "listOrganisations",
            "responses": {
              "200": {"description": "The associations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrganisationList"}}}}
            }
          }
        },
        "/api/v1/organisations/{slug}": {
          "get": {
            "summary": "One association",
            "operationId": "getOrganisation",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The association", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Organisation"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/members": {
          "get": {
            "summary": "The association's members (medlemmar), past ones included",
            "operationId": "listMembers",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The members", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MemberList"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/bodies": {
          "get": {
            "summary": "The association's bodies (organ): board, chair group, preparatory group, steering groups",
            "operationId": "listBodies",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The bodies", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BodyList"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/people": {
          "get": {
            "summary": "People holding a mandate on a date, with those mandates",
            "operationId": "listPeople",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "date", "in": "query", "required": false, "description": "The date (YYYY-MM-DD) the mandates must be valid on; default today.", "schema": {"type": "string", "format": "date"}}
            ],
            "responses": {
              "200": {"description": "The people", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PersonList"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/meetings": {
          "get": {
            "summary": "Meetings (sammanträden) with their public agenda, files and justerat protokoll",
            "description": "Agenda items and files come from the latest published kallelse, paragraphs and decisions from the justerat protokoll; drafts are never included. Secret items, files and paragraphs appear only with their number and legal ground.",
            "operationId": "listMeetings",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "year", "in": "query", "required": false, "description": "Only meetings in this calendar year.", "schema": {"type": "integer", "minimum": 1900, "maximum": 2199}}
            ],
            "responses": {
              "200": {"description": "The meetings", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MeetingList"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/meetings/{meetingID}": {
          "get": {
            "summary": "One meeting, as in the list",
            "operationId": "getMeeting",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "meetingID", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}
            ],
            "responses": {
              "200": {"description": "The meeting", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/decisions": {
          "get": {
            "summary": "Decisions of justerade protokoll",
            "description": "Every decision recorded under a public paragraph of a justerat protokoll, newest meeting first. Drafts and secret paragraphs are never included.",
            "operationId": "listDecisions",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "year", "in": "query", "required": false, "description": "Only decisions of protokoll of this calendar year.", "schema": {"type": "integer", "minimum": 1900, "maximum": 2199}},
              {"name": "kind", "in": "query", "required": false, "schema": {"type": "string", "enum": ["decision", "approved_report", "filed", "assignment", "approval", "rejection", "policy", "no_decision"]}}
            ],
            "responses": {
              "200": {"description": "The decisions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DecisionList"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
    """# + OpenAPIMoney.paths + #"""
        "/api/v1/organisations/{slug}/search": {
          "get": {
            "summary": "Search protokoll and documents",
            "description": "One search over the paragraphs of justerade protokoll, native and imported, best match first. Words are matched in any inflection (Swedish stemming) and without regard to å, ä and ö, so Umea finds Umeå. Only public content: secret paragraphs and imported bilagor are not searched here.",
            "operationId": "search",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "q", "in": "query", "required": false, "description": "The words to search for; a hit contains all of them. Without words there are no hits.", "schema": {"type": "string"}},
              {"name": "organ", "in": "query", "required": false, "description": "Only this body (its id).", "schema": {"type": "string", "format": "uuid"}},
              {"name": "fran", "in": "query", "required": false, "description": "From this year.", "schema": {"type": "integer", "minimum": 1900, "maximum": 2199}},
              {"name": "till", "in": "query", "required": false, "description": "Up to and including this year.", "schema": {"type": "integer", "minimum": 1900, "maximum": 2199}},
              {"name": "typ", "in": "query", "required": false, "schema": {"type": "string", "enum": ["protokoll", "kallelse", "bilaga", "arsredovisning", "annat"]}},
              {"name": "beslut", "in": "query", "required": false, "schema": {"type": "string", "enum": ["decision", "approved_report", "filed", "assignment", "approval", "rejection", "policy", "no_decision"]}},
              {"name": "sida", "in": "query", "required": false, "description": "Page of 20 hits.", "schema": {"type": "integer", "minimum": 1}}
            ],
            "responses": {
              "200": {"description": "The hits", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        }
      },
      "components": {
        "parameters": {
          "Slug": {"name": "slug", "in": "path", "required": true, "description": "The association's short name, as in its web address.", "schema": {"type": "string", "pattern": "^[a-z0-9-]{2,40}$"}}
        },
        "responses": {
          "NotFound": {"description": "No such association", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "BadRequest": {"description": "A parameter is malformed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
    """# + OpenAPIMoney.schemas + #"""
          "MeetingList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Meeting"}}}},
          "Meeting": {
            "type": "object",
            "description": "A sammanträde of one body (OParl: Meeting).",
            "required": ["id", "type", "body", "date", "start", "location", "format", "remoteOffered", "cancelled", "status", "agendaItems", "files"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Meeting"]},
              "body": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
              "date": {"type": "string", "format": "date"},
              "start": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
              "end": {"type": "string", "nullable": true},
              "location": {"type": "string"},
              "format": {"type": "string", "enum": ["on_site", "hybrid", "remote"], "description": "På plats, på plats med deltagande på distans, or distansmöte (everyone remote; location then says Distansmöte)."},
              "remoteOffered": {"type": "boolean"},
              "theme": {"type": "string", "nullable": true},
              "cancelled": {"type": "boolean"},
              "status": {"type": "string", "enum": ["planned", "called", "held", "adjusted", "posted", "final", "cancelled"], "description": "Where the meeting is in its life: planerad, kallad, hållen (protokollet påbörjat), protokollet justerat, anslaget, laga kraft, or inställd."},
              "agendaItems": {"type": "array", "items": {"$ref": "#/components/schemas/AgendaItem"}},
              "files": {"type": "array", "items": {"$ref": "#/components/schemas/File"}},
              "protocol": {"$ref": "#/components/schemas/Protocol"}
            }
          },
          "AgendaItem": {
            "type": "object", "description": "A punkt of the published kallelse (OParl: AgendaItem). Secret items have no name.",
            "required": ["type", "number", "kind", "files"],
            "properties": {
              "type": {"type": "string", "enum": ["AgendaItem"]}, "number": {"type": "integer"}, "name": {"type": "string", "nullable": true},
              "kind": {"type": "string", "enum": ["information", "report", "discussion", "decision"]},
              "proposal": {"type": "string", "nullable": true}, "files": {"type": "array", "items": {"type": "integer"}},
              "secrecyGround": {"type": "string", "nullable": true}
            }
          },
          "File": {
            "type": "object", "description": "A bilaga (OParl: File), by number; secret ones have no name.",
            "required": ["type", "number"],
            "properties": {"type": {"type": "string", "enum": ["File"]}, "number": {"type": "integer"}, "name": {"type": "string", "nullable": true}, "secrecyGround": {"type": "string", "nullable": true}, "accessUrl": {"type": "string", "nullable": true, "description": "Download address of the version the kallelse names; none for a secret bilaga."}}
          },
          "Protocol": {
            "type": "object", "nullable": true, "description": "The justerat protokoll, when there is one.",
            "required": ["state", "web", "pdf", "paragraphs"],
            "properties": {
              "state": {"type": "string", "enum": ["adjusted", "posted", "final"]},
              "adjustedOn": {"type": "string", "format": "date", "nullable": true},
              "postedOn": {"type": "string", "format": "date", "nullable": true},
              "appealEndsOn": {"type": "string", "format": "date", "nullable": true},
              "web": {"type": "string"}, "pdf": {"type": "string"},
              "paragraphs": {"type": "array", "items": {"type": "object", "required": ["type", "number", "decisions"], "properties": {
                "type": {"type": "string", "enum": ["Paper"]}, "number": {"type": "integer"}, "name": {"type": "string", "nullable": true},
                "decisions": {"type": "array", "items": {"type": "string"}}, "secrecyGround": {"type": "string", "nullable": true}}}}
            }
          },
          "SearchResults": {
            "type": "object",
            "required": ["total", "page", "pages", "data"],
            "properties": {
              "total": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"},
              "data": {"type": "array", "items": {"type": "object", "required": ["title", "kind", "date", "imported", "snippet", "highlights", "web"], "properties": {
                "title": {"type": "string"}, "kind": {"type": "string"}, "date": {"type": "string"}, "imported": {"type": "boolean"},
                "snippet": {"type": "string", "description": "Words around the first match, as plain text."},
                "highlights": {"type": "array", "items": {"type": "string"}, "description": "The words of the snippet that matched."},
                "web": {"type": "string"}}}}
            }
          },
          "DecisionList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Decision"}}}},
          "Decision": {
            "type": "object",
            "description": "A decision under a paragraph of a justerat protokoll.",
            "required": ["id", "type", "meeting", "body", "date", "paragraph", "paragraphName", "kind", "wording", "protocolState", "web"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Decision"]},
              "meeting": {"type": "string", "format": "uuid"},
              "body": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
              "date": {"type": "string", "format": "date"},
              "paragraph": {"type": "integer"},
              "paragraphName": {"type": "string"},
              "kind": {"type": "string", "enum": ["decision", "approved_report", "filed", "assignment", "approval", "rejection", "policy", "no_decision"]},
              "wording": {"type": "string"},
              "assignee": {"type": "object", "nullable": true, "description": "For an uppdrag (OParl: Person).", "required": ["type", "id", "name"],
                           "properties": {"type": {"type": "string", "enum": ["Person"]}, "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
              "deadline": {"type": "string", "format": "date", "nullable": true},
              "policyYears": {"type": "array", "nullable": true, "items": {"type": "integer"}},
              "protocolState": {"type": "string", "enum": ["adjusted", "posted", "final"]},
              "web": {"type": "string"}
            }
          },
          "Error": {
            "type": "object", "required": ["error", "status"],
            "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}
          },
          "Organisation": {
            "type": "object",
            "description": "A samordningsförbund (OParl: Body).",
            "required": ["id", "type", "slug", "name", "names", "organisationNumber", "address", "web", "members", "bodies", "people"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Organisation"]},
              "slug": {"type": "string"},
              "name": {"type": "string", "description": "The name valid today."},
              "names": {"type": "array", "items": {"$ref": "#/components/schemas/Name"}},
              "organisationNumber": {"type": "string", "pattern": "^[0-9]{6}-[0-9]{4}$"},
              "address": {"$ref": "#/components/schemas/Address"},
              "web": {"type": "string", "description": "Path of the public web page."},
              "members": {"type": "string", "description": "Path of the member list."},
              "bodies": {"type": "string", "description": "Path of the body list."},
              "people": {"type": "string", "description": "Path of the people list."},
              "created": {"type": "string", "format": "date-time"},
              "modified": {"type": "string", "format": "date-time"}
            }
          },
          "Name": {
            "type": "object", "required": ["name", "validFrom"],
            "properties": {"name": {"type": "string"}, "validFrom": {"type": "string", "format": "date"}, "validTo": {"type": "string", "format": "date", "nullable": true}}
          },
          "Address": {
            "type": "object",
            "properties": {"streetAddress": {"type": "string", "nullable": true}, "postalCode": {"type": "string", "nullable": true}, "city": {"type": "string", "nullable": true}}
          },
          "Member": {
            "type": "object",
            "description": "A member authority (medlem): Försäkringskassan, Arbetsförmedlingen, a region or a municipality.",
            "required": ["id", "type", "name", "kind", "organisationNumber", "startDate", "postsNotices", "populations"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Member"]},
              "name": {"type": "string"},
              "kind": {"type": "string", "enum": ["forsakringskassan", "arbetsformedlingen", "region", "municipality"]},
              "organisationNumber": {"type": "string"},
              "startDate": {"type": "string", "format": "date"},
              "endDate": {"type": "string", "format": "date", "nullable": true},
              "postsNotices": {"type": "boolean", "description": "Whether the association's notices are posted on this member's notice board."},
              "populations": {"type": "array", "items": {"type": "object", "required": ["year", "workingAgePopulation"], "properties": {"year": {"type": "integer"}, "workingAgePopulation": {"type": "integer", "format": "int64"}}}}
            }
          },
          "Body": {
            "type": "object",
            "description": "An organ of the association (OParl: Organization).",
            "required": ["id", "type", "name", "kind"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Body"]},
              "name": {"type": "string"},
              "kind": {"type": "string", "enum": ["board", "chair_group", "preparatory_group", "steering_group", "other"]},
              "description": {"type": "string", "nullable": true},
              "startDate": {"type": "string", "format": "date", "nullable": true},
              "endDate": {"type": "string", "format": "date", "nullable": true}
            }
          },
          "Membership": {
            "type": "object",
            "description": "A person's mandate in a body (OParl: Membership).",
            "required": ["id", "type", "body", "bodyName", "role", "startDate"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Membership"]},
              "body": {"type": "string", "format": "uuid"},
              "bodyName": {"type": "string"},
              "role": {"type": "string", "enum": ["chair", "vice_chair", "member", "substitute", "secretary", "coopted", "non_voting_member"]},
              "onBehalfOf": {"type": "string", "format": "uuid", "nullable": true, "description": "The member that appointed the person."},
              "onBehalfOfName": {"type": "string", "nullable": true},
              "startDate": {"type": "string", "format": "date"},
              "endDate": {"type": "string", "format": "date", "nullable": true},
              "party": {"type": "string", "nullable": true}
            }
          },
          "Person": {
            "type": "object",
            "required": ["id", "type", "name", "membership"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "type": {"type": "string", "enum": ["Person"]},
              "name": {"type": "string"},
              "membership": {"type": "array", "items": {"$ref": "#/components/schemas/Membership"}}
            }
          },
          "OrganisationList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Organisation"}}}},
          "MemberList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}}}},
          "BodyList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Body"}}}},
          "PersonList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}}}}
        }
      }
    }
    """#
}
