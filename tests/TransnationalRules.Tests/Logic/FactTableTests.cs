using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Tests.Logic;

/// <summary>
/// The property-table row is the fact a leaf reads (issue 21): every member of the field enums is a row, read through
/// the row's own getter and written at the row's own path; a leaf is checked against the row's kind when it is built.
/// </summary>
public sealed class FactTableTests
{
    private static readonly CaseDescription Case = new()
    {
        CaseId = "c",
        Offences =
        [
            new Offence { Id = "a", Kind = OffenceKind.Fraud },
            new Offence
            {
                Id = "b", Kind = OffenceKind.Fraud, MaximumPenaltyYears = 7, LifeImprisonment = true, InvolvesGroup = false,
                CommittedIn = ["UA", "PL"], CommittedInOthers = OtherStates.Some,
                SubstantialConduct = [new SubstantialConduct { State = "MD", Aspect = ConductAspect.Planning }],
                SubstantialEffectsIn = [], SubstantialEffectsInOthers = OtherStates.Unknown,
            },
        ],
        Group = new CriminalGroup { Members = 4, MembersAtLeast = 3, Structured = true, ActiveIn = ["UA"], ActiveInOthers = OtherStates.Some },
        Facts = new CaseFacts { Damage = new Damage { State = true }, InternationalCooperation = [] },
        Abroad = [new ForeignState { State = "PL" }, new ForeignState { State = "MD", Evidence = false }],
    };

    [Test]
    public void Every_offence_field_is_a_row_at_its_own_path()
    {
        foreach (var field in Enum.GetValues<OffenceField>())
        {
            var fact = Fact.Of(field);
            fact.Row.Fact.Should().Be((int)field);
            fact.Scope.Should().Be(RuleScope.Offence);
            fact.Path(1).Should().Be(FactPath.Offence(1, field));
        }
    }

    [Test]
    public void Every_group_facts_and_abroad_field_is_a_row_at_its_own_path()
    {
        foreach (var field in Enum.GetValues<GroupField>())
        {
            Fact.Of(field).Path(-1).Should().Be(FactPath.Group(field));
            Fact.Of(field).Scope.Should().Be(RuleScope.Case);
        }

        foreach (var field in Enum.GetValues<FactsField>())
        {
            Fact.Of(field).Path(-1).Should().Be(FactPath.Facts(field));
        }

        foreach (var field in Enum.GetValues<AbroadField>())
        {
            Fact.Of(field).PathAt(-1, 1).Should().Be(FactPath.Abroad(1, field));
            Fact.Of(field).Scope.Should().Be(RuleScope.State);
        }
    }

    [Test]
    public void A_field_that_no_row_is_is_refused_when_the_leaf_is_built()
    {
        var label = new LocalizedText("x", "x");

        FluentActions.Invoking(() => Leaf.Flag((GroupField)99, label)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("field");
        FluentActions.Invoking(() => Leaf.Flag((AbroadField)99, label)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("field");
    }

    [Test]
    public void A_row_of_another_kind_is_refused_when_the_leaf_is_built()
    {
        var label = new LocalizedText("x", "x");

        FluentActions.Invoking(() => Leaf.Flag(GroupField.Members, label)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*'members' is Number*");
        FluentActions.Invoking(() => Leaf.Flag(AbroadField.State, label)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Leaf.AtLeast(GroupField.MembersAtLeast, 3, label)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Bound*");
        FluentActions.Invoking(() => Leaf.DistinctStates(OffenceField.SubstantialConduct, 2, label)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Leaf.NonEmpty(FactsField.HarmThreatened, label)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void The_kinds_come_from_the_rows_shapes()
    {
        Fact.Of(OffenceField.LifeImprisonment).Type.Should().Be(FactType.Flag);
        Fact.Of(OffenceField.MaximumPenaltyYears).Type.Should().Be(FactType.Number);
        Fact.Of(OffenceField.CommittedIn).Type.Should().Be(FactType.States);
        Fact.Of(OffenceField.SubstantialConduct).Type.Should().Be(FactType.StateEntries);
        Fact.Of(OffenceField.LegalBasis).Type.Should().Be(FactType.Entries);
        Fact.Of(OffenceField.CommittedInOthers).Type.Should().Be(FactType.Marker);
        Fact.Of(GroupField.MembersAtLeast).Type.Should().Be(FactType.Bound);
        Fact.Of(OffenceField.Kind).Type.Should().Be(FactType.Other);
    }

    [Test]
    public void Markers_and_bounds_are_the_rows_named_after_the_list_or_number()
    {
        Fact.Of(OffenceField.CommittedIn).Marker!.Path(0).Should().Be(FactPath.Offence(0, OffenceField.CommittedInOthers));
        Fact.Of(OffenceField.SubstantialConduct).Marker!.Path(0).Should().Be(FactPath.Offence(0, OffenceField.SubstantialConductOthers));
        Fact.Of(OffenceField.SubstantialEffectsIn).Marker!.Path(0).Should().Be(FactPath.Offence(0, OffenceField.SubstantialEffectsInOthers));
        Fact.Of(GroupField.ActiveIn).Marker!.Path(-1).Should().Be(FactPath.Group(GroupField.ActiveInOthers));
        Fact.Of(GroupField.Members).LowerBound!.Path(-1).Should().Be(FactPath.Group(GroupField.MembersAtLeast));
        Fact.Of(OffenceField.MaximumPenaltyYears).LowerBound.Should().BeNull();
        Fact.Of(OffenceField.LegalBasis).Marker.Should().BeNull();
    }

    [Test]
    public void The_row_getters_read_the_model_and_absent_objects_read_as_absent()
    {
        Fact.Of(OffenceField.LifeImprisonment).ReadFlag(Case, 1).Should().BeTrue();
        Fact.Of(OffenceField.InvolvesGroup).ReadFlag(Case, 1).Should().BeFalse();
        Fact.Of(OffenceField.InvolvesGroup).ReadFlag(Case, 0).Should().BeNull();
        Fact.Of(OffenceField.MaximumPenaltyYears).ReadNumber(Case, 1).Should().Be(7);
        Fact.Of(GroupField.Members).ReadNumber(Case, -1).Should().Be(4);
        Fact.Of(GroupField.MembersAtLeast).ReadLowerBound(Case).Should().Be(3);
        Fact.Of(GroupField.Structured).ReadFlag(Case, -1).Should().BeTrue();
        Fact.Of(FactsField.DamageState).ReadFlag(Case, -1).Should().BeTrue();
        Fact.Of(FactsField.DamageIndividuals).ReadFlag(Case, -1).Should().BeNull();
        Fact.Of(FactsField.DamageState).ReadFlag(Case with { Facts = null }, -1).Should().BeNull();
        Fact.Of(OffenceField.CommittedIn).ReadStates(Case, 1).Should().Equal("UA", "PL");
        Fact.Of(OffenceField.CommittedInOthers).ReadMarker(Case, 1).Should().Be(OtherStates.Some);
        Fact.Of(OffenceField.CommittedInOthers).ReadMarker(Case, 0).Should().Be(OtherStates.None);
        Fact.Of(OffenceField.SubstantialConduct).Count(Case, 1).Should().Be(1);
        Fact.Of(OffenceField.SubstantialConduct).StateAt(Case, 1, 0).Should().Be("MD");
        Fact.Of(OffenceField.SubstantialEffectsIn).Count(Case, 1).Should().Be(0);
        Fact.Of(OffenceField.SubstantialEffectsIn).Count(Case, 0).Should().BeNull();
        Fact.Of(FactsField.InternationalCooperation).Count(Case, -1).Should().Be(0);
        Fact.Of(AbroadField.Evidence).ReadFlag(Case, -1, 1).Should().BeFalse();
        Fact.Of(AbroadField.Evidence).ReadFlag(Case, -1, 0).Should().BeNull();
    }
}
