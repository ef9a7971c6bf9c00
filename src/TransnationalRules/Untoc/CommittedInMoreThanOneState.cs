using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2.a</c> — the offence is committed in more than one State.</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "For the purpose of paragraph 1 of this article, an offence is transnational in nature if:
/// (a) It is committed in more than one State; ..."</para>
/// <para>Met when <c>committedIn</c> holds at least two distinct States (a state listed twice counts once, a territory
/// counts as the State that holds it), or one named State and <c>committedInOthers: "some"</c>; not met when the list
/// is complete and names one State; unknown when <c>committedIn</c> is absent or its marker is <c>unknown</c> with one
/// State named (DESIGN §2.1, §2.2).</para>
/// </remarks>
internal static class CommittedInMoreThanOneState
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2.a";

    /// <summary>The quoted provision.</summary>
    public const string Provision = "Art. 3(2): \"... an offence is transnational in nature if: (a) It is committed in more than one State;\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(2): «… злочин має транснаціональний характер, якщо: (a) його вчинено в більш ніж одній державі;»";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Committed in more than one State", "Вчинено в більш ніж одній державі"),
        "UNTOC art. 3(2)(a)",
        Leaf.DistinctStates(OffenceField.CommittedIn, 2,
            new LocalizedText("committed in two or more distinct States", "вчинено у двох або більше різних державах")),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var o = c.RequireOffence();
        if (o.CommittedIn is not { } states)
        {
            return new("Where the offence was committed is not stated.", "Не зазначено, де вчинено правопорушення.");
        }

        var where = Say.InStates(states, c.Territories);
        var folding = Say.AnyTerritory(states, c.Territories) ? Say.TerritoriesCountAsStates : new(string.Empty, string.Empty);
        var others = Say.Others(o.CommittedInOthers);
        return e.Outcome switch
        {
            Outcome.Met => new($"Committed {where.En}{others.En}: more than one State.{folding.En}", $"Вчинено {where.Uk}{others.Uk}: більш ніж в одній державі.{folding.Uk}"),
            Outcome.NotMet => new($"Committed {where.En} only: not more than one State.{folding.En}", $"Вчинено лише {where.Uk}: не більш ніж в одній державі.{folding.Uk}"),
            _ => new(
                $"Committed {where.En}; where else it was committed is not yet known, so whether it was committed in more than one State is open.{folding.En}",
                $"Вчинено {where.Uk}; де ще його вчинено, поки не відомо, тож чи вчинено його в більш ніж одній державі, не встановлено.{folding.Uk}"),
        };
    }
}
