using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2.a</c> — the offence is committed in more than one State.</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "For the purpose of paragraph 1 of this article, an offence is transnational in nature if:
/// (a) It is committed in more than one State; ..."</para>
/// <para>Met when <c>committedIn</c> holds at least two distinct states (a state listed twice counts once); unknown
/// when <c>committedIn</c> is absent.</para>
/// </remarks>
internal static class CommittedInMoreThanOneState
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2.a";

    /// <summary>The quoted provision.</summary>
    public const string Provision = "Art. 3(2): \"... an offence is transnational in nature if: (a) It is committed in more than one State;\"";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Committed in more than one State", "Вчинено в більш ніж одній державі"),
        "UNTOC art. 3(2)(a)",
        Leaf.DistinctStates(OffenceField.CommittedIn, 2,
            new LocalizedText("committed in two or more distinct States", "вчинено у двох або більше різних державах")),
        Reason,
        Provision);

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var states = c.RequireOffence().CommittedIn;
        var where = states is null ? null : Say.InStates(states);
        return e.Outcome switch
        {
            Outcome.Met => new($"Committed {where!.En}: more than one State.", $"Вчинено {where!.Uk}: більш ніж в одній державі."),
            Outcome.NotMet => new($"Committed {where!.En} only: not more than one State.", $"Вчинено лише {where!.Uk}: не більш ніж в одній державі."),
            _ => new("Where the offence was committed is not stated.", "Не зазначено, де вчинено правопорушення."),
        };
    }
}
