using System.Text.Json.Serialization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Json;

/// <summary>
/// Source-generated metadata for the case description (the model types themselves, which carry no JSON attributes)
/// and for the classification and error documents: camelCase, enums as camelCase strings, unknown properties
/// refused, nulls left out when writing a case, at most 32 levels deep.
/// </summary>
/// <remarks>
/// Cases are read by CaseParser, which reports every problem at once; this context writes cases and
/// gives the JSON Schemas their shape.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    MaxDepth = Validation.CaseLimits.Depth,
    Converters =
    [
        typeof(CamelCaseEnumConverter<OffenceKind>),
        typeof(CamelCaseEnumConverter<ConductAspect>),
        typeof(CamelCaseEnumConverter<CooperationPartner>),
        typeof(CamelCaseEnumConverter<OtherStates>),
        typeof(CamelCaseEnumConverter<Outcome>),
        typeof(CamelCaseEnumConverter<CaseStage>),
        typeof(CamelCaseEnumConverter<ClassificationDetail>),
    ])]
[JsonSerializable(typeof(CaseDescription))]
[JsonSerializable(typeof(ClassificationDocument))]
[JsonSerializable(typeof(ClassificationSummaryDocument))]
[JsonSerializable(typeof(ErrorLineDocument))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;
