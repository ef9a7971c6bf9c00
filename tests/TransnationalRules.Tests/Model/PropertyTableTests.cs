using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TransnationalRules.Json;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Model;

/// <summary>
/// The property tables are the one source of the case document's properties: they cover every model property, each
/// entry stores into and reads from its own property, and reading, the schema and the fact paths all use their names.
/// </summary>
public sealed class PropertyTableTests
{
    private static IEnumerable<TestCaseData> Tables() =>
        CaseProperties.All.Select(t => new TestCaseData(t.Type.Name).SetArgDisplayNames(t.Type.Name));

    [Test]
    public void Every_model_record_has_a_table()
    {
        var records = typeof(CaseDescription).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && t.Namespace == typeof(CaseDescription).Namespace);

        CaseProperties.All.Select(t => t.Type).Should().BeEquivalentTo(records);
    }

    [TestCaseSource(nameof(Tables))]
    public void A_table_lists_every_json_property_of_its_type_in_schema_order(string type)
    {
        var table = Table(type);
        var names = TypeInfo(table.Type).Properties.Select(p => p.Name);

        table.Properties.Select(p => p.Name).Should().Equal(names);
    }

    [TestCaseSource(nameof(Tables))]
    public void Each_entry_stores_into_and_reads_from_its_own_property(string type)
    {
        var table = Table(type);
        var info = TypeInfo(table.Type);
        var empty = Empty(table);
        foreach (var entry in table.Properties)
        {
            var value = SampleOf(entry.Shape);
            var set = With(table, entry, empty, value);

            entry.Get(set).Should().BeEquivalentTo(value, $"{entry.Name} reads back what it stored");
            foreach (var property in info.Properties)
            {
                var expected = property.Name == entry.Name ? value : property.Get!(empty);
                property.Get!(set).Should().BeEquivalentTo(expected, $"storing {entry.Name} changes {property.Name} only if it is that property");
            }
        }
    }

    [Test]
    public void Every_entry_is_in_the_case_schema_with_its_description()
    {
        using var schema = JsonDocument.Parse(CaseJson.CaseSchema);

        Check(CaseProperties.Case, schema.RootElement);

        static void Check(IPropertyTable table, JsonElement node)
        {
            var properties = node.GetProperty("properties");
            properties.EnumerateObject().Select(p => p.Name).Should().Equal(table.Properties.Select(p => p.Name));
            foreach (var entry in table.Properties)
            {
                var property = properties.GetProperty(entry.Name);
                if (entry.Description is { } description)
                {
                    property.GetProperty("description").GetString().Should().Be(description);
                }

                switch (entry.Shape)
                {
                    case IPropertyTable nested:
                        Check(nested, property);
                        break;
                    case IListShape { Entry: IPropertyTable nested }:
                        Check(nested, property.GetProperty("items"));
                        break;
                    default:
                        break;
                }
            }
        }
    }

    [Test]
    public void Fact_paths_name_the_table_entries()
    {
        foreach (var field in Enum.GetValues<OffenceField>())
        {
            FactPath.Offence(2, field).Value.Should().Be("offences[2]." + CaseProperties.Offence.Properties.Single(p => p.Fact == (int)field).Name);
        }

        foreach (var field in Enum.GetValues<GroupField>())
        {
            FactPath.Group(field).Value.Should().Be("group." + CaseProperties.Group.Properties.Single(p => p.Fact == (int)field).Name);
        }

        Enum.GetValues<FactsField>().Select(f => FactPath.Facts(f).Value).Should().OnlyHaveUniqueItems()
            .And.Contain(["facts.harmThreatened", "facts.damage.legalEntities", "facts.internationalCooperation"]);

        foreach (var field in Enum.GetValues<AbroadField>())
        {
            FactPath.Abroad(3, field).Value.Should().Be("abroad[3]." + CaseProperties.Abroad.Properties.Single(p => p.Fact == (int)field).Name);
        }

        FactPath.Stage().Value.Should().Be("stage");
    }

    [Test]
    public void Document_order_is_offences_group_facts_stage_then_abroad_by_index()
    {
        // DESIGN §5: ties in the "ask first" list are broken in this order.
        FactPath[] ordered =
        [
            FactPath.Offence(0, OffenceField.MaximumPenaltyYears), FactPath.Offence(0, OffenceField.CommittedIn), FactPath.Offence(1, OffenceField.Kind),
            FactPath.Group(GroupField.Members), FactPath.Group(GroupField.ActiveIn), FactPath.Facts(FactsField.HarmThreatened),
            FactPath.Facts(FactsField.InternationalCooperation), FactPath.Stage(), FactPath.Abroad(0, AbroadField.Suspects),
            FactPath.Abroad(0, AbroadField.DualCriminality), FactPath.Abroad(1, AbroadField.Suspects), FactPath.Abroad(12, AbroadField.Evidence),
        ];

        ordered.Reverse().Order().Should().Equal(ordered);
    }

    [Test]
    public void Input_that_is_not_an_object_is_still_read_to_its_end()
    {
        var read = CaseJson.Read("[1] x");

        read.Errors.Select(e => (e.Path, e.Code)).Should().Equal(("", ErrorCodes.WrongType), ("", ErrorCodes.InvalidJson));
    }

    [Test]
    public void State_names_are_kept_for_exactly_the_accepted_codes()
    {
        StateData.All.Select(s => s.Code).Should().Equal(StateCodes.All);
        StateNames.Codes.Should().Equal(StateCodes.All);
    }

    private static IPropertyTable Table(string type) => CaseProperties.All.Single(t => t.Type.Name == type);

    private static JsonTypeInfo TypeInfo(Type type) => CaseJsonContext.Default.GetTypeInfo(type)!;

    private static object Empty(IPropertyTable table) =>
        table.GetType().GetMethod(nameof(PropertyTable<Damage>.Empty))!.Invoke(table, null)!;

    private static object With(IPropertyTable table, CaseProperty entry, object target, object value) =>
        entry.GetType().GetMethod(nameof(CaseProperty<Damage>.With))!.Invoke(entry, [target, value])!;

    /// <summary>A value of the shape that differs from an empty object's.</summary>
    private static object SampleOf(ValueShape shape) => shape switch
    {
        TextShape => "x",
        StateShape => "PL",
        BooleanShape or LifeImprisonmentShape => true,
        YearsShape => 7.5m,
        MembersShape => 3,
        MarkerShape => OtherStates.Some,
        IPropertyTable table => Empty(table),
        IListShape list => List(list),
        _ when shape.GetType().GetGenericTypeDefinition() == typeof(EnumShape<>) || shape.GetType().GetGenericTypeDefinition() == typeof(OptionalEnumShape<>) =>
            Enum.GetValues(shape.GetType().GetGenericArguments()[0]).GetValue(1)!,
        _ => throw new AssertionException($"No sample for {shape.GetType().Name}."),
    };

    private static IList List(IListShape shape)
    {
        var item = shape.GetType().GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        list.Add(SampleOf(shape.Entry));
        return list;
    }
}
