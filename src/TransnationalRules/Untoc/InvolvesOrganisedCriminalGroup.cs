using TransnationalRules.Localization;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.1.group</c> — the offence involves an organised criminal group.</summary>
/// <remarks>
/// <para>UNTOC art. 3(1): "... where the offence is transnational in nature and involves an organized criminal
/// group."</para>
/// <para>Encoded per offence as AllOf(involvesGroup, <c>untoc.art2.a</c>). Art. 34(2) requires the Convention
/// offences to be criminalised independently of transnationality or group involvement, so "transnational" and
/// "involves a group" are separate findings.</para>
/// </remarks>
internal static class InvolvesOrganisedCriminalGroup
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.1.group";

    /// <summary>The quoted provision.</summary>
    public const string Provision = "Art. 3(1): \"... where the offence is transnational in nature and involves an organized criminal group.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(1): «… якщо ці злочини мають транснаціональний характер і вчинені за участю організованої злочинної групи.»";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Involves an organised criminal group", "За участю організованої злочинної групи"),
        "UNTOC art. 3(1)",
        Rule.AllOf(GroupActiveInMoreThanOneState.InvolvesGroup, Rule.Ref(OrganisedCriminalGroup.Id)),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => e.Outcome switch
    {
        Outcome.Met => new(
            "The offence involves the case's group, which is an organised criminal group (art. 2(a)).",
            "Правопорушення вчинено за участю групи, яка є організованою злочинною групою (ст. 2(a))."),
        Outcome.NotMet => new(
            $"Not met: the case rules out: {Say.Parts(e, Outcome.NotMet).En}.",
            $"Ні: у справі встановлено, що бракує ознаки — {Say.Parts(e, Outcome.NotMet).Uk}."),
        _ => new(
            $"Open: still to be established — {Say.Parts(e, Outcome.Unknown).En}.",
            $"Не встановлено: ще потрібно з’ясувати — {Say.Parts(e, Outcome.Unknown).Uk}."),
    };
}
