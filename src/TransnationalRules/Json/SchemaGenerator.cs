using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Json;

/// <summary>
/// Generates the JSON Schemas committed under <c>src/TransnationalRules/Schemas/</c> from the source-generated metadata,
/// adding what the types cannot say: descriptions, limits, state codes. A test fails when the files drift.
/// </summary>
internal static class SchemaGenerator
{
    private const string StateCodeRef = "#/$defs/stateCode";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = ClassificationWriter.Encoder,
    };

    /// <summary>The schema of a case description (DESIGN §4).</summary>
    public static string Case() => Generate(CaseJsonContext.Default.CaseDescription, DecorateCase, DecorateCaseObject, root =>
    {
        root["title"] = "TransnationalRules case description";
        root["description"] = "A police case to classify against UNTOC and Ukrainian law (DESIGN §4), and the foreign States cooperation could be asked of (abroad). An absent or null fact is unknown, "
            + "except lifeImprisonment (absent: false; null: invalid). A list that is present is complete ([] means known: none). "
            + "A list's marker (committedInOthers, substantialConductOthers, substantialEffectsInOthers, group.activeInOthers) says whether it is "
            + "complete: none (the default), some (at least one more State, not named), unknown (DESIGN §2.1). "
            + "Also checked when reading, beyond this schema: offence ids are unique; group.members is not below group.membersAtLeast (conflict); "
            + "when group.activeInOthers is absent or none, group.activeIn holds every state of every committedIn of an offence with "
            + "involvesGroup: true, a territory counting as the State that holds it (DESIGN §2.2); no property appears twice in an object; "
            + "an abroad state is not UA and appears once; nesting is at most 32 levels; strings are valid Unicode (an escaped lone "
            + "surrogate such as \"\\uD800\" is invalidJson). Lengths (maxLength) count Unicode scalar values, and a required text is "
            + "blank (empty) when it holds nothing but the characters its pattern excludes, as the library checks.";
        root["$defs"] = new JsonObject
        {
            ["stateCode"] = new JsonObject
            {
                ["description"] = "An upper-case ISO 3166-1 alpha-2 code of an assigned country, or XK (Kosovo); not AQ (Antarctica), which is no State (notAState).",
                ["type"] = "string",
                ["enum"] = new JsonArray([.. StateCodes.All.Where(StateCodes.IsPlace).Select(c => (JsonNode)c)]),
            },
        };
    });

    /// <summary>The schema of a classification (DESIGN §5).</summary>
    public static string Classification() => Generate(CaseJsonContext.Default.ClassificationDocument, DecorateClassification, static (_, _) => { }, root =>
    {
        root["title"] = "TransnationalRules classification";
        root["description"] = "The classification of one case (DESIGN §5): every criterion met, notMet or unknown, why, on which provision, "
            + "and which missing facts would decide it; per foreign State of abroad, the cooperation routes of the Convention.";
    });

    /// <summary>The schema of a classification at the summary level (DESIGN §5, "Detail levels").</summary>
    public static string ClassificationSummary() => Generate(CaseJsonContext.Default.ClassificationSummaryDocument, DecorateClassification, static (_, _) => { }, root =>
    {
        root["title"] = "TransnationalRules classification summary";
        root["description"] = "The classification of one case at the summary level (DESIGN §5, detail=summary): the outcomes of the full level "
            + "and nothing else (no titles, citations, reasons, evidence or per-criterion missing facts), for systems that store outcomes.";
    });

    private static string Generate(JsonTypeInfo type, Action<string, string, JsonObject> decorate, Action<Type, JsonObject> decorateObject, Action<JsonObject> root)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (node is JsonObject schema)
                {
                    if (context.PropertyInfo is { } property)
                    {
                        decorate(property.DeclaringType.Name, property.Name, schema);
                    }

                    // An object's own rules, whether it is inlined at a property (group) or in a list (offences).
                    decorateObject(context.TypeInfo.Type, schema);
                }

                return node;
            },
        };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(type, options);
        var result = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
        var extra = new JsonObject();
        root(extra);
        Move(extra, result, "title", "description");
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            result[key] = value;
        }

        Move(extra, result, "$defs");
        return result.ToJsonString(Output) + "\n";
    }

    private static void DecorateCase(string type, string property, JsonObject schema)
    {
        // The descriptions and limits come from the property tables, as the reading does.
        var table = CaseProperties.All.FirstOrDefault(t => t.Type.Name == type);
        var entry = table?.Properties.FirstOrDefault(p => p.Name == property);
        if (entry is null)
        {
            return;
        }

        if (entry.Description is { } description)
        {
            Describe(schema, description);
        }

        switch (entry.Shape)
        {
            case TextShape { NotBlank: true } text:
                RequiredText(schema, text.MaxLength);
                break;
            case TextShape text:
                schema["maxLength"] = text.MaxLength;
                break;
            case StateShape:
                // A required state is a string; an optional one may be null.
                if (schema["type"] is JsonValue)
                {
                    State(schema);
                }
                else
                {
                    StateOrNull(schema);
                }

                break;
            case YearsShape:
                schema["minimum"] = CaseLimits.MinPenaltyYears;
                schema["maximum"] = CaseLimits.MaxPenaltyYears;
                break;
            case MembersShape:
                schema["minimum"] = CaseLimits.MinMembers;
                schema["maximum"] = int.MaxValue;
                break;
            case MarkerShape:
                // Absent means none; null is invalid.
                schema.Remove("type");
                schema.Remove("enum");
                schema["type"] = "string";
                schema["enum"] = new JsonArray([.. JsonEnum<OtherStates>.Names.Select(n => (JsonNode)n)]);
                break;
            case LifeImprisonmentShape:
                schema["default"] = false;
                break;
            case IListShape list:
                Items(schema, list.MinItems, list.MaxItems);
                if (list.Entry is StateShape)
                {
                    StateItems(schema);
                }

                break;
            default:
                break;
        }

        if (table == CaseProperties.Abroad && entry.Shape is StateShape)
        {
            // Ukraine applies the classification; it is never a foreign State a request is addressed to.
            schema["not"] = new JsonObject { ["const"] = Validation.ForeignStateValidator.ApplyingState };
        }

        if (entry.Shape is IListShape { Entry: var cooperation } && cooperation == CaseProperties.Cooperation && schema["items"] is JsonObject items)
        {
            var partner = CaseProperties.Cooperation.Properties[0].Name;
            var state = CaseProperties.Cooperation.Properties[1].Name;
            items["if"] = new JsonObject { ["properties"] = new JsonObject { [partner] = new JsonObject { ["const"] = JsonEnum<CooperationPartner>.NameOf(CooperationPartner.State) } } };
            items["then"] = new JsonObject
            {
                ["properties"] = new JsonObject { [state] = new JsonObject { ["$ref"] = StateCodeRef } },
                ["required"] = new JsonArray(state),
            };
        }
    }

    /// <summary>What holds between the properties of an object: a marker needs its list; activeIn may be [] only when open.</summary>
    private static void DecorateCaseObject(Type type, JsonObject schema)
    {
        var table = CaseProperties.All.FirstOrDefault(t => t.Type == type);
        if (table is null)
        {
            return;
        }

        var dependent = new JsonObject();
        var properties = table.Properties;
        for (var i = 1; i < properties.Length; i++)
        {
            if (properties[i].Shape is MarkerShape)
            {
                // The marker follows its list in the table.
                var list = properties[i - 1].Name;
                dependent[properties[i].Name] = new JsonObject
                {
                    ["required"] = new JsonArray(list),
                    ["properties"] = new JsonObject { [list] = ListOf(schema, list, nullable: false) },
                };
            }
        }

        if (dependent.Count > 0)
        {
            schema["dependentSchemas"] = dependent;
        }

        if (type == typeof(CriminalGroup))
        {
            var activeIn = CaseProperties.Group.FactName((int)GroupField.ActiveIn)!;
            var marker = CaseProperties.Group.FactName((int)GroupField.ActiveInOthers)!;
            schema["if"] = new JsonObject
            {
                ["required"] = new JsonArray(marker),
                ["properties"] = new JsonObject
                {
                    [marker] = new JsonObject { ["enum"] = new JsonArray(JsonEnum<OtherStates>.NameOf(OtherStates.Some), JsonEnum<OtherStates>.NameOf(OtherStates.Unknown)) },
                },
            };
            var atLeastOne = ListOf(schema, activeIn, nullable: true);
            atLeastOne["minItems"] = 1;
            schema["else"] = new JsonObject { ["properties"] = new JsonObject { [activeIn] = atLeastOne } };
        }
    }

    /// <summary>
    /// A list property restated inside a condition: its type (an array, or null as well when <paramref name="nullable"/>)
    /// and its items, as the property says them, so that strict validators (Ajv strict, Spectral) see every array keyword
    /// beside <c>type: "array"</c> and every array with its <c>items</c>.
    /// </summary>
    private static JsonObject ListOf(JsonObject objectSchema, string list, bool nullable)
    {
        var result = new JsonObject { ["type"] = nullable ? new JsonArray("array", "null") : "array" };
        if (objectSchema["properties"]?[list]?["items"] is JsonNode items)
        {
            result["items"] = items.DeepClone();
        }

        return result;
    }

    private static void DecorateClassification(string type, string property, JsonObject schema)
    {
        switch (type, property)
        {
            case (nameof(ClassificationDocument), "detail"):
                Level(schema, ClassificationDetail.Full, "full: every criterion with its title, citation, reason, evidence and missing facts (this shape); summary: outcomes only.");
                break;
            case (nameof(ClassificationSummaryDocument), "detail"):
                Level(schema, ClassificationDetail.Summary, "summary: outcomes only (this shape); full: every criterion whole.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "caseId"):
                Describe(schema, "The case's id.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "ruleSet"):
                Describe(schema, "The rule set that classified the case.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "transnational"):
                Describe(schema, "The case-level outcome of untoc.art3.2 (transnational in nature); null when the rule set lacks it.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "conventionApplies"):
                Describe(schema, "The case-level outcome of untoc.art3.1 (the Convention applies); null when the rule set lacks it.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "criteriaMet"):
                Describe(schema, "The ids of the criteria met at case level, in the rule set's order.");
                break;
            case (nameof(ClassificationDocument), "criteria"):
                Describe(schema, "Every criterion at case level, in the rule set's order; an offence-level one as AnyOf over the offences.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "offences"):
                Describe(schema, "Per offence, in the case's order, every offence-level criterion.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "cooperation"):
                Describe(schema, "Per entry of the case's abroad list, in input order, the cooperation routes of the Convention with that State "
                    + "(DESIGN §3.1; for the default rule set untoc.art27, untoc.art18, untoc.art16, untoc.art13, untoc.art19, then the channels of issue 19: "
                    + "interpol.ncb, europol, eurojust, coe.mla1959, coe.extradition1957, coe.jit2001); [] when abroad is absent. "
                    + "Route outcomes appear only here, not in criteria or criteriaMet.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "missingFacts"):
                Describe(schema, "Ask first: the missing facts of the questions still unknown (transnational, conventionApplies, each route of each State, "
                    + "the other declared questions), ranked in that order of tiers, then by how many unknown questions read them, ties in document order.");
                break;
            case (nameof(ClassificationSummaryDocument), "outcomes"):
                Describe(schema, "Every criterion at case level, id to outcome, in the rule set's order (the order of criteria at the full level).");
                break;
            case (nameof(OffenceSummaryDocument), "outcomes"):
                Describe(schema, "Every offence-level criterion for this offence, id to outcome, in the rule set's order.");
                break;
            case (nameof(CooperationSummaryDocument), "outcomes"):
                Describe(schema, "Every cooperation route for this State, id to outcome, in the rule set's order.");
                break;
            case (nameof(ClassificationDocument) or nameof(ClassificationSummaryDocument), "dataGaps"):
                Describe(schema, "Gaps in the data the cooperation channels are decided on (issue 19): per abroad entry in input order, each table "
                    + "(untoc, interpol, europol, eurojust, coe.ets030, coe.ets024, coe.ets182, then europol.forms, eurojust.forms) with no verified entry "
                    + "that left a route's condition unknown; each (state, table) once. Not facts of the case: never in missingFacts. [] when none.");
                break;
            case (nameof(DataGapDocument), "state"):
                Describe(schema, "The State, as its abroad entry folds (a territory counts as the State that holds it: HK as CN).");
                break;
            case (nameof(DataGapDocument), "table"):
                Describe(schema, "The table's id.");
                schema["enum"] = new JsonArray([.. TreatyTables.PartyTableIds.Concat(TreatyTables.FormTableIds).Select(t => (JsonNode)t)]);
                break;
            case (nameof(CooperationDocument) or nameof(CooperationSummaryDocument), "state"):
                Describe(schema, "The foreign State, as given in abroad.");
                break;
            case (nameof(CooperationDocument), "routes"):
                Describe(schema, "Every state-level criterion of the rule set (a cooperation route) for this State, in the rule set's order.");
                break;
            case (nameof(CriterionDocument), "id"):
                Describe(schema, "The criterion's stable id, e.g. untoc.art3.2.b.");
                break;
            case (nameof(CriterionDocument), "outcome"):
                Describe(schema, "met, notMet, or unknown for want of facts.");
                break;
            case (nameof(CriterionDocument), "citation"):
                Describe(schema, "The provision, in short form.");
                break;
            case (nameof(CriterionDocument), "evidence"):
                Describe(schema, "The paths of the facts that decided a met or notMet outcome; empty when unknown.");
                break;
            case (nameof(CriterionDocument), "missingFacts"):
                Describe(schema, "The paths of the absent facts that could still change an unknown outcome; empty when decided.");
                break;
            case (nameof(OffenceClassificationDocument) or nameof(OffenceSummaryDocument), "id"):
                Describe(schema, "The offence's id.");
                break;
            default:
                break;
        }
    }

    /// <summary>The <c>detail</c> field: one level per shape, so that a reader (or a generated client) tells them apart by it.</summary>
    private static void Level(JsonObject schema, ClassificationDetail level, string description)
    {
        schema.Remove("enum");
        schema["type"] = "string";
        schema["const"] = JsonEnum<ClassificationDetail>.NameOf(level);
        Describe(schema, "The detail level of this classification: " + description);
    }

    private static void Describe(JsonObject schema, string description)
    {
        // Put the description first, where a reader looks.
        var rest = schema.ToList();
        schema.Clear();
        schema["description"] = description;
        foreach (var (key, value) in rest)
        {
            schema[key] = value;
        }
    }

    private static void RequiredText(JsonObject schema, int maxLength)
    {
        schema["minLength"] = 1;
        schema["maxLength"] = maxLength;
        schema["pattern"] = Validation.UnicodeText.NotBlankPattern;
    }

    private static void Items(JsonObject schema, int min, int max)
    {
        if (min > 0)
        {
            schema["minItems"] = min;
        }

        schema["maxItems"] = max;
    }

    private static void StateItems(JsonObject schema) => schema["items"] = new JsonObject { ["$ref"] = StateCodeRef };

    private static void State(JsonObject schema)
    {
        schema.Remove("type");
        schema["$ref"] = StateCodeRef;
    }

    private static void StateOrNull(JsonObject schema)
    {
        schema.Remove("type");
        schema["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = StateCodeRef }, new JsonObject { ["type"] = "null" });
    }

    private static void Move(JsonObject from, JsonObject to, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (from.Remove(key, out var value))
            {
                to[key] = value;
            }
        }
    }
}
