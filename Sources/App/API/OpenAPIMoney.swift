/// The money part of the OpenAPI document (budgets, grants and calls), spliced into `OpenAPIDocument`
/// at its place among the paths and the schemas.
enum OpenAPIMoney {
    static let paths = #"""

        "/api/v1/organisations/{slug}/budgets": {
          "get": {
            "summary": "Versions of the verksamhetsplan och budget",
            "description": "Every version of the three-year budget, oldest first, with its status: draft (utkast), proposal (förslag), adopted (fastställd by a decision of the board) or superseded (an adopted version replaced by a revision).",
            "operationId": "listBudgets",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The versions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BudgetList"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/budgets/{budgetID}": {
          "get": {
            "summary": "One version of the budget",
            "description": "The version's lines per year and every figure computed from them, in whole kronor: income (members' contributions, other income and financial items), costs, result = income - costs, equity at the start and end of the year, the members' total allocation and the national guideline's equity ceiling (20 % of the allocation up to 7 000 000 kr plus 15 % of the part above). A line with parts (varav) is given once, as their sum. The deciding paragraph is named once its protokoll is justerat.",
            "operationId": "getBudget",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "budgetID", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}
            ],
            "responses": {
              "200": {"description": "The version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Budget"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/grants": {
          "get": {
            "summary": "Grants in force",
            "description": "The money the board has granted each insats per year, in whole kronor, with the decision that granted it: a grant exists only by a decision of bifall or an inriktningsbeslut, and a later decision replaces an earlier one for the same insats and year. The deciding paragraph is named once its protokoll is justerat and the paragraph is public.",
            "operationId": "listGrants",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The grants", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GrantList"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/calls": {
          "get": {
            "summary": "Published utlysningar",
            "description": "Every published call for proposals, latest deadline first: its text and criteria, the amount available in whole kronor, the last day to apply and the dates of the beredningsgrupp's review, the board's decision and the latest start (null when not set), and whether it takes applications today. A call not yet published is not shown.",
            "operationId": "listCalls",
            "parameters": [{"$ref": "#/components/parameters/Slug"}],
            "responses": {
              "200": {"description": "The calls", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CallList"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/organisations/{slug}/annual-reports/{year}": {
          "get": {
            "summary": "The year's annual report",
            "description": "The årsredovisning's main figures, computed from the bookkeeping in force through December of the year (results and the balance sheet's #IB/#UB), in whole kronor: income, costs, the financial items' net and result = income - costs + financialNet; eget kapital and cash at the start and end of the year; the cash flow statement by the indirect method. Participants are the association's for the year, each person counted once across insatser by the association's participant key: during the year by sex, new, ended by outcome (work, studies, other positive ending, drop-out) and remaining at year end. Aggregate only: no participant or episode is ever given. status is draft until every ledamot of the board has signed the report and adopted after; once the report has been laid before the board, the figures are those of the document it signs; impactIndex is the social accounting's Impactindex 0-100 for the year (one decimal), null while the goal areas' weights do not sum to 100 % or no indicator has a result.",
            "operationId": "getAnnualReport",
            "parameters": [
              {"$ref": "#/components/parameters/Slug"},
              {"name": "year", "in": "path", "required": true, "schema": {"type": "integer"}}
            ],
            "responses": {
              "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnnualReport"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
    """#

    static let schemas = #"""

          "CallList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Call"}}}},
          "Call": {
            "type": "object",
            "required": ["id", "title", "text", "criteria", "amount", "applicationDeadline", "reviewOn", "decisionOn", "latestStart", "publishedOn", "open"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "title": {"type": "string"},
              "text": {"type": "string"},
              "criteria": {"type": "array", "items": {"type": "string"}},
              "amount": {"type": "integer", "description": "Whole kronor."},
              "applicationDeadline": {"type": "string", "format": "date", "description": "The last day to apply."},
              "reviewOn": {"type": "string", "format": "date", "nullable": true},
              "decisionOn": {"type": "string", "format": "date", "nullable": true},
              "latestStart": {"type": "string", "format": "date", "nullable": true},
              "publishedOn": {"type": "string", "format": "date"},
              "open": {"type": "boolean", "description": "Published and not past its last day to apply."}
            }
          },
          "BudgetList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/BudgetSummary"}}}},
          "BudgetSummary": {
            "type": "object",
            "required": ["id", "status", "years"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "status": {"type": "string", "enum": ["draft", "proposal", "adopted", "superseded"]},
              "years": {"type": "array", "items": {"type": "integer"}}
            }
          },
          "Budget": {
            "type": "object",
            "required": ["id", "status", "decision", "years"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "status": {"type": "string", "enum": ["draft", "proposal", "adopted", "superseded"]},
              "decision": {"type": "object", "nullable": true, "required": ["meeting", "paragraph"], "properties": {"meeting": {"type": "string", "format": "uuid"}, "paragraph": {"type": "integer"}}},
              "years": {"type": "array", "items": {"$ref": "#/components/schemas/BudgetYear"}}
            }
          },
          "BudgetYear": {
            "type": "object",
            "required": ["year", "lines", "income", "costs", "result", "openingEquity", "closingEquity", "allocation", "equityCeiling"],
            "properties": {
              "year": {"type": "integer"},
              "lines": {"type": "array", "items": {"$ref": "#/components/schemas/BudgetLine"}},
              "income": {"type": "integer", "description": "Whole kronor."},
              "costs": {"type": "integer", "description": "Whole kronor."},
              "result": {"type": "integer", "description": "income - costs, whole kronor."},
              "openingEquity": {"type": "integer"},
              "closingEquity": {"type": "integer", "description": "openingEquity + result."},
              "allocation": {"type": "integer", "description": "The members' contributions in the year."},
              "equityCeiling": {"type": "integer"}
            }
          },
          "BudgetLine": {
            "type": "object",
            "required": ["kind", "section", "code", "name", "amount"],
            "properties": {
              "kind": {"type": "string", "enum": ["income", "cost"]},
              "section": {"type": "string", "enum": ["member_contributions", "other_income", "interventions", "project_related", "administration", "financial"]},
              "code": {"type": "string", "nullable": true, "description": "The insats's project code, for activity lines."},
              "name": {"type": "string"},
              "amount": {"type": "integer", "description": "Whole kronor."}
            }
          },
          "GrantList": {"type": "object", "required": ["data"], "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Grant"}}}},
          "Grant": {
            "type": "object",
            "required": ["intervention", "year", "amount", "decision"],
            "properties": {
              "intervention": {"type": "object", "required": ["code", "name"], "properties": {"code": {"type": "string"}, "name": {"type": "string", "description": "The insats's name in the year of the grant."}}},
              "year": {"type": "integer"},
              "amount": {"type": "integer", "description": "Whole kronor."},
              "decision": {"type": "object", "nullable": true, "required": ["meeting", "paragraph"], "properties": {"meeting": {"type": "string", "format": "uuid"}, "paragraph": {"type": "integer"}}}
            }
          },
          "OpeningClosing": {"type": "object", "required": ["opening", "closing"], "properties": {"opening": {"type": "integer", "description": "Whole kronor."}, "closing": {"type": "integer", "description": "Whole kronor."}}},
          "AnnualReport": {
            "type": "object",
            "required": ["year", "status", "income", "costs", "financialNet", "result", "equity", "cash", "cashFlow", "participants", "impactIndex"],
            "properties": {
              "year": {"type": "integer"},
              "status": {"type": "string", "enum": ["draft", "adopted"]},
              "income": {"type": "integer", "description": "Whole kronor."},
              "costs": {"type": "integer", "description": "Whole kronor."},
              "financialNet": {"type": "integer", "description": "Whole kronor."},
              "result": {"type": "integer", "description": "Whole kronor: income - costs + financialNet."},
              "equity": {"$ref": "#/components/schemas/OpeningClosing"},
              "cash": {"$ref": "#/components/schemas/OpeningClosing"},
              "cashFlow": {"type": "object", "required": ["operating", "investing", "financing", "total"], "properties": {
                "operating": {"type": "integer"}, "investing": {"type": "integer"}, "financing": {"type": "integer"},
                "total": {"type": "integer", "description": "operating + investing + financing; equals cash.closing - cash.opening when the books balance."}}},
              "participants": {"type": "object", "required": ["during", "new", "ended", "outcomes", "remaining"], "properties": {
                "during": {"type": "object", "required": ["women", "men", "other", "total"], "properties": {
                  "women": {"type": "integer"}, "men": {"type": "integer"}, "other": {"type": "integer"}, "total": {"type": "integer"}}},
                "new": {"type": "integer"},
                "ended": {"type": "integer"},
                "outcomes": {"type": "object", "required": ["work", "studies", "otherPositive", "dropOut"], "properties": {
                  "work": {"type": "integer"}, "studies": {"type": "integer"}, "otherPositive": {"type": "integer"}, "dropOut": {"type": "integer"}}},
                "remaining": {"type": "integer"}}},
              "impactIndex": {"type": "number", "nullable": true}
            }
          },
    """#
}
