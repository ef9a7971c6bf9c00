using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2.c</c> — the offence involves an organised criminal group that engages in criminal activities in more than one State.</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "... (c) It is committed in one State but involves an organized criminal group that
/// engages in criminal activities in more than one State;"</para>
/// <para>Encoded per offence as AllOf(involvesGroup, <c>untoc.art2.a</c>, group.activeIn holds ≥ 2 distinct states);
/// the last is unknown when the group or <c>activeIn</c> is absent. It does not require exactly one committing
/// state.</para>
/// </remarks>
internal static class GroupActiveInMoreThanOneState
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2.c";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 3(2): \"... (c) It is committed in one State but involves an organized criminal group that engages in criminal activities in more than one State;\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(2): «… (c) його вчинено в одній державі, але за участю організованої злочинної групи, яка здійснює злочинну діяльність у більш ніж одній державі;»";

    /// <summary>The offence involves the case's group.</summary>
    public static Rule InvolvesGroup { get; } = Leaf.Flag(OffenceField.InvolvesGroup, new LocalizedText("the offence involves the group", "правопорушення вчинено за участю групи"));

    /// <summary>The group engages in criminal activities in two or more distinct states.</summary>
    public static Rule ActiveInMoreThanOneState { get; } = Leaf.DistinctStates(GroupField.ActiveIn, 2,
        new LocalizedText("the group is active in more than one State", "група діє в більш ніж одній державі"));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Involves an organised criminal group active in more than one State", "За участю організованої злочинної групи, що діє в більш ніж одній державі"),
        "UNTOC art. 3(2)(c)",
        Rule.AllOf(InvolvesGroup, Rule.Ref(OrganisedCriminalGroup.Id), ActiveInMoreThanOneState),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        switch (e.Outcome)
        {
            case Outcome.Met:
                var group = c.Case.Group!;
                var active = group.ActiveIn!.Count == 0 ? Say.NotYetNamed(group.ActiveInOthers) : Say.InStates(group.ActiveIn!, c.Territories);
                var more = group.ActiveIn!.Count == 0 ? new LocalizedText(string.Empty, string.Empty) : Say.Others(group.ActiveInOthers);
                return new(
                    $"It involves the organised criminal group, which engages in criminal activities {active.En}{more.En}.",
                    $"Вчинено за участю організованої злочинної групи, яка провадить злочинну діяльність {active.Uk}{more.Uk}.");
            case Outcome.NotMet:
                var failed = Say.Parts(e, Outcome.NotMet);
                return new($"Not met: the case rules out: {failed.En}.", $"Ні: у справі встановлено, що бракує ознаки — {failed.Uk}.");
            default:
                var open = Say.Parts(e, Outcome.Unknown);
                return new($"Open: still to be established — {open.En}.", $"Не встановлено: ще потрібно з’ясувати — {open.Uk}.");
        }
    }
}
