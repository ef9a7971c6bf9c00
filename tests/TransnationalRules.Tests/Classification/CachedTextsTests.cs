using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Classification;

/// <summary>Texts built once or on first read (for speed) are the texts built every time.</summary>
public class CachedTextsTests
{
    [TestCase(0, null, "offences[0].committedIn")]
    [TestCase(1, 2, "offences[1].committedIn[2]")]
    [TestCase(31, 31, "offences[31].committedIn[31]")]
    [TestCase(40, 7, "offences[40].committedIn[7]")]
    [TestCase(2, 300, "offences[2].committedIn[300]")]
    public void Offence_paths_read_the_same_inside_and_outside_the_cache(int offence, int? entry, string expected)
    {
        FactPath.Offence(offence, OffenceField.CommittedIn, entry).Value.Should().Be(expected);
        FactPath.Offence(offence, OffenceField.CommittedIn, entry).Value.Should().Be(expected, "the second read comes from the cache");
    }

    [Test]
    public void Group_and_facts_paths_are_cached_texts_of_the_same_value()
    {
        FactPath.Group(GroupField.ActiveIn, 3).Value.Should().Be("group.activeIn[3]");
        FactPath.Facts(FactsField.DamageState).Value.Should().Be("facts.damage.state");
        FactPath.Facts(FactsField.InternationalCooperation, 40).Value.Should().Be("facts.internationalCooperation[40]");
        FluentActions.Invoking(() => FactPath.Group((GroupField)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => FactPath.Offence(0, OffenceField.Kind, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void A_reason_is_written_on_first_read_and_is_the_same_text_on_every_read_and_thread()
    {
        var c = Some.Case(Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA"));
        var result = Evaluate.Default.Classify(c)["untoc.art3.2.b"];

        var reads = Enumerable.Range(0, 8).AsParallel().Select(_ => result.Reason).ToList();

        reads.Should().AllBeEquivalentTo(result.Reason);
        result.Reason.En.Should().Contain("took place in Ukraine, outside every State where it was committed (in Moldova)");
        Evaluate.Default.Classify(c)["untoc.art3.2.b"].Reason.Should().Be(result.Reason, "a new classification writes the same reason");
    }
}
