using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.thb2011</c> — Combating trafficking in human beings</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3739-VI of 20 September 2011 "On Combating Trafficking in Human Beings" (cited by name and number)</para>
/// <para>Encoded as: some offence is of kind traffickingInPersons.</para>
/// </remarks>
internal static class TraffickingInHumanBeings
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.thb2011";

    private static readonly LocalizedText Title = new("Combating trafficking in human beings", "Протидія торгівлі людьми");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3739-VI",
        Leaf.SomeOffenceOfKind(new("an offence is trafficking in persons", "правопорушення є торгівлею людьми"), OffenceKind.TraffickingInPersons),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3739-VI of 20 September 2011 \"On Combating Trafficking in Human Beings\" (cited by name and number)")
    {
        UkrainianProvision = AreaReasons.Translation + "Закон України № 3739-VI від 20 вересня 2011 року «Про протидію торгівлі людьми» (цитується за назвою і номером).",
    };
}
